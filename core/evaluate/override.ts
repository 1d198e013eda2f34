// A recorded judgement (DESIGN §3.1, §4 v2 "override"): it replaces a numeric measure's computed
// status from its date until a figure whose period ends after that date arrives; then it lapses.
import { isValidDate } from '../periods';
import type { OverrideResult } from '../results';
import type { Measure, OverrideStatus } from '../types';
import type { DatedPoint } from './points';

const statuses: readonly OverrideStatus[] = ['on-track', 'at-risk', 'off-track', 'achieved', 'missed'];

/** The measure's override as written, or null when it has none or it is not usable (a schema error). */
export function overrideOf(measure: Measure): OverrideResult | null {
  const o: unknown = measure.override;
  if (o === null || typeof o !== 'object') return null;
  const { status, reason, by, date } = o as Record<string, unknown>;
  if (!statuses.includes(status as OverrideStatus) || typeof reason !== 'string' || reason.trim() === '' || !isValidDate(date)) return null;
  return { status: status as OverrideStatus, reason, by: typeof by === 'string' && by.trim() !== '' ? by : null, date };
}

export type OverrideState =
  | { state: 'applies'; override: OverrideResult }
  /** A figure of the series ends after the judgement's date: the computed status stands again. */
  | { state: 'lapsed'; override: OverrideResult; after: DatedPoint }
  /** Dated after the as-of date: not made yet. */
  | { state: 'not-yet'; override: OverrideResult };

/**
 * Whether the measure's override applies as of `asOf`, given its series as of that date (oldest
 * first). Null when there is none, and on qualitative measures, whose evidence is the judgement.
 */
export function overrideState(measure: Measure, series: DatedPoint[], asOf: string): OverrideState | null {
  if (measure.type === 'qualitative') return null;
  const override = overrideOf(measure);
  if (!override) return null;
  if (override.date > asOf) return { state: 'not-yet', override };
  const after = series.find((p) => p.period.end > override.date);
  return after ? { state: 'lapsed', override, after } : { state: 'applies', override };
}
