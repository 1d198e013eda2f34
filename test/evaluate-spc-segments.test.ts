import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import type { DataPoint, Measure } from '../core/types';

function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

function measure(values: number[], extra: Partial<Measure> = {}): Measure {
  return { id: 'S', title: 'S', tier: 'high-level', type: 'rate', better: 'higher', monitor: { reason: 'r' }, data: monthly(2013, 1, values), ...extra };
}

const evaluate = (m: Measure) => evaluateMeasure(m, undefined, '2020-01-01');

// 2013: twelve months alternating 12, 10: centre 11, every moving range 2, limits 11 ± 2.66 × 2 = 5.68 to 16.32.
const before = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10];
// 2014, after a change of recording practice: 20, 24, 22 four times.
const after = [20, 24, 22, 20, 24, 22, 20, 24, 22, 20, 24, 22];
// centre = 4 × (20 + 24 + 22) / 12 = 264 / 12 = 22
// moving ranges within 2014 only: 4, 2, 2, 4, 2, 2, 4, 2, 2, 4, 2 (eleven; the step 10 → 20 across
// the rebase is no moving range of either segment): sum 4 × 4 + 7 × 2 = 30, mean 30 / 11 = 2.7273;
// none reaches 3.267 × 2.7273 = 8.91, so none is screened out.
// limits = 22 ± 2.66 × 30 / 11 = 22 ± 7.2545: 14.7455 to 29.2545
const mr2 = 30 / 11;

describe('SPC segments (spc.rebase)', () => {
  it('a rebase starts a segment with its own centre and limits, computed by hand', () => {
    const r = evaluate(measure([...before, ...after], { spc: { rebase: ['2014-01'] } }));
    expect(r.spc?.from).toBe('2014-01');
    expect(r.spc?.centre).toBeCloseTo(22, 12);
    expect(r.spc?.meanRange).toBeCloseTo(mr2, 12);
    expect(r.spc?.lower).toBeCloseTo(22 - 2.66 * mr2, 12);
    expect(r.spc?.upper).toBeCloseTo(22 + 2.66 * mr2, 12);
    expect(r.spc?.lower).toBeCloseTo(14.7455, 4);
    expect(r.spc?.upper).toBeCloseTo(29.2545, 4);
    // within 2014 nothing is special: no run (22 sits on the centre), no trend, nothing beyond
    // 22 ± (2/3 × 2.66) × 2.7273 = 17.16 to 26.84
    expect(r.spc?.variation).toBe('common-cause');
    expect(r.series.map((p) => p.special)).toEqual(new Array(24).fill(null));
    expect(r.spcSegments).toHaveLength(2);
    expect(r.spcSegments[0]).toEqual({ from: '2013-01', to: '2013-12', centre: 11, lower: 11 - 2.66 * 2, upper: 11 + 2.66 * 2 });
    expect(r.spcSegments[1]).toMatchObject({ from: '2014-01', to: '2014-12' });
  });

  it('without the rebase, one set of limits across both: every point a run on its side', () => {
    // centre (132 + 264) / 24 = 16.5: all of 2013 below it and all of 2014 above
    const r = evaluate(measure([...before, ...after]));
    expect(r.spc?.from).toBe('2013-01');
    expect(r.spc?.centre).toBeCloseTo(16.5, 12);
    expect(r.spc?.variation).toBe('special-cause-improvement');
    expect(r.series.every((p) => p.special !== null)).toBe(true);
    expect(r.spcSegments).toHaveLength(1);
  });

  it('spc is null while the latest segment has fewer than 12 points; earlier segments are still drawn', () => {
    // rebased at 2014-06: 2013-01 to 2014-05 (17 points) and 2014-06 to 2014-12 (7 points)
    const r = evaluate(measure([...before, ...after], { spc: { rebase: ['2014-06'] } }));
    expect(r.spc).toBeNull();
    expect(r.spcSegments.map((s) => [s.from, s.to])).toEqual([['2013-01', '2014-05']]);
    expect(r.series.slice(17).every((p) => p.special === null)).toBe(true);
  });

  it('a rebase period that is no period of the series is ignored', () => {
    const quarter = evaluate(measure([...before, ...after], { spc: { rebase: ['2014-Q1'] } }));
    expect(quarter.spc?.from).toBe('2013-01');
    expect(quarter.spc?.centre).toBeCloseTo(16.5, 12);
    expect(evaluate(measure([...before, ...after], { spc: { rebase: ['2016-01'] } })).spcSegments).toHaveLength(1);
  });

  it('spc.fixAfter counts from the start of each segment', () => {
    // fixAfter 3 in 2014: centre (20 + 24 + 22) / 3 = 22, moving ranges 4 and 2, mean 3: limits 22 ± 7.98
    const r = evaluate(measure([...before, ...after], { spc: { rebase: ['2014-01'], fixAfter: 3 } }));
    expect(r.spc?.centre).toBeCloseTo(22, 12);
    expect(r.spc?.meanRange).toBeCloseTo(3, 12);
  });

  it('no SPC on a year-ending series', () => {
    const data = Array.from({ length: 14 }, (_, i) => ({ period: `YE${2003 + i}-03`, value: i % 2 === 0 ? 100 : 90 }));
    const r = evaluateMeasure({ ...measure([]), data }, undefined, '2020-01-01');
    expect(r.series).toHaveLength(14);
    expect(r.spc).toBeNull();
    expect(r.spcSegments).toEqual([]);
  });
});

describe('special-cause direction (as NHSRplotthedots orients it)', () => {
  // spc.fixAfter 12 takes the limits from the 2013 base alone: centre 11, limits 5.68 to 16.32,
  // near the limit beyond 11 ± 3.547 (14.547 and 7.453).
  // Then 17, 16, 15, 14, 13, 12, 11.5: six falls, a trend of 7; also 7 points above the centre
  // (a run), 16 and 15 near the upper limit (2 of 3), and 17 beyond the upper limit.
  const falling = [...before, 17, 16, 15, 14, 13, 12, 11.5];

  it('the trend takes precedence over the run and 2 of 3, not over outside the limits', () => {
    const r = evaluate(measure(falling, { spc: { fixAfter: 12 } }));
    // 17 is outside: its side, above, so up: improvement when higher is better
    expect(r.series[12].special).toBe('improvement');
    // 16 … 11.5 lie above the centre, but the trend falls: each is a concern
    expect(r.series.slice(13).map((p) => p.special)).toEqual(new Array(6).fill('concern'));
    expect(r.spc?.variation).toBe('special-cause-concern');
  });

  it('lower better: the same points the other way round', () => {
    const r = evaluate(measure(falling, { spc: { fixAfter: 12 }, better: 'lower' }));
    expect(r.series[12].special).toBe('concern');
    expect(r.series.slice(13).map((p) => p.special)).toEqual(new Array(6).fill('improvement'));
    expect(r.spc?.variation).toBe('special-cause-improvement');
  });

  it('better: neutral marks high and low, and its variation is special-cause-high or -low', () => {
    const r = evaluate(measure(falling, { spc: { fixAfter: 12 }, better: 'neutral' }));
    expect(r.series.slice(12).map((p) => p.special)).toEqual(['high', 'low', 'low', 'low', 'low', 'low', 'low']);
    expect(r.spc?.variation).toBe('special-cause-low');
    expect(r.spc?.assurance).toBeNull();
    // 17 alone at the end: outside above, high
    expect(evaluate(measure([...before, 17], { spc: { fixAfter: 12 }, better: 'neutral' })).spc?.variation).toBe('special-cause-high');
  });
});

describe('assurance', () => {
  const targeted = (values: number[]) =>
    evaluate(measure(values, { monitor: undefined, spc: { fixAfter: 12 }, baseline: { period: '2012-12', value: 11 }, target: { value: 16.5, by: '2016-03-31' } }));

  it('is null when the latest point is special cause: the limits describe a process that has changed', () => {
    // 16.5 is beyond the upper limit 16.32 with higher better: consistently fails while the latest is common cause
    expect(targeted([...before, 12]).spc?.assurance).toBe('consistently-fails');
    // 17 > 16.32: the latest point is outside the limits
    const r = targeted([...before, 17]);
    expect(r.spc?.variation).toBe('special-cause-improvement');
    expect(r.spc?.assurance).toBeNull();
  });
});
