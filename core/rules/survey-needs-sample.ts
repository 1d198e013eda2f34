import { addEntryEdit } from '../edits';
// survey-needs-sample (DESIGN §5): a survey proportion point without `sample` can have no
// confidence interval and no significance test, so a change in it cannot be read with care.
//
// Which measures are surveys: a `proportion` measure some of whose points carry `sample`, or whose
// `source` or `title` mentions a survey. Within such a measure, a point fires when it has neither
// `sample` (respondents) nor `of` (an administrative denominator, which the test can use too).
// A proportion with no `sample` anywhere and no mention of a survey is administrative data and is
// never reported.
import type { MeasureEntry, Rule, RuleReport } from './rule';
import { placeholder } from '../placeholders';
import type { Fix } from '../types';
import { isFiniteNumber, isRecord, measureName, periodText, pointRefs, reportAt } from './data-helpers';

const surveyWords = /\bsurveys?\b/i;

/** True when the measure is a survey proportion (see the comment at the top of this file). */
export function isSurveyMeasure(entry: MeasureEntry): boolean {
  const m = entry.measure;
  if (!isRecord(m) || m.type !== 'proportion') return false;
  if (pointRefs(entry).some((r) => r.point.sample !== undefined && r.point.sample !== null)) return true;
  return [m.source, m.title].some((t) => typeof t === 'string' && surveyWords.test(t));
}

function hasNumber(v: unknown): boolean {
  return isFiniteNumber(v) || (typeof v === 'string' && v.trim() !== '');
}

export const surveyNeedsSample: Rule = {
  id: 'survey-needs-sample',
  description: 'A survey proportion point needs its sample size (respondents)',
  defaultSeverity: 'warning',
  tags: ['data', 'perception'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    for (const entry of context.measures) {
      if (!isSurveyMeasure(entry)) continue;
      const name = measureName(entry);
      for (const ref of pointRefs(entry)) {
        if (hasNumber(ref.point.sample) || hasNumber(ref.point.of)) continue;
        const period = periodText(ref.point.period);
        if (ref.csv) {
          reports.push(
            reportAt(
              ref,
              `Survey figure for ${period} of ${name} has no sample size: fill in the "sample" column on this line with the number of respondents (add a "sample" column to the header if there is none), so the Panel sees the margin of error`,
            ),
          );
          continue;
        }
        const fixes: Fix[] = [];
        const edit = addEntryEdit(context.source, ref.path, 'sample', placeholder());
        if (edit) fixes.push({ title: `Add "sample" (respondents) to the ${period} point of ${name}`, edits: [edit] });
        reports.push({
          path: ref.path,
          message: `Survey figure for ${period} of ${name} has no sample size: add "sample: <number of respondents>" to this point, so the Panel sees the margin of error and whether a change is significant`,
          fixes,
        });
      }
    }
    return reports;
  },
};
