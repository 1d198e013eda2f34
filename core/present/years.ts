// The five-year view the Panel asked for: a measure's figures by financial year (1 April to
// 31 March), totals for counts and year-end figures otherwise, with the change each year.
import type { MeasureResult } from '../results';
import { monthYear, periodsPerYear } from './dates';
import { judgement } from './figures';
import { arrowOf } from './movement';
import { formatNumber, groupDigits } from './numbers';

export interface YearRow {
  /** "2014-15". */
  year: string;
  value: number;
  /** What the figure is: "total", "8 months so far", "at March 2015". */
  note: string;
  /** False for a count's year not yet over: it is not compared. */
  complete: boolean;
  /** The change on the year before, in words: "▲ +3.2% (worse)"; empty when not compared. */
  change: string;
}

type Yearly = Pick<MeasureResult, 'type' | 'better' | 'series'>;

function financialYear(at: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(at);
  if (!m) return undefined;
  return Number(m[2]) >= 4 ? Number(m[1]) : Number(m[1]) - 1;
}

const yearLabel = (start: number) => `${start}-${String((start + 1) % 100).padStart(2, '0')}`;

function changeText(m: Yearly, previous: number, value: number): string {
  const difference = value - previous;
  const { arrow } = arrowOf(difference);
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '';
  const size = m.type === 'proportion' ? `${groupDigits(Math.abs(difference), 1)} pts` : previous !== 0 ? `${groupDigits(Math.abs((difference / previous) * 100), 1)}%` : formatNumber(Math.abs(difference), m.type);
  const verdict = judgement(difference, m.better);
  return `${arrow} ${sign}${size}${verdict ? ` (${verdict})` : ''}`;
}

/** Up to five financial years, oldest first. Counts in monthly or quarterly (or annual) points are totalled; others take the year's last figure. */
export function fiveYears(m: Yearly, years = 5): YearRow[] {
  if (m.type === 'qualitative' || m.series.length === 0) return [];
  const yearEnding = m.series.some((p) => p.period.startsWith('YE'));
  const totals = m.type === 'count' && !yearEnding;
  const byYear = new Map<number, { sum: number; count: number; perYear: number; last: { value: number; at: string } }>();
  for (const p of m.series) {
    const fy = financialYear(p.at);
    if (fy === undefined) continue;
    const entry = byYear.get(fy) ?? { sum: 0, count: 0, perYear: periodsPerYear(p.period) ?? 0, last: p };
    entry.sum += p.value;
    entry.count += 1;
    if (p.at >= entry.last.at) entry.last = p;
    byYear.set(fy, entry);
  }
  const rows: YearRow[] = [];
  let previous: YearRow | undefined;
  for (const fy of [...byYear.keys()].sort((a, b) => a - b)) {
    const e = byYear.get(fy)!;
    const complete = totals ? e.perYear > 0 && e.count === e.perYear : true;
    const value = totals ? e.sum : e.last.value;
    const unitWord = e.perYear === 12 ? 'month' : e.perYear === 4 ? 'quarter' : 'figure';
    const note = totals ? (complete ? 'total' : `${e.count} ${unitWord}${e.count === 1 ? '' : 's'} so far`) : `at ${monthYear(e.last.at)}`;
    const row: YearRow = { year: yearLabel(fy), value, note, complete, change: '' };
    if (previous && previous.complete && complete && previous.year === yearLabel(fy - 1)) row.change = changeText(m, previous.value, value);
    rows.push(row);
    previous = row;
  }
  return rows.slice(-years);
}
