// Dates and periods in words.

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: string | null | undefined): { year: string; month: string; day: number } | undefined {
  const m = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  const month = m ? monthNames[Number(m[2]) - 1] : undefined;
  return m && month ? { year: m[1], month, day: Number(m[3]) } : undefined;
}

/** 2016-03-31 → "31 March 2016"; anything else as it is, a dash when absent. */
export function longDate(date: string | null | undefined): string {
  if (!date) return '–';
  const p = parts(date);
  return p ? `${p.day} ${p.month} ${p.year}` : date;
}

/** 2016-03-31 → "March 2016". */
export function monthYear(date: string | null | undefined): string {
  if (!date) return '–';
  const p = parts(date);
  return p ? `${p.month} ${p.year}` : date;
}

/** Periods in a year for a series' period text: 12 for 2014-06, 4 for 2014-Q2, 1 for 2014 or FY2014-15; undefined for days. */
export function periodsPerYear(period: string): number | undefined {
  if (/^\d{4}-\d{2}$/.test(period)) return 12;
  if (/^\d{4}-Q[1-4]$/.test(period)) return 4;
  if (/^(FY)?\d{4}(-\d{2})?$/.test(period)) return 1;
  return undefined;
}
