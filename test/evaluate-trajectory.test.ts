import { describe, expect, it } from 'vitest';
import { evaluateMeasure, measureRole } from '../core/evaluate/index';
import { expectedAt, readAmount, resolveTarget, toleranceOf, trajectoryVerdict } from '../core/evaluate/trajectory';
import type { DataPoint, Measure } from '../core/types';

function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

/** Twelve months 2014-03 .. 2015-02 whose total is `total` (the first month takes the remainder). */
function yearTotalling(total: number): DataPoint[] {
  const each = Math.floor(total / 12);
  return monthly(2014, 3, [total - 11 * each, ...new Array(11).fill(each)]);
}

function crime(extra: Partial<Measure>): Measure {
  return {
    id: 'O1.1',
    title: 'Victim-based crime',
    tier: 'high-level',
    type: 'count',
    better: 'lower',
    baseline: { period: 'FY2012-13', value: 44000 },
    target: { value: 41800, by: '2017-03-31', tolerance: '2%' },
    ...extra,
  };
}

// Baseline FY2012-13 stands at 2013-03-31; `by` 2017-03-31 is 4 × 365 + 1 (29 Feb 2016) = 1461 days later.
// The current total of 2014-03..2015-02 stands at 2015-02-28: 365 (to 2014-03-31) + 334 (April to February) = 699 days in.
const span = 4 * 365 + 1;
const elapsed = 365 + (30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28);
const expectedFeb2015 = 44000 + ((41800 - 44000) * elapsed) / span;

describe('target', () => {
  it('reads signed amounts', () => {
    expect(readAmount('-5%')).toEqual({ amount: -5, percent: true });
    expect(readAmount('+2.5 %')).toEqual({ amount: 2.5, percent: true });
    expect(readAmount(-200)).toEqual({ amount: -200, percent: false });
    expect(readAmount('-200')).toEqual({ amount: -200, percent: false });
    expect(readAmount('five')).toBeNull();
    expect(readAmount(undefined)).toBeNull();
  });

  it('resolves value, or change as a percentage or a number of the baseline', () => {
    expect(resolveTarget({ value: 41800, by: '2017-03-31' }, 44000)).toEqual({ value: 41800, by: '2017-03-31' });
    expect(resolveTarget({ change: '-5%', by: '2017-03-31' }, 44000)?.value).toBeCloseTo(44000 * (1 - 5 / 100), 9); // 41800
    expect(resolveTarget({ change: '+10%', by: '2017-03-31' }, 60)?.value).toBeCloseTo(60 + 6, 9);
    expect(resolveTarget({ change: -2200, by: '2017-03-31' }, 44000)?.value).toBe(44000 - 2200);
    expect(resolveTarget({ change: '-5%', by: '2017-03-31' }, null)).toBeNull();
    expect(resolveTarget({ value: 41800 }, 44000)).toBeNull();
    expect(resolveTarget({ value: 41800, by: '2017-02-30' }, 44000)).toBeNull();
  });

  it('reports the resolved target and baseline', () => {
    const r = evaluateMeasure(crime({ target: { change: '-5%', by: '2017-03-31' }, data: yearTotalling(42950) }), undefined, '2015-03-31');
    expect(r.target?.by).toBe('2017-03-31');
    expect(r.target?.value).toBeCloseTo(41800, 9);
    expect(r.baseline).toEqual({ period: 'FY2012-13', at: '2013-03-31', value: 44000 });
  });
});

describe('expected value', () => {
  const baseline = { at: '2013-03-31', value: 44000 };
  const target = { value: 41800, by: '2017-03-31' };

  it('is the straight line in days between baseline end and by', () => {
    expect(expectedAt(baseline, target, '2015-02-28')).toBeCloseTo(expectedFeb2015, 9);
    // halfway in days: 2013-03-31 + 730 = 2015-03-31 (leap day comes after)
    expect(expectedAt(baseline, target, '2015-03-31')).toBeCloseTo(44000 - (2200 * 730) / 1461, 9);
  });

  it('is clamped to the span', () => {
    expect(expectedAt(baseline, target, '2013-03-31')).toBe(44000);
    expect(expectedAt(baseline, target, '2012-06-30')).toBe(44000);
    expect(expectedAt(baseline, target, '2017-03-31')).toBe(41800);
    expect(expectedAt(baseline, target, '2018-03-31')).toBe(41800);
  });

  it('without a baseline is the target itself', () => {
    expect(expectedAt(null, target, '2015-02-28')).toBe(41800);
  });
});

describe('tolerance', () => {
  it('is a percentage of |expected| or an absolute number, 0 by default', () => {
    expect(toleranceOf('2%', 42000)).toBeCloseTo((42000 * 2) / 100, 9);
    expect(toleranceOf('2%', -500)).toBeCloseTo(10, 9);
    expect(toleranceOf(150, 42000)).toBe(150);
    expect(toleranceOf(undefined, 42000)).toBe(0);
  });
});

describe('trajectory status', () => {
  it('gap is expected − current when lower is better, and on track when it is ≥ 0', () => {
    const r = evaluateMeasure(crime({ data: yearTotalling(42900) }), undefined, '2015-03-31');
    expect(r.current).toEqual({ value: 42900, at: '2015-02-28' });
    expect(r.expected).toBeCloseTo(expectedFeb2015, 9);
    expect(r.gap).toBeCloseTo(expectedFeb2015 - 42900, 9); // ≈ 47.4
    expect(r.status).toBe('on-track');
  });

  it('at risk when behind within a percentage tolerance of |expected|', () => {
    const r = evaluateMeasure(crime({ data: yearTotalling(42950) }), undefined, '2015-03-31');
    expect(r.gap).toBeCloseTo(expectedFeb2015 - 42950, 9); // ≈ −2.6, within 2% ≈ 859
    expect(r.status).toBe('at-risk');
    const worse = 43900; // gap ≈ −952.6, beyond 2% of 42947.4 ≈ 858.9
    expect(Math.abs(expectedFeb2015 - worse)).toBeGreaterThan(0.02 * expectedFeb2015);
    expect(evaluateMeasure(crime({ data: yearTotalling(worse) }), undefined, '2015-03-31').status).toBe('off-track');
  });

  it('gap is current − expected when higher is better', () => {
    const m: Measure = {
      id: 'P', title: 'Confidence', tier: 'high-level', type: 'proportion', better: 'higher',
      baseline: { period: '2013-03', value: 60 }, target: { value: 70, by: '2014-03-31' },
      data: [{ period: '2013-09', value: 66 }],
    };
    // 2013-03-31 → 2013-09-30 is 183 days of 365
    const expected = 60 + ((70 - 60) * 183) / 365;
    const r = evaluateMeasure(m, undefined, '2013-12-31');
    expect(r.expected).toBeCloseTo(expected, 9);
    expect(r.gap).toBeCloseTo(66 - expected, 9);
    expect(r.status).toBe('on-track');
  });

  const flat = { at: '2013-03-31', value: 100 };
  const flatTarget = { value: 100, by: '2017-03-31' };

  it('a gap of exactly 0 is on track; the tolerance edge is at risk; just past it off track', () => {
    // expected stays 100 on a flat line
    expect(trajectoryVerdict({ value: 100, at: '2015-02-28' }, flat, flatTarget, 0, 'higher').status).toBe('on-track');
    expect(trajectoryVerdict({ value: 98, at: '2015-02-28' }, flat, flatTarget, '2%', 'higher')).toEqual({ status: 'at-risk', expected: 100, gap: 98 - 100 });
    expect(trajectoryVerdict({ value: 97.9, at: '2015-02-28' }, flat, flatTarget, '2%', 'higher').status).toBe('off-track');
    expect(trajectoryVerdict({ value: 98, at: '2015-02-28' }, flat, flatTarget, 2, 'higher').status).toBe('at-risk');
    expect(trajectoryVerdict({ value: 97.5, at: '2015-02-28' }, flat, flatTarget, 2, 'higher').status).toBe('off-track');
    // no tolerance: any shortfall is off track
    expect(trajectoryVerdict({ value: 99.99, at: '2015-02-28' }, flat, flatTarget, undefined, 'higher').status).toBe('off-track');
    expect(trajectoryVerdict({ value: 100.01, at: '2015-02-28' }, flat, flatTarget, undefined, 'lower').status).toBe('off-track');
  });

  it('once the current value stands at or after by: achieved when at least as good as the target, else missed', () => {
    const target = { value: 41800, by: '2015-02-28' };
    const baseline = { at: '2013-03-31', value: 44000 };
    expect(trajectoryVerdict({ value: 41800, at: '2015-02-28' }, baseline, target, 0, 'lower').status).toBe('achieved');
    expect(trajectoryVerdict({ value: 41801, at: '2015-02-28' }, baseline, target, '5%', 'lower').status).toBe('missed');
    expect(trajectoryVerdict({ value: 41799, at: '2015-03-31' }, baseline, target, 0, 'lower')).toEqual({ status: 'achieved', expected: 41800, gap: 41800 - 41799 });
    expect(trajectoryVerdict({ value: 70, at: '2015-03-31' }, { at: '2013-03-31', value: 60 }, { value: 70, by: '2015-03-31' }, 0, 'higher').status).toBe('achieved');
    expect(trajectoryVerdict({ value: 69.9, at: '2015-03-31' }, { at: '2013-03-31', value: 60 }, { value: 70, by: '2015-03-31' }, 0, 'higher').status).toBe('missed');
    // one day before by, the trajectory still applies: expected = 44000 − 2200 × 698/699 (2013-03-31 → 2015-02-27 is 698 days)
    const dayBefore = trajectoryVerdict({ value: 41850, at: '2015-02-27' }, baseline, target, '5%', 'lower');
    expect(dayBefore.expected).toBeCloseTo(44000 - (2200 * 698) / 699, 9);
    expect(dayBefore.gap).toBeCloseTo(44000 - (2200 * 698) / 699 - 41850, 9);
    expect(dayBefore.status).toBe('at-risk');
  });

  it('in the measure result: achieved and missed against the final target', () => {
    const data = yearTotalling(41700);
    expect(evaluateMeasure(crime({ target: { value: 41800, by: '2015-02-28' }, data }), undefined, '2015-03-31').status).toBe('achieved');
    expect(evaluateMeasure(crime({ target: { value: 41600, by: '2015-02-28', tolerance: '5%' }, data }), undefined, '2015-03-31').status).toBe('missed');
    expect(evaluateMeasure(crime({ target: { value: 41600, by: '2015-03-31' }, data }), undefined, '2015-03-31').status).not.toBe('missed');
  });

  it('grey statuses: no data, insufficient data', () => {
    expect(evaluateMeasure(crime({ data: [] }), undefined, '2015-03-31').status).toBe('no-data');
    expect(evaluateMeasure(crime({ data: yearTotalling(42000) }), undefined, '2014-03-30').status).toBe('no-data'); // every point ends later
    const r = evaluateMeasure(crime({ data: yearTotalling(42000).slice(1) }), undefined, '2015-03-31');
    expect(r.status).toBe('insufficient-data');
    expect(r.expected).toBeNull();
    expect(r.gap).toBeNull();
  });

  it('monitored, unmeasured, and a target without by', () => {
    const monitor: Partial<Measure> = { target: undefined, monitor: { reason: 'Targets would discourage reporting' } };
    expect(evaluateMeasure(crime({ ...monitor, data: yearTotalling(42000) }), undefined, '2015-03-31').status).toBe('monitored');
    // a monitor measure with data is monitored even before it has twelve months
    expect(evaluateMeasure(crime({ ...monitor, data: yearTotalling(42000).slice(6) }), undefined, '2015-03-31').status).toBe('monitored');
    expect(evaluateMeasure(crime({ ...monitor, data: [] }), undefined, '2015-03-31').status).toBe('no-data');
    const none = crime({ target: undefined, data: yearTotalling(42000) });
    expect(evaluateMeasure(none, undefined, '2015-03-31').status).toBe('unmeasured');
    expect(evaluateMeasure({ ...none, data: [] }, undefined, '2015-03-31').status).toBe('unmeasured');
    expect(measureRole(crime({ target: { value: 41800 } }))).toBe('unmeasured');
    expect(measureRole(crime({ target: { change: '-5%', by: '2017-03-31' }, baseline: undefined }))).toBe('unmeasured');
    expect(measureRole(crime({}))).toBe('targeted');
    expect(measureRole(crime({ target: { value: 41800 }, monitor: { reason: 'r' } }))).toBe('monitor');
    expect(measureRole(crime({ type: 'qualitative' }))).toBe('qualitative');
  });

  it('without better, reads the direction from the target against the baseline', () => {
    const r = evaluateMeasure(crime({ better: undefined, data: yearTotalling(42900) }), undefined, '2015-03-31');
    expect(r.better).toBeNull();
    expect(r.gap).toBeCloseTo(expectedFeb2015 - 42900, 9);
  });
});
