import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLimits, parseSourceComplete, type SourceDocument } from '../core/source';
import { parseFast } from '../core/source-fast';
import type { DocPath } from '../core/types';

/** Every path into a plain value (maps by key, lists by index), the document itself first. */
function pathsOf(value: unknown, limit = 5000): DocPath[] {
  const out: DocPath[] = [[]];
  const todo: [unknown, DocPath][] = [[value, []]];
  while (todo.length > 0 && out.length < limit) {
    const [v, p] = todo.pop()!;
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([...p, i]), todo.push([x, [...p, i]])));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([...p, k]), todo.push([x, [...p, k]]);
  }
  return out;
}

/** The fast reader, when it reads the text, answers exactly as the complete reader does. */
export function expectParity(text: string): boolean {
  const fast = parseFast(text, defaultLimits);
  if (!fast) return false;
  const full: SourceDocument = parseSourceComplete(text);
  expect(full.problems.map((p) => p.message), 'the complete reader finds problems the fast reader missed').toEqual(fast.problems.map((p) => p.message));
  expect(fast.value).toEqual(full.value);
  const paths = pathsOf(full.value);
  paths.push(['no-such-key'], [...(paths[paths.length - 1] ?? []), 'missing', 0]);
  for (const path of paths) {
    for (const anchor of ['key', 'value'] as const) {
      expect({ path, anchor, at: fast.locate(path, anchor) }).toEqual({ path, anchor, at: full.locate(path, anchor) });
    }
    expect({ path, block: fast.block(path) }).toEqual({ path, block: full.block(path) });
  }
  return true;
}

const samples = [
  'a: 1\nb:\n  c: x   # com\n  d: [1, 2 ]\ne:\n  - p\n  - {q: 1}\n\n# tail\n',
  'a:\nb: 2\nc: |\n  line1\n  line2\n\nd: >-\n  folded\ne: "q"\nf: |+\n  keep\n\n\ng: 1\n',
  'a: &x 1\nb: *x\nd: &y\n  k: v\ne: *y\nf: [*x, *y]\n',
  'a:   \n  # comment\n  - 1\n  - 2\n  - 3\n',
  'z: {a: , b: 1}\ny: 12345678901234567890\n',
  'k: plain\n  continued\n  more   \nz: 1\nw: 2',
  'a:\n  m:\n    id: O1\n    # c4\n   # c3\n  # c2\n # c1\n# c0\nn: 1\n',
  'a:\n  m:\n    id: O1\n  # c2\n    # c4\nn: 1\n',
  'a:\n  m:\n    - 1\n    # c4\n\n    # c4b\n  # c2\nn: 1\n',
  'a:\n  m:\n  - 1\n  # c2\n # c1\nn: 1\n',
  'a:\n  m: [1]\n  # c2\nn: 1\n',
  'a:\n  m: x\n  # c2\n',
  'a:\n  m: x\n  # c2',
  'a:\n  m: x\n\n  # c2\n   \n',
  'm:\n  id: O1\n  x:\nn: 1\nq: 12345678\n',
  'm:\n  id: O1\n  x:   # c\nn: 1\nq: 123456789\n',
  'm:\r\n  id: O1\r\n  t: [a, b]\r\nn: x\r\n\r\n',
  '\uFEFFplan:\n  id: x\n  title: "a: b"\n  n: 0o14\n  i: .inf\n  j: -.inf\n  k: .nan\n  y: yes\n  d: 2013-04-01\n',
  'list:\n- a\n- b\nother: 1 # trailing\n...\n',
  '---\nplan: {id: x, period: {start: 2013-04-01, end: 2017-03-31}}\n"quoted key": 1\n\'it\'\'s\': 2\n',
  '__proto__: {polluted: 1}\nconstructor: 2\nxx: 123456789012345678901234567890\n',
  'a: "multi\n  line"\nb: \'single\n\n  lines\'\nc: plain # x\n  \nd: 1\n',
  'numbers: [1, -1, +1, 1.5, -.5, 1e3, 1_000, 0x1F, 0b11, 1:20, 010, .5, 5., -0]\nbools: [true, True, TRUE, yes, no, on, off, y, n]\nnulls: [~, null, Null, NULL, ]\n',
  // keys whose text as read differs from how they are written (numbers, words, escapes, quotes)
  'm:\n  01: a\n  0x1F: b\n  1.50: c\n  True: d\n  "a\\"b": f\n  \'it\'\'s\': g\n  "\\u00e9": h\n  "": i\n  2: j\nn: {01: a, "\\t": b, \'\': c}\n',
  // a mapping with enough keys to be looked up through an index, numbers among them
  `big:\n${Array.from({ length: 30 }, (_, i) => `  ${i % 3 === 0 ? i : i % 3 === 1 ? `k${i}` : `"q${i}"`}: ${i}`).join('\n')}\n`,
];

describe('the fast reader answers as the complete reader', () => {
  it('on shapes chosen for their ranges', () => {
    let read = 0;
    for (const text of samples) if (expectParity(text)) read++; else if (process.env.PLAN_SCORE_FAST_DEBUG) console.log("declined", JSON.stringify(text));
    expect(read).toBeGreaterThan(samples.length * 0.7);
  });

  it('on the sample plans', () => {
    for (const f of readdirSync('plans').filter((f) => f.endsWith('.yaml'))) {
      expect(expectParity(readFileSync(`plans/${f}`, 'utf8')), f).toBe(true);
    }
  });

  it('on sample plans cut, joined and re-indented at random', () => {
    const plans = readdirSync('plans')
      .filter((f) => f.endsWith('.plan.yaml'))
      .map((f) => readFileSync(`plans/${f}`, 'utf8').slice(0, 6000));
    const piece = fc.constantFrom(' ', '  ', '\n', ': ', '- ', '# c\n', '\n  # c\n', '\n\n', ':', '{', '}', '[', ']', ', ', '"', "'", '&a ', '*a', '|\n', '>-\n', '\t', '~', 'x', '\r\n');
    fc.assert(
      fc.property(fc.constantFrom(...plans), fc.nat(), fc.array(piece, { maxLength: 3 }), fc.nat(), (plan, at, inserted, cut) => {
        const i = at % plan.length;
        let text = plan.slice(0, i) + inserted.join('') + plan.slice(i);
        if (cut % 3 === 0) text = text.slice(0, (cut >> 2) % text.length);
        expectParity(text);
      }),
      { numRuns: 400, seed: 20150331 },
    );
  });
});
