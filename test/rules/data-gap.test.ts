import { describe, expect, it } from 'vitest';
import { dataGap } from '../../core/rules/data-gap';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { checkWithCsv, list, months } from './data-helpers';

const rule = 'data-gap';
const planWith = (...measures: string[]) => plan([objective('O1', [...measures, qualitative('O1.9')])]);
const monthly = (id: string, data: string) => measure(id, { frequency: 'monthly', data });

describe('data-gap', () => {
  it('is a warning by default', () => {
    expect(dataGap.id).toBe(rule);
    expect(dataGap.defaultSeverity).toBe('warning');
  });

  it('names the missing months, on the first point after the gap', () => {
    const text = planWith(monthly('O1.1', list(['{period: 2014-01, value: 3600}', '{period: 2014-02, value: 3650}  # audited', '{period: 2014-05, value: 3712}'])));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'data', 2]);
    const start = positionOf(text, '{period: 2014-05');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + '{period: 2014-05, value: 3712}'.length } });
    expect(found[0].message).toBe(
      `Measure O1.1 has no figure for 2014-03 and 2014-04, between 2014-02 and 2014-05: add the 2 months from the force's records (with a "note" where a figure is provisional or estimated)`,
    );
  });

  it('finds gaps in unsorted series, in quarters, and gives long gaps as a range', () => {
    const unsorted = planWith(monthly('O1.1', '[{period: 2014-04, value: 1}, {period: 2014-01, value: 1}, {period: 2014-02, value: 1}]'));
    expect(findings(unsorted, rule).map((f) => f.message)).toEqual([
      `Measure O1.1 has no figure for 2014-03, between 2014-02 and 2014-04: add the month from the force's records (with a "note" where a figure is provisional or estimated)`,
    ]);
    const quarters = planWith(measure('O1.1', { frequency: 'quarterly', data: '[{period: 2013-Q4, value: 1}, {period: 2014-Q2, value: 1}]' }));
    expect(findings(quarters, rule)[0].message).toMatch(/^Measure O1\.1 has no figure for 2014-Q1, between 2013-Q4 and 2014-Q2: add the quarter /);
    const long = planWith(monthly('O1.1', '[{period: 2013-05, value: 1}, {period: 2014-02, value: 1}]'));
    expect(findings(long, rule)[0].message).toMatch(/^Measure O1\.1 has no figure for 2013-06 to 2014-01 \(8 months\), between 2013-05 and 2014-02: add the 8 months /);
  });

  it('does not fire for complete series, annual series, or a change from months to quarters', () => {
    expect(findings(planWith(monthly('O1.1', list(months('2013-11', [1, 2, 3, 4, 5])))), rule)).toEqual([]);
    expect(findings(planWith(measure('O1.1', { data: '[{period: 2011, value: 1}, {period: 2014, value: 1}]' })), rule)).toEqual([]);
    expect(findings(planWith(measure('O1.1', { data: '[{period: FY2011-12, value: 1}, {period: FY2013-14, value: 1}]' })), rule)).toEqual([]);
    expect(findings(planWith(monthly('O1.1', list([...months('2013-10', [1, 2, 3]), '{period: 2014-Q1, value: 6}', '{period: 2014-Q2, value: 6}']))), rule)).toEqual([]);
  });

  it('reports a gap in a CSV file on the CSV line after it', () => {
    const text = planWith(monthly('O1.1', 'data/crime.csv'));
    const csv = 'period,value\n2014-01,3600\n2014-02,3650\n2014-04,3712\n';
    const found = checkWithCsv(text, { 'data/crime.csv': csv }).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('plans/data/crime.csv');
    expect(found[0].range.start).toEqual({ line: 4, column: 1 });
    expect(found[0].message).toMatch(/^Measure O1\.1 has no figure for 2014-03, between 2014-02 and 2014-04/);
  });
});
