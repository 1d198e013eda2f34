// diffPlans: what a variation of a Plan changes, for the Police and Crime Panel's review.
// Objectives are matched by id, measures by id across the whole plan (so a measure that moves
// to another objective is a move, not a removal and an addition).
import { compareDates, parsePeriod } from '../periods';
import type { Measure, Objective, Plan } from '../types';
import { diffActions } from './actions';
import { judgeTarget } from './targets';
import type { Change, PlanDiff, TargetText } from './types';
import { idOf, isRecord } from './values';

export type { Change, ChangeKind, Judgement, PlanDiff, TargetField, TargetText } from './types';
export { describeChange, isConcern } from './describe';

function textOf(v: unknown): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

interface MeasureAt {
  measure: Measure;
  objective: string;
}

function objectivesOf(plan: Plan): Objective[] {
  const list: unknown = isRecord(plan) ? plan.objectives : undefined;
  return Array.isArray(list) ? (list.filter((o) => isRecord(o) && idOf(o.id) !== null) as Objective[]) : [];
}

function measuresOf(objective: Objective): Measure[] {
  const list: unknown = objective.measures;
  return Array.isArray(list) ? (list.filter((m) => isRecord(m) && idOf(m.id) !== null) as Measure[]) : [];
}

function indexMeasures(plan: Plan): Map<string, MeasureAt> {
  const out = new Map<string, MeasureAt>();
  for (const objective of objectivesOf(plan)) {
    for (const measure of measuresOf(objective)) {
      const id = idOf(measure.id)!;
      if (!out.has(id)) out.set(id, { measure, objective: idOf(objective.id)! });
    }
  }
  return out;
}

function indexObjectives(plan: Plan): Map<string, Objective> {
  const out = new Map<string, Objective>();
  for (const o of objectivesOf(plan)) if (!out.has(idOf(o.id)!)) out.set(idOf(o.id)!, o);
  return out;
}

function targetText(t: unknown): TargetText {
  const out: TargetText = {};
  if (!isRecord(t)) return out;
  if (typeof t.value === 'number') out.value = t.value;
  if (typeof t.change === 'number' || typeof t.change === 'string') out.change = t.change;
  if (typeof t.by === 'string') out.by = t.by;
  if (typeof t.tolerance === 'number' || typeof t.tolerance === 'string') out.tolerance = t.tolerance;
  return out;
}

function reasonOf(m: unknown): string | null {
  return isRecord(m) && typeof m.reason === 'string' ? m.reason : null;
}

const planFields = ['title', 'area', 'commissioner', 'period', 'version'] as const;
const objectiveFields = ['description', 'priority', 'earlyWin', 'owner', 'partners', 'due'] as const;
const measureFields = ['type', 'better', 'supports', 'unit', 'frequency', 'source', 'owner', 'description', 'spc'] as const;

function periodKey(p: unknown): string {
  return parsePeriod(p)?.text ?? String(p);
}

function dataChange(objective: string, measure: string, before: unknown, after: unknown): Change | undefined {
  const points = (d: unknown) => {
    const map = new Map<string, number>();
    if (Array.isArray(d)) for (const p of d) if (isRecord(p) && typeof p.value === 'number' && !map.has(periodKey(p.period))) map.set(periodKey(p.period), p.value);
    return map;
  };
  const a = points(before);
  const b = points(after);
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const revised = [...b.entries()].filter(([k, v]) => a.has(k) && a.get(k) !== v).map(([period, to]) => ({ period, from: a.get(period)!, to }));
  if (added.length + removed.length + revised.length === 0) return undefined;
  const order = (x: string, y: string) => {
    const px = parsePeriod(x);
    const py = parsePeriod(y);
    return px && py ? compareDates(px.end, py.end) || compareDates(px.start, py.start) : x.localeCompare(y);
  };
  return { kind: 'data-changed', objective, measure, added: added.sort(order), removed: removed.sort(order), revised: revised.sort((x, y) => order(x.period, y.period)) };
}

function diffMeasure(objective: string, before: Measure, after: Measure): Change[] {
  const measure = idOf(after.id)!;
  const at = { objective, measure };
  const changes: Change[] = [];
  if (!same(before.title, after.title)) changes.push({ kind: 'measure-renamed', ...at, from: textOf(before.title) ?? '', to: textOf(after.title) ?? '' });
  if (!same(before.tier, after.tier)) changes.push({ kind: 'tier-changed', ...at, from: before.tier ?? null, to: after.tier ?? null });
  for (const field of measureFields) {
    if (!same(before[field], after[field])) changes.push({ kind: 'field-changed', scope: 'measure', field, ...at, from: before[field] ?? null, to: after[field] ?? null });
  }

  const b0 = isRecord(before.baseline) ? before.baseline : undefined;
  const b1 = isRecord(after.baseline) ? after.baseline : undefined;
  if (b0 && !b1) changes.push({ kind: 'baseline-removed', ...at, from: { period: b0.period ?? null, value: b0.value ?? null } });
  else if (!b0 && b1) changes.push({ kind: 'baseline-added', ...at, to: { period: b1.period ?? null, value: b1.value ?? null } });
  else if (b0 && b1) {
    if (!same(b0.period, b1.period)) changes.push({ kind: 'baseline-restated', ...at, field: 'period', from: b0.period ?? null, to: b1.period ?? null });
    if (!same(b0.value, b1.value)) changes.push({ kind: 'baseline-restated', ...at, field: 'value', from: b0.value ?? null, to: b1.value ?? null });
  }

  const t0 = isRecord(before.target);
  const t1 = isRecord(after.target);
  const m0 = isRecord(before.monitor);
  const m1 = isRecord(after.monitor);
  if (t0 && t1) {
    changes.push(...judgeTarget(before, after).map((j) => ({ kind: 'target' as const, ...at, ...j })));
  } else if (t0 && m1) {
    changes.push({ kind: 'target-to-monitor', ...at, from: targetText(before.target), reason: reasonOf(after.monitor) });
  } else if (m0 && t1) {
    changes.push({ kind: 'monitor-to-target', ...at, to: targetText(after.target), reason: reasonOf(before.monitor) });
  } else {
    if (t0 && !t1) changes.push({ kind: 'target-removed', ...at, from: targetText(before.target) });
    if (!t0 && t1) changes.push({ kind: 'target-added', ...at, to: targetText(after.target) });
    if (m0 && !m1) changes.push({ kind: 'monitor-removed', ...at, reason: reasonOf(before.monitor) });
    if (!m0 && m1) changes.push({ kind: 'monitor-added', ...at, reason: reasonOf(after.monitor) });
  }
  if (m0 && m1 && !same(reasonOf(before.monitor), reasonOf(after.monitor))) {
    changes.push({ kind: 'field-changed', scope: 'measure', field: 'monitor.reason', ...at, from: reasonOf(before.monitor), to: reasonOf(after.monitor) });
  }
  const data = dataChange(objective, measure, before.data, after.data);
  if (data) changes.push(data);
  return changes;
}

/** Every change from `before` to `after` that a Panel reviewing a variation should see, in the new plan's order. */
export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const changes: Change[] = [];
  const info = (p: Plan) => (isRecord(p) && isRecord(p.plan) ? p.plan : {}) as Record<string, unknown>;
  const i0 = info(before);
  const i1 = info(after);
  for (const field of planFields) {
    if (!same(i0[field], i1[field])) changes.push({ kind: 'field-changed', scope: 'plan', field, objective: null, measure: null, from: i0[field] ?? null, to: i1[field] ?? null });
  }
  if (!same(i0.id, i1.id)) changes.push({ kind: 'field-changed', scope: 'plan', field: 'id', objective: null, measure: null, from: i0.id ?? null, to: i1.id ?? null });

  const oldObjectives = indexObjectives(before);
  const newObjectives = indexObjectives(after);
  const oldMeasures = indexMeasures(before);
  const newMeasures = indexMeasures(after);

  for (const [id, objective] of newObjectives) {
    const was = oldObjectives.get(id);
    if (!was) changes.push({ kind: 'objective-added', objective: id, measure: null, title: textOf(objective.title) ?? '' });
    else {
      if (!same(was.title, objective.title)) changes.push({ kind: 'objective-renamed', objective: id, measure: null, from: textOf(was.title) ?? '', to: textOf(objective.title) ?? '' });
      for (const field of objectiveFields) {
        if (!same(was[field], objective[field])) changes.push({ kind: 'field-changed', scope: 'objective', field, objective: id, measure: null, from: was[field] ?? null, to: objective[field] ?? null });
      }
    }
    for (const measure of measuresOf(objective)) {
      const mid = idOf(measure.id)!;
      if (newMeasures.get(mid)?.measure !== measure) continue; // a duplicate id: the first one speaks for it
      const old = oldMeasures.get(mid);
      if (!old) {
        changes.push({ kind: 'measure-added', objective: id, measure: mid, title: textOf(measure.title) ?? '', tier: textOf(measure.tier) });
        continue;
      }
      if (old.objective !== id) changes.push({ kind: 'measure-moved', objective: id, measure: mid, from: old.objective, to: id });
      changes.push(...diffMeasure(id, old.measure, measure));
    }
    // Measures that sat under this objective and are gone from the plan.
    if (was) {
      for (const measure of measuresOf(was)) {
        const mid = idOf(measure.id)!;
        if (oldMeasures.get(mid)?.measure === measure && !newMeasures.has(mid)) {
          changes.push({ kind: 'measure-removed', objective: id, measure: mid, title: textOf(measure.title) ?? '', tier: textOf(measure.tier) });
        }
      }
    }
  }
  for (const [id, objective] of oldObjectives) {
    if (newObjectives.has(id)) continue;
    changes.push({ kind: 'objective-removed', objective: id, measure: null, title: textOf(objective.title) ?? '' });
    for (const measure of measuresOf(objective)) {
      const mid = idOf(measure.id)!;
      if (oldMeasures.get(mid)?.measure === measure && !newMeasures.has(mid)) {
        changes.push({ kind: 'measure-removed', objective: id, measure: mid, title: textOf(measure.title) ?? '', tier: textOf(measure.tier) });
      }
    }
  }
  changes.push(...diffActions(before, after));
  const summary = (i: Record<string, unknown>) => ({ id: idOf(i.id), title: textOf(i.title), version: textOf(i.version) });
  // Null-prototype maps: ids are the plan's own text (an id of __proto__ must stay an id).
  const titles: PlanDiff['titles'] = { objectives: Object.create(null), measures: Object.create(null) };
  for (const [id, o] of [...oldObjectives, ...newObjectives]) titles.objectives[id] = textOf(o.title) ?? '';
  for (const [id, m] of [...oldMeasures, ...newMeasures]) titles.measures[id] = textOf(m.measure.title) ?? '';
  return { old: summary(i0), new: summary(i1), changes, titles };
}
