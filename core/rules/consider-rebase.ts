// consider-rebase (DESIGN §5 v2): when the latest point is special cause because it belongs to a
// run of 7 or more on one side of the centre or to a trend, the chart's limits may describe a
// process that has since changed (Making Data Count: recalculate the limits after a sustained
// shift). If the process did change where the run began, `spc.rebase` there starts a new segment.
import { addEntryEdit } from '../edits';
import { latestShift } from '../evaluate/spc';
import type { Fix } from '../types';
import { isRecord, measureName, resultFor, resultsById } from './data-helpers';
import type { Rule, RuleReport } from './rule';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const considerRebase: Rule = {
  id: 'consider-rebase',
  description: 'The latest figures are in a run or trend: if the process changed where it began, add spc.rebase there',
  defaultSeverity: 'info',
  tags: ['spc', 'reporting'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    const results = resultsById(context);
    for (const entry of context.measures) {
      const result = resultFor(results, entry);
      const spc = result?.spc;
      if (!result || !spc || spc.variation === 'common-cause') continue;
      const first = result.series.findIndex((p) => p.period === spc.from);
      if (first < 0) continue;
      const segment = result.series.slice(first);
      const shift = latestShift(segment.map((p) => p.value), { centre: spc.centre, lower: spc.lower, upper: spc.upper, meanRange: spc.meanRange, nearLower: spc.lower, nearUpper: spc.upper });
      // a run from the segment's own first point has nowhere earlier to rebase
      if (!shift || shift.start === 0) continue;
      const period = segment[shift.start].period;
      const m = entry.measure;
      const written = isRecord(m) && isRecord(m.spc) ? m.spc : undefined;
      const what =
        shift.kind === 'run'
          ? `the latest ${shift.length} figures all lie ${segment[segment.length - 1].value > spc.centre ? 'above' : 'below'} the centre line`
          : `the latest ${shift.length} figures each ${segment[segment.length - 1].value > segment[segment.length - 2].value ? 'rose' : 'fell'} from the one before`;
      const edit = !written
        ? addEntryEdit(context.source, entry.path, 'spc', `{rebase: [${period}]}`)
        : written.rebase === undefined
          ? addEntryEdit(context.source, [...entry.path, 'spc'], 'rebase', `[${period}]`)
          : undefined;
      const fixes: Fix[] = edit ? [{ title: `Start a new stretch of the chart at ${period}`, edits: [edit] }] : [];
      reports.push({
        path: written ? [...entry.path, 'spc'] : entry.path,
        anchor: written ? 'key' : undefined,
        message:
          `${capitalise(measureName(entry))}: ${what}, from ${period}. If the way the figures are counted or the work itself changed then, ` +
          `add "spc: {rebase: [${period}]}" so that the centre and limits describe the process as it now is; if nothing changed, the shift is real: explain it in the commentary`,
        fixes: fixes.length > 0 ? fixes : undefined,
      });
    }
    return reports;
  },
};
