// Failures the fuzzing suite (test/fuzz.test.ts) found, kept as plain tests.
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../core/check';
import { parseSource } from '../core/source';
import { asOf, file, fs, nonFinite, throughPipeline } from './fuzz-helpers';

const plan = (measure: string[]) =>
  [
    'plan:',
    '  id: test-plan',
    '  title: Test plan',
    '  period: {start: 2013-04-01, end: 2017-03-31}',
    'objectives:',
    '  - id: O1',
    '    title: Reduce crime',
    '    partners: [Councils]',
    '    due: 2017-03-31',
    '    measures:',
    '      - id: O1.1',
    '        title: Victim-based crime',
    '        tier: high-level',
    '        type: value',
    '        better: lower',
    ...measure.map((l) => `        ${l}`),
    '',
  ].join('\n');

const months = (values: number[]) => ['data:', ...values.map((v, i) => `  - {period: 2014-${String(i + 1).padStart(2, '0')}, value: ${v}}`)];

describe('fuzzing regressions', () => {
  it('a file cut inside a flow mapping: the syntax finding ends inside the file, not one past it', () => {
    for (const text of ['a: {b: 1', 'x:\n  d:\n    - {p: 1}\n    - {p: 2', 'plan:\n  period: {start: 2013-04-01']) {
      const s = parseSource(text);
      expect(s.problems.length).toBeGreaterThan(0);
      for (const p of s.problems) expect(p.end).toBeLessThanOrEqual(text.length);
      throughPipeline(text);
    }
  });

  it('figures so large that their moving ranges overflow give no SPC limits rather than Infinity', () => {
    const text = plan(['monitor: {reason: Context only}', ...months([5, 6, -1e308, 7, 5, 6, 1e308, 5, 6, 7, 5, 6])]);
    const result = checkPlanText(text, file, { asOf, fs }).evaluation()!;
    expect(nonFinite(result)).toEqual([]);
    expect(result.objectives[0].measures[0].spc).toBeNull();
    throughPipeline(text);
  });

  it('a "supports" written as a mapping is the schema\'s finding, not "[object Object]"', () => {
    const text = plan(['monitor: {reason: Context only}']).replace('tier: high-level', 'tier: detailed\n        supports: {a: 1}');
    const findings = checkPlanText(text, file, { asOf, fs }).findings;
    expect(findings.some((f) => f.rule === 'schema' && f.path.join('/').endsWith('supports'))).toBe(true);
    expect(findings.map((f) => f.message).join('\n')).not.toContain('[object Object]');
    throughPipeline(text);
  });

  it('a plan title the schema rejects (a mapping, a list) is not shown as "[object Object]"', () => {
    for (const title of ['{}', '[a, b]', '{x: 1}']) {
      const text = plan(['monitor: {reason: Context only}']).replace('title: Test plan', `title: ${title}`);
      const result = checkPlanText(text, file, { asOf, fs }).evaluation()!;
      expect(result.title).toBeUndefined();
      throughPipeline(text);
    }
  });

  it('an infinity the plan spells out is quoted back, never computed with', () => {
    const text = plan(['monitor: {reason: Context only}', ...months([5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7])]).replace('value: 7}', 'value: -.inf}');
    throughPipeline(text);
  });
});

describe('fuzzing regressions: figures near the largest number', () => {
  it('a target of 1.8e308 gives a finite expected value and gap', () => {
    const text = plan(['baseline: {period: FY2013-14, value: 450}', 'target: {value: 1.7976931348623157e+308, by: 2017-03-31}', 'frequency: monthly', ...months([5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7])]).replace('type: value', 'type: value');
    const result = checkPlanText(text, file, { asOf, fs }).evaluation()!;
    expect(nonFinite(result)).toEqual([]);
    const m = result.objectives[0].measures[0];
    expect(Number.isFinite(m.expected)).toBe(true);
    expect(Number.isFinite(m.gap)).toBe(true);
    throughPipeline(text);
  });
});
