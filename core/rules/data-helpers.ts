// Shared helpers for the rules that read a measure's figures: where each point lives (a node in
// the plan or a line of a CSV file), how to name it in a message, and where a result belongs.
import { isRecord } from './plan-readers';
import { areaOf } from '../evaluate/points';
import { dayNumber, isValidDate, parsePeriod, shiftEnd, shiftPeriod, type Period, type PeriodKind } from '../periods';
import type { MeasureResult, PlanResult } from '../results';
import type { SourceDocument } from '../source';
import type { DataPoint, DocPath } from '../types';
import type { MeasureEntry, RuleContext, RuleReport } from './rule';

export { isRecord };

export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** One point of a measure and where it was written. */
export interface PointRef {
  point: DataPoint;
  /** Inline points: the point's own node. CSV points: the measure's `data` entry. */
  path: DocPath;
  /** For CSV points: the file (relative to the plan) and the 1-based line. */
  csv?: { file: string; line: number };
  /** For inline points: the index in the `data` list. */
  index?: number;
}

/** The force's own points (those without `area`), in the order written, with where they live. */
export function pointRefs(entry: MeasureEntry): readonly PointRef[] {
  let refs = forceRefs.get(entry);
  if (!refs) forceRefs.set(entry, (refs = Object.freeze(allPointRefs(entry).filter((ref) => areaOf(ref.point) === undefined))));
  return refs;
}

// A check asks for each measure's points from a dozen rules: they are listed once per check (a
// check makes new entries), and the lists are frozen because every rule shares them.
const forceRefs = new WeakMap<MeasureEntry, readonly PointRef[]>();
const everyRef = new WeakMap<MeasureEntry, readonly PointRef[]>();

/** Every point of the measure that is a mapping, the local areas' too, in the order written, with where it lives. */
export function allPointRefs(entry: MeasureEntry): readonly PointRef[] {
  let refs = everyRef.get(entry);
  if (!refs) everyRef.set(entry, (refs = Object.freeze(listPointRefs(entry))));
  return refs;
}

function listPointRefs(entry: MeasureEntry): PointRef[] {
  const data = isRecord(entry.measure) ? entry.measure.data : undefined;
  if (Array.isArray(data)) {
    const refs: PointRef[] = [];
    data.forEach((point, index) => {
      if (isRecord(point)) refs.push({ point: point as unknown as DataPoint, path: [...entry.path, 'data', index], index });
    });
    return refs;
  }
  if (typeof entry.csvFile === 'string' && Array.isArray(entry.points)) {
    return entry.points
      .filter(isRecord)
      .map((point) => ({
        point,
        path: [...entry.path, 'data'],
        csv: typeof point.csvLine === 'number' ? { file: entry.csvFile as string, line: point.csvLine } : undefined,
      }));
  }
  return [];
}

/** A report on one point: on its node in the plan, or on its line of the CSV file. */
export function reportAt(ref: PointRef, message: string, extra: Partial<RuleReport> = {}): RuleReport {
  return ref.csv ? { path: ref.path, message, csv: ref.csv } : { path: ref.path, message, ...extra };
}

/** Where a point was written, for a message: "line 12 of data/x.csv" or "line 40". */
export function whereWritten(ref: PointRef, source: SourceDocument): string {
  if (ref.csv) return `line ${ref.csv.line} of ${ref.csv.file}`;
  const at = source.locate(ref.path);
  return `line ${source.positionAt(at.start).line}`;
}

/** The period as written, for messages: YAML may have read `2014` as a number. */
export function periodText(period: unknown): string {
  return typeof period === 'string' ? period.trim() : typeof period === 'number' ? String(period) : '?';
}

/** The measure's id for messages, or a stand-in when the id is missing. */
export function measureName(entry: MeasureEntry): string {
  const id = isRecord(entry.measure) ? entry.measure.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `measure ${id}` : 'this measure';
}


const placeKey = (path: DocPath) => path.join('/');

/** The evaluated results of the measures by where they are written (two may share an id). */
export function resultsById(context: RuleContext): Map<string, MeasureResult> {
  const map = new Map<string, MeasureResult>();
  // A failure to evaluate a file the schema accepted is a bug and must surface, so no catch here.
  const evaluated: PlanResult | undefined = context.evaluation();
  if (!evaluated || !Array.isArray(evaluated.objectives)) return map;
  for (const objective of evaluated.objectives) {
    if (!isRecord(objective) || !Array.isArray(objective.measures)) continue;
    for (const m of objective.measures) {
      if (isRecord(m) && Array.isArray(m.path)) map.set(placeKey(m.path), m);
    }
  }
  return map;
}

/** The evaluated result of this entry's measure, if the evaluation has it. */
export function resultFor(results: Map<string, MeasureResult>, entry: MeasureEntry): MeasureResult | undefined {
  return results.get(placeKey(entry.path));
}

// ---- Periods as slots of a series ---------------------------------------------------------------
// A series is read slot by slot: each period of a kind (month, quarter, year, financial year, day)
// has an ordinal index, so that gaps and "twelve months earlier" are arithmetic on indexes.

export type SlotKind = PeriodKind;

export interface Slot {
  period: Period;
  kind: SlotKind;
  /** Ordinal within its kind: consecutive periods of one kind have consecutive indexes. */
  index: number;
  /** The length of one period of this kind in months (0 for a day). */
  months: number;
}

function toSlot(period: Period): Slot {
  const [y, m] = period.start.split('-').map(Number);
  const index = period.kind === 'day' ? dayNumber(period.start) : Math.floor((y * 12 + m - 1) / period.months);
  return { period, kind: period.kind, index, months: period.months };
}

/** Reads a period as written (DESIGN §3) into its slot; undefined when it is not a real period. */
export function slotOf(written: unknown): Slot | undefined {
  const period = parsePeriod(written);
  if (!period) return undefined;
  let slot = slots.get(period);
  if (!slot) slots.set(period, (slot = Object.freeze(toSlot(period))));
  return slot;
}

/** Periods are read once and shared (core/periods.ts), so their slots can be too. */
const slots = new WeakMap<Period, Slot>();

/** How a slot is written, canonically. */
export function slotLabel(slot: Slot): string {
  return slot.period.text;
}

/** The first day of the slot's period, yyyy-mm-dd. */
export function slotStart(slot: Slot): string {
  return slot.period.start;
}

/** The last day of the slot's period (the date it stands at), yyyy-mm-dd. */
export function slotEnd(slot: Slot): string {
  return slot.period.end;
}

/** The slot `steps` periods after this one (negative: before), or undefined beyond the calendar. */
export function slotPlus(slot: Slot, steps: number): Slot | undefined {
  const period = shiftPeriod(slot.period, steps);
  return period ? toSlot(period) : undefined;
}

/** The slot of the same kind whose period ends twelve months before this one's. */
export function yearEarlier(slot: Slot): Slot | undefined {
  if (slot.kind !== 'day') return slotPlus(slot, -12 / slot.months);
  const period = parsePeriod(shiftEnd(slot.period.end, -12));
  return period ? toSlot(period) : undefined;
}

/** True for a real yyyy-mm-dd date. */
export function isDate(value: unknown): value is string {
  return isValidDate(value);
}

/** The names a message uses for one period of a kind. */
export function kindNoun(kind: SlotKind, plural = false): string {
  const nouns: Record<SlotKind, [string, string]> = {
    month: ['month', 'months'],
    quarter: ['quarter', 'quarters'],
    year: ['year', 'years'],
    'financial-year': ['financial year', 'financial years'],
    'year-ending': ['year-ending period', 'year-ending periods'],
    day: ['day', 'days'],
  };
  return nouns[kind][plural ? 1 : 0];
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
