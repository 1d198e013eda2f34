import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  comparePeriods,
  compareDates,
  dateFromDayNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  fitsFrequency,
  isLeapYear,
  isValidDate,
  nextPeriod,
  parsePeriod,
  periodEnd,
  periodStart,
  previousPeriod,
  shiftEnd,
  shiftPeriod,
  ukDate,
} from '../core/periods';

describe('parsePeriod', () => {
  it('reads a month', () => {
    expect(parsePeriod('2014-06')).toEqual({ text: '2014-06', kind: 'month', start: '2014-06-01', end: '2014-06-30', months: 1 });
    expect(parsePeriod('2014-12')?.end).toBe('2014-12-31');
    expect(parsePeriod('2014-01')?.end).toBe('2014-01-31');
  });

  it('ends February on the 28th, or the 29th in a leap year', () => {
    expect(parsePeriod('2015-02')?.end).toBe('2015-02-28');
    expect(parsePeriod('2016-02')?.end).toBe('2016-02-29');
    expect(parsePeriod('1900-02')?.end).toBe('1900-02-28'); // divisible by 100, not by 400
    expect(parsePeriod('2000-02')?.end).toBe('2000-02-29'); // divisible by 400
  });

  it('reads calendar quarters', () => {
    expect(parsePeriod('2014-Q1')).toEqual({ text: '2014-Q1', kind: 'quarter', start: '2014-01-01', end: '2014-03-31', months: 3 });
    expect(parsePeriod('2014-Q2')).toMatchObject({ start: '2014-04-01', end: '2014-06-30' });
    expect(parsePeriod('2014-Q3')).toMatchObject({ start: '2014-07-01', end: '2014-09-30' });
    expect(parsePeriod('2014-Q4')).toMatchObject({ start: '2014-10-01', end: '2014-12-31' });
  });

  it('reads a calendar year, written as text or read by YAML as a number', () => {
    const expected = { text: '2014', kind: 'year', start: '2014-01-01', end: '2014-12-31', months: 12 };
    expect(parsePeriod('2014')).toEqual(expected);
    expect(parsePeriod(2014)).toEqual(expected);
  });

  it('reads a UK financial year: 1 April to 31 March', () => {
    expect(parsePeriod('FY2014-15')).toEqual({ text: 'FY2014-15', kind: 'financial-year', start: '2014-04-01', end: '2015-03-31', months: 12 });
    expect(parsePeriod('FY1999-00')).toMatchObject({ start: '1999-04-01', end: '2000-03-31' });
    expect(parsePeriod('FY2015-16')?.end).toBe('2016-03-31');
  });

  it('reads a single day', () => {
    expect(parsePeriod('2014-06-30')).toEqual({ text: '2014-06-30', kind: 'day', start: '2014-06-30', end: '2014-06-30', months: 0 });
    expect(parsePeriod('2016-02-29')?.end).toBe('2016-02-29');
  });

  it('rejects impossible periods', () => {
    for (const bad of ['2014-13', '2014-00', '2014-Q0', '2014-Q5', 'FY2014-16', 'FY2014-14', 'FY1999-01', '2015-02-29', '1900-02-29', '2014-04-31', '2014-06-00', '2014-6', '14', '2014.5', '', 'FY2014', '2014-q2', 'Q2-2014']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
    expect(parsePeriod(2014.5)).toBeNull();
    expect(parsePeriod(-2014)).toBeNull();
    expect(parsePeriod(null)).toBeNull();
    expect(parsePeriod(undefined)).toBeNull();
    expect(parsePeriod({})).toBeNull();
  });

  it('trims surrounding spaces', () => {
    expect(parsePeriod(' 2014-06 ')?.text).toBe('2014-06');
  });

  it('gives the start and end alone', () => {
    expect(periodEnd('FY2012-13')).toBe('2013-03-31');
    expect(periodStart('FY2012-13')).toBe('2012-04-01');
    expect(periodEnd('2014-13')).toBeNull();
    expect(periodStart(2014)).toBe('2014-01-01');
  });
});

describe('dates', () => {
  it('knows leap years and month lengths', () => {
    expect([2012, 2014, 2016, 1900, 2000, 2100].map(isLeapYear)).toEqual([true, false, true, false, true, false]);
    expect(daysInMonth(2015, 2)).toBe(28);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2014, 4)).toBe(30);
    expect(daysInMonth(2014, 12)).toBe(31);
  });

  it('validates dates', () => {
    expect(isValidDate('2015-03-31')).toBe(true);
    expect(isValidDate('2016-02-29')).toBe(true);
    expect(isValidDate('2015-02-29')).toBe(false);
    expect(isValidDate('2014-13-01')).toBe(false);
    expect(isValidDate('2014-04-31')).toBe(false);
    expect(isValidDate('2014-4-30')).toBe(false);
    expect(isValidDate(20140430)).toBe(false);
  });

  it('counts days between dates, leap days included', () => {
    // 2013-03-31 → 2017-03-31: four years, one of which (to 2016-03-31) contains 29 Feb 2016.
    expect(daysBetween('2013-03-31', '2017-03-31')).toBe(365 * 4 + 1);
    expect(daysBetween('2013-03-31', '2015-02-28')).toBe(365 + 334); // to 2014-03-31, then Apr..Feb = 30+31+30+31+31+30+31+30+31+31+28
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysBetween('2015-02-28', '2015-03-01')).toBe(1);
    expect(daysBetween('2000-01-01', '2001-01-01')).toBe(366);
    expect(daysBetween('1900-01-01', '1901-01-01')).toBe(365);
    expect(daysBetween('2015-01-01', '2014-01-01')).toBe(-365);
    // 1970-01-01 → 2000-01-01: 30 years of which 7 are leap (72, 76, 80, 84, 88, 92, 96).
    expect(daysBetween('1970-01-01', '2000-01-01')).toBe(30 * 365 + 7);
  });

  it('turns day numbers back into dates', () => {
    for (const d of ['0001-01-01', '1900-02-28', '1900-03-01', '2000-02-29', '2000-12-31', '2014-06-30', '2016-02-29', '2016-12-31', '9999-12-31']) {
      expect(dateFromDayNumber(dayNumber(d))).toBe(d);
    }
    expect(dayNumber('0001-01-01')).toBe(0);
    expect(dayNumber('0002-01-01')).toBe(365);
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2014-12-31', 1)).toBe('2015-01-01');
    expect(addDays('2015-01-01', -1)).toBe('2014-12-31');
    expect(addDays('2013-03-31', 700)).toBe('2015-03-01'); // 699 days is 2015-02-28, above
  });

  it('adds months, cutting the day to the month end', () => {
    expect(addMonths('2014-01-31', 1)).toBe('2014-02-28');
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2014-11-15', 3)).toBe('2015-02-15');
    expect(addMonths('2015-03-01', -12)).toBe('2014-03-01');
    expect(addMonths('2015-01-10', -1)).toBe('2014-12-10');
    expect(addMonths('2014-06-30', 24)).toBe('2016-06-30');
  });

  it('moves the end of a span by whole months, keeping month ends', () => {
    expect(shiftEnd('2015-02-28', 2)).toBe('2015-04-30');
    expect(shiftEnd('2016-02-29', -12)).toBe('2015-02-28');
    expect(shiftEnd('2015-02-28', 12)).toBe('2016-02-29');
    expect(shiftEnd('2014-06-15', 2)).toBe('2014-08-15');
    expect(shiftEnd('2015-03-31', -12)).toBe('2014-03-31');
    expect(shiftEnd('2014-12-31', 6)).toBe('2015-06-30');
  });

  it('compares', () => {
    expect(compareDates('2014-01-01', '2014-01-02')).toBe(-1);
    expect(compareDates('2014-01-02', '2014-01-02')).toBe(0);
    expect(compareDates('2015-01-01', '2014-12-31')).toBe(1);
    const sorted = ['2015', '2015-Q4', '2015-12', '2015-06', 'FY2014-15', '2015-03-31'].map((p) => parsePeriod(p)!).sort(comparePeriods);
    // by end, then longer periods (earlier starts) first
    expect(sorted.map((p) => p.text)).toEqual(['FY2014-15', '2015-03-31', '2015-06', '2015', '2015-Q4', '2015-12']);
  });
});

describe('next and previous periods', () => {
  const next = (t: string) => nextPeriod(parsePeriod(t)!)?.text;
  const prev = (t: string) => previousPeriod(parsePeriod(t)!)?.text;

  it('steps each kind of period', () => {
    expect(next('2014-06')).toBe('2014-07');
    expect(next('2014-12')).toBe('2015-01');
    expect(prev('2015-01')).toBe('2014-12');
    expect(next('2014-Q4')).toBe('2015-Q1');
    expect(prev('2015-Q1')).toBe('2014-Q4');
    expect(next('2014-Q2')).toBe('2014-Q3');
    expect(next('2014')).toBe('2015');
    expect(next('FY2014-15')).toBe('FY2015-16');
    expect(next('FY1999-00')).toBe('FY2000-01');
    expect(prev('FY2000-01')).toBe('FY1999-00');
    expect(next('2016-02-28')).toBe('2016-02-29');
    expect(next('2015-02-28')).toBe('2015-03-01');
    expect(next('2014-12-31')).toBe('2015-01-01');
  });

  it('steps many at a time', () => {
    expect(shiftPeriod(parsePeriod('2015-02')!, -12)?.text).toBe('2014-02');
    expect(shiftPeriod(parsePeriod('2015-Q1')!, -4)?.text).toBe('2014-Q1');
    expect(shiftPeriod(parsePeriod('2015-Q1')!, -5)?.text).toBe('2013-Q4');
    expect(shiftPeriod(parsePeriod('2015-02')!, 23)?.text).toBe('2017-01');
    expect(shiftPeriod(parsePeriod('2016-02-29')!, 366)?.text).toBe('2017-03-01'); // 2016-03-01 + 365
  });

  it('stops at the ends of the calendar', () => {
    expect(next('9999-12')).toBeUndefined();
    expect(prev('0001')).toBeUndefined();
  });
});

describe('year-ending periods (DESIGN §3.1)', () => {
  it('YE2016-03 is the twelve months April 2015 to March 2016 and stands at 31 March 2016', () => {
    const p = parsePeriod('YE2016-03');
    expect(p).toEqual({ text: 'YE2016-03', kind: 'year-ending', start: '2015-04-01', end: '2016-03-31', months: 12 });
  });
  it('YE2016-12 starts on 1 January of the same year; YE2016-02 ends on the leap day', () => {
    expect(parsePeriod('YE2016-12')?.start).toBe('2016-01-01');
    expect(parsePeriod('YE2016-02')?.end).toBe('2016-02-29');
  });
  it('refuses a month that does not exist', () => {
    expect(parsePeriod('YE2016-13')).toBeNull();
    expect(parsePeriod('YE2016-00')).toBeNull();
  });
  it('steps a year at a time', () => {
    const p = parsePeriod('YE2016-03');
    expect(p && shiftPeriod(p, -1)?.text).toBe('YE2015-03');
  });
});

describe('fitsFrequency (DESIGN §4 v2)', () => {
  const p = (text: string) => parsePeriod(text)!;
  it('months fit monthly series only, quarters quarterly, years and financial years annual', () => {
    expect(fitsFrequency(p('2015-03'), 'monthly')).toBe(true);
    expect(fitsFrequency(p('2015-03'), 'quarterly')).toBe(false);
    expect(fitsFrequency(p('2015-Q1'), 'quarterly')).toBe(true);
    expect(fitsFrequency(p('FY2015-16'), 'monthly')).toBe(false);
    expect(fitsFrequency(p('FY2015-16'), 'annual')).toBe(true);
    expect(fitsFrequency(p('2015'), 'annual')).toBe(true);
  });
  it('year-ending periods and single days fit any frequency', () => {
    for (const f of ['monthly', 'quarterly', 'annual'] as const) {
      expect(fitsFrequency(p('YE2016-03'), f)).toBe(true);
      expect(fitsFrequency(p('2016-03-31'), f)).toBe(true);
    }
  });
});

describe('ukDate: the one today of the command line and the editor', () => {
  it('is the date in London: 23:30 UTC on 30 June is already 1 July in British Summer Time', () => {
    expect(ukDate(new Date('2016-06-30T23:30:00Z'))).toBe('2016-07-01');
  });
  it('is the UTC date in winter (GMT): 23:30 UTC on 31 December is still 31 December', () => {
    expect(ukDate(new Date('2015-12-31T23:30:00Z'))).toBe('2015-12-31');
  });
  it('follows the clock change: 00:30 UTC on 27 March 2016 is 00:30 GMT, 01:30 UTC is 02:30 BST, both 27 March', () => {
    expect(ukDate(new Date('2016-03-27T00:30:00Z'))).toBe('2016-03-27');
    expect(ukDate(new Date('2016-03-26T23:59:00Z'))).toBe('2016-03-26');
  });
});
