// After js-yaml has read the text: pairs each mapping's keys with their values, checks the pairing
// against js-yaml's result, and declines the shapes the fast reader does not range (keys that are not
// plain text on one line, explicit keys, lines not indented as the `yaml` library requires).
import { ALIAS, BLOCK_SCALAR, Decline, EMPTY, MAP, type NodeTable, SCALAR, SEQ } from './source-fast-nodes';
import { colonAfter, continuationsIndented, emptyPosition, isSpace, lineStartOf } from './source-fast-text';

const same = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

/** How many own keys an object has, without making a list of them. */
function keyCount(obj: object): number {
  let k = 0;
  for (const key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) k++;
  return k;
}

/** Pairs the mappings' keys and values from `top` down; returns how deeply collections nest. */
export function structure(t: NodeTable, top: number, text: string): number {
  // three stacks side by side: the node, the indentation of the block holding it, its depth
  const todo: number[] = [top];
  const indents: number[] = [-1];
  const depths: number[] = [0];
  let deepest = 0;
  while (todo.length > 0) {
    const node = todo.pop()!;
    const enclosing = indents.pop()!;
    const kind = t.kind[node];
    const collection = kind === MAP || kind === SEQ;
    const depth = depths.pop()! + (collection ? 1 : 0);
    if (depth > deepest) deepest = depth;
    const flow = t.flow[node] === 1;
    const block = collection && !flow;
    if (!block && kind !== BLOCK_SCALAR && kind !== EMPTY) continuationsIndented(text, t.start[node], t.end[node], enclosing);
    const inner = flow ? -1 : block ? t.start[node] - lineStartOf(text, t.start[node]) : enclosing;
    const first = t.kidFirst[node];
    const count = t.kidCount[node];
    if (kind === MAP) {
      const obj = t.results[node] as Record<string, unknown>;
      const pairFirst = t.pairsLength;
      let i = 0;
      while (i < count) {
        const key = t.kids[first + i];
        const next = i + 1 < count ? t.kids[first + i + 1] : -1;
        if (t.kind[key] === EMPTY && next === -1 && colonAfter(text, t.raw0[key], t.rawEnd[node]) === -1) break;
        const keyValue = t.results[key];
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
        const colon = colonAfter(text, keyEnd, next !== -1 ? t.raw0[next] : t.rawEnd[node]);
        if (colon === -1) throw new Decline('no colon after a key');
        let value: number;
        if (next !== -1 && (flow ? t.raw0[next] > colon : t.raw0[next] === colon + 1)) {
          value = next;
          i += 2;
        } else {
          value = t.addEmpty(emptyPosition(text, colon + 1));
          i += 1;
        }
        const expected = obj[String(keyValue)];
        if (!same(expected, t.results[t.kind[value] === ALIAS ? t.targets.get(value)! : value])) throw new Decline('values do not match');
        t.addPair(key, value);
        todo.push(value), indents.push(inner), depths.push(depth);
      }
      const pairs = (t.pairsLength - pairFirst) >> 1;
      if (keyCount(obj) !== pairs) throw new Decline('keys do not match');
      t.pairFirst[node] = pairFirst;
      t.pairCount[node] = pairs;
    } else if (kind === SEQ) {
      const arr = t.results[node] as unknown[];
      if (arr.length !== count) throw new Decline('empty list items');
      for (let k = 0; k < count; k++) {
        const v = t.kids[first + k];
        if (!same(arr[k], t.results[t.kind[v] === ALIAS ? t.targets.get(v)! : v])) throw new Decline('items do not match');
        todo.push(v), indents.push(inner), depths.push(depth);
      }
    }
  }
  return deepest;
}

/** The aliases reachable from `top`, in no particular order. */
function aliasesUnder(t: NodeTable, top: number): number[] {
  const found: number[] = [];
  if (t.targets.size === 0) return found;
  const todo = [top];
  while (todo.length > 0) {
    const x = todo.pop()!;
    const kind = t.kind[x];
    if (kind === ALIAS) found.push(x);
    else if (kind === MAP) for (let i = 0; i < t.pairCount[x]; i++) todo.push(t.pairs[t.pairFirst[x] + 2 * i + 1]);
    else if (kind === SEQ) for (let i = 0; i < t.kidCount[x]; i++) todo.push(t.kids[t.kidFirst[x] + i]);
  }
  return found;
}

/** How many node copies the aliases make when the document is expanded, and where the first alias is written. */
export function aliasCopies(t: NodeTable, top: number): { copies: number; firstAt: number } {
  let copies = 0;
  let firstAt = Number.POSITIVE_INFINITY;
  for (const alias of aliasesUnder(t, top)) {
    if (copies <= 1e12) copies += t.weight[t.targets.get(alias)!];
    firstAt = Math.min(firstAt, t.start[alias]);
  }
  return { copies, firstAt: Number.isFinite(firstAt) ? firstAt : 0 };
}
