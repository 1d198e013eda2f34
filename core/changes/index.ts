// What changed between two evaluations of the same plan (`--since`): the plan is evaluated as of
// the earlier date and as of the later one by the same core, and this compares the two. Nothing
// is stored between runs. Pure: no I/O.
import type { Change, MeasureResult, ObjectiveResult, PlanResult } from '../results';

export type { Change, ChangeKind } from '../results';

/** The actions and recommendations of evaluation version 2, read where the evaluation has them. */
interface ActionState {
  id: string;
  title?: string;
  status: string;
  overdue: boolean;
}
interface RecommendationState {
  id: string;
  text?: string;
  state: string;
}

function actionsOf(objective: ObjectiveResult | undefined): ActionState[] {
  const actions: unknown = (objective as { actions?: unknown } | undefined)?.actions;
  return Array.isArray(actions) ? actions.filter((a): a is ActionState => a !== null && typeof a === 'object' && typeof a.id === 'string') : [];
}

function recommendationsOf(plan: PlanResult): RecommendationState[] {
  const list: unknown = (plan as { recommendations?: unknown }).recommendations;
  return Array.isArray(list) ? list.filter((r): r is RecommendationState => r !== null && typeof r === 'object' && typeof r.id === 'string') : [];
}

/** The latest figure's period (or, for qualitative measures, the latest evidence's date). */
function latestFigure(m: MeasureResult | undefined): string | null {
  if (!m) return null;
  if (m.type === 'qualitative') return m.evidence.length > 0 ? m.evidence[m.evidence.length - 1].date : null;
  return m.series.length > 0 ? m.series[m.series.length - 1].period : null;
}

function measureChanges(before: MeasureResult | undefined, after: MeasureResult): Omit<Change, 'plan' | 'objective' | 'measure' | 'action' | 'recommendation' | 'title'>[] {
  const out: Omit<Change, 'plan' | 'objective' | 'measure' | 'action' | 'recommendation' | 'title'>[] = [];
  const wasStatus = before?.status ?? null;
  if (wasStatus !== after.status) {
    const what = after.status === 'achieved' || after.status === 'missed' ? after.status : 'status';
    out.push({ what, from: wasStatus, to: after.status });
  }
  const wasDirection = before?.direction?.verdict ?? null;
  const direction = after.direction?.verdict ?? null;
  if (direction !== null && direction !== wasDirection) out.push({ what: 'direction', from: wasDirection, to: direction });
  const wasVariation = before?.spc?.variation ?? null;
  const variation = after.spc?.variation ?? null;
  if (variation !== null && variation.startsWith('special-cause') && variation !== wasVariation) out.push({ what: 'special-cause', from: wasVariation, to: variation });
  const wasLatest = latestFigure(before);
  const latest = latestFigure(after);
  if (latest !== null && latest !== wasLatest) out.push({ what: 'new-figures', from: wasLatest, to: latest });
  return out;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/**
 * Every change from `before` (the plan as of the earlier date) to `after` (as of the later date),
 * objective by objective in the plan's order, each measure's changes in the order of ChangeKind,
 * then the objective's actions, and the plan's recommendations last.
 */
export function compareEvaluations(before: PlanResult, after: PlanResult): Change[] {
  const plan = after.id;
  const changes: Change[] = [];
  const objectivesBefore = byId(before.objectives);
  for (const objective of after.objectives) {
    const was = objectivesBefore.get(objective.id);
    const measuresBefore = byId(was?.measures ?? []);
    for (const measure of objective.measures) {
      for (const c of measureChanges(measuresBefore.get(measure.id), measure)) {
        changes.push({ plan, objective: objective.id, measure: measure.id, ...c, action: null, recommendation: null, title: measure.title });
      }
    }
    const actionsBefore = byId(actionsOf(was));
    for (const action of actionsOf(objective)) {
      const prior = actionsBefore.get(action.id);
      const common = { plan, objective: objective.id, measure: null, action: action.id, recommendation: null, title: typeof action.title === 'string' ? action.title : '' };
      if (action.overdue && !prior?.overdue) changes.push({ ...common, what: 'action-overdue', from: prior?.status ?? null, to: 'overdue' });
      if (action.status === 'done' && prior?.status !== 'done') changes.push({ ...common, what: 'action-done', from: prior ? (prior.overdue ? 'overdue' : prior.status) : null, to: 'done' });
    }
  }
  const recommendationsBefore = byId(recommendationsOf(before));
  for (const r of recommendationsOf(after)) {
    const prior = recommendationsBefore.get(r.id)?.state ?? null;
    if (prior === r.state) continue;
    const common = { plan, objective: null, measure: null, action: null, recommendation: r.id, title: typeof r.text === 'string' ? r.text : '' };
    if (r.state === 'closed') changes.push({ ...common, what: 'recommendation-closed', from: prior, to: r.state });
    else if (r.state !== 'awaiting-response' && (prior === null || prior === 'awaiting-response')) changes.push({ ...common, what: 'recommendation-answered', from: prior, to: r.state });
  }
  return changes;
}
