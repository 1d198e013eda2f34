// The year to date in words (DESIGN §4 v2), for the scorecard, the report and the hover:
// "April-February 2015/16: 11,240 vs 11,900, down 5.5%, not significant".
import type { DirectionVerdict, YearToDate } from '../results';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const verdictWords: Record<DirectionVerdict, string> = {
  improving: 'a significant improvement',
  deteriorating: 'a significant deterioration',
  increasing: 'a significant increase',
  decreasing: 'a significant decrease',
  'no-significant-change': 'not significant',
  'change-untested': 'not tested',
};

function whole(n: number): string {
  const text = Math.round(Math.abs(n)).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 && Math.round(Math.abs(n)) !== 0 ? `−${text}` : text;
}

/** "April-February 2015/16", or "April 2015/16" in the first month. */
export function yearToDateLabel(ytd: Pick<YearToDate, 'from' | 'to'>): string {
  const year = Number(ytd.from.slice(0, 4));
  const first = monthNames[Number(ytd.from.slice(5, 7)) - 1];
  const last = monthNames[Number(ytd.to.slice(5, 7)) - 1];
  const months = first === last ? first : `${first}-${last}`;
  return `${months} ${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The change as a plain phrase: "down 5.5%", "up 12%", "no change", or "up 40" from none. */
function changeWords(value: number, previous: number): string {
  if (value === previous) return 'no change';
  const way = value > previous ? 'up' : 'down';
  if (previous === 0) return `${way} ${whole(value - previous)} from none`;
  return `${way} ${(Math.abs((value - previous) / previous) * 100).toFixed(1)}%`;
}

export function yearToDateText(ytd: YearToDate | null | undefined): string {
  if (!ytd) return '';
  return `${yearToDateLabel(ytd)}: ${whole(ytd.value)} vs ${whole(ytd.previous)}, ${changeWords(ytd.value, ytd.previous)}, ${verdictWords[ytd.verdict] ?? ytd.verdict}`;
}
