// The model the report and the preview draw: a ScoreResult, plus what the source adds for readers
// (where each measure sits in the file, the files the figures came from). Pure: no fs, no DOM.
import type { MeasureResult, ObjectiveResult, PlanResult, ScoreResult } from '../results';
import type { Change } from '../changes/index';
import type { DocPath, Finding, Plan } from '../types';
import { noSuchObjective, selectObjective, type ScoredPlan } from '../present/order';

export interface ReportMeasure extends MeasureResult {
  /** Where the measure sits in its plan file, for "reveal in editor". */
  path?: DocPath;
  /** The measure's `source`: the system the figures come from. */
  source?: string | null;
  /** The CSV file beside the plan the figures were read from, if any. */
  dataFile?: string | null;
}

/** An action as the plan writes it (format 1.1), for the Panel paper's list of what is being done. */
export interface WrittenAction {
  id: string;
  title: string;
  owner: string | null;
  due: string | null;
  status: string | null;
  done: string | null;
}

export interface ReportObjective extends Omit<ObjectiveResult, 'measures'> {
  path?: DocPath;
  /** Its actions as written; their state as of the date comes from the evaluation where it has one. */
  writtenActions?: WrittenAction[];
  measures: ReportMeasure[];
  /** The objective as the plan states it. */
  description?: string | null;
  owner?: string | null;
  partners?: string[];
  due?: string | null;
  earlyWin?: boolean;
}

export interface ReportPlan extends Omit<PlanResult, 'objectives'> {
  objectives: ReportObjective[];
}

export interface ReportModel {
  asOf: string;
  plans: ReportPlan[];
  findings: Finding[];
  /** Every file the report was made from: plans and their data files. */
  sources?: string[];
  /** A heading for the whole report; by default the plan's title, or "Police and Crime Plan scorecard". */
  title?: string;
  /** With --since: the as-of date of the last report, and what changed since (shown first). */
  since?: string;
  changes?: Change[];
  /** The Panel's view: no file paths and no lint findings (those are for the officer). */
  panel?: boolean;
}

/** What the renderer accepts: a whole score, or one plan with its findings (the editor's preview). */
export type ModelInput = ScoreResult | ReportModel | { asOf: string; plan: PlanResult | ReportPlan | undefined; findings?: Finding[]; sources?: string[]; title?: string };

/** Any accepted input as a ReportModel, tolerating missing lists (a model from an older or newer version). */
export function toReportModel(input: ModelInput): ReportModel {
  const raw = (input ?? {}) as Partial<ReportModel> & { plan?: ReportPlan };
  const plans: ReportPlan[] = Array.isArray(raw.plans) ? raw.plans : raw.plan ? [raw.plan] : [];
  const findings = Array.isArray(raw.findings) ? raw.findings : [];
  const sources = Array.isArray(raw.sources) ? raw.sources : [...new Set([...plans.map((p) => p.file), ...findings.map((f) => f.file)].filter((f): f is string => typeof f === 'string'))];
  return {
    asOf: typeof raw.asOf === 'string' ? raw.asOf : '',
    plans: plans.map((p) => ({ ...p, objectives: Array.isArray(p.objectives) ? p.objectives.map((o) => ({ ...o, measures: Array.isArray(o.measures) ? o.measures : [] })) : [] })),
    findings,
    sources,
    title: raw.title,
    ...(typeof raw.since === 'string' ? { since: raw.since, changes: Array.isArray(raw.changes) ? raw.changes : [] } : {}),
    ...(raw.panel === true ? { panel: true } : {}),
  };
}

/** Plan text as a string (YAML may have read a date or a number), or null. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return null;
}

/**
 * Adds to an evaluated plan what only the source knows: each objective's and measure's path in
 * the file (the evaluation's own where it has it, else matched by id), the measure's `source` and
 * its CSV file.
 */
export function annotatePlan(result: PlanResult, plan: Plan | undefined): ReportPlan {
  const objectivePaths = new Map<string, DocPath>();
  const stated = new Map<string, Pick<ReportObjective, 'description' | 'owner' | 'partners' | 'due' | 'earlyWin' | 'writtenActions'>>();
  const measureInfo = new Map<string, { path: DocPath; source: string | null; dataFile: string | null }>();
  const byPlace = new Map<string, { path: DocPath; source: string | null; dataFile: string | null }>();
  const objectives = plan && Array.isArray(plan.objectives) ? plan.objectives : [];
  objectives.forEach((o, i) => {
    if (!o || typeof o !== 'object') return;
    if (typeof o.id === 'string' && !objectivePaths.has(o.id)) {
      objectivePaths.set(o.id, ['objectives', i]);
      stated.set(o.id, {
        description: textOf(o.description),
        owner: textOf(o.owner),
        partners: Array.isArray(o.partners) ? o.partners.map(textOf).filter((x): x is string => x !== null) : [],
        due: textOf(o.due),
        earlyWin: o.earlyWin === true,
        writtenActions: writtenActions((o as { actions?: unknown }).actions),
      });
    }
    (Array.isArray(o.measures) ? o.measures : []).forEach((m, j) => {
      if (!m || typeof m !== 'object') return;
      const info = { path: ['objectives', i, 'measures', j], source: typeof m.source === 'string' ? m.source : null, dataFile: typeof m.data === 'string' ? m.data : null };
      byPlace.set(info.path.join('/'), info);
      if (typeof m.id === 'string' && !measureInfo.has(m.id)) measureInfo.set(m.id, info);
    });
  });
  return {
    ...result,
    objectives: result.objectives.map((o) => ({
      ...o,
      path: o.path ?? objectivePaths.get(o.id),
      ...stated.get(o.id),
      measures: o.measures.map((m) => ({ ...m, ...((m.path && byPlace.get(m.path.join('/'))) || measureInfo.get(m.id)) })),
    })),
  };
}

function writtenActions(actions: unknown): WrittenAction[] {
  if (!Array.isArray(actions)) return [];
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return actions
    .filter((a): a is Record<string, unknown> => a !== null && typeof a === 'object' && typeof (a as { id?: unknown }).id === 'string')
    .map((a) => ({ id: a.id as string, title: text(a.title) ?? '', owner: text(a.owner), due: text(a.due), status: text(a.status), done: text(a.done) }));
}

/** The plan's data files, resolved beside the plan file with forward slashes kept as written. */
export function dataFilesOf(plan: ReportPlan): string[] {
  const dir = plan.file.includes('/') || plan.file.includes('\\') ? plan.file.replace(/[\\/][^\\/]*$/, '') : '';
  const files = new Set<string>();
  for (const o of plan.objectives) for (const m of o.measures) if (m.dataFile) files.add(dir ? `${dir}/${m.dataFile}` : m.dataFile);
  return [...files];
}

/** One plan file as checked: its evaluation (absent when it could not be read as a plan), the plan as written, and its findings. */
export interface CheckedEntry {
  file: string;
  result?: PlanResult;
  /** The plan as written (data files still named), for paths and sources. */
  plan?: unknown;
  findings: Finding[];
  /** With `since`: what changed in this plan since that date. */
  changes?: Change[];
}

export interface BuildOptions {
  asOf: string;
  /** Only this objective: summaries counted again, findings about other objectives left out. */
  objective?: string;
  title?: string;
  /** An earlier as-of date: the model then carries what changed since it. */
  since?: string;
  /** The Panel's view (see ReportModel.panel): findings and file paths left out, plan files named by their name alone. */
  panel?: boolean;
}

function objectiveIdsOf(plan: unknown): (string | null)[] {
  const objectives = plan && typeof plan === 'object' ? (plan as { objectives?: unknown }).objectives : undefined;
  return Array.isArray(objectives) ? objectives.map((o) => (o && typeof o === 'object' && typeof (o as { id?: unknown }).id === 'string' ? (o as { id: string }).id : null)) : [];
}

/**
 * The report model of checked plans: the one build the command line, the editor's export and its
 * preview share. With `objective`, `missing` says what to write when no plan has it.
 */
export function reportModelOf(entries: CheckedEntry[], options: BuildOptions): { model: ReportModel; missing?: string } {
  const scored: ScoredPlan<ReportPlan>[] = [];
  const unscoredFindings: Finding[] = [];
  const sources: string[] = [];
  for (const entry of entries) {
    if (!sources.includes(entry.file)) sources.push(entry.file);
    if (!entry.result) {
      unscoredFindings.push(...entry.findings);
      continue;
    }
    const plan = annotatePlan(entry.result, entry.plan as Plan | undefined);
    for (const data of dataFilesOf(plan)) if (!sources.includes(data)) sources.push(data);
    scored.push({ result: plan, objectiveIds: objectiveIdsOf(entry.plan), findings: entry.findings });
  }
  let plans = scored.map((s) => s.result);
  let findings = entries.flatMap((e) => e.findings);
  let changes = entries.flatMap((e) => e.changes ?? []);
  if (options.objective !== undefined) {
    const selected = selectObjective(scored, options.objective);
    if (!selected) return { model: { asOf: options.asOf, plans: [], findings, sources, title: options.title }, missing: noSuchObjective(scored, options.objective) };
    plans = selected.plans;
    findings = [...selected.findings, ...unscoredFindings];
    changes = changes.filter((c) => c.objective === options.objective);
  }
  const since = options.since !== undefined ? { since: options.since, changes } : {};
  if (options.panel) {
    const name = (file: string) => file.replace(/^.*[\\/]/, '');
    return { model: { asOf: options.asOf, plans: plans.map((p) => ({ ...p, file: name(p.file) })), findings: [], sources: [], title: options.title, panel: true, ...since } };
  }
  return { model: { asOf: options.asOf, plans, findings, sources, title: options.title, ...since } };
}
