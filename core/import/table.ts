// Figures laid out as a table, from a CSV or a spreadsheet's sheet, in any of three layouts:
// long (a period column and a value column, one figure a row), wide with periods as columns
// (months across, measures or forces down: ONS tables and force exports), and wide with measure
// ids as columns (one row a period). Notes rows above the heading row are passed over.
import type { Period } from '../periods';
import type { DataPoint } from '../types';
import { isNoFigure, periodAdvice, readNumber, readPeriodText } from './read-values';

export interface GridRow {
  /** The row's number in its file (a CSV line, a sheet row), 1-based. */
  line: number;
  cells: string[];
}

export interface Grid {
  /** The file (and sheet) the table is from, as the officer knows it. */
  name: string;
  rows: GridRow[];
  /** Where a cell is, in the words of its file: "line 5, column 3" or "cell C5". */
  place(line: number, column: number): string;
  /** Where a row is: "line 5" or "row 5". */
  placeRow(line: number): string;
}

/** One figure read from an input, for one measure (named in the file, or by --measure). */
export interface ImportRow {
  measure?: string;
  period: Period;
  point: DataPoint;
  /** 1-based line (row) in its file. */
  line: number;
  /** Where it came from, for messages: "figures.csv line 5". */
  where: string;
}

export interface PlanContext {
  /** Measure ids of the plan. */
  measures: Set<string>;
  /** plan.area: the force's name, to find its row in a table of forces. */
  area?: string;
  /** Declared local areas. */
  areas: { id: string; name?: string }[];
}

export interface TableOptions {
  measure?: string;
  /** Read as wide (periods as columns) even when a long layout could be seen. */
  layout?: 'long' | 'wide';
  /** The label of the row holding the force's figures, when it is not plan.area. */
  row?: string;
}

export interface TableRead {
  layout: 'long' | 'wide-periods' | 'wide-measures';
  /** The heading row's line, once found. */
  headerLine?: number;
  rows: ImportRow[];
  /** Cells and rows that stop the import, each placed and saying what to write. */
  problems: string[];
  /** Things passed over on purpose, for the report. */
  notes: string[];
}

type Role = 'measure' | 'period' | 'value' | 'sample' | 'of' | 'note' | 'area';

const roleNames: Record<Role, string[]> = {
  measure: ['measure', 'measure id'],
  period: ['period', 'month', 'date', 'quarter', 'year', 'year ending', 'financial year', 'time period'],
  value: ['value', 'estimate', 'percentage', '%', 'figure'],
  sample: ['sample', 'sample size', 'unweighted base', 'respondents', 'base'],
  of: ['of', 'denominator'],
  note: ['note', 'notes', 'comment'],
  area: ['area', 'area id'],
};
/** Columns a published table carries that the plan does not keep: passed over, and said so. */
const unusedColumn = /^(lower|upper|lower ci|upper ci|lower limit|upper limit|confidence interval|ci|change|% change|percentage change|significance|statistically significant|significant change)\b/i;

function normal(text: string): string {
  return text.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

function roleOf(header: string): Role | undefined {
  const name = normal(header);
  return (Object.keys(roleNames) as Role[]).find((r) => roleNames[r].includes(name));
}

/** A force or area name compared loosely: "West Midlands Police" and "west midlands" match. */
function nameKey(text: string): string {
  return normal(text)
    .replace(/\b(police|constabulary|police force area|pfa)\b/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

const blank = (row: GridRow) => row.cells.every((c) => c.trim() === '');

interface Header {
  index: number;
  layout: TableRead['layout'];
}

/** A lone period heading counts when the next row has a figure under it. */
function figuresBelow(grid: Grid, index: number): boolean {
  const next = grid.rows.slice(index + 1).find((r) => !blank(r));
  if (!next) return false;
  return grid.rows[index].cells.some((c, i) => c.trim() !== '' && readPeriodText(c) !== null && readNumber(next.cells[i] ?? '').ok);
}

function findHeader(grid: Grid, context: PlanContext, options: TableOptions): Header | undefined {
  const limit = Math.min(grid.rows.length, 40);
  for (let i = 0; i < limit; i++) {
    const cells = grid.rows[i].cells;
    if (cells.filter((c) => c.trim() !== '').length < 2) continue; // titles and notes above the table
    const roles = cells.map(roleOf);
    const periods = cells.filter((c) => c.trim() !== '' && readPeriodText(c) !== null).length;
    const measureColumns = cells.filter((c) => context.measures.has(c.trim())).length;
    if (options.layout !== 'wide' && roles.includes('period') && roles.includes('value')) return { index: i, layout: 'long' };
    if (measureColumns > 0 && (roles.includes('period') || roles.every((r) => r !== 'value'))) return { index: i, layout: 'wide-measures' };
    if (periods >= 2 || (periods >= 1 && (options.layout === 'wide' || figuresBelow(grid, i)))) return { index: i, layout: 'wide-periods' };
    if (options.layout !== 'wide' && roles.filter(Boolean).length >= 2) return { index: i, layout: 'long' };
  }
  // A heading row with some of the long layout's names is one, with the rest to be named.
  if (options.layout === 'wide') return undefined;
  const named = grid.rows.slice(0, limit).findIndex((r) => r.cells.some((c) => roleOf(c) !== undefined));
  return named === -1 ? undefined : { index: named, layout: 'long' };
}

/** Reads a table of figures; nothing is refused here that the plan itself would not refuse later. */
export function readTable(grid: Grid, context: PlanContext, options: TableOptions = {}): TableRead {
  const header = findHeader(grid, context, options);
  return { ...readBody(grid, context, options, header), headerLine: header ? grid.rows[header.index].line : undefined };
}

function readBody(grid: Grid, context: PlanContext, options: TableOptions, header: Header | undefined): TableRead {
  const problems: string[] = [];
  const notes: string[] = [];
  const rows: ImportRow[] = [];
  const first = grid.rows.findIndex((r) => !blank(r));
  if (first === -1) {
    return { layout: 'long', rows, notes, problems: [`${grid.name} is empty: write a heading row "period,value" and one row per period, or periods across the top and measures down the side`] };
  }
  if (!header) {
    const at = grid.rows[first];
    return {
      layout: 'long',
      rows,
      notes,
      problems: [
        `${grid.name} ${grid.placeRow(at.line)}: no heading row found in the first rows: write "period,value" (optionally sample, of, note, measure, area), or periods across the top (2016-03, Mar-16, "Apr 2015 to Mar 2016"), or measure ids across the top with a period column`,
      ],
    };
  }
  const headerRow = grid.rows[header.index];
  const body = grid.rows.slice(header.index + 1);
  const cell = (row: GridRow, c: number) => (row.cells[c] ?? '').trim();
  const placeOf = (row: GridRow, c: number) => `${grid.name} ${grid.place(row.line, c + 1)}`;

  const value = (row: GridRow, c: number, what: string): number | undefined => {
    const read = readNumber(cell(row, c));
    if (read.ok) return read.value;
    problems.push(`${placeOf(row, c)}${what}: ${read.why}`);
    return undefined;
  };
  const period = (row: GridRow, c: number): Period | undefined => {
    const text = cell(row, c);
    let p = readPeriodText(text);
    // Under a "Year ending" heading, "Mar 2016" is the year ending March 2016.
    if (p?.kind === 'month' && /^(year ending|year end|12 months to|12 months ending)$/.test(normal(headerRow.cells[c] ?? ''))) p = readPeriodText(`year ending ${text}`);
    if (!p) problems.push(`${placeOf(row, c)}: "${text}" is not a period: ${periodAdvice}`);
    return p ?? undefined;
  };
  const push = (row: GridRow, measure: string | undefined, p: Period, point: Omit<DataPoint, 'period'>) => {
    rows.push({ measure, period: p, point: { period: p.text, ...point }, line: row.line, where: `${grid.name} ${grid.placeRow(row.line)}` });
  };

  if (header.layout === 'long') {
    const roles: (Role | undefined)[] = [];
    headerRow.cells.forEach((name, c) => {
      const role = roleOf(name);
      if (name.trim() === '') roles.push(undefined);
      else if (role && roles.includes(role)) {
        problems.push(`${placeOf(headerRow, c)}: the column "${name.trim()}" is a second ${role} column: keep one`);
        roles.push(undefined);
      } else if (role) roles.push(role);
      else {
        roles.push(undefined);
        if (unusedColumn.test(name.trim())) notes.push(`column "${name.trim()}" not used`);
        else problems.push(`${placeOf(headerRow, c)}: unknown column "${name.trim()}": the columns are period,value and optionally sample, of, note, measure and area (rename it or delete the column)`);
      }
    });
    for (const required of ['period', 'value'] as const) {
      if (!roles.includes(required)) problems.push(`${grid.name} ${grid.placeRow(headerRow.line)}: the heading row has no "${required}" column: it should read "period,value" (optionally with sample, of, note, measure and area)`);
    }
    if (problems.length > 0) return { layout: header.layout, rows, problems, notes };
    const at = (role: Role) => roles.indexOf(role);
    for (const row of body) {
      if (blank(row)) continue;
      const pc = at('period');
      const vc = at('value');
      if (cell(row, pc) === '' || cell(row, vc) === '' || isNoFigure(cell(row, vc))) {
        if (cell(row, vc) !== '' && isNoFigure(cell(row, vc))) notes.push(`${grid.placeRow(row.line)}: "${cell(row, vc)}" (no figure) passed over`);
        else problems.push(`${grid.name} ${grid.placeRow(row.line)}: this row needs both a period and a value, e.g. "2016-03,1204"`);
        continue;
      }
      const before = problems.length;
      const p = period(row, pc);
      const point: Omit<DataPoint, 'period'> = { value: value(row, vc, '') ?? NaN };
      for (const key of ['sample', 'of'] as const) {
        const c = at(key);
        if (c === -1 || cell(row, c) === '') continue;
        const n = value(row, c, ` (${key})`);
        if (n !== undefined && !(Number.isInteger(n) && n >= 1)) problems.push(`${placeOf(row, c)}: "${cell(row, c)}" is not a whole number of 1 or more: write the ${key} as a count, e.g. 1200`);
        else if (n !== undefined) point[key] = n;
      }
      if (at('note') !== -1 && cell(row, at('note')) !== '') point.note = cell(row, at('note'));
      if (at('area') !== -1 && cell(row, at('area')) !== '') point.area = cell(row, at('area'));
      const measure = at('measure') !== -1 ? cell(row, at('measure')) : undefined;
      if (at('measure') !== -1 && !measure) problems.push(`${grid.name} ${grid.placeRow(row.line)}: this row names no measure: fill in its "measure" column with the measure's id`);
      if (problems.length === before && p) push(row, measure, p, point);
    }
    return { layout: header.layout, rows, problems, notes };
  }

  if (header.layout === 'wide-measures') {
    const roles = headerRow.cells.map(roleOf);
    const pc = roles.includes('period') ? roles.indexOf('period') : 0;
    const measureColumns = headerRow.cells.map((c, i) => (i !== pc && context.measures.has(c.trim()) ? i : -1)).filter((i) => i !== -1);
    headerRow.cells.forEach((name, c) => {
      if (c !== pc && name.trim() !== '' && !measureColumns.includes(c)) notes.push(`column "${name.trim()}" is no measure of the plan: not used`);
    });
    for (const row of body) {
      if (blank(row)) continue;
      if (cell(row, pc) === '') {
        problems.push(`${placeOf(row, pc)}: this row has no period: write one, e.g. 2016-03`);
        continue;
      }
      const p = period(row, pc);
      for (const c of measureColumns) {
        const text = cell(row, c);
        if (text === '' || isNoFigure(text)) continue;
        const n = value(row, c, ` (${headerRow.cells[c].trim()})`);
        if (p && n !== undefined) push(row, headerRow.cells[c].trim(), p, { value: n });
      }
    }
    return { layout: header.layout, rows, problems, notes };
  }

  // Periods across the top; down the side, measure ids, or forces and areas.
  const periodColumns: { c: number; p: Period }[] = [];
  headerRow.cells.forEach((text, c) => {
    const p = text.trim() === '' ? null : readPeriodText(text);
    if (p) periodColumns.push({ c, p });
  });
  const labelColumns = headerRow.cells.map((_, c) => c).filter((c) => !periodColumns.some((x) => x.c === c));
  const forceKey = options.row !== undefined ? nameKey(options.row) : context.area !== undefined ? nameKey(context.area) : undefined;
  const areaKeys = new Map<string, string>();
  for (const a of context.areas) {
    areaKeys.set(nameKey(a.id), a.id);
    if (a.name) areaKeys.set(nameKey(a.name), a.id);
  }
  let others = 0;
  let forceRows = 0;
  for (const row of body) {
    if (blank(row)) continue;
    const labels = labelColumns.map((c) => cell(row, c)).filter((t) => t !== '');
    const measure = labels.find((t) => context.measures.has(t));
    let area: string | undefined;
    let target: string | undefined = measure;
    if (!measure) {
      const keys = labels.map(nameKey);
      if (forceKey !== undefined && keys.includes(forceKey)) {
        forceRows++;
        target = options.measure;
      } else {
        const hit = keys.find((k) => areaKeys.has(k));
        if (hit === undefined) {
          others++;
          continue;
        }
        area = areaKeys.get(hit);
        target = options.measure;
      }
      if (target === undefined) {
        problems.push(`${grid.name} ${grid.placeRow(row.line)}: the figures of "${labels.join(' ')}" need a measure: name it with --measure <id>`);
        continue;
      }
    }
    for (const { c, p } of periodColumns) {
      const text = cell(row, c);
      if (text === '' || isNoFigure(text)) continue;
      const n = value(row, c, ` (${headerRow.cells[c].trim()})`);
      if (n !== undefined) push(row, target, p, area === undefined ? { value: n } : { value: n, area });
    }
  }
  // One measure named, one row of figures, and no label to find it by: that row is the force's.
  const dataRows = body.filter((r) => !blank(r) && periodColumns.some(({ c }) => cell(r, c) !== ''));
  if (rows.length === 0 && problems.length === 0 && options.measure !== undefined && options.row === undefined && dataRows.length === 1) {
    const row = dataRows[0];
    others--;
    for (const { c, p } of periodColumns) {
      const text = cell(row, c);
      if (text === '' || isNoFigure(text)) continue;
      const n = value(row, c, ` (${headerRow.cells[c].trim()})`);
      if (n !== undefined) push(row, options.measure, p, { value: n });
    }
  }
  if (rows.length === 0 && problems.length === 0) {
    const labels = body.filter((r) => !blank(r)).slice(0, 4).map((r) => labelColumns.map((c) => cell(r, c)).find((t) => t !== '') ?? '').filter(Boolean);
    const wanted = options.row ?? context.area;
    problems.push(
      wanted !== undefined
        ? `${grid.name}: no row is labelled "${wanted}" or with a measure id of the plan (the rows are labelled ${labels.map((l) => `"${l}"`).join(', ')}…): name the force's row with --row <label>`
        : `${grid.name}: no row is labelled with a measure id of the plan, and the plan has no "area" to find the force's row by: name the row with --row <label>`,
    );
  }
  if (others > 0) notes.push(`${others} row${others === 1 ? '' : 's'} for other forces, areas or measures passed over`);
  if (forceRows > 1) problems.push(`${grid.name}: ${forceRows} rows are labelled "${options.row ?? context.area}" (a region and a force of the same name?): name the force's row by its code with --row <code>, e.g. --row E23000014`);
  return { layout: header.layout, rows, problems, notes };
}
