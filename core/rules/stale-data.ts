// stale-data (DESIGN §5): the latest figure is older than two `frequency` periods. The test is
// the evaluation's own `stale` flag (DESIGN §4), so the scorecard and the lint always agree: stale
// when the as-of date is later than the end of the latest period plus two `frequency` periods
// (2, 6 or 24 calendar months; without `frequency`, two of the series' own periods), and for
// qualitative measures counted from the date of the latest evidence. This file only works out the
// dates the message quotes.
import { freshUntil } from '../evaluate/stale';
import type { Frequency } from '../types';
import {
  isDate,
  isRecord,
  measureName,
  pointRefs,
  resultFor,
  resultsById,
  slotEnd,
  slotLabel,
  slotOf,
  type Slot,
} from './data-helpers';
import type { MeasureEntry, Rule, RuleReport } from './rule';

const frequencyMonths: Record<string, number> = { monthly: 1, quarterly: 3, annual: 12 };
const periodNoun: Record<string, string> = { monthly: 'month', quarterly: 'quarter', annual: 'year' };

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The latest point's slot whose period ends on or before the as-of date. */
function latestSlot(entry: MeasureEntry, asOf: string): Slot | undefined {
  let latest: Slot | undefined;
  for (const ref of pointRefs(entry)) {
    const slot = slotOf(ref.point.period);
    if (!slot || slotEnd(slot) > asOf) continue;
    if (!latest || slotEnd(slot) > slotEnd(latest)) latest = slot;
  }
  return latest;
}

function latestEvidence(entry: MeasureEntry, asOf: string): string | undefined {
  const evidence = isRecord(entry.measure) ? entry.measure.evidence : undefined;
  if (!Array.isArray(evidence)) return undefined;
  let latest: string | undefined;
  for (const e of evidence) {
    const date = isRecord(e) && typeof e.date === 'string' ? e.date.trim() : undefined;
    if (date && isDate(date) && date <= asOf && (!latest || date > latest)) latest = date;
  }
  return latest;
}

function frequencyPhrase(frequency: unknown): string {
  return typeof frequency === 'string' && frequency in frequencyMonths ? `${frequency} reporting` : 'reporting at the pace of its own periods';
}

export const staleData: Rule = {
  id: 'stale-data',
  description: 'The latest figure is older than two reporting periods',
  defaultSeverity: 'warning',
  tags: ['reporting'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    const results = resultsById(context);
    for (const entry of context.measures) {
      const result = resultFor(results, entry);
      if (!result || result.stale !== true) continue;
      const m = entry.measure;
      const name = capitalise(measureName(entry));
      const frequency = isRecord(m) ? m.frequency : undefined;
      const reporting = frequencyPhrase(frequency);
      const freqMonths = typeof frequency === 'string' ? frequencyMonths[frequency] : undefined;

      if (isRecord(m) && m.type === 'qualitative') {
        const date = latestEvidence(entry, context.asOf);
        const since = date && freqMonths ? freshUntil(date, frequency as Frequency, 0) : undefined;
        const when = date ? `dated ${date}` : 'missing';
        reports.push({
          path: entry.path,
          message:
            `${name}'s latest evidence is ${when}${since ? `; with ${reporting} it went out of date after ${since}` : ''}: ` +
            `add an "evidence" entry {date, summary, assessment} for the latest ${periodNoun[String(frequency)] ?? 'reporting period'} (a case study, inspection finding or Panel observation)`,
        });
        continue;
      }

      const slot = latestSlot(entry, context.asOf);
      if (!slot) {
        reports.push({ path: entry.path, message: `${name}'s figures are out of date: add the figures for the periods up to ${context.asOf}` });
        continue;
      }
      const end = slotEnd(slot);
      const since = freshUntil(end, freqMonths ? (frequency as Frequency) : undefined, slot.months);
      reports.push({
        path: entry.path,
        message:
          `${name}'s latest figure is for ${slotLabel(slot)} (to ${end})${since ? `; with ${reporting} it went out of date after ${since}` : ''}: ` +
          `add the figures after ${slotLabel(slot)}${entry.csvFile ? ` to ${entry.csvFile}` : ''}, or correct "frequency" if figures come less often`,
      });
    }
    return reports;
  },
};
