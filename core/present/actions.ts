// Words, order and counts for actions and the Panel's recommendations, shared by the scorecard and
// the report formats (HTML, Markdown). Pure: no DOM, no escaping; each format escapes what it shows.
import type { ActionResult, ObjectiveResult, PlanResult, RecommendationResult, RecommendationState } from '../results';
import type { Accepted, ActionStatus } from '../types';
import type { Tone } from './status';

const actionWords: Record<ActionStatus, string> = { planned: 'planned', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' };

/** "in progress", and "in progress, overdue" for one past its date. */
export function actionStatusText(action: Pick<ActionResult, 'status' | 'overdue'>): string {
  const word = actionWords[action.status] ?? String(action.status);
  return action.overdue ? `${word}, overdue` : word;
}

export function actionTone(action: Pick<ActionResult, 'status' | 'overdue'>): Tone {
  if (action.overdue) return 'bad';
  return action.status === 'done' ? 'good' : action.status === 'in-progress' ? 'watch' : 'none';
}

const stateWords: Record<RecommendationState, string> = { overdue: 'overdue', 'awaiting-response': 'awaiting response', open: 'open', closed: 'closed' };

export function recommendationStateText(state: RecommendationState): string {
  return stateWords[state] ?? String(state);
}

export function recommendationTone(state: RecommendationState): Tone {
  return state === 'overdue' ? 'bad' : state === 'awaiting-response' ? 'warn' : state === 'closed' ? 'good' : 'none';
}

const acceptedWords: Record<Accepted, string> = { yes: 'accepted', partly: 'partly accepted', no: 'not accepted' };

/** The answer's verdict in words; "not said" when the answer does not say. */
export function acceptedText(accepted: Accepted | null | undefined): string {
  return accepted ? (acceptedWords[accepted] ?? String(accepted)) : 'not said';
}

/** The order the Panel reads them in: overdue first, then those awaiting an answer, open, closed. */
const stateOrder: RecommendationState[] = ['overdue', 'awaiting-response', 'open', 'closed'];

/** Overdue first, then awaiting a response, open and closed; oldest first within each. */
export function recommendationsInOrder(recommendations: RecommendationResult[] | undefined): RecommendationResult[] {
  const rank = (r: RecommendationResult) => {
    const i = stateOrder.indexOf(r.state);
    return i === -1 ? stateOrder.length : i;
  };
  return [...(recommendations ?? [])].sort((a, b) => rank(a) - rank(b) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "2 actions (1 overdue)", "1 action"; undefined when there are none. */
export function actionsCountText(actions: ActionResult[] | undefined): string | undefined {
  const list = actions ?? [];
  if (list.length === 0) return undefined;
  const overdue = list.filter((a) => a.overdue).length;
  return `${list.length} action${list.length === 1 ? '' : 's'}${overdue > 0 ? ` (${overdue} overdue)` : ''}`;
}

/** "1 overdue, 2 awaiting response, 1 open, 3 closed"; undefined when there are none. */
export function recommendationCountsText(recommendations: RecommendationResult[] | undefined): string | undefined {
  const list = recommendations ?? [];
  if (list.length === 0) return undefined;
  return stateOrder
    .map((s) => [s, list.filter((r) => r.state === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${recommendationStateText(s)}`)
    .join(', ');
}

/** The latest update of an action, if any (updates are oldest first). */
export function latestUpdate(action: ActionResult): ActionResult['updates'][number] | undefined {
  return action.updates?.[action.updates.length - 1];
}

/** Every open action of the plan (planned or in progress) that names the measure, wherever it sits. */
export function openActionsFor(plan: Pick<PlanResult, 'objectives'>, measureId: string): ActionResult[] {
  const out: ActionResult[] = [];
  for (const o of plan.objectives as ObjectiveResult[]) {
    for (const a of o.actions ?? []) if ((a.status === 'planned' || a.status === 'in-progress') && a.measures.includes(measureId)) out.push(a);
  }
  return out;
}
