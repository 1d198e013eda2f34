import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { currentValue } from '../core/evaluate/current';
import { pointsAsOf } from '../core/evaluate/points';
import { freshUntil, isStale } from '../core/evaluate/stale';
import type { DataPoint, Measure } from '../core/types';

/** Consecutive monthly points from year-month, one per value. */
function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

function measure(extra: Partial<Measure>): Measure {
  return { id: 'M1', title: 'Test measure', tier: 'high-level', type: 'count', better: 'lower', monitor: { reason: 'test' }, ...extra };
}

const twelve = [3650, 3712, 3590, 3601, 3555, 3580, 3620, 3499, 3510, 3570, 3540, 3523];
const twelveTotal = 3650 + 3712 + 3590 + 3601 + 3555 + 3580 + 3620 + 3499 + 3510 + 3570 + 3540 + 3523;

describe('points as of a date', () => {
  it('ignores points whose period ends after the as-of date', () => {
    const m = measure({ data: monthly(2014, 1, [1, 2, 3]) });
    expect(pointsAsOf(m, '2014-03-30').map((p) => p.value)).toEqual([1, 2]); // 2014-03 ends on the 31st
    expect(pointsAsOf(m, '2014-03-31').map((p) => p.value)).toEqual([1, 2, 3]);
    const fy = measure({ data: [{ period: 'FY2014-15', value: 9 }] });
    expect(pointsAsOf(fy, '2015-03-30')).toEqual([]);
    expect(pointsAsOf(fy, '2015-03-31')).toHaveLength(1);
  });

  it('sorts by period end, reads years YAML made numbers, skips unreadable periods and file names', () => {
    const m = measure({ data: [{ period: '2014-03', value: 3 }, { period: '2013-11', value: 1 }, { period: '2014-13', value: 99 }, { period: '2014-01', value: 2 }] });
    expect(pointsAsOf(m, '2020-01-01').map((p) => [p.period.text, p.value])).toEqual([['2013-11', 1], ['2014-01', 2], ['2014-03', 3]]);
    const years = measure({ data: [{ period: 2014, value: 3 }, { period: '2012', value: 1 }, { period: 2013, value: 2 }] });
    expect(pointsAsOf(years, '2020-01-01').map((p) => [p.period.text, p.value])).toEqual([['2012', 1], ['2013', 2], ['2014', 3]]);
    expect(pointsAsOf(measure({ data: 'data/x.csv' }), '2020-01-01')).toEqual([]);
  });

  it('keeps the first of two points for the same period', () => {
    const m = measure({ data: [{ period: '2014-01', value: 1 }, { period: '2014-01', value: 2 }] });
    expect(pointsAsOf(m, '2020-01-01').map((p) => p.value)).toEqual([1]);
  });
});

describe('current value', () => {
  it('counts: the total of twelve consecutive months ending at the latest, standing at its end', () => {
    const points = pointsAsOf(measure({ data: monthly(2014, 3, twelve) }), '2015-03-31');
    expect(currentValue(points, 'count')).toMatchObject({ kind: 'value', value: twelveTotal, at: '2015-02-28' });
  });

  it('counts: only the latest twelve of a longer series', () => {
    const points = pointsAsOf(measure({ data: monthly(2013, 3, [1000, 1000, ...twelve]) }), '2015-03-31');
    expect(currentValue(points, 'count')).toMatchObject({ value: twelveTotal });
  });

  it('counts: eleven months are insufficient data', () => {
    const points = pointsAsOf(measure({ data: monthly(2014, 4, twelve.slice(1)) }), '2015-03-31');
    expect(currentValue(points, 'count').kind).toBe('insufficient-data');
  });

  it('counts: twelve months with a gap are not consecutive', () => {
    const data = [...monthly(2014, 1, twelve.slice(0, 6)), ...monthly(2014, 8, twelve.slice(6))]; // 2014-07 missing
    expect(data).toHaveLength(12);
    expect(currentValue(pointsAsOf(measure({ data }), '2016-01-01'), 'count').kind).toBe('insufficient-data');
  });

  it('counts: four consecutive quarters', () => {
    const data = ['2014-Q2', '2014-Q3', '2014-Q4', '2015-Q1'].map((period, i) => ({ period, value: 100 + i }));
    expect(currentValue(pointsAsOf(measure({ data }), '2015-12-31'), 'count')).toMatchObject({ value: 100 + 101 + 102 + 103, at: '2015-03-31' });
    expect(currentValue(pointsAsOf(measure({ data: data.slice(1) }), '2015-12-31'), 'count').kind).toBe('insufficient-data');
    const gap = [data[0], data[1], data[3], { period: '2015-Q2', value: 7 }];
    expect(currentValue(pointsAsOf(measure({ data: gap }), '2015-12-31'), 'count').kind).toBe('insufficient-data');
  });

  it('counts: one annual point, calendar or financial year', () => {
    expect(currentValue(pointsAsOf(measure({ data: [{ period: 'FY2013-14', value: 43000 }] }), '2015-01-01'), 'count')).toMatchObject({ value: 43000, at: '2014-03-31' });
    expect(currentValue(pointsAsOf(measure({ data: [{ period: 2014, value: 42000 }] }), '2015-01-01'), 'count')).toMatchObject({ value: 42000, at: '2014-12-31' });
  });

  it('counts: the latest period decides the kind; a single day never makes twelve months', () => {
    const data = [...monthly(2014, 1, twelve), { period: '2015-01-15', value: 5 }];
    expect(currentValue(pointsAsOf(measure({ data }), '2015-02-01'), 'count').kind).toBe('insufficient-data');
    expect(currentValue(pointsAsOf(measure({ data }), '2015-01-14'), 'count')).toMatchObject({ value: twelveTotal });
  });

  it('other types: the latest point', () => {
    for (const type of ['proportion', 'rate', 'value'] as const) {
      const points = pointsAsOf(measure({ type, data: [{ period: '2014-Q1', value: 61 }, { period: '2014-Q2', value: 63.5 }] }), '2014-12-31');
      expect(currentValue(points, type)).toMatchObject({ kind: 'value', value: 63.5, at: '2014-06-30' });
    }
  });

  it('no points on or before the as-of date: no data', () => {
    expect(currentValue(pointsAsOf(measure({ data: monthly(2015, 1, [1]) }), '2014-12-31'), 'count').kind).toBe('no-data');
    expect(currentValue([], 'rate').kind).toBe('no-data');
  });

  it('reaches the measure result', () => {
    const r = evaluateMeasure(measure({ data: monthly(2014, 3, twelve) }), undefined, '2015-03-31');
    expect(r.current).toEqual({ value: twelveTotal, at: '2015-02-28' });
    const short = evaluateMeasure(measure({ type: 'count', monitor: undefined, target: { value: 40000, by: '2017-03-31' }, baseline: { period: 'FY2012-13', value: 44000 }, data: monthly(2014, 4, twelve.slice(1)) }), undefined, '2015-03-31');
    expect(short.status).toBe('insufficient-data');
    expect(short.current).toBeNull();
  });
});

describe('stale', () => {
  it('monthly: two calendar months after the end of the latest period', () => {
    // 2015-02 ends 2015-02-28; plus two months, month end kept: 2015-04-30.
    expect(freshUntil('2015-02-28', 'monthly', 1)).toBe('2015-04-30');
    expect(isStale('2015-04-30', '2015-02-28', 'monthly', 1)).toBe(false);
    expect(isStale('2015-05-01', '2015-02-28', 'monthly', 1)).toBe(true);
  });

  it('quarterly: six months; annual: twenty-four', () => {
    expect(freshUntil('2014-12-31', 'quarterly', 3)).toBe('2015-06-30');
    expect(isStale('2015-07-01', '2014-12-31', 'quarterly', 3)).toBe(true);
    expect(isStale('2015-06-30', '2014-12-31', 'quarterly', 3)).toBe(false);
    expect(freshUntil('2014-03-31', 'annual', 12)).toBe('2016-03-31');
    expect(isStale('2016-04-01', '2014-03-31', 'annual', 12)).toBe(true);
  });

  it('frequency wins over the series’ own periods', () => {
    // monthly points reported quarterly: 6 months, not 2
    expect(isStale('2015-05-01', '2015-02-28', 'quarterly', 1)).toBe(false);
    expect(freshUntil('2015-02-28', 'quarterly', 1)).toBe('2015-08-31');
  });

  it('without frequency: two of the series’ own periods; single days two days', () => {
    expect(freshUntil('2015-02-28', undefined, 1)).toBe('2015-04-30');
    expect(freshUntil('2014-12-31', undefined, 3)).toBe('2015-06-30');
    expect(freshUntil('2015-03-31', undefined, 12)).toBe('2017-03-31');
    expect(freshUntil('2016-02-28', undefined, 0)).toBe('2016-03-01'); // 28 Feb + 2 days in a leap year
  });

  it('in the measure result', () => {
    const data = monthly(2014, 3, twelve); // latest 2015-02
    expect(evaluateMeasure(measure({ data, frequency: 'monthly' }), undefined, '2015-04-30').stale).toBe(false);
    expect(evaluateMeasure(measure({ data, frequency: 'monthly' }), undefined, '2015-05-01').stale).toBe(true);
    expect(evaluateMeasure(measure({ data }), undefined, '2015-05-01').stale).toBe(true);
    expect(evaluateMeasure(measure({ data, frequency: 'annual' }), undefined, '2015-05-01').stale).toBe(false);
    expect(evaluateMeasure(measure({ data: [] }), undefined, '2015-05-01').stale).toBe(false);
  });
});
