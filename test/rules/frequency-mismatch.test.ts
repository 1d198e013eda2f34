import { describe, expect, it } from 'vitest';
import { frequencyMismatch } from '../../core/rules/frequency-mismatch';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { checkWithCsv, list, months } from './data-helpers';

const rule = 'frequency-mismatch';
const planWith = (...measures: string[]) => plan([objective('O1', [...measures, qualitative('O1.9')])]);

describe('frequency-mismatch', () => {
  it('is an error by default', () => {
    expect(frequencyMismatch.id).toBe(rule);
    expect(frequencyMismatch.defaultSeverity).toBe('error');
  });

  it('reports a financial-year total in a monthly series on that point, saying what to write', () => {
    const text = planWith(measure('O1.1', { frequency: 'monthly', data: list([...months('2014-02', [3650, 3712]), '{period: FY2013-14, value: 43500}']) }));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'data', 2]);
    const start = positionOf(text, '{period: FY2013-14, value: 43500}');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + '{period: FY2013-14, value: 43500}'.length } });
    expect(found[0].message).toBe(
      'Measure O1.1 is reported monthly, but FY2013-14 is a financial year, so it is left out of the evaluation: ' +
        'write this series\' figures for months such as 2014-03, remove this point, or change "frequency" if the measure is now reported another way',
    );
  });

  it('reports months in a quarterly series and quarters in an annual one, whatever their date', () => {
    const quarterly = measure('O1.1', { frequency: 'quarterly', data: list(['{period: 2014-Q1, value: 10}', '{period: 2014-04, value: 3}', '{period: 2016-05, value: 4}']) });
    const annual = measure('O1.2', { frequency: 'annual', data: list(['{period: FY2013-14, value: 40}', '{period: 2014, value: 41}', '{period: 2014-Q2, value: 10}']) });
    const found = findings(planWith(quarterly, annual), rule);
    expect(found.map((f) => f.path)).toEqual([
      ['objectives', 0, 'measures', 0, 'data', 1],
      ['objectives', 0, 'measures', 0, 'data', 2], // 2016-05 is after the as-of date 2015-03-31, and still wrong
      ['objectives', 0, 'measures', 1, 'data', 2],
    ]);
    expect(found[0].message).toContain('is reported quarterly, but 2014-04 is a month');
    expect(found[0].message).toContain('quarters such as 2014-Q2');
    expect(found[2].message).toContain('is reported annually'.replace('annually', 'annual'));
    expect(found[2].message).toContain('years such as 2014 or FY2013-14');
  });

  it('does not fire for periods of the frequency, year-ending periods or single days, in any series', () => {
    const monthly = measure('O1.1', { frequency: 'monthly', data: list([...months('2014-01', [1, 2]), '{period: YE2014-02, value: 20}', '{period: 2014-02-28, value: 5}']) });
    const annual = measure('O1.2', { frequency: 'annual', data: list(['{period: 2013, value: 1}', '{period: FY2013-14, value: 2}']) });
    const quarterly = measure('O1.3', { frequency: 'quarterly', data: list(['{period: 2014-Q1, value: 1}', '{period: 2014-Q2, value: 2}']) });
    expect(findings(planWith(monthly, annual, quarterly), rule)).toEqual([]);
  });

  it('without frequency, lets the earliest figure on or before the as-of date decide', () => {
    // the earliest point (by the day its period ends) is 2014-11, a month: the quarter and the
    // financial year are left out, and a month after the as-of date is kept
    const text = planWith(
      measure('O1.1', {
        frequency: null,
        data: list(['{period: 2015-01, value: 1}', '{period: 2014-Q4, value: 9}', '{period: 2014-11, value: 2}', '{period: FY2014-15, value: 40}', '{period: 2015-06, value: 3}']),
      }),
    );
    const found = findings(text, rule);
    expect(found.map((f) => f.path.at(-1))).toEqual([1, 3]);
    expect(found[0].message).toBe(
      'Measure O1.1 has no "frequency" and its earliest figure is a month (2014-11), but 2014-Q4 is a quarter, so it is left out of the evaluation: ' +
        'write this series\' figures for months such as 2014-12, remove this point, or add "frequency" to say how the measure is reported',
    );
    expect(found[1].message).toContain('but FY2014-15 is a financial year');
  });

  it('without frequency, a series that begins with a year-ending period takes year-ending periods only', () => {
    const text = planWith(measure('O1.1', { frequency: null, data: list(['{period: YE2014-03, value: 70}', '{period: YE2015-03, value: 72}', '{period: 2015-03, value: 6}']) }));
    const found = findings(text, rule);
    expect(found.map((f) => f.path.at(-1))).toEqual([2]);
    expect(found[0].message).toContain('its earliest figure is a year-ending period (YE2014-03), but 2015-03 is a month');
    expect(found[0].message).toContain('year-ending periods such as YE2015-03');
  });

  it('reports a point in a CSV file on its CSV line', () => {
    const text = planWith(measure('O1.1', { frequency: 'monthly', data: 'data/crime.csv' }));
    const csv = 'period,value\n2014-02,3650\n2014-03,3712\nFY2013-14,43500\n';
    const found = checkWithCsv(text, { 'data/crime.csv': csv }).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('plans/data/crime.csv');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'data']);
    expect(found[0].range).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 16 } });
    expect(found[0].message).toMatch(/^Measure O1\.1 is reported monthly, but FY2013-14 is a financial year, so it is left out of the evaluation/);
  });
});
