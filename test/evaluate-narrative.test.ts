// The narrative the evaluation carries beside the figures: the owner's commentary as of the date,
// and why a measure is monitored without a target.
import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { commentaryAsOf } from '../core/evaluate/qualitative';
import type { Measure } from '../core/types';

const measure = (over: Record<string, unknown>) =>
  ({ id: 'O1.1', title: 'Victim-based crime', tier: 'high-level', type: 'count', better: 'lower', ...over }) as unknown as Measure;

describe('commentary as of a date', () => {
  it('keeps comments dated on or before the date, oldest first, written order within a day; drops bad ones', () => {
    const comments = [
      { date: '2015-03-31', text: 'on the day' },
      { date: '2014-01-10', text: 'first' },
      { date: '2015-04-01', text: 'a day late' },
      { date: '2015-03-31', text: 'same day, written second' },
      { date: '2015-02-30', text: 'not a date' },
      { date: '2015-01-01', text: 42 },
      null,
    ];
    expect(commentaryAsOf(comments as never, '2015-03-31')).toEqual([
      { date: '2014-01-10', text: 'first' },
      { date: '2015-03-31', text: 'on the day' },
      { date: '2015-03-31', text: 'same day, written second' },
    ]);
    expect(commentaryAsOf(undefined, '2015-03-31')).toEqual([]);
  });

  it('comes with every measure result, and the monitor reason with monitored ones', () => {
    const monitored = evaluateMeasure(
      measure({ monitor: { reason: 'Targets would discourage reporting' }, commentary: [{ date: '2016-01-05', text: 'Later' }], data: [{ period: '2014-04', value: 3 }] }),
      undefined,
      '2015-03-31',
    );
    expect(monitored.status).toBe('monitored');
    expect(monitored.monitorReason).toBe('Targets would discourage reporting');
    expect(monitored.commentary).toEqual([]);
    const targeted = evaluateMeasure(measure({ target: { value: 1, by: '2017-03-31' }, baseline: { period: 'FY2012-13', value: 2 }, monitor: { reason: '  ' } }), undefined, '2015-03-31');
    expect(targeted.monitorReason).toBeNull();
    const qualitative = evaluateMeasure(measure({ type: 'qualitative', better: undefined, commentary: [{ date: '2015-02-01', text: 'Case studies due' }] }), undefined, '2015-03-31');
    expect(qualitative.commentary).toEqual([{ date: '2015-02-01', text: 'Case studies due' }]);
  });
});
