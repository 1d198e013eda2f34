// Where each objective of a plan is written: the stretch of text from the line of its dash to the
// line of the next objective's dash (the last one's to the next top-level key, or the end). An edit
// inside one such stretch can be read again on its own.
import type { SourceDocument } from '../source';
import { isObject } from '../stages/shared';

export interface ObjectiveSpan {
  /** Start of the line of the objective's dash. */
  start: number;
  /** The dash itself. */
  dash: number;
  /** Start of the next objective's line (or of what follows the list). */
  end: number;
}

export interface Layout {
  /** Column of the objectives' dashes. */
  indent: number;
  spans: ObjectiveSpan[];
  /** `objectives:` is the last top-level key. */
  objectivesLast: boolean;
  lineBreak: string;
}

const isLineBreak = (c: number) => c === 10 || c === 13;

/**
 * The layout of a plan read without problems whose objectives are a block list under a top-level
 * `objectives:` key, each starting on its dash's line; undefined for any other shape.
 */
export function layoutOf(doc: SourceDocument): Layout | undefined {
  const { text } = doc;
  if (doc.problems.length > 0 || !isObject(doc.value) || !Array.isArray(doc.value.objectives)) return undefined;
  // a lone \r as a line break is left to the full check
  if (/\r(?!\n)/.test(text)) return undefined;
  const root = doc.block([]);
  const list = doc.block(['objectives']);
  if (root?.kind !== 'mapping' || root.indent !== 0 || list?.kind !== 'sequence') return undefined;
  const spans: ObjectiveSpan[] = [];
  for (let i = 0; i < doc.value.objectives.length; i++) {
    const at = doc.locate(['objectives', i]);
    if (at.path.length !== 2) return undefined;
    const start = text.lastIndexOf('\n', at.start - 1) + 1;
    const dash = start + list.indent;
    if (text.charCodeAt(dash) !== 45 || !/^ *$/.test(text.slice(start, dash)) || dash >= at.start) return undefined;
    if (!/^ /.test(text.slice(dash + 1, at.start)) || /[\r\n]/.test(text.slice(dash, at.start))) return undefined;
    if (i > 0) spans[i - 1].end = start;
    spans.push({ start, dash, end: text.length });
  }
  const keys = root.keys;
  const next = keys.indexOf('objectives') + 1;
  const objectivesLast = next >= keys.length;
  if (!objectivesLast && spans.length > 0) {
    const key = doc.locate([keys[next]], 'key');
    if (key.path.length !== 1 || (key.start > 0 && !isLineBreak(text.charCodeAt(key.start - 1)))) return undefined;
    spans[spans.length - 1].end = key.start;
  }
  return { indent: list.indent, spans, objectivesLast, lineBreak: text.includes('\r\n') ? '\r\n' : '\n' };
}
