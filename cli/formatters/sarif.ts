// `check --format sarif`: a SARIF 2.1.0 log with one run, for code-scanning services and viewers.
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules, builtInFindings } from '../../core/rules/index';
import type { Finding, Severity, SeveritySetting } from '../../core/types';
import { workspacePath } from './github';
import type { FormatOptions } from './index';

type Level = 'error' | 'warning' | 'note' | 'none';

const SRCROOT = '%SRCROOT%';

function level(severity: Severity): Level {
  return severity === 'info' ? 'note' : severity;
}

function defaultConfiguration(setting: SeveritySetting): { level: Level; enabled?: boolean } {
  return setting === 'off' ? { level: 'none', enabled: false } : { level: level(setting) };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A file as a SARIF artifact location: relative to %SRCROOT% (cwd) where it can be, else a file: URI. */
export function artifactLocation(file: string, cwd: string | undefined): ArtifactLocation {
  const rel = workspacePath(file, cwd);
  if (rel !== undefined) return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  const absolute = isAbsolute(file) ? file : resolve(cwd ?? '/', file);
  return { uri: pathToFileURL(absolute).href };
}

interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  tags?: string[];
}

function knownRules(): RuleInfo[] {
  return [
    ...Object.entries(builtInFindings).map(([id, r]) => ({ id, description: r.description, defaultSeverity: r.defaultSeverity })),
    ...allRules.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, tags: r.tags })),
  ];
}

export function sarif(findings: Finding[], options: FormatOptions = {}): string {
  const docsBase = options.docsBaseUri ?? 'docs/rules/';

  const rules = knownRules();
  for (const f of findings) {
    if (!rules.some((r) => r.id === f.rule)) rules.push({ id: f.rule, description: f.rule, defaultSeverity: f.severity });
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const files = [...new Set([...(options.files ?? []), ...findings.map((f) => f.file)])];
  const artifactIndex = new Map(files.map((file, i) => [file, i]));
  const locations = new Map(files.map((file) => [file, artifactLocation(file, options.cwd)]));

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'plan-score',
        ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
        rules: rules.map((r) => ({
          id: r.id,
          shortDescription: { text: r.description },
          helpUri: `${docsBase}${r.id}.md`,
          defaultConfiguration: defaultConfiguration(r.defaultSeverity),
          ...(r.tags && r.tags.length > 0 ? { properties: { tags: [...r.tags] } } : {}),
        })),
      },
    },
  };
  if (options.cwd && isAbsolute(options.cwd)) {
    const base = pathToFileURL(options.cwd).href;
    run.originalUriBaseIds = { [SRCROOT]: { uri: base.endsWith('/') ? base : `${base}/` } };
  }
  run.artifacts = files.map((file) => ({ location: locations.get(file) }));
  run.results = findings.map((f) => {
    const start = f.range.start;
    const end = f.range.end;
    const startLine = Math.max(1, start.line);
    const startColumn = Math.max(1, start.column);
    const endLine = Math.max(startLine, end.line);
    const endColumn = endLine === startLine ? Math.max(startColumn, end.column) : Math.max(1, end.column);
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: level(f.severity),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...locations.get(f.file), index: artifactIndex.get(f.file) },
            region: { startLine, startColumn, endLine, endColumn },
          },
        },
      ],
      properties: { path: [...f.path] },
    };
  });
  run.columnKind = 'utf16CodeUnits';

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
