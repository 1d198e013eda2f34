// The chart's datasets for SPC segments and special-cause points (pure configuration, no canvas).
import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { defaultTheme } from '../core/report/theme';
import type { DataPoint, Measure } from '../core/types';
import { chartConfig, dateValue } from '../view/chart';

function monthly(values: number[]): DataPoint[] {
  return values.map((value, i) => ({ period: `${2013 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value }));
}

// 2013 alternating 12, 10 (centre 11); 2014 20, 24, 22 repeated (centre 22), rebased at 2014-01
const values = [12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 20, 24, 22, 20, 24, 22, 20, 24, 22, 20, 24, 22];
const measure = (extra: Partial<Measure>): Measure => ({ id: 'S', title: 'S', tier: 'high-level', type: 'rate', better: 'higher', monitor: { reason: 'r' }, data: monthly(values), ...extra });
const datasets = (m: Measure) => chartConfig(evaluateMeasure(m, undefined, '2020-01-01'), { theme: defaultTheme }).data.datasets;

describe('chart of a rebased series', () => {
  it('draws each segment’s centre over its own points', () => {
    const centres = datasets(measure({ spc: { rebase: ['2014-01'] } })).filter((d) => d.borderColor === defaultTheme.centre);
    expect(centres.map((d) => d.data)).toEqual([
      [{ x: dateValue('2013-01-31'), y: 11 }, { x: dateValue('2013-12-31'), y: 11 }],
      [{ x: dateValue('2014-01-31'), y: 22 }, { x: dateValue('2014-12-31'), y: 22 }],
    ]);
    // one legend entry for the centre and one for the limits, however many segments
    expect(centres.map((d) => d.label)).toEqual(['Centre', '']);
  });

  it('colours special-cause points by their own direction; a neutral measure’s in its own colour', () => {
    // without the rebase, 2013 is a run below the centre 16.5 and 2014 a run above
    const higher = datasets(measure({}));
    expect(higher.find((d) => d.label === 'Special cause: improvement')?.data).toHaveLength(12);
    expect(higher.find((d) => d.label === 'Special cause: concern')?.data).toHaveLength(12);
    const neutral = datasets(measure({ better: 'neutral' }));
    const high = neutral.find((d) => d.label === 'Special cause: high');
    expect(high?.data).toHaveLength(12);
    expect(high?.borderColor).toBe(defaultTheme.neutral);
    expect(neutral.find((d) => d.label === 'Special cause: low')?.borderColor).toBe(defaultTheme.neutral);
    expect(neutral.some((d) => d.label === 'Special cause: improvement' || d.label === 'Special cause: concern')).toBe(false);
  });
});
