// The scorecard as GitHub-flavoured Markdown: one table per plan, status words, no colour.
import type { MeasureResult, PlanResult, ScoreResult } from '../../core/results';
import { changeLinesForReaders, noChangesLine, sinceHeading } from '../../core/changes/words';
import { findingsSummary } from './findings-line';
import { assuranceShort, countsText, directionLong, statusSymbol } from './labels';
import { formatSigned, formatValue, longDate } from './numbers';
import type { ScorecardOptions } from './options';
import { scorecardRows, type Row } from './rows';
import { sparkline } from './sparkline';

/** Plan text made safe inside a table cell: one line, no pipes, no markup or HTML of its own. */
export function cell(text: string | null | undefined): string {
  return String(text ?? '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .trim();
}

const header = ['Objective / measure', 'Tier', 'Status', 'Current', 'Expected', 'Gap', 'Direction', 'SPC', 'Assurance', 'Trend', 'Stale'];

function measureRow(m: MeasureResult, depth: number): string[] {
  const numeric = m.type !== 'qualitative';
  const lead = depth === 2 ? '↳ ' : '';
  return [
    `${lead}${cell(m.id)} ${cell(m.title)}`,
    m.tier,
    `${statusSymbol(m.status)} ${m.status}`,
    numeric && m.current ? formatValue(m.current.value, m.type) : '',
    numeric && m.expected !== null ? formatValue(m.expected, m.type) : '',
    numeric && m.gap !== null ? formatSigned(m.gap, m.type) : '',
    directionLong(m.direction),
    m.spc?.variation ?? '',
    assuranceShort(m.spc?.assurance),
    numeric ? sparkline(m.series.map((s) => s.value)) : '',
    m.stale ? 'stale' : '',
  ];
}

function rowCells(row: Row): string[] {
  if (row.kind === 'measure') return measureRow(row.measure, row.depth);
  const o = row.objective;
  return [`**${cell(o.id)} ${cell(o.title)}**`, 'objective', `**${statusSymbol(o.status)} ${o.status}**`, '', '', '', directionLong(o.direction), '', '', '', ''];
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

function planSection(plan: PlanResult, asOf: string): string[] {
  const out = [`## ${cell(plan.title) || cell(plan.id)}`, ''];
  out.push(`\`${cell(plan.id)}\` · as of ${longDate(asOf)} · ${cell(plan.file)}`, '');
  out.push(`**Objectives:** ${countsText(plan.summary.objectives)}  `);
  out.push(`**Measures:** ${countsText(plan.summary.measures)}`, '');
  const rows = scorecardRows(plan);
  if (rows.length === 0) return [...out, 'No objectives to score.'];
  out.push(line(header), `|${header.map((_, i) => (i >= 3 && i <= 5 ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const row of rows) out.push(line(rowCells(row)));
  return out;
}

/** What changed since the last report: a line, then one item per change. */
function changesSection(result: ScoreResult): string[] {
  if (result.since === undefined) return [];
  const groups = changeLinesForReaders(result.changes ?? []);
  if (groups.length === 0) return [`## ${sinceHeading(result.since)}`, '', noChangesLine(result.since), ''];
  const items = groups.flatMap((g) => (groups.length > 1 ? [`- **${cell(g.plan)}**`, ...g.lines.map((l) => `  - ${cell(l)}`)] : g.lines.map((l) => `- ${cell(l)}`)));
  return [`## ${sinceHeading(result.since)}`, '', ...items, ''];
}

export function markdown(result: ScoreResult, options: ScorecardOptions = {}): string {
  const out = [`# Scorecard as of ${longDate(result.asOf)}`, '', ...changesSection(result)];
  for (const plan of result.plans) out.push(...planSection(plan, result.asOf), '');
  if (result.plans.length === 0) out.push('No plan could be scored.', '');
  for (const file of options.unscored ?? []) out.push(`**Not scored:** ${cell(file)} could not be read as a plan.  `);
  out.push(findingsSummary(result.findings));
  return `${out.join('\n')}\n`;
}
