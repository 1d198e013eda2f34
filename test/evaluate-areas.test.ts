import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { pointsAsOf } from '../core/evaluate/points';
import type { DataPoint, Measure, Plan } from '../core/types';

/** Twelve months from April of `from` to March of the next year (2014-15 by default), one figure each, for an area (or the force). */
function year(value: number | ((i: number) => number), area?: string, from = 2014): DataPoint[] {
  return Array.from({ length: 12 }, (_, i) => {
    const index = from * 12 + 3 + i;
    const period = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    const v = typeof value === 'number' ? value : value(i);
    return area ? { period, value: v, area } : { period, value: v };
  });
}

const areas = [
  { id: 'north', name: 'North', population: 100_000 },
  { id: 'south', name: 'South', population: 300_000 },
];

function planWith(measure: Measure): Plan {
  return { plan: { id: 'p', title: 'P', area: 'Testshire', areas, period: { start: '2013-04-01', end: '2017-03-31' } }, objectives: [{ id: 'O1', title: 'O', measures: [measure] }] };
}

function count(data: DataPoint[], extra: Partial<Measure> = {}): Measure {
  return { id: 'M', title: 'Burglary', tier: 'high-level', type: 'count', better: 'lower', frequency: 'monthly', monitor: { reason: 'r' }, data, ...extra };
}

const asOf = '2015-04-30';

describe('areas of a count', () => {
  it('sums the areas into the force figure for each month that has none, and evaluates that series', () => {
    const m = count([...year(100, 'north'), ...year(200, 'south')]);
    // every month: 100 + 200 = 300; twelve months: 12 × 300 = 3,600
    const points = pointsAsOf(m, asOf, ['north', 'south']);
    expect(points.map((p) => p.value)).toEqual(Array(12).fill(300));
    const result = evaluateMeasure(m, planWith(m), asOf);
    expect(result.current).toEqual({ value: 3600, at: '2015-03-31' });
    expect(result.series).toHaveLength(12);
    expect(result.stale).toBe(false);
  });

  it('keeps the force figure where one is written, summing only the months without', () => {
    const m = count([...year(100, 'north'), ...year(200, 'south'), { period: '2015-03', value: 290 }]);
    // eleven summed months of 300 and March as written, 290: 11 × 300 + 290 = 3,590
    expect(evaluateMeasure(m, planWith(m), asOf).current).toEqual({ value: 3590, at: '2015-03-31' });
  });

  it('leaves a month out of the force series when an area has no figure for it', () => {
    const m = count([...year(100, 'north'), ...year(200, 'south').slice(0, 11)]);
    // March 2015 has North's figure only: no force figure, so eleven months and no twelve-month total
    expect(pointsAsOf(m, asOf, ['north', 'south'])).toHaveLength(11);
    const result = evaluateMeasure(m, planWith(m), asOf);
    expect(result.current).toBeNull();
    // and South, with eleven months, has no current value of its own
    expect(result.areas?.find((a) => a.id === 'south')?.current).toBeNull();
  });

  it('gives each area its current value, rate per 1,000, position and rank', () => {
    const m = count([...year(100, 'north'), ...year(200, 'south')]);
    const result = evaluateMeasure(m, planWith(m), asOf);
    // North 12 × 100 = 1,200 in 100,000: 12 per 1,000. South 12 × 200 = 2,400 in 300,000: 8 per 1,000.
    // Group: 3,600 / 400,000 × 1,000 = 9 per 1,000.
    expect(result.areasGroup).toBeCloseTo(9, 10);
    // North, N = 100,000: sqrt(1000 × 9 / 100,000) = 0.3; 99.8% upper 9 + 3.09 × 0.3 = 9.927 < 12
    // South, N = 300,000: sqrt(1000 × 9 / 300,000) = 0.173205; 99.8% lower 9 − 3.09 × 0.173205 = 8.4648 > 8
    // lower is better: South (8) first, North (12) second
    const [north, south] = result.areas ?? [];
    expect(north).toMatchObject({ id: 'north', current: { value: 1200, at: '2015-03-31' }, position: 'above-99.8', rank: 2 });
    expect(north.rate).toBeCloseTo(12, 10);
    expect(south).toMatchObject({ id: 'south', current: { value: 2400, at: '2015-03-31' }, position: 'below-99.8', rank: 1 });
    expect(south.rate).toBeCloseTo(8, 10);
  });

  it('judges each area by the same direction of travel and SPC as the force', () => {
    // two years of North; South flat. North: 2013-14 100 a month (1,200), 2014-15 130 a month (1,560)
    const m = count([...year(100, 'north', 2013), ...year(130, 'north'), ...year(200, 'south')]);
    const north = evaluateMeasure(m, planWith(m), asOf).areas?.[0];
    // x1 = 1,200, x2 = 1,560: the change is 360 and both years are complete
    expect(north?.direction).toMatchObject({ previous: 1200, difference: 360 });
    expect(north?.direction?.verdict).toBe('deteriorating');
    // 24 points: the SPC chart is drawn
    expect(north?.spc).not.toBeNull();
    // South has twelve flat months and no earlier year: no direction
    expect(evaluateMeasure(m, planWith(m), asOf).areas?.[1].direction).toBeNull();
  });

  it('has no areas when the plan declares none or the measure has no area figures', () => {
    const m = count(year(300));
    expect(evaluateMeasure(m, planWith(m), asOf).areas).toBeNull();
    const noAreas: Plan = { ...planWith(m), plan: { ...planWith(m).plan, areas: undefined } };
    const withArea = count([...year(300), ...year(100, 'north')]);
    expect(evaluateMeasure(withArea, noAreas, asOf).areas).toBeNull();
  });
});

describe('areas of a survey proportion', () => {
  function survey(points: DataPoint[]): Measure {
    return { id: 'S', title: 'Confidence', tier: 'high-level', type: 'proportion', better: 'higher', monitor: { reason: 'r' }, data: points };
  }

  it('pools the areas by their samples and places each against its own funnel', () => {
    const m = survey([
      { period: '2014-Q4', value: 76, sample: 1000 },
      { period: '2014-Q4', value: 80, sample: 200, area: 'north' },
      { period: '2014-Q4', value: 70, sample: 300, area: 'south' },
    ]);
    const result = evaluateMeasure(m, planWith(m), asOf);
    // the force's own figure is its own point, not pooled from the areas
    expect(result.current).toEqual({ value: 76, at: '2014-12-31' });
    // pooled: (80 × 200 + 70 × 300) / 500 = 74%
    expect(result.areasGroup).toBeCloseTo(74, 10);
    // n = 200: 95% limits 74 ± 1.96 × sqrt(74 × 26 / 200) = 74 ± 6.0792: 80 is within
    // n = 300: 95% limits 74 ± 1.96 × sqrt(74 × 26 / 300) = 74 ± 4.9636: 70 is within
    // higher is better: North (80) first, South (70) second; a proportion has no rate
    expect(result.areas).toMatchObject([
      { id: 'north', current: { value: 80, at: '2014-12-31' }, rate: null, position: 'within', rank: 1 },
      { id: 'south', current: { value: 70, at: '2014-12-31' }, rate: null, position: 'within', rank: 2 },
    ]);
  });

  it('ranks proportions without a sample but does not test them', () => {
    const m = survey([
      { period: '2014-Q4', value: 80, area: 'north' },
      { period: '2014-Q4', value: 70, area: 'south' },
    ]);
    const result = evaluateMeasure(m, planWith(m), asOf);
    expect(result.areasGroup).toBeNull();
    expect(result.areas?.map((a) => [a.position, a.rank])).toEqual([[null, 1], [null, 2]]);
  });
});
