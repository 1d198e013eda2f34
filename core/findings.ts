// Building and ordering findings: every producer hands over a path, the source gives the range.
import { lineStartsOf, type Anchor, type SourceDocument } from './source';
import type { DocPath, Finding, Severity } from './types';

export interface FindingSpec {
  rule: string;
  severity: Severity;
  message: string;
  path: DocPath;
  anchor?: Anchor;
  /** Show a finding about a whole block on its first line only. */
  firstLineOnly?: boolean;
}

export function findingAt(source: SourceDocument, file: string, spec: FindingSpec): Finding {
  const at = source.locate(spec.path, spec.anchor ?? 'value');
  let end = at.end;
  if (spec.firstLineOnly ?? true) {
    const lineEnd = source.text.slice(at.start, end).search(/[\r\n]/);
    // a block cut to its first line ends where that line's YAML ends: a comment after it is not part of it
    if (lineEnd !== -1) end = at.start + contentLength(source.text.slice(at.start, at.start + lineEnd));
  }
  return {
    rule: spec.rule,
    severity: spec.severity,
    message: spec.message,
    file,
    path: spec.path,
    range: source.rangeOf(at.start, end),
    offsets: { start: at.start, end },
  };
}

/**
 * How much of a line is YAML before a trailing comment and spaces. A # starts a comment only after a
 * space (or at the start) and outside quotes; a quote opens a string only where a value can start.
 */
export function contentLength(line: string): number {
  let quote: string | undefined;
  let end = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = undefined;
      }
      end = i + 1;
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) break;
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,]/.test(line[i - 1]))) quote = c;
    if (c !== ' ' && c !== '\t') end = i + 1;
  }
  return end;
}

/** The last text's line starts, kept: a CSV's findings come one after another. */
let lastLines: { text: string; starts: number[] } | undefined;
function lineStarts(text: string): number[] {
  if (lastLines?.text !== text) lastLines = { text, starts: lineStartsOf(text) };
  return lastLines.starts;
}

/** A finding on a line of some other text (a CSV data file). */
export function findingOnLine(
  text: string,
  file: string,
  spec: { rule: string; severity: Severity; message: string; path: DocPath; line: number; column?: number; length?: number },
): Finding {
  const starts = lineStarts(text);
  const lineStart = starts[spec.line - 1] ?? text.length;
  const next = spec.line < starts.length ? starts[spec.line] : text.length;
  const lineText = text.slice(lineStart, next).replace(/\r?\n$|\r$/, '');
  const column = spec.column ?? 1;
  const length = spec.length ?? lineText.length - column + 1;
  return {
    rule: spec.rule,
    severity: spec.severity,
    message: spec.message,
    file,
    path: spec.path,
    range: { start: { line: spec.line, column }, end: { line: spec.line, column: column + Math.max(0, length) } },
    offsets: { start: lineStart + column - 1, end: lineStart + column - 1 + Math.max(0, length) },
  };
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
