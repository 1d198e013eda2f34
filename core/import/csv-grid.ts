// A CSV export as a grid of cells, read by csv-parse (quotes, line breaks inside quotes, a BOM):
// the separator is whichever of comma, semicolon or tab the first lines use most outside quotes.
import { parse } from 'csv-parse/sync';
import type { Grid, GridRow } from './table';

export type Separator = ',' | ';' | '\t';

/** Counts each separator outside double quotes in the first few lines; commas win ties. */
export function sniffSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && i < 64 * 1024 && lines < 10; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
    else if (!quoted && c === '\n') lines++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

export class CsvReadError extends Error {}

/** The cells of a CSV text, each row with its line; throws CsvReadError naming the line when quotes do not close. */
export function csvGrid(text: string, name: string): Grid {
  const delimiter = sniffSeparator(text.replace(/^\uFEFF/, ''));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    const line = e.lines !== undefined ? ` line ${e.lines}` : '';
    const why = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a double quote opened here is never closed: close it, or remove it' : 'it cannot be read as CSV';
    throw new CsvReadError(`${name}${line}: ${why}`);
  }
  const rows: GridRow[] = records.map(({ record, info }) => ({ line: info.lines, cells: record }));
  return {
    name,
    rows,
    place: (line, column) => `line ${line}, column ${column}`,
    placeRow: (line) => `line ${line}`,
  };
}
