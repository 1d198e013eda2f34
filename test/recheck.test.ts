// The re-check of an edited plan (core/recheck/) must give exactly what a full check of the new
// text gives: the same findings with the same ranges and fixes, the same evaluation, the same
// answers from the document. Random edits, one after another, each compared with a full check.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../bench/generate.mjs';
import { checkPlanText, type CheckedPlan, type CheckOptions } from '../core/check';
import { memoryFileSystem } from '../core/files';
import { PlanChecker } from '../core/workspace';
import { checkKept, recheckPlanText } from '../core/recheck/index';
import type { DocPath } from '../core/types';

const runs = Number(process.env.FUZZ_RUNS ?? 0) || 30;
const seed = Number(process.env.FUZZ_SEED ?? 20160331);
const file = '/plans/warwickshire.plan.yaml';
const dataFiles = Object.fromEntries(readdirSync('plans/data').map((f) => [`/plans/data/${f}`, readFileSync(`plans/data/${f}`, 'utf8')]));
const options: CheckOptions = { asOf: '2016-03-31', fs: memoryFileSystem(dataFiles) };

const sample = readFileSync('plans/warwickshire-2013-17.plan.yaml', 'utf8');
const small = generatePlan({ objectives: 3, points: 14, seed: 5, force: 'Smallshire' }).text;

/** Every path into a plain value, the document itself first, and a few that are not there. */
function pathsOf(value: unknown): DocPath[] {
  const out: DocPath[] = [[], ['no-such-key'], ['objectives', 99], ['objectives', 'x'], ['objectives', 0, 'missing', 0]];
  const todo: [unknown, DocPath][] = [[value, []]];
  while (todo.length > 0) {
    const [v, p] = todo.pop()!;
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([...p, i]), todo.push([x, [...p, i]])));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([...p, k]), todo.push([x, [...p, k]]);
  }
  return out;
}

/** The re-check and the full check of the same text agree in everything a caller can see. */
function expectSame(quick: CheckedPlan, full: CheckedPlan, paths: boolean) {
  expect(quick.findings).toEqual(full.findings);
  expect(quick.broken).toBe(full.broken);
  expect(quick.plan).toEqual(full.plan);
  expect(quick.source.text).toBe(full.source.text);
  expect(quick.source.value).toEqual(full.source.value);
  expect(quick.evaluation()).toEqual(full.evaluation());
  if (!paths) return;
  for (const path of pathsOf(full.source.value)) {
    for (const anchor of ['key', 'value'] as const) expect({ path, anchor, at: quick.source.locate(path, anchor) }).toEqual({ path, anchor, at: full.source.locate(path, anchor) });
    expect({ path, block: quick.source.block(path) }).toEqual({ path, block: full.source.block(path) });
  }
}

type Edit = (text: string) => string;
const at = (text: string, where: number) => Math.floor(where * (text.length + 1));
const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];

const chars = fc.constantFrom(...'0123456789abc -:#"\'{}[],\n\t&*!|>%.'.split(''));
// positions spread evenly over the text (the default bias would crowd them at its two ends)
const where = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  // characters typed anywhere
  { weight: 2, arbitrary: fc.tuple(where, fc.array(chars, { minLength: 1, maxLength: 4 })).map(([w, cs]): Edit => (t) => t.slice(0, at(t, w)) + cs.join('') + t.slice(at(t, w))) },
  // characters deleted anywhere
  { weight: 2, arbitrary: fc.tuple(where, fc.integer({ min: 1, max: 12 })).map(([w, n]): Edit => (t) => t.slice(0, at(t, w)) + t.slice(at(t, w) + n)) },
  // a digit changed (a figure typed over)
  {
    weight: 5,
    arbitrary: fc.tuple(where, fc.integer({ min: 0, max: 9 })).map(([w, d]): Edit => (t) => {
      const digits = [...t.matchAll(/\d/g)].map((m) => m.index!);
      const i = digits[Math.floor(w * digits.length)];
      return i === undefined ? t : t.slice(0, i) + d + t.slice(i + 1);
    }),
  },
  // a whole line deleted, or copied below itself
  fc.tuple(where, fc.boolean()).map(([w, copy]): Edit => (t) => {
    const starts = lineStarts(t);
    const i = Math.floor(w * starts.length);
    const end = starts[i + 1] ?? t.length;
    return copy ? t.slice(0, end) + t.slice(starts[i], end) + t.slice(end) : t.slice(0, starts[i]) + t.slice(end);
  }),
  // a stretch cut out across an objective's first line (joining two objectives)
  fc.tuple(where, fc.integer({ min: 1, max: 40 })).map(([w, n]): Edit => (t) => {
    const dashes = [...t.matchAll(/\n {2}- id:/g)].map((m) => m.index!);
    const i = dashes[Math.floor(w * dashes.length)];
    return i === undefined ? t : t.slice(0, Math.max(0, i - n)) + t.slice(i + n);
  }),
);

/** Applies the edits one by one, re-checking each from the last; returns how many took the quick path. */
function runEdits(base: string, edits: Edit[], evaluateEach: boolean[], paths: boolean): number {
  let text = base;
  let previous = checkKept(text, file, options);
  let quick = 0;
  edits.forEach((e, i) => {
    text = e(text);
    const re = recheckPlanText(previous, text, file, options);
    if (re.how === 'objective') quick++;
    // the editor asks for the evaluation most times, not always: the re-check must cope either way
    if (evaluateEach[i]) re.checked.evaluation();
    expectSame(re.checked, checkPlanText(text, file, options), paths);
    previous = re.checked;
  });
  return quick;
}

describe('re-checking an edited plan gives what a full check gives', () => {
  for (const [name, base, paths] of [
    ['a sample plan (with a data file)', sample, false],
    ['a small generated plan', small, true],
    ['a small generated plan with Windows line breaks', small.replace(/\n/g, '\r\n'), true],
  ] as const) {
    it(`after random edits to ${name}`, { timeout: 240_000 }, () => {
      let edits = 0;
      let quick = 0;
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (list, evaluateEach) => {
          edits += list.length;
          quick += runEdits(base, list, evaluateEach, paths);
        }),
        { numRuns: runs, seed },
      );
      // many random edits break the YAML (and the next edit starts from broken text), but those
      // that land inside one objective of a readable plan must take the quick path
      expect(quick).toBeGreaterThan(edits / 10);
    });
  }
});

describe('an edit inside one objective is re-checked on its own', () => {
  it('reads only that objective again when one figure changes', () => {
    const first = checkKept(small, file, options);
    first.evaluation();
    const changed = small.replace(/value: (\d+)/, (_, n) => `value: ${Number(n) + 1}`);
    const re = recheckPlanText(first, changed, file, options);
    expect(re.how).toBe('objective');
    expectSame(re.checked, checkPlanText(changed, file, options), true);
  });

  it('keeps reading objectives on their own edit after edit, in different objectives', () => {
    let previous = checkKept(sample, file, options);
    let text = sample;
    for (const [from, to] of [
      ['value: 1420}', 'value: 1421}'],
      ['{period: 2013-04, value: 630}', '{period: 2013-04, value: 631}'],
      ['value: 1421}', 'value: 14213}'],
    ]) {
      expect(text).toContain(from);
      text = text.replace(from, to);
      const re = recheckPlanText(previous, text, file, options);
      expect(re.how).toBe('objective');
      expectSame(re.checked, checkPlanText(text, file, options), false);
      previous = re.checked;
    }
  });

  it('falls back to the full check for an edit outside the objectives', () => {
    const first = checkKept(small, file, options);
    const changed = small.replace('version: published', 'version: draft');
    const re = recheckPlanText(first, changed, file, options);
    expect(re.how).toBe('the edit is not inside one objective');
    expectSame(re.checked, checkPlanText(changed, file, options), false);
  });
});

describe('the editor\'s checker re-checks an edit as it checks the text anew', () => {
  it('with the settings of the plan\'s config file', () => {
    const files = {
      ...dataFiles,
      '/plans/plan-score.config.yaml': 'rules:\n  stale-data: off\n  data-gap: error\n',
    };
    const typing = new PlanChecker({ asOf: '2016-03-31', fs: memoryFileSystem(files) });
    const anew = new PlanChecker({ asOf: '2016-03-31', fs: memoryFileSystem(files) });
    const first = typing.check(file, sample);
    expect(first.unreadable).toBeFalsy();
    expect(anew.check(file, sample)).toMatchObject({ findings: (first as CheckedPlan).findings });
    // a figure deleted from an inline series: a gap that data-gap, set to error, reports
    const edited = sample.replace('          - {period: 2013-05, value: 1513}\n', '');
    expect(edited).not.toBe(sample);
    const re = typing.recheck(first as CheckedPlan, file, edited);
    const full = anew.check(file, edited) as CheckedPlan;
    expect(re.findings).toEqual(full.findings);
    expect(re.findings.some((f) => f.rule === 'data-gap' && f.severity === 'error')).toBe(true);
    expect(re.findings.some((f) => f.rule === 'stale-data')).toBe(false);
    expect(re.evaluation()).toEqual(full.evaluation());
  });
});
