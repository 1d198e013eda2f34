import type { Fix } from '../types';
import { addEntryEdit } from '../edits';
import { idText, isNumericMeasure } from './plan-readers';
import type { Rule, RuleReport } from './rule';

export const directionRequired: Rule = {
  id: 'direction-required',
  description: 'A numeric measure says whether higher or lower is better',
  defaultSeverity: 'error',
  tags: ['evaluation'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { measure, path } of context.measures) {
      if (!isNumericMeasure(measure)) continue;
      if (measure.better !== undefined && measure.better !== null) continue;
      const id = idText(measure.id) ?? 'this measure';
      // Crimes, incidents and rates of them usually should fall; proportions and values vary.
      const order: ('lower' | 'higher')[] = measure.type === 'count' || measure.type === 'rate' ? ['lower', 'higher'] : ['higher', 'lower'];
      const fixes: Fix[] = [];
      for (const way of order) {
        const edit = addEntryEdit(context.source, path, 'better', way);
        if (edit) fixes.push({ title: `Add "better: ${way}" to ${id} (${way} is better)`, edits: [edit] });
      }
      reports.push({
        path,
        message: `${id} does not say which way is better: add "better: lower" (e.g. crimes, repeat victims) or "better: higher" (e.g. satisfaction, charges), so its progress and direction of travel can be judged`,
        fixes,
      });
    }
    return reports;
  },
};
