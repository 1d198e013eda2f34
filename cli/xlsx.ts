// .xlsx workbooks read with exceljs, after the zip container has been checked and every part
// unpacked once within the sizes its directory states (so a zip bomb stops early, in bounded
// memory). Each sheet becomes a grid of cell texts; dates, formulas and merged cells are
// turned into text or into problems that say what to do.
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { loadInstalled } from './installed';
import { checkZip, entryData } from '../core/import/zip-check';
import type { Grid, GridRow } from '../core/import/table';
import { UsageError } from './errors';

/** A workbook file larger than this is not a table of figures. */
const maxWorkbookBytes = 50 * 1024 * 1024;

export interface SheetGrid extends Grid {
  sheet: string;
  /** Cells that cannot give a figure (formulas without a saved result), each placed and explained. */
  problems: string[];
  /** Merged cells, by row: a merged heading hides which column is which. */
  merges: { line: number; range: string }[];
}

function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function dateText(date: Date, numFmt: string | undefined): string {
  const iso = date.toISOString().slice(0, 10);
  // A date shown without its day (mmm-yy, mmmm yyyy) stands for its month.
  return numFmt && !/d/i.test(numFmt.replace(/"[^"]*"/g, '')) ? iso.slice(0, 7) : iso;
}

function cellText(cell: ExcelJS.Cell, where: string, problems: string[]): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateText(v, cell.numFmt);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const result = o.result;
    if (result === undefined || result === null) {
      problems.push(`${where} holds a formula with no saved result: open the workbook in Excel or LibreOffice and save it (or paste the figures as values)`);
      return '';
    }
    if (result instanceof Date) return dateText(result, cell.numFmt);
    if (typeof result === 'object' && 'error' in (result as object)) return String((result as { error: unknown }).error);
    return String(result);
  }
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('text' in o) return String(o.text);
  if ('error' in o) return String(o.error);
  return '';
}

/** Unpacks every part once, each held to its stated size: a part that unpacks larger is refused. */
function unpackWithinStatedSizes(bytes: Uint8Array, label: string): void {
  const check = checkZip(bytes);
  if (!check.ok) throw new UsageError(`${label} cannot be opened as a spreadsheet: ${check.why}`);
  for (const entry of check.entries) {
    if (entry.method !== 8) continue;
    try {
      inflateRawSync(entryData(bytes, entry), { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ERR_BUFFER_TOO_LARGE' ? 'a part unpacks to more than the workbook says it holds (a "zip bomb"): it was not opened' : 'a part of it is damaged: download or save it again';
      throw new UsageError(`${label} cannot be opened as a spreadsheet: ${why}`);
    }
  }
}

/** Every sheet of a workbook (or the one named) as a grid of cell texts. */
export async function readWorkbook(path: string, label: string, sheet?: string): Promise<SheetGrid[]> {
  if (statSync(path).size > maxWorkbookBytes) throw new UsageError(`${label} is over ${maxWorkbookBytes / 1024 / 1024} MB: far larger than a spreadsheet of figures; export the sheet you need as CSV`);
  const bytes = readFileSync(path);
  unpackWithinStatedSizes(bytes, label);
  const excel = loadInstalled<typeof ExcelJS>('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UsageError(`${label} cannot be opened as a spreadsheet: its parts are damaged or not those of an .xlsx workbook; save it again from Excel or LibreOffice as .xlsx`);
  }
  const sheets = workbook.worksheets.filter((w) => sheet === undefined || w.name.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (sheets.length === 0) {
    throw new UsageError(`${label} has no sheet "${sheet}": its sheets are ${workbook.worksheets.map((w) => `"${w.name}"`).join(', ')}`);
  }
  return sheets.map((worksheet) => {
    const name = `${label} sheet "${worksheet.name}"`;
    const problems: string[] = [];
    const rows: GridRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const master = cell.isMerged && cell.master !== cell;
        cells[column - 1] = master ? '' : cellText(cell, `${name} cell ${columnLetters(column)}${line}`, problems).trim();
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      rows.push({ line, cells });
    });
    const merges = ((worksheet.model as unknown as { merges?: string[] }).merges ?? []).map((range) => ({ line: Number(/\d+/.exec(range)?.[0] ?? 0), range }));
    return {
      sheet: worksheet.name,
      name,
      rows,
      problems,
      merges,
      place: (line: number, column: number) => `cell ${columnLetters(column)}${line}`,
      placeRow: (line: number) => `row ${line}`,
    };
  });
}
