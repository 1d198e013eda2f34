// The CSV an analyst imports: period,value[,sample][,of][,note], optionally with a `measure`
// column so that one export can carry figures for many measures.
import { splitCsvLine } from '../csv';
import { parsePeriod, type Period } from '../periods';
import type { DataPoint } from '../types';

export interface ImportRow {
  /** The measure named in the row's `measure` column, if the file has one. */
  measure?: string;
  period: Period;
  point: DataPoint;
  /** 1-based line in the imported file. */
  line: number;
}

export interface ImportInput {
  rows: ImportRow[];
  hasMeasureColumn: boolean;
  /** Problems that stop the import: each names its line. */
  problems: string[];
}

const columns = ['measure', 'period', 'value', 'sample', 'of', 'note'] as const;
type Column = (typeof columns)[number];

function number(text: string): number | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function parseImportCsv(text: string): ImportInput {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: string[] = [];
  const rows: ImportRow[] = [];
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  if (headerAt === -1) return { rows, hasMeasureColumn: false, problems: ['The CSV is empty: write a header line "period,value" and one line per period'] };
  const header = splitCsvLine(lines[headerAt]).map((c) => c.text.trim().toLowerCase());
  const cols: (Column | undefined)[] = header.map((name) => {
    if ((columns as readonly string[]).includes(name)) return name as Column;
    problems.push(`Line ${headerAt + 1}: unknown column "${name}": the columns are period,value and optionally sample, of, note and measure`);
    return undefined;
  });
  for (const required of ['period', 'value'] as const) {
    if (!cols.includes(required)) problems.push(`Line ${headerAt + 1}: the header has no "${required}" column: the first line should read "period,value" (optionally with sample, of, note and measure)`);
  }
  const seen = new Set<Column>();
  cols.forEach((c) => {
    if (c && seen.has(c)) problems.push(`Line ${headerAt + 1}: the column "${c}" appears twice`);
    if (c) seen.add(c);
  });
  if (problems.length > 0) return { rows, hasMeasureColumn: cols.includes('measure'), problems };

  for (let i = headerAt + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const cells = splitCsvLine(lines[i]);
    const line = i + 1;
    const point: Partial<DataPoint> = {};
    let period: Period | null = null;
    let measure: string | undefined;
    let ok = true;
    cols.forEach((name, c) => {
      const text = cells[c]?.text.trim() ?? '';
      if (!name || text === '') return;
      if (name === 'measure') measure = text;
      else if (name === 'note') point.note = cells[c].text;
      else if (name === 'period') {
        period = parsePeriod(text);
        if (!period) {
          ok = false;
          problems.push(`Line ${line}: "${text}" is not a period: write 2014-06, 2014-Q2, 2014, FY2014-15 or 2014-06-30`);
        }
      } else {
        const n = number(text);
        if (n === undefined || ((name === 'sample' || name === 'of') && (!Number.isInteger(n) || n < 1))) {
          ok = false;
          problems.push(`Line ${line}: "${text}" is not ${name === 'value' ? 'a number' : 'a whole number of 1 or more'}: write the ${name} as digits, e.g. ${name === 'value' ? '3650' : '1200'}`);
        } else point[name] = n;
      }
    });
    if (!ok) continue;
    if (period === null || point.value === undefined) {
      problems.push(`Line ${line}: this line needs both a period and a value, e.g. "2014-06,3650"`);
      continue;
    }
    if (cols.includes('measure') && measure === undefined) {
      problems.push(`Line ${line}: this line names no measure: fill in its "measure" column with the measure's id`);
      continue;
    }
    const p: Period = period;
    rows.push({ measure, period: p, point: { period: p.text, value: point.value, ...point } as DataPoint, line });
  }
  return { rows, hasMeasureColumn: cols.includes('measure'), problems };
}
