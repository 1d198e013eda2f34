// Periods and dates (DESIGN §3, §3.1): months, calendar quarters, calendar years, UK financial years,
// year-ending periods (the twelve months to a month, as ONS publishes) and single days, each with a first and a last day. All arithmetic is on whole days of the proleptic
// Gregorian calendar, so there is no time zone and no daylight saving to go wrong, and years
// below 100 are not mistaken for 19xx as JavaScript's Date would.

export type PeriodKind = 'month' | 'quarter' | 'year' | 'financial-year' | 'year-ending' | 'day';

export interface Period {
  /** The period written canonically: 2014-06, 2014-Q2, 2014, FY2014-15, YE2016-03, 2014-06-30. */
  text: string;
  kind: PeriodKind;
  /** First day, yyyy-mm-dd. */
  start: string;
  /** Last day, yyyy-mm-dd: the date the period "stands at". */
  end: string;
  /** Length in calendar months: 1, 3, 12, 12, 12; 0 for a single day. */
  months: number;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;
const quarterPattern = /^(\d{4})-Q(\d)$/;
const yearPattern = /^(\d{4})$/;
const financialYearPattern = /^FY(\d{4})-(\d{2})$/;
const yearEndingPattern = /^YE(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function splitDate(date: string): Ymd | null {
  const m = dayPattern.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** A real calendar date written yyyy-mm-dd (2015-02-29 and 2014-04-31 are not). */
export function isValidDate(value: unknown): value is string {
  return typeof value === 'string' && splitDate(value) !== null;
}

/** Leap years among the years 1 .. year−1. */
function leapYearsBefore(year: number): number {
  const y = year - 1;
  return Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

function dayOfYear(year: number, month: number, day: number): number {
  let n = day - 1;
  for (let m = 1; m < month; m++) n += daysInMonth(year, m);
  return n;
}

/** Days since 0001-01-01 (day 0). */
function ordinal({ year, month, day }: Ymd): number {
  return 365 * (year - 1) + leapYearsBefore(year) + dayOfYear(year, month, day);
}

function fromOrdinal(n: number): Ymd {
  // A first guess at the year from the mean Gregorian year, then step to the right one.
  let year = Math.floor(n / 365.2425) + 1;
  while (ordinal({ year, month: 1, day: 1 }) > n) year--;
  while (ordinal({ year: year + 1, month: 1, day: 1 }) <= n) year++;
  let rest = n - ordinal({ year, month: 1, day: 1 });
  let month = 1;
  while (rest >= daysInMonth(year, month)) {
    rest -= daysInMonth(year, month);
    month++;
  }
  return { year, month, day: rest + 1 };
}

function mustSplit(date: string): Ymd {
  const ymd = splitDate(date);
  if (!ymd) throw new RangeError(`Not a date: ${date}`);
  return ymd;
}

/** The day number of a date (days since 0001-01-01), for arithmetic and comparison. */
export function dayNumber(date: string): number {
  return ordinal(mustSplit(date));
}

export function dateFromDayNumber(n: number): string {
  const { year, month, day } = fromOrdinal(n);
  return formatDate(year, month, day);
}

/** Whole days from `from` to `to`: positive when `to` is later. 2013-03-31 → 2017-03-31 is 1461. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: string, days: number): string {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Calendar months later (or earlier when negative); the day is kept, or cut to the month's last day (01-31 + 1 → 02-28). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = mustSplit(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The last day of the span of `months` calendar months that follows a span ending on `end`:
 * the day after `end`, moved on by `months`, less one day. 2015-02-28 + 2 → 2015-04-30;
 * 2016-02-29 − 12 → 2015-02-28; 2014-06-15 + 2 → 2014-08-15.
 */
export function shiftEnd(end: string, months: number): string {
  return addDays(addMonths(addDays(end, 1), months), -1);
}

/** −1, 0 or 1 as date `a` is before, on or after date `b` (yyyy-mm-dd compares as text). */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function monthPeriod(year: number, month: number): Period {
  return {
    text: `${pad(year, 4)}-${pad(month, 2)}`,
    kind: 'month',
    start: formatDate(year, month, 1),
    end: formatDate(year, month, daysInMonth(year, month)),
    months: 1,
  };
}

function quarterPeriod(year: number, quarter: number): Period {
  const lastMonth = quarter * 3;
  return {
    text: `${pad(year, 4)}-Q${quarter}`,
    kind: 'quarter',
    start: formatDate(year, lastMonth - 2, 1),
    end: formatDate(year, lastMonth, daysInMonth(year, lastMonth)),
    months: 3,
  };
}

function yearPeriod(year: number): Period {
  return { text: pad(year, 4), kind: 'year', start: formatDate(year, 1, 1), end: formatDate(year, 12, 31), months: 12 };
}

function financialYearPeriod(year: number): Period {
  return {
    text: `FY${pad(year, 4)}-${pad((year + 1) % 100, 2)}`,
    kind: 'financial-year',
    start: formatDate(year, 4, 1),
    end: formatDate(year + 1, 3, 31),
    months: 12,
  };
}

/** The twelve months ending with `month` of `year`: YE2016-03 runs 2015-04-01 to 2016-03-31. */
function yearEndingPeriod(year: number, month: number): Period {
  const startIndex = year * 12 + (month - 1) - 11;
  const startYear = Math.floor(startIndex / 12);
  const startMonth = startIndex - startYear * 12 + 1;
  return {
    text: `YE${pad(year, 4)}-${pad(month, 2)}`,
    kind: 'year-ending',
    start: formatDate(startYear, startMonth, 1),
    end: formatDate(year, month, daysInMonth(year, month)),
    months: 12,
  };
}

function dayPeriod(ymd: Ymd): Period {
  const date = formatDate(ymd.year, ymd.month, ymd.day);
  return { text: date, kind: 'day', start: date, end: date, months: 0 };
}

/**
 * Reads a period as written (YAML may have read `2014` as a number). Null for anything that is not
 * a real period: 2014-13, 2014-Q5, FY2014-16, YE2016-13, 2015-02-29, 2014.5.
 */
export function parsePeriod(value: unknown): Period | null {
  // a plan repeats the same few hundred periods thousands of times: read each text once
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const known = periodCache.get(value);
  if (known !== undefined) return known;
  const period = readPeriod(value);
  if (periodCache.size >= 50_000) periodCache.clear();
  periodCache.set(value, period === null ? null : Object.freeze(period));
  return period;
}

const periodCache = new Map<string | number, Period | null>();

function readPeriod(value: string | number): Period | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 9999) return null;
    text = pad(value, 4);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  let m: RegExpExecArray | null;
  if ((m = yearPattern.exec(text))) {
    const year = Number(m[1]);
    return year >= 1 ? yearPeriod(year) : null;
  }
  if ((m = monthPattern.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return year >= 1 && month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
  }
  if ((m = quarterPattern.exec(text))) {
    const year = Number(m[1]);
    const quarter = Number(m[2]);
    return year >= 1 && quarter >= 1 && quarter <= 4 ? quarterPeriod(year, quarter) : null;
  }
  if ((m = financialYearPattern.exec(text))) {
    const year = Number(m[1]);
    const second = Number(m[2]);
    if (year < 1 || year > 9998 || second !== (year + 1) % 100) return null;
    return financialYearPeriod(year);
  }
  if ((m = yearEndingPattern.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return year >= 2 && month >= 1 && month <= 12 ? yearEndingPeriod(year, month) : null;
  }
  const ymd = splitDate(text);
  return ymd ? dayPeriod(ymd) : null;
}

/** The last day of a period, or null when it is not a real period. */
export function periodEnd(value: unknown): string | null {
  return parsePeriod(value)?.end ?? null;
}

/** The first day of a period, or null when it is not a real period. */
export function periodStart(value: unknown): string | null {
  return parsePeriod(value)?.start ?? null;
}

/**
 * The period of the same kind `steps` periods later (earlier when negative): 2014-12 + 1 → 2015-01,
 * FY2014-15 − 1 → FY2013-14, YE2016-03 − 1 → YE2015-03 (a year-ending period steps a year at a time).
 */
export function shiftPeriod(period: Period, steps: number): Period | null {
  const start = mustSplit(period.start);
  switch (period.kind) {
    case 'month':
    case 'quarter': {
      const index = start.year * 12 + (start.month - 1) + period.months * steps;
      const y = Math.floor(index / 12);
      const m = index - y * 12 + 1;
      if (y < 1 || y > 9999) return null;
      return period.kind === 'month' ? monthPeriod(y, m) : quarterPeriod(y, (m + 2) / 3);
    }
    case 'year': {
      const y = start.year + steps;
      return y >= 1 && y <= 9999 ? yearPeriod(y) : null;
    }
    case 'financial-year': {
      const y = start.year + steps;
      return y >= 1 && y <= 9998 ? financialYearPeriod(y) : null;
    }
    case 'year-ending': {
      // year-ending figures are published at any month's end; stepping moves a whole year
      const end = mustSplit(period.end);
      const y = end.year + steps;
      return y >= 2 && y <= 9999 ? yearEndingPeriod(y, end.month) : null;
    }
    case 'day': {
      const n = ordinal(start) + steps;
      if (n < 0 || n >= ordinal({ year: 10000, month: 1, day: 1 })) return null;
      return dayPeriod(fromOrdinal(n));
    }
  }
}

/** The next period of the same kind, for finding gaps in a series. */
export function nextPeriod(period: Period): Period | null {
  return shiftPeriod(period, 1);
}

export function previousPeriod(period: Period): Period | null {
  return shiftPeriod(period, -1);
}

/** Order by end date, then by start date (so a year sorts before the month that ends it). */
export function comparePeriods(a: Period, b: Period): number {
  return compareDates(a.end, b.end) || compareDates(a.start, b.start);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.start === b.start && a.end === b.end;
}

/**
 * Whether a point of this period belongs in a series of this frequency (DESIGN §4 v2): months in a
 * monthly series, quarters in a quarterly one, calendar or financial years in an annual one;
 * year-ending periods and single days fit any frequency.
 */
export function fitsFrequency(period: Period, frequency: 'monthly' | 'quarterly' | 'annual'): boolean {
  if (period.kind === 'year-ending' || period.kind === 'day') return true;
  switch (frequency) {
    case 'monthly':
      return period.kind === 'month';
    case 'quarterly':
      return period.kind === 'quarter';
    case 'annual':
      return period.kind === 'year' || period.kind === 'financial-year';
  }
}

// made when first needed, like every Intl formatter here (core/present/numbers.ts says why)
let londonDate: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in the UK at an instant, yyyy-mm-dd: the one "today" of the command line and
 * the editor, so that both evaluate as of the same day whatever the machine's time zone.
 */
export function ukDate(instant: Date): string {
  londonDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(londonDate.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
