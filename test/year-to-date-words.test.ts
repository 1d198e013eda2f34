// The year to date in words, and where it is shown: the terminal scorecard, the report and the hover.
import { describe, expect, it } from 'vitest';
import { table } from '../cli/scorecard/table';
import { evaluateMeasure } from '../core/evaluate/index';
import { reportMarkdown } from '../core/report/markdown';
import { yearToDateLabel, yearToDateLine, yearToDateShown, yearToDateText } from '../core/present/index';
import type { PlanResult } from '../core/results';
import type { Measure } from '../core/types';
import { measureHover } from '../extension/adapter/text';

const ytd = { from: '2015-04-01', to: '2016-02-29', value: 11240, previous: 11900, z: -1.2, verdict: 'no-significant-change' as const };

describe('year to date in words', () => {
  it('names the months and the financial year, both figures, the move, and then the judgement', () => {
    // (11240 − 11900) / 11900 = −5.546%: down 5.5%; lower is better, so better, but not beyond normal variation
    expect(yearToDateText(ytd, 'lower')).toBe('April-February 2015/16: 11,240 against 11,900 in the same months a year earlier, down 5.5%: better, but within normal variation');
    // without a better direction there is no better or worse to say
    expect(yearToDateText(ytd)).toBe('April-February 2015/16: 11,240 against 11,900 in the same months a year earlier, down 5.5%: within normal variation');
  });

  it('April alone; a rise; no change; from none; significant and untested verdicts', () => {
    expect(yearToDateLabel({ from: '2015-04-01', to: '2015-04-30' })).toBe('April 2015/16');
    expect(yearToDateLabel({ from: '1999-04-01', to: '2000-03-31' })).toBe('April-March 1999/00');
    // (1210 − 1100) / 1100 = 10%, up where lower is better, and significant
    expect(yearToDateText({ ...ytd, value: 1210, previous: 1100, verdict: 'deteriorating' }, 'lower')).toBe('April-February 2015/16: 1,210 against 1,100 in the same months a year earlier, up 10.0%: worse, beyond normal variation');
    expect(yearToDateText({ ...ytd, value: 500, previous: 500, verdict: 'no-significant-change' }, 'lower')).toBe('April-February 2015/16: 500 against 500 in the same months a year earlier: no change');
    // 40 − 0 = 40: no percentage of nothing
    expect(yearToDateText({ ...ytd, value: 40, previous: 0, verdict: 'change-untested' }, 'lower')).toBe('April-February 2015/16: 40 against 0 in the same months a year earlier, up 40 from none: worse; not tested against normal variation');
    // a neutral measure: the move is said, and only whether it is beyond normal variation
    expect(yearToDateText({ ...ytd, verdict: 'decreasing' }, 'neutral')).toBe('April-February 2015/16: 11,240 against 11,900 in the same months a year earlier, down 5.5%: beyond normal variation');
    expect(yearToDateText(null)).toBe('');
  });

  it('is left out where a whole financial year repeats the direction of travel', () => {
    expect(yearToDateShown(ytd)).toBe(true);
    expect(yearToDateShown({ ...ytd, from: '2015-04-01', to: '2016-03-31' })).toBe(false);
    expect(yearToDateShown(null)).toBe(false);
    expect(yearToDateLine({ yearToDate: { ...ytd, to: '2016-03-31' }, better: 'lower' })).toBe('');
    expect(yearToDateLine({ yearToDate: ytd, better: 'lower' })).toMatch(/^Year to date, April-February 2015\/16: /);
  });
});

describe('year to date on show', () => {
  // March 2014 to February 2016: every month 1,000 then 1,020 (φ = 1)
  // year to date April 2015-February 2016: 11 × 1,020 = 11,220 against 11 × 1,000 = 11,000, up 2.0%
  const data = Array.from({ length: 24 }, (_, i) => {
    const index = 2014 * 12 + 2 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value: i < 12 ? 1000 : 1020 };
  });
  const measure: Measure = { id: 'O1.1', title: 'Victim-based crime', tier: 'high-level', type: 'count', better: 'lower', monitor: { reason: 'r' }, data };
  const result = evaluateMeasure(measure, undefined, '2016-03-31');
  // (11220 − 11000) / 11000 = 2.0% up where lower is better, within normal variation
  const words = 'April-February 2015/16: 11,220 against 11,000 in the same months a year earlier, up 2.0%: worse, but within normal variation';
  const plan: PlanResult = { id: 'p', title: 'P', file: 'p.plan.yaml', summary: { objectives: {}, measures: {} }, objectives: [{ id: 'O1', title: 'O', status: 'monitored', direction: null, measures: [result] }] };

  it('is evaluated as worked out', () => {
    // z = 220 / sqrt(22220) ≈ 1.476
    expect(result.yearToDate).toMatchObject({ value: 11220, previous: 11000, verdict: 'no-significant-change' });
    expect(result.yearToDate?.z).toBeCloseTo(220 / Math.sqrt(22220), 12);
  });

  it('on a line of its own under the measure in the terminal scorecard', () => {
    const lines = table({ asOf: '2016-03-31', plans: [plan], findings: [] }, { width: 200 }).split('\n');
    const at = lines.findIndex((l) => l.includes('O1.1'));
    // beneath the measure's title, which may run on over a second line
    const line = lines.slice(at + 1, at + 4).find((l) => l.trim().startsWith('Year to date'));
    expect(line?.trim()).toBe(`Year to date, ${words}`);
  });

  it('beside the direction of travel in the report, and as a row of the hover', () => {
    expect(reportMarkdown({ asOf: '2016-03-31', plans: [plan], findings: [] })).toContain(`. Year to date, ${words}`);
    expect(measureHover(result)).toContain(`| Year to date | ${words} |`);
  });
});
