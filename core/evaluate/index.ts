// Evaluation of a plan as of a date (DESIGN §4): every measure's status, trajectory, direction of
// travel and SPC verdict, rolled up to objectives and counted for the plan. Pure: no I/O.
import { parsePeriod } from '../periods';
import type { MeasureResult, MeasureStatus, ObjectiveResult, PlanResult, SeriesPoint } from '../results';
import type { Area, Better, Measure, Objective, Plan } from '../types';
import { evaluateActions, evaluateRecommendations } from './actions';
import { declaredAreas, evaluateAreas } from './areas';
import { evaluatePeers } from './peers';
import { pointsAsOf, type DatedPoint } from './points';
import { commentaryAsOf, evidenceAsOf } from './qualitative';
import { countBy, objectiveStatus, type MeasureRole, type RolledMeasure } from './rollup';
import { evaluateSeries } from './series';
import { overrideState } from './override';
import { isStale } from './stale';
import { resolveTarget, trajectoryVerdict, type ResolvedTarget } from './trajectory';
import { isInside, wilsonInterval } from './wilson';

export { pointsAsOf } from './points';
export type { DatedPoint } from './points';
export { currentValue, twelveMonthTotal } from './current';
export { directionOfTravel, countZ, dispersionOf, twoProportionZ, verdictOfZ } from './direction';
export { yearToDate, financialYearStart } from './year-to-date';
export { xmrLimits, specialCauses, specialDirections, assuranceOf } from './spc';
export { resolveTarget, expectedAt, gapOf, toleranceOf, trajectoryVerdict } from './trajectory';
export { wilsonInterval } from './wilson';
export { evaluateSeries, spcOfSeries, rebasePeriods, type SeriesEvaluation, type SpecialMark } from './series';
export { actionStatusAsOf, evaluateActions, evaluateRecommendations, isOverdue, recommendationState } from './actions';
export { objectiveStatus, worstDirection } from './rollup';
export { freshUntil, isStale } from './stale';

export interface EvaluateOptions {
  /** yyyy-mm-dd: points whose period ends after it are ignored. */
  asOf: string;
  /** The plan's file, echoed in the result. */
  file: string;
}

function baselineOf(measure: Measure): { period: string; at: string; value: number } | null {
  const b = measure.baseline;
  if (!b || typeof b !== 'object' || typeof b.value !== 'number' || !Number.isFinite(b.value)) return null;
  const period = parsePeriod(b.period);
  return period ? { period: period.text, at: period.end, value: b.value } : null;
}

/**
 * `better` as written (`neutral` included); failing that (a lint error) the direction the target
 * points in from the baseline; else null.
 */
function effectiveBetter(measure: Measure, baseline: { value: number } | null, target: ResolvedTarget | null): Better | null {
  if (measure.better === 'higher' || measure.better === 'lower' || measure.better === 'neutral') return measure.better;
  return targetDirection(baseline, target);
}

function targetDirection(baseline: { value: number } | null, target: ResolvedTarget | null): 'higher' | 'lower' | null {
  if (baseline && target && target.value !== baseline.value) return target.value < baseline.value ? 'lower' : 'higher';
  return null;
}

/**
 * Qualitative measures are judged on evidence; a measure with a usable target (a real `by` and a
 * value that can be worked out) by its trajectory; else one with `monitor` by its direction of
 * travel; else it is unmeasured. A target without `by`, or a `change` without a baseline, is no
 * usable target.
 */
export function measureRole(measure: Measure): MeasureRole {
  if (measure.type === 'qualitative') return 'qualitative';
  const baseline = baselineOf(measure);
  if (resolveTarget(measure.target, baseline?.value ?? null)) return 'targeted';
  if (measure.monitor && typeof measure.monitor === 'object') return 'monitor';
  return 'unmeasured';
}

/** Proportions with a `sample` (respondents), or failing that an `of` (denominator), carry a 95% Wilson interval. */
function intervalOf(measure: Measure, p: DatedPoint) {
  const n = p.sample ?? p.of;
  return measure.type === 'proportion' && n !== null ? wilsonInterval(p.value, n) : null;
}

function base(measure: Measure, asOf: string): Omit<MeasureResult, 'status' | 'computedStatus' | 'override' | 'withinMargin' | 'stale' | 'current' | 'expected' | 'gap' | 'direction' | 'yearToDate' | 'spc' | 'spcSegments' | 'interval' | 'baseline' | 'target' | 'series' | 'evidence'> {
  const monitor: unknown = measure.monitor;
  const reason = monitor !== null && typeof monitor === 'object' ? (monitor as { reason?: unknown }).reason : undefined;
  return {
    commentary: commentaryAsOf(measure.commentary, asOf),
    monitorReason: typeof reason === 'string' && reason.trim() !== '' ? reason : null,
    id: measure.id,
    title: measure.title,
    tier: measure.tier,
    supports: typeof measure.supports === 'string' ? measure.supports : null,
    type: measure.type,
    better: measure.better === 'higher' || measure.better === 'lower' || measure.better === 'neutral' ? measure.better : null,
    unit: typeof measure.unit === 'string' ? measure.unit : null,
  };
}

function evaluateQualitative(measure: Measure, asOf: string): MeasureResult {
  const evidence = evidenceAsOf(measure.evidence, asOf);
  const latest = evidence[evidence.length - 1];
  // Stale counts from the latest evidence's date by `frequency`; evidence has no period of its own,
  // so without a frequency it is never stale.
  const stale = latest !== undefined && measure.frequency !== undefined && isStale(asOf, latest.date, measure.frequency, 0);
  return {
    ...base(measure, asOf),
    status: latest ? latest.assessment : 'no-data',
    computedStatus: latest ? latest.assessment : 'no-data',
    override: null,
    stale,
    current: null,
    expected: null,
    gap: null,
    direction: null,
    yearToDate: null,
    spc: null,
    spcSegments: [],
    interval: null,
    withinMargin: null,
    baseline: baselineOf(measure),
    target: null,
    series: [],
    evidence,
  };
}

/** One measure as of `asOf`. `plan` is the plan it belongs to: its local areas and its force's name. */
export function evaluateMeasure(measure: Measure, plan: Plan | undefined, asOf: string): MeasureResult {
  if (measure.type === 'qualitative') return evaluateQualitative(measure, asOf);

  const areas = declaredAreas(plan);
  const points = pointsAsOf(measure, asOf, areas.map((a) => a.id));
  const latest = points[points.length - 1];
  const baseline = baselineOf(measure);
  const role = measureRole(measure);
  const target = role === 'targeted' ? resolveTarget(measure.target, baseline?.value ?? null) : null;
  const better = effectiveBetter(measure, baseline, target);
  const evaluated = evaluateSeries(points, measure, better, target ? target.value : null);
  const current = evaluated.current;

  let status: MeasureStatus;
  let expected: number | null = null;
  let gap: number | null = null;
  if (role === 'unmeasured') status = 'unmeasured';
  else if (current.kind === 'no-data') status = 'no-data';
  else if (role === 'monitor') status = 'monitored';
  else if (current.kind === 'insufficient-data') status = 'insufficient-data';
  else {
    // A targeted measure without `better` (a lint error), or `neutral` with a target (a schema
    // error), reads the target's own direction, or higher.
    const judging = better === 'higher' || better === 'lower' ? better : (targetDirection(baseline, target) ?? 'higher');
    const verdict = trajectoryVerdict(current, baseline, target as ResolvedTarget, measure.target?.tolerance, judging);
    status = verdict.status;
    expected = verdict.expected;
    gap = verdict.gap;
  }
  const interval = latest ? intervalOf(measure, latest) : null;
  const withinMargin = interval && expected !== null ? isInside(expected, interval) : null;
  // a survey shortfall inside the margin of error is not shown as off track
  if (status === 'off-track' && withinMargin === true) status = 'at-risk';
  const computedStatus = status;
  const judged = overrideState(measure, points, asOf);
  if (judged?.state === 'applies') status = judged.override.status;

  const series: SeriesPoint[] = points.map((p, i) => ({
    period: p.period.text,
    at: p.period.end,
    value: p.value,
    sample: p.sample,
    of: p.of,
    note: p.note,
    interval: intervalOf(measure, p),
    special: evaluated.marks[i],
  }));

  return {
    ...base(measure, asOf),
    status,
    computedStatus,
    override: judged?.state === 'applies' ? judged.override : null,
    stale: latest !== undefined && isStale(asOf, latest.period.end, measure.frequency, latest.period.months),
    current: current.kind === 'value' ? { value: current.value, at: current.at } : null,
    expected,
    gap,
    direction: evaluated.direction,
    yearToDate: evaluated.yearToDate,
    spc: evaluated.spc,
    spcSegments: evaluated.spcSegments,
    interval,
    withinMargin,
    baseline,
    target,
    series,
    evidence: [],
    ...comparisons(measure, plan, areas, asOf, better),
  };
}

/** How the measure compares inside the force (its areas) and outside it (its peers), DESIGN §4.1. */
function comparisons(measure: Measure, plan: Plan | undefined, areas: Area[], asOf: string, better: Better | null): Pick<MeasureResult, 'areas' | 'areasGroup' | 'peers'> {
  const byArea = evaluateAreas(measure, areas, asOf, better);
  const force = typeof plan?.plan?.area === 'string' ? plan.plan.area : undefined;
  return { areas: byArea?.areas ?? null, areasGroup: byArea?.group ?? null, peers: evaluatePeers(measure, force, asOf, better) };
}

const isObject = <T>(v: T | null | undefined): v is T => v !== null && typeof v === 'object';

/** One objective of `plan` as of `asOf`: its measures rolled up, and its actions. */
export function evaluateObjective(objective: Objective, plan: Plan, asOf: string): ObjectiveResult {
  const rolled: RolledMeasure[] = (Array.isArray(objective.measures) ? objective.measures : []).filter(isObject).map((m) => ({
    role: measureRole(m),
    result: evaluateMeasure(m, plan, asOf),
  }));
  const { status, direction } = objectiveStatus(rolled);
  const actions = evaluateActions(objective.actions, asOf);
  return { id: objective.id, title: objective.title, status, direction, measures: rolled.map((r) => r.result), actions };
}

/** `reuse` may give an objective's result from an earlier evaluation of the same objective, as of the same date. */
export function evaluatePlan(plan: Plan, options: EvaluateOptions, reuse?: (objective: Objective) => ObjectiveResult | undefined): PlanResult {
  const objectives: ObjectiveResult[] = [];
  const measureStatuses: MeasureStatus[] = [];
  for (const objective of (Array.isArray(plan.objectives) ? plan.objectives : []).filter(isObject)) {
    const result = reuse?.(objective) ?? evaluateObjective(objective, plan, options.asOf);
    for (const m of result.measures) measureStatuses.push(m.status);
    objectives.push(result);
  }
  // the plan's own keys are never pruned: a title the schema rejected (a list, a mapping) is not shown
  const text = (v: unknown) => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? String(v) : (undefined as unknown as string));
  return {
    id: text(plan.plan?.id),
    title: text(plan.plan?.title),
    file: options.file,
    summary: { objectives: countBy(objectives.map((o) => o.status)), measures: countBy(measureStatuses) },
    objectives,
    recommendations: evaluateRecommendations(isObject(plan.plan) ? plan.plan.recommendations : undefined, options.asOf),
  };
}
