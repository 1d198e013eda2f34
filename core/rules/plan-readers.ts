import type { Action, DocPath, Measure, Objective, Plan, Recommendation } from '../types';
import { idText, isRecord } from '../values';

// Small readers shared by the plan-shape rules. Rules also run on files the schema rejected, so
// every reader here checks the shape before it trusts it.

export { idText, isRecord };

export const numericTypes = ['count', 'proportion', 'rate', 'value'] as const;

/** A measure that carries figures (everything but qualitative). */
export function isNumericMeasure(m: unknown): boolean {
  return isRecord(m) && (numericTypes as readonly unknown[]).includes(m.type);
}

/** A calendar date written yyyy-mm-dd (the schema checks that it exists). */
export function isDateText(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
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

/** An objective's actions that are mappings, with their index in its list. */
export function actionsOf(objective: Objective): { item: Action; index: number }[] {
  const list: unknown = objective?.actions;
  if (!Array.isArray(list)) return [];
  const out: { item: Action; index: number }[] = [];
  list.forEach((action: unknown, index) => {
    if (isRecord(action)) out.push({ item: action as unknown as Action, index });
  });
  return out;
}

/** The plan's recommendations that are mappings, with their paths. */
export function recommendationsOf(plan: Plan | undefined): { item: Recommendation; index: number; path: DocPath }[] {
  const info: unknown = plan?.plan;
  const list: unknown = isRecord(info) ? info.recommendations : undefined;
  if (!Array.isArray(list)) return [];
  const out: { item: Recommendation; index: number; path: DocPath }[] = [];
  list.forEach((r: unknown, index) => {
    if (isRecord(r)) out.push({ item: r as unknown as Recommendation, index, path: ['plan', 'recommendations', index] });
  });
  return out;
}
