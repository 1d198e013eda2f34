// off-track-needs-action (DESIGN §5): a high-level measure that is off track or has missed its
// target, as of the check's date, needs an open action (planned or in progress then) that names it
// under `measures`. The action may sit under any objective: partners' work often moves another's
// measures.
import { addKeyEdit, appendItemEdit } from '../edits';
import { actionStatusAsOf } from '../evaluate/actions';
import { placeholder } from '../placeholders';
import type { Fix, Plan } from '../types';
import { isRecord, measureName, resultFor, resultsById } from './data-helpers';
import { actionsOf, idText, measuresOf, objectivesOf, recommendationsOf } from './plan-readers';
import type { MeasureEntry, Rule, RuleContext, RuleReport } from './rule';

/** Every id in the plan, so that a new action's id is unused. */
function idsIn(plan: Plan): Set<string> {
  const ids = new Set<string>();
  const add = (v: unknown) => {
    const id = idText(v);
    if (id !== undefined) ids.add(id);
  };
  for (const { item } of recommendationsOf(plan)) add(item.id);
  for (const { objective } of objectivesOf(plan)) {
    add(objective.id);
    for (const { item } of actionsOf(objective)) add(item.id);
    for (const { measure } of measuresOf(objective)) add(measure.id);
  }
  return ids;
}

/** A1.1, A1.2 ... for objective O1 (its position when its id is not O and a number). */
function newActionId(objectiveId: string | undefined, index: number, used: Set<string>): string {
  const stem = objectiveId && /^O\d+$/i.test(objectiveId) ? objectiveId.slice(1) : String(index + 1);
  for (let n = 1; ; n++) if (!used.has(`A${stem}.${n}`)) return `A${stem}.${n}`;
}

/**
 * An action for the measure in its own objective, planned and naming the measure; what it is, who
 * leads it and by when are placeholders for the officer to write.
 */
function actionFix(context: RuleContext, entry: MeasureEntry, measureId: string): Fix | undefined {
  const objectivePath = entry.path.slice(0, 2);
  const index = typeof objectivePath[1] === 'number' ? objectivePath[1] : 0;
  const id = newActionId(idText(entry.objective.id), index, idsIn(context.plan));
  const fields = `id: ${id}, title: ${placeholder(`what will be done to move ${measureId}`)}, owner: ${placeholder('who leads it')}, due: ${placeholder('the date it should be done by')}, status: planned, measures: [${measureId}]`;
  const has = Array.isArray(entry.objective.actions);
  const edit = has ? appendItemEdit(context.source, [...objectivePath, 'actions'], `{${fields}}`) : addKeyEdit(context.source, objectivePath, ['actions:', `  - {${fields}}`]);
  return edit ? { title: `Add an action for ${measureId}`, edits: [edit] } : undefined;
}

export const offTrackNeedsAction: Rule = {
  id: 'off-track-needs-action',
  description: 'An off-track or missed high-level measure needs an open action that names it',
  defaultSeverity: 'warning',
  tags: ['actions', 'panel'],
  check(context) {
    const moved = new Set<string>();
    for (const { objective } of objectivesOf(context.plan)) {
      for (const { item } of actionsOf(objective)) {
        const status = actionStatusAsOf(item, context.asOf);
        if ((status !== 'planned' && status !== 'in-progress') || !Array.isArray(item.measures)) continue;
        for (const m of item.measures) {
          const id = idText(m);
          if (id !== undefined) moved.add(id);
        }
      }
    }
    const results = resultsById(context);
    const reports: RuleReport[] = [];
    for (const entry of context.measures) {
      const m = entry.measure;
      if (!isRecord(m) || m.tier !== 'high-level') continue;
      const result = resultFor(results, entry);
      if (!result || (result.status !== 'off-track' && result.status !== 'missed')) continue;
      if (moved.has(result.id)) continue;
      const name = measureName(entry);
      const objectiveId = idText(entry.objective.id);
      const fix = actionFix(context, entry, result.id);
      reports.push({
        path: entry.path,
        fixes: fix ? [fix] : undefined,
        message:
          `${name.charAt(0).toUpperCase() + name.slice(1)} ${result.status === 'missed' ? 'has missed its target' : 'is off track'} and no open action names it: ` +
          `add an action under ${objectiveId ? `objective ${objectiveId}'s` : 'the objective\'s'} "actions" saying who is doing what by when, with "status: planned" or "in-progress" and "measures: [${result.id}]"`,
      });
    }
    return reports;
  },
};
