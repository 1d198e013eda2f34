// Actions and the Panel's recommendations as of a date (DESIGN §4, "Actions and recommendations").
// Replayed for a past date: a recommendation made after it is left out, an answer or a closing
// dated after it had not happened yet, and an action done or dropped after it was still in progress.
import { isValidDate } from '../periods';
import type { ActionResult, RecommendationResult, RecommendationState } from '../results';
import type { Accepted, Action, ActionStatus, Recommendation } from '../types';
import { commentaryAsOf } from './qualitative';

const statuses: ActionStatus[] = ['planned', 'in-progress', 'done', 'dropped'];
const acceptedWords: Accepted[] = ['yes', 'no', 'partly'];

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const textOf = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
const dateOf = (v: unknown): string | null => (isValidDate(v) ? v : null);
const idsOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(textOf).filter((id): id is string => id !== null) : []);

/**
 * An action's status as of the date: as written, except that one done or dropped after the date
 * was in progress then. Undefined for a status the format does not know.
 */
export function actionStatusAsOf(action: Pick<Action, 'status' | 'done'>, asOf: string): ActionStatus | undefined {
  const status = statuses.find((s) => s === action.status);
  if (!status) return undefined;
  if ((status === 'done' || status === 'dropped') && isValidDate(action.done) && action.done > asOf) return 'in-progress';
  return status;
}

/** Overdue: still planned or in progress as of the date, and due before it (due on the date is not overdue). */
export function isOverdue(status: ActionStatus, due: string | null, asOf: string): boolean {
  return (status === 'planned' || status === 'in-progress') && due !== null && due < asOf;
}

export function evaluateAction(action: Action, asOf: string): ActionResult | undefined {
  if (!isRecord(action)) return undefined;
  const id = textOf(action.id);
  const status = actionStatusAsOf(action, asOf);
  if (id === null || !status) return undefined;
  const due = dateOf(action.due);
  const finished = status === 'done' || status === 'dropped';
  return {
    id,
    title: textOf(action.title) ?? '',
    status,
    due,
    overdue: isOverdue(status, due, asOf),
    owner: textOf(action.owner),
    done: finished ? dateOf(action.done) : null,
    measures: idsOf(action.measures),
    recommendation: textOf(action.recommendation),
    updates: commentaryAsOf(action.updates, asOf),
  };
}

/** An objective's actions as of the date, in the order written; unreadable ones are left out. */
export function evaluateActions(actions: unknown, asOf: string): ActionResult[] {
  if (!Array.isArray(actions)) return [];
  return actions.map((a) => evaluateAction(a as Action, asOf)).filter((a): a is ActionResult => a !== undefined);
}

/**
 * closed: closed on or before the date; else awaiting-response: no answer dated on or before it;
 * else overdue: answered and due before the date; else open.
 */
export function recommendationState(recommendation: Pick<Recommendation, 'closed' | 'response' | 'due'>, asOf: string): RecommendationState {
  const closed = dateOf(recommendation.closed);
  if (closed !== null && closed <= asOf) return 'closed';
  const answered = isRecord(recommendation.response) ? dateOf(recommendation.response.date) : null;
  if (answered === null || answered > asOf) return 'awaiting-response';
  const due = dateOf(recommendation.due);
  return due !== null && due < asOf ? 'overdue' : 'open';
}

export function evaluateRecommendation(recommendation: Recommendation, asOf: string): RecommendationResult | undefined {
  if (!isRecord(recommendation)) return undefined;
  const id = textOf(recommendation.id);
  const date = dateOf(recommendation.date);
  if (id === null || date === null || date > asOf) return undefined;
  const state = recommendationState(recommendation, asOf);
  const r = recommendation.response;
  const answered = isRecord(r) && isValidDate(r.date) && r.date <= asOf;
  const closed = dateOf(recommendation.closed);
  return {
    id,
    state,
    date,
    from: textOf(recommendation.from),
    text: textOf(recommendation.text) ?? '',
    objectives: idsOf(recommendation.objectives),
    response: answered ? { date: r.date, accepted: acceptedWords.find((w) => w === r.accepted) ?? null, text: textOf(r.text) } : null,
    due: dateOf(recommendation.due),
    closed: closed !== null && closed <= asOf ? closed : null,
  };
}

/** The plan's recommendations made on or before the date, in the order written. */
export function evaluateRecommendations(recommendations: unknown, asOf: string): RecommendationResult[] {
  if (!Array.isArray(recommendations)) return [];
  return recommendations.map((r) => evaluateRecommendation(r as Recommendation, asOf)).filter((r): r is RecommendationResult => r !== undefined);
}
