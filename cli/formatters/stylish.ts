// `check --format stylish` (the default): findings grouped by file, in aligned columns, for people.
import type { Finding, Severity } from '../../core/types';
import { palette, printable, type Palette } from './ansi';
import type { FormatOptions } from './index';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function severityStyle(p: Palette, severity: Severity): (s: string) => string {
  if (severity === 'error') return p.red;
  if (severity === 'warning') return p.yellow;
  return p.cyan;
}

/** Findings by file: files in the order they were checked, then any others as they first appear. */
export function groupByFile(findings: Finding[], files: string[] = []): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const file of files) groups.set(file, []);
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  }
  return groups;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

export function stylish(findings: Finding[], options: FormatOptions = {}): string {
  const p = palette(options.color ?? false);
  if (findings.length === 0) {
    const checked = options.files?.length;
    return `${p.green('✔')} No problems found${checked ? ` in ${plural(checked, 'file')}` : ''}\n`;
  }

  const out: string[] = [];
  for (const [file, list] of groupByFile(findings, options.files)) {
    if (list.length === 0) continue;
    const rows = list.map((f) => ({
      f,
      position: `${f.range.start.line}:${f.range.start.column}`,
      lines: printable(f.message).replace(/\t/g, ' ').split(/\r\n|\r|\n/),
      rule: printable(f.rule),
    }));
    const positionWidth = Math.max(...rows.map((r) => r.position.length));
    const severityWidth = Math.max(...rows.map((r) => r.f.severity.length));
    // Short messages line their rule ids up; a long one is not padded, so one long message does not push every rule id off screen.
    const messageWidth = Math.min(80, Math.max(...rows.flatMap((r) => r.lines.map((l) => l.length))));
    const indent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);

    out.push(p.underline(printable(file)));
    for (const r of rows) {
      const colour = severityStyle(p, r.f.severity);
      const [first, ...rest] = r.lines;
      out.push(`  ${p.dim(pad(r.position, positionWidth))}  ${colour(pad(r.f.severity, severityWidth))}  ${pad(first, messageWidth)}  ${p.dim(r.rule)}`);
      for (const line of rest) out.push(`${indent}${line}`.trimEnd());
    }
    out.push('');
  }

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const summaryStyle = counts.error > 0 ? p.red : counts.warning > 0 ? p.yellow : p.cyan;
  // ✖ only when something fails; warnings and notes alone are marked as what they are
  const mark = counts.error > 0 ? '✖' : counts.warning > 0 ? '⚠' : 'ℹ';
  const summary =
    `${mark} ${plural(findings.length, 'problem')} ` +
    `(${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  out.push(p.bold(summaryStyle(summary)));
  return `${out.join('\n')}\n`;
}
