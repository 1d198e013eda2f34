// The fast reader's answers to "where is this path?": ranges drawn from the recorded offsets
// (core/source-fast-nodes.ts) only when asked, exactly as the `yaml` library draws them.
import type { DocPath } from './types';
import { ALIAS, BLOCK_SCALAR, EMPTY, MAP, type NodeTable, SEQ } from './source-fast-nodes';
import { positionFinder, type Anchor, type BlockInfo, type Located, type SourceDocument, type SourceProblem } from './source-shared';
import { isBreak, isSpace, isWs, lineStartOf, lineTail } from './source-fast-text';

interface Trailing {
  end: number;
  commentColumns: number[];
  next: { column: number; dash: boolean; eof: boolean };
}

/** Mappings with more keys than this get an index of their keys the first time one is looked up. */
const indexFrom = 16;

export function fastDocument(text: string, value: unknown, problems: SourceProblem[], t: NodeTable, top: number): SourceDocument {
  const positionAt = positionFinder(text);
  const n = text.length;
  const keyIndexes = new Map<number, Map<string, number>>();

  const resolve = (node: number) => (t.kind[node] === ALIAS ? t.targets.get(node)! : node);
  const isBlock = (node: number) => (t.kind[node] === MAP || t.kind[node] === SEQ) && t.flow[node] === 0;
  const keyText = (key: number) => t.keyText(text, key);
  /** A collection's last value (a mapping's entries take two links each, a list's items one), or -1. */
  const lastValue = (node: number): number => (t.size[node] > 0 ? t.links[t.first[node] + (t.kind[node] === MAP ? 2 : 1) * t.size[node] - 1] : -1);
  const columnOf = (i: number) => i - lineStartOf(text, i);

  /** range[1]: for a block collection, the end of its last value with that value's trailing text. */
  function endOf(node: number): number {
    if (!isBlock(node) || t.end[node] >= 0) return t.end[node];
    const last = lastValue(node);
    t.end[node] = last !== -1 ? outerEnd(last) : t.start[node];
    return t.end[node];
  }

  /** range[2]: the end of a node with its same-line comment and line break, and, for block
   *  collections, the comment lines after it that the `yaml` library keeps with it. */
  function outerEnd(node: number): number {
    const kind = t.kind[node];
    if (kind === BLOCK_SCALAR) return t.end[node];
    if (kind === EMPTY) {
      let i = t.end[node];
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      return i < n && text.charCodeAt(i) === 35 ? lineTail(text, i) : t.end[node];
    }
    if (!isBlock(node)) return lineTail(text, t.end[node]);
    // the chain of block collections that end together, outermost first
    const chain: number[] = [node];
    for (;;) {
      const last = lastValue(chain[chain.length - 1]);
      if (last === -1 || !isBlock(last)) break;
      chain.push(last);
    }
    const trailing = trailingLines(endOf(chain[chain.length - 1]));
    if (!trailing) return endOf(node);
    for (let j = chain.length - 1; j >= 0; j--) {
      const c = chain[j];
      const indent = columnOf(t.start[c]);
      if (!closes(c, indent, trailing.next)) return endOf(node);
      const moves = indent === 0 || trailing.commentColumns.every((col) => col < indent);
      // when the lines stay with chain[j], its end and every outer end include them
      if (!moves) return j === 0 ? trailing.end : endOf(node);
    }
    return endOf(node);
  }

  /** Blank and comment-only lines from `e` on: their comments' columns, their end, and what follows. */
  function trailingLines(e: number): Trailing | undefined {
    let i = e;
    const cols: number[] = [];
    let end = e;
    while (i < n) {
      let k = i;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      const c = text.charCodeAt(k);
      if (k < n && c === 35) {
        cols.push(k - i + columnOf(i));
        while (k < n && !isBreak(text.charCodeAt(k))) k++;
      } else if (k < n && !isBreak(c)) {
        const column = columnOf(k);
        const docMarker = column === 0 && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(k, k + 4));
        if (cols.length === 0) return undefined;
        return { end, commentColumns: cols, next: { column, dash: c === 45 && (k + 1 >= n || isWs(text.charCodeAt(k + 1))), eof: docMarker } };
      }
      if (k < n && text.charCodeAt(k) === 13) k = text.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
      else if (k < n) k++;
      i = k;
      end = k;
    }
    if (cols.length === 0) return undefined;
    return { end, commentColumns: cols, next: { column: 0, dash: false, eof: true } };
  }

  function closes(c: number, indent: number, next: Trailing['next']): boolean {
    if (next.eof || next.column < indent) return true;
    if (next.column > indent) return false;
    return t.kind[c] === SEQ ? !next.dash : false;
  }

  /** The index of the entry with key `want` in mapping `map`, or -1. */
  function entryOf(map: number, want: string): number {
    const first = t.first[map];
    const count = t.size[map];
    if (count > indexFrom) {
      let index = keyIndexes.get(map);
      if (!index) {
        index = new Map();
        for (let i = count - 1; i >= 0; i--) index.set(keyText(t.links[first + 2 * i]), i);
        keyIndexes.set(map, index);
      }
      return index.get(want) ?? -1;
    }
    for (let i = 0; i < count; i++) if (keyText(t.links[first + 2 * i]) === want) return i;
    return -1;
  }

  /** The child of `current` at `seg` (and, in a mapping, its key), or -1s. */
  function child(current: number, seg: string | number): { node: number; key: number } {
    if (t.kind[current] === MAP) {
      const i = entryOf(current, String(seg));
      if (i === -1) return { node: -1, key: -1 };
      const at = t.first[current] + 2 * i;
      return { node: t.links[at + 1], key: t.links[at] };
    }
    if (t.kind[current] === SEQ && typeof seg === 'number' && seg >= 0 && seg < t.size[current] && Number.isInteger(seg)) return { node: t.links[t.first[current] + seg], key: -1 };
    return { node: -1, key: -1 };
  }

  function locate(path: DocPath, anchor: Anchor = 'value'): Located {
    let node = top;
    let start = t.start[top];
    let end = endOf(top);
    const found: DocPath = [];
    for (let i = 0; i < path.length; i++) {
      const { node: next, key } = child(resolve(node), path[i]);
      if (next === -1 && key === -1) break;
      found.push(path[i]);
      const last = i === path.length - 1;
      const at = (last && anchor === 'key' && key !== -1) || next === -1 ? key : next;
      start = t.start[at];
      end = at === next ? endOf(at) : t.end[at];
      node = next;
    }
    return { path: found, start, end };
  }

  function block(path: DocPath): BlockInfo | undefined {
    let node = top;
    for (const seg of path) {
      node = child(resolve(node), seg).node;
      if (node === -1) return undefined;
    }
    node = resolve(node);
    if (!isBlock(node)) return undefined;
    const start = t.start[node];
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const keys: string[] = [];
    if (t.kind[node] === MAP) for (let i = 0; i < t.size[node]; i++) keys.push(keyText(t.links[t.first[node] + 2 * i]));
    return { kind: t.kind[node] === MAP ? 'mapping' : 'sequence', indent: start - lineStart, start, end: endOf(node), keys };
  }

  return {
    text,
    value,
    problems,
    locate,
    block,
    positionAt,
    rangeOf: (start, end) => ({ start: positionAt(start), end: positionAt(end) }),
  };
}
