import { describe, expect, it } from 'vitest';
import { duplicatePeriod } from '../../core/rules/duplicate-period';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { checkWithCsv, list } from './data-helpers';

const rule = 'duplicate-period';
const planWith = (...measures: string[]) => plan([objective('O1', [...measures, qualitative('O1.9')])]);
const monthly = (id: string, data: string) => measure(id, { frequency: 'monthly', data });

describe('duplicate-period', () => {
  it('is an error by default', () => {
    expect(duplicatePeriod.id).toBe(rule);
    expect(duplicatePeriod.defaultSeverity).toBe('error');
  });

  it('reports the second point for a period, on that point, saying where the first is', () => {
    const text = planWith(monthly('O1.1', list(['{period: 2014-04, value: 3650}', '{period: 2014-05, value: 3712}', '{period: 2014-05, value: 3720}  # revised'])));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'data', 2]);
    const start = positionOf(text, '{period: 2014-05, value: 3720}');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + '{period: 2014-05, value: 3720}'.length } });
    const firstLine = positionOf(text, '{period: 2014-05, value: 3712}').line;
    expect(found[0].message).toBe(
      `Measure O1.1 has a second figure for 2014-05 (the first is at line ${firstLine}): keep the correct figure and delete the other, or correct this one's period`,
    );
  });

  it('reports every repeat, and treats a year read as a number like the same year in quotes', () => {
    const text = planWith(measure('O1.1', { data: '[{period: 2013, value: 1}, {period: "2013", value: 2}, {period: 2013, value: 3}]' }));
    expect(findings(text, rule).map((f) => f.path)).toEqual([
      ['objectives', 0, 'measures', 0, 'data', 1],
      ['objectives', 0, 'measures', 0, 'data', 2],
    ]);
  });

  it('does not fire for distinct periods, overlapping periods of different lengths, or the same period in two measures', () => {
    expect(findings(planWith(monthly('O1.1', list(['{period: 2014-04, value: 1}', '{period: 2014-05, value: 2}']))), rule)).toEqual([]);
    expect(findings(planWith(measure('O1.1', { data: '[{period: 2014-06, value: 1}, {period: 2014-Q2, value: 3}, {period: 2014-06-30, value: 4}]' })), rule)).toEqual([]);
    const twice = '[{period: 2014-05, value: 2}]';
    expect(findings(planWith(monthly('O1.1', twice), monthly('O1.2', twice)), rule)).toEqual([]);
  });

  it('reports a duplicate in a CSV file on its CSV line', () => {
    const text = planWith(monthly('O1.1', 'data/crime.csv'));
    const csv = 'period,value\n2014-04,3650\n2014-05,3712\n2014-05,3720\n';
    const found = checkWithCsv(text, { 'data/crime.csv': csv }).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('plans/data/crime.csv');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'data']);
    expect(found[0].range).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 13 } });
    expect(found[0].message).toBe(
      "Measure O1.1 has a second figure for 2014-05 (the first is at line 3 of data/crime.csv): keep the correct figure and delete the other, or correct this one's period",
    );
  });
});
