import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { financialYearStart } from '../core/evaluate/year-to-date';
import type { DataPoint, Measure } from '../core/types';

function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

function count(data: DataPoint[], extra: Partial<Measure> = {}): Measure {
  return { id: 'M', title: 'M', tier: 'high-level', type: 'count', better: 'lower', monitor: { reason: 'r' }, data, ...extra };
}

const ytd = (measure: Measure, asOf = '2030-01-01') => evaluateMeasure(measure, undefined, asOf).yearToDate;

describe('financial year start', () => {
  it('is 1 April of the financial year holding the date', () => {
    expect(financialYearStart('2016-02-01')).toBe('2015-04-01');
    expect(financialYearStart('2015-04-01')).toBe('2015-04-01');
    expect(financialYearStart('2015-03-31')).toBe('2014-04-01');
    expect(financialYearStart('2015-12-01')).toBe('2015-04-01');
  });
});

describe('year to date', () => {
  // 24 months, March 2013 to February 2015. The direction compares March 2014-February 2015 with
  // March 2013-February 2014:
  // window 1: 100, then 100, 120, 80, 110, 90, 100, 130, 70, 100, 110, 90 (April 2013 to February 2014)
  // window 2: 100, then 110, 130, 90, 100, 120, 110, 110, 90, 160, 60, 140 (April 2014 to February 2015)
  const w1 = [100, 100, 120, 80, 110, 90, 100, 130, 70, 100, 110, 90];
  const w2 = [100, 110, 130, 90, 100, 120, 110, 110, 90, 160, 60, 140];
  // totals 1,200 (mean 100) and 1,320 (mean 110)
  // window 1 squared deviations: 0 0 400 400 100 100 0 900 900 0 100 100 = 3,000; / 100 = 30
  // window 1 deviations 0 0 20 −20 10 −10 0 30 −30 0 10 −10
  // window 2 deviations −10 0 20 −20 −10 10 0 0 −20 50 −50 30
  // window 2 squared deviations: 100 0 400 400 100 100 0 0 400 2500 2500 900 = 7,400; / 110 = 67.2727
  // X² = 97.2727, φ = 97.2727 / 22 = 4.421488
  const phi = (3000 / 100 + 7400 / 110) / 22;
  // year to date April 2014-February 2015: 1,320 − 100 = 1,220; a year earlier April 2013-February 2014: 1,200 − 100 = 1,100
  // z = (1220 − 1100) / sqrt(φ × 2320) = 120 / sqrt(10257.85) = 120 / 101.281 ≈ 1.1848
  const series = monthly(2013, 3, [...w1, ...w2]);

  it('the financial year so far against the same months a year earlier, with the direction’s φ', () => {
    const r = evaluateMeasure(count(series), undefined, '2015-03-31');
    expect(r.direction?.dispersion).toBeCloseTo(phi, 12);
    expect(phi).toBeCloseTo(4.421488, 6);
    expect(r.yearToDate).toEqual({ from: '2014-04-01', to: '2015-02-28', value: 1220, previous: 1100, z: expect.closeTo(120 / Math.sqrt(phi * 2320), 12), verdict: 'no-significant-change' });
    expect(r.yearToDate?.z).toBeCloseTo(1.1848, 4);
  });

  it('significant with φ = 1: steady months', () => {
    // March 2013-February 2014 all 100, then all 110: φ = 1
    // April 2014-February 2015: 11 × 110 = 1,210 against 11 × 100 = 1,100; z = 110 / sqrt(2310) ≈ 2.289
    const steady = monthly(2013, 3, [...new Array(12).fill(100), ...new Array(12).fill(110)]);
    expect(ytd(count(steady), '2015-02-28')).toEqual({ from: '2014-04-01', to: '2015-02-28', value: 1210, previous: 1100, z: 110 / Math.sqrt(2310), verdict: 'deteriorating' });
    expect(ytd(count(steady, { better: 'higher' }), '2015-02-28')?.verdict).toBe('improving');
    expect(ytd(count(steady, { better: 'neutral' }), '2015-02-28')?.verdict).toBe('increasing');
  });

  it('in April the year to date is April alone', () => {
    // April 2013 to April 2014 at 100, the last 150: April 2014 150 against April 2013 100;
    // windows May 2012-April 2013 incomplete, so no direction and no φ: change-untested
    const data = monthly(2013, 4, [...new Array(12).fill(100), 150]);
    expect(ytd(count(data))).toEqual({ from: '2014-04-01', to: '2014-04-30', value: 150, previous: 100, z: null, verdict: 'change-untested' });
  });

  it('quarterly: the quarters of the financial year so far', () => {
    // 2013-Q2 to 2014-Q3; the year to date is 2014-Q2 and 2014-Q3 against 2013-Q2 and 2013-Q3
    // windows 2012-Q4..2013-Q3 and 2013-Q4..2014-Q3: the first lacks 2012-Q4 and 2013-Q1, so no φ
    const data = ['2013-Q2', '2013-Q3', '2013-Q4', '2014-Q1', '2014-Q2', '2014-Q3'].map((period, i) => ({ period, value: [300, 310, 320, 330, 280, 290][i] }));
    expect(ytd(count(data))).toEqual({ from: '2014-04-01', to: '2014-09-30', value: 280 + 290, previous: 300 + 310, z: null, verdict: 'change-untested' });
  });

  it('quarterly with a direction: φ over 8 quarters', () => {
    // 2013-Q1 to 2014-Q4; windows 2013-Q1..Q4 (250 each) and 2014-Q1..Q4 (240 each): X² = 0, φ = 1
    // year to date 2014-Q2..Q4 = 720 against 2013-Q2..Q4 = 750: z = −30 / sqrt(1470) ≈ −0.782
    const quarters = ['2013-Q1', '2013-Q2', '2013-Q3', '2013-Q4', '2014-Q1', '2014-Q2', '2014-Q3', '2014-Q4'];
    const data = quarters.map((period, i) => ({ period, value: i < 4 ? 250 : 240 }));
    expect(ytd(count(data))).toEqual({ from: '2014-04-01', to: '2014-12-31', value: 720, previous: 750, z: -30 / Math.sqrt(1470), verdict: 'no-significant-change' });
  });

  it('null unless every month of both years to date is present', () => {
    const missing = series.filter((p) => p.period !== '2013-06');
    expect(ytd(count(missing))).toBeNull();
    expect(ytd(count(monthly(2014, 4, new Array(11).fill(100))))).toBeNull();
  });

  it('null for annual and year-ending counts and for other types', () => {
    expect(ytd(count([{ period: 'FY2013-14', value: 1 }, { period: 'FY2014-15', value: 2 }]))).toBeNull();
    expect(ytd(count([{ period: 'YE2015-03', value: 1 }, { period: 'YE2016-03', value: 2 }]))).toBeNull();
    expect(ytd({ ...count(series), type: 'rate' })).toBeNull();
  });

  it('a rebase among the periods compared: the direction and the year to date are change-untested', () => {
    const r = evaluateMeasure(count(series, { spc: { rebase: ['2014-10'] } }), undefined, '2015-03-31');
    expect(r.direction).toMatchObject({ verdict: 'change-untested', z: null, dispersion: null });
    expect(r.yearToDate).toEqual({ from: '2014-04-01', to: '2015-02-28', value: 1220, previous: 1100, z: null, verdict: 'change-untested' });
  });
});
