// What a measure's figures say, in words a Panel member reads without a glossary: what the
// current figure is a total of, how far it is from the trajectory and which way is worse.
import type { MeasureResult } from '../results';
import { monthYear, longDate } from './dates';
import { formatNumber, groupDigits, withUnit } from './numbers';

type Figures = Pick<MeasureResult, 'type' | 'unit' | 'better' | 'current' | 'expected' | 'gap' | 'interval'>;

/** The margin of error of a survey figure in percentage points, "±3": half the 95% interval, whole points from 1 up. */
export function marginText(interval: MeasureResult['interval'] | null | undefined): string {
  if (!interval) return '';
  const half = (interval.upper - interval.lower) / 2;
  if (!Number.isFinite(half)) return '';
  return `±${groupDigits(half, half >= 1 ? 0 : 1)}`;
}

/** The figure with its margin where it has one: "61.0% ±3". */
export function figureText(value: number | null | undefined, m: Pick<Figures, 'type' | 'unit'>, interval?: MeasureResult['interval'] | null): string {
  const margin = marginText(interval);
  return `${withUnit(value, m)}${margin ? ` ${margin}` : ''}`;
}

/** What the current figure covers: "12 months to March 2016" for counts, else the date it stands at. */
export function currentWhen(m: Pick<Figures, 'type' | 'current'>): string {
  if (!m.current) return '';
  return m.type === 'count' ? `12 months to ${monthYear(m.current.at)}` : longDate(m.current.at);
}

/** The current figure in full: "50,700 crimes in the 12 months to March 2016", "61.0% ±3 at 31 March 2016". */
export function currentText(m: Figures): string {
  if (!m.current) return 'no figures yet';
  const figure = figureText(m.current.value, m, m.interval);
  return m.type === 'count' ? `${figure} in the ${currentWhen(m)}` : `${figure} at ${currentWhen(m)}`;
}

/** Whether a move of `difference` is better, worse or neither, by the measure's `better`. */
export function judgement(difference: number, better: MeasureResult['better'] | string | null | undefined): 'better' | 'worse' | undefined {
  if (difference === 0 || (better !== 'higher' && better !== 'lower')) return undefined;
  return (difference > 0) === (better === 'higher') ? 'better' : 'worse';
}

/** The gap to the trajectory in words: "663 more than the trajectory (worse)", "2.1 points below the trajectory (better)". */
export function gapText(m: Figures): string {
  if (m.current === null || m.expected === null || m.gap === null) return '–';
  const difference = m.current.value - m.expected;
  const size = Math.abs(difference);
  const shown = m.type === 'proportion' ? `${groupDigits(size, 1)} ${size === 1 ? 'point' : 'points'}` : formatNumber(size, m.type);
  if (/^0(\.0+)?( points)?$/.test(shown)) return 'on the trajectory';
  const side = m.type === 'count' ? (difference > 0 ? 'more than' : 'fewer than') : difference > 0 ? 'above' : 'below';
  const verdict = m.gap > 0 ? 'better' : m.gap < 0 ? 'worse' : undefined;
  return `${shown} ${side} the trajectory${verdict ? ` (${verdict})` : ''}`;
}
