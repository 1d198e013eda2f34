// `check --format json`: {"findings": [...]} with the finding objects of DESIGN §6.
import type { Finding } from '../../core/types';
import type { FormatOptions } from './index';

export function plainFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    path: [...f.path],
    range: {
      start: { line: f.range.start.line, column: f.range.start.column },
      end: { line: f.range.end.line, column: f.range.end.column },
    },
  };
}

export function json(findings: Finding[], _options: FormatOptions = {}): string {
  return `${JSON.stringify({ findings: findings.map(plainFinding) }, null, 2)}\n`;
}
