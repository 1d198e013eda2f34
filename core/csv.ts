// Figures kept beside the plan: a CSV with the columns period,value[,sample][,of][,note].
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

export const csvColumns = ['period', 'value', 'sample', 'of', 'note'] as const;
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

function parseNumber(text: string): number | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.replace(/,/g, ''))) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
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
      message: `Unknown column "${cell.text}": the columns are period,value and optionally sample, of and note`,
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
    const cells = splitCsvLine(lines[i]);
    const point: Partial<DataPoint> = { csvLine: i + 1 };
    let ok = true;
    columns.forEach((name, c) => {
      const cell = cells[c];
      if (!name || !cell || cell.text === '') return;
      if (name === 'period' || name === 'note') {
        point[name] = cell.text;
        return;
      }
      const n = parseNumber(cell.text);
      if (n === undefined) {
        ok = false;
        problems.push({ line: i + 1, column: cell.column, length: cell.text.length, message: `"${cell.text}" is not a number: write the ${name} as digits, e.g. 3650` });
      } else point[name] = n;
    });
    if (point.period === undefined || point.value === undefined) {
      problems.push({ line: i + 1, column: 1, length: lines[i].length, message: 'This line needs both a period and a value, e.g. "2014-06,3650"' });
      continue;
    }
    if (ok) points.push(point as DataPoint);
  }
  return { points, problems };
}
