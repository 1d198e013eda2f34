// Property-based fuzzing of the whole pipeline: valid plans mutated at random must still give
// findings inside the file, no exception, no NaN or Infinity in the evaluation, and render.
// `npm test` runs a quick, fixed-seed pass; `npm run fuzz` runs FUZZ_RUNS cases (10,000 by default).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generatePlan } from '../bench/generate.mjs';
import { parseSource } from '../core/source';
import { throughPipeline } from './fuzz-helpers';

const runs = Number(process.env.FUZZ_RUNS ?? 0) || 150;
const seed = Number(process.env.FUZZ_SEED ?? 20130401);
// the first pass is split into parts, each with its own time limit: on a busy machine a part runs
// slower, but one slow stretch no longer takes the whole pass past its limit
const parts = 5;
const timeout = Math.max(60_000, Math.ceil(runs / parts) * 400);

const bases: string[] = [
  ...readdirSync('plans')
    .filter((f) => f.endsWith('.plan.yaml'))
    .map((f) => readFileSync(`plans/${f}`, 'utf8')),
  generatePlan({ objectives: 2, points: 14, seed: 7, force: 'Smallshire' }).text,
  generatePlan({ objectives: 3, points: 26, seed: 8, force: 'Fenland' }).text,
];

// ---- values that break assumptions ----

const oddNumber = fc.constantFrom(0, -0, -1, -1e308, 1e308, 1.7976931348623157e308, 5e-324, 2 ** 53 + 1, -123456.789, 0.1 + 0.2);
const oddScalarText = fc.constantFrom(
  '.inf', '-.inf', '.nan', '~', 'null', '', '""', 'yes', 'no', 'on', 'true', '0o14', '0x1F', '1e400', '-1e400',
  '2014-13', '2014-00', '2015-02-29', 'FY2014-16', 'FY2015-15', '2014-Q5', '2014-Q0', '0000-01', '9999-12-31', '2014-06-31',
  '"\\u202e\\u0000\\u0007 bidi"', '"😀 emoji 𝔘"', "'quoted'", '"tab\\there"', '[]', '{}', '[1, [2, [3]]]', '{a: {b: {c: 1}}}',
  '-5%', '500%', '-100%', '1e-320', '"12,000"', '"2%"', '%', '-', '*undefinedAlias',
);
const scalarLine = fc.oneof(oddScalarText, oddNumber.map(String), fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)));

/** Lines of the plan that hold `key: value` with a scalar value. */
function scalarLines(lines: string[]): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (/^\s*(- )?[A-Za-z]+: [^\s{[|>]/.test(l) && !l.trimEnd().endsWith(':')) out.push(i);
  });
  return out;
}

type Mutation = (text: string, r: number, s: string) => string;

const mutations: Record<string, Mutation> = {
  truncate: (t, r) => t.slice(0, r % (t.length + 1)),
  deleteLine: (t, r) => {
    const lines = t.split('\n');
    lines.splice(r % lines.length, 1);
    return lines.join('\n');
  },
  duplicateLine: (t, r) => {
    const lines = t.split('\n');
    const i = r % lines.length;
    lines.splice(i, 0, lines[i]);
    return lines.join('\n');
  },
  swapValue: (t, r, s) => {
    const lines = t.split('\n');
    const candidates = scalarLines(lines);
    if (candidates.length === 0) return t;
    const i = candidates[r % candidates.length];
    lines[i] = lines[i].replace(/: .*$/, `: ${s}`);
    return lines.join('\n');
  },
  swapFlowValue: (t, r, s) => {
    // a value inside a flow mapping such as {period: 2013-04, value: 3650}
    const matches = [...t.matchAll(/(\{|, )(period|value|sample|of|by|change|tolerance|date|start|end): ([^,}]*)/g)];
    if (matches.length === 0) return t;
    const m = matches[r % matches.length];
    const at = m.index! + m[1].length + m[2].length + 2;
    return t.slice(0, at) + s.replace(/[,{}[\]]/g, ' ') + t.slice(at + m[3].length);
  },
  deleteKey: (t, r) => {
    const keys = [...t.matchAll(/(?:\{|, )((?:period|value|sample|id|by|reason|type|better|tier)): [^,}]*/g)];
    if (keys.length === 0) return t;
    const m = keys[r % keys.length];
    return t.slice(0, m.index! + (m[0].startsWith('{') ? 1 : 0)) + t.slice(m.index! + m[0].length).replace(/^, /, '');
  },
  retypeBlock: (t, r, s) => {
    // turn a `key:` that opens a block into a scalar, so the block's lines become stray
    const lines = t.split('\n');
    const opens = lines.map((l, i) => (/^\s*(- )?[A-Za-z]+:\s*$/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (opens.length === 0) return t;
    const i = opens[r % opens.length];
    lines[i] = `${lines[i].trimEnd()} ${s}`;
    return lines.join('\n');
  },
  insertText: (t, r, s) => {
    const i = r % (t.length + 1);
    return t.slice(0, i) + s + t.slice(i);
  },
  anchorsAndAliases: (t, r) => {
    const lines = t.split('\n');
    const candidates = scalarLines(lines);
    if (candidates.length < 2) return t;
    const a = candidates[r % candidates.length];
    const b = candidates[(r >> 3) % candidates.length];
    lines[a] = lines[a].replace(/: /, ': &anchor ');
    lines[b] = lines[b].replace(/: .*$/, ': *anchor');
    return lines.join('\n');
  },
  deepNesting: (t, r) => {
    const lines = t.split('\n');
    const candidates = scalarLines(lines);
    if (candidates.length === 0) return t;
    const i = candidates[r % candidates.length];
    const depth = 10 + (r % 100);
    lines[i] = lines[i].replace(/: .*$/, `: ${'['.repeat(depth)}1${']'.repeat(depth)}`);
    return lines.join('\n');
  },
  crlfAndBom: (t, r) => (r % 2 ? '\uFEFF' : '') + t.replace(/\n/g, r % 3 ? '\r\n' : '\r'),
  controlCharacters: (t, r) => {
    const i = r % (t.length + 1);
    const chars = ['\u0000', '\u0007', '\u001b[31m', '\u2028', '\u202e', '\t', '\uFFFE', '\uD800', '\u0085'];
    return t.slice(0, i) + chars[r % chars.length] + t.slice(i);
  },
};

const insertion = fc.constantFrom(
  ': ', '- ', '-', '? ', '\n', '\n  ', '\t', '#', ' # c\n', '{', '}', '[', ']', ', ', '"', "'", '|\n', '>-\n', '&a ', '*a', '<<: *a\n',
  '!!str ', '!custom ', '%YAML 1.1\n', '---\n', '...\n', '\n- ', ': :', '\u00a0', '\\', '~',
);

const mutationName = fc.constantFrom(...Object.keys(mutations));
const step = fc.tuple(mutationName, fc.nat(), fc.oneof(scalarLine, insertion));

function mutate(base: string, steps: [string, number, string][]): string {
  return steps.reduce((t, [name, r, s]) => mutations[name](t, r, s), base);
}

describe('fuzzing: mutated plans through load → lint → evaluate → render', () => {
  for (let part = 1; part <= parts; part++) {
    it(
      `never throw, keep every finding inside the file, never evaluate to NaN or Infinity (part ${part} of ${parts})`,
      () => {
        fc.assert(
          fc.property(fc.nat(bases.length - 1), fc.array(step, { minLength: 1, maxLength: 4 }), (base, steps) => {
            throughPipeline(mutate(bases[base], steps));
          }),
          { numRuns: Math.ceil(runs / parts), seed: seed + part - 1, endOnFailure: true },
        );
      },
      timeout,
    );
  }

  it(
    'also with values retyped through the plain data (JSON is YAML)',
    () => {
      const anyValue = fc.oneof(oddNumber, fc.string({ maxLength: 8 }), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}), fc.constantFrom('2014-13', 'FY2014-16', '2015-02-29', '-5%', '2%'));
      fc.assert(
        fc.property(fc.nat(bases.length - 1), fc.array(fc.tuple(fc.nat(), anyValue, fc.boolean()), { minLength: 1, maxLength: 5 }), (base, edits) => {
          const value = parseSource(bases[base]).value;
          const nodes: [Record<string | number, unknown>, string | number][] = [];
          const walk = (v: unknown) => {
            if (Array.isArray(v)) v.forEach((x, i) => (nodes.push([v as never, i]), walk(x)));
            else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) nodes.push([v as never, k]), walk(x);
          };
          walk(value);
          for (const [r, replacement, remove] of edits) {
            const [parent, key] = nodes[r % nodes.length];
            if (remove && !Array.isArray(parent)) delete parent[key];
            else parent[key] = replacement;
          }
          throughPipeline(JSON.stringify(value, null, 1));
        }),
        { numRuns: Math.ceil(runs / 3), seed, endOnFailure: true },
      );
    },
    timeout,
  );
});
