// The Panel report as Markdown, for papers in Word or on GitHub: the summary, a table per
// objective with status words, qualitative evidence, findings, the as-of date and the sources. No charts.
import { changeLinesForReaders, noChangesLine, sinceHeading } from '../changes/words';
import { orderedMeasures, toReportModel, type ModelInput, type ReportMeasure, type ReportObjective } from './model';
import { directionText, formatGap, longDate, orderedCounts, safeLink, spcText, statusSymbol, withUnit } from './present';

/** Text safe in a table cell: pipes escaped, line breaks folded, Markdown's active characters escaped. */
export function cellText(text: unknown): string {
  return inlineText(text).replace(/\|/g, '\\|');
}

/** Text safe inline: one line, with characters Markdown or HTML would act on escaped. */
export function inlineText(text: unknown): string {
  return String(text ?? '')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/[\\`*_[\]<>#!~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .trim();
}

function status(word: string): string {
  return `${statusSymbol(word)} ${word}`;
}

function countsLine(counts: Partial<Record<string, number>>): string {
  const entries = orderedCounts(counts ?? {});
  return entries.length > 0 ? entries.map(([s, n]) => `${n} ${s}`).join(', ') : 'none';
}

function objectiveTable(objective: ReportObjective): string[] {
  const lines = ['| Status | Measure | Current | Expected | Gap | Direction of travel | SPC |', '| --- | --- | ---: | ---: | ---: | --- | --- |'];
  for (const { measure: m, nested } of orderedMeasures(objective.measures)) {
    const numeric = m.type !== 'qualitative';
    const tags = [m.tier === 'detailed' ? 'detailed' : '', m.stale ? 'stale' : ''].filter(Boolean).map((t) => ` _(${t})_`).join('');
    const title = `${nested ? '↳ ' : ''}**${cellText(m.id)}** ${cellText(m.title)}${tags}`;
    const latestEvidence = m.evidence.length > 0 ? m.evidence[m.evidence.length - 1] : undefined;
    const current = numeric ? (m.current ? `${withUnit(m.current.value, m)} (${longDate(m.current.at)})` : '–') : latestEvidence ? `evidence of ${longDate(latestEvidence.date)}` : '–';
    lines.push(
      `| ${[
        status(m.status),
        title,
        cellText(current),
        numeric ? cellText(withUnit(m.expected, m)) : '–',
        numeric ? cellText(formatGap(m.gap, m.type)) : '–',
        directionText(m.direction?.verdict),
        cellText(spcText(m.spc)),
      ].join(' | ')} |`,
    );
  }
  return lines;
}

function evidenceLines(measure: ReportMeasure): string[] {
  const lines = [`**${inlineText(measure.id)}** ${inlineText(measure.title)}: ${status(measure.status)}`, ''];
  const items = [...measure.evidence].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  if (items.length === 0) lines.push('- No evidence recorded as of this date.');
  for (const e of items) {
    const href = safeLink(e.link);
    const link = href ? ` <${href.replace(/[<>\s]/g, encodeURIComponent)}>` : e.link ? ` (${inlineText(e.link)})` : '';
    lines.push(`- ${longDate(e.date)}: ${status(e.assessment)}. ${inlineText(e.summary)}${link}`);
  }
  lines.push('');
  return lines;
}

/** Why a measure has no target, and the owner's latest comment: the narrative beside the figures. */
function narrativeLines(measures: ReportMeasure[]): string[] {
  const lines: string[] = [];
  for (const m of measures) {
    const name = `**${inlineText(m.id)}** ${inlineText(m.title)}`;
    if (m.monitorReason) lines.push(`- ${name}: no target, by decision. ${inlineText(m.monitorReason)}`);
    const latest = m.commentary?.[m.commentary.length - 1];
    if (latest) lines.push(`- ${name}, commentary of ${longDate(latest.date)}: ${inlineText(latest.text)}`);
  }
  return lines.length > 0 ? ['Commentary:', '', ...lines, ''] : [];
}

/** A plan's title for a heading, found by its id; the id when the plan is not in the report. */
function planName(plans: { id: string; title: string }[], id: string): string {
  return plans.find((p) => p.id === id)?.title || id;
}

/** The report as Markdown text, ending with a newline. */
export function reportMarkdown(input: ModelInput): string {
  const model = toReportModel(input);
  const title = model.title ?? (model.plans.length === 1 ? model.plans[0].title : undefined) ?? 'Police and Crime Plan scorecard';
  const out: string[] = [`# ${inlineText(title)}`, '', `As of ${longDate(model.asOf)}.`, ''];
  if (model.since !== undefined) {
    const groups = changeLinesForReaders(model.changes ?? []);
    out.push(`## ${inlineText(sinceHeading(model.since))}`, '');
    if (groups.length === 0) out.push(inlineText(noChangesLine(model.since)), '');
    for (const g of groups) {
      if (groups.length > 1) out.push(`**${inlineText(planName(model.plans, g.plan))}**`, '');
      out.push(...g.lines.map((line) => `- ${inlineText(line)}`), '');
    }
  }
  if (model.plans.length === 0) out.push('Nothing to score: the plan could not be read. See the findings below.', '');
  for (const plan of model.plans) {
    if (model.plans.length > 1 || plan.title !== title) out.push(`## ${inlineText(plan.title || plan.id || plan.file)}`, '');
    out.push(`Plan file: \`${String(plan.file).replace(/`/g, "'")}\``, '');
    out.push(`**Objectives:** ${countsLine(plan.summary?.objectives ?? {})}  `, `**Measures:** ${countsLine(plan.summary?.measures ?? {})}`, '');
    out.push('| Status | Objective | Measures |', '| --- | --- | ---: |');
    for (const o of plan.objectives) out.push(`| ${status(o.status)} | **${cellText(o.id)}** ${cellText(o.title)} | ${o.measures.length} |`);
    out.push('');
    for (const objective of plan.objectives) {
      out.push(`### ${inlineText(objective.id)} ${inlineText(objective.title)}: ${status(objective.status)}`, '');
      if (objective.direction) out.push(`Monitored: worst direction of travel ${directionText(objective.direction)}.`, '');
      if (objective.measures.length === 0) {
        out.push('No measures.', '');
        continue;
      }
      out.push(...objectiveTable(objective), '');
      const qualitative = orderedMeasures(objective.measures).filter(({ measure }) => measure.type === 'qualitative');
      if (qualitative.length > 0) {
        out.push('Qualitative evidence:', '');
        for (const { measure } of qualitative) out.push(...evidenceLines(measure));
      }
      out.push(...narrativeLines(orderedMeasures(objective.measures).map(({ measure }) => measure)));
    }
  }
  out.push(`## Findings (${model.findings.length})`, '');
  if (model.findings.length === 0) out.push('No findings: the plans meet the format and every lint rule.');
  for (const f of model.findings) {
    out.push(`- **${f.severity}** \`${String(f.file).replace(/`/g, "'")}:${f.range?.start?.line ?? 1}:${f.range?.start?.column ?? 1}\` ${inlineText(f.message)} (${inlineText(f.rule)})`);
  }
  out.push('', '## Sources', '', `Evaluated as of ${longDate(model.asOf)}${model.asOf ? ` (${model.asOf})` : ''}; figures after that date are left out.`, '');
  for (const s of model.sources ?? []) out.push(`- \`${String(s).replace(/`/g, "'")}\``);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
