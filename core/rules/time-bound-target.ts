import { replaceValueEdit } from '../edits';
import { addEntryEdit } from '../edits';
import { idText, isDateText, isRecord } from './plan-readers';
import type { Rule, RuleReport } from './rule';

export const timeBoundTarget: Rule = {
  id: 'time-bound-target',
  description: 'Every target has a "by" date within the plan period',
  defaultSeverity: 'error',
  tags: ['smart', 'targets'],
  check(context) {
    const period: unknown = context.plan?.plan?.period;
    const start = isRecord(period) && isDateText(period.start) ? period.start : undefined;
    const end = isRecord(period) && isDateText(period.end) ? period.end : undefined;
    const within = start && end ? ` within the plan period (${start} to ${end})` : '';
    const reports: RuleReport[] = [];
    for (const { measure, path } of context.measures) {
      const target: unknown = measure.target;
      if (!isRecord(target)) continue;
      const id = idText(measure.id) ?? 'this measure';
      const by = target.by;
      if (by === undefined || by === null || (typeof by === 'string' && by.trim() === '')) {
        const edit = end ? addEntryEdit(context.source, [...path, 'target'], 'by', end) : undefined;
        reports.push({
          path: [...path, 'target'],
          message: `The target of ${id} has no date: add "by:" with the date the target should be reached${within}, e.g. "by: ${end ?? '2017-03-31'}"`,
          fixes: edit ? [{ title: `Add "by: ${end}" (the end of the plan) to ${id}'s target`, edits: [edit] }] : undefined,
        });
        continue;
      }
      if (!isDateText(by) || !start || !end) continue;
      if (by >= start && by <= end) continue;
      const edit = replaceValueEdit(context.source, [...path, 'target', 'by'], end);
      const where = by < start ? `before the plan starts on ${start}` : `after the plan ends on ${end}`;
      reports.push({
        path: [...path, 'target', 'by'],
        message: `The target of ${id} is due on ${by}, ${where}: set "by" to a date${within}, when this plan can be held to it`,
        fixes: edit ? [{ title: `Set the date to ${end} (the end of the plan)`, edits: [edit] }] : undefined,
      });
    }
    return reports;
  },
};
