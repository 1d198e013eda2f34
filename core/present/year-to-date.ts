// The financial year to date in words (DESIGN §4 v2): the months, both totals, which way the
// figure moved and, separately, whether that is better or worse and beyond normal variation.
import type { Direction, MeasureResult, YearToDate } from '../results';
import { travelJudgement } from './movement';
import { groupDigits } from './numbers';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "April-February 2015/16", or "April 2015/16" in the first month. */
export function yearToDateLabel(ytd: Pick<YearToDate, 'from' | 'to'>): string {
  const year = Number(ytd.from.slice(0, 4));
  const first = monthNames[Number(ytd.from.slice(5, 7)) - 1];
  const last = monthNames[Number(ytd.to.slice(5, 7)) - 1];
  const months = first === last ? first : `${first}-${last}`;
  return `${months} ${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** "down 5.5%", or "up 40 from none". */
function moveWords(value: number, previous: number): string {
  const way = value > previous ? 'up' : 'down';
  if (previous === 0) return `${way} ${groupDigits(Math.abs(value - previous))} from none`;
  return `${way} ${groupDigits(Math.abs((value - previous) / previous) * 100, 1)}%`;
}

/** "April-February 2015/16: 11,240 against 11,900 in the same months a year earlier, down 5.5%: better, but within normal variation". */
export function yearToDateText(ytd: YearToDate | null | undefined, better: MeasureResult['better'] | null = null): string {
  if (!ytd) return '';
  const figures = `${yearToDateLabel(ytd)}: ${groupDigits(ytd.value)} against ${groupDigits(ytd.previous)} in the same months a year earlier`;
  if (ytd.value === ytd.previous) return `${figures}: no change`;
  const judgement = travelJudgement({ type: 'count', better, direction: { difference: ytd.value - ytd.previous, verdict: ytd.verdict } as Direction });
  return `${figures}, ${moveWords(ytd.value, ytd.previous)}: ${judgement}`;
}

/**
 * Whether the year to date says something the direction of travel does not: a whole financial
 * year (April to March) compares the same twelve months as the direction of travel, so it is left out.
 */
export function yearToDateShown(ytd: YearToDate | null | undefined): ytd is YearToDate {
  return Boolean(ytd) && !(ytd!.from.slice(5, 7) === '04' && ytd!.to.slice(5, 7) === '03');
}

/** "Year to date, April-February 2015/16: …" where it adds to the direction of travel, else ''. */
export function yearToDateLine(m: Pick<MeasureResult, 'yearToDate' | 'better'>): string {
  return yearToDateShown(m.yearToDate) ? `Year to date, ${yearToDateText(m.yearToDate, m.better)}` : '';
}
