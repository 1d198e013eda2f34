// One series of figures evaluated on its own: current value, direction of travel and SPC. The
// force's series and each local area's series (DESIGN §4.1) go through the same functions, so
// the two are always judged alike.
import type { Direction, Spc } from '../results';
import type { Better, Measure } from '../types';
import { currentValue, type Current } from './current';
import { directionOfTravel } from './direction';
import type { DatedPoint } from './points';
import { assuranceOf, SPC_MIN_POINTS, specialCauses, specialMark, variationOf, xmrLimits } from './spc';

export type SpecialMark = 'improvement' | 'concern' | null;

/** The final target in the series' own period: an annual count target / 12 for months, / 4 for quarters. */
function targetPerPeriod(measure: Measure, target: number, latest: DatedPoint): number {
  if (measure.type !== 'count') return target;
  if (latest.period.kind === 'month') return target / 12;
  if (latest.period.kind === 'quarter') return target / 4;
  return target;
}

/**
 * The XmR chart of a series and each point's special-cause mark. `target` is the final target
 * value for assurance, or null (monitored measures, and local areas: targets are force-wide).
 */
export function spcOfSeries(points: DatedPoint[], measure: Measure, better: Better | null, target: number | null): { spc: Spc | null; marks: SpecialMark[] } {
  let marks: SpecialMark[] = points.map(() => null);
  const latest = points[points.length - 1];
  if (!latest || points.length < SPC_MIN_POINTS) return { spc: null, marks };
  const values = points.map((p) => p.value);
  const limits = xmrLimits(values, measure.spc?.fixAfter);
  // figures so large that their moving ranges overflow have no process limits to show
  const finite = [limits.centre, limits.lower, limits.upper, limits.meanRange].every(Number.isFinite);
  if (!finite) return { spc: null, marks };
  const rules = specialCauses(values, limits);
  marks = values.map((x, i) => specialMark(rules.special[i], x, limits.centre, better));
  const spc: Spc = {
    centre: limits.centre,
    lower: limits.lower,
    upper: limits.upper,
    meanRange: limits.meanRange,
    variation: variationOf(marks[marks.length - 1]),
    assurance: target !== null && better ? assuranceOf(targetPerPeriod(measure, target, latest), limits, better) : null,
  };
  return { spc, marks };
}

export interface SeriesEvaluation {
  current: Current;
  direction: Direction | null;
  spc: Spc | null;
  marks: SpecialMark[];
}

/** Current value, direction of travel and SPC of one series. */
export function evaluateSeries(points: DatedPoint[], measure: Measure, better: Better | null, target: number | null): SeriesEvaluation {
  const { spc, marks } = spcOfSeries(points, measure, better, target);
  return { current: currentValue(points, measure.type), direction: directionOfTravel(points, measure.type, better), spc, marks };
}
