// What both YAML readers (core/source-fast.ts, core/source-yaml.ts) and core/source.ts share: the
// document interface, the limits and their messages, and line/column arithmetic.
import type { DocPath, Position, Range } from './types';

export interface SourceProblem {
  rule: 'syntax';
  message: string;
  start: number;
  end: number;
}

/** Which part of a mapping entry a finding points at. */
export type Anchor = 'key' | 'value';

export interface Located {
  /** The path actually found: the requested one, or its closest existing ancestor. */
  path: DocPath;
  start: number;
  end: number;
}

export interface SourceLimits {
  /** How many alias expansions a document may make before it is refused. */
  maxAliases: number;
  /** How deeply collections may nest. */
  maxDepth: number;
}

export const defaultLimits: SourceLimits = { maxAliases: 1000, maxDepth: 64 };

export interface SourceDocument {
  text: string;
  /** The document as plain data; undefined when the text is empty or could not be read at all. */
  value: unknown;
  problems: SourceProblem[];
  locate(path: DocPath, anchor?: Anchor): Located;
  positionAt(offset: number): Position;
  rangeOf(start: number, end: number): Range;
  /** For a block mapping or sequence at path: where its entries start and end. Undefined for flow style or a missing path. */
  block(path: DocPath): BlockInfo | undefined;
}

export interface BlockInfo {
  kind: 'mapping' | 'sequence';
  /** Column (0-based) at which the entries' keys or dashes start. */
  indent: number;
  start: number;
  /** End of the last entry's value. */
  end: number;
  keys: string[];
}

export const depthMessage = (limit: number) =>
  `The file nests lists and mappings more than ${limit} levels deep: a plan never needs that many; check the indentation`;

export const aliasMessage = (limit: number) =>
  `The file's aliases (*name) expand to too much data (more than ${limit} copies): write the values out or use fewer aliases`;

/** Where each line starts: after \n, \r\n or a lone \r. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function positionFinder(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset: number) => positionAmong((starts ??= lineStartsOf(text)), text.length, offset);
}

/** Line and column (both from 1) of an offset, given where each line starts and the text's length. */
export function positionAmong(starts: readonly number[], length: number, offset: number): Position {
  const at = Math.max(0, Math.min(offset, length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: at - starts[lo] + 1 };
}
