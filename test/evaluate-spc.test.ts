import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { assuranceOf, specialCauses, xmrLimits } from '../core/evaluate/spc';
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

// R: set.seed(123); rnorm(20)
const rnorm20 = [
  -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197,
  1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141,
];

// A base of 12 points alternating 12, 10: centre (6 × 12 + 6 × 10) / 12 = 11, every moving range 2, so
// with spc.fixAfter 12 the limits are 11 ± 2.66 × 2 = 5.68 and 16.32, and "near" is beyond
// 11 ± (2/3 × 2.66) × 2 ≈ 11 ± 3.547. Nothing in it is special: sides and steps alternate.
const base = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10];
const fixed = xmrLimits(base);
const centre = 11;
const upper = centre + 2.66 * 2;
const lower = centre - 2.66 * 2;
const nearUpper = centre + ((2 / 3) * 2.66) * 2;

function rulesAfter(extra: number[]) {
  const values = [...base, ...extra];
  return { values, rules: specialCauses(values, xmrLimits(values, 12)) };
}

describe('XmR limits', () => {
  it('R rnorm(20): centre 0.142, limits −3.01 and 3.29, all common cause', () => {
    const limits = xmrLimits(rnorm20);
    expect(limits.centre).toBeCloseTo(0.142, 3);
    expect(limits.lower).toBeCloseTo(-3.01, 2);
    expect(limits.upper).toBeCloseTo(3.29, 2);
    expect(specialCauses(rnorm20, limits).special.every((s) => !s)).toBe(true);
    const r = evaluateMeasure(measure(rnorm20), undefined, '2020-01-01');
    expect(r.spc).toMatchObject({ variation: 'common-cause', assurance: null });
    expect(r.spc!.centre).toBeCloseTo(0.142, 3);
    expect(r.series.every((p) => p.special === null)).toBe(true);
  });

  it('centre is the mean, limits centre ± 2.66 × mean moving range', () => {
    expect(fixed.centre).toBe(centre);
    expect(fixed.meanRange).toBe(2);
    expect(fixed.upper).toBeCloseTo(16.32, 12);
    expect(fixed.lower).toBeCloseTo(5.68, 12);
    expect(fixed.nearUpper).toBeCloseTo(11 + (2 * 2 * 2.66) / 3, 12);
    expect(fixed.nearLower).toBeCloseTo(11 - (2 * 2 * 2.66) / 3, 12);
  });

  it('screens out moving ranges at or above 3.267 × their mean, then averages again', () => {
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 40];
    // ten ranges of 2 and one of 30: mean 50/11 ≈ 4.545; 3.267 × 4.545 ≈ 14.85 ≤ 30, so 30 goes
    expect(30).toBeGreaterThanOrEqual(3.267 * (50 / 11));
    const limits = xmrLimits(values);
    expect(limits.meanRange).toBe(2);
    expect(limits.centre).toBeCloseTo((6 * 10 + 5 * 12 + 40) / 12, 12);
    expect(limits.upper).toBeCloseTo(160 / 12 + 2.66 * 2, 12);
    // a range just under the threshold stays
    const kept = xmrLimits([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 18]);
    // ranges: ten of 2, one of 8; mean 28/11 ≈ 2.545; 3.267 × 2.545 ≈ 8.316 > 8, so 8 is kept
    expect(8).toBeLessThan(3.267 * (28 / 11));
    expect(kept.meanRange).toBeCloseTo(28 / 11, 12);
  });

  it('a moving range exactly at 3.267 × the mean is screened out; just under it is kept', () => {
    // ten ranges of 7.733 and one of 32.67: mean (77.33 + 32.67) / 11 = 10, and 3.267 × 10 = 32.67
    const atEdge = [0, 7.733, 0, 7.733, 0, 7.733, 0, 7.733, 0, 7.733, 0, 32.67];
    expect(xmrLimits(atEdge).meanRange).toBeCloseTo(7.733, 12);
    // 32.66 instead: mean 109.99 / 11 ≈ 9.9991, 3.267 × 9.9991 ≈ 32.667 > 32.66, so it stays
    const under = [...atEdge.slice(0, 11), 32.66];
    expect(32.66).toBeLessThan(3.267 * (109.99 / 11));
    expect(xmrLimits(under).meanRange).toBeCloseTo(109.99 / 11, 12);
  });

  it('spc.fixAfter takes the centre and the moving ranges from the first points only', () => {
    const values = [...base, 30, 31, 32];
    const limits = xmrLimits(values, 12);
    expect(limits.centre).toBe(11);
    expect(limits.meanRange).toBe(2);
    const all = xmrLimits(values);
    expect(all.centre).toBeCloseTo((132 + 30 + 31 + 32) / 15, 12);
    const r = evaluateMeasure(measure(values, { spc: { fixAfter: 12 } }), undefined, '2020-01-01');
    expect(r.spc).toMatchObject({ centre: 11, meanRange: 2 });
  });

  it('a flat series has zero-width limits and no special cause', () => {
    const flat = new Array(12).fill(5);
    const limits = xmrLimits(flat);
    expect(limits).toMatchObject({ centre: 5, meanRange: 0, lower: 5, upper: 5 });
    expect(specialCauses(flat, limits).special.some(Boolean)).toBe(false);
  });

  it('applies only with 12 or more points as of the date', () => {
    expect(evaluateMeasure(measure(base.slice(0, 11)), undefined, '2020-01-01').spc).toBeNull();
    expect(evaluateMeasure(measure(base), undefined, '2020-01-01').spc).not.toBeNull();
    expect(evaluateMeasure(measure(base), undefined, '2013-11-30').spc).toBeNull(); // 2013-12 not yet
    expect(evaluateMeasure({ ...measure(base), type: 'qualitative' }, undefined, '2020-01-01').spc).toBeNull();
  });
});

describe('special-cause rules', () => {
  it('outside the limits fires', () => {
    const { rules } = rulesAfter([16.33]);
    expect(16.33).toBeGreaterThan(upper);
    expect(rules.outside[12]).toBe(true);
    expect(rules.special[12]).toBe(true);
    expect(rulesAfter([5.67]).rules.outside[12]).toBe(true);
  });

  it('a point exactly on a limit is inside', () => {
    expect(rulesAfter([upper]).rules.outside[12]).toBe(false);
    expect(rulesAfter([upper]).rules.special[12]).toBe(false); // near, but alone: 10 before it is below the centre
    expect(rulesAfter([lower]).rules.outside[12]).toBe(false);
  });

  it('a run of 7 on one side fires', () => {
    // base ends with 10 (below); seven points at 11.5 (above, not near, steps of 0)
    const { rules } = rulesAfter(new Array(7).fill(11.5));
    expect(rules.run.slice(12)).toEqual(new Array(7).fill(true));
    expect(rules.run.slice(0, 12).some(Boolean)).toBe(false);
  });

  it('a run of 6 does not', () => {
    expect(rulesAfter(new Array(6).fill(11.5)).rules.special.some(Boolean)).toBe(false);
  });

  it('a run is broken by a point exactly on the centre', () => {
    expect(rulesAfter([11.5, 11.5, 11.5, centre, 11.5, 11.5, 11.5, 11.5]).rules.special.some(Boolean)).toBe(false);
    expect(rulesAfter([11.5, 11.5, 11.5, 11.6, 11.5, 11.5, 11.5, 11.5]).rules.run.slice(12).every(Boolean)).toBe(true);
  });

  it('the base’s last point joins a run on its side', () => {
    // 10 then five at 10.5: six below; then a sixth at 10.5 makes seven
    expect(rulesAfter(new Array(5).fill(10.5)).rules.run.some(Boolean)).toBe(false);
    expect(rulesAfter(new Array(6).fill(10.5)).rules.run.slice(11)).toEqual(new Array(7).fill(true));
  });

  it('a trend of 7 points (6 rises) fires, on whichever side the points lie', () => {
    // from the base's last 10: 10.5, 10.6, 10.7, 10.8, 10.9, 11.6 are six rises; below-centre run is 10 + five = 6
    const { rules } = rulesAfter([10.5, 10.6, 10.7, 10.8, 10.9, 11.6]);
    expect(rules.trend.slice(11)).toEqual(new Array(7).fill(true));
    expect(rules.trend[10]).toBe(false);
    expect(rules.run.some(Boolean)).toBe(false);
    // falling
    const falling = specialCauses([...base, 12, 11.9, 11.8, 11.7, 11.6, 10.5], xmrLimits([...base, 12, 11.9, 11.8, 11.7, 11.6, 10.5], 12));
    // 10 → 12 rises, then 12 → 11.9 → ... → 10.5 are five falls: six points, not enough
    expect(falling.trend.some(Boolean)).toBe(false);
    const falling7 = [...base.slice(0, 11), 12.5, 12.4, 11.9, 11.8, 11.7, 11.6, 10.5];
    // base[10] = 12, then 12.5 rises; 12.5 → 12.4 → 11.9 → 11.8 → 11.7 → 11.6 → 10.5 are six falls
    expect(specialCauses(falling7, xmrLimits(falling7, 12)).trend.slice(11)).toEqual(new Array(7).fill(true));
  });

  it('five rises (6 points) do not', () => {
    expect(rulesAfter([10.5, 10.6, 10.7, 10.8, 11.6]).rules.special.some(Boolean)).toBe(false);
  });

  it('a trend is broken by a point equal to its predecessor', () => {
    expect(rulesAfter([10.5, 10.6, 10.6, 10.7, 10.8, 10.9, 11.6]).rules.trend.some(Boolean)).toBe(false);
  });

  it('2 of 3 near the limit, all on one side, fires on the near points', () => {
    // 15 is beyond the near line ≈ 14.547 and inside 16.32
    expect(15).toBeGreaterThan(nearUpper);
    const { rules } = rulesAfter([15, 12, 15]);
    expect(rules.twoInThree.slice(12)).toEqual([true, false, true]);
    expect(rulesAfter([6.4, 10.9, 6.4]).rules.twoInThree.slice(12)).toEqual([true, false, true]); // below: near line ≈ 7.453
  });

  it('1 near of 3, or 2 near with the third across the centre, does not', () => {
    expect(14.5).toBeLessThan(nearUpper);
    expect(rulesAfter([15, 12, 14.5]).rules.special.some(Boolean)).toBe(false);
    expect(rulesAfter([15, 10.9, 15]).rules.special.some(Boolean)).toBe(false);
    expect(rulesAfter([15, centre, 15]).rules.special.some(Boolean)).toBe(false);
  });

  it('a point exactly on the near line is not near', () => {
    expect(rulesAfter([15, 12, nearUpper]).rules.special.some(Boolean)).toBe(false);
    expect(rulesAfter([15, 12, nearUpper + 0.01]).rules.twoInThree.slice(12)).toEqual([true, false, true]);
  });

  it('a point beyond the limit is not "near" it', () => {
    const { rules } = rulesAfter([15, 12, 17]);
    expect(rules.twoInThree.some(Boolean)).toBe(false);
    expect(rules.outside[14]).toBe(true);
    expect(rules.special[12]).toBe(false);
  });
});

describe('variation and marks', () => {
  it('the latest point special on the good side: improvement; on the other: concern', () => {
    const high = evaluateMeasure(measure([...base, 17], { spc: { fixAfter: 12 } }), undefined, '2020-01-01');
    expect(high.spc?.variation).toBe('special-cause-improvement');
    expect(high.series[12].special).toBe('improvement');
    const lowerBetter = evaluateMeasure(measure([...base, 17], { spc: { fixAfter: 12 }, better: 'lower' }), undefined, '2020-01-01');
    expect(lowerBetter.spc?.variation).toBe('special-cause-concern');
    expect(lowerBetter.series[12].special).toBe('concern');
  });

  it('a rising trend that ends below the centre is classified by its direction: improvement when higher is better', () => {
    // 10 → 10.1 … 10.6: six rises, all below the centre 11. The same 7 points are also a run below
    // the centre (which alone would say concern), but a trend takes precedence over a run: each
    // point points the way the series moves. The first (10, the base's last) has its next point in
    // the trend, so it takes the step to it, 10 → 10.1, up; the others the step from the previous, up.
    const r = evaluateMeasure(measure([...base, 10.1, 10.2, 10.3, 10.4, 10.5, 10.6], { spc: { fixAfter: 12 } }), undefined, '2020-01-01');
    expect(r.spc?.variation).toBe('special-cause-improvement');
    expect(r.series.slice(11).map((p) => p.special)).toEqual(new Array(7).fill('improvement'));
    // lower better: the same rise is a concern although every point lies below the centre
    const lower = evaluateMeasure(measure([...base, 10.1, 10.2, 10.3, 10.4, 10.5, 10.6], { spc: { fixAfter: 12 }, better: 'lower' }), undefined, '2020-01-01');
    expect(lower.spc?.variation).toBe('special-cause-concern');
  });

  it('a special point earlier does not make the latest special', () => {
    const r = evaluateMeasure(measure([...base, 17, 12, 10], { spc: { fixAfter: 12 } }), undefined, '2020-01-01');
    expect(r.series[12].special).toBe('improvement');
    expect(r.spc?.variation).toBe('common-cause');
  });
});

describe('assurance', () => {
  const limits = { centre: 100, meanRange: 10, lower: 100 - 26.6, upper: 100 + 26.6, nearLower: 0, nearUpper: 0 };

  it('higher is better: above the upper limit fails, below the lower passes, between is hit and miss', () => {
    expect(assuranceOf(127, limits, 'higher')).toBe('consistently-fails');
    expect(assuranceOf(73, limits, 'higher')).toBe('consistently-passes');
    expect(assuranceOf(100, limits, 'higher')).toBe('hit-and-miss');
    expect(assuranceOf(limits.upper, limits, 'higher')).toBe('hit-and-miss');
  });

  it('lower is better: the other way round', () => {
    expect(assuranceOf(73, limits, 'lower')).toBe('consistently-fails');
    expect(assuranceOf(127, limits, 'lower')).toBe('consistently-passes');
    expect(assuranceOf(limits.lower, limits, 'lower')).toBe('hit-and-miss');
  });

  it('an annual count target is divided by 12 for monthly data', () => {
    // monthly counts alternating 120, 100: centre 110, mR̄ 20, limits 110 ± 53.2 = 56.8 .. 163.2
    const values = [120, 100, 120, 100, 120, 100, 120, 100, 120, 100, 120, 100];
    const m: Measure = {
      id: 'C', title: 'C', tier: 'high-level', type: 'count', better: 'lower',
      baseline: { period: 'FY2012-13', value: 1400 }, target: { value: 600, by: '2017-03-31' },
      data: monthly(2013, 4, values),
    };
    // 600 / 12 = 50 < 56.8: lower is better, so the target is beyond the good limit
    expect(evaluateMeasure(m, undefined, '2015-01-01').spc?.assurance).toBe('consistently-fails');
    // 1200 / 12 = 100: between
    expect(evaluateMeasure({ ...m, target: { value: 1200, by: '2017-03-31' } }, undefined, '2015-01-01').spc?.assurance).toBe('hit-and-miss');
    // 2000 / 12 ≈ 166.7 > 163.2: passes every month
    expect(evaluateMeasure({ ...m, target: { value: 2000, by: '2017-03-31' } }, undefined, '2015-01-01').spc?.assurance).toBe('consistently-passes');
  });

  it('an annual count target is divided by 4 for quarterly data', () => {
    const quarters = ['2012-Q1', '2012-Q2', '2012-Q3', '2012-Q4', '2013-Q1', '2013-Q2', '2013-Q3', '2013-Q4', '2014-Q1', '2014-Q2', '2014-Q3', '2014-Q4'];
    const m: Measure = {
      id: 'C', title: 'C', tier: 'high-level', type: 'count', better: 'lower',
      baseline: { period: 'FY2011-12', value: 1400 }, target: { value: 800, by: '2017-03-31' },
      // alternating 330, 300: centre 315, mR̄ 30, limits 315 ± 79.8 = 235.2 .. 394.8
      data: quarters.map((period, i) => ({ period, value: i % 2 === 0 ? 330 : 300 })),
    };
    // 800 / 4 = 200 < 235.2 → fails; 1200 / 4 = 300 → hit and miss (as an annual figure 1200 would pass)
    expect(evaluateMeasure(m, undefined, '2015-06-30').spc?.assurance).toBe('consistently-fails');
    expect(evaluateMeasure({ ...m, target: { value: 1200, by: '2017-03-31' } }, undefined, '2015-06-30').spc?.assurance).toBe('hit-and-miss');
  });

  it('other types compare the target as it is; monitor measures have none', () => {
    const r = evaluateMeasure(measure(base, { monitor: undefined, baseline: { period: '2012-12', value: 11 }, target: { value: 16.5, by: '2016-03-31' } }), undefined, '2020-01-01');
    expect(r.spc?.assurance).toBe('consistently-fails'); // 16.5 > 16.32, higher better
    expect(evaluateMeasure(measure(base), undefined, '2020-01-01').spc?.assurance).toBeNull();
  });
});
