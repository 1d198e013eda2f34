// A peers file (DESIGN §3.1): one measure's figures for the force and its Most Similar Group of
// forces, columns force,period,value[,population][,sample][,of]. Read like a data file: every bad
// cell is a problem on its line and column that says what to write. A line starting with # is a
// comment (for example, to say where the figures come from or that they are illustrative).
import { parseNumber, splitCsvLine, type CsvProblem } from './csv';
import { parsePeriod } from './periods';
import type { PeerRow } from './types';

export const peerColumns = ['force', 'period', 'value', 'population', 'sample', 'of'] as const;
type Column = (typeof peerColumns)[number];

export interface PeersData {
  rows: PeerRow[];
  problems: CsvProblem[];
}

const wholeNumberAdvice: Record<'population' | 'sample' | 'of', string> = {
  population: 'write the population as a whole number of 1 or more, e.g. 2900000',
  sample: 'write the sample as a whole number of respondents, 1 or more, e.g. 1200',
  of: 'write "of" as a whole number of 1 or more, e.g. 400',
};

function cellProblem(name: Column, text: string): string | undefined {
  if (name === 'force') return undefined;
  if (name === 'period') {
    return parsePeriod(text) === null
      ? `"${text}" is not a period: write a month as yyyy-mm, a quarter as yyyy-Q1 to Q4, a year as yyyy, a financial year as FY2014-15, twelve months to a month as YE2016-03 or a day as yyyy-mm-dd`
      : undefined;
  }
  const n = parseNumber(text);
  if (n === undefined) return `"${text}" is not a number: write the ${name} as digits, e.g. ${name === 'value' ? '3650' : '1200'}`;
  if (name !== 'value' && !(Number.isInteger(n) && n >= 1)) return `"${text}" cannot be a ${name}: ${wholeNumberAdvice[name]}`;
  return undefined;
}

export function parsePeersCsv(text: string): PeersData {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rows: PeerRow[] = [];
  const problems: CsvProblem[] = [];
  const skip = (l: string) => l.trim() === '' || l.trimStart().startsWith('#');
  const headerIndex = lines.findIndex((l) => !skip(l));
  if (headerIndex === -1) {
    problems.push({ line: 1, column: 1, length: 0, message: 'The peers file is empty: write a header line "force,period,value,population" and one line per force and period' });
    return { rows, problems };
  }
  const header = splitCsvLine(lines[headerIndex]);
  const columns = header.map((cell): Column | undefined => {
    const name = cell.text.toLowerCase() as Column;
    if (peerColumns.includes(name)) return name;
    problems.push({ line: headerIndex + 1, column: cell.column, length: cell.text.length, message: `Unknown column "${cell.text}": the columns of a peers file are force,period,value and optionally population, sample and of` });
    return undefined;
  });
  const missing = (['force', 'period', 'value'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    problems.push({ line: headerIndex + 1, column: 1, length: lines[headerIndex].length, message: `The header has no "${missing[0]}" column: the first line of a peers file should read "force,period,value" (with ",population" for counts)` });
    return { rows, problems };
  }

  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (skip(lines[i])) continue;
    const line = i + 1;
    const cells = splitCsvLine(lines[i]);
    const row: Record<string, unknown> = { csvLine: line };
    let ok = true;
    columns.forEach((name, c) => {
      const cell = cells[c];
      if (!name || !cell || cell.text === '') return;
      const why = cellProblem(name, cell.text);
      if (why) {
        ok = false;
        problems.push({ line, column: cell.column, length: cell.text.length, message: why });
      } else row[name] = name === 'force' || name === 'period' ? cell.text : parseNumber(cell.text);
    });
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.text !== '')) {
      ok = false;
      const cell = cells[columns.length];
      problems.push({ line, column: cell.column, length: cell.text.length, message: `This line has more cells than the header has columns (${columns.length}): write figures without thousands commas (3650, or "3,650" in quotes), and a force's name that contains a comma in double quotes` });
    }
    if (row.force === undefined || row.period === undefined || row.value === undefined) {
      if (ok) problems.push({ line, column: 1, length: lines[i].length, message: 'This line needs a force, a period and a value, e.g. "West Midlands,2015-03,1520,2900000"' });
      continue;
    }
    if (ok) rows.push(row as unknown as PeerRow);
  }
  return { rows, problems };
}
