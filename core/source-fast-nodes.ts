// The fast reader's record of the document's nodes: one row per node in parallel typed arrays that
// grow by doubling, so reading a large plan makes no object per node and keeps no reference to
// js-yaml's values. Rows are numbered in the order nodes finish reading, so a node's children and
// an alias's target always come before it.

/** The fast reader gives the text to the complete reader (core/source-yaml.ts). */
export class Decline extends Error {}

export const MAP = 1;
export const SEQ = 2;
export const SCALAR = 3;
export const BLOCK_SCALAR = 4;
export const ALIAS = 5;
export const EMPTY = 6;

export const grown32 = (a: Int32Array, size = a.length * 2) => {
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
  /** Where the node's own text starts (after any anchor). */
  start: Int32Array;
  /** End of the value (range[1] of the `yaml` library); -1 until asked for a block collection. */
  end: Int32Array;
  /** A collection's children, a stretch of `links`: a list's items, or a mapping's keys and values in turn. */
  first: Int32Array;
  /** How many items or entries (key and value) the collection has. */
  size: Int32Array;
  links: Int32Array;
  linksLength = 0;
  /** Rare: aliases' targets. */
  targets = new Map<number, number>();
  /** Rare: a key's text where it is not its own text (numbers written otherwise, escapes in quotes). */
  keyTexts = new Map<number, string>();

  constructor(expected: number) {
    const c = Math.max(16, expected);
    this.capacity = c;
    this.kind = new Uint8Array(c);
    this.flow = new Uint8Array(c);
    this.start = new Int32Array(c);
    this.end = new Int32Array(c);
    this.first = new Int32Array(c);
    this.size = new Int32Array(c);
    this.links = new Int32Array(c);
  }

  /** A new row for a node of `kind` written from `start` to `end`. */
  add(kind: number, start: number, end: number): number {
    if (this.count === this.capacity) this.grow();
    const id = this.count++;
    this.kind[id] = kind;
    this.start[id] = start;
    this.end[id] = end;
    return id;
  }

  /** Makes room for `n` more links. */
  reserveLinks(n: number): void {
    let size = this.links.length;
    while (this.linksLength + n > size) size *= 2;
    if (size !== this.links.length) this.links = grown32(this.links, size);
  }

  /** A mapping's key: its text as js-yaml read it. */
  keyText(text: string, key: number): string {
    const own = this.keyTexts.get(key);
    if (own !== undefined) return own;
    const s = this.start[key];
    const e = this.end[key];
    const c = text.charCodeAt(s);
    return c === 34 || c === 39 ? text.slice(s + 1, e - 1) : text.slice(s, e);
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
    this.start = grown32(this.start, c);
    this.end = grown32(this.end, c);
    this.first = grown32(this.first, c);
    this.size = grown32(this.size, c);
  }
}

/**
 * The nodes read but not yet given to their parent, as a stack, with what only their parent needs:
 * where js-yaml began reading each, js-yaml's value for it, how deeply collections nest in it and how
 * many nodes it stands for once aliases are expanded. The stack is reused, so it stays small.
 */
export class Waiting {
  length = 0;
  ids = new Int32Array(256);
  raw0 = new Int32Array(256);
  height = new Int32Array(256);
  weight = new Float64Array(256);
  results: unknown[] = new Array(256).fill(null);

  push(id: number, raw0: number, result: unknown, height: number, weight: number): void {
    if (this.length === this.ids.length) this.grow();
    const i = this.length++;
    this.ids[i] = id;
    this.raw0[i] = raw0;
    this.results[i] = result;
    this.height[i] = height;
    this.weight[i] = weight;
  }

  private grow(): void {
    const c = this.ids.length * 2;
    this.ids = grown32(this.ids, c);
    this.raw0 = grown32(this.raw0, c);
    this.height = grown32(this.height, c);
    const weight = new Float64Array(c);
    weight.set(this.weight);
    this.weight = weight;
  }
}
