// Year to date (DESIGN §4 v2): for counts with monthly or quarterly points, the financial year so
// far against the same months a year earlier, tested with the dispersion the direction of travel
// found in the series.
import { shiftPeriod } from '../periods';
import type { Direction, YearToDate } from '../results';
import type { Better, MeasureType } from '../types';
import { indexPoints, periodsPerYear } from './current';
import { countZ, verdictOfZ } from './direction';
import type { DatedPoint } from './points';

/** 1 April of the financial year holding a date: 2016-02-29 → 2015-04-01, 2015-04-30 → 2015-04-01. */
export function financialYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${String(month >= 4 ? year : year - 1).padStart(4, '0')}-04-01`;
}

/**
 * Null unless the series is of months or quarters and every period of the year to date and of the
 * same months a year earlier has a point. Without the direction's dispersion (no direction, or one
 * not tested) the change is untested.
 */
export function yearToDate(points: DatedPoint[], type: MeasureType, better: Better | null, direction: Direction | null): YearToDate | null {
  const latest = points[points.length - 1];
  if (!latest || type !== 'count') return null;
  const kind = latest.period.kind;
  if (kind !== 'month' && kind !== 'quarter') return null;
  const perYear = periodsPerYear(kind) as number;
  const from = financialYearStart(latest.period.start);
  const monthsIn = (Number(latest.period.start.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(latest.period.start.slice(5, 7)) - 4;
  const periods = monthsIn / latest.period.months + 1;
  const index = indexPoints(points);
  let value = 0;
  let previous = 0;
  for (let k = 0; k < periods; k++) {
    const now = shiftPeriod(latest.period, -k);
    const then = shiftPeriod(latest.period, -k - perYear);
    const a = now ? index.get(`${now.kind}:${now.start}`) : undefined;
    const b = then ? index.get(`${then.kind}:${then.start}`) : undefined;
    if (!a || !b) return null;
    value += a.value;
    previous += b.value;
  }
  const dispersion = direction?.dispersion ?? null;
  const z = dispersion === null || better === null ? null : countZ(previous, value, dispersion);
  return { from, to: latest.period.end, value, previous, z, verdict: z === null || better === null ? 'change-untested' : verdictOfZ(z, better) };
}
