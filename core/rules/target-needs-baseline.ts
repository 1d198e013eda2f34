import { addKeyEdit } from '../edits';
import { placeholder } from '../placeholders';
import { idText, isRecord } from './plan-readers';
import type { Rule, RuleReport } from './rule';

export const targetNeedsBaseline: Rule = {
  id: 'target-needs-baseline',
  description: 'A target (value or change) needs a baseline to measure progress from',
  defaultSeverity: 'error',
  tags: ['targets', 'evaluation'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { measure, path } of context.measures) {
      const target: unknown = measure.target;
      if (!isRecord(target)) continue;
      const hasValue = target.value !== undefined && target.value !== null;
      const hasChange = target.change !== undefined && target.change !== null;
      if (!hasValue && !hasChange) continue;
      if (measure.baseline !== undefined && measure.baseline !== null) continue;
      const id = idText(measure.id) ?? 'this measure';
      const why = hasChange
        ? `its target is a change ("${String(target.change)}"), which means nothing without the figure it changes from`
        : 'progress towards a target is judged along the line from the baseline to the target';
      const edit = addKeyEdit(context.source, path, [`baseline: {period: ${placeholder()}, value: ${placeholder()}}`]);
      reports.push({
        path: [...path, 'target'],
        fixes: edit ? [{ title: `Add a baseline to ${id} (period and figure to fill in)`, edits: [edit] }] : undefined,
        anchor: 'key',
        message: `${id} has a target but no baseline: ${why}. Add "baseline: {period: ..., value: ...}" with the figure for the period before the plan (e.g. period: FY2012-13)`,
      });
    }
    return reports;
  },
};
