// The reading order of a plan and the one-objective view, shared by every output.
import type { MeasureStatus, ObjectiveStatus, PlanResult } from '../results';
import type { Finding } from '../types';
import { countStatuses } from './status';

interface MeasureLike {
  id: string;
  tier: string;
  supports: string | null;
  status: MeasureStatus;
}

interface ObjectiveLike<M extends MeasureLike> {
  id: string;
  status: ObjectiveStatus;
  measures: M[];
}

export type Row<O extends ObjectiveLike<M>, M extends MeasureLike> =
  | { kind: 'objective'; depth: 0; objective: O }
  | { kind: 'measure'; depth: 1 | 2; objective: O; measure: M };

/**
 * Each objective, its high-level measures, and beneath each the detailed measures that support it,
 * wherever in the plan that measure is; a detailed measure whose `supports` names no high-level
 * measure stays with its own objective, after the high-level ones. Every measure appears once.
 */
export function measureRows<M extends MeasureLike, O extends ObjectiveLike<M>>(plan: { objectives: O[] }): Row<O, M>[] {
  const highLevelIds = new Set<string>();
  for (const o of plan.objectives) for (const m of o.measures) if (m.tier === 'high-level') highLevelIds.add(m.id);
  const supported = (m: M) => m.tier !== 'high-level' && m.supports !== null && m.supports !== undefined && highLevelIds.has(m.supports);
  const supporters = new Map<string, M[]>();
  for (const o of plan.objectives) {
    for (const m of o.measures) {
      if (!supported(m)) continue;
      const list = supporters.get(m.supports as string) ?? [];
      list.push(m);
      supporters.set(m.supports as string, list);
    }
  }
  const placed = new Set<M>();
  const rows: Row<O, M>[] = [];
  for (const objective of plan.objectives) {
    rows.push({ kind: 'objective', depth: 0, objective });
    for (const m of objective.measures) {
      if (m.tier !== 'high-level' || placed.has(m)) continue;
      placed.add(m);
      rows.push({ kind: 'measure', depth: 1, objective, measure: m });
      for (const d of supporters.get(m.id) ?? []) {
        if (placed.has(d)) continue;
        placed.add(d);
        rows.push({ kind: 'measure', depth: 2, objective, measure: d });
      }
    }
    for (const m of objective.measures) {
      if (placed.has(m) || supported(m)) continue;
      placed.add(m);
      rows.push({ kind: 'measure', depth: 1, objective, measure: m });
    }
  }
  return rows;
}

/** The measures shown under each objective, in reading order; `nested` for a detailed measure under its high-level one. */
export function measuresByObjective<M extends MeasureLike, O extends ObjectiveLike<M>>(plan: { objectives: O[] }): Map<O, { measure: M; nested: boolean }[]> {
  const out = new Map<O, { measure: M; nested: boolean }[]>();
  for (const o of plan.objectives) out.set(o, []);
  for (const row of measureRows<M, O>(plan)) if (row.kind === 'measure') out.get(row.objective)?.push({ measure: row.measure, nested: row.depth === 2 });
  return out;
}

/** A plan with what its check found, and its objectives' ids as written (a finding's path counts objectives as written). */
export interface ScoredPlan<P> {
  result: P;
  objectiveIds: (string | null)[];
  findings: Finding[];
}

type PlanLike = Pick<PlanResult, 'summary'> & { objectives: ObjectiveLike<MeasureLike>[] };

/**
 * Only the objective `id`, in the plans that have it, with each summary counted again over what
 * is shown; a plan's findings are kept when they are about that objective or about no objective.
 * Undefined when no plan has the objective.
 */
export function selectObjective<P extends PlanLike>(scored: ScoredPlan<P>[], id: string): { plans: P[]; findings: Finding[] } | undefined {
  const kept = scored.filter((s) => s.result.objectives.some((o) => o.id === id));
  if (kept.length === 0) return undefined;
  const plans = kept.map(({ result }) => {
    const objectives = result.objectives.filter((o) => o.id === id);
    return {
      ...result,
      summary: {
        objectives: countStatuses<ObjectiveStatus>(objectives.map((o) => o.status)),
        measures: countStatuses<MeasureStatus>(objectives.flatMap((o) => o.measures.map((m) => m.status))),
      },
      objectives,
    };
  });
  const findings = kept.flatMap((s) => {
    const index = s.objectiveIds.indexOf(id);
    return s.findings.filter((f) => f.path[0] !== 'objectives' || f.path.length < 2 || f.path[1] === index);
  });
  return { plans, findings };
}

/** What to say when `id` names no objective: "No objective "O9" in the plan: the objectives are O1, O2". */
export function noSuchObjective(scored: ScoredPlan<{ objectives: { id: string }[] }>[], id: string): string {
  const known = [...new Set(scored.flatMap((s) => s.result.objectives.map((o) => o.id)))];
  return `No objective "${id}" in ${scored.length === 1 ? 'the plan' : 'any plan'}${known.length > 0 ? `: the objectives are ${known.join(', ')}` : ''}`;
}
