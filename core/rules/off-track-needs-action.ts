// off-track-needs-action (DESIGN §5): a high-level measure that is off track or has missed its
// target, as of the check's date, needs an open action (planned or in progress then) that names it
// under `measures`. The action may sit under any objective: partners' work often moves another's
// measures.
import { actionStatusAsOf } from '../evaluate/actions';
import { isRecord, measureName, resultFor, resultsById } from './data-helpers';
import { actionsOf, idText, objectivesOf } from './plan-readers';
import type { Rule, RuleReport } from './rule';

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
      reports.push({
        path: entry.path,
        message:
          `${name.charAt(0).toUpperCase() + name.slice(1)} ${result.status === 'missed' ? 'has missed its target' : 'is off track'} and no open action names it: ` +
          `add an action under ${objectiveId ? `objective ${objectiveId}'s` : 'the objective\'s'} "actions" saying who is doing what by when, with "status: planned" or "in-progress" and "measures: [${result.id}]"`,
      });
    }
    return reports;
  },
};
