// What a chart says in words: its text fallback and accessible name, also the static report's.
// No chart library here, so that markup can be built without one.
import { formatNumber, longDate, periodsPerYear } from '../core/present/index';
import type { ReportMeasure } from '../core/report/model';

/** How a measure's annual baseline and target read on the series' own scale (counts: per month or quarter). */
export function scaleOf(measure: ReportMeasure): { divisor: number; per: string } {
  if (measure.type !== 'count' || measure.series.length === 0) return { divisor: 1, per: measure.type === 'count' ? 'a year' : '' };
  const perYear = periodsPerYear(measure.series[measure.series.length - 1].period) ?? 1;
  return { divisor: perYear, per: perYear === 12 ? 'a month' : perYear === 4 ? 'a quarter' : 'a year' };
}

/** The chart in words: the canvas's fallback content, and what shows where a canvas cannot draw. */
export function chartSummary(measure: ReportMeasure): string {
  const { divisor, per } = scaleOf(measure);
  const parts: string[] = [];
  const n = measure.series.length;
  if (n === 0) parts.push('No figures yet.');
  else {
    const first = measure.series[0];
    const last = measure.series[n - 1];
    parts.push(`${n} ${n === 1 ? 'figure' : 'figures'} from ${first.period} to ${last.period}; latest ${formatNumber(last.value, measure.type)} (${last.period}).`);
  }
  const scaled = measure.type === 'count' && divisor > 1 ? ` (${per})` : '';
  if (measure.baseline) parts.push(`Baseline ${formatNumber(measure.baseline.value / divisor, measure.type)}${scaled} (${measure.baseline.period}).`);
  if (measure.target) parts.push(`Target ${formatNumber(measure.target.value / divisor, measure.type)}${scaled} by ${longDate(measure.target.by)}.`);
  if (measure.spc) parts.push(`Process limits ${formatNumber(measure.spc.lower, measure.type)} to ${formatNumber(measure.spc.upper, measure.type)} around ${formatNumber(measure.spc.centre, measure.type)}.`);
  const special = measure.series.filter((p) => p.special);
  if (special.length > 0) parts.push(`Special cause: ${special.map((p) => `${p.period} ${p.special}`).join(', ')}.`);
  return parts.join(' ');
}
