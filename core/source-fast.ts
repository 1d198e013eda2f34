// The fast reader: js-yaml builds the value, and its node listener gives the offsets from which this
// file rebuilds each node's range exactly as the `yaml` library reports it (start, end of value, end
// of node with its trailing comment). It declines (returns undefined) whenever the text is not plainly
// well-formed or uses a rare shape (tags, directives, non-text keys, several documents, explicit
// keys): the complete reader in core/source-yaml.ts then reads it, so every error is still reported.
import jsyaml from 'js-yaml';
import type { DocPath } from './types';
import { aliasMessage, depthMessage, positionFinder, type Anchor, type BlockInfo, type Located, type SourceDocument, type SourceLimits, type SourceProblem } from './source-shared';

// ---- YAML 1.2 core schema scalars, resolved as the `yaml` library resolves them ----------------

const nullType = new jsyaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
  construct: () => null,
});
const boolType = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const intType = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});
const floatType = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s),
  construct: (s: string) => {
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s[0] === '-' ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
    return parseFloat(s);
  },
});

const coreSchema = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

// ---- the node tree ----------------------------------------------------------------------------

type Kind = 'map' | 'seq' | 'scalar' | 'block-scalar' | 'alias' | 'empty';

interface FastNode {
  kind: Kind;
  flow: boolean;
  /** Where the node's own text starts (after any anchor). */
  start: number;
  /** End of the value (range[1] of the `yaml` library): computed lazily for block collections. */
  end: number;
  raw0: number;
  rawEnd: number;
  result: unknown;
  children: FastNode[];
  /** Mappings: keys and values side by side; a missing value is an empty node placed as `yaml` places it. */
  keys?: FastNode[];
  keyText?: string[];
  values?: FastNode[];
  target?: FastNode;
  anchor?: string;
  size?: number;
}

class Decline extends Error {}

/** Leaves share one empty list of children. */
const none: FastNode[] = [];

function addChild(parent: FastNode, child: FastNode): void {
  if (parent.children === none) parent.children = [child];
  else parent.children.push(child);
}

/** What js-yaml's listener sees of its reading state. */
interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
  anchor: string | null;
}
const debug = typeof process !== 'undefined' && process.env?.PLAN_SCORE_FAST_DEBUG ? (e: unknown) => console.error('fast reader declines:', e) : () => {};

const isSpace = (c: number) => c === 32 || c === 9;
const isBreak = (c: number) => c === 10 || c === 13;
const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isFlowIndicator = (c: number) => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;

function createReader(text: string, limits: SourceLimits) {
  const n = text.length;

  /** Past spaces, line breaks and comments. */
  function skipSeparation(i: number): number {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWs(c)) i++;
      else if (c === 35 && (i === 0 || isWs(text.charCodeAt(i - 1)))) {
        while (i < n && !isBreak(text.charCodeAt(i))) i++;
      } else break;
    }
    return i;
  }

  /** Past an anchor or tag token; tags make the reader decline. */
  function skipProperty(i: number): number {
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isWs(c) || isFlowIndicator(c)) break;
      j++;
    }
    return j;
  }

  /** Past a same-line comment and the line break after a node (range[2] of the `yaml` library). */
  function lineTail(i: number): number {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i < n && text.charCodeAt(i) === 35) while (i < n && !isBreak(text.charCodeAt(i))) i++;
    if (i < n && text.charCodeAt(i) === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (i < n && text.charCodeAt(i) === 10) return i + 1;
    return i;
  }

  function emptyAt(i: number): FastNode {
    return { kind: 'empty', flow: false, start: i, end: i, raw0: i, rawEnd: i, result: null, children: none };
  }

  /** Where `yaml` puts an empty value: after the indicator (and any anchor), past spaces on that line. */
  function emptyPosition(i: number): number {
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (c === 38) i = skipProperty(i);
      else if (c === 33) throw new Decline('tag');
      else return i;
    }
  }

  function finish(node: FastNode): void {
    const c = text.charCodeAt(node.start);
    if (node.kind === 'empty') {
      node.start = node.end = emptyPosition(node.raw0);
      return;
    }
    if (node.kind === 'map' || node.kind === 'seq') {
      node.flow = c === 123 || c === 91;
      node.end = node.flow ? node.rawEnd : -1;
      return;
    }
    if (node.kind === 'alias') {
      let j = node.start + 1;
      while (j < n && !isWs(text.charCodeAt(j)) && !isFlowIndicator(text.charCodeAt(j))) j++;
      node.end = j;
    } else if (c === 34 || c === 39) {
      node.end = node.rawEnd;
    } else if (c === 124 || c === 62) {
      node.kind = 'block-scalar';
      node.end = blockScalarEnd(node);
    } else {
      let j = node.rawEnd;
      while (j > node.start && isWs(text.charCodeAt(j - 1))) j--;
      node.end = j;
    }
  }

  /** A block scalar ends after its last line with text; with `+` (keep) after its trailing blank lines too. */
  function blockScalarEnd(node: FastNode): number {
    let header = node.start + 1;
    let keep = false;
    while (header < n && !isBreak(text.charCodeAt(header))) {
      const c = text.charCodeAt(header);
      if (c === 43) keep = true;
      if (c === 35 || isSpace(c)) break;
      header++;
    }
    const stop = Math.min(node.rawEnd, n);
    if (keep) {
      // up to the start of the line where reading stopped
      let j = stop;
      while (j > node.start && !isBreak(text.charCodeAt(j - 1))) j--;
      return j > node.start ? j : stop;
    }
    // back from where reading stopped to the end of the last line with text, then past its line break
    let j = stop;
    let lastText = -1;
    let i = lineTail(node.start) > node.start ? lineTail(node.start) : node.start;
    const firstContent = i;
    while (i < stop) {
      let k = i;
      while (k < stop && !isBreak(text.charCodeAt(k))) k++;
      let blank = true;
      for (let m = i; m < k; m++) if (!isSpace(text.charCodeAt(m))) blank = false;
      const next = k < n && text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? k + 2 : k < n ? k + 1 : k;
      if (!blank) lastText = Math.min(next, n);
      i = next;
      if (k >= stop) break;
    }
    j = lastText === -1 ? firstContent : lastText;
    return j;
  }

  return { skipSeparation, skipProperty, lineTail, emptyAt, emptyPosition, finish, n };
}

/** Returns undefined when the text should be read by the complete reader. */
export function parseFast(text: string, limits: SourceLimits): SourceDocument | undefined {
  if (/^%/m.test(text)) return undefined; // directives may change the schema
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const reader = createReader(text, limits);
  const { skipSeparation, skipProperty, emptyAt, emptyPosition, finish } = reader;
  const stack: FastNode[] = [{ kind: 'empty', flow: false, start: 0, end: 0, raw0: 0, rawEnd: 0, result: null, children: [] }];
  const anchors = new Map<string, FastNode>();
  let value: unknown;
  try {
    const options = {
      schema: coreSchema,
      // js-yaml's own bound on nesting (it counts keys and values too); the limit itself is checked below
      maxDepth: limits.maxDepth * 2 + 4,
      listener(event: 'open' | 'close', state: ListenerState) {
        if (event === 'open') {
          // js-yaml re-reads after a failed attempt (a property before a block mapping): drop what the attempt left
          const siblings = stack[stack.length - 1].children;
          while (siblings.length > 0 && siblings[siblings.length - 1].raw0 >= state.position + shift) siblings.pop();
          stack.push({ kind: 'empty', flow: false, start: 0, end: 0, raw0: state.position + shift, rawEnd: 0, result: null, children: none });
          return;
        }
        let node = stack.pop()!;
        // js-yaml reads a block list item (or a document) as a would-be mapping key first; when no ':'
        // follows, the key attempt is the node itself: keep one node for it.
        if (node.children.length === 1 && (node.children[0].result === state.result || (state.result !== state.result && node.children[0].result !== node.children[0].result)) && (state.kind === 'scalar' || state.kind === 'mapping' || state.kind === 'sequence')) {
          const inner = node.children[0];
          inner.raw0 = node.raw0;
          if (state.anchor && !inner.anchor) {
            inner.anchor = state.anchor;
            anchors.set(state.anchor, inner);
          }
          addChild(stack[stack.length - 1], inner);
          return;
        }
        node.rawEnd = Math.min(state.position + shift, text.length);
        node.result = state.result;
        // the node's text starts past separation and properties (anchors); tags decline
        let i = node.raw0;
        for (;;) {
          i = skipSeparation(i);
          const c = text.charCodeAt(i);
          if (c === 38) i = skipProperty(i);
          else if (c === 33) {
            if (state.kind !== null || state.result !== null) throw new Decline('tag');
            break;
          } else break;
        }
        if (state.kind === 'mapping') node.kind = 'map';
        else if (state.kind === 'sequence') node.kind = 'seq';
        else if (state.kind === 'scalar') node.kind = 'scalar';
        else if (i < node.rawEnd && text.charCodeAt(i) === 42) node.kind = 'alias';
        else if (state.result === null) node.kind = 'empty';
        else throw new Decline('unknown node');
        node.start = i;
        if (state.anchor) {
          node.anchor = state.anchor;
          if (node.kind === 'empty') throw new Decline('anchored empty node');
        }
        finish(node);
        if (node.kind === 'alias') {
          const name = text.slice(node.start + 1, node.end);
          const target = anchors.get(name);
          if (!target) throw new Decline('alias to a later anchor');
          node.target = target;
        }
        let size = 1;
        if (node.kind === 'alias') size = node.target!.size ?? 1;
        else for (const c of node.children) size += c.size ?? 1;
        node.size = Math.min(size, 1e12);
        if (node.anchor) anchors.set(node.anchor, node);
        addChild(stack[stack.length - 1], node);
      },
    };
    value = jsyaml.load(text, options as unknown as jsyaml.LoadOptions);
  } catch (e) {
    debug(e);
    return undefined;
  }
  const root = stack[0].children;
  if (root.length !== 1 || value === null || value === undefined) return undefined;
  const top = root[0];

  let deepest: number;
  try {
    deepest = structure(top, text, emptyPosition, emptyAt);
  } catch (e) {
    debug(e);
    return undefined;
  }

  const problems: SourceProblem[] = [];
  if (deepest > limits.maxDepth) {
    problems.push({ rule: 'syntax', message: depthMessage(limits.maxDepth), start: 0, end: Math.min(text.length, 1) });
    value = undefined;
  } else if (expandedCopies(top) > limits.maxAliases) {
    const at = firstAlias(top);
    problems.push({ rule: 'syntax', message: aliasMessage(limits.maxAliases), start: at, end: Math.min(text.length, at + 1) });
    value = undefined;
  }

  return document(text, value, problems, top);
}

/** Pairs each mapping's keys with their values and checks the pairing against js-yaml's result. */
function structure(top: FastNode, text: string, emptyPosition: (i: number) => number, emptyAt: (i: number) => FastNode): number {
  // three stacks side by side: the node, the indentation of the block holding it, its depth
  const todo: FastNode[] = [top];
  const indents: number[] = [-1];
  const depths: number[] = [0];
  let deepest = 0;
  while (todo.length > 0) {
    const node = todo.pop()!;
    const enclosing = indents.pop()!;
    const depth = depths.pop()! + (node.kind === 'map' || node.kind === 'seq' ? 1 : 0);
    if (depth > deepest) deepest = depth;
    const block = (node.kind === 'map' || node.kind === 'seq') && !node.flow;
    // lines after the first of a quoted or plain scalar or a flow collection must be indented more
    // than the block that holds it (js-yaml is lenient here; the `yaml` library is not)
    if (!block && node.kind !== 'block-scalar' && node.kind !== 'empty') continuationsIndented(text, node.start, node.end, enclosing);
    const indent = block ? node.start - lineStartOf(text, node.start) : enclosing;
    if (node.kind === 'map') {
      const keys: FastNode[] = [];
      const values: FastNode[] = [];
      const c = node.children;
      let i = 0;
      while (i < c.length) {
        const key = c[i];
        if (key.kind === 'empty' && i === c.length - 1 && colonAfter(text, key.raw0, node.rawEnd) === -1) break;
        if (key.kind !== 'scalar' || (typeof key.result !== 'string' && typeof key.result !== 'number' && typeof key.result !== 'boolean')) throw new Decline('key that is not text');
        if (text.charCodeAt(key.start) === 63) throw new Decline('explicit key');
        if (key.end - key.start > 1024 || /[\r\n]/.test(text.slice(key.start, key.end))) throw new Decline('long or multi-line key');
        let before = key.start;
        while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
        if (before > 0 && text.charCodeAt(before - 1) === 63) throw new Decline('explicit key');
        const next = c[i + 1];
        const colon = colonAfter(text, key.end, next ? next.raw0 : node.rawEnd);
        if (colon === -1) throw new Decline('no colon after a key');
        keys.push(key);
        if (next && (node.flow ? next.raw0 > colon : next.raw0 === colon + 1)) {
          values.push(next);
          i += 2;
        } else {
          values.push(emptyAt(emptyPosition(colon + 1)));
          i += 1;
        }
      }
      const obj = node.result as Record<string, unknown>;
      if (Object.keys(obj).length !== keys.length) throw new Decline('keys do not match');
      node.keys = keys;
      node.keyText = keys.map((k) => String(k.result));
      for (let k = 0; k < keys.length; k++) {
        const v = values[k];
        const expected = obj[node.keyText[k]];
        const got = v.kind === 'alias' ? v.target!.result : v.result;
        if (!(expected === got || (expected !== expected && got !== got))) throw new Decline('values do not match');
      }
      node.values = values;
      for (const v of values) todo.push(v), indents.push(node.flow ? -1 : indent), depths.push(depth);
    } else if (node.kind === 'seq') {
      const arr = node.result as unknown[];
      if (arr.length !== node.children.length) throw new Decline('empty list items');
      for (let k = 0; k < arr.length; k++) {
        const v = node.children[k];
        const got = v.kind === 'alias' ? v.target!.result : v.result;
        if (!(arr[k] === got || (arr[k] !== arr[k] && got !== got))) throw new Decline('items do not match');
      }
      for (const v of node.children) todo.push(v), indents.push(node.flow ? -1 : indent), depths.push(depth);
    }
  }
  return deepest;
}

function lineStartOf(text: string, i: number): number {
  let j = i;
  while (j > 0 && !isBreak(text.charCodeAt(j - 1))) j--;
  return j;
}

function continuationsIndented(text: string, start: number, end: number, enclosing: number): void {
  let i = start;
  for (;;) {
    let nl = i;
    while (nl < end && !isBreak(text.charCodeAt(nl))) nl++;
    if (nl >= end) return;
    i = text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10 ? nl + 2 : nl + 1;
    let k = i;
    while (k < end && text.charCodeAt(k) === 32) k++;
    if (k < end && text.charCodeAt(k) === 9) throw new Decline('tab in continuation');
    if (k < end && !isBreak(text.charCodeAt(k)) && k - i <= enclosing) throw new Decline('continuation not indented');
  }
}

/** The ':' indicator between a key and its value (outside comments), or -1. */
function colonAfter(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 58) return i;
    if (c === 35) {
      while (i < to && !isBreak(text.charCodeAt(i))) i++;
    } else if (isWs(c)) i++;
    else return -1;
  }
  return -1;
}

/** Where the first alias in the text is written. */
function firstAlias(top: FastNode): number {
  let at = Number.POSITIVE_INFINITY;
  const todo = [top];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (x.kind === 'alias') at = Math.min(at, x.start);
    else if (x.kind === 'map') for (let i = 0; i < x.keys!.length; i++) todo.push(x.keys![i], x.values![i]);
    else if (x.kind === 'seq') for (const v of x.children) todo.push(v);
  }
  return Number.isFinite(at) ? at : 0;
}

/** How many node copies the aliases make when the document is expanded (sizes are counted as nodes close). */
function expandedCopies(top: FastNode): number {
  let copies = 0;
  const todo = [top];
  let any = false;
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (x.kind === 'alias') {
      any = true;
      break;
    }
    if (x.kind === 'map') for (const v of x.values!) todo.push(v);
    else if (x.kind === 'seq') for (const v of x.children) todo.push(v);
  }
  if (!any) return 0;
  const visit = [top];
  while (visit.length > 0) {
    const x = visit.pop()!;
    if (x.kind === 'alias') copies += x.target!.size ?? 1;
    else if (x.kind === 'map') for (let i = 0; i < x.keys!.length; i++) visit.push(x.keys![i], x.values![i]);
    else if (x.kind === 'seq') for (const v of x.children) visit.push(v);
    if (copies > 1e12) break;
  }
  return copies;
}

function document(text: string, value: unknown, problems: SourceProblem[], top: FastNode): SourceDocument {
  const positionAt = positionFinder(text);
  const n = text.length;

  const resolve = (node: FastNode): FastNode => (node.kind === 'alias' ? node.target! : node);
  const isBlock = (node: FastNode) => (node.kind === 'map' || node.kind === 'seq') && !node.flow;
  const lastValue = (node: FastNode): FastNode | undefined => (node.kind === 'map' ? node.values![node.values!.length - 1] : node.children[node.children.length - 1]);

  /** Column of a node's first character. */
  const columnOf = (i: number) => i - lineStartOf(text, i);

  /** range[1]: for a block collection, the end of its last value with that value's trailing text. */
  function endOf(node: FastNode): number {
    if (!isBlock(node)) return node.end;
    if (node.end >= 0) return node.end;
    const last = lastValue(node);
    node.end = last ? outerEnd(last) : node.start;
    return node.end;
  }

  /** range[2]: the end of a node with its same-line comment and line break, and, for block
   *  collections, the comment lines after it that the `yaml` library keeps with it. */
  function outerEnd(node: FastNode): number {
    if (node.kind === 'block-scalar') return node.end;
    if (node.kind === 'empty') {
      let i = node.end;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      return i < n && text.charCodeAt(i) === 35 ? lineTailAt(i) : node.end;
    }
    if (!isBlock(node)) return lineTailAt(node.end);
    // the chain of block collections that end together, outermost first
    const chain: FastNode[] = [node];
    for (;;) {
      const last = lastValue(chain[chain.length - 1]);
      if (!last || !isBlock(last)) break;
      chain.push(last);
    }
    const innermost = chain[chain.length - 1];
    const e = endOf(innermost);
    const trailing = trailingLines(e);
    if (!trailing) return endOf(node);
    for (let j = chain.length - 1; j >= 0; j--) {
      const c = chain[j];
      const indent = columnOf(c.start);
      if (!closes(c, indent, trailing.next)) return endOf(node);
      const moves = indent === 0 || trailing.commentColumns.every((col) => col < indent);
      if (!moves) {
        // the lines stay with chain[j]: its end and every outer end include them
        return j === 0 ? trailing.end : endOf(node);
      }
    }
    return endOf(node);
  }

  function lineTailAt(i: number): number {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i < n && text.charCodeAt(i) === 35) while (i < n && !isBreak(text.charCodeAt(i))) i++;
    if (i < n && text.charCodeAt(i) === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (i < n && text.charCodeAt(i) === 10) return i + 1;
    return i;
  }

  /** Blank and comment-only lines from `e` on: their comments' columns, their end, and what follows. */
  function trailingLines(e: number): { end: number; commentColumns: number[]; next: { column: number; dash: boolean; eof: boolean } } | undefined {
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

  function closes(c: FastNode, indent: number, next: { column: number; dash: boolean; eof: boolean }): boolean {
    if (next.eof || next.column < indent) return true;
    if (next.column > indent) return false;
    return c.kind === 'seq' ? !next.dash : false;
  }

  function child(current: FastNode, seg: string | number): { node?: FastNode; key?: FastNode } {
    if (current.kind === 'map') {
      const want = String(seg);
      const i = current.keyText!.indexOf(want);
      return i === -1 ? {} : { node: current.values![i], key: current.keys![i] };
    }
    if (current.kind === 'seq' && typeof seg === 'number') return { node: current.children[seg] };
    return {};
  }

  function locate(path: DocPath, anchor: Anchor = 'value'): Located {
    let node: FastNode = top;
    let span: [number, number] = [top.start, endOf(top)];
    const found: DocPath = [];
    for (let i = 0; i < path.length; i++) {
      const { node: next, key } = child(resolve(node), path[i]);
      if (!next && !key) break;
      found.push(path[i]);
      const last = i === path.length - 1;
      span = last && anchor === 'key' && key ? [key.start, key.end] : next ? [next.start, endOf(next)] : [key!.start, key!.end];
      node = next!;
    }
    return { path: found, start: span[0], end: span[1] };
  }

  function block(path: DocPath): BlockInfo | undefined {
    let node: FastNode | undefined = top;
    for (const seg of path) {
      node = child(resolve(node), seg).node;
      if (!node) return undefined;
    }
    node = resolve(node);
    if (!isBlock(node)) return undefined;
    const start = node.start;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return { kind: node.kind === 'map' ? 'mapping' : 'sequence', indent: start - lineStart, start, end: endOf(node), keys: node.kind === 'map' ? [...node.keyText!] : [] };
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
