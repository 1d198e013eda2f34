import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { countZ, directionOfTravel, twoProportionZ, verdictOfZ } from '../core/evaluate/direction';
import { pointsAsOf } from '../core/evaluate/points';
import { wilsonInterval } from '../core/evaluate/wilson';
import type { DataPoint, Measure, MeasureType } from '../core/types';

function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

function m(type: MeasureType, data: DataPoint[], better: 'higher' | 'lower' = 'lower'): Measure {
  return { id: 'M', title: 'M', tier: 'high-level', type, better, monitor: { reason: 'r' }, data };
}

function direction(measure: Measure, asOf = '2030-01-01') {
  return directionOfTravel(pointsAsOf(measure, asOf), measure.type, measure.better ?? null);
}

describe('count direction', () => {
  it('z = (x2 − x1) / sqrt(x1 + x2), 0 when both are 0', () => {
    expect(countZ(1000, 1090)).toBeCloseTo(90 / Math.sqrt(2090), 12);
    expect(countZ(0, 0)).toBe(0);
    expect(countZ(0, 4)).toBeCloseTo(4 / 2, 12);
  });

  it('monthly: the latest twelve-month total against the twelve months before it', () => {
    const first = [90, 95, 100, 105, 110, 100, 100, 100, 100, 100, 100, 100]; // 1200
    const second = [110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110]; // 1320
    const d = direction(m('count', monthly(2013, 3, [...first, ...second])));
    const x1 = 90 + 95 + 100 + 105 + 110 + 7 * 100;
    const x2 = 12 * 110;
    expect(d).toEqual({ verdict: 'deteriorating', z: (x2 - x1) / Math.sqrt(x1 + x2), previous: x1, difference: x2 - x1 });
    // z = 120 / sqrt(2520) ≈ 2.39: lower is better, so a significant rise deteriorates; higher better, it improves
    expect(direction(m('count', monthly(2013, 3, [...first, ...second]), 'higher'))?.verdict).toBe('improving');
  });

  it('|z| ≥ 1.96 is significant; just below is not', () => {
    // annual points: 1000 then 1090 → z = 90/sqrt(2090) ≈ 1.969; 1000 then 1089 → 89/sqrt(2089) ≈ 1.947
    expect(90 / Math.sqrt(2090)).toBeGreaterThanOrEqual(1.96);
    expect(89 / Math.sqrt(2089)).toBeLessThan(1.96);
    const years = (a: number, b: number) => [{ period: 'FY2012-13', value: a }, { period: 'FY2013-14', value: b }];
    expect(direction(m('count', years(1000, 1090)))?.verdict).toBe('deteriorating');
    expect(direction(m('count', years(1000, 1089)))?.verdict).toBe('no-significant-change');
    expect(direction(m('count', years(1090, 1000)))?.verdict).toBe('improving');
    expect(direction(m('count', years(1089, 1000)))?.verdict).toBe('no-significant-change');
    expect(verdictOfZ(1.96, 'higher')).toBe('improving');
    expect(verdictOfZ(-1.96, 'higher')).toBe('deteriorating');
    expect(verdictOfZ(1.9599, 'higher')).toBe('no-significant-change');
  });

  it('both totals 0: z = 0, no significant change', () => {
    expect(direction(m('count', [{ period: 2013, value: 0 }, { period: 2014, value: 0 }]))).toEqual({ verdict: 'no-significant-change', z: 0, previous: 0, difference: 0 });
  });

  it('quarterly: four quarters against the four before', () => {
    const data = ['2013-Q2', '2013-Q3', '2013-Q4', '2014-Q1', '2014-Q2', '2014-Q3', '2014-Q4', '2015-Q1'].map((period, i) => ({ period, value: i < 4 ? 250 : 240 }));
    const d = direction(m('count', data));
    expect(d?.previous).toBe(1000);
    expect(d?.difference).toBe(960 - 1000);
    expect(d?.z).toBeCloseTo(-40 / Math.sqrt(1960), 12); // ≈ −0.90
    expect(d?.verdict).toBe('no-significant-change');
  });

  it('null without a complete twelve months before, or with too few for the current value', () => {
    expect(direction(m('count', monthly(2014, 3, new Array(12).fill(100))))).toBeNull();
    expect(direction(m('count', monthly(2013, 4, new Array(23).fill(100))))).toBeNull(); // previous window short by one
    expect(direction(m('count', [{ period: 'FY2012-13', value: 1 }, { period: 'FY2014-15', value: 2 }]))).toBeNull();
    expect(direction(m('count', []))).toBeNull();
  });

  it('is as of the date', () => {
    const data = monthly(2013, 3, [...new Array(12).fill(100), ...new Array(12).fill(110), 500]);
    expect(direction(m('count', data), '2015-02-28')?.previous).toBe(1200);
    expect(direction(m('count', data), '2015-03-31')?.previous).toBe(100 * 11 + 110); // window 2013-04..2014-03
  });
});

describe('proportion direction', () => {
  const survey = (a: number, na: number, b: number, nb: number): DataPoint[] => [
    { period: 'FY2013-14', value: a, sample: na },
    { period: 'FY2014-15', value: b, sample: nb },
  ];

  it('two-proportion z-test with the pooled proportion', () => {
    // 60% of 1000 → 64% of 1000: pooled 0.62, se = sqrt(0.62 × 0.38 × 2/1000) ≈ 0.021707, z ≈ 1.843
    const z1000 = (0.64 - 0.6) / Math.sqrt(0.62 * 0.38 * (1 / 1000 + 1 / 1000));
    expect(twoProportionZ(60, 1000, 64, 1000)).toBeCloseTo(z1000, 10);
    const d = direction(m('proportion', survey(60, 1000, 64, 1000), 'higher'));
    expect(d?.z).toBeCloseTo(z1000, 10);
    expect(d).toMatchObject({ verdict: 'no-significant-change', previous: 60, difference: 4 });
    // with 1200 each: se = sqrt(0.62 × 0.38 × 2/1200) ≈ 0.019816, z ≈ 2.019
    const z1200 = (0.64 - 0.6) / Math.sqrt(0.62 * 0.38 * (2 / 1200));
    expect(z1200).toBeGreaterThan(1.96);
    expect(direction(m('proportion', survey(60, 1200, 64, 1200), 'higher'))).toMatchObject({ verdict: 'improving' });
    expect(direction(m('proportion', survey(60, 1200, 64, 1200), 'lower'))).toMatchObject({ verdict: 'deteriorating' });
  });

  it('unequal samples pool by weight', () => {
    // 55% of 400, 62% of 900: pooled (220 + 558) / 1300
    const p = (0.55 * 400 + 0.62 * 900) / 1300;
    expect(twoProportionZ(55, 400, 62, 900)).toBeCloseTo((0.62 - 0.55) / Math.sqrt(p * (1 - p) * (1 / 400 + 1 / 900)), 10);
  });

  it('both 0% or both 100%: z = 0', () => {
    expect(twoProportionZ(0, 100, 0, 200)).toBe(0);
    expect(twoProportionZ(100, 100, 100, 200)).toBe(0);
  });

  it('uses `of` when there is no sample', () => {
    const data = [{ period: '2014-01', value: 30, of: 500 }, { period: '2015-01', value: 36, of: 500 }];
    const p = (0.3 + 0.36) / 2;
    expect(direction(m('proportion', data, 'higher'))?.z).toBeCloseTo(0.06 / Math.sqrt(p * (1 - p) * (2 / 500)), 10);
  });

  it('without sample or of on both points: change-untested with the plain difference', () => {
    const data = [{ period: '2014-Q1', value: 60, sample: 800 }, { period: '2015-Q1', value: 58.5 }];
    expect(direction(m('proportion', data, 'higher'))).toEqual({ verdict: 'change-untested', z: null, previous: 60, difference: 58.5 - 60 });
  });

  it('rates and values are never tested', () => {
    const data = [{ period: '2014', value: 4.2 }, { period: '2015', value: 3.1 }];
    expect(direction(m('rate', data))).toEqual({ verdict: 'change-untested', z: null, previous: 4.2, difference: 3.1 - 4.2 });
    expect(direction(m('value', data))?.verdict).toBe('change-untested');
  });

  it('the point twelve months earlier is found by period end date, same kind of period', () => {
    // quarterly: 2015-Q1 (ends 2015-03-31) against 2014-Q1, not 2014-Q2
    const q = [{ period: '2014-Q1', value: 10 }, { period: '2014-Q2', value: 20 }, { period: '2015-Q1', value: 15 }];
    expect(direction(m('rate', q))?.previous).toBe(10);
    // monthly: 2015-02 against 2014-02
    const mo = [{ period: '2014-02', value: 7 }, { period: '2014-03', value: 8 }, { period: '2015-02', value: 9 }];
    expect(direction(m('rate', mo))?.previous).toBe(7);
    // days: 29 Feb 2016 looks back to 28 Feb 2015
    const days = [{ period: '2015-02-28', value: 1 }, { period: '2016-02-29', value: 2 }];
    expect(direction(m('value', days))?.previous).toBe(1);
    // a calendar year ending 2014-12-31 is not compared with the month 2013-12
    expect(direction(m('rate', [{ period: '2013-12', value: 1 }, { period: 2014, value: 2 }]))).toBeNull();
  });

  it('null when no point twelve months before the latest', () => {
    expect(direction(m('proportion', [{ period: '2014-03', value: 60, sample: 900 }, { period: '2015-02', value: 66, sample: 900 }], 'higher'))).toBeNull();
    expect(direction(m('rate', [{ period: '2015-02', value: 60 }]))).toBeNull();
  });
});

describe('Wilson interval', () => {
  it('50% of 100', () => {
    // z = 1.96: (0.5 + 1.96²/200 ± 1.96·sqrt(0.25/100 + 1.96²/40000)) / (1 + 1.96²/100) = 0.5 ± 0.09617
    const half = (1.96 * Math.sqrt(0.25 / 100 + (1.96 * 1.96) / 40000)) / (1 + (1.96 * 1.96) / 100);
    const w = wilsonInterval(50, 100)!;
    expect(w.lower).toBeCloseTo(100 * (0.5 - half), 10);
    expect(w.upper).toBeCloseTo(100 * (0.5 + half), 10);
    expect(w.lower).toBeCloseTo(40.38, 2);
    expect(w.upper).toBeCloseTo(59.62, 2);
  });

  it('is asymmetric away from the middle, and never leaves 0-100', () => {
    // 80% of 50
    const z2 = 1.96 * 1.96;
    const centre = (0.8 + z2 / 100) / (1 + z2 / 50);
    const half = (1.96 * Math.sqrt((0.8 * 0.2) / 50 + z2 / (4 * 50 * 50))) / (1 + z2 / 50);
    expect(wilsonInterval(80, 50)!.lower).toBeCloseTo(100 * (centre - half), 10);
    expect(wilsonInterval(80, 50)!.upper).toBeCloseTo(100 * (centre + half), 10);
    expect(wilsonInterval(0, 30)!.lower).toBeCloseTo(0, 12);
    // 0 of 30: upper = (z²/60 + z·sqrt(z²/3600)) / (1 + z²/30) = (z²/30) / (1 + z²/30)
    expect(wilsonInterval(0, 30)!.upper).toBeCloseTo((100 * (z2 / 30)) / (1 + z2 / 30), 10);
    expect(wilsonInterval(100, 30)!.upper).toBeCloseTo(100, 10);
    expect(wilsonInterval(50, 0)).toBeNull();
  });

  it('on survey points of the series and on the measure’s latest point', () => {
    const data = [{ period: 'FY2013-14', value: 50, sample: 100 }, { period: 'FY2014-15', value: 80, sample: 50 }];
    const r = evaluateMeasure(m('proportion', data, 'higher'), undefined, '2016-01-01');
    expect(r.series.map((p) => p.interval)).toEqual([wilsonInterval(50, 100), wilsonInterval(80, 50)]);
    expect(r.interval).toEqual(wilsonInterval(80, 50));
    expect(r.series[0]).toMatchObject({ period: 'FY2013-14', at: '2014-03-31', value: 50, sample: 100, of: null, note: null, special: null });
  });

  it('on administrative proportions from their denominator (v2: sample, or of), not on points without either, or other types', () => {
    const admin = evaluateMeasure(m('proportion', [{ period: '2014', value: 30, of: 200 }]), undefined, '2016-01-01');
    expect(admin.series[0].interval).toEqual(wilsonInterval(30, 200));
    expect(admin.interval).toEqual(wilsonInterval(30, 200));
    const noSample = evaluateMeasure(m('proportion', [{ period: '2013', value: 30, sample: 200 }, { period: '2014', value: 31 }]), undefined, '2016-01-01');
    expect(noSample.series[0].interval).not.toBeNull();
    expect(noSample.interval).toBeNull();
    expect(evaluateMeasure(m('rate', [{ period: '2014', value: 30, sample: 200 }]), undefined, '2016-01-01').interval).toBeNull();
  });
});

describe('direction in the measure result', () => {
  it('for monitor, targeted and unmeasured numeric measures alike', () => {
    const data = [{ period: 2013, value: 1000 }, { period: 2014, value: 1090 }];
    const monitor = evaluateMeasure(m('count', data), undefined, '2015-06-30');
    expect(monitor.status).toBe('monitored');
    expect(monitor.direction?.verdict).toBe('deteriorating');
    const unmeasured = evaluateMeasure({ ...m('count', data), monitor: undefined }, undefined, '2015-06-30');
    expect(unmeasured.direction?.verdict).toBe('deteriorating');
    // without better nothing is better or worse
    expect(evaluateMeasure({ ...m('count', data), better: undefined }, undefined, '2015-06-30').direction).toEqual({ verdict: 'change-untested', z: null, previous: 1000, difference: 90 });
  });
});
