import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { countZ, directionOfTravel, dispersionOf, twoProportionZ, verdictOfZ } from '../core/evaluate/direction';
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

// 24 monthly counts written out, April 2013 to March 2015.
// Window 1 (April 2013 to March 2014), total 1,200, mean m1 = 100:
const window1 = [100, 120, 80, 110, 90, 100, 130, 70, 100, 110, 90, 100];
// deviations 0, 20, −20, 10, −10, 0, 30, −30, 0, 10, −10, 0; squares sum to
// 0 + 400 + 400 + 100 + 100 + 0 + 900 + 900 + 0 + 100 + 100 + 0 = 3,000; / m1 = 30
// Window 2 (April 2014 to March 2015), total 1,320, mean m2 = 110:
const window2 = [100, 120, 110, 90, 130, 110, 120, 100, 150, 70, 110, 110];
// deviations −10, 10, 0, −20, 20, 0, 10, −10, 40, −40, 0, 0; squares sum to
// 100 + 100 + 0 + 400 + 400 + 0 + 100 + 100 + 1600 + 1600 + 0 + 0 = 4,400; / m2 = 40
// X² = 30 + 40 = 70; n = 24, φ = max(1, 70 / 22) = 3.181818…
// z = (1320 − 1200) / sqrt(3.181818 × 2520) = 120 / sqrt(8018.18) = 120 / 89.544 ≈ 1.3401
const phi = 70 / 22;

describe('count direction', () => {
  it('z = (x2 − x1) / sqrt(φ·(x1 + x2)), 0 when both are 0', () => {
    expect(countZ(1000, 1090)).toBeCloseTo(90 / Math.sqrt(2090), 12);
    expect(countZ(1000, 1090, 4)).toBeCloseTo(90 / Math.sqrt(4 * 2090), 12);
    expect(countZ(0, 0, 3)).toBe(0);
    expect(countZ(0, 4)).toBeCloseTo(4 / 2, 12);
  });

  it('φ from the squared deviations of 24 monthly counts', () => {
    expect(dispersionOf(window1, window2)).toBeCloseTo(phi, 12);
    expect(phi).toBeCloseTo(3.1818, 4);
    const d = direction(m('count', monthly(2013, 4, [...window1, ...window2])));
    expect(d?.dispersion).toBeCloseTo(phi, 12);
    expect(d?.z).toBeCloseTo(120 / Math.sqrt(phi * 2520), 12);
    expect(d?.z).toBeCloseTo(1.3401, 4);
    // without the dispersion z would be 120 / sqrt(2520) ≈ 2.39, a significant rise; with it, not
    expect(d).toMatchObject({ verdict: 'no-significant-change', previous: 1200, difference: 120 });
  });

  it('φ is at least 1: counts steadier than chance are tested as chance', () => {
    // every month 100, then every month 110: X² = 0, φ = max(1, 0) = 1, z = 120 / sqrt(2520) ≈ 2.390
    const flat = monthly(2013, 4, [...new Array(12).fill(100), ...new Array(12).fill(110)]);
    expect(direction(m('count', flat))).toEqual({ verdict: 'deteriorating', z: 120 / Math.sqrt(2520), previous: 1200, difference: 120, dispersion: 1 });
    expect(direction(m('count', flat, 'higher'))?.verdict).toBe('improving');
  });

  it('a window whose mean is 0 adds nothing to X²', () => {
    // window 1 all 0; window 2 eleven 0s and a 12: m2 = 1, X² = 11 × (0 − 1)²/1 + (12 − 1)²/1 = 11 + 121 = 132
    // φ = 132 / 22 = 6, z = (12 − 0) / sqrt(6 × 12) = 12 / sqrt(72) ≈ 1.414
    const d = direction(m('count', monthly(2013, 4, [...new Array(23).fill(0), 12])));
    expect(d?.dispersion).toBeCloseTo(6, 12);
    expect(d?.z).toBeCloseTo(12 / Math.sqrt(72), 12);
    expect(d?.verdict).toBe('no-significant-change');
  });

  it('both totals 0: z = 0, φ = 1, no significant change', () => {
    expect(direction(m('count', monthly(2013, 4, new Array(24).fill(0))))).toEqual({ verdict: 'no-significant-change', z: 0, previous: 0, difference: 0, dispersion: 1 });
  });

  it('quarterly: four quarters against the four before, φ over the 8 points', () => {
    const quarters = ['2013-Q2', '2013-Q3', '2013-Q4', '2014-Q1', '2014-Q2', '2014-Q3', '2014-Q4', '2015-Q1'];
    const steady = quarters.map((period, i) => ({ period, value: i < 4 ? 250 : 240 }));
    const d = direction(m('count', steady));
    expect(d).toMatchObject({ previous: 1000, difference: 960 - 1000, dispersion: 1, verdict: 'no-significant-change' });
    expect(d?.z).toBeCloseTo(-40 / Math.sqrt(1960), 12); // ≈ −0.90
    // window 1 of 200, 300, 250, 250: m1 = 250, X² = (2500 + 2500 + 0 + 0)/250 = 20; window 2 flat adds 0
    // φ = 20 / (8 − 2) = 3.333…, z = −40 / sqrt(3.333 × 1960) ≈ −0.4949
    const spread = quarters.map((period, i) => ({ period, value: [200, 300, 250, 250, 240, 240, 240, 240][i] }));
    expect(direction(m('count', spread))?.dispersion).toBeCloseTo(20 / 6, 12);
    expect(direction(m('count', spread))?.z).toBeCloseTo(-40 / Math.sqrt((20 / 6) * 1960), 12);
  });

  it('annual counts: change-untested against the year before, previous set, z and dispersion null', () => {
    const years = [{ period: 'FY2012-13', value: 1000 }, { period: 'FY2013-14', value: 1500 }];
    expect(direction(m('count', years))).toEqual({ verdict: 'change-untested', z: null, previous: 1000, difference: 500, dispersion: null });
    expect(direction(m('count', [{ period: 2013, value: 0 }, { period: 2014, value: 0 }]))).toEqual({ verdict: 'change-untested', z: null, previous: 0, difference: 0, dispersion: null });
  });

  it('year-ending counts: change-untested against the year ending twelve months earlier', () => {
    const data = [{ period: 'YE2015-03', value: 41000 }, { period: 'YE2015-09', value: 42000 }, { period: 'YE2016-03', value: 43500 }];
    expect(direction(m('count', data))).toEqual({ verdict: 'change-untested', z: null, previous: 41000, difference: 2500, dispersion: null });
    expect(direction(m('count', data.slice(1)))).toBeNull(); // no YE2015-03
  });

  it('better: neutral reads a significant change as increasing or decreasing', () => {
    const rise = monthly(2013, 4, [...new Array(12).fill(100), ...new Array(12).fill(110)]);
    const fall = monthly(2013, 4, [...new Array(12).fill(110), ...new Array(12).fill(100)]);
    // z = ±120 / sqrt(2520) ≈ ±2.39
    expect(direction({ ...m('count', rise), better: 'neutral' })?.verdict).toBe('increasing');
    expect(direction({ ...m('count', fall), better: 'neutral' })?.verdict).toBe('decreasing');
    expect(verdictOfZ(1.95, 'neutral')).toBe('no-significant-change');
    expect(verdictOfZ(-1.96, 'neutral')).toBe('decreasing');
  });

  it('|z| ≥ 1.96 is significant; just below is not', () => {
    expect(verdictOfZ(1.96, 'higher')).toBe('improving');
    expect(verdictOfZ(-1.96, 'higher')).toBe('deteriorating');
    expect(verdictOfZ(1.96, 'lower')).toBe('deteriorating');
    expect(verdictOfZ(1.9599, 'higher')).toBe('no-significant-change');
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

describe('a change of process among the periods compared', () => {
  // 24 months April 2013 to March 2015: the earliest compared point is 2013-04, the latest 2015-03
  const series = monthly(2013, 4, [...new Array(12).fill(100), ...new Array(12).fill(110)]);
  const rebased = (...rebase: string[]) => evaluateMeasure({ ...m('count', series), spc: { rebase } }, undefined, '2015-03-31').direction;

  it('a rebase after the earliest point of the earlier window, up to the latest: change-untested', () => {
    expect(rebased('2013-05')).toEqual({ verdict: 'change-untested', z: null, previous: 1200, difference: 120, dispersion: null });
    expect(rebased('2014-04')?.verdict).toBe('change-untested');
    expect(rebased('2015-03')?.verdict).toBe('change-untested');
  });

  it('a rebase at the earliest point, or one that is no period of the series, leaves the test alone', () => {
    // both windows then lie after the change: like for like. φ = 1, z = 120 / sqrt(2520)
    expect(rebased('2013-04')).toMatchObject({ verdict: 'deteriorating', dispersion: 1 });
    expect(rebased('2012-06')?.verdict).toBe('deteriorating');
    expect(rebased('2014-Q2')?.verdict).toBe('deteriorating'); // a quarter is no period of a monthly series
    expect(rebased('2015-06')?.verdict).toBe('deteriorating'); // after the as-of date
  });

  it('proportions: a rebase at the latest point makes the survey comparison untested', () => {
    const data = [{ period: '2014-Q1', value: 60, sample: 1200 }, { period: '2014-Q3', value: 62, sample: 1200 }, { period: '2015-Q1', value: 64, sample: 1200 }];
    const rebasedSurvey = (rebase: string[]) => evaluateMeasure({ ...m('proportion', data, 'higher'), spc: { rebase } }, undefined, '2015-03-31').direction;
    expect(rebasedSurvey(['2015-Q1'])).toEqual({ verdict: 'change-untested', z: null, previous: 60, difference: 4, dispersion: null });
    expect(rebasedSurvey(['2014-Q3'])?.verdict).toBe('change-untested');
    // at the earlier point itself: z = 0.04 / sqrt(0.62 × 0.38 × 2/1200) ≈ 2.019, improving
    expect(rebasedSurvey(['2014-Q1'])?.verdict).toBe('improving');
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
    expect(direction(m('proportion', data, 'higher'))).toEqual({ verdict: 'change-untested', z: null, previous: 60, difference: 58.5 - 60, dispersion: null });
  });

  it('rates and values are never tested', () => {
    const data = [{ period: '2014', value: 4.2 }, { period: '2015', value: 3.1 }];
    expect(direction(m('rate', data))).toEqual({ verdict: 'change-untested', z: null, previous: 4.2, difference: 3.1 - 4.2, dispersion: null });
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
    // every month 100, then 110: φ = 1, z = 120 / sqrt(2520) ≈ 2.39, lower better: deteriorating
    const data = monthly(2013, 4, [...new Array(12).fill(100), ...new Array(12).fill(110)]);
    const monitor = evaluateMeasure(m('count', data), undefined, '2015-06-30');
    expect(monitor.status).toBe('monitored');
    expect(monitor.direction?.verdict).toBe('deteriorating');
    const unmeasured = evaluateMeasure({ ...m('count', data), monitor: undefined }, undefined, '2015-06-30');
    expect(unmeasured.direction?.verdict).toBe('deteriorating');
    // without better nothing is better or worse
    expect(evaluateMeasure({ ...m('count', data), better: undefined }, undefined, '2015-06-30').direction).toEqual({ verdict: 'change-untested', z: null, previous: 1200, difference: 120, dispersion: null });
    expect(evaluateMeasure({ ...m('count', data), better: 'neutral' }, undefined, '2015-06-30').direction?.verdict).toBe('increasing');
  });
});
