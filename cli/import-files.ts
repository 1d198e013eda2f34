// The files an import reads: folders expanded, each file's kind told from its first bytes, tables
// read whole (they are small), police.uk files streamed line by line with progress on a terminal.
import { closeSync, createReadStream, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { csvGrid, CsvReadError } from '../core/import/csv-grid';
import { detectInput, firstLine, type InputKind } from '../core/import/detect';
import { PoliceUkCounter, type PoliceUkFileKind, type PoliceUkReport, type PoliceUkRule } from '../core/import/police-uk';
import { readTable, type ImportRow, type PlanContext, type TableOptions, type TableRead } from '../core/import/table';
import { groupDigits } from '../core/present/numbers';
import { UsageError } from './errors';
import { readWorkbook } from './xlsx';

/** A table of figures larger than this is not a table of figures: police.uk files are streamed instead. */
export const maxTableBytes = 20 * 1024 * 1024;
/** No police.uk row is anywhere near this long: a longer line means the file is not one. */
const maxLineChars = 64 * 1024;

export interface InputFile {
  path: string;
  /** As shown to the officer: relative to the working folder. */
  label: string;
  kind: InputKind;
  size: number;
}

function head(path: string, bytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function listFolder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFolder(path));
    else if (entry.isFile() && /\.(csv|xlsx)$/i.test(entry.name)) out.push(path);
  }
  return out;
}

/** The input files named, folders expanded to the CSV and .xlsx files below them, each with its kind. */
export function inputFiles(paths: string[], cwd: string): InputFile[] {
  const files: InputFile[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`Cannot read "${path}": check the path`);
    }
    const list = stat.isDirectory() ? listFolder(path) : [path];
    if (stat.isDirectory() && list.length === 0) throw new UsageError(`The folder "${path}" holds no .csv or .xlsx files`);
    for (const file of list) {
      let size: number;
      let kind: InputKind;
      try {
        size = statSync(file).size;
        kind = detectInput(head(file, 64 * 1024));
      } catch {
        throw new UsageError(`Cannot read "${file}": check the path and that it may be read`);
      }
      const label = relative(cwd, file) || basename(file);
      if (kind === 'empty') throw new UsageError(`${label} is empty: nothing to import`);
      if (kind === 'binary') throw new UsageError(`${label} is not a CSV or an .xlsx spreadsheet (it holds binary data): export the figures as CSV or .xlsx`);
      files.push({ path: file, label, kind, size });
    }
  }
  return files;
}

/** Reads a CSV or a workbook's sheet as a table of figures. */
export async function readTableFile(file: InputFile, context: PlanContext, options: TableOptions & { sheet?: string }): Promise<TableRead> {
  if (file.kind === 'xlsx') return readSheets(file, context, options);
  if (file.size > maxTableBytes) {
    const first = firstLine(new TextDecoder().decode(head(file.path, 4096))).slice(0, 80);
    throw new UsageError(
      `${file.label} is ${(file.size / 1024 / 1024).toFixed(0)} MB and not a police.uk file (its first line, "${first}", is not the police.uk heading row): a table of figures is far smaller; check the file`,
    );
  }
  const text = new TextDecoder('utf-8').decode(head(file.path, file.size));
  try {
    return readTable(csvGrid(text, file.label), context, options);
  } catch (error) {
    if (error instanceof CsvReadError) throw new UsageError(error.message);
    throw error;
  }
}

/** The named sheet, or else the first sheet that holds figures for the plan. */
async function readSheets(file: InputFile, context: PlanContext, options: TableOptions & { sheet?: string }): Promise<TableRead> {
  const sheets = await readWorkbook(file.path, file.label, options.sheet);
  const reads = sheets.map((grid) => {
    const read = readTable(grid, context, options);
    const merged = grid.merges.filter((m) => m.line === read.headerLine);
    for (const m of merged) read.problems.push(`${grid.name} cells ${m.range} of the heading row are merged: unmerge them so that each column has a heading of its own`);
    if (read.rows.length > 0 || merged.length > 0) read.problems.unshift(...grid.problems);
    return { grid, read };
  });
  const usable = reads.filter((r) => r.read.rows.length > 0 && r.read.problems.length === 0);
  if (usable.length === 0) {
    if (reads.length === 1) return reads[0].read;
    const tried = reads.find((r) => r.read.rows.length > 0) ?? reads.find((r) => r.read.layout !== 'long') ?? reads[0];
    if (tried.read.rows.length > 0 || sheets.length === 1) return tried.read;
    return { ...tried.read, problems: [`${file.label}: no sheet holds figures for the plan (the sheets are ${sheets.map((s) => `"${s.sheet}"`).join(', ')}): name the sheet with --sheet <name>, and see what it lacks by importing it alone`] };
  }
  const chosen = usable[0];
  if (usable.length > 1) {
    const others = usable.slice(1).map((u) => `"${u.grid.sheet}"`);
    chosen.read.notes.push(`sheet "${chosen.grid.sheet}" read; ${others.length === 1 ? `sheet ${others[0]} also holds` : `sheets ${others.join(', ')} also hold`} figures: choose with --sheet <name>`);
  }
  return chosen.read;
}

export interface PoliceUkRead {
  rows: ImportRow[];
  report: PoliceUkReport;
}

/** Streams each police.uk file through the counter, street files first (outcomes files need their crime types). */
export async function countPoliceUk(files: InputFile[], rules: PoliceUkRule[], progress?: (text: string) => void): Promise<PoliceUkRead> {
  const ordered = [...files].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'police-street' ? -1 : 1));
  const counter = new PoliceUkCounter(
    rules,
    ordered.some((f) => f.kind === 'police-outcomes'),
    ordered.some((f) => f.kind === 'police-street'),
  );
  let rowsSoFar = 0;
  let shown = 0;
  for (const [index, file] of ordered.entries()) {
    let carry = '';
    let header: string | undefined;
    let lineNo = 0;
    // pieces of 32 KB: a string over about 128 KB is kept where only a full collection frees it, so
    // reading a year of files in 1 MB pieces made peak memory grow with their size
    const stream = createReadStream(file.path, { encoding: 'utf8', highWaterMark: 1 << 15 });
    const feed = (line: string) => {
      lineNo++;
      if (header === undefined) {
        header = line;
        const problem = counter.begin(file.kind as PoliceUkFileKind, line);
        if (problem) throw new UsageError(`${file.label}: ${problem}`);
        return;
      }
      counter.line(line);
    };
    try {
      for await (const chunk of stream) {
        const text = carry + (chunk as string);
        let start = 0;
        for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
          feed(text.slice(start, nl));
          start = nl + 1;
        }
        carry = text.slice(start);
        if (carry.length > maxLineChars) throw new UsageError(`${file.label} line ${lineNo + 1} is longer than any police.uk row (over 64 KB without a line break): the file is not a police.uk CSV`);
        rowsSoFar = counter.rowsRead;
        if (progress && rowsSoFar - shown >= 100_000) {
          shown = rowsSoFar;
          progress(`Reading police.uk files: ${groupDigits(rowsSoFar)} rows (file ${index + 1} of ${ordered.length})`);
        }
      }
      if (carry !== '') feed(carry);
    } finally {
      stream.destroy();
    }
  }
  if (progress) progress('');
  const label = ordered.length === 1 ? ordered[0].label : `${ordered.length} police.uk files`;
  return { rows: counter.figures(label), report: counter.summary() };
}
