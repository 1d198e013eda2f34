// New data points written into a plan's YAML in the style its list already uses: a block list of
// flow mappings (`- {period: 2014-06, value: 3650}`), a block list of block mappings, or a flow
// list. Each edit inserts whole items between existing ones; nothing else is touched.
import { addKeyEdit, yamlString } from '../edits';
import type { SourceDocument } from '../source';
import type { DataPoint, DocPath, TextEdit } from '../types';

export interface PointStyle {
  /** `{period: ..., value: ...}` rather than one key per line. */
  flow: boolean;
  /** `{ period: ... }` with spaces inside the braces. */
  spaced: boolean;
}

function entries(point: DataPoint): [string, string][] {
  const out: [string, string][] = [
    ['period', String(point.period)],
    ['value', String(point.value)],
  ];
  if (point.sample !== undefined) out.push(['sample', String(point.sample)]);
  if (point.of !== undefined) out.push(['of', String(point.of)]);
  if (point.note !== undefined) out.push(['note', yamlString(point.note)]);
  return out;
}

export function flowPoint(point: DataPoint, spaced = false): string {
  const body = entries(point)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return spaced ? `{ ${body} }` : `{${body}}`;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Just after the line on which the text before `end` lies; `needsBreak` when that line is the last and unterminated. */
function afterLine(text: string, end: number): { at: number; needsBreak: boolean } {
  if (end > 0 && text[end - 1] === '\n') return { at: end, needsBreak: false };
  const next = text.indexOf('\n', end);
  return next === -1 ? { at: text.length, needsBreak: true } : { at: next + 1, needsBreak: false };
}

function groupByGap(points: DataPoint[], gaps: number[]): Map<number, DataPoint[]> {
  const groups = new Map<number, DataPoint[]>();
  points.forEach((p, i) => {
    const list = groups.get(gaps[i]) ?? [];
    list.push(p);
    groups.set(gaps[i], list);
  });
  return groups;
}

/** Inserts points into a block list (`- ...` lines) of `count` items at the given gaps. */
export function blockItemsEdits(source: SourceDocument, dataPath: DocPath, count: number, points: DataPoint[], gaps: number[], style: PointStyle, nl: string): TextEdit[] {
  if (points.length === 0) return [];
  const text = source.text;
  const block = source.block(dataPath);
  if (!block) return [];
  const first = source.locate([...dataPath, 0]);
  const contentColumn = first.start - lineStartOf(text, first.start);
  const dash = ' '.repeat(block.indent) + '-' + ' '.repeat(Math.max(1, contentColumn - block.indent - 1));
  const inner = ' '.repeat(Math.max(contentColumn, block.indent + 2));
  const render = (p: DataPoint) => {
    if (style.flow) return `${dash}${flowPoint(p, style.spaced)}${nl}`;
    const lines = entries(p).map(([k, v]) => `${k}: ${v}`);
    return `${dash}${lines[0]}${nl}${lines
      .slice(1)
      .map((l) => `${inner}${l}${nl}`)
      .join('')}`;
  };
  const edits: TextEdit[] = [];
  for (const [gap, group] of groupByGap(points, gaps)) {
    const body = group.map(render).join('');
    if (gap === 0) {
      const at = lineStartOf(text, first.start);
      edits.push({ start: at, end: at, text: body });
    } else {
      const previous = source.locate([...dataPath, gap - 1]);
      const { at, needsBreak } = afterLine(text, previous.end);
      edits.push({ start: at, end: at, text: (needsBreak ? nl : '') + body });
    }
  }
  return edits;
}

/** Inserts points into a flow list (`[{...}, {...}]`), one item per line where the list already is laid out so. */
export function flowItemsEdits(source: SourceDocument, dataPath: DocPath, count: number, points: DataPoint[], gaps: number[], style: PointStyle, nl: string): TextEdit[] {
  if (points.length === 0) return [];
  const text = source.text;
  const list = source.locate(dataPath);
  if (count === 0) {
    const open = text.indexOf('[', list.start);
    const at = open === -1 ? list.start + 1 : open + 1;
    return [{ start: at, end: at, text: points.map((p) => flowPoint(p, style.spaced)).join(', ') }];
  }
  const items = Array.from({ length: count }, (_, i) => source.locate([...dataPath, i]));
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const multiline = count >= 2 ? lineOf(items[0].start) !== lineOf(items[1].start) : lineOf(items[0].start) !== lineOf(list.start);
  const sep = multiline ? `,${nl}${' '.repeat(items[0].start - lineStartOf(text, items[0].start))}` : ', ';
  const edits: TextEdit[] = [];
  const firstOnLine = (offset: number) => text.slice(lineStartOf(text, offset), offset).trim() === '';
  for (const [gap, group] of groupByGap(points, gaps)) {
    const body = group.map((p) => flowPoint(p, style.spaced)).join(sep);
    if (multiline && gap < count && firstOnLine(items[gap].start)) {
      // One item per line: new lines go before item `gap`'s line, so a comment after an item stays with it.
      const at = lineStartOf(text, items[gap].start);
      const indent = text.slice(at, items[gap].start);
      edits.push({ start: at, end: at, text: group.map((p) => `${indent}${flowPoint(p, style.spaced)},${nl}`).join('') });
      continue;
    }
    const last = items[count - 1];
    const rest = text.slice(last.end, text.indexOf('\n', last.end) === -1 ? text.length : text.indexOf('\n', last.end));
    if (multiline && gap === count && /^\s*(#.*)?\r?$/.test(rest) && text.indexOf('\n', last.end) !== -1) {
      // After the last item, which ends its line (perhaps with a comment): a comma after it, the new items on lines of their own.
      const lineEnd = text.indexOf('\n', last.end) + 1;
      const indent = text.slice(lineStartOf(text, last.start), last.start);
      edits.push({ start: last.end, end: last.end, text: ',' });
      edits.push({ start: lineEnd, end: lineEnd, text: group.map((p, i) => `${indent}${flowPoint(p, style.spaced)}${i < group.length - 1 ? ',' : ''}${nl}`).join('') });
      continue;
    }
    if (gap === 0) edits.push({ start: items[0].start, end: items[0].start, text: body + sep });
    else edits.push({ start: items[gap - 1].end, end: items[gap - 1].end, text: sep + body });
  }
  return edits;
}

/** Adds `data:` with the points as a block list to a measure that has no figures yet. */
export function newDataKeyEdit(source: SourceDocument, measurePath: DocPath, points: DataPoint[], _nl: string): TextEdit | undefined {
  return addKeyEdit(source, measurePath, ['data:', ...points.map((p) => `  - ${flowPoint(p)}`)]);
}
