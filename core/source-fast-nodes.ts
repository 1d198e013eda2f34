// The fast reader's record of the document's nodes: one row per node in parallel typed arrays that
// grow by doubling, so reading a large plan makes no object per node. Rows are numbered in the
// order nodes finish reading, so a node's children and an alias's target always come before it.

/** The fast reader gives the text to the complete reader (core/source-yaml.ts). */
export class Decline extends Error {}

export const MAP = 1;
export const SEQ = 2;
export const SCALAR = 3;
export const BLOCK_SCALAR = 4;
export const ALIAS = 5;
export const EMPTY = 6;

const grown32 = (a: Int32Array, size: number) => {
  const b = new Int32Array(size);
  b.set(a);
  return b;
};

export class NodeTable {
  count = 0;
  private capacity: number;
  kind: Uint8Array;
  /** 1 for a flow collection ({…} or […]). */
  flow: Uint8Array;
  /** Where js-yaml began reading the node (before separation and anchors). */
  raw0: Int32Array;
  /** Where js-yaml stopped reading it. */
  rawEnd: Int32Array;
  /** Where the node's own text starts (after any anchor). */
  start: Int32Array;
  /** End of the value (range[1] of the `yaml` library); -1 until asked for a block collection. */
  end: Int32Array;
  /** How many nodes the node stands for once aliases are expanded. */
  weight: Float64Array;
  /** The node's children as read (keys and values in turn for a mapping): a stretch of `kids`. */
  kidFirst: Int32Array;
  kidCount: Int32Array;
  kids: Int32Array;
  kidsLength = 0;
  /** A mapping's entries once paired, key then value: a stretch of `pairs`. */
  pairFirst: Int32Array;
  pairCount: Int32Array;
  pairs: Int32Array;
  pairsLength = 0;
  /** What js-yaml made of each node. */
  results: unknown[] = [];
  /** Rare: aliases' targets and the anchors nodes carry. */
  targets = new Map<number, number>();
  anchors = new Map<number, string>();

  constructor(expected: number) {
    const c = Math.max(16, expected);
    this.capacity = c;
    this.kind = new Uint8Array(c);
    this.flow = new Uint8Array(c);
    this.raw0 = new Int32Array(c);
    this.rawEnd = new Int32Array(c);
    this.start = new Int32Array(c);
    this.end = new Int32Array(c);
    this.weight = new Float64Array(c);
    this.kidFirst = new Int32Array(c);
    this.kidCount = new Int32Array(c);
    this.pairFirst = new Int32Array(c);
    this.pairCount = new Int32Array(c);
    this.kids = new Int32Array(c);
    this.pairs = new Int32Array(c);
  }

  /** A new row; its fields are zero until set. */
  add(kind: number, result: unknown): number {
    if (this.count === this.capacity) this.grow();
    const id = this.count++;
    this.kind[id] = kind;
    this.results.push(result);
    return id;
  }

  /** A row for an empty value placed at `at`. */
  addEmpty(at: number): number {
    const id = this.add(EMPTY, null);
    this.raw0[id] = this.rawEnd[id] = this.start[id] = this.end[id] = at;
    this.weight[id] = 1;
    return id;
  }

  /** Gives node `id` the children `from[first .. first+count)`. */
  setKids(id: number, from: Int32Array, first: number, count: number): void {
    while (this.kidsLength + count > this.kids.length) this.kids = grown32(this.kids, this.kids.length * 2);
    this.kids.set(from.subarray(first, first + count), this.kidsLength);
    this.kidFirst[id] = this.kidsLength;
    this.kidCount[id] = count;
    this.kidsLength += count;
  }

  /** Appends one key and value to the pairs; the mapping's pairFirst is set by the caller. */
  addPair(key: number, value: number): void {
    if (this.pairsLength + 2 > this.pairs.length) this.pairs = grown32(this.pairs, this.pairs.length * 2);
    this.pairs[this.pairsLength++] = key;
    this.pairs[this.pairsLength++] = value;
  }

  private grow(): void {
    const c = this.capacity * 2;
    this.capacity = c;
    const kind = new Uint8Array(c);
    kind.set(this.kind);
    this.kind = kind;
    const flow = new Uint8Array(c);
    flow.set(this.flow);
    this.flow = flow;
    const weight = new Float64Array(c);
    weight.set(this.weight);
    this.weight = weight;
    this.raw0 = grown32(this.raw0, c);
    this.rawEnd = grown32(this.rawEnd, c);
    this.start = grown32(this.start, c);
    this.end = grown32(this.end, c);
    this.kidFirst = grown32(this.kidFirst, c);
    this.kidCount = grown32(this.kidCount, c);
    this.pairFirst = grown32(this.pairFirst, c);
    this.pairCount = grown32(this.pairCount, c);
  }
}
