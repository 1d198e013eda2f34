import { isNumericMeasure, measuresOf, objectivesOf } from './plan-readers';
import type { Rule, RuleReport } from './rule';

export const qualitativeEvidence: Rule = {
  id: 'qualitative-evidence',
  description: 'An objective has qualitative evidence beside its figures',
  defaultSeverity: 'info',
  tags: ['panel', 'evidence'],
  check(context) {
    const reports: RuleReport[] = [];
    for (const { objective, path, name } of objectivesOf(context.plan)) {
      const measures = measuresOf(objective);
      if (measures.length === 0 || !measures.every(({ measure }) => isNumericMeasure(measure))) continue;
      reports.push({
        path,
        message: `Objective ${name} is judged on figures alone: add a measure with "type: qualitative" and "evidence:" (case studies, inspection findings, Panel observations) to show what has been achieved beside the data`,
      });
    }
    return reports;
  },
};
