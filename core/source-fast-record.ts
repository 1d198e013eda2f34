// js-yaml's node listener, recording where each node is written into a NodeTable while js-yaml
// builds the value. Only offsets, kinds and js-yaml's results are kept; ranges are drawn later, and
// only for the nodes someone asks about (core/source-fast-locate.ts).
import { ALIAS, BLOCK_SCALAR, Decline, EMPTY, MAP, type NodeTable, SCALAR, SEQ } from './source-fast-nodes';
import { blockScalarEnd, emptyPosition, isFlowIndicator, isWs, skipProperty, skipSeparation } from './source-fast-text';

/** What js-yaml's listener sees of its reading state. */
export interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
  anchor: string | null;
}

const same = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

const grown = (a: Int32Array) => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * A listener for js-yaml that fills `table`, and the document's top-level nodes once it is done.
 * `shift` is 1 when the text starts with a byte order mark (js-yaml's positions leave it out).
 */
export function nodeRecorder(text: string, shift: number, table: NodeTable) {
  const n = text.length;
  const anchors = new Map<string, number>();
  // nodes read but not yet given to their parent, and for each node being read where its own start
  let waiting = new Int32Array(256);
  let waitingLength = 0;
  // one frame per node being read; frame 0 is the document
  let frameBase = new Int32Array(64);
  let frameRaw0 = new Int32Array(64);
  let depth = 0;

  function open(position: number): void {
    // js-yaml re-reads after a failed attempt (a property before a block mapping): drop what the attempt left
    const base = frameBase[depth];
    while (waitingLength > base && table.raw0[waiting[waitingLength - 1]] >= position) waitingLength--;
    depth++;
    if (depth === frameBase.length) {
      frameBase = grown(frameBase);
      frameRaw0 = grown(frameRaw0);
    }
    frameBase[depth] = waitingLength;
    frameRaw0[depth] = position;
  }

  function close(state: ListenerState): void {
    const base = frameBase[depth];
    const raw0 = frameRaw0[depth];
    depth--;
    const kids = waitingLength - base;
    const readKind = state.kind;
    // js-yaml reads a block list item (or a document) as a would-be mapping key first; when no ':'
    // follows, the key attempt is the node itself: keep one node for it.
    if (kids === 1 && (readKind === 'scalar' || readKind === 'mapping' || readKind === 'sequence')) {
      const inner = waiting[base];
      if (same(table.results[inner], state.result)) {
        table.raw0[inner] = raw0;
        if (state.anchor && !table.anchors.has(inner)) {
          table.anchors.set(inner, state.anchor);
          anchors.set(state.anchor, inner);
        }
        return;
      }
    }
    const rawEnd = Math.min(state.position + shift, n);
    // the node's text starts past separation and properties (anchors); tags decline
    let i = raw0;
    for (;;) {
      i = skipSeparation(text, i);
      const c = text.charCodeAt(i);
      if (c === 38) i = skipProperty(text, i);
      else if (c === 33) {
        if (readKind !== null || state.result !== null) throw new Decline('tag');
        break;
      } else break;
    }
    let kind: number;
    if (readKind === 'mapping') kind = MAP;
    else if (readKind === 'sequence') kind = SEQ;
    else if (readKind === 'scalar') kind = SCALAR;
    else if (i < rawEnd && text.charCodeAt(i) === 42) kind = ALIAS;
    else if (state.result === null) kind = EMPTY;
    else throw new Decline('unknown node');
    if (state.anchor && kind === EMPTY) throw new Decline('anchored empty node');
    const id = table.add(kind, state.result);
    table.raw0[id] = raw0;
    table.rawEnd[id] = rawEnd;
    finish(id, kind, i, rawEnd);
    let weight = 1;
    if (kind === ALIAS) {
      const target = anchors.get(text.slice(table.start[id] + 1, table.end[id]));
      if (target === undefined) throw new Decline('alias to a later anchor');
      table.targets.set(id, target);
      weight = table.weight[target];
    } else {
      for (let k = base; k < waitingLength; k++) weight += table.weight[waiting[k]];
    }
    table.weight[id] = Math.min(weight, 1e12);
    if (state.anchor) {
      table.anchors.set(id, state.anchor);
      anchors.set(state.anchor, id);
    }
    if (kids > 0) table.setKids(id, waiting, base, kids);
    waitingLength = base;
    if (waitingLength === waiting.length) waiting = grown(waiting);
    waiting[waitingLength++] = id;
  }

  /** The node's start and end of value; block collections' ends wait until asked for. */
  function finish(id: number, kind: number, start: number, rawEnd: number): void {
    const c = text.charCodeAt(start);
    let end: number;
    if (kind === EMPTY) {
      start = end = emptyPosition(text, table.raw0[id]);
    } else if (kind === MAP || kind === SEQ) {
      const flow = c === 123 || c === 91;
      table.flow[id] = flow ? 1 : 0;
      end = flow ? rawEnd : -1;
    } else if (kind === ALIAS) {
      let j = start + 1;
      while (j < n && !isWs(text.charCodeAt(j)) && !isFlowIndicator(text.charCodeAt(j))) j++;
      end = j;
    } else if (c === 34 || c === 39) {
      end = rawEnd;
    } else if (c === 124 || c === 62) {
      table.kind[id] = BLOCK_SCALAR;
      end = blockScalarEnd(text, start, rawEnd);
    } else {
      let j = rawEnd;
      while (j > start && isWs(text.charCodeAt(j - 1))) j--;
      end = j;
    }
    table.start[id] = start;
    table.end[id] = end;
  }

  return {
    listener(event: 'open' | 'close', state: ListenerState): void {
      if (event === 'open') open(state.position + shift);
      else close(state);
    },
    /** The nodes at the top of the document once reading is done. */
    topNodes: (): number[] => Array.from(waiting.subarray(0, waitingLength)),
  };
}
