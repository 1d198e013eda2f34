// js-yaml's node listener, recording where each node is written into a NodeTable while js-yaml
// builds the value. Each collection is checked and laid out as it closes (core/source-fast-structure.ts);
// ranges are drawn later, and only for the nodes someone asks about (core/source-fast-locate.ts).
import { ALIAS, BLOCK_SCALAR, Decline, EMPTY, grown32, MAP, type NodeTable, SCALAR, SEQ, Waiting } from './source-fast-nodes';
import { type AnchorValues, checkSequence, pairMapping } from './source-fast-structure';
import { blockScalarEnd, emptyPosition, isFlowIndicator, isWs, skipProperty, skipSeparation } from './source-fast-text';

/** What js-yaml's listener sees of its reading state. */
export interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
  anchor: string | null;
}

const same = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

/**
 * A listener for js-yaml that fills `table`. `shift` is 1 when the text starts with a byte order
 * mark (js-yaml's positions leave it out).
 */
export function nodeRecorder(text: string, shift: number, table: NodeTable) {
  const n = text.length;
  const waiting = new Waiting();
  // anchors by name, and for each anchored node its value and how many nodes it stands for
  const anchors = new Map<string, number>();
  const anchorValues: AnchorValues = new Map();
  const anchorWeights = new Map<number, number>();
  // one frame per node being read (frame 0 is the document): where its children start waiting, where it began
  let frameBase = new Int32Array(64);
  let frameRaw0 = new Int32Array(64);
  let depth = 0;

  function open(position: number): void {
    // js-yaml re-reads after a failed attempt (a property before a block mapping): drop what the attempt left
    const base = frameBase[depth];
    while (waiting.length > base && waiting.raw0[waiting.length - 1] >= position) waiting.length--;
    depth++;
    if (depth === frameBase.length) {
      frameBase = grown32(frameBase);
      frameRaw0 = grown32(frameRaw0);
    }
    frameBase[depth] = waiting.length;
    frameRaw0[depth] = position;
  }

  function anchor(name: string, id: number, value: unknown, weight: number): void {
    anchors.set(name, id);
    anchorValues.set(id, value);
    anchorWeights.set(id, weight);
  }

  function close(state: ListenerState): void {
    const base = frameBase[depth];
    const raw0 = frameRaw0[depth];
    depth--;
    const kids = waiting.length - base;
    const readKind = state.kind;
    // js-yaml reads a block list item (or a document) as a would-be mapping key first; when no ':'
    // follows, the key attempt is the node itself: keep one node for it.
    if (kids === 1 && (readKind === 'scalar' || readKind === 'mapping' || readKind === 'sequence') && same(waiting.results[base], state.result)) {
      const inner = waiting.ids[base];
      waiting.raw0[base] = raw0;
      if (state.anchor && !anchorWeights.has(inner)) anchor(state.anchor, inner, waiting.results[base], waiting.weight[base]);
      return;
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
    const id = place(kind, i, raw0, rawEnd);
    kind = table.kind[id];
    let weight = 1;
    let height = 0;
    if (kind === ALIAS) {
      const target = anchors.get(text.slice(table.start[id] + 1, table.end[id]));
      if (target === undefined) throw new Decline('alias to a later anchor');
      table.targets.set(id, target);
      weight = anchorWeights.get(target)!;
    } else {
      for (let k = base; k < waiting.length; k++) {
        weight += waiting.weight[k];
        if (waiting.height[k] > height) height = waiting.height[k];
      }
    }
    if (kind === MAP) pairMapping(table, text, waiting, id, base, rawEnd, state.result as Record<string, unknown>, anchorValues);
    else if (kind === SEQ) checkSequence(table, text, waiting, id, base, state.result as unknown[], anchorValues);
    if (kind === MAP || kind === SEQ) height++;
    weight = Math.min(weight, 1e12);
    if (state.anchor) anchor(state.anchor, id, state.result, weight);
    waiting.length = base;
    waiting.push(id, raw0, state.result, height, weight);
  }

  /** A row for the node, with its start and end of value; block collections' ends wait until asked for. */
  function place(kind: number, start: number, raw0: number, rawEnd: number): number {
    const c = text.charCodeAt(start);
    if (kind === EMPTY) {
      const at = emptyPosition(text, raw0);
      return table.add(EMPTY, at, at);
    }
    if (kind === MAP || kind === SEQ) {
      const flow = c === 123 || c === 91;
      const id = table.add(kind, start, flow ? rawEnd : -1);
      table.flow[id] = flow ? 1 : 0;
      return id;
    }
    if (kind === ALIAS) {
      let j = start + 1;
      while (j < n && !isWs(text.charCodeAt(j)) && !isFlowIndicator(text.charCodeAt(j))) j++;
      return table.add(ALIAS, start, j);
    }
    if (c === 34 || c === 39) return table.add(SCALAR, start, rawEnd);
    if (c === 124 || c === 62) return table.add(BLOCK_SCALAR, start, blockScalarEnd(text, start, rawEnd));
    let j = rawEnd;
    while (j > start && isWs(text.charCodeAt(j - 1))) j--;
    return table.add(SCALAR, start, j);
  }

  return {
    listener(event: 'open' | 'close', state: ListenerState): void {
      if (event === 'open') open(state.position + shift);
      else close(state);
    },
    /** The nodes at the top of the document once reading is done, and how deeply collections nest. */
    topNodes: (): { id: number; height: number }[] => Array.from({ length: waiting.length }, (_, k) => ({ id: waiting.ids[k], height: waiting.height[k] })),
    anchorWeights,
  };
}
