// override-lapsed (DESIGN §3.1, §4 v2, §5): a recorded judgement holds only until a figure for a
// period ending after its date arrives; then the computed status stands again. Overrides must be
// re-made, not forgotten: this says which figure ended it, on the override itself.
import { selectSeries } from '../evaluate/points';
import { overrideState } from '../evaluate/override';
import type { Measure } from '../types';
import { isRecord, measureName, resultFor, resultsById } from './data-helpers';
import type { Rule, RuleReport } from './rule';

export const overrideLapsed: Rule = {
  id: 'override-lapsed',
  description: 'A recorded judgement (override) is older than the latest figure and no longer applies',
  defaultSeverity: 'warning',
  tags: ['evaluation', 'reporting'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    let results: ReturnType<typeof resultsById> | undefined;
    for (const entry of context.measures) {
      const m = entry.measure;
      if (!isRecord(m) || !isRecord(m.override)) continue;
      // entry.points are the inline points themselves, or those read from the CSV file
      const series = selectSeries(entry.points, m.frequency, context.asOf).points;
      const judged = overrideState(m as Measure, series, context.asOf);
      if (judged?.state !== 'lapsed') continue;
      results ??= resultsById(context);
      const computed = resultFor(results, entry)?.computedStatus;
      const { override, after } = judged;
      const name = measureName(entry);
      reports.push({
        path: [...entry.path, 'override'],
        anchor: 'key',
        message:
          `The judgement on ${name} (${override.status}, recorded ${override.date}) no longer applies: the figure for ${after.period.text} came after it` +
          `${computed ? `, so the computed status (${computed}) stands` : ''}. ` +
          `If the judgement still holds, record it again with today's date and the reason in the light of the new figure; otherwise remove "override"`,
      });
    }
    return reports;
  },
};
