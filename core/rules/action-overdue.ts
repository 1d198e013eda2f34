// action-overdue (DESIGN §5): an action whose `due` date has passed and which is still planned or
// in progress. Due on the as-of date itself is not yet overdue. Read as of the check's date, so an
// action done or dropped after it counts as still in progress then.
import { addEntryEdit, replaceValueEdit } from '../edits';
import { actionStatusAsOf, isOverdue } from '../evaluate/actions';
import { isValidDate } from '../periods';
import type { Fix } from '../types';
import { actionsOf, idText, objectivesOf } from './plan-readers';
import type { Rule, RuleReport } from './rule';

const statusWords = { planned: 'still planned', 'in-progress': 'still in progress' } as const;

export const actionOverdue: Rule = {
  id: 'action-overdue',
  description: 'An action past its due date is still planned or in progress',
  defaultSeverity: 'warning',
  tags: ['actions', 'panel'],
  check(context) {
    const reports: RuleReport[] = [];
    for (const { objective, path } of objectivesOf(context.plan)) {
      for (const { item, index } of actionsOf(objective)) {
        const status = actionStatusAsOf(item, context.asOf);
        const due = isValidDate(item.due) ? item.due : null;
        if (!status || !isOverdue(status, due, context.asOf) || (status !== 'planned' && status !== 'in-progress')) continue;
        const at = [...path, 'actions', index];
        const id = idText(item.id);
        const title = idText(item.title);
        const name = `Action ${id ?? index + 1}${title ? ` (${title})` : ''}`;
        const fixes: Fix[] = [];
        // only an action written as planned or in progress can be marked done; one done after the
        // as-of date already says when
        if (item.status === 'planned' || item.status === 'in-progress') {
          const statusEdit = replaceValueEdit(context.source, [...at, 'status'], 'done');
          const doneEdit = item.done === undefined ? addEntryEdit(context.source, at, 'done', context.asOf) : replaceValueEdit(context.source, [...at, 'done'], context.asOf);
          if (statusEdit && doneEdit) fixes.push({ title: `Mark ${id ?? 'the action'} as done on ${context.asOf}`, edits: [statusEdit, doneEdit] });
        }
        reports.push({
          path: [...at, 'due'],
          message:
            `${name} was due on ${due} and is ${statusWords[status]} as of ${context.asOf}: if it is finished, set "status: done" and "done:" with the date; ` +
            `if it is late, add an update saying why and set a new "due" date; if it has been set aside, set "status: dropped" and "done:" with the date`,
          fixes,
        });
      }
    }
    return reports;
  },
};
