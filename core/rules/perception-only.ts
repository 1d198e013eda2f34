import { idText, objectivesOf } from './plan-readers';
import type { MeasureEntry, Rule, RuleReport } from './rule';

/** A proportion whose points carry `sample` (respondents): a survey figure. */
export function isSurveyProportion(entry: MeasureEntry): boolean {
  return entry.measure.type === 'proportion' && entry.points.some((p) => typeof p?.sample === 'number');
}

export const perceptionOnly: Rule = {
  id: 'perception-only',
  description: 'An objective is not judged on survey figures alone',
  defaultSeverity: 'info',
  tags: ['panel', 'perception'],
  check(context) {
    const reports: RuleReport[] = [];
    for (const { index, path, name } of objectivesOf(context.plan)) {
      // Matched by path: the plan's objectives are copies when CSV data has been read into them.
      const highLevel = context.measures.filter((e) => e.path[1] === index && e.measure.tier === 'high-level');
      if (highLevel.length === 0 || !highLevel.every(isSurveyProportion)) continue;
      const ids = highLevel.map((e) => idText(e.measure.id) ?? '(no id)').join(', ');
      reports.push({
        path,
        message:
          `Every high-level measure of objective ${name} (${ids}) is a survey figure: perception moves with sampling and with events outside policing. ` +
          'Add a high-level measure of what happens (recorded crime, outcomes, response times) or qualitative evidence beside it',
      });
    }
    return reports;
  },
};
