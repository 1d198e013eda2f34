// `check --format github`: GitHub Actions workflow commands, one annotation per finding.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, Severity } from '../../core/types';
import type { FormatOptions } from './index';

/**
 * The file's path relative to cwd with forward slashes, or undefined when it lies outside cwd.
 * Without cwd a relative path is taken as it is.
 */
export function workspacePath(file: string, cwd: string | undefined): string | undefined {
  if (cwd === undefined) return isAbsolute(file) ? undefined : file.split(sep).join('/');
  const rel = relative(cwd, resolve(cwd, file));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** Escapes the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function github(findings: Finding[], options: FormatOptions = {}): string {
  const lines = findings.map((f) => {
    const file = workspacePath(f.file, options.cwd) ?? f.file.split(sep).join('/');
    const properties: [string, string | number][] = [
      ['file', file],
      ['line', f.range.start.line],
      ['col', f.range.start.column],
      ['endLine', f.range.end.line],
      ['endColumn', f.range.end.column],
      ['title', f.rule],
    ];
    const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${command[f.severity]} ${props}::${escapeData(f.message)}\n`;
  });
  return lines.join('');
}
