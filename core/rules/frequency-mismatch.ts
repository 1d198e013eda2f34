// frequency-mismatch (DESIGN §4 v2, §5): a point whose period is not of the measure's frequency
// (a financial-year total in a monthly series, a month in a quarterly one). The evaluation leaves it
// out of the series (core/evaluate/points.ts decides, for both); left in, a yearly total would be
// summed into the twelve-month total and move the SPC centre. Reported on the point, inline or on
// its CSV line, whatever its date. Without `frequency`, the earliest figure decides the kind.
import { selectSeries, type Series } from '../evaluate/points';
import type { Period, PeriodKind } from '../periods';
import { isRecord, kindNoun, measureName, pointRefs, reportAt } from './data-helpers';
import type { Rule, RuleReport } from './rule';

/** "a financial year", "an annual figure"... the kind of period with its article. */
function withArticle(kind: PeriodKind): string {
  const noun = kindNoun(kind);
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** What a period of the series looks like near `period`, for the message: 2016-03, 2016-Q1, 2016 or FY2015-16. */
function example(decidedBy: NonNullable<Series['decidedBy']>, period: Period): string {
  const [year, month] = period.end.split('-').map(Number);
  const mm = String(month).padStart(2, '0');
  const frequency = 'frequency' in decidedBy ? decidedBy.frequency : undefined;
  const kind = 'kind' in decidedBy ? decidedBy.kind : undefined;
  if (frequency === 'monthly' || kind === 'month') return `months such as ${year}-${mm}`;
  if (frequency === 'quarterly' || kind === 'quarter') return `quarters such as ${year}-Q${Math.ceil(month / 3)}`;
  if (kind === 'financial-year') return `financial years such as FY${year - 1}-${String(year % 100).padStart(2, '0')}`;
  if (frequency === 'annual' || kind === 'year') return `years such as ${year} or FY${year - 1}-${String(year % 100).padStart(2, '0')}`;
  if (kind === 'year-ending') return `year-ending periods such as YE${year}-${mm}`;
  return `single days such as ${period.end}`;
}

function why(decidedBy: NonNullable<Series['decidedBy']>): string {
  if ('frequency' in decidedBy) return `is reported ${decidedBy.frequency}`;
  return `has no "frequency" and its earliest figure is ${withArticle(decidedBy.kind)} (${decidedBy.period.text})`;
}

export const frequencyMismatch: Rule = {
  id: 'frequency-mismatch',
  description: "A figure's period is not of the measure's frequency, so it is left out of the evaluation",
  defaultSeverity: 'error',
  tags: ['data', 'evaluation'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    for (const entry of context.measures) {
      const m = entry.measure;
      if (!isRecord(m) || m.type === 'qualitative') continue;
      // entry.points are the inline points themselves, or those read from the CSV file
      const series = selectSeries(entry.points, m.frequency, context.asOf);
      if (series.mismatched.length === 0 || series.decidedBy === null) continue;
      const odd = new Map(series.mismatched.map((x) => [x.point, x.period]));
      const name = measureName(entry);
      const advice = 'frequency' in series.decidedBy ? 'or change "frequency" if the measure is now reported another way' : 'or add "frequency" to say how the measure is reported';
      for (const ref of pointRefs(entry)) {
        const period = odd.get(ref.point);
        if (!period) continue;
        const message =
          `${name.charAt(0).toUpperCase() + name.slice(1)} ${why(series.decidedBy)}, but ${period.text} is ${withArticle(period.kind)}, so it is left out of the evaluation: ` +
          `write this series' figures for ${example(series.decidedBy, period)}, remove this point, ${advice}`;
        reports.push(reportAt(ref, message));
      }
    }
    return reports;
  },
};
