// Direction of travel (DESIGN §4): the latest figures against those twelve months before.
import { shiftEnd, shiftPeriod } from '../periods';
import type { Direction, DirectionVerdict } from '../results';
import type { Better, MeasureType } from '../types';
import { indexPoints, periodsPerYear, twelveMonthTotal } from './current';
import { findByEnd, type DatedPoint } from './points';
import { Z95 } from './wilson';

/** z for two counts: (x2 − x1) / sqrt(x1 + x2); 0 when both are 0; null when the sum is negative. */
export function countZ(x1: number, x2: number): number | null {
  if (x1 === 0 && x2 === 0) return 0;
  const sum = x1 + x2;
  return sum > 0 ? (x2 - x1) / Math.sqrt(sum) : null;
}

/**
 * Two-proportion z with the pooled proportion, percentages in 0-100:
 * p = (p1·n1 + p2·n2)/(n1 + n2), z = (p2 − p1) / sqrt(p(1 − p)(1/n1 + 1/n2)).
 * 0 when the two are equal (including both 0% or both 100%); null when it cannot be made.
 */
export function twoProportionZ(percent1: number, n1: number, percent2: number, n2: number): number | null {
  if (!(n1 > 0) || !(n2 > 0)) return null;
  const p1 = percent1 / 100;
  const p2 = percent2 / 100;
  if (p1 === p2) return 0;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return se > 0 ? (p2 - p1) / se : null;
}

/** |z| ≥ 1.96 is significant, read by `better`. */
export function verdictOfZ(z: number, better: Better): DirectionVerdict {
  if (Math.abs(z) < Z95) return 'no-significant-change';
  const rose = z > 0;
  return rose === (better === 'higher') ? 'improving' : 'deteriorating';
}

function verdict(current: number, previous: number, z: number | null, better: Better | null): Direction {
  const difference = current - previous;
  if (z === null || better === null) return { verdict: 'change-untested', z: null, previous, difference };
  return { verdict: verdictOfZ(z, better), z, previous, difference };
}

/**
 * Counts: the latest twelve-month total against the twelve months before it, both complete
 * (null otherwise: there is nothing to compare). Every other type: the latest point against the
 * point of the same kind of period that ends twelve calendar months earlier (a month a year
 * before, the quarter a year before, the previous year; for single days the same day a year
 * before, 29 February looking back to 28 February); null when there is none. Proportions are
 * tested when both points carry `sample` (or, failing that, `of`); otherwise, and for rates and
 * values, the change is untested. Without `better` nothing can be called better or worse, so the
 * change is untested.
 */
export function directionOfTravel(points: DatedPoint[], type: MeasureType, better: Better | null): Direction | null {
  const latest = points[points.length - 1];
  if (!latest || type === 'qualitative') return null;
  if (type === 'count') {
    const perYear = periodsPerYear(latest.period.kind);
    if (perYear === null) return null;
    const index = indexPoints(points);
    const x2 = twelveMonthTotal(index, latest.period);
    const before = shiftPeriod(latest.period, -perYear);
    const x1 = before ? twelveMonthTotal(index, before) : null;
    if (x2 === null || x1 === null) return null;
    return verdict(x2, x1, countZ(x1, x2), better);
  }
  const earlier = findByEnd(points, latest.period, shiftEnd(latest.period.end, -12));
  if (!earlier) return null;
  let z: number | null = null;
  if (type === 'proportion') {
    const n1 = earlier.sample ?? earlier.of;
    const n2 = latest.sample ?? latest.of;
    if (n1 !== null && n2 !== null) z = twoProportionZ(earlier.value, n1, latest.value, n2);
  }
  return verdict(latest.value, earlier.value, z, better);
}
