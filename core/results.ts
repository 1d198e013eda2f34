// What evaluation returns (DESIGN §4), shaped as `score --format json` prints it (DESIGN §6).
// Fields that do not apply are null; numbers are never rounded here.
import type { Accepted, ActionStatus, Assessment, Better, DocPath, Finding, MeasureType, OverrideStatus, Tier } from './types';

export type MeasureStatus =
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'achieved'
  | 'missed'
  | 'no-data'
  | 'insufficient-data'
  | 'monitored'
  | 'unmeasured';

export type ObjectiveStatus = 'on-track' | 'at-risk' | 'off-track' | 'monitored' | 'no-data';

export type DirectionVerdict = 'improving' | 'deteriorating' | 'increasing' | 'decreasing' | 'no-significant-change' | 'change-untested';

export interface Direction {
  verdict: DirectionVerdict;
  /** The test statistic, or null when no test could be made (change-untested). */
  z: number | null;
  /** The value compared against: the previous twelve-month total for counts, the point twelve months earlier otherwise. */
  previous: number;
  /** current − previous, the plain difference. */
  difference: number;
  /** Counts with monthly or quarterly points: the dispersion φ the test allowed for (at least 1); else null. */
  dispersion: number | null;
}

/** The financial year to date against the same months a year earlier (counts with monthly or quarterly points). */
export interface YearToDate {
  /** 1 April of the financial year holding the latest period, yyyy-mm-dd. */
  from: string;
  /** The end of the latest period, yyyy-mm-dd. */
  to: string;
  value: number;
  previous: number;
  z: number | null;
  verdict: DirectionVerdict;
}

export type Variation = 'common-cause' | 'special-cause-improvement' | 'special-cause-concern' | 'special-cause-high' | 'special-cause-low';

/** A special-cause point by its own direction: improvement or concern, or for `better: neutral` high or low. */
export type SpecialCauseMark = 'improvement' | 'concern' | 'high' | 'low';
export type AssuranceVerdict = 'consistently-passes' | 'consistently-fails' | 'hit-and-miss';

export interface Spc {
  /** The first period of the segment the limits describe (the latest rebase, or the first point). */
  from: string;
  centre: number;
  lower: number;
  upper: number;
  /** Mean moving range after screening. */
  meanRange: number;
  variation: Variation;
  assurance: AssuranceVerdict | null;
}

/** One stretch of the series between rebases, with its own centre and limits. */
export interface SpcSegment {
  /** First and last period of the segment. */
  from: string;
  to: string;
  centre: number;
  lower: number;
  upper: number;
}

export interface Interval {
  lower: number;
  upper: number;
}

/** One point of the series as charts draw it. */
export interface SeriesPoint {
  period: string;
  /** The date the period stands at (its last day), yyyy-mm-dd. */
  at: string;
  value: number;
  sample: number | null;
  of: number | null;
  note: string | null;
  /** 95% Wilson interval for survey proportions, else null. */
  interval: Interval | null;
  /** SPC special cause on this point, by its own direction. */
  special: SpecialCauseMark | null;
}

export interface EvidenceItem {
  date: string;
  summary: string;
  assessment: Assessment;
  link: string | null;
}

/** A dated line of the measure owner's narrative. */
export interface CommentItem {
  date: string;
  text: string;
}

export interface OverrideResult {
  status: OverrideStatus;
  reason: string;
  by: string | null;
  date: string;
}

/** Where a unit lies on a funnel plot (DESIGN §4.1): beyond which limit, on which side, or within. */
export type FunnelPosition = 'above-99.8' | 'above-95' | 'within' | 'below-95' | 'below-99.8';

/** A local area's own series and its place among the areas (DESIGN §4.1). */
export interface AreaResult {
  id: string;
  /** The area's name as the plan declares it (not in the JSON, which names areas by id). */
  name: string;
  current: { value: number; at: string } | null;
  /** Counts: the current value per 1,000 population; else null. */
  rate: number | null;
  direction: Direction | null;
  spc: Spc | null;
  position: FunnelPosition | null;
  rank: number | null;
  /** The population (counts) or denominator (proportions) the funnel reads; else null. */
  size: number | null;
}

/** One force of the Most Similar Group at the period compared. */
export interface PeerUnit {
  force: string;
  value: number;
  rate: number | null;
  position: FunnelPosition | null;
  rank: number | null;
  /** The population (counts) or denominator (proportions) the funnel reads; else null. */
  size: number | null;
  /** True for this plan's own force (its `plan.area`). */
  self: boolean;
}

export interface PeersResult {
  /** The end of the period compared, yyyy-mm-dd. */
  at: string;
  /** The group's pooled figure, or null when the figures cannot be tested. */
  group: number | null;
  units: PeerUnit[];
}

export interface MeasureResult {
  id: string;
  title: string;
  tier: Tier;
  supports: string | null;
  type: MeasureType;
  better: Better | null;
  unit: string | null;
  status: MeasureStatus;
  /** The status the rules of §4 give, before any override (equal to `status` when none applies). */
  computedStatus: MeasureStatus;
  /** The recorded judgement that replaces the computed status, while it applies; else null. */
  override: OverrideResult | null;
  stale: boolean;
  current: { value: number; at: string } | null;
  expected: number | null;
  gap: number | null;
  direction: Direction | null;
  yearToDate: YearToDate | null;
  spc: Spc | null;
  /** Centre and limits of every segment with enough points to draw them, oldest first (charts). */
  spcSegments: SpcSegment[];
  /** 95% Wilson interval of the latest survey point, else null. */
  interval: Interval | null;
  /** Whether the expected value lies inside that interval; null without an interval or an expected value. */
  withinMargin: boolean | null;
  baseline: { period: string; at: string; value: number } | null;
  target: { value: number; by: string } | null;
  series: SeriesPoint[];
  evidence: EvidenceItem[];
  /** The owner's commentary dated on or before the as-of date, oldest first. */
  commentary: CommentItem[];
  /** Why the measure has no target, when it is monitored by decision. */
  monitorReason: string | null;
  /** Where the measure is written in its plan file (two measures may share an id). */
  path?: DocPath;
  /** Each declared local area's figures, when the measure has any; else null. */
  areas?: AreaResult[] | null;
  /** The areas' pooled figure that their funnel is drawn round, or null. */
  areasGroup?: number | null;
  /** The Most Similar Group compared, when the measure has a peers file; else null. */
  peers?: PeersResult | null;
}

/** An action as of the date (DESIGN §4, actions and recommendations). */
export interface ActionResult {
  id: string;
  title: string;
  /** As of the date: an action done or dropped after it was still in progress then. */
  status: ActionStatus;
  due: string | null;
  /** Planned or in progress, and due before the as-of date. */
  overdue: boolean;
  owner: string | null;
  /** The date it was done or dropped, when that is on or before the as-of date. */
  done: string | null;
  /** The ids of the measures it is meant to move. */
  measures: string[];
  /** The id of the recommendation it answers. */
  recommendation: string | null;
  /** Its updates dated on or before the as-of date, oldest first. */
  updates: CommentItem[];
}

export type RecommendationState = 'closed' | 'awaiting-response' | 'overdue' | 'open';

/** A Panel recommendation as of the date; one made after it is left out of the result. */
export interface RecommendationResult {
  id: string;
  state: RecommendationState;
  /** When it was made. */
  date: string;
  from: string | null;
  text: string;
  objectives: string[];
  /** The answer, when it is dated on or before the as-of date. */
  response: { date: string; accepted: Accepted | null; text: string | null } | null;
  due: string | null;
  /** When it was closed, if on or before the as-of date. */
  closed: string | null;
}

export interface ObjectiveResult {
  id: string;
  title: string;
  status: ObjectiveStatus;
  /** For monitored objectives: the worst direction of travel among its monitor high-level measures. */
  direction: DirectionVerdict | null;
  measures: MeasureResult[];
  /** Where the objective is written in its plan file. */
  path?: DocPath;
  /** What is being done to deliver it, in the order written (always set by evaluation). */
  actions?: ActionResult[];
}

export interface PlanResult {
  id: string;
  title: string;
  file: string;
  summary: {
    objectives: Partial<Record<ObjectiveStatus, number>>;
    measures: Partial<Record<MeasureStatus, number>>;
  };
  objectives: ObjectiveResult[];
  /** The Panel's recommendations made on or before the as-of date (always set by evaluation). */
  recommendations?: RecommendationResult[];
}

export interface ScoreResult {
  asOf: string;
  plans: PlanResult[];
  findings: Finding[];
  /** With `--since`: the earlier as-of date the plans are compared with. */
  since?: string;
  /** With `--since`: what changed between the two dates, plan by plan (core/changes). */
  changes?: Change[];
}

/** The kinds of change between two as-of dates (`--since`), in the order a measure's changes are listed. */
export type ChangeKind =
  | 'achieved'
  | 'missed'
  | 'status'
  | 'direction'
  | 'special-cause'
  | 'new-figures'
  | 'action-overdue'
  | 'action-done'
  | 'recommendation-answered'
  | 'recommendation-closed';

/** One change since the last report (core/changes compares two evaluations of a plan). */
export interface Change {
  /** The plan's id. */
  plan: string;
  /** The objective's id; null for a recommendation (it belongs to the plan). */
  objective: string | null;
  /** The measure's id; null for an action or a recommendation. */
  measure: string | null;
  what: ChangeKind;
  /** As of the earlier date (a status, verdict, period or state); null when there was none. */
  from: string | null;
  /** As of the later date. */
  to: string | null;
  /** The action's id, for action changes; else null. */
  action: string | null;
  /** The recommendation's id, for recommendation changes; else null. */
  recommendation: string | null;
  /** The title of the measure or action, or the text of the recommendation, for readers. */
  title: string;
}
