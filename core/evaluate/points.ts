// The figures of a measure as of a date: read, dated, sorted, and cut at the as-of date.
import { comparePeriods, parsePeriod, type Period } from '../periods';
import type { Measure } from '../types';

export interface DatedPoint {
  period: Period;
  value: number;
  sample: number | null;
  of: number | null;
  note: string | null;
}

function finiteOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The measure's points whose period ends on or before `asOf`, oldest first (by end date, then start).
 * Points with an unreadable period or a value that is not a finite number are left out, and so is
 * `data` that is still a file name. Where two points give the same period (a lint error), the one
 * written first is kept.
 */
export function pointsAsOf(measure: Measure, asOf: string): DatedPoint[] {
  const data = Array.isArray(measure.data) ? measure.data : [];
  const kept: DatedPoint[] = [];
  const seen = new Set<string>();
  for (const p of data) {
    if (p === null || typeof p !== 'object') continue;
    const period = parsePeriod(p.period);
    if (!period || period.end > asOf) continue;
    if (typeof p.value !== 'number' || !Number.isFinite(p.value)) continue;
    const key = `${period.kind}:${period.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({
      period,
      value: p.value,
      sample: finiteOrNull(p.sample),
      of: finiteOrNull(p.of),
      note: typeof p.note === 'string' ? p.note : null,
    });
  }
  // Array.prototype.sort is stable, so points of one period keep their written order.
  return kept.sort((a, b) => comparePeriods(a.period, b.period));
}

/** The point of the same kind as `like` whose period ends on `end`, if any. */
export function findByEnd(points: DatedPoint[], like: Period, end: string): DatedPoint | undefined {
  return points.find((p) => p.period.kind === like.kind && p.period.end === end);
}
