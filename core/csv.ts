// Figures kept beside the plan: a CSV with the columns period,value[,sample][,of][,note][,area].
import { parsePeriod } from './periods';
import type { DataPoint } from './types';

export interface CsvProblem {
  line: number;
  column: number;
  length: number;
  message: string;
}

export interface CsvData {
  points: DataPoint[];
  problems: CsvProblem[];
}

export const csvColumns = ['period', 'value', 'sample', 'of', 'note', 'area'] as const;
type Column = (typeof csvColumns)[number];

interface Cell {
  text: string;
  column: number;
}

/** Splits one CSV line into cells, honouring double quotes ("a, b" and "" for a quote). */
export function splitCsvLine(line: string): Cell[] {
  const cells: Cell[] = [];
  let i = 0;
  while (i <= line.length) {
    const column = i + 1;
    let text = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          text += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else text += line[i++];
      }
      while (i < line.length && line[i] !== ',') i++;
    } else {
      const comma = line.indexOf(',', i);
      const stop = comma === -1 ? line.length : comma;
      text = line.slice(i, stop).trim();
      i = stop;
    }
    cells.push({ text, column });
    i++;
  }
  return cells;
}

/** Digits as a spreadsheet exports them: "3650", "-2.5", "1e3", or in quotes with thousands commas, "36,500". */
export function parseNumber(text: string): number | undefined {
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(plain)) return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

/** What is wrong with a cell of a column, in words that say what to write; undefined when it is fine. */
function cellProblem(name: Column, text: string): string | undefined {
  if (name === 'note' || name === 'area') return undefined;
  if (name === 'period') {
    return parsePeriod(text) === null
      ? `"${text}" is not a period: write a month as yyyy-mm, a quarter as yyyy-Q1 to Q4, a year as yyyy, a financial year as FY2014-15 or a day as yyyy-mm-dd`
      : undefined;
  }
  const n = parseNumber(text);
  if (n === undefined) return `"${text}" is not a number: write the ${name} as digits, e.g. 3650`;
  if ((name === 'sample' || name === 'of') && !(Number.isInteger(n) && n >= 1)) {
    return name === 'sample'
      ? `"${text}" is not a number of respondents: write the sample as a whole number of 1 or more, e.g. 1200`
      : `"${text}" is not a total to take a proportion of: write "of" as a whole number of 1 or more, e.g. 400`;
  }
  return undefined;
}

/** Reads a CSV export; every problem names its line and column and what to write instead. */
export function parseCsv(text: string): CsvData {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: CsvProblem[] = [];
  const points: DataPoint[] = [];
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex === -1) {
    problems.push({ line: 1, column: 1, length: 0, message: 'The data file is empty: write a header line "period,value" and one line per period' });
    return { points, problems };
  }
  const header = splitCsvLine(lines[headerIndex]);
  const columns: (Column | undefined)[] = header.map((cell) => {
    const name = cell.text.toLowerCase() as Column;
    if (csvColumns.includes(name)) return name;
    problems.push({
      line: headerIndex + 1,
      column: cell.column,
      length: cell.text.length,
      message: `Unknown column "${cell.text}": the columns are period,value and optionally sample, of, note and area`,
    });
    return undefined;
  });
  for (const required of ['period', 'value'] as const) {
    if (!columns.includes(required)) {
      problems.push({
        line: headerIndex + 1,
        column: 1,
        length: lines[headerIndex].length,
        message: `The header has no "${required}" column: the first line should read "period,value" (optionally ",sample,of,note")`,
      });
    }
  }
  if (!columns.includes('period') || !columns.includes('value')) return { points, problems };

  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    const cells = splitCsvLine(lines[i]);
    const point: Partial<DataPoint> = { csvLine: line };
    const problem = (cell: Cell, message: string) => problems.push({ line, column: cell.column, length: cell.text.length, message });
    let ok = true;
    const written = new Set<Column>();
    columns.forEach((name, c) => {
      const cell = cells[c];
      if (!name || !cell || cell.text === '') return;
      written.add(name);
      const why = cellProblem(name, cell.text);
      if (why) {
        ok = false;
        problem(cell, why);
      } else if (name === 'period' || name === 'note' || name === 'area') point[name] = cell.text;
      else {
        point[name] = parseNumber(cell.text);
        if (name === 'value') point.csvValue = { column: cell.column, length: cell.text.length };
      }
    });
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.text !== '')) {
      ok = false;
      problem(cells[columns.length], `This line has more cells than the header has columns (${columns.length}): write figures without thousands commas (3650, or "3,650" in quotes), and put a note that contains a comma in double quotes, e.g. "Audit, then recount"`);
    }
    if (!written.has('period') || !written.has('value')) {
      problems.push({ line, column: 1, length: lines[i].length, message: 'This line needs both a period and a value, e.g. "2014-06,3650"' });
      continue;
    }
    if (ok) points.push(point as DataPoint);
  }
  return { points, problems };
}
