// DESIGN §4 v2 "Series" and "Current value": points of the wrong length are left out, and a
// year-ending count series is already twelve-month totals.
import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { pointsAsOf, selectSeries } from '../core/evaluate/points';
import type { DataPoint, Measure } from '../core/types';

function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

function measure(extra: Partial<Measure>): Measure {
  return { id: 'M1', title: 'Test measure', tier: 'high-level', type: 'count', better: 'lower', monitor: { reason: 'test' }, ...extra };
}

// April 2014 to March 2015, 1,000 a month but for two months: the total is 12 × 1,000 + 50 − 30 = 12,020.
const year = [1000, 1050, 1000, 1000, 1000, 1000, 970, 1000, 1000, 1000, 1000, 1000];

describe('the series', () => {
  it('leaves a financial-year total out of a monthly series: it moves neither the total nor the SPC centre', () => {
    const m = measure({ frequency: 'monthly', data: [...monthly(2014, 4, year), { period: 'FY2014-15', value: 12020 }] });
    const result = evaluateMeasure(m, undefined, '2015-03-31');
    expect(result.current).toEqual({ value: 12020, at: '2015-03-31' });
    expect(result.series.map((p) => p.period)).not.toContain('FY2014-15');
    expect(result.series).toHaveLength(12);
    // centre = mean of the twelve months = 12,020 / 12 = 1,001.67; with the total in it would be
    // (12,020 + 12,020) / 13 = 1,849.2
    expect(result.spc?.centre).toBeCloseTo(12020 / 12, 10);
  });

  it('keeps year-ending periods and single days in a series of any frequency', () => {
    const data = [{ period: '2015-01', value: 1 }, { period: 'YE2015-01', value: 12 }, { period: '2015-01-15', value: 2 }];
    for (const frequency of ['monthly', 'quarterly', 'annual'] as const) {
      expect(pointsAsOf(measure({ frequency, data }), '2015-03-31').map((p) => p.period.text).sort()).toEqual(
        frequency === 'monthly' ? ['2015-01', '2015-01-15', 'YE2015-01'] : ['2015-01-15', 'YE2015-01'],
      );
    }
  });

  it('without frequency, the earliest force point on or before the as-of date decides the kind', () => {
    const data = [{ period: '2014-Q4', value: 30 }, { period: '2015-01', value: 10 }, { period: '2015-Q1', value: 31 }];
    // 2014-Q4 ends 2014-12-31, before 2015-01: the series is quarterly and the month is left out
    const series = selectSeries(data, undefined, '2015-03-31');
    expect(series.decidedBy).toMatchObject({ kind: 'quarter' });
    expect(series.points.map((p) => p.period.text)).toEqual(['2014-Q4', '2015-Q1']);
    expect(series.mismatched.map((x) => x.period.text)).toEqual(['2015-01']);
    // a frequency that is not one of the three (a schema error) is as good as none
    expect(selectSeries(data, 'weekly', '2015-03-31').decidedBy).toMatchObject({ kind: 'quarter' });
  });

  it('counts only force points: a point with an area is left out', () => {
    const data = [{ period: '2015-01', value: 10, area: 'north' } as DataPoint, { period: '2015-02', value: 11 }];
    expect(pointsAsOf(measure({ data }), '2015-03-31').map((p) => p.value)).toEqual([11]);
  });
});

describe('the current value of a count', () => {
  it('in a year-ending series is the latest point itself', () => {
    const m = measure({ data: [{ period: 'YE2015-03', value: 41250 }, { period: 'YE2016-03', value: 40980 }] });
    expect(evaluateMeasure(m, undefined, '2016-03-31').current).toEqual({ value: 40980, at: '2016-03-31' });
    // one year-ending point is already twelve months: not insufficient
    expect(evaluateMeasure(m, undefined, '2015-06-30')).toMatchObject({ status: 'monitored', current: { value: 41250, at: '2015-03-31' } });
  });

  it('is insufficient data when the latest point is a single day', () => {
    const m = measure({
      target: { value: 40000, by: '2017-03-31' },
      monitor: undefined,
      baseline: { period: 'FY2012-13', value: 44000 },
      data: [...monthly(2014, 4, year), { period: '2015-03-31', value: 35 }],
    });
    // 2015-03-31 sorts after 2015-03 (same end, later start) and is the latest point
    expect(evaluateMeasure(m, undefined, '2015-03-31')).toMatchObject({ status: 'insufficient-data', current: null });
  });
});
