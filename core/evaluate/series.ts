// One series of figures evaluated on its own (DESIGN §4, §4.1): current value, direction of travel,
// year to date and SPC. The force's series and each local area's series go through the same
// function, so the two are always judged alike.
import { parsePeriod, type Period } from '../periods';
import type { Direction, SpecialCauseMark, Spc, SpcSegment, YearToDate } from '../results';
import type { Better, Measure } from '../types';
import { currentValue, type Current } from './current';
import { directionOfTravel } from './direction';
import type { DatedPoint } from './points';
import { assuranceOf, segmentBounds, SPC_MIN_POINTS, specialCauses, specialDirections, specialMark, variationOf, xmrLimits } from './spc';
import { yearToDate } from './year-to-date';

/** A point's special-cause mark, or null for common cause. */
export type SpecialMark = SpecialCauseMark | null;

/** The final target in the series' own period: an annual count target / 12 for months, / 4 for quarters. */
function targetPerPeriod(measure: Measure, target: number, latest: DatedPoint): number {
  if (measure.type !== 'count') return target;
  if (latest.period.kind === 'month') return target / 12;
  if (latest.period.kind === 'quarter') return target / 4;
  return target;
}

/** The `spc.rebase` periods that are periods of the series (same kind and start as one of its points); the rest are ignored. */
export function rebasePeriods(points: DatedPoint[], measure: Measure): Period[] {
  const rebase: unknown = measure.spc && typeof measure.spc === 'object' ? measure.spc.rebase : undefined;
  if (!Array.isArray(rebase)) return [];
  const own = new Set(points.map((p) => `${p.period.kind}:${p.period.start}`));
  const periods: Period[] = [];
  for (const written of rebase) {
    const period = parsePeriod(written);
    if (period && own.has(`${period.kind}:${period.start}`)) periods.push(period);
  }
  return periods;
}

export interface SeriesSpc {
  spc: Spc | null;
  /** Centre and limits of every segment of 12 or more points, oldest first. */
  spcSegments: SpcSegment[];
  marks: SpecialMark[];
}

/**
 * The XmR chart of a series, segment by segment (a new one at each rebase period; moving ranges
 * never cross one), and each point's special-cause mark by its own direction. Every segment of 12
 * or more points gets its centre, limits and special causes; `spc` describes the latest segment
 * and is null when it has fewer than 12. No SPC on year-ending totals: overlapping twelve-month
 * figures are not independent. `target` is the final target value for assurance, or null
 * (monitored measures, and local areas: targets are force-wide); assurance is null when the latest
 * point is special cause (the limits describe a process that has changed) and for neutral measures.
 */
export function spcOfSeries(points: DatedPoint[], measure: Measure, better: Better | null, target: number | null, rebases = rebasePeriods(points, measure)): SeriesSpc {
  const marks: SpecialMark[] = points.map(() => null);
  const spcSegments: SpcSegment[] = [];
  let spc: Spc | null = null;
  const latest = points[points.length - 1];
  if (!latest || points.some((p) => p.period.kind === 'year-ending')) return { spc, spcSegments, marks };
  const starts = rebases.map((r) => points.findIndex((p) => p.period.kind === r.kind && p.period.start === r.start));
  const bounds = segmentBounds(points.length, starts);
  bounds.forEach(([first, last], s) => {
    if (last - first + 1 < SPC_MIN_POINTS) return;
    const values = points.slice(first, last + 1).map((p) => p.value);
    const limits = xmrLimits(values, measure.spc?.fixAfter);
    // figures so large that their moving ranges overflow have no process limits to show
    if (![limits.centre, limits.lower, limits.upper, limits.meanRange].every(Number.isFinite)) return;
    const rules = specialCauses(values, limits);
    const own = specialDirections(values, limits, rules).map((d) => specialMark(d, better));
    own.forEach((mark, k) => (marks[first + k] = mark));
    const from = points[first].period.text;
    spcSegments.push({ from, to: points[last].period.text, centre: limits.centre, lower: limits.lower, upper: limits.upper });
    if (s !== bounds.length - 1) return;
    const latestMark = own[own.length - 1];
    const directed = better === 'higher' || better === 'lower' ? better : null;
    spc = {
      from,
      centre: limits.centre,
      lower: limits.lower,
      upper: limits.upper,
      meanRange: limits.meanRange,
      variation: variationOf(latestMark),
      assurance: target !== null && directed && latestMark === null ? assuranceOf(targetPerPeriod(measure, target, latest), limits, directed) : null,
    };
  });
  return { spc, spcSegments, marks };
}

export interface SeriesEvaluation extends SeriesSpc {
  current: Current;
  direction: Direction | null;
  yearToDate: YearToDate | null;
}

/** Current value, direction of travel, year to date and SPC of one series (`points` oldest first, as `pointsAsOf` gives them). */
export function evaluateSeries(points: DatedPoint[], measure: Measure, better: Better | null, target: number | null): SeriesEvaluation {
  const rebases = rebasePeriods(points, measure);
  const direction = directionOfTravel(points, measure.type, better, rebases);
  return {
    current: currentValue(points, measure.type),
    direction,
    yearToDate: yearToDate(points, measure.type, better, direction),
    ...spcOfSeries(points, measure, better, target, rebases),
  };
}
