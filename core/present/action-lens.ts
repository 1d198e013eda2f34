// Short lines and detail rows for one action, one recommendation and a measure's comparisons, as
// the editor shows them over the plan's text (CodeLens and hover). Pure words: each caller escapes.
import type { ActionResult, MeasureResult, RecommendationResult } from '../results';
import { acceptedText, recommendationStateText } from './actions';
import { msgLine, shortPosition } from './comparisons';
import { longDate } from './dates';

/** A heading and label/value rows, in reading order. */
export interface DetailRows {
  heading: string;
  rows: [string, string][];
}

const statusWord = { planned: 'planned', 'in-progress': 'in progress' } as const;

/** "overdue since 30 June 2015 · in progress", "due 30 September 2016 · planned", "done 12 May 2016". */
export function actionState(action: Pick<ActionResult, 'status' | 'due' | 'done' | 'overdue'>): string {
  if (action.status === 'done' || action.status === 'dropped') return action.done ? `${action.status} ${longDate(action.done)}` : `${action.status} (date not given)`;
  const word = statusWord[action.status] ?? String(action.status);
  if (action.overdue && action.due) return `overdue since ${longDate(action.due)} · ${word}`;
  return action.due ? `due ${longDate(action.due)} · ${word}` : `no due date · ${word}`;
}

/** The line over an action: "A1.1: overdue since 30 June 2015 · in progress · led by ACC Crime". */
export function actionLens(action: ActionResult): string {
  return [`${action.id}: ${actionState(action)}`, action.owner ? `led by ${action.owner}` : 'no owner named'].join(' · ');
}

/** "closed 22 September 2014", "overdue (was due 31 December 2015)", "awaiting response", "open (due 30 June 2016)". */
export function recommendationStateLine(r: Pick<RecommendationResult, 'state' | 'due' | 'closed'>): string {
  const words = recommendationStateText(r.state);
  if (r.state === 'closed') return r.closed ? `${words} ${longDate(r.closed)}` : words;
  if (r.state === 'overdue' && r.due) return `${words} (was due ${longDate(r.due)})`;
  if (r.state === 'open' && r.due) return `${words} (due ${longDate(r.due)})`;
  return words;
}

/** The line over a recommendation: "R2: open (due 31 December 2015) · accepted", "R4: awaiting response · made 14 February 2014". */
export function recommendationLens(r: RecommendationResult): string {
  const parts = [`${r.id}: ${recommendationStateLine(r)}`];
  if (r.response) parts.push(acceptedText(r.response.accepted));
  else parts.push(`made ${longDate(r.date)}`);
  return parts.join(' · ');
}

/**
 * An action in full: owner, due date, status, the measures it is meant to move (with their titles
 * where `titleOf` knows them), the recommendation it answers and its updates, latest first.
 */
export function actionDetails(action: ActionResult, titleOf: (measureId: string) => string | undefined = () => undefined): DetailRows {
  const rows: [string, string][] = [];
  rows.push(['Status', actionState(action)]);
  rows.push(['Owner', action.owner ?? 'not named']);
  rows.push(['Due', action.due ? longDate(action.due) : 'no due date']);
  const measures = action.measures.map((id) => {
    const title = titleOf(id);
    return title ? `${id} ${title}` : id;
  });
  rows.push(['Meant to move', measures.length > 0 ? measures.join('; ') : 'no measures named']);
  if (action.recommendation) rows.push(['Answers recommendation', action.recommendation]);
  const updates = [...action.updates].reverse();
  if (updates.length === 0) rows.push(['Updates', 'none yet']);
  updates.forEach((u, i) => rows.push([i === 0 ? 'Updates, latest first' : '', `${longDate(u.date)}: ${u.text}`]));
  return { heading: `Action ${action.id}${action.title ? `: ${action.title}` : ''}`, rows };
}

/** A recommendation in full: made, text, response, accepted, due, state. */
export function recommendationDetails(r: RecommendationResult): DetailRows {
  const rows: [string, string][] = [];
  rows.push(['Made', `${longDate(r.date)}${r.from ? ` by ${r.from}` : ''}`]);
  rows.push(['Recommendation', r.text || 'no text given']);
  rows.push(['Response', r.response ? `${longDate(r.response.date)}${r.response.text ? `: ${r.response.text}` : ''}` : 'none yet']);
  rows.push(['Accepted', r.response ? acceptedText(r.response.accepted) : 'no response yet']);
  rows.push(['Due', r.due ? longDate(r.due) : 'no date given']);
  rows.push(['State', recommendationStateLine(r)]);
  if (r.objectives.length > 0) rows.push(['Objectives', r.objectives.join(', ')]);
  return { heading: `Recommendation ${r.id}`, rows };
}

type Compared = Pick<MeasureResult, 'id' | 'title' | 'type' | 'better' | 'areas' | 'areasGroup' | 'peers'>;

/** "Birmingham above the 99.8% limit; 6 within range", or undefined without tested areas. */
export function areasLine(measure: Compared): string | undefined {
  const areas = measure.areas ?? [];
  if (areas.length === 0) return undefined;
  const outside = areas.filter((a) => a.position !== null && a.position !== 'within');
  const within = areas.filter((a) => a.position === 'within').length;
  const untested = areas.filter((a) => a.position === null).length;
  const parts = outside.map((a) => `${a.name || a.id} ${shortPosition(a.position)}`);
  if (within > 0) parts.push(`${within} within range`);
  if (untested > 0) parts.push(`${untested} not tested`);
  return `${areas.length} local area${areas.length === 1 ? '' : 's'}: ${parts.join('; ')}`;
}

/** Rows for a measure's hover: its Most Similar Group place (the scorecard's words) and its local areas. */
export function comparisonRows(measure: Compared): [string, string][] {
  const rows: [string, string][] = [];
  const msg = msgLine(measure);
  if (msg && measure.peers) rows.push(['Most Similar Group', `${msg} (compared at ${longDate(measure.peers.at)})`]);
  const areas = areasLine(measure);
  if (areas) rows.push(['Local areas', areas]);
  return rows;
}
