// What can still be scored in a plan the schema rejected: the plan minus each rejected part.
import type { DocPath, Plan } from './types';

type Removal = { objective: number; measure?: number; list?: string; item?: number };
type Aside = { action: [number, number] } | { recommendation: number };

/** The actions and recommendations a problem spoils: they are left out alone, never their objective. */
function asideFor(path: DocPath): Aside | undefined {
  if (path[0] === 'objectives' && typeof path[1] === 'number' && path[2] === 'actions' && typeof path[3] === 'number') return { action: [path[1], path[3]] };
  if (path[0] === 'plan' && path[1] === 'recommendations' && typeof path[2] === 'number') return { recommendation: path[2] };
  return undefined;
}

/** The smallest part each problem spoils: a point, an evidence item, a measure, an objective. */
function removalFor(path: DocPath): Removal | 'whole-plan' | undefined {
  // a broken action or recommendation, or a list of them that is not a list, spoils no figure
  if (asideFor(path) || (path[0] === 'objectives' && path[2] === 'actions')) return undefined;
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
  const asides = problemPaths.map(asideFor).filter((a): a is Aside => a !== undefined);
  if (cuts.length === 0 && asides.length === 0) {
    plan.objectives.forEach((o, i) => {
      if (!o || typeof o !== 'object') return;
      written?.set(o, ['objectives', i]);
      if (Array.isArray(o.measures)) o.measures.forEach((m, j) => m && typeof m === 'object' && written?.set(m, ['objectives', i, 'measures', j]));
    });
    return plan;
  }
  const dropAction = new Set(asides.flatMap((a) => ('action' in a ? [a.action.join('/')] : [])));
  const dropRecommendation = new Set(asides.flatMap((a) => ('recommendation' in a ? [a.recommendation] : [])));
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
      const actions = Array.isArray(o.actions) ? o.actions.filter((_, k) => !dropAction.has(`${i}/${k}`)) : o.actions;
      const kept = { ...o, actions, measures };
      written?.set(kept, ['objectives', i]);
      return kept;
    })
    .filter((o) => o !== undefined);
  const info = plan.plan;
  if (!info || typeof info !== 'object' || !Array.isArray(info.recommendations)) return { ...plan, objectives };
  const recommendations = info.recommendations.filter((_, k) => !dropRecommendation.has(k));
  return { ...plan, plan: { ...info, recommendations }, objectives };
}
