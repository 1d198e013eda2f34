// Shared helpers for the rules that read a measure's figures: where each point lives (a node in
// the plan or a line of a CSV file), how to name it in a message, and where a result belongs.
import { addKeyEdit } from '../edits';
import type { MeasureResult, PlanResult } from '../results';
import type { SourceDocument } from '../source';
import type { DataPoint, DocPath, TextEdit } from '../types';
import type { MeasureEntry, RuleContext, RuleReport } from './rule';

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

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

/** Every point of the measure that is a mapping, in the order written, with where it lives. */
export function pointRefs(entry: MeasureEntry): PointRef[] {
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

/** Numbers in messages: thousands separated, at most two decimals. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** The evaluated result of a measure by id (first one wins if ids repeat), or undefined. */
export function resultsById(context: RuleContext): Map<string, MeasureResult> {
  const map = new Map<string, MeasureResult>();
  let evaluated: PlanResult | undefined;
  try {
    evaluated = context.evaluation();
  } catch {
    evaluated = undefined;
  }
  if (!evaluated || !Array.isArray(evaluated.objectives)) return map;
  for (const objective of evaluated.objectives) {
    if (!isRecord(objective) || !Array.isArray(objective.measures)) continue;
    for (const m of objective.measures) {
      if (isRecord(m) && typeof m.id === 'string' && !map.has(m.id)) map.set(m.id, m);
    }
  }
  return map;
}

/** The evaluated result of this entry's measure, if the evaluation has it. */
export function resultFor(results: Map<string, MeasureResult>, entry: MeasureEntry): MeasureResult | undefined {
  const id = isRecord(entry.measure) ? entry.measure.id : undefined;
  return typeof id === 'string' ? results.get(id) : undefined;
}

/**
 * Adds `key: value` to the mapping at `path`: as a new line when it is a block mapping, or
 * before the closing brace when it is a flow mapping such as `{period: 2014-Q1, value: 61}`.
 */
export function addToMappingEdit(source: SourceDocument, path: DocPath, key: string, value: string): TextEdit | undefined {
  const block = source.block(path);
  if (block) return block.kind === 'mapping' ? addKeyEdit(source, path, [`${key}: ${value}`]) : undefined;
  const located = source.locate(path);
  if (located.path.length !== path.length) return undefined;
  const text = source.text;
  const open = text.indexOf('{', located.start);
  if (open !== located.start || text[located.end - 1] !== '}') return undefined;
  let i = located.end - 2;
  while (i > open && /\s/.test(text[i])) i--;
  if (i === open) return { start: open + 1, end: open + 1, text: `${key}: ${value}` };
  const insertAt = i + 1;
  return text[i] === ','
    ? { start: insertAt, end: insertAt, text: ` ${key}: ${value}` }
    : { start: insertAt, end: insertAt, text: `, ${key}: ${value}` };
}

// ---- Periods as slots of a series ---------------------------------------------------------------
// A series is read slot by slot: a month, a calendar quarter, a calendar year or a financial year
// each has an ordinal index, so that "the next period" and "twelve months earlier" are arithmetic.

export type SlotKind = 'month' | 'quarter' | 'year' | 'fy' | 'day';

export interface Slot {
  kind: SlotKind;
  /** Ordinal within its kind: months since year 0, quarters since year 0, the (starting) year, or days since 1970. */
  index: number;
  /** The length of one period of this kind in months (0 for a day). */
  months: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** A yyyy-mm-dd date that exists on the calendar, as its parts; undefined otherwise. */
export function dateParts(text: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Reads a period as written (DESIGN §3) into its slot; undefined when it is not a period. */
export function slotOf(period: unknown): Slot | undefined {
  const text = periodText(period);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', index: Number(m[1]) * 12 + month - 1, months: 1 } : undefined;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) return { kind: 'quarter', index: Number(m[1]) * 4 + Number(m[2]) - 1, months: 3 };
  if ((m = /^(\d{4})$/.exec(text))) return { kind: 'year', index: Number(m[1]), months: 12 };
  if ((m = /^FY(\d{4})-(\d{2})$/.exec(text))) {
    const start = Number(m[1]);
    return (start + 1) % 100 === Number(m[2]) ? { kind: 'fy', index: start, months: 12 } : undefined;
  }
  const d = dateParts(text);
  if (d) return { kind: 'day', index: Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86400000), months: 0 };
  return undefined;
}

/** How a slot is written. */
export function slotLabel(slot: Slot): string {
  const i = slot.index;
  switch (slot.kind) {
    case 'month':
      return `${Math.floor(i / 12)}-${pad2((i % 12) + 1)}`;
    case 'quarter':
      return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    case 'year':
      return String(i);
    case 'fy':
      return `FY${i}-${pad2((i + 1) % 100)}`;
    case 'day':
      return new Date(i * 86400000).toISOString().slice(0, 10);
  }
}

/** The first day of the slot's period, yyyy-mm-dd. */
export function slotStart(slot: Slot): string {
  const i = slot.index;
  switch (slot.kind) {
    case 'month':
      return `${Math.floor(i / 12)}-${pad2((i % 12) + 1)}-01`;
    case 'quarter':
      return `${Math.floor(i / 4)}-${pad2((i % 4) * 3 + 1)}-01`;
    case 'year':
      return `${i}-01-01`;
    case 'fy':
      return `${i}-04-01`;
    case 'day':
      return slotLabel(slot);
  }
}

/** The last day of the slot's period (the date it stands at), yyyy-mm-dd. */
export function slotEnd(slot: Slot): string {
  const i = slot.index;
  const endOfMonth = (year: number, month1: number) => `${year}-${pad2(month1)}-${pad2(daysInMonth(year, month1))}`;
  switch (slot.kind) {
    case 'month':
      return endOfMonth(Math.floor(i / 12), (i % 12) + 1);
    case 'quarter':
      return endOfMonth(Math.floor(i / 4), (i % 4) * 3 + 3);
    case 'year':
      return `${i}-12-31`;
    case 'fy':
      return `${i + 1}-03-31`;
    case 'day':
      return slotLabel(slot);
  }
}

/** The slot `steps` periods after this one (negative: before). */
export function slotPlus(slot: Slot, steps: number): Slot {
  return { ...slot, index: slot.index + steps };
}

/** The slot of the same kind whose period ends twelve months before this one's, or undefined for a day without one. */
export function yearEarlier(slot: Slot): Slot | undefined {
  if (slot.kind !== 'day') return slotPlus(slot, 12 / slot.months);
  const d = dateParts(slotLabel(slot))!;
  if (d.month === 2 && d.day === 29) return undefined;
  return { kind: 'day', index: Math.round(Date.UTC(d.year - 1, d.month - 1, d.day) / 86400000), months: 0 };
}

/** Adds calendar months to a yyyy-mm-dd date; a month end stays a month end (2014-02-28 + 1 → 2014-03-31). */
export function addMonthsToDate(date: string, months: number): string | undefined {
  const d = dateParts(date);
  if (!d) return undefined;
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = daysInMonth(year, month);
  const day = d.day === daysInMonth(d.year, d.month) ? last : Math.min(d.day, last);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Days from one yyyy-mm-dd date to another. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = dateParts(from);
  const b = dateParts(to);
  if (!a || !b) return undefined;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
}

/** The names a message uses for one period of a kind. */
export function kindNoun(kind: SlotKind, plural = false): string {
  const nouns: Record<SlotKind, [string, string]> = {
    month: ['month', 'months'],
    quarter: ['quarter', 'quarters'],
    year: ['year', 'years'],
    fy: ['financial year', 'financial years'],
    day: ['day', 'days'],
  };
  return nouns[kind][plural ? 1 : 0];
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
