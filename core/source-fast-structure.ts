// Checks each collection as soon as js-yaml has read it, while its children's values are at hand:
// pairs a mapping's keys with their values and lays both out in the node table, checks the pairing
// against js-yaml's result, and declines the shapes the fast reader does not range (keys that are
// not plain text on one line, explicit keys, lines not indented as the `yaml` library requires).
import { ALIAS, BLOCK_SCALAR, Decline, EMPTY, MAP, type NodeTable, SCALAR, SEQ, type Waiting } from './source-fast-nodes';
import { colonAfter, continuationsIndented, emptyPosition, isSpace, lineStartOf } from './source-fast-text';

const same = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

/** How many own keys an object has, without making a list of them. */
function keyCount(obj: object): number {
  let k = 0;
  for (const key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) k++;
  return k;
}

/** Values of anchored nodes, by row: what an alias to them stands for. */
export type AnchorValues = Map<number, unknown>;

/** js-yaml's value for the waiting node at `i` (for an alias: its target's). */
function valueAt(t: NodeTable, w: Waiting, i: number, anchored: AnchorValues): unknown {
  const id = w.ids[i];
  return t.kind[id] === ALIAS ? anchored.get(t.targets.get(id)!) : w.results[i];
}

/** Lines after the first of a value must be indented more than the block holding it (`enclosing`, -1 in flow). */
export function checkIndented(t: NodeTable, text: string, node: number, enclosing: number): void {
  const kind = t.kind[node];
  const block = (kind === MAP || kind === SEQ) && t.flow[node] === 0;
  if (!block && kind !== BLOCK_SCALAR && kind !== EMPTY) continuationsIndented(text, t.start[node], t.end[node], enclosing);
}

/** The column the entries of a block collection start at, or -1 for a flow collection. */
function entryColumn(t: NodeTable, text: string, node: number): number {
  return t.flow[node] === 1 ? -1 : t.start[node] - lineStartOf(text, t.start[node]);
}

/** A mapping just read, its children waiting from `base`: pairs them up as keys and values. */
export function pairMapping(t: NodeTable, text: string, w: Waiting, map: number, base: number, rawEnd: number, obj: Record<string, unknown>, anchored: AnchorValues): void {
  const flow = t.flow[map] === 1;
  const enclosing = entryColumn(t, text, map);
  const stop = w.length;
  t.reserveLinks(2 * (stop - base));
  const first = t.linksLength;
  let i = base;
  while (i < stop) {
    const key = w.ids[i];
    const hasNext = i + 1 < stop;
    if (t.kind[key] === EMPTY && !hasNext && colonAfter(text, w.raw0[i], rawEnd) === -1) break;
    const keyValue = w.results[i];
    if (t.kind[key] !== SCALAR || (typeof keyValue !== 'string' && typeof keyValue !== 'number' && typeof keyValue !== 'boolean')) throw new Decline('key that is not text');
    const keyStart = t.start[key];
    const keyEnd = t.end[key];
    if (text.charCodeAt(keyStart) === 63) throw new Decline('explicit key');
    if (keyEnd - keyStart > 1024) throw new Decline('long key');
    for (let j = keyStart; j < keyEnd; j++) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) throw new Decline('multi-line key');
    }
    let before = keyStart;
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
    if (before > 0 && text.charCodeAt(before - 1) === 63) throw new Decline('explicit key');
    const colon = colonAfter(text, keyEnd, hasNext ? w.raw0[i + 1] : rawEnd);
    if (colon === -1) throw new Decline('no colon after a key');
    let value: number;
    let got: unknown;
    if (hasNext && (flow ? w.raw0[i + 1] > colon : w.raw0[i + 1] === colon + 1)) {
      value = w.ids[i + 1];
      got = valueAt(t, w, i + 1, anchored);
      i += 2;
    } else {
      const at = emptyPosition(text, colon + 1);
      value = t.add(EMPTY, at, at);
      got = null;
      i += 1;
    }
    const name = String(keyValue);
    if (!same(obj[name], got)) throw new Decline('values do not match');
    // the key's text is read back from the text when asked; note it here when that would differ
    const quoted = text.charCodeAt(keyStart) === 34 || text.charCodeAt(keyStart) === 39;
    const from = quoted ? keyStart + 1 : keyStart;
    if (name.length !== (quoted ? keyEnd - 1 : keyEnd) - from || !text.startsWith(name, from)) t.keyTexts.set(key, name);
    checkIndented(t, text, value, enclosing);
    t.links[t.linksLength++] = key;
    t.links[t.linksLength++] = value;
  }
  const entries = (t.linksLength - first) >> 1;
  if (keyCount(obj) !== entries) throw new Decline('keys do not match');
  t.first[map] = first;
  t.size[map] = entries;
}

/** A list just read, its items waiting from `base`. */
export function checkSequence(t: NodeTable, text: string, w: Waiting, seq: number, base: number, arr: unknown[], anchored: AnchorValues): void {
  const count = w.length - base;
  if (arr.length !== count) throw new Decline('empty list items');
  const enclosing = entryColumn(t, text, seq);
  t.reserveLinks(count);
  t.first[seq] = t.linksLength;
  t.size[seq] = count;
  for (let k = 0; k < count; k++) {
    const item = w.ids[base + k];
    if (!same(arr[k], valueAt(t, w, base + k, anchored))) throw new Decline('items do not match');
    checkIndented(t, text, item, enclosing);
    t.links[t.linksLength++] = item;
  }
}

/** How many node copies the aliases under `top` make when the document is expanded, and where the first is written. */
export function aliasCopies(t: NodeTable, top: number, weights: Map<number, number>): { copies: number; firstAt: number } {
  let copies = 0;
  let firstAt = Number.POSITIVE_INFINITY;
  if (t.targets.size === 0) return { copies, firstAt: 0 };
  const todo = [top];
  while (todo.length > 0) {
    const x = todo.pop()!;
    const kind = t.kind[x];
    if (kind === ALIAS) {
      if (copies <= 1e12) copies += weights.get(t.targets.get(x)!)!;
      firstAt = Math.min(firstAt, t.start[x]);
    } else if (kind === MAP) for (let i = 0; i < t.size[x]; i++) todo.push(t.links[t.first[x] + 2 * i + 1]);
    else if (kind === SEQ) for (let i = 0; i < t.size[x]; i++) todo.push(t.links[t.first[x] + i]);
  }
  return { copies, firstAt: Number.isFinite(firstAt) ? firstAt : 0 };
}
