// duplicate-period (DESIGN §5): two points of one measure for the same period. Which figure is
// right is a question for the analyst; the evaluation cannot choose. The first point is taken as
// the original and every later one (in the order written, or CSV line order) is reported.
// Periods are compared as read, so `2014` read as a number and "2014" are the same year;
// periods of different lengths that overlap (2014-06 and 2014-Q2) are not duplicates, and nor are
// the figures of different local areas (or an area's and the force's) for one period.
import { parsePeriod } from '../periods';
import { areaOf } from '../evaluate/points';
import { allPointRefs, measureName, periodText, reportAt, whereWritten, type PointRef } from './data-helpers';
import type { Rule, RuleReport } from './rule';

/** Two points are for the same period when their periods read the same (same kind, same days). */
export function periodKey(period: unknown): string | undefined {
  const parsed = parsePeriod(period);
  if (parsed) return `${parsed.kind} ${parsed.start} ${parsed.end}`;
  const text = periodText(period);
  return text === '?' || text === '' ? undefined : `as written ${text}`;
}

export const duplicatePeriod: Rule = {
  id: 'duplicate-period',
  description: 'A measure has two points for the same period',
  defaultSeverity: 'error',
  tags: ['data'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    for (const entry of context.measures) {
      const first = new Map<string, PointRef>();
      for (const ref of allPointRefs(entry)) {
        const period = periodKey(ref.point.period);
        if (period === undefined) continue;
        // a local area's figure and the force's for one period are two figures, not a duplicate
        const area = areaOf(ref.point);
        const key = `${period} ${area ?? ''}`;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, ref);
          continue;
        }
        const whose = area === undefined ? '' : ` in area ${area}`;
        const message = `${capitalise(measureName(entry))} has a second figure for ${periodText(ref.point.period)}${whose} (the first is at ${whereWritten(earlier, context.source)}): keep the correct figure and delete the other, or correct this one's period`;
        reports.push(reportAt(ref, message));
      }
    }
    return reports;
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
