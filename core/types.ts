// The plan file format (DESIGN §3) as TypeScript, and the one Finding type every check returns.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** 1-based line and column, as editors and CI annotations show them. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A path into the document: object keys and array indexes, e.g. ['objectives', 0, 'measures', 2]. */
export type DocPath = (string | number)[];

/** A replacement of the text between two offsets (UTF-16 code units of the file's text). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  path: DocPath;
  range: Range;
  /** Character offsets of the range, for editors that work in offsets. */
  offsets?: { start: number; end: number };
  fixes?: Fix[];
}

export type Frequency = 'monthly' | 'quarterly' | 'annual';
export type MeasureType = 'count' | 'proportion' | 'rate' | 'value' | 'qualitative';
/** `neutral` (monitored measures only): neither direction is better. */
export type Better = 'higher' | 'lower' | 'neutral';
export type Tier = 'high-level' | 'detailed';
export type Assessment = 'on-track' | 'at-risk' | 'off-track';

/** A period as written: 2014-06, 2014-Q2, 2014, FY2014-15 or 2014-06-30. YAML may read 2014 as a number. */
export type PeriodText = string | number;

export interface DataPoint {
  period: PeriodText;
  value: number;
  sample?: number;
  of?: number;
  note?: string;
  /** A declared local area's id (plan.areas): the point is that area's figure, not the force's. */
  area?: string;
  /** Where the point came from when it was read from a CSV file (1-based line). */
  csvLine?: number;
  /** And where on that line its value is (1-based column, length). */
  csvValue?: { column: number; length: number };
}

export interface Commentary {
  date: string;
  text: string;
}

export interface Evidence {
  date: string;
  summary: string;
  assessment: Assessment;
  link?: string;
}

export interface Baseline {
  period: PeriodText;
  value: number;
}

export interface Target {
  value?: number;
  /** A signed percentage of the baseline ('-5%') or a signed number in the measure's unit. */
  change?: number | string;
  by?: string;
  /** The amber band: '2%' of the expected value, or a number in the measure's unit. */
  tolerance?: number | string;
}

export interface Monitor {
  reason?: string;
}

/** The statuses a recorded judgement may give a measure. */
export type OverrideStatus = 'on-track' | 'at-risk' | 'off-track' | 'achieved' | 'missed';

/** A recorded judgement that replaces the computed status until a newer figure arrives (DESIGN §3.1). */
export interface Override {
  status: OverrideStatus;
  reason: string;
  by?: string;
  date: string;
}

export interface Measure {
  id: string;
  title: string;
  description?: string;
  tier: Tier;
  supports?: string;
  type: MeasureType;
  better?: Better;
  unit?: string;
  frequency?: Frequency;
  source?: string;
  owner?: string;
  commentary?: Commentary[];
  baseline?: Baseline;
  target?: Target;
  monitor?: Monitor;
  override?: Override;
  /** Inline points, or the path of a CSV file beside the plan. */
  data?: DataPoint[] | string;
  evidence?: Evidence[];
  /** `rebase`: periods where the process changed; each starts a new SPC segment. */
  spc?: { fixAfter?: number; rebase?: PeriodText[] };
  /** How import counts police.uk files for the measure (DESIGN §3.1). */
  policeUk?: { crimeTypes: string[]; outcomes?: string[]; areas?: string };
  /** The Most Similar Group's figures: the path of a CSV file beside the plan, or its rows once read. */
  peers?: string | PeerRow[];
}

/** One row of a peers file: a force's figure for a period (DESIGN §3.1). */
export interface PeerRow {
  force: string;
  period: PeriodText;
  value: number;
  population?: number;
  sample?: number;
  of?: number;
  /** The row's 1-based line in the peers file. */
  csvLine?: number;
}

/** A local policing area whose local plan builds the force plan. */
export interface Area {
  id: string;
  name: string;
  population?: number;
}

/** A dated note of progress on an action. */
export interface ActionUpdate {
  date: string;
  text: string;
}

export type ActionStatus = 'planned' | 'in-progress' | 'done' | 'dropped';

/** What is being done to deliver an objective (format 1.1). */
export interface Action {
  id: string;
  title: string;
  owner?: string;
  due?: string;
  status: ActionStatus;
  /** The date it was done or dropped; required with those statuses. */
  done?: string;
  /** The ids of the measures it is meant to move. */
  measures?: string[];
  /** The id of the Panel recommendation it answers. */
  recommendation?: string;
  updates?: ActionUpdate[];
}

export type Accepted = 'yes' | 'no' | 'partly';

/** A Panel recommendation and the Commissioner's answer (format 1.1). */
export interface Recommendation {
  id: string;
  /** When it was made. */
  date: string;
  from?: string;
  text: string;
  objectives?: string[];
  response?: { date: string; accepted?: Accepted; text?: string };
  /** When the answer promised it. */
  due?: string;
  /** When it was done or set aside; absent while open. */
  closed?: string;
}

export interface Objective {
  id: string;
  title: string;
  description?: string;
  priority?: number;
  earlyWin?: boolean;
  owner?: string;
  partners?: string[];
  due?: string;
  actions?: Action[];
  measures?: Measure[];
}

export interface PlanInfo {
  id: string;
  title: string;
  area?: string;
  /** The local policing areas, each with its population (for rates per 1,000). */
  areas?: Area[];
  commissioner?: string;
  period: { start: string; end: string };
  version?: string;
  recommendations?: Recommendation[];
}

export interface Plan {
  plan: PlanInfo;
  objectives: Objective[];
}
