// Findings → the data of editor diagnostics: exact ranges, severities, the rule linked to its docs
// page. No editor API here, so the mapping is unit-tested on its own.
import { docsPage } from '../../core/rules/rule';
import type { Finding, Severity } from '../../core/types';
import { LineIndex, spanFromRange, type SpanData } from './positions';

export type SchemaDiagnosticsSetting = 'auto' | 'always' | 'never';

export interface DiagnosticData {
  span: SpanData;
  severity: Severity;
  message: string;
  source: 'plan-score';
  rule: string;
  /** The docs page of the rule, relative to the extension's folder. */
  docs: string;
  finding: Finding;
}

export function toDiagnosticData(finding: Finding, lines: LineIndex | undefined): DiagnosticData {
  // Offsets are exact for the text the finding was made from; other files (CSV data) use the range.
  const span = lines && finding.offsets ? lines.span(finding.offsets.start, finding.offsets.end) : spanFromRange(finding.range);
  return { span, severity: finding.severity, message: finding.message, source: 'plan-score', rule: finding.rule, docs: docsPage(finding.rule), finding };
}

/**
 * Whether schema findings are published: with 'auto', only when the YAML extension (which shows
 * them itself from the contributed schema) is not active. Schema findings about a CSV data file
 * are always published: the YAML extension never sees those.
 */
export function showSchemaFindings(setting: SchemaDiagnosticsSetting, yamlExtensionActive: boolean): boolean {
  if (setting === 'always') return true;
  if (setting === 'never') return false;
  return !yamlExtensionActive;
}

export interface GroupedDiagnostics {
  /** Diagnostics on the plan file itself. */
  plan: DiagnosticData[];
  /** Diagnostics on other files (CSV data, the config file), by file path. */
  others: Map<string, DiagnosticData[]>;
}

/** Splits a plan's findings by the file they belong to and maps them. */
export function groupFindings(planFile: string, text: string, findings: Finding[], options: { schema: boolean }): GroupedDiagnostics {
  const lines = new LineIndex(text);
  const plan: DiagnosticData[] = [];
  const others = new Map<string, DiagnosticData[]>();
  for (const f of findings) {
    if (f.file === planFile) {
      if (f.rule === 'schema' && !options.schema) continue;
      plan.push(toDiagnosticData(f, lines));
    } else {
      const list = others.get(f.file) ?? [];
      list.push(toDiagnosticData(f, undefined));
      others.set(f.file, list);
    }
  }
  return { plan, others };
}
