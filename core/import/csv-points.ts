// New and replaced figures in a measure's own CSV file: whole lines inserted in period order,
// or one cell's text replaced; every other byte of the file stays as it was.
import { splitCsvLine } from '../csv';
import type { DataPoint, TextEdit } from '../types';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') starts.push(i + 1);
    else if (c === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  return starts;
}

function headerOf(text: string): string[] {
  const line = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .find((l) => l.trim() !== '');
  return line === undefined ? [] : splitCsvLine(line).map((c) => c.text.trim().toLowerCase());
}

function csvCell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function lineFor(header: string[], point: DataPoint): string {
  for (const key of ['sample', 'of', 'note'] as const) {
    if (point[key] !== undefined && !header.includes(key)) throw new Error(`the data file has no "${key}" column: add it to the header line first`);
  }
  return header
    .map((col) => {
      const v = (point as unknown as Record<string, unknown>)[col];
      if (v === undefined || v === null || col === 'csvline') return '';
      return col === 'note' ? csvCell(String(v)) : String(v);
    })
    .join(',');
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
}

/** Lines for the new points, each group placed before existing point `gap` (or after the last). */
export function csvInsertEdits(text: string, existing: DataPoint[], points: DataPoint[], gaps: number[]): TextEdit[] {
  if (points.length === 0) return [];
  const header = headerOf(text);
  const nl = lineBreakOf(text);
  const starts = lineStarts(text);
  const startOfLine = (line: number) => (line - 1 < starts.length ? starts[line - 1] : text.length);
  const groups = new Map<number, DataPoint[]>();
  points.forEach((p, i) => groups.set(gaps[i], [...(groups.get(gaps[i]) ?? []), p]));
  const edits: TextEdit[] = [];
  for (const [gap, group] of groups) {
    const body = group.map((p) => lineFor(header, p) + nl).join('');
    let at: number;
    if (existing.length === 0) at = text.length;
    else if (gap < existing.length) at = gap === 0 ? startOfLine(existing[0].csvLine!) : startOfLine(existing[gap - 1].csvLine! + 1);
    else at = startOfLine(existing[existing.length - 1].csvLine! + 1);
    const needsBreak = at === text.length && text.length > 0 && !/[\r\n]$/.test(text);
    edits.push({ start: at, end: at, text: (needsBreak ? nl : '') + body });
  }
  return edits;
}

/** Replaces the differing value, sample and of cells of existing points with the imported figures. */
export function csvReplaceEdits(text: string, replacements: { old: DataPoint; point: DataPoint }[]): TextEdit[] {
  const header = headerOf(text);
  const starts = lineStarts(text);
  const edits: TextEdit[] = [];
  for (const { old, point } of replacements) {
    const lineStart = starts[old.csvLine! - 1];
    const lineEnd = old.csvLine! < starts.length ? starts[old.csvLine!] : text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
    const cells = splitCsvLine(line);
    for (const key of ['value', 'sample', 'of'] as const) {
      const v = point[key];
      if (v === undefined || old[key] === v) continue;
      const index = header.indexOf(key);
      if (index === -1) throw new Error(`the data file has no "${key}" column: add it to the header line first`);
      const cell = cells[index];
      if (!cell) throw new Error(`line ${old.csvLine} has no "${key}" cell: complete the line first`);
      const from = cell.column - 1;
      const comma = line.indexOf(',', from);
      const to = comma === -1 ? line.length : comma;
      edits.push({ start: lineStart + from, end: lineStart + to, text: String(v) });
    }
  }
  return edits;
}
