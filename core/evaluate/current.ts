// The current value (DESIGN §4): for counts the total of the latest twelve months, for every other
// type the latest point; it stands at the end of the latest period.
import { shiftPeriod, type Period } from '../periods';
import type { MeasureType } from '../types';
import type { DatedPoint } from './points';

/** How many periods of a kind make twelve months; null for single days, which never do. */
export function periodsPerYear(kind: Period['kind']): number | null {
  switch (kind) {
    case 'month':
      return 12;
    case 'quarter':
      return 4;
    case 'year':
    case 'financial-year':
    case 'year-ending':
      return 1;
    default:
      return null;
  }
}

function key(p: Period): string {
  return `${p.kind}:${p.start}`;
}

/** Index of points by period, for looking up consecutive periods. */
export function indexPoints(points: DatedPoint[]): Map<string, DatedPoint> {
  const map = new Map<string, DatedPoint>();
  for (const p of points) if (!map.has(key(p.period))) map.set(key(p.period), p);
  return map;
}

/**
 * The total of the twelve months ending with period `last`: twelve consecutive monthly points,
 * four consecutive quarterly points or the one annual point, all of the kind of `last`.
 * Null when any of them is missing, or when `last` is a single day.
 */
export function twelveMonthTotal(index: Map<string, DatedPoint>, last: Period): number | null {
  const n = periodsPerYear(last.kind);
  if (n === null) return null;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const period = shiftPeriod(last, -k);
    const point = period ? index.get(key(period)) : undefined;
    if (!point) return null;
    total += point.value;
  }
  return total;
}

export type Current =
  | { kind: 'no-data' }
  | { kind: 'insufficient-data'; latest: DatedPoint }
  | { kind: 'value'; value: number; at: string; latest: DatedPoint };

export function currentValue(points: DatedPoint[], type: MeasureType): Current {
  const latest = points[points.length - 1];
  if (!latest) return { kind: 'no-data' };
  if (type === 'count') {
    const total = twelveMonthTotal(indexPoints(points), latest.period);
    if (total === null) return { kind: 'insufficient-data', latest };
    return { kind: 'value', value: total, at: latest.period.end, latest };
  }
  return { kind: 'value', value: latest.value, at: latest.period.end, latest };
}
