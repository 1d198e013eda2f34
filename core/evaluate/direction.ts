// Direction of travel (DESIGN §4 v2): the latest figures against those twelve months before.
import { comparePeriods, shiftEnd, shiftPeriod, type Period } from '../periods';
import type { Direction, DirectionVerdict } from '../results';
import type { Better, MeasureType } from '../types';
import { indexPoints, periodsPerYear } from './current';
import { findByEnd, type DatedPoint } from './points';
import { Z95 } from './wilson';

/**
 * z for two counts allowing for their dispersion φ: (x2 − x1) / sqrt(φ·(x1 + x2)); 0 when both
 * are 0; null when the sum is negative. φ defaults to 1 (counts that vary as chance alone does).
 */
export function countZ(x1: number, x2: number, dispersion = 1): number | null {
  if (x1 === 0 && x2 === 0) return 0;
  const sum = x1 + x2;
  return sum > 0 && dispersion > 0 ? (x2 - x1) / Math.sqrt(dispersion * sum) : null;
}

function mean(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/**
 * How much more the counts of two windows vary than chance alone would make them:
 * X² = Σ_window1 (x − m1)²/m1 + Σ_window2 (x − m2)²/m2 (a window whose mean is 0 adds 0),
 * φ = max(1, X²/(n − 2)) over the n points of both windows.
 */
export function dispersionOf(window1: number[], window2: number[]): number {
  let chi = 0;
  for (const window of [window1, window2]) {
    const m = mean(window);
    if (!(m > 0)) continue;
    for (const x of window) chi += ((x - m) * (x - m)) / m;
  }
  const n = window1.length + window2.length;
  return n > 2 ? Math.max(1, chi / (n - 2)) : 1;
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

/** |z| ≥ 1.96 is significant, read by `better`; for `neutral`, increasing or decreasing. */
export function verdictOfZ(z: number, better: Better): DirectionVerdict {
  if (Math.abs(z) < Z95) return 'no-significant-change';
  const rose = z > 0;
  if (better === 'neutral') return rose ? 'increasing' : 'decreasing';
  return rose === (better === 'higher') ? 'improving' : 'deteriorating';
}

function verdict(current: number, previous: number, z: number | null, dispersion: number | null, better: Better | null): Direction {
  const difference = current - previous;
  if (z === null || better === null) return { verdict: 'change-untested', z: null, previous, difference, dispersion: null };
  return { verdict: verdictOfZ(z, better), z, previous, difference, dispersion };
}

/** The values of the `n` consecutive periods ending with `last`, or null when any is missing. */
function windowValues(index: Map<string, DatedPoint>, last: Period, n: number): number[] | null {
  const values: number[] = [];
  for (let k = n - 1; k >= 0; k--) {
    const period = shiftPeriod(last, -k);
    const point = period ? index.get(`${period.kind}:${period.start}`) : undefined;
    if (!point) return null;
    values.push(point.value);
  }
  return values;
}

/** Whether a rebase falls among the periods compared: after `earliest`, up to `latest`. */
export function rebasedBetween(rebases: Period[], earliest: Period, latest: Period): boolean {
  return rebases.some((r) => comparePeriods(r, earliest) > 0 && comparePeriods(r, latest) <= 0);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Counts with monthly or quarterly points: the latest twelve-month total against the twelve months
 * before it, both complete (null otherwise), tested with the dispersion of both windows. Annual and
 * year-ending counts: the latest point against the one a year earlier, untested (one figure a year
 * cannot show how much the count varies). Every other type: the latest point against the point of
 * the same kind of period that ends twelve calendar months earlier; null when there is none.
 * Proportions are tested when both points carry `sample` (or, failing that, `of`); otherwise, and
 * for rates and values, the change is untested. Without `better` nothing can be called better or
 * worse, so the change is untested. A change of process (`rebases`, the series' own periods)
 * among the periods compared makes the change untested: it is not like for like.
 */
export function directionOfTravel(points: DatedPoint[], type: MeasureType, better: Better | null, rebases: Period[] = []): Direction | null {
  const latest = points[points.length - 1];
  if (!latest || type === 'qualitative') return null;
  if (type === 'count') {
    const perYear = periodsPerYear(latest.period.kind);
    if (perYear === null) return null;
    const index = indexPoints(points);
    const window2 = windowValues(index, latest.period, perYear);
    const before = shiftPeriod(latest.period, -perYear);
    const window1 = before ? windowValues(index, before, perYear) : null;
    if (!window1 || !window2 || !before) return null;
    const x1 = sum(window1);
    const x2 = sum(window2);
    if (perYear === 1) return verdict(x2, x1, null, null, better);
    const earliest = shiftPeriod(before, -(perYear - 1));
    if (earliest && rebasedBetween(rebases, earliest, latest.period)) return verdict(x2, x1, null, null, better);
    const dispersion = dispersionOf(window1, window2);
    return verdict(x2, x1, countZ(x1, x2, dispersion), dispersion, better);
  }
  const earlier = findByEnd(points, latest.period, shiftEnd(latest.period.end, -12));
  if (!earlier) return null;
  let z: number | null = null;
  if (type === 'proportion' && !rebasedBetween(rebases, earlier.period, latest.period)) {
    const n1 = earlier.sample ?? earlier.of;
    const n2 = latest.sample ?? latest.of;
    if (n1 !== null && n2 !== null) z = twoProportionZ(earlier.value, n1, latest.value, n2);
  }
  return verdict(latest.value, earlier.value, z, null, better);
}
