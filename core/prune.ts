// What can still be scored in a plan the schema rejected: the plan minus each rejected part.
import type { DocPath, Plan } from './types';

type Removal = { objective: number; measure?: number; list?: string; item?: number };

/** The smallest part each problem spoils: a point, an evidence item, a measure, an objective. */
function removalFor(path: DocPath): Removal | 'whole-plan' | undefined {
  if (path[0] !== 'objectives') return path[0] === 'plan' ? undefined : 'whole-plan';
  if (typeof path[1] !== 'number') return 'whole-plan';
  const objective = path[1];
  if (path[2] !== 'measures' || path.length === 3) return { objective };
  if (typeof path[3] !== 'number') return { objective };
  const measure = path[3];
  const list = path[4];
  if ((list === 'data' || list === 'evidence' || list === 'commentary') && typeof path[5] === 'number') {
    return { objective, measure, list, item: path[5] };
  }
  return { objective, measure };
}

/**
 * The plan without the parts that have schema problems, or undefined when nothing is left to score.
 * `written` is given where each kept objective and measure sits in the plan as written.
 */
export function prunePlan(plan: Plan, problemPaths: DocPath[], written?: Map<object, DocPath>): Plan | undefined {
  const removals = problemPaths.map(removalFor);
  if (removals.includes('whole-plan')) return undefined;
  const cuts = removals.filter((r): r is Removal => r !== undefined);
  if (cuts.length === 0) {
    plan.objectives.forEach((o, i) => {
      if (!o || typeof o !== 'object') return;
      written?.set(o, ['objectives', i]);
      if (Array.isArray(o.measures)) o.measures.forEach((m, j) => m && typeof m === 'object' && written?.set(m, ['objectives', i, 'measures', j]));
    });
    return plan;
  }
  const dropObjective = new Set(cuts.filter((c) => c.measure === undefined).map((c) => c.objective));
  const dropMeasure = new Set(cuts.filter((c) => c.measure !== undefined && c.list === undefined).map((c) => `${c.objective}/${c.measure}`));
  const dropItem = new Set(cuts.filter((c) => c.list !== undefined).map((c) => `${c.objective}/${c.measure}/${c.list}/${c.item}`));
  const objectives = plan.objectives
    .map((o, i) => {
      if (dropObjective.has(i)) return undefined;
      const measures = o.measures
        ?.map((m, j) => {
          if (dropMeasure.has(`${i}/${j}`)) return undefined;
          const copy = { ...m };
          written?.set(copy, ['objectives', i, 'measures', j]);
          for (const list of ['data', 'evidence', 'commentary'] as const) {
            const items = copy[list];
            if (Array.isArray(items)) (copy as Record<string, unknown>)[list] = items.filter((_, k) => !dropItem.has(`${i}/${j}/${list}/${k}`));
          }
          return copy;
        })
        .filter((m) => m !== undefined);
      const kept = { ...o, measures };
      written?.set(kept, ['objectives', i]);
      return kept;
    })
    .filter((o) => o !== undefined);
  return { ...plan, objectives };
}
