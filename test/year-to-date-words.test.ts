// The year to date in words, and where it is shown: the terminal scorecard, the report and the hover.
import { describe, expect, it } from 'vitest';
import { table } from '../cli/scorecard/table';
import { evaluateMeasure } from '../core/evaluate/index';
import { reportMarkdown } from '../core/report/markdown';
import { yearToDateLabel, yearToDateText } from '../core/report/year-to-date';
import type { PlanResult } from '../core/results';
import type { Measure } from '../core/types';
import { measureHover } from '../extension/adapter/text';

const ytd = { from: '2015-04-01', to: '2016-02-29', value: 11240, previous: 11900, z: -1.2, verdict: 'no-significant-change' as const };

describe('year to date in words', () => {
  it('names the months and the financial year, both figures, the change and the verdict', () => {
    // (11240 − 11900) / 11900 = −5.546%: down 5.5%
    expect(yearToDateText(ytd)).toBe('April-February 2015/16: 11,240 vs 11,900, down 5.5%, not significant');
  });

  it('April alone; a rise; no change; from none; significant and untested verdicts', () => {
    expect(yearToDateLabel({ from: '2015-04-01', to: '2015-04-30' })).toBe('April 2015/16');
    expect(yearToDateLabel({ from: '1999-04-01', to: '2000-03-31' })).toBe('April-March 1999/00');
    // (1210 − 1100) / 1100 = 10%
    expect(yearToDateText({ ...ytd, value: 1210, previous: 1100, verdict: 'deteriorating' })).toBe('April-February 2015/16: 1,210 vs 1,100, up 10.0%, a significant deterioration');
    expect(yearToDateText({ ...ytd, value: 500, previous: 500, verdict: 'no-significant-change' })).toBe('April-February 2015/16: 500 vs 500, no change, not significant');
    expect(yearToDateText({ ...ytd, value: 40, previous: 0, verdict: 'change-untested' })).toBe('April-February 2015/16: 40 vs 0, up 40 from none, not tested');
    expect(yearToDateText({ ...ytd, verdict: 'decreasing' })).toContain('a significant decrease');
    expect(yearToDateText(null)).toBe('');
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
  const words = 'April-February 2015/16: 11,220 vs 11,000, up 2.0%, not significant';
  const plan: PlanResult = { id: 'p', title: 'P', file: 'p.plan.yaml', summary: { objectives: {}, measures: {} }, objectives: [{ id: 'O1', title: 'O', status: 'monitored', direction: null, measures: [result] }] };

  it('is evaluated as worked out', () => {
    // z = 220 / sqrt(22220) ≈ 1.476
    expect(result.yearToDate).toMatchObject({ value: 11220, previous: 11000, verdict: 'no-significant-change' });
    expect(result.yearToDate?.z).toBeCloseTo(220 / Math.sqrt(22220), 12);
  });

  it('on a line of its own under the measure in the terminal scorecard', () => {
    const lines = table({ asOf: '2016-03-31', plans: [plan], findings: [] }).split('\n');
    const at = lines.findIndex((l) => l.includes('O1.1'));
    expect(lines[at + 1].trim()).toBe(`year to date, ${words}`);
  });

  it('beside the direction of travel in the report, and as a row of the hover', () => {
    expect(reportMarkdown({ asOf: '2016-03-31', plans: [plan], findings: [] })).toContain(`; year to date, ${words}`);
    expect(measureHover(result)).toContain(`| Year to date | ${words} |`);
  });
});
