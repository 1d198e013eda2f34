// The Panel report as Markdown, for papers in Word or on GitHub: the summary, a table per
// objective with status words, qualitative evidence, comparisons with local areas and the Most
// Similar Group as tables and in words, findings, the as-of date and the sources. No charts.
import { changeLinesForReaders, noChangesLine, sinceHeading } from '../present/changes';
import { acceptedText, actionStatusText, comparisonHeads, comparisonRows, controlText, countsText, currentText, fiveYears, funnelSentences, funnelViews, gapText, judgedStatus, judgementReason, keyMarkdown, latestUpdate, longDate, markdownCell, markdownCode, markdownText, measuresByObjective, objectiveFacts, openActionsFor, recommendationStateText, recommendationsInOrder, safeLink, statusLabel, statusSymbol, travelText, verdictText, withUnit, yearToDateLine } from '../present/index';
import { toReportModel, type ModelInput, type ReportMeasure, type ReportObjective, type ReportPlan } from './model';


function objectiveTable(rows: { measure: ReportMeasure; nested: boolean }[]): string[] {
  const lines = ['| Status | Measure | Current | Expected | Gap to the trajectory | Direction of travel | Control limits |', '| --- | --- | --- | ---: | --- | --- | --- |'];
  for (const { measure: m, nested } of rows) {
    const numeric = m.type !== 'qualitative';
    const tags = [m.tier === 'detailed' ? 'detailed' : '', m.stale ? 'stale' : ''].filter(Boolean).map((t) => ` _(${t})_`).join('');
    const title = `${nested ? '↳ ' : ''}**${markdownCell(m.id)}** ${markdownCell(m.title)}${tags}`;
    const latestEvidence = m.evidence.length > 0 ? m.evidence[m.evidence.length - 1] : undefined;
    const current = numeric ? (m.current ? currentText(m) : '–') : latestEvidence ? `evidence of ${longDate(latestEvidence.date)}` : '–';
    lines.push(
      `| ${[
        m.override ? `${statusSymbol(m.status)} ${markdownCell(judgedStatus(m))}` : statusLabel(m.status),
        title,
        markdownCell(current),
        numeric ? markdownCell(withUnit(m.expected, m)) : '–',
        numeric ? markdownCell(gapText(m)) : '–',
        numeric ? markdownCell([travelText(m), yearToDateLine(m)].filter(Boolean).join('. ')) : '–',
        numeric ? markdownCell(controlText(m)) : '–',
      ].join(' | ')} |`,
    );
  }
  return lines;
}

function evidenceLines(measure: ReportMeasure): string[] {
  const lines = [`**${markdownText(measure.id)}** ${markdownText(measure.title)}: ${statusLabel(measure.status)}`, ''];
  const items = [...measure.evidence].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  if (items.length === 0) lines.push('- No evidence recorded as of this date.');
  for (const e of items) {
    const href = safeLink(e.link);
    const link = href ? ` <${href.replace(/[<>\s]/g, encodeURIComponent)}>` : e.link ? ` (${markdownText(e.link)})` : '';
    lines.push(`- ${longDate(e.date)}: ${statusLabel(e.assessment)}. ${markdownText(e.summary)}${link}`);
  }
  lines.push('');
  return lines;
}

/** Up to five financial years of each numeric measure, with the change each year. */
function fiveYearLines(measures: ReportMeasure[]): string[] {
  const lines: string[] = [];
  for (const m of measures) {
    const rows = fiveYears(m);
    if (rows.length === 0) continue;
    const what = m.type === 'count' ? 'totals for each year' : 'the figure at each year end';
    lines.push(`**${markdownText(m.id)}** ${markdownText(m.title)} over five years: ${what} (financial years, April to March).`, '');
    lines.push('| Year | Figure | What it is | Change on the year before |', '| --- | ---: | --- | --- |');
    for (const r of rows) lines.push(`| ${r.year} | ${markdownCell(withUnit(r.value, m))} | ${r.note} | ${r.change || '–'} |`);
    lines.push('');
  }
  return lines;
}

/** Each measure's comparisons with its local areas and its Most Similar Group: a table, then the funnel plot in words. */
function comparisonLines(measures: ReportMeasure[]): string[] {
  const lines: string[] = [];
  for (const m of measures) {
    for (const view of funnelViews(m)) {
      lines.push(`**${markdownText(m.id)}** ${markdownText(view.title)}${view.at ? `, ${longDate(view.at)}` : ''}:`, '');
      lines.push(`| ${comparisonHeads(view, m.type).join(' | ')} |`, '| --- | ---: | ---: | --- | ---: | --- |');
      for (const r of comparisonRows(view, m)) {
        const unit = r.unitView.self ? `**${markdownCell(r.unit)}**` : markdownCell(r.unit);
        lines.push(`| ${[unit, r.figure, r.rate, r.position, r.rank, r.direction].map((c, i) => (i === 0 ? c : markdownCell(c))).join(' | ')} |`);
      }
      lines.push('', 'The funnel plot in words:', '', ...funnelSentences(view, m).map((s) => `- ${markdownText(s)}`), '');
    }
  }
  return lines;
}

/** The objective as the plan states it. */
function statedLines(objective: ReportObjective): string[] {
  const { description, facts, notes } = objectiveFacts(objective);
  const lines: string[] = [];
  if (description) lines.push(markdownText(description), '');
  if (facts.length > 0) lines.push(facts.map((f) => `**${f.label}:** ${markdownText(f.text)}`).join('  \n'), '');
  for (const n of notes) lines.push(`${statusLabel(n.status)}: ${n.text}.`, '');
  return lines;
}

/** Why a measure has no target, and the owner's latest comment: the narrative beside the figures. */
function narrativeLines(measures: ReportMeasure[]): string[] {
  const lines: string[] = [];
  for (const m of measures) {
    const name = `**${markdownText(m.id)}** ${markdownText(m.title)}`;
    if (m.monitorReason) lines.push(`- ${name}: no target, by decision. ${markdownText(m.monitorReason)}`);
    if (m.override) lines.push(`- ${name}: ${markdownText(judgedStatus(m))}. ${markdownText(judgementReason(m))}`);
    const latest = m.commentary?.[m.commentary.length - 1];
    if (latest) lines.push(`- ${name}, commentary of ${longDate(latest.date)}: ${markdownText(latest.text)}`);
  }
  return lines.length > 0 ? ['Commentary:', '', ...lines, ''] : [];
}

/** A plan's title for a heading, found by its id; the id when the plan is not in the report. */
function planName(plans: { id: string; title: string }[], id: string): string {
  return plans.find((p) => p.id === id)?.title || id;
}

/** "What is being done": the objective's actions as a table. */
function actionLines(objective: ReportObjective): string[] {
  const actions = objective.actions ?? [];
  if (actions.length === 0) return [];
  const lines = ['What is being done:', '', '| Action | Owner | Due | Status | Latest update | Meant to move |', '| --- | --- | --- | --- | --- | --- |'];
  for (const a of actions) {
    const update = latestUpdate(a);
    const answers = a.recommendation ? ` (answers recommendation ${markdownCell(a.recommendation)})` : '';
    lines.push(
      `| ${[
        `**${markdownCell(a.id)}** ${markdownCell(a.title)}${answers}`,
        a.owner ? markdownCell(a.owner) : '–',
        a.due ? longDate(a.due) : '–',
        `${actionStatusText(a)}${a.done ? ` (${longDate(a.done)})` : ''}`,
        update ? `${longDate(update.date)}: ${markdownCell(update.text)}` : '–',
        a.measures.length > 0 ? a.measures.map(markdownCell).join(', ') : '–',
      ].join(' | ')} |`,
    );
  }
  return [...lines, ''];
}

/** Beside each red measure: the open actions that name it, or that there are none. */
function besideRedLines(plan: ReportPlan, measures: ReportMeasure[]): string[] {
  const lines: string[] = [];
  for (const m of measures) {
    if (m.status !== 'off-track' && m.status !== 'missed') continue;
    const actions = openActionsFor(plan, m.id);
    const doing = actions.length > 0 ? actions.map((a) => `**${markdownText(a.id)}** ${markdownText(a.title)} (${[actionStatusText(a), a.due ? `due ${longDate(a.due)}` : '', a.owner ? markdownText(a.owner) : ''].filter(Boolean).join(', ')})`).join('; ') : 'no open action names this measure.';
    lines.push(`- **${markdownText(m.id)}** ${markdownText(m.title)} is ${m.status}. What is being done: ${doing}`);
  }
  return lines.length > 0 ? [...lines, ''] : [];
}

/** The Panel's recommendations, overdue first. */
function recommendationLines(plan: ReportPlan): string[] {
  const list = recommendationsInOrder(plan.recommendations);
  if (list.length === 0) return [];
  const lines = ['### Panel recommendations', '', '| Made | Recommendation | Response | Accepted | Due | State |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of list) {
    const response = r.response ? `${longDate(r.response.date)}${r.response.text ? `: ${markdownCell(r.response.text)}` : ''}` : 'No response yet';
    lines.push(
      `| ${[
        longDate(r.date),
        `**${markdownCell(r.id)}** ${markdownCell(r.text)}${r.from ? ` (${markdownCell(r.from)})` : ''}`,
        response,
        r.response ? acceptedText(r.response.accepted) : '–',
        r.due ? longDate(r.due) : '–',
        `**${recommendationStateText(r.state)}**${r.closed ? ` (${longDate(r.closed)})` : ''}`,
      ].join(' | ')} |`,
    );
  }
  return [...lines, ''];
}

/** The report as Markdown text, ending with a newline. */
export function reportMarkdown(input: ModelInput): string {
  const model = toReportModel(input);
  const title = model.title ?? (model.plans.length === 1 ? model.plans[0].title : undefined) ?? 'Police and Crime Plan scorecard';
  const panel = model.panel === true;
  const out: string[] = [`# ${markdownText(title)}`, '', `As of ${longDate(model.asOf)}.`, ''];
  if (model.since !== undefined) {
    const groups = changeLinesForReaders(model.changes ?? []);
    out.push(`## ${markdownText(sinceHeading(model.since))}`, '');
    if (groups.length === 0) out.push(markdownText(noChangesLine(model.since)), '');
    for (const g of groups) {
      if (groups.length > 1) out.push(`**${markdownText(planName(model.plans, g.plan))}**`, '');
      out.push(...g.lines.map((line) => `- ${markdownText(line)}`), '');
    }
  }
  if (model.plans.length > 0) out.push(...keyMarkdown(2));
  if (model.plans.length === 0) out.push(panel ? 'Nothing to score: the plan could not be read.' : 'Nothing to score: the plan could not be read. See the findings below.', '');
  for (const plan of model.plans) {
    const shown = measuresByObjective<ReportMeasure, ReportObjective>(plan);
    if (model.plans.length > 1 || plan.title !== title) out.push(`## ${markdownText(plan.title || plan.id || plan.file)}`, '');
    if (!panel) out.push(`Plan file: ${markdownCode(plan.file)}`, '');
    out.push(`**Objectives:** ${countsText(plan.summary?.objectives ?? {})}  `, `**Measures:** ${countsText(plan.summary?.measures ?? {})}`, '');
    out.push('| Status | Objective | Measures |', '| --- | --- | ---: |');
    for (const o of plan.objectives) out.push(`| ${statusLabel(o.status)} | **${markdownCell(o.id)}** ${markdownCell(o.title)} | ${o.measures.length} |`);
    out.push('', ...recommendationLines(plan));
    for (const objective of plan.objectives) {
      out.push(`### ${markdownText(objective.id)} ${markdownText(objective.title)}: ${statusLabel(objective.status)}`, '');
      out.push(...statedLines(objective));
      if (objective.direction) out.push(`Monitored: the worst direction of travel among its high-level measures is ${verdictText(objective.direction)}.`, '');
      const rows = shown.get(objective) ?? [];
      if (rows.length === 0) {
        out.push('No measures.', '', ...actionLines(objective));
        continue;
      }
      out.push(...objectiveTable(rows), '', ...actionLines(objective));
      const qualitative = rows.filter(({ measure }) => measure.type === 'qualitative');
      if (qualitative.length > 0) {
        out.push('Qualitative evidence:', '');
        for (const { measure } of qualitative) out.push(...evidenceLines(measure));
      }
      out.push(...fiveYearLines(rows.map(({ measure }) => measure)));
      out.push(...comparisonLines(rows.map(({ measure }) => measure)));
      out.push(...narrativeLines(rows.map(({ measure }) => measure)));
      out.push(...besideRedLines(plan, rows.map(({ measure }) => measure)));
    }
  }
  if (!panel) {
    out.push(`## Findings (${model.findings.length})`, '');
    if (model.findings.length === 0) out.push('No findings: the plans meet the format and every lint rule.');
    for (const f of model.findings) {
      out.push(`- **${f.severity}** ${markdownCode(`${f.file}:${f.range?.start?.line ?? 1}:${f.range?.start?.column ?? 1}`)} ${markdownText(f.message)} (${markdownText(f.rule)})`);
    }
    out.push('');
  }
  out.push('## Sources', '', `Evaluated as of ${longDate(model.asOf)}${model.asOf ? ` (${model.asOf})` : ''}; figures after that date are left out.`, '');
  if (!panel) for (const s of model.sources ?? []) out.push(`- ${markdownCode(s)}`);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
