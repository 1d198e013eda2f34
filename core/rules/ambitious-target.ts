// ambitious-target (DESIGN §5): the target needs a yearly improvement beyond anything the figures
// have shown. SMART's "achievable", tested against the measure's own history.
//
// Definitions (all on points whose period ends on or before the as-of date; the first point
// written for a period counts, later duplicates are left to duplicate-period):
// - Required yearly improvement = (target value − current value), signed so that positive is
//   better, divided by the years (days / 365.25) from the date the current value stands at to the
//   target's `by`. Current and target value are the evaluation's (DESIGN §4: for counts the latest
//   twelve-month total; a `change` target already turned into a value). Nothing is reported when
//   the current value already meets the target or stands at or after `by`.
// - Year-on-year change, for counts: a twelve-month total (12 consecutive months, 4 consecutive
//   quarters or 1 year, of the same kind of period) minus the twelve-month total ending twelve
//   months earlier. For every other type: a point minus the point of the same kind of period that
//   ends twelve months earlier (2014-06 against 2013-06, 2014-Q2 against 2013-Q2, FY2014-15
//   against FY2013-14). Improvement = the change signed by `better`.
// - The rule fires when required > factor × best improvement (option `factor`, default 1), and
//   only when at least one year-on-year change can be made. If the figures never improved year on
//   year, any required improvement fires.
import { daysBetween } from '../periods';
import {
  isDate,
  isFiniteNumber,
  isRecord,
  measureName,
  pointRefs,
  resultFor,
  resultsById,
  slotEnd,
  slotLabel,
  slotOf,
  slotPlus,
  yearEarlier,
  type Slot,
} from './data-helpers';
import type { MeasureEntry, Rule, RuleReport } from './rule';
import { messageNumber } from '../present/numbers';
import type { DocPath } from '../types';

export interface YearOnYear {
  /** The change signed so that positive is an improvement. */
  improvement: number;
  /** The later and earlier periods compared (for counts, the last periods of the two totals). */
  later: string;
  earlier: string;
}

interface SlotValue {
  slot: Slot;
  value: number;
}

/** Points by kind of period, first written per period, ending on or before asOf. */
function seriesByKind(entry: MeasureEntry, asOf: string): Map<string, Map<number, SlotValue>> {
  const kinds = new Map<string, Map<number, SlotValue>>();
  for (const ref of pointRefs(entry)) {
    const slot = slotOf(ref.point.period);
    if (!slot || !isFiniteNumber(ref.point.value) || slotEnd(slot) > asOf) continue;
    const series = kinds.get(slot.kind) ?? new Map<number, SlotValue>();
    kinds.set(slot.kind, series);
    if (!series.has(slot.index)) series.set(slot.index, { slot, value: ref.point.value });
  }
  return kinds;
}

/** Every year-on-year change the measure's figures allow (see the definitions above). */
export function yearOnYearChanges(entry: MeasureEntry, asOf: string, better: 'higher' | 'lower'): YearOnYear[] {
  const sign = better === 'higher' ? 1 : -1;
  const isCount = isRecord(entry.measure) && entry.measure.type === 'count';
  const changes: YearOnYear[] = [];
  for (const series of seriesByKind(entry, asOf).values()) {
    for (const { slot, value } of series.values()) {
      if (isCount) {
        if (slot.kind === 'day') continue;
        const n = 12 / slot.months;
        const total = (last: Slot): number | undefined => {
          let sum = 0;
          for (let k = 0; k < n; k++) {
            const p = series.get(last.index - k);
            if (!p) return undefined;
            sum += p.value;
          }
          return sum;
        };
        const earlierSlot = slotPlus(slot, -n);
        if (!earlierSlot) continue;
        const later = total(slot);
        const earlier = total(earlierSlot);
        if (later === undefined || earlier === undefined) continue;
        changes.push({ improvement: sign * (later - earlier), later: slotLabel(slot), earlier: slotLabel(earlierSlot) });
      } else {
        const before = yearEarlier(slot);
        const p = before ? series.get(before.index) : undefined;
        if (!before || !p) continue;
        changes.push({ improvement: sign * (value - p.value), later: slotLabel(slot), earlier: slotLabel(before) });
      }
    }
  }
  return changes;
}

function factorOption(options: Record<string, unknown>): number {
  const f = options?.factor;
  return isFiniteNumber(f) && f > 0 ? f : 1;
}

/** Estimates are shown to a sensible precision: whole numbers from 100, one decimal from 1. */
function rounded(n: number): number {
  const places = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 1 : 2;
  return Number(n.toFixed(places));
}

/** A value (or, with `difference`, a change) in the measure's unit; changes of a percentage are percentage points. */
function withUnit(n: number, unit: unknown, estimate = false, difference = false): string {
  const text = messageNumber(estimate ? rounded(n) : n);
  if (typeof unit !== 'string' || unit.trim() === '') return text;
  if (unit.trim() === '%') return difference ? `${text} percentage point${text === '1' ? '' : 's'}` : `${text}%`;
  return `${text} ${unit.trim()}`;
}

function targetPath(entry: MeasureEntry): DocPath {
  const target = isRecord(entry.measure) ? entry.measure.target : undefined;
  if (isRecord(target) && 'value' in target) return [...entry.path, 'target', 'value'];
  if (isRecord(target) && 'change' in target) return [...entry.path, 'target', 'change'];
  return [...entry.path, 'target'];
}

export const ambitiousTarget: Rule = {
  id: 'ambitious-target',
  description: 'The target needs a yearly improvement beyond the best year-on-year change in the data',
  defaultSeverity: 'warning',
  tags: ['smart', 'target'],
  scope: 'measure',
  options: { factor: { kind: 'number above 0', example: 'factor: 1.5' } },
  check(context) {
    const reports: RuleReport[] = [];
    const factor = factorOption(context.options);
    const results = resultsById(context);
    for (const entry of context.measures) {
      const m = entry.measure;
      if (!isRecord(m) || m.type === 'qualitative' || !isRecord(m.target)) continue;
      const better = m.better;
      if (better !== 'higher' && better !== 'lower') continue;
      const result = resultFor(results, entry);
      const current = result?.current;
      const target = result?.target;
      if (!current || !target || !isFiniteNumber(current.value) || !isFiniteNumber(target.value)) continue;
      if (typeof current.at !== 'string' || typeof target.by !== 'string' || current.at >= target.by) continue;
      if (!isDate(current.at) || !isDate(target.by)) continue;
      const days = daysBetween(current.at, target.by);
      if (days <= 0) continue;
      const sign = better === 'higher' ? 1 : -1;
      const needed = sign * (target.value - current.value);
      if (needed <= 0) continue;
      const years = days / 365.25;
      const required = needed / years;

      const changes = yearOnYearChanges(entry, context.asOf, better);
      if (changes.length === 0) continue;
      const best = changes.reduce((a, b) => (b.improvement > a.improvement ? b : a));
      if (required <= factor * best.improvement) continue;

      const unit = m.unit;
      const name = measureName(entry);
      const scale = factor === 1 ? '' : `${messageNumber(factor)} × `;
      const history =
        best.improvement > 0
          ? `the best year-on-year improvement in its figures is ${withUnit(best.improvement, unit, false, true)} (${best.later} against ${best.earlier})${factor === 1 ? '' : `, and the limit is ${scale}that`}`
          : `its figures show no year-on-year improvement (at best ${withUnit(-best.improvement, unit, false, true)} worse, ${best.later} against ${best.earlier})`;
      const reachable = best.improvement > 0 ? current.value + sign * factor * best.improvement * years : undefined;
      const suggestion =
        reachable !== undefined
          ? `set a target the record supports (about ${withUnit(reachable, unit, true)} by ${target.by} at ${scale}the best rate seen), allow more time, or`
          : 'set a target the record supports, allow more time, or';
      reports.push({
        path: targetPath(entry),
        message:
          `The target for ${name} (${withUnit(target.value, unit)} by ${target.by}) needs an improvement of ${withUnit(required, unit, true, true)} a year from ${withUnit(current.value, unit)} at ${current.at}, ` +
          `but ${history}: ${suggestion} add a "commentary" entry saying what will change to deliver it`,
      });
    }
    return reports;
  },
};
