// Statistical process control (DESIGN §4): an XmR chart as the NHS "Making Data Count" method
// draws it, with the special-cause rules of NHSRplotthedots.
import type { AssuranceVerdict, SpecialCauseMark, Variation } from '../results';
import type { Better } from '../types';

export const MR_SCREEN = 3.267;
export const LIMIT_FACTOR = 2.66;
export const NEAR_FACTOR = (2 / 3) * LIMIT_FACTOR;
export const SPC_MIN_POINTS = 12;
export const RUN_LENGTH = 7;
export const TREND_STEPS = 6;

export interface XmrLimits {
  centre: number;
  /** Mean moving range after screening. */
  meanRange: number;
  lower: number;
  upper: number;
  nearLower: number;
  nearUpper: number;
}

function mean(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/**
 * Centre and limits. With `fixAfter` (an integer from 2 up) the centre and the moving ranges are
 * taken from the first `fixAfter` points only, as NHSRplotthedots' fix_after_n_points does; a
 * smaller value, or one beyond the series, means the whole series. Moving ranges at or above
 * 3.267 × their mean are screened out and the mean taken again; when that leaves none (every
 * moving range 0, a flat series) the mean moving range is 0.
 */
export function xmrLimits(values: number[], fixAfter?: number): XmrLimits {
  const n = typeof fixAfter === 'number' && Number.isInteger(fixAfter) && fixAfter >= 2 ? Math.min(fixAfter, values.length) : values.length;
  const basis = values.slice(0, n);
  const centre = mean(basis);
  const ranges: number[] = [];
  for (let i = 1; i < basis.length; i++) ranges.push(Math.abs(basis[i] - basis[i - 1]));
  const firstMean = ranges.length > 0 ? mean(ranges) : 0;
  const kept = ranges.filter((r) => r < MR_SCREEN * firstMean);
  const meanRange = kept.length > 0 ? mean(kept) : 0;
  return {
    centre,
    meanRange,
    lower: centre - LIMIT_FACTOR * meanRange,
    upper: centre + LIMIT_FACTOR * meanRange,
    nearLower: centre - NEAR_FACTOR * meanRange,
    nearUpper: centre + NEAR_FACTOR * meanRange,
  };
}

export interface SpecialCauseRules {
  outside: boolean[];
  run: boolean[];
  trend: boolean[];
  twoInThree: boolean[];
  /** Any of the four. */
  special: boolean[];
}

/** Marks every point of each maximal stretch of equal non-zero signs at least `length` long. */
function markStretches(signs: number[], length: number, mark: (from: number, to: number) => void): void {
  let i = 0;
  while (i < signs.length) {
    let j = i;
    while (j + 1 < signs.length && signs[j + 1] === signs[i]) j++;
    if (signs[i] !== 0 && j - i + 1 >= length) mark(i, j);
    i = j + 1;
  }
}

/**
 * The four special-cause rules, point by point:
 * - outside the limits (a point exactly on a limit is inside);
 * - a run of 7 or more consecutive points on one side of the centre (a point exactly on the centre breaks it);
 * - a trend of 7 or more points each higher (or each lower) than the one before (a point equal to
 *   its predecessor breaks it);
 * - a point near the limit (beyond 2/3 of the way to it but inside it) within 3 consecutive points
 *   all on the same side of the centre of which at least 2 are near the limit.
 */
export function specialCauses(values: number[], limits: XmrLimits): SpecialCauseRules {
  const n = values.length;
  const outside = values.map((x) => x > limits.upper || x < limits.lower);
  const side = values.map((x) => Math.sign(x - limits.centre));
  const near = values.map((x, i) => !outside[i] && (x > limits.nearUpper || x < limits.nearLower));

  const run = new Array<boolean>(n).fill(false);
  markStretches(side, RUN_LENGTH, (a, b) => {
    for (let k = a; k <= b; k++) run[k] = true;
  });

  // steps[k] is the sign of the move from point k to point k + 1.
  const steps: number[] = [];
  for (let k = 1; k < n; k++) steps.push(Math.sign(values[k] - values[k - 1]));
  const trend = new Array<boolean>(n).fill(false);
  markStretches(steps, TREND_STEPS, (a, b) => {
    for (let k = a; k <= b + 1; k++) trend[k] = true;
  });

  const twoInThree = new Array<boolean>(n).fill(false);
  for (let k = 0; k + 2 < n; k++) {
    const s = side[k];
    if (s === 0 || side[k + 1] !== s || side[k + 2] !== s) continue;
    const nearCount = Number(near[k]) + Number(near[k + 1]) + Number(near[k + 2]);
    if (nearCount < 2) continue;
    for (let j = k; j <= k + 2; j++) if (near[j]) twoInThree[j] = true;
  }

  const special = values.map((_, i) => outside[i] || run[i] || trend[i] || twoInThree[i]);
  return { outside, run, trend, twoInThree, special };
}

/**
 * The direction of each special-cause point, as NHSRplotthedots orients it: +1 up, −1 down, 0 for
 * common cause. Outside the limits, 2 of 3 near the limit and runs point to the side of the centre
 * the point lies on; a trend takes precedence over 2 of 3 and runs (not over outside the limits)
 * and points the way the series moves: the step from the previous point, or, for a point whose
 * next point is in a trend too, the step to the next point (so a trend's first point has one).
 */
export function specialDirections(values: number[], limits: XmrLimits, rules: SpecialCauseRules): number[] {
  const n = values.length;
  return values.map((x, i) => {
    if (!rules.special[i]) return 0;
    if (!rules.outside[i] && rules.trend[i]) {
      const toNext = i + 1 < n && rules.trend[i + 1];
      return toNext ? Math.sign(values[i + 1] - x) : Math.sign(x - values[i - 1]);
    }
    return Math.sign(x - limits.centre);
  });
}

/** The mark of a special-cause point from its direction: improvement or concern by `better`, high or low when neutral. */
export function specialMark(direction: number, better: Better | null): SpecialCauseMark | null {
  if (direction === 0) return null;
  if (better === 'neutral' || better === null) return direction > 0 ? 'high' : 'low';
  return (direction > 0) === (better === 'higher') ? 'improvement' : 'concern';
}

export function variationOf(mark: SpecialCauseMark | null): Variation {
  if (mark === null) return 'common-cause';
  return `special-cause-${mark}` as Variation;
}

/**
 * The stretches of the series between changes of process: a new one starts at each index in
 * `starts` (the points of the `spc.rebase` periods). Returns [first, last] index pairs, oldest first.
 */
export function segmentBounds(length: number, starts: number[]): [number, number][] {
  const cuts = [...new Set(starts.filter((i) => i > 0 && i < length))].sort((a, b) => a - b);
  const bounds: [number, number][] = [];
  let first = 0;
  for (const cut of [...cuts, length]) {
    if (cut > first) bounds.push([first, cut - 1]);
    first = cut;
  }
  return bounds;
}

/**
 * Whether the process can meet a target (in the series' own period): a target beyond the limit on
 * the good side consistently fails, beyond it on the bad side consistently passes, and between the
 * limits (on them included) it is hit and miss.
 */
export function assuranceOf(target: number, limits: XmrLimits, better: 'higher' | 'lower'): AssuranceVerdict {
  const aboveUpper = target > limits.upper;
  const belowLower = target < limits.lower;
  if (better === 'higher') return aboveUpper ? 'consistently-fails' : belowLower ? 'consistently-passes' : 'hit-and-miss';
  return belowLower ? 'consistently-fails' : aboveUpper ? 'consistently-passes' : 'hit-and-miss';
}

/**
 * Where the stretch that makes the latest point special began, when it is a run of 7 or more on
 * one side of the centre (preferred: a sustained shift) or a trend of 7 or more points: the index
 * of its first point and how many points it has. Null otherwise.
 */
export function latestShift(values: number[], limits: XmrLimits): { kind: 'run' | 'trend'; start: number; length: number } | null {
  const last = values.length - 1;
  if (last < 0) return null;
  const side = Math.sign(values[last] - limits.centre);
  let start = last;
  while (side !== 0 && start > 0 && Math.sign(values[start - 1] - limits.centre) === side) start--;
  if (side !== 0 && last - start + 1 >= RUN_LENGTH) return { kind: 'run', start, length: last - start + 1 };
  const step = last > 0 ? Math.sign(values[last] - values[last - 1]) : 0;
  start = last;
  while (step !== 0 && start > 0 && Math.sign(values[start] - values[start - 1]) === step) start--;
  if (step !== 0 && last - start >= TREND_STEPS) return { kind: 'trend', start, length: last - start + 1 };
  return null;
}
