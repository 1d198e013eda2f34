// Merging imported figures into a plan: computes the new texts of the plan and of any CSV files
// it keeps figures in, as minimal text edits (never a re-print), and re-checks the result.
// Pure: reads through the injected file system, writes nothing.
import { pathApi } from '../paths';
import { parseCsv } from '../csv';
import { applyEdits } from '../edits';
import { memoryFileSystem, type FileSystem } from '../files';
import { comparePeriods, parsePeriod, samePeriod, type Period } from '../periods';
import type { SourceDocument } from '../source';
import type { DataPoint, DocPath, TextEdit } from '../types';
import { PlanChecker } from '../workspace';
import { csvGrid, CsvReadError } from './csv-grid';
import { guardProblems, periodsOf, type GuardedMeasure } from './guards';
import { readTable, type ImportRow, type PlanContext, type TableOptions } from './table';
import { blockItemsEdits, flowItemsEdits, newDataKeyEdit, type PointStyle } from './yaml-points';
import { csvInsertEdits, csvReplaceEdits } from './csv-points';
import { isRecord } from '../values';

export class ImportError extends Error {}

export interface ImportOptions {
  /** The measure the rows are for (the CSV has no measure column), or the one measure to take from a CSV that has one. */
  measure?: string;
  /** Take the CSV's figure where it differs from the plan's (only that figure's text is replaced). */
  replace?: boolean;
  asOf: string;
  /** Reads CSV files the plan keeps figures in. */
  fs?: FileSystem;
  /** Checks the plan before and after the merge with its config (by default one finding the plan's config through `fs`). */
  checker?: PlanChecker;
}

/** The plan's text checked as the file, its data files read through `dataFiles`. */
function checkAs(planFile: string, text: string, options: ImportOptions, dataFiles = options.fs) {
  const checker = options.checker ?? new PlanChecker({ asOf: options.asOf, fs: options.fs ?? memoryFileSystem({}) });
  const checked = checker.check(planFile, text, dataFiles ?? memoryFileSystem({}));
  if (checked.unreadable) throw new ImportError(`Cannot read ${planFile}`);
  // a problem in the config file itself is for check to report, not a reason to refuse the figures
  const configFile = checker.configFor(planFile).config.file;
  if (configFile !== undefined) checked.findings = checked.findings.filter((f) => f.file !== configFile);
  return checked;
}

export interface PointConflict {
  period: string;
  plan: DataPoint;
  csv: DataPoint;
  /** Line of the imported CSV. */
  line: number;
  /** Where the imported figure came from: "figures.csv line 5". */
  where: string;
}

export interface MeasureImport {
  measure: string;
  title: string;
  /** Where the figures are kept: a block list, a flow list, a new data list, or a CSV file. */
  store: 'block' | 'flow' | 'new' | 'csv';
  /** The CSV file the figures are kept in (as resolved from the plan's folder). */
  csvFile?: string;
  added: DataPoint[];
  unchanged: DataPoint[];
  /** Figures that differ, not taken (no `replace`). */
  conflicts: PointConflict[];
  /** Figures that differed and were taken (`replace`). */
  replaced: PointConflict[];
}

export interface FileChange {
  path: string;
  before: string;
  after: string;
}

export interface ImportResult {
  measures: MeasureImport[];
  /** The files whose text changes (the plan first); empty when nothing changes or a conflict is unresolved. */
  files: FileChange[];
  /** Unresolved conflicts: while there are any, nothing may be written. */
  conflicts: number;
  /** Rows skipped because they name another measure than the one asked for. */
  skipped: number;
}

/** The plan figures are imported into, read and checked once, before any input is read. */
export interface ImportTarget {
  planText: string;
  planFile: string;
  source: SourceDocument;
  measures: Map<string, Located>;
  context: PlanContext;
  /** plan.areas' ids, when the plan declares areas. */
  declaredAreas?: string[];
}

function idText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

interface Located {
  measure: Record<string, unknown>;
  path: DocPath;
}

function findMeasures(value: unknown): Map<string, Located> {
  const out = new Map<string, Located>();
  const objectives = isRecord(value) && Array.isArray(value.objectives) ? value.objectives : [];
  objectives.forEach((o: unknown, oi: number) => {
    if (!isRecord(o) || !Array.isArray(o.measures)) return;
    o.measures.forEach((m: unknown, mi: number) => {
      const id = isRecord(m) ? idText(m.id) : undefined;
      if (id !== undefined && isRecord(m) && !out.has(id)) out.set(id, { measure: m, path: ['objectives', oi, 'measures', mi] });
    });
  });
  return out;
}

/** Whether the CSV's point says the same as the plan's: value, and sample and of where the CSV gives them. */
function samePoint(plan: DataPoint, csv: DataPoint): boolean {
  if (plan.value !== csv.value) return false;
  if (csv.sample !== undefined && plan.sample !== csv.sample) return false;
  if (csv.of !== undefined && plan.of !== csv.of) return false;
  return true;
}

/** Where each new point goes: gap k is before existing point k (k = n: after the last). In period order when the existing points are in order, else at the end. */
export function insertionGaps(existing: (Period | null)[], added: Period[]): number[] {
  const ordered = existing.every((p, i) => p !== null && (i === 0 || comparePeriods(existing[i - 1]!, p) <= 0));
  return added.map((a) => {
    if (!ordered) return existing.length;
    let k = existing.length;
    while (k > 0 && comparePeriods(existing[k - 1]!, a) > 0) k--;
    return k;
  });
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

interface MeasurePlan {
  id: string;
  located: Located;
  rows: ImportRow[];
  seen: Map<string, ImportRow>;
  existing?: DataPoint[];
  csvFile?: string;
}

/** Reads and checks the plan; throws ImportError when figures cannot be merged into it. */
export function openImportTarget(planText: string, planFile: string, options: ImportOptions): ImportTarget {
  const before = checkAs(planFile, planText, options);
  const blocking = before.findings.filter((f) => f.rule === 'syntax' || f.rule === 'schema');
  if (!before.plan || blocking.length > 0) {
    const first = blocking[0];
    throw new ImportError(`${planFile} has ${first ? `errors to fix before figures can be merged into it (line ${first.range.start.line}: ${first.message})` : 'no plan in it'}`);
  }
  const source = before.source;
  const measures = findMeasures(source.value);
  const info = isRecord(source.value) && isRecord(source.value.plan) ? source.value.plan : {};
  const areaList = Array.isArray(info.areas) ? info.areas.filter(isRecord) : undefined;
  const areas = (areaList ?? []).flatMap((a) => (idText(a.id) !== undefined ? [{ id: idText(a.id)!, name: idText(a.name) }] : []));
  return {
    planText,
    planFile,
    source,
    measures,
    context: { measures: new Set(measures.keys()), area: idText(info.area), areas },
    declaredAreas: areaList ? areas.map((a) => a.id) : undefined,
  };
}

/**
 * Merges the imported CSV's figures into the plan. Throws ImportError when it cannot run at all
 * (the CSV or the plan unreadable, an unknown measure, a result that would not validate).
 */
export function importFigures(planText: string, planFile: string, csvText: string, options: ImportOptions & TableOptions): ImportResult {
  const target = openImportTarget(planText, planFile, options);
  let grid;
  try {
    grid = csvGrid(csvText, 'CSV');
  } catch (error) {
    if (error instanceof CsvReadError) throw new ImportError(`The CSV cannot be imported: ${error.message}`);
    throw error;
  }
  const table = readTable(grid, target.context, options);
  if (table.problems.length > 0) throw new ImportError(`The CSV cannot be imported:\n  ${table.problems.join('\n  ')}`);
  return mergeRows(target, table.rows, options);
}

function pointKey(period: Period, area: string | undefined): string {
  return `${period.kind} ${period.start} ${area ?? ''}`;
}

/** Merges figures read from any input into the plan: refused whole when one would break the plan. */
export function mergeRows(target: ImportTarget, importRows: ImportRow[], options: ImportOptions): ImportResult {
  const { planText, planFile, source, measures } = target;
  if (options.measure === undefined && importRows.some((r) => r.measure === undefined)) {
    throw new ImportError('Name the measure the figures are for with --measure <id>, or add a "measure" column to the CSV');
  }
  if (options.measure !== undefined && !measures.has(options.measure)) {
    throw new ImportError(`There is no measure "${options.measure}" in ${planFile}: its measures are ${[...measures.keys()].join(', ')}`);
  }

  let skipped = 0;
  const byMeasure = new Map<string, MeasurePlan>();
  for (const row of importRows) {
    const id = row.measure ?? options.measure!;
    if (row.measure !== undefined && options.measure !== undefined && id !== options.measure) {
      skipped++;
      continue;
    }
    let entry = byMeasure.get(id);
    if (!entry) {
      const located = measures.get(id);
      if (!located) {
        const known = [...measures.keys()];
        throw new ImportError(`There is no measure "${id}" in ${planFile} (${row.where})${known.length > 0 ? `: its measures are ${known.join(', ')}` : ''}`);
      }
      if (located.measure.type === 'qualitative') throw new ImportError(`Measure ${id} is qualitative: it records evidence, not figures`);
      entry = { id, located, rows: [], seen: new Map() };
      byMeasure.set(id, entry);
    }
    const key = pointKey(row.period, row.point.area);
    const twin = entry.seen.get(key);
    if (twin) {
      if (samePoint(twin.point, row.point) && samePoint(row.point, twin.point)) continue;
      throw new ImportError(`The import gives two different figures for measure ${id} in ${row.period.text}${row.point.area ? ` for ${row.point.area}` : ''} (${twin.where} and ${row.where}): keep one`);
    }
    entry.seen.set(key, row);
    entry.rows.push(row);
  }

  // Each measure's figures as they stand, then every figure checked before anything is merged.
  const csvTexts = new Map<string, string>();
  const paths = pathApi(planFile);
  for (const entry of byMeasure.values()) {
    const data = entry.located.measure.data;
    if (typeof data === 'string') {
      const csvFile = paths.resolve(paths.dirname(planFile), data);
      const text = csvTexts.get(csvFile) ?? options.fs?.readFile(csvFile);
      if (text === undefined) throw new ImportError(`Cannot read the data file "${data}" of measure ${entry.id}`);
      csvTexts.set(csvFile, text);
      entry.csvFile = csvFile;
      entry.existing = parseCsv(text).points;
    } else if (Array.isArray(data)) entry.existing = data as DataPoint[];
    else if (data !== undefined && data !== null) throw new ImportError(`Measure ${entry.id}'s data is neither a list of points nor a CSV file name`);
    else entry.existing = [];
  }
  const guarded = [...byMeasure.values()].flatMap((entry) => {
    const measure: GuardedMeasure = { id: entry.id, type: entry.located.measure.type, frequency: entry.located.measure.frequency, existing: periodsOf(entry.existing!) };
    return entry.rows.map((row) => ({ row, measure }));
  });
  const refused = guardProblems(guarded, target.declaredAreas);
  if (refused.length > 0) {
    const shown = refused.slice(0, 20);
    const more = refused.length > shown.length ? `\n  … and ${refused.length - shown.length} more` : '';
    throw new ImportError(`Nothing was imported: ${refused.length === 1 ? 'a figure' : `${refused.length} figures`} would break the plan:\n  ${shown.join('\n  ')}${more}`);
  }

  const planEdits: TextEdit[] = [];
  const csvFiles = new Map<string, { text: string; edits: TextEdit[] }>();
  const results: MeasureImport[] = [];
  const nl = lineBreakOf(planText);

  for (const { id, located, rows, existing = [], csvFile } of byMeasure.values()) {
    const data = located.measure.data;
    const result: MeasureImport = { measure: id, title: idText(located.measure.title) ?? '', store: 'new', added: [], unchanged: [], conflicts: [], replaced: [] };
    results.push(result);
    if (csvFile !== undefined) {
      result.store = 'csv';
      result.csvFile = csvFile;
      if (!csvFiles.has(csvFile)) csvFiles.set(csvFile, { text: csvTexts.get(csvFile)!, edits: [] });
    } else if (Array.isArray(data)) result.store = source.block([...located.path, 'data']) ? 'block' : 'flow';
    const periods = existing.map((e) => (isRecord(e) ? parsePeriod(e.period) : null));
    const keys = existing.map((e, i) => (periods[i] ? pointKey(periods[i]!, isRecord(e) ? idText(e.area) : undefined) : ''));

    const toAdd: ImportRow[] = [];
    const toReplace: { index: number; row: ImportRow }[] = [];
    for (const row of rows) {
      const index = keys.indexOf(pointKey(row.period, row.point.area));
      if (index === -1) {
        toAdd.push(row);
        continue;
      }
      const old = existing[index];
      if (samePoint(old, row.point)) {
        result.unchanged.push(old);
        continue;
      }
      const conflict: PointConflict = { period: row.period.text, plan: old, csv: row.point, line: row.line, where: row.where };
      if (options.replace) {
        result.replaced.push(conflict);
        toReplace.push({ index, row });
      } else result.conflicts.push(conflict);
    }
    toAdd.sort((a, b) => comparePeriods(a.period, b.period));
    result.added = toAdd.map((r) => r.point);
    const gaps = insertionGaps(periods, toAdd.map((r) => r.period));

    if (result.store === 'csv') {
      const file = csvFiles.get(csvFile!)!;
      try {
        file.edits.push(...csvInsertEdits(file.text, existing, toAdd.map((r) => r.point), gaps));
        file.edits.push(...csvReplaceEdits(file.text, toReplace.map(({ index, row }) => ({ old: existing[index], point: row.point }))));
      } catch (error) {
        throw new ImportError(`Measure ${id} (${data}): ${(error as Error).message}`);
      }
      continue;
    }
    const dataPath = [...located.path, 'data'];
    const style = pointStyle(source, dataPath, existing.length);
    if (result.store === 'new') {
      if (toAdd.length > 0) {
        const edit = newDataKeyEdit(source, located.path, toAdd.map((r) => r.point), nl);
        if (!edit) throw new ImportError(`Measure ${id} is written in flow style ({...}): write it as a block (one key per line) to import figures into it`);
        planEdits.push(edit);
      }
    } else if (result.store === 'block') planEdits.push(...blockItemsEdits(source, dataPath, existing.length, toAdd.map((r) => r.point), gaps, style, nl));
    else planEdits.push(...flowItemsEdits(source, dataPath, existing.length, toAdd.map((r) => r.point), gaps, style, nl));
    for (const { index, row } of toReplace) planEdits.push(...replacePointEdits(source, [...dataPath, index], existing[index], row.point));
  }

  const conflicts = results.reduce((n, r) => n + r.conflicts.length, 0);
  const files: FileChange[] = [];
  // An unresolved conflict stops the write: no file changes at all, not even the additions.
  if (conflicts > 0) return { measures: results, files, conflicts, skipped };
  const after = applyEdits(planText, planEdits);
  if (after !== planText) files.push({ path: planFile, before: planText, after });
  for (const [path, file] of csvFiles) {
    const text = applyEdits(file.text, file.edits);
    if (text !== file.text) files.push({ path, before: file.text, after: text });
  }
  if (files.length > 0) verify(planFile, after, files, results, options);
  return { measures: results, files, conflicts, skipped };
}

function pointStyle(source: SourceDocument, dataPath: DocPath, count: number): PointStyle {
  if (count === 0) return { flow: true, spaced: false };
  const first = source.locate([...dataPath, 0]);
  const text = source.text.slice(first.start, first.end);
  return { flow: text.startsWith('{'), spaced: /^\{\s/.test(text) };
}

/** The edits that put the CSV's figures in place of a point's differing value, sample and of. */
function replacePointEdits(source: SourceDocument, pointPath: DocPath, old: DataPoint, point: DataPoint): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const key of ['value', 'sample', 'of'] as const) {
    const value = point[key];
    if (value === undefined || old[key] === value) continue;
    if (old[key] !== undefined) {
      const at = source.locate([...pointPath, key]);
      edits.push({ start: at.start, end: at.end, text: String(value) });
      continue;
    }
    // The plan's point has no such key: add it after the value.
    const at = source.locate([...pointPath, 'value']);
    const flow = source.text[source.locate(pointPath).start] === '{';
    if (flow) edits.push({ start: at.end, end: at.end, text: `, ${key}: ${value}` });
    else {
      const valueKey = source.locate([...pointPath, 'value'], 'key');
      const lineStart = source.text.lastIndexOf('\n', valueKey.start - 1) + 1;
      const nl = lineBreakOf(source.text);
      const lineEnd = source.text.indexOf('\n', at.end);
      const insertAt = lineEnd === -1 ? source.text.length : lineEnd + 1;
      edits.push({ start: insertAt, end: insertAt, text: `${lineEnd === -1 ? nl : ''}${' '.repeat(valueKey.start - lineStart)}${key}: ${value}${nl}` });
    }
  }
  return edits;
}

/** The merged text must read back as a valid plan holding every earlier point and every merged one. */
function verify(planFile: string, after: string, files: FileChange[], results: MeasureImport[], options: ImportOptions): void {
  const overlay = memoryFileSystem(Object.fromEntries(files.map((f) => [f.path, f.after])), options.fs);
  const checked = checkAs(planFile, after, options, overlay);
  const blocking = checked.findings.filter((f) => f.rule === 'syntax' || f.rule === 'schema');
  if (!checked.plan || blocking.length > 0) {
    const first = blocking[0];
    throw new ImportError(`The merged plan would not be valid, so nothing was written${first ? ` (${first.file} line ${first.range.start.line}: ${first.message})` : ''}`);
  }
  const merged = findMeasures(checked.plan);
  for (const r of results) {
    const data = merged.get(r.measure)?.measure.data;
    const points = Array.isArray(data) ? (data as DataPoint[]) : [];
    const find = (period: unknown) => {
      const q = parsePeriod(period);
      return points.find((x) => q !== null && isRecord(x) && parsePeriod(x.period) !== null && samePeriod(parsePeriod(x.period)!, q));
    };
    const expect = [...r.added, ...r.replaced.map((c) => c.csv)];
    const kept = [...r.unchanged, ...r.conflicts.map((c) => c.plan)];
    const ok = expect.every((pt) => samePoint(find(pt.period) ?? { period: '', value: NaN }, pt)) && kept.every((pt) => find(pt.period)?.value === pt.value);
    if (!ok) throw new ImportError(`The merged figures of measure ${r.measure} did not read back as expected, so nothing was written: please report this with the files`);
  }
}
