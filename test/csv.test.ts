// Figures kept in a CSV beside the plan: every bad cell is a problem on its line and column that
// says what to write, and only good rows become points.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';

const read = (body: string, header = 'period,value,sample,of,note') => {
  const r = parseCsv(`${header}\n${body}`);
  // where each value sits is checked once below; the rest of the tests look at the figures
  return { ...r, points: r.points.map(({ csvValue: _at, ...p }) => p) };
};
const where = (r: { problems: ReturnType<typeof parseCsv>['problems'] }) => r.problems.map((p) => [p.line, p.column, p.message]);

describe('CSV data files', () => {
  it('reads good rows: periods of every kind, numbers with thousands commas in quotes, notes with commas in quotes', () => {
    const r = read('2014-06,3650,,,\n2014-Q2,61.5,1200,,\n2014,"36,500",,,"Audit, then recount"\nFY2014-15,12,,400,\n2016-02-29,5,,,');
    expect(r.problems).toEqual([]);
    expect(r.points).toEqual([
      { csvLine: 2, period: '2014-06', value: 3650 },
      { csvLine: 3, period: '2014-Q2', value: 61.5, sample: 1200 },
      { csvLine: 4, period: '2014', value: 36500, note: 'Audit, then recount' },
      { csvLine: 5, period: 'FY2014-15', value: 12, of: 400 },
      { csvLine: 6, period: '2016-02-29', value: 5 },
    ]);
  });

  it('remembers where each value sits on its line, for findings about the figure', () => {
    const r = parseCsv('period,value,note\n2014-06,3650,\n2014-07,"36,500",x\n');
    expect(r.points.map((p) => p.csvValue)).toEqual([{ column: 9, length: 4 }, { column: 9, length: 6 }]);
  });

  it('an impossible period is a problem on its cell, and the row is left out', () => {
    const r = read('2014-13,50\n2015-02-29,4\nFY2014-16,4\n2014-Q5,3\nFeb 2015,2\n2014-02,5', 'period,value');
    const message = (p: string) => `"${p}" is not a period: write a month as yyyy-mm, a quarter as yyyy-Q1 to Q4, a year as yyyy, a financial year as FY2014-15 or a day as yyyy-mm-dd`;
    expect(where(r)).toEqual([
      [2, 1, message('2014-13')],
      [3, 1, message('2015-02-29')],
      [4, 1, message('FY2014-16')],
      [5, 1, message('2014-Q5')],
      [6, 1, message('Feb 2015')],
    ]);
    expect(r.points).toEqual([{ csvLine: 7, period: '2014-02', value: 5 }]);
  });

  it('a sample or "of" that is not a whole number of 1 or more is a problem on its cell', () => {
    const r = read('2014-05,50,0\n2014-06,50,1.5\n2014-07,50,,-3\n2014-08,50,1200,400');
    expect(where(r)).toEqual([
      [2, 12, '"0" is not a number of respondents: write the sample as a whole number of 1 or more, e.g. 1200'],
      [3, 12, '"1.5" is not a number of respondents: write the sample as a whole number of 1 or more, e.g. 1200'],
      [4, 13, '"-3" is not a total to take a proportion of: write "of" as a whole number of 1 or more, e.g. 400'],
    ]);
    expect(r.points.map((p) => p.period)).toEqual(['2014-08']);
  });

  it('a value that is not a number is one problem, on the value; a missing value is one problem, on the line', () => {
    const r = read('2014-11,20x22\n2014-12,', 'period,value');
    expect(where(r)).toEqual([
      [2, 9, '"20x22" is not a number: write the value as digits, e.g. 3650'],
      [3, 1, 'This line needs both a period and a value, e.g. "2014-06,3650"'],
    ]);
    expect(r.points).toEqual([]);
  });

  it('cells beyond the header are a problem on the first extra cell (an unquoted comma in a note)', () => {
    const r = read('2014-02,5,Audit,then recount\n2014-03,6,,', 'period,value,note');
    expect(where(r)).toEqual([[2, 17, 'This line has more cells than the header has columns (3): write figures without thousands commas (3650, or "3,650" in quotes), and put a note that contains a comma in double quotes, e.g. "Audit, then recount"']]);
    expect(r.points).toEqual([{ csvLine: 3, period: '2014-03', value: 6 }]);
  });
});
