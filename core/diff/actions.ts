// What a new version of a plan changes in its actions and the Panel's recommendations: added,
// removed, re-dated, re-owned, closed (done or dropped), answered. Matched by id across the plan.
import type { Action, Objective, Plan, Recommendation } from '../types';
import type { Change } from './types';
import { idOf, isRecord } from './values';

const textOf = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

function indexActions(plan: Plan): Map<string, { action: Action; objective: string }> {
  const out = new Map<string, { action: Action; objective: string }>();
  const objectives: unknown = isRecord(plan) ? plan.objectives : undefined;
  for (const o of Array.isArray(objectives) ? (objectives as Objective[]) : []) {
    const oid = isRecord(o) ? idOf(o.id) : null;
    if (oid === null || !Array.isArray(o.actions)) continue;
    for (const a of o.actions) {
      const id = isRecord(a) ? idOf(a.id) : null;
      if (id !== null && !out.has(id)) out.set(id, { action: a, objective: oid });
    }
  }
  return out;
}

function indexRecommendations(plan: Plan): Map<string, Recommendation> {
  const out = new Map<string, Recommendation>();
  const info: unknown = isRecord(plan) ? plan.plan : undefined;
  const list = isRecord(info) ? info.recommendations : undefined;
  for (const r of Array.isArray(list) ? (list as Recommendation[]) : []) {
    const id = isRecord(r) ? idOf(r.id) : null;
    if (id !== null && !out.has(id)) out.set(id, r);
  }
  return out;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function diffActions(before: Plan, after: Plan): Change[] {
  const changes: Change[] = [];
  const old = indexActions(before);
  const now = indexActions(after);
  for (const [id, { action, objective }] of now) {
    const was = old.get(id);
    const at = { objective, measure: null, action: id };
    if (!was) {
      changes.push({ kind: 'action-added', ...at, title: textOf(action.title) ?? '', due: textOf(action.due), owner: textOf(action.owner) });
      continue;
    }
    for (const field of ['due', 'owner', 'status', 'done'] as const) {
      if (!same(was.action[field], action[field])) changes.push({ kind: 'action-changed', ...at, field, from: was.action[field] ?? null, to: action[field] ?? null });
    }
  }
  for (const [id, { action, objective }] of old) {
    if (!now.has(id)) changes.push({ kind: 'action-removed', objective, measure: null, action: id, title: textOf(action.title) ?? '' });
  }

  const oldRecs = indexRecommendations(before);
  const newRecs = indexRecommendations(after);
  for (const [id, r] of newRecs) {
    const was = oldRecs.get(id);
    const at = { objective: null, measure: null, recommendation: id };
    if (!was) {
      changes.push({ kind: 'recommendation-added', ...at, text: textOf(r.text) ?? '', date: textOf(r.date) });
      continue;
    }
    for (const field of ['due', 'response', 'closed'] as const) {
      if (!same(was[field], r[field])) changes.push({ kind: 'recommendation-changed', ...at, field, from: was[field] ?? null, to: r[field] ?? null });
    }
  }
  for (const [id, r] of oldRecs) {
    if (!newRecs.has(id)) changes.push({ kind: 'recommendation-removed', objective: null, measure: null, recommendation: id, text: textOf(r.text) ?? '' });
  }
  return changes;
}
