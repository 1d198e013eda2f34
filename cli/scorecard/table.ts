// The terminal scorecard: per plan a header and one row per objective and measure, fitted to the
// line width, each status as a symbol and a word so that it reads without colour.
import type { MeasureResult, ObjectiveResult, PlanResult, ScoreResult } from '../../core/results';
import { palette, type Palette, type Style } from '../formatters/ansi';
import { changeLines } from './changes';
import { findingsSummary } from './findings-line';
import { actionsCountText, countsText, formatNumber, judgedStatus, judgementReason, keyEntries, keyTitle, longDate, measureRows, recommendationCountsText, statusLabel, statusTone, travelShort, travelTone, variationShort, variationTone, verdictShort, yearToDateLine, type Row as AnyRow, type Tone } from '../../core/present/index';
import type { ScorecardOptions } from './options';
import { sparkline } from './sparkline';
import { comparisonLines } from './comparisons';
import { oneLine, padEnd, padStart, truncate, widthOf, wrapList, wrapWords } from './text';

type Row = AnyRow<ObjectiveResult, MeasureResult>;

/** The terminal colour of each tone. */
function toneStyle(tone: Tone, p: Palette): Style {
  return { good: p.green, warn: p.yellow, bad: p.red, watch: p.cyan, none: p.dim }[tone];
}

interface Cells {
  indent: string;
  status: string;
  statusStyle: Style;
  label: string;
  bold: boolean;
  current: string;
  expected: string;
  direction: string;
  directionStyle: Style;
  spc: string;
  spcStyle: Style;
  spark: string;
  stale: boolean;
  /** Objective rows: "2 actions (1 overdue)" after the title, kept whole when the title is cut. */
  actions?: string;
  /** The year to date in words, on a line of its own under the measure. */
  yearToDate?: string;
}

const numberWidth = 14;
const idWidth = 16;
const headings = { status: 'status', label: 'objective / measure', current: 'current', expected: 'expected', direction: 'direction', spc: 'limits', spark: 'trend' };

function labelOf(id: string, title: string): string {
  return `${truncate(oneLine(id), idWidth)} ${oneLine(title)}`.trim();
}

function measureCells(row: Row & { kind: 'measure' }, p: Palette, sparkWidth: number): Cells {
  const m: MeasureResult = row.measure;
  const numeric = m.type !== 'qualitative';
  return {
    indent: '  '.repeat(row.depth),
    // a judged status is marked, and spelt out with its reason beneath the table
    status: `${statusLabel(m.status)}${m.override ? '*' : ''}`,
    statusStyle: toneStyle(statusTone(m.status), p),
    label: labelOf(m.id, m.title),
    bold: false,
    current: numeric && m.current ? truncate(formatNumber(m.current.value, m.type), numberWidth) : '–',
    expected: numeric && m.expected !== null ? truncate(formatNumber(m.expected, m.type), numberWidth) : '–',
    direction: travelShort(m),
    directionStyle: toneStyle(travelTone(m.direction?.verdict), p),
    spc: variationShort(m.spc?.variation),
    spcStyle: toneStyle(variationTone(m.spc?.variation), p),
    spark: numeric ? sparkline(m.series.map((s) => s.value), sparkWidth) : '',
    stale: m.stale,
    yearToDate: yearToDateLine(m) || undefined,
  };
}

function objectiveCells(row: Row & { kind: 'objective' }, p: Palette): Cells {
  const o = row.objective;
  return {
    indent: '',
    status: statusLabel(o.status),
    statusStyle: toneStyle(statusTone(o.status), p),
    label: labelOf(o.id, o.title),
    bold: true,
    current: '',
    expected: '',
    direction: o.direction ? `worst: ${verdictShort(o.direction)}` : '',
    directionStyle: toneStyle(travelTone(o.direction), p),
    spc: '',
    spcStyle: p.dim,
    spark: '',
    stale: false,
    actions: actionsCountText(o.actions),
  };
}

interface Layout {
  maxDepth: number;
  status: number;
  label: number;
  current: number;
  expected: number;
  direction: number;
  spc: number;
  spark: number;
  stale: number;
}

const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);

/** Column widths for one plan's rows; optional columns give way before the titles shrink too far. */
function layout(cells: Cells[], measures: Cells[], width: number): Layout {
  const maxDepth = max(measures.map((c) => c.indent.length / 2));
  const l: Layout = {
    maxDepth,
    status: max([...cells.map((c) => widthOf(c.status)), widthOf(headings.status)]),
    label: 0,
    current: max([...measures.map((c) => widthOf(c.current)), widthOf(headings.current)]),
    expected: max([...measures.map((c) => widthOf(c.expected)), widthOf(headings.expected)]),
    direction: max(cells.map((c) => widthOf(c.direction))),
    spc: max(measures.map((c) => widthOf(c.spc))),
    spark: max(measures.map((c) => widthOf(c.spark))),
    stale: measures.some((c) => c.stale) ? widthOf('stale') : 0,
  };
  if (l.direction > 0) l.direction = Math.max(l.direction, widthOf(headings.direction));
  if (l.spc > 0) l.spc = Math.max(l.spc, widthOf(headings.spc));
  if (l.spark > 0) l.spark = Math.max(l.spark, widthOf(headings.spark));
  const fixed = () =>
    2 * maxDepth + l.status + 1 + 2 + l.current + 2 + l.expected + [l.direction, l.spc, l.spark, l.stale].reduce((sum, w) => sum + (w > 0 ? w + 2 : 0), 0) - (l.spc > 0 ? 1 : 0) - (l.spark > 0 ? 1 : 0);
  const minimumLabel = 16;
  for (const optional of ['spark', 'spc', 'direction', 'stale'] as const) {
    if (width - fixed() >= minimumLabel) break;
    l[optional] = 0;
  }
  const longest = max(measures.map((c) => widthOf(c.label) + c.indent.length - 2 * maxDepth));
  l.label = Math.max(1, Math.min(width - fixed(), Math.max(longest, widthOf(headings.label))));
  return l;
}

/** Fits text to a column and styles the text only, so that trailing spaces can be trimmed. */
function fit(text: string, width: number, style: Style = (t) => t): string {
  const shown = truncate(text, width);
  return style(shown) + ' '.repeat(Math.max(0, width - widthOf(shown)));
}

/** A row's lines: the first with every column, then the rest of a long title wrapped beneath itself. */
function render(c: Cells, l: Layout, width: number, p: Palette): string[] {
  const depthPad = 2 * l.maxDepth - c.indent.length;
  // the status column stays in line; the hierarchy shows in the indented titles
  let line = fit(c.status, l.status, c.statusStyle) + ' ' + c.indent;
  const more = (labelWidth: number, style: Style = (t) => t) => {
    const [first, ...rest] = wrapWords(c.label, labelWidth);
    return { first, rest: rest.map((r) => (' '.repeat(l.status + 1) + c.indent + style(r)).trimEnd()) };
  };
  if (c.bold) {
    // Objective rows have no figures: their titles run on over the figure columns, up to the
    // direction of travel of a monitored objective or else to the end of the line.
    const labelWidth = c.direction && l.direction > 0 ? l.label + depthPad + 2 + l.current + 2 + l.expected : width - l.status - 1;
    const after = c.actions ? ` · ${c.actions}` : '';
    const { first, rest } = more(labelWidth, p.bold);
    const afterStyle = /overdue/.test(after) ? p.yellow : p.dim;
    if (after && widthOf(first) + widthOf(after) <= labelWidth) {
      line += p.bold(first) + afterStyle(after) + ' '.repeat(labelWidth - widthOf(first) - widthOf(after));
    } else {
      line += fit(first, labelWidth, p.bold);
      if (after) rest.push(' '.repeat(l.status + 1) + c.indent + afterStyle(truncate(after.slice(3), width - l.status - 1)));
    }
    if (c.direction && l.direction > 0) line += '  ' + fit(c.direction, l.direction, c.directionStyle);
    return [line.trimEnd(), ...rest];
  }
  const { first, rest } = more(l.label + depthPad);
  line += fit(first, l.label + depthPad);
  line += '  ' + padStart(c.current, l.current) + '  ' + padStart(c.expected, l.expected);
  if (l.direction > 0) line += '  ' + fit(c.direction, l.direction, c.directionStyle);
  if (l.spc > 0) line += ' ' + fit(c.spc, l.spc, c.spcStyle);
  if (l.spark > 0) line += ' ' + fit(c.spark, l.spark);
  if (l.stale > 0) line += '  ' + (c.stale ? p.yellow('stale') : '');
  return [line.trimEnd(), ...rest];
}

function heading(l: Layout, p: Palette): string {
  let line = padEnd(headings.status, l.status) + ' ' + padEnd(headings.label, l.label + 2 * l.maxDepth);
  line += '  ' + padStart(headings.current, l.current) + '  ' + padStart(headings.expected, l.expected);
  if (l.direction > 0) line += '  ' + padEnd(headings.direction, l.direction);
  if (l.spc > 0) line += ' ' + padEnd(headings.spc, l.spc);
  if (l.spark > 0) line += ' ' + padEnd(headings.spark, l.spark);
  return p.dim(line.trimEnd());
}

function planTable(plan: PlanResult, asOf: string, width: number, sparkWidth: number, p: Palette, areas = false): string[] {
  const lines: string[] = [];
  lines.push(p.bold(truncate(oneLine(plan.title) || oneLine(plan.id) || 'Untitled plan', width)));
  lines.push(truncate(`${oneLine(plan.id)} · as of ${longDate(asOf)} · ${oneLine(plan.file)}`, width));
  lines.push(...wrapList('Objectives:', countsText(plan.summary.objectives).split(', '), width));
  lines.push(...wrapList('Measures:', countsText(plan.summary.measures).split(', '), width));
  const recommendations = recommendationCountsText(plan.recommendations);
  if (recommendations) lines.push(...wrapList('Panel recommendations:', recommendations.split(', '), width));
  lines.push('');
  const rows = measureRows<MeasureResult, ObjectiveResult>(plan);
  if (rows.length === 0) {
    lines.push('No objectives to score.');
    return lines;
  }
  const cells = rows.map((r) => (r.kind === 'objective' ? objectiveCells(r, p) : measureCells(r, p, sparkWidth)));
  const l = layout(cells, cells.filter((c) => !c.bold), width);
  lines.push(heading(l, p));
  cells.forEach((c, i) => {
    lines.push(...render(c, l, width, p));
    if (c.yearToDate) {
      const pad = ' '.repeat(l.status + 1 + c.indent.length + 2);
      lines.push(...wrapWords(c.yearToDate, width - pad.length).map((text) => p.dim(pad + text)));
    }
    const row = rows[i];
    if (row.kind === 'measure') lines.push(...comparisonLines(row.measure, l.status + 1 + 2 * row.depth + 2, width, areas, p));
  });
  for (const r of rows) {
    if (r.kind !== 'measure' || !r.measure.override) continue;
    lines.push(...wrapWords(`* ${oneLine(r.measure.id)} ${judgedStatus(r.measure)}. ${oneLine(judgementReason(r.measure))}`, width - 2).map((l, i) => (i === 0 ? l : `  ${l}`)));
  }
  return lines;
}

/** The key at the foot: each entry's term and words, wrapped to the width. */
function keyLines(width: number, p: Palette): string[] {
  const lines = [p.bold(keyTitle)];
  for (const entry of keyEntries) lines.push(...wrapWords(`${entry.term}: ${entry.text}`, width - 2).map((l, i) => p.dim(`${i === 0 ? '' : '  '}${l}`)));
  return lines;
}

export function table(result: ScoreResult, options: ScorecardOptions = {}): string {
  const p = palette(options.color ?? false);
  const width = options.width ?? 100;
  const sparkWidth = options.sparkWidth ?? 12;
  const lines: string[] = changeLines(result, width).map((l, i) => (i === 0 ? p.bold(l) : l));
  const above = lines.length;
  for (const plan of result.plans) {
    if (lines.length > above) lines.push('');
    lines.push(...planTable(plan, result.asOf, width, sparkWidth, p, options.areas));
  }
  if (result.plans.length === 0) lines.push(`No plan could be scored as of ${longDate(result.asOf)}.`);
  lines.push('');
  if (result.plans.length > 0) {
    lines.push(...keyLines(width, p), '');
  }
  for (const file of options.unscored ?? []) lines.push(p.red(truncate(`Not scored: ${oneLine(file)} could not be read as a plan`, width)));
  lines.push(truncate(findingsSummary(result.findings), width));
  return `${lines.join('\n')}\n`;
}
