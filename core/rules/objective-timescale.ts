import { addEntryEdit } from '../edits';
import { objectivesOf, planEnd } from './plan-readers';
import type { Rule, RuleReport } from './rule';

export const objectiveTimescale: Rule = {
  id: 'objective-timescale',
  description: 'Every objective has a timescale ("due")',
  defaultSeverity: 'warning',
  tags: ['smart', 'panel'],
  check(context) {
    const end = planEnd(context.plan);
    const reports: RuleReport[] = [];
    for (const { objective, path, name } of objectivesOf(context.plan)) {
      const due: unknown = objective.due;
      if (due !== undefined && due !== null && !(typeof due === 'string' && due.trim() === '')) continue;
      const hasKey = 'due' in objective;
      const edit = end && !hasKey ? addEntryEdit(context.source, path, 'due', end) : undefined;
      reports.push({
        path: hasKey ? [...path, 'due'] : path,
        anchor: hasKey ? 'key' : 'value',
        message: `Objective ${name} has no timescale: add "due:" with the date by which it should be delivered, e.g. "due: ${end ?? '2017-03-31'}"${end ? ' (the end of the plan) or an earlier date for a first-year focus' : ''}`,
        fixes: edit ? [{ title: `Add "due: ${end}" (the end of the plan) to objective ${name}`, edits: [edit] }] : undefined,
      });
    }
    return reports;
  },
};
