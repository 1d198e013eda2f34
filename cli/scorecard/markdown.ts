// The scorecard as GitHub-flavoured Markdown: one table per plan, status words, no colour.
import type { MeasureResult, ObjectiveResult, PlanResult, ScoreResult } from '../../core/results';
import { changeLinesForReaders, noChangesLine, sinceHeading } from '../../core/present/changes';
import { findingsSummary } from './findings-line';
import { actionsCountText, controlText, countsText, currentText, gapText, judgedStatus, judgementReason, keyMarkdown, longDate, markdownCell, markdownText, measureRows, recommendationCountsText, statusLabel, statusSymbol, travelText, verdictText, withUnit } from '../../core/present/index';
import type { ScorecardOptions } from './options';
import { sparkline } from './sparkline';



const header = ['Objective / measure', 'Tier', 'Status', 'Current', 'Expected', 'Gap', 'Direction of travel', 'Control limits', 'Trend', 'Stale'];

function measureRow(m: MeasureResult, depth: number): string[] {
  const numeric = m.type !== 'qualitative';
  const lead = depth === 2 ? '↳ ' : '';
  return [
    `${lead}${markdownCell(m.id)} ${markdownCell(m.title)}`,
    m.tier,
    m.override ? `${statusSymbol(m.status)} ${judgedStatus(m)}` : statusLabel(m.status),
    numeric && m.current ? markdownCell(currentText(m)) : '',
    numeric && m.expected !== null ? markdownCell(withUnit(m.expected, m)) : '',
    numeric && m.gap !== null ? markdownCell(gapText(m)) : '',
    numeric && m.direction ? markdownCell(travelText(m)) : '',
    numeric && m.spc ? markdownCell(controlText(m)) : '',
    numeric ? sparkline(m.series.map((s) => s.value)) : '',
    m.stale ? 'stale' : '',
  ];
}

function rowCells(row: ReturnType<typeof measureRows<MeasureResult, ObjectiveResult>>[number]): string[] {
  if (row.kind === 'measure') return measureRow(row.measure, row.depth);
  const o = row.objective;
  const actions = actionsCountText(o.actions);
  return [`**${markdownCell(o.id)} ${markdownCell(o.title)}**${actions ? ` · ${actions}` : ''}`, 'objective', `**${statusLabel(o.status)}**`, '', '', '', o.direction ? `worst: ${markdownText(verdictText(o.direction))}` : '', '', '', ''];
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

function planSection(plan: PlanResult, asOf: string): string[] {
  const out = [`## ${markdownCell(plan.title) || markdownCell(plan.id)}`, ''];
  out.push(`\`${markdownCell(plan.id)}\` · as of ${longDate(asOf)} · ${markdownCell(plan.file)}`, '');
  out.push(`**Objectives:** ${countsText(plan.summary.objectives)}  `);
  const recommendations = recommendationCountsText(plan.recommendations);
  out.push(`**Measures:** ${countsText(plan.summary.measures)}${recommendations ? '  ' : ''}`);
  if (recommendations) out.push(`**Panel recommendations:** ${recommendations}`);
  out.push('');
  const rows = measureRows<MeasureResult, ObjectiveResult>(plan);
  if (rows.length === 0) return [...out, 'No objectives to score.'];
  out.push(line(header), `|${header.map((_, i) => (i === 4 ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const row of rows) out.push(line(rowCells(row)));
  const judged = rows.flatMap((r) => (r.kind === 'measure' && r.measure.override ? [`- ${markdownCell(r.measure.id)}: ${markdownCell(judgementReason(r.measure))}`] : []));
  if (judged.length > 0) out.push('', ...judged);
  return out;
}

/** What changed since the last report: a line, then one item per change. */
function changesSection(result: ScoreResult): string[] {
  if (result.since === undefined) return [];
  const groups = changeLinesForReaders(result.changes ?? []);
  if (groups.length === 0) return [`## ${sinceHeading(result.since)}`, '', noChangesLine(result.since), ''];
  const items = groups.flatMap((g) => (groups.length > 1 ? [`- **${markdownCell(g.plan)}**`, ...g.lines.map((l) => `  - ${markdownCell(l)}`)] : g.lines.map((l) => `- ${markdownCell(l)}`)));
  return [`## ${sinceHeading(result.since)}`, '', ...items, ''];
}

export function markdown(result: ScoreResult, options: ScorecardOptions = {}): string {
  const out = [`# Scorecard as of ${longDate(result.asOf)}`, '', ...changesSection(result)];
  for (const plan of result.plans) out.push(...planSection(plan, result.asOf), '');
  if (result.plans.length === 0) out.push('No plan could be scored.', '');
  for (const file of options.unscored ?? []) out.push(`**Not scored:** ${markdownCell(file)} could not be read as a plan.  `);
  if (result.plans.length > 0) out.push(...keyMarkdown(2));
  out.push(findingsSummary(result.findings));
  return `${out.join('\n')}\n`;
}
