// The scorecard's reading order: each objective, its high-level measures, and beneath each the
// detailed measures that support it.
import type { MeasureResult, ObjectiveResult, PlanResult } from '../../core/results';

export type Row =
  | { kind: 'objective'; depth: 0; objective: ObjectiveResult }
  | { kind: 'measure'; depth: 1 | 2; objective: ObjectiveResult; measure: MeasureResult };

/**
 * Detailed measures sit under the high-level measure they `support`, wherever in the plan that
 * measure is; a detailed measure whose `supports` names no high-level measure stays with its own
 * objective, after the high-level ones. Every measure appears once.
 */
export function scorecardRows(plan: PlanResult): Row[] {
  const highLevelIds = new Set<string>();
  for (const o of plan.objectives) for (const m of o.measures) if (m.tier === 'high-level') highLevelIds.add(m.id);
  const supporters = new Map<string, MeasureResult[]>();
  for (const o of plan.objectives) {
    for (const m of o.measures) {
      if (m.tier === 'high-level' || m.supports === null || !highLevelIds.has(m.supports)) continue;
      const list = supporters.get(m.supports) ?? [];
      list.push(m);
      supporters.set(m.supports, list);
    }
  }
  const placed = new Set<MeasureResult>();
  const rows: Row[] = [];
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
      if (placed.has(m) || (m.tier !== 'high-level' && m.supports !== null && highLevelIds.has(m.supports))) continue;
      placed.add(m);
      rows.push({ kind: 'measure', depth: 1, objective, measure: m });
    }
  }
  return rows;
}
