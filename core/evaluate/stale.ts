// The stale flag (DESIGN §4): the as-of date is later than the end of the latest period plus two
// reporting periods.
import { addDays, shiftEnd } from '../periods';
import type { Frequency } from '../types';

const frequencyMonths: Record<Frequency, number> = { monthly: 1, quarterly: 3, annual: 12 };

/**
 * The last day on which figures ending on `latestEnd` are still fresh: the end plus two `frequency`
 * periods in calendar months (2, 6 or 24), month ends kept (2015-02-28 + 2 months → 2015-04-30).
 * Without a frequency, two of the series' own periods (`ownMonths`); a series of single days
 * (ownMonths 0) is fresh for two days.
 */
export function freshUntil(latestEnd: string, frequency: Frequency | undefined, ownMonths: number): string {
  const months = frequency && frequency in frequencyMonths ? frequencyMonths[frequency] : ownMonths;
  if (months > 0) return shiftEnd(latestEnd, 2 * months);
  return addDays(latestEnd, 2);
}

export function isStale(asOf: string, latestEnd: string, frequency: Frequency | undefined, ownMonths: number): boolean {
  return asOf > freshUntil(latestEnd, frequency, ownMonths);
}
