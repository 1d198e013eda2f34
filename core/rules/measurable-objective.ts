import { addKeyEdit, yamlString } from '../edits';
import type { SourceDocument } from '../source';
import type { DocPath, Fix, Measure, Objective, Plan, TextEdit } from '../types';
import type { Rule, RuleContext, RuleReport } from './rule';

// Small readers shared by the plan-shape rules. Rules also run on files the schema rejected, so
// every reader here checks the shape before it trusts it.

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export const numericTypes = ['count', 'proportion', 'rate', 'value'] as const;

/** A measure that carries figures (everything but qualitative). */
export function isNumericMeasure(m: unknown): boolean {
  return isRecord(m) && (numericTypes as readonly unknown[]).includes(m.type);
}

/** A calendar date written yyyy-mm-dd (the schema checks that it exists). */
export function isDateText(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
}

/** An id as written, for messages: strings and numbers only. */
export function idText(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export interface ObjectiveEntry {
  objective: Objective;
  index: number;
  path: DocPath;
  /** Its id for messages ("objective 3" when it has none). */
  name: string;
}

/** The plan's objectives that are mappings, with their paths. */
export function objectivesOf(plan: Plan | undefined): ObjectiveEntry[] {
  const list: unknown = plan?.objectives;
  if (!Array.isArray(list)) return [];
  const out: ObjectiveEntry[] = [];
  list.forEach((objective: unknown, index) => {
    if (!isRecord(objective)) return;
    out.push({ objective: objective as unknown as Objective, index, path: ['objectives', index], name: idText(objective.id) ?? `number ${index + 1}` });
  });
  return out;
}

/** An objective's measures that are mappings, with their index in its list. */
export function measuresOf(objective: Objective): { measure: Measure; index: number }[] {
  const list: unknown = objective?.measures;
  if (!Array.isArray(list)) return [];
  const out: { measure: Measure; index: number }[] = [];
  list.forEach((measure: unknown, index) => {
    if (isRecord(measure)) out.push({ measure: measure as unknown as Measure, index });
  });
  return out;
}

/** The plan's end date when it is written as a date. */
export function planEnd(plan: Plan | undefined): string | undefined {
  const period: unknown = plan?.plan?.period;
  return isRecord(period) && isDateText(period.end) ? period.end : undefined;
}

/**
 * Adds `key: value` to the mapping at `path`, whether it is written as a block or in flow style
 * (`{value: 41800}`): only the new entry is inserted, so comments and layout stay as they are.
 */
export function addEntryEdit(source: SourceDocument, path: DocPath, key: string, value: string): TextEdit | undefined {
  const block = addKeyEdit(source, path, [`${key}: ${value}`]);
  if (block) return block;
  const at = source.locate(path, 'value');
  if (at.path.length !== path.length) return undefined;
  const text = source.text;
  if (text[at.start] !== '{' || text[at.end - 1] !== '}') return undefined;
  let last = at.end - 2;
  while (last > at.start && /\s/.test(text[last])) last--;
  if (last === at.start) return { start: at.start + 1, end: at.start + 1, text: `${key}: ${value}` };
  const sep = text[last] === ',' ? ' ' : ', ';
  return { start: last + 1, end: last + 1, text: `${sep}${key}: ${value}` };
}

// ---- the rule ----

/** DESIGN §3: a target with a date, a monitor with a reason, or qualitative evidence on a schedule. */
export function isMeasurable(m: Measure): boolean {
  if (!isRecord(m)) return false;
  if (m.type === 'qualitative') return typeof m.frequency === 'string';
  if (isRecord(m.target) && typeof m.target.by === 'string' && m.target.by.trim() !== '') return true;
  return isRecord(m.monitor) && typeof m.monitor.reason === 'string' && m.monitor.reason.trim() !== '';
}

function skeletonFixes(context: RuleContext, path: DocPath, measure: Measure): Fix[] {
  const fixes: Fix[] = [];
  const id = idText(measure.id) ?? 'the measure';
  if (measure.type === 'qualitative') {
    const edit = addEntryEdit(context.source, path, 'frequency', 'quarterly');
    if (edit) fixes.push({ title: `Add a reporting frequency to ${id}`, edits: [edit] });
    return fixes;
  }
  const by = planEnd(context.plan) ?? 'YYYY-MM-DD';
  if (isRecord(measure.target)) {
    const edit = addEntryEdit(context.source, [...path, 'target'], 'by', by);
    if (edit) fixes.push({ title: `Add a date to ${id}'s target`, edits: [edit] });
    return fixes;
  }
  if (measure.target === undefined) {
    const target = addKeyEdit(context.source, path, [`target: {value: 0, by: ${by}}  # set the value to reach by the date`]);
    if (target) fixes.push({ title: `Add a target to ${id}`, edits: [target] });
  }
  if (measure.monitor === undefined) {
    const monitor = addKeyEdit(context.source, path, [`monitor: {reason: ${yamlString('Why a target would distort priorities here')}}`]);
    if (monitor) fixes.push({ title: `Monitor ${id} without a target (give the reason)`, edits: [monitor] });
  }
  return fixes;
}

/** The high-level measure a fix should complete: one half-written (a target without a date) first. */
function bestCandidate(highLevel: { measure: Measure; index: number }[]) {
  return (
    highLevel.find(({ measure }) => isRecord(measure.target) && !isMeasurable(measure)) ??
    highLevel.find(({ measure }) => isNumericMeasure(measure)) ??
    highLevel[0]
  );
}

export const measurableObjective: Rule = {
  id: 'measurable-objective',
  description: 'Every objective needs a high-level measure that is measurable',
  defaultSeverity: 'error',
  tags: ['smart'],
  check(context) {
    const reports: RuleReport[] = [];
    for (const { objective, path, name } of objectivesOf(context.plan)) {
      const highLevel = measuresOf(objective).filter(({ measure }) => measure.tier === 'high-level');
      if (highLevel.some(({ measure }) => isMeasurable(measure))) continue;
      const candidate = bestCandidate(highLevel);
      const fixes = candidate ? skeletonFixes(context, [...path, 'measures', candidate.index], candidate.measure) : [];
      const ids = highLevel.map(({ measure }) => idText(measure.id) ?? '(no id)').join(', ');
      const what =
        highLevel.length === 0
          ? 'it has no high-level measure. Add a measure with "tier: high-level" that says how success will be judged'
          : `none of its high-level measures (${ids}) has a target with a "by" date, a "monitor" with a reason, or (if qualitative) a reporting "frequency". Add "target: {value: ..., by: ...}", or "monitor: {reason: ...}" where a target would distort priorities`;
      reports.push({ path, message: `Objective ${name} is not measurable: ${what}`, fixes });
    }
    return reports;
  },
};
