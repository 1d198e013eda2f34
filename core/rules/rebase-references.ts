// Part of known-references (DESIGN §4 v2): each `spc.rebase` period must be the period of one of
// the measure's figures in its series, or the chart has nowhere to start a new segment and the
// rebase is ignored.
import { parsePeriod } from '../periods';
import { isRecord, measureName, periodText, resultFor, resultsById } from './data-helpers';
import type { RuleContext, RuleReport } from './rule';

export function rebaseReferences(context: RuleContext): RuleReport[] {
  const reports: RuleReport[] = [];
  let results: ReturnType<typeof resultsById> | undefined;
  for (const entry of context.measures) {
    const spc = isRecord(entry.measure) ? entry.measure.spc : undefined;
    const rebase = isRecord(spc) ? spc.rebase : undefined;
    if (!Array.isArray(rebase) || rebase.length === 0) continue;
    results ??= resultsById(context);
    const result = resultFor(results, entry);
    if (!result) continue;
    const own = new Set<string>();
    for (const p of result.series) {
      const period = parsePeriod(p.period);
      if (period) own.add(`${period.kind}:${period.start}`);
    }
    const example = result.series.length > 0 ? ` (its latest is ${result.series[result.series.length - 1].period})` : '';
    rebase.forEach((written, i) => {
      const period = parsePeriod(written);
      // a period that cannot be read at all is the schema's or the calendar check's finding
      if (!period || own.has(`${period.kind}:${period.start}`)) return;
      const name = measureName(entry);
      reports.push({
        path: [...entry.path, 'spc', 'rebase', i],
        message:
          `Rebase period ${periodText(written)} of ${name} is not the period of any of its figures as of ${context.asOf}, so it is ignored: ` +
          `write the period of the first figure after the change, as the figures write theirs${example}`,
      });
    });
  }
  return reports;
}
