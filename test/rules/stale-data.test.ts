import { describe, expect, it } from 'vitest';
import { staleData } from '../../core/rules/stale-data';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { checkWithCsv, list, months } from './data-helpers';

// Everything is checked as of 2015-03-31 (helpers.asOf).
const rule = 'stale-data';
const fresh = qualitative('O1.9', { evidence: '[{date: 2015-03-01, summary: Inspection found good practice, assessment: on-track}]' });
const planWith = (...measures: string[]) => plan([objective('O1', [...measures, fresh])]);
const monthly = (id: string, data: string, fields: Record<string, string | null> = {}) => measure(id, { frequency: 'monthly', data, ...fields });

describe('stale-data', () => {
  it('is a warning by default', () => {
    expect(staleData.id).toBe(rule);
    expect(staleData.defaultSeverity).toBe('warning');
  });

  it('reports monthly figures more than two months old, on the measure, with what to add', () => {
    const text = planWith(monthly('O1.1', list(months('2014-05', [3650, 3712]))));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0]);
    const start = positionOf(text, 'id: O1.1');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + 'id: O1.1'.length } });
    expect(found[0].message).toBe(
      'Measure O1.1\'s latest figure is for 2014-06 (to 2014-06-30); with monthly reporting it went out of date after 2014-08-31: add the figures after 2014-06, or correct "frequency" if figures come less often',
    );
  });

  it('follows the two-period boundary exactly (month ends kept)', () => {
    // 2015-01 ends 2015-01-31; + 2 months = 2015-03-31, which is not later than the as-of date.
    expect(findings(planWith(monthly('O1.1', list(months('2014-12', [1, 2])))), rule)).toEqual([]);
    // 2014-12 ends 2014-12-31; + 2 months = 2015-02-28.
    expect(findings(planWith(monthly('O1.1', list(months('2014-11', [1, 2])))), rule)).toHaveLength(1);
    // quarterly: 2014-Q3 ends 2014-09-30; + 6 months = 2015-03-31: fresh. 2014-Q2 + 6 months = 2014-12-31: stale.
    expect(findings(planWith(measure('O1.1', { frequency: 'quarterly', data: '[{period: 2014-Q3, value: 1}]' })), rule)).toEqual([]);
    expect(findings(planWith(measure('O1.1', { frequency: 'quarterly', data: '[{period: 2014-Q2, value: 1}]' })), rule)).toHaveLength(1);
  });

  it('without a frequency, counts two of the series\' own periods', () => {
    const found = findings(planWith(monthly('O1.1', '[{period: 2014-12, value: 1}]', { frequency: null })), rule);
    expect(found.map((f) => f.message)).toEqual([
      'Measure O1.1\'s latest figure is for 2014-12 (to 2014-12-31); with reporting at the pace of its own periods it went out of date after 2015-02-28: add the figures after 2014-12, or correct "frequency" if figures come less often',
    ]);
  });

  it('ignores figures after the as-of date and measures with no figures', () => {
    expect(findings(planWith(monthly('O1.1', list(months('2015-02', [1, 2, 3, 4])))), rule)).toEqual([]);
    expect(findings(planWith(monthly('O1.1', list(months('2014-01', [1, 2])) + '\n          - {period: 2015-06, value: 3}')), rule)).toHaveLength(1);
    expect(findings(planWith(measure('O1.1')), rule)).toEqual([]);
  });

  it('counts qualitative measures from the latest evidence date', () => {
    const text = planWith(measure('O1.1'), qualitative('O1.2', { evidence: '[{date: 2014-03-31, summary: Case study, assessment: on-track}]' }));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 1]);
    expect(found[0].range.start).toEqual(positionOf(text, 'id: O1.2'));
    expect(found[0].message).toBe(
      'Measure O1.2\'s latest evidence is dated 2014-03-31; with quarterly reporting it went out of date after 2014-09-30: add an "evidence" entry {date, summary, assessment} for the latest quarter (a case study, inspection finding or Panel observation)',
    );
  });

  it('names the CSV file to add figures to', () => {
    const text = planWith(monthly('O1.1', 'data/crime.csv'));
    const found = checkWithCsv(text, { 'data/crime.csv': 'period,value\n2014-05,3650\n2014-06,3712\n' }).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('plans/test.plan.yaml');
    expect(found[0].message).toContain('add the figures after 2014-06 to data/crime.csv');
  });
});
