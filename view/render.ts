// The one renderer of a scorecard in a browser: the Panel report and the editor's preview both
// call renderInto with a JSON model. Every plan string goes into the DOM as text, never as markup.
import type { ReportMeasure, ReportModel, ReportObjective, ReportPlan, ModelInput } from '../core/report/model';
import { toReportModel } from '../core/report/model';
import { acceptedText, actionStatusText, actionTone, controlText, currentWhen, figureText, fiveYears, gapText, judgedStatus, judgementReason, keyEntries, keyTitle, latestUpdate, longDate, measuresByObjective, objectiveFacts, openActionsFor, orderedCounts, recommendationStateText, recommendationTone, recommendationsInOrder, safeLink, statusSymbol, statusTone, travelText, travelTone, variationTone, verdictText, withUnit, yearToDateLine } from '../core/present/index';
import type { ActionResult } from '../core/results';
import type { Finding } from '../core/types';
import type { Chart, ChartOptions } from './chart';
import { changesSection } from './changes';
import { append, el, pathAttr } from './dom';
import { chartSummary } from './summary';
import { funnelFigures } from './funnel-figure';
import type { FunnelView } from '../core/present/comparisons';
import { readTheme } from './theme';

export interface RenderOptions {
  /** Rows can be clicked (or Enter pressed) to reveal the measure in the editor. Default false. */
  interactive?: boolean;
  /** Draw charts (default true). */
  charts?: boolean;
  /** Canvas pixels per CSS pixel; default the window's. Reports ask for 2 so that charts print sharply. */
  pixelRatio?: number;
  /** Called, besides the 'plan-score:reveal' event, when a row asks to be revealed. */
  onReveal?: (detail: RevealDetail) => void;
  /** The Panel's view (the editor's preview): no file paths and no lint findings, which the editor shows itself. */
  forPanel?: boolean;
  /** Draws a measure's chart on its canvas (the browser bundle passes chart.js's); without it, charts stay as text. */
  draw?: (canvas: HTMLCanvasElement, measure: ReportMeasure, options: ChartOptions) => Chart | undefined;
  /** Draws a comparison's funnel plot on its canvas; without it, the plot stays as its table and words. */
  drawFunnel?: (canvas: HTMLCanvasElement, view: FunnelView, options: ChartOptions & { type: string }) => Chart | undefined;
}

export interface RevealDetail {
  file: string;
  path: (string | number)[] | null;
  objectiveId: string;
  measureId: string | null;
}

export const revealEvent = 'plan-score:reveal';

/** A canvas to draw on: a measure's chart, or one of its funnel plots. */
interface ToDraw {
  canvas: HTMLCanvasElement;
  measure: ReportMeasure;
  funnel?: FunnelView;
}

interface Rendered {
  charts: Chart[];
  funnels: { chart: Chart; view: FunnelView }[];
  cleanup: (() => void)[];
}

const rendered = new WeakMap<HTMLElement, Rendered>();

function statusBadge(doc: Document, status: string, tag: 'span' | 'strong' = 'span'): HTMLElement {
  return el(doc, tag, { class: `ps-status ps-tone-${statusTone(status)}`, 'data-status': status }, el(doc, 'span', { class: 'ps-symbol', 'aria-hidden': 'true' }, statusSymbol(status)), ' ', el(doc, 'span', { class: 'ps-word' }, status));
}

function countsList(doc: Document, label: string, counts: Partial<Record<string, number>>): HTMLElement {
  const entries = orderedCounts(counts ?? {});
  const list = el(doc, 'ul', { class: 'ps-counts' });
  for (const [status, n] of entries) list.append(el(doc, 'li', { 'data-status': status }, el(doc, 'span', { class: 'ps-count' }, String(n)), ' ', statusBadge(doc, status)));
  if (entries.length === 0) list.append(el(doc, 'li', {}, 'none'));
  return el(doc, 'div', { class: 'ps-summary-group' }, el(doc, 'h3', {}, label), list);
}

function cell(doc: Document, cls: string, text: string, tone?: string): HTMLTableCellElement {
  return el(doc, 'td', { class: tone ? `${cls} ps-tone-${tone}` : cls }, text);
}

function measureRow(doc: Document, plan: ReportPlan, objective: ReportObjective, measure: ReportMeasure, nested: boolean, options: RenderOptions): HTMLTableRowElement {
  const numeric = measure.type !== 'qualitative';
  const title = el(doc, 'td', { class: 'ps-measure-title' }, el(doc, 'span', { class: 'ps-id' }, measure.id), ' ', measure.title);
  if (measure.tier === 'detailed') append(title, ' ', el(doc, 'span', { class: 'ps-tag' }, 'detailed'));
  if (measure.stale) append(title, ' ', el(doc, 'span', { class: 'ps-tag ps-stale', title: 'No figures for two reporting periods' }, 'stale'));
  const current = measure.current ? figureText(measure.current.value, measure, measure.interval) : '–';
  const currentCell = el(doc, 'td', { class: 'ps-num ps-current' }, current);
  if (measure.current) append(currentCell, el(doc, 'span', { class: 'ps-at' }, currentWhen(measure)));
  const latestEvidence = measure.evidence.length > 0 ? measure.evidence[measure.evidence.length - 1] : undefined;
  const directionCell = cell(doc, 'ps-direction', numeric ? travelText(measure) : '–', travelTone(measure.direction?.verdict));
  const yearToDate = yearToDateLine(measure);
  if (yearToDate) append(directionCell, el(doc, 'span', { class: 'ps-at ps-ytd' }, yearToDate));
  const row = el(
    doc,
    'tr',
    {
      class: `ps-row${nested ? ' ps-nested' : ''}`,
      'data-measure-id': measure.id,
      'data-objective-id': objective.id,
      'data-file': plan.file,
      'data-path': pathAttr(measure.path),
      'data-status': measure.status,
    },
    el(doc, 'td', { class: 'ps-status-cell' }, statusBadge(doc, measure.status), ...(measure.override ? [el(doc, 'span', { class: 'ps-at ps-judged' }, judgedStatus(measure) ?? '')] : [])),
    title,
    numeric ? currentCell : el(doc, 'td', { class: 'ps-current' }, latestEvidence ? longDate(latestEvidence.date) : '–'),
    cell(doc, 'ps-num ps-expected', numeric ? withUnit(measure.expected, measure) : '–'),
    cell(doc, 'ps-gap', numeric ? gapText(measure) : '–', measure.gap === null ? undefined : measure.gap >= 0 ? 'good' : 'bad'),
    directionCell,
    cell(doc, 'ps-spc', numeric ? controlText(measure) : '–', variationTone(measure.spc?.variation)),
  );
  if (options.interactive) {
    row.classList.add('ps-clickable');
    row.tabIndex = 0;
    row.setAttribute('title', 'Show this measure in the plan file');
    const reveal = (): void => {
      const detail: RevealDetail = { file: plan.file, path: measure.path ?? null, objectiveId: objective.id, measureId: measure.id };
      row.dispatchEvent(new (doc.defaultView?.CustomEvent ?? CustomEvent)(revealEvent, { bubbles: true, detail }));
      options.onReveal?.(detail);
    };
    row.addEventListener('click', reveal);
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        reveal();
      }
    });
  }
  return row;
}

function measuresTable(doc: Document, plan: ReportPlan, objective: ReportObjective, rows: { measure: ReportMeasure; nested: boolean }[], options: RenderOptions): HTMLTableElement {
  const head = el(doc, 'thead', {}, el(doc, 'tr', {}, ...['Status', 'Measure', 'Current', 'Expected', 'Gap to the trajectory', 'Direction of travel', 'Control limits'].map((h) => el(doc, 'th', { scope: 'col' }, h))));
  const body = el(doc, 'tbody');
  for (const { measure, nested } of rows) body.append(measureRow(doc, plan, objective, measure, nested, options));
  return el(doc, 'table', { class: 'ps-measures' }, el(doc, 'caption', { class: 'ps-visually-hidden' }, `Measures of ${objective.id}`), head, body);
}

/** Why a measure has no target, and the owner's latest comment, beside its chart or evidence. */
function narrative(doc: Document, measure: ReportMeasure): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (measure.monitorReason) parts.push(el(doc, 'p', { class: 'ps-note ps-reason' }, el(doc, 'strong', {}, 'No target, by decision: '), measure.monitorReason));
  if (measure.override) parts.push(el(doc, 'p', { class: 'ps-note ps-judgement' }, el(doc, 'strong', {}, `${judgedStatus(measure)}. `), judgementReason(measure) ?? ''));
  const latest = measure.commentary?.[measure.commentary.length - 1];
  if (latest) parts.push(el(doc, 'p', { class: 'ps-note ps-comment' }, el(doc, 'strong', {}, `Commentary, ${longDate(latest.date)}: `), latest.text));
  return parts;
}

function evidenceBlock(doc: Document, measure: ReportMeasure, after: HTMLElement[] = []): HTMLElement {
  const list = el(doc, 'ol', { class: 'ps-evidence-list', reversed: '' });
  const items = [...measure.evidence].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const item of items) {
    const li = el(doc, 'li', { 'data-assessment': item.assessment }, el(doc, 'time', { datetime: item.date }, longDate(item.date)), ' ', statusBadge(doc, item.assessment), ' ', el(doc, 'span', { class: 'ps-summary-text' }, item.summary));
    const href = safeLink(item.link);
    if (href) append(li, ' ', el(doc, 'a', { href, rel: 'noopener noreferrer', target: '_blank', class: 'ps-link' }, href));
    else if (item.link) append(li, ' ', el(doc, 'span', { class: 'ps-link-text' }, `(${item.link})`));
    list.append(li);
  }
  if (items.length === 0) list.append(el(doc, 'li', { class: 'ps-muted' }, 'No evidence recorded as of this date.'));
  return el(doc, 'div', { class: 'ps-evidence', 'data-measure-id': measure.id }, el(doc, 'h4', {}, el(doc, 'span', { class: 'ps-id' }, measure.id), ' ', measure.title, ' ', statusBadge(doc, measure.status)), list, ...narrative(doc, measure), ...after);
}

/** "A1.1 Title (in progress, due 30 June 2015, Superintendent)". */
function actionLine(action: ActionResult): string {
  const parts = [actionStatusText(action), action.due ? `due ${longDate(action.due)}` : '', action.owner ?? ''].filter(Boolean);
  return `${action.id} ${action.title} (${parts.join(', ')})`;
}

/** Beside a red measure: the open actions that name it, or that there are none. */
function besideRed(doc: Document, plan: ReportPlan, measure: ReportMeasure): HTMLElement[] {
  if (measure.status !== 'off-track' && measure.status !== 'missed') return [];
  const actions = openActionsFor(plan, measure.id);
  const label = el(doc, 'strong', {}, 'What is being done: ');
  if (actions.length === 0) return [el(doc, 'p', { class: 'ps-note ps-being-done ps-tone-bad' }, label, 'no open action names this measure.')];
  return [el(doc, 'p', { class: 'ps-note ps-being-done' }, label, actions.map(actionLine).join('; '))];
}

/** "What is being done": the objective's actions, each with its owner, due date, status, latest update and the measures it should move. */
function actionsBlock(doc: Document, objective: ReportObjective): HTMLElement[] {
  const actions = objective.actions ?? [];
  if (actions.length === 0) return [];
  const head = el(doc, 'thead', {}, el(doc, 'tr', {}, ...['Action', 'Owner', 'Due', 'Status', 'Latest update', 'Meant to move'].map((h) => el(doc, 'th', { scope: 'col' }, h))));
  const body = el(doc, 'tbody');
  for (const a of actions) {
    const update = latestUpdate(a);
    const updateCell = el(doc, 'td', { class: 'ps-update' }, update ? update.text : '–');
    if (update) append(updateCell, el(doc, 'span', { class: 'ps-at' }, longDate(update.date)));
    const statusCell = el(doc, 'td', { class: `ps-action-status ps-tone-${actionTone(a)}` }, actionStatusText(a));
    if (a.done) append(statusCell, el(doc, 'span', { class: 'ps-at' }, longDate(a.done)));
    body.append(
      el(
        doc,
        'tr',
        { 'data-action-id': a.id, 'data-status': a.status, 'data-overdue': String(a.overdue) },
        el(doc, 'td', {}, el(doc, 'span', { class: 'ps-id' }, a.id), ' ', a.title, ...(a.recommendation ? [el(doc, 'span', { class: 'ps-at' }, `Answers recommendation ${a.recommendation}`)] : [])),
        el(doc, 'td', {}, a.owner ?? '–'),
        el(doc, 'td', { class: 'ps-num' }, a.due ? longDate(a.due) : '–'),
        statusCell,
        updateCell,
        el(doc, 'td', {}, a.measures.length > 0 ? a.measures.join(', ') : '–'),
      ),
    );
  }
  const table = el(doc, 'table', { class: 'ps-actions' }, el(doc, 'caption', { class: 'ps-visually-hidden' }, `Actions of ${objective.id}`), head, body);
  return [el(doc, 'h4', { class: 'ps-subhead' }, 'What is being done'), table];
}

/** The Panel's recommendations, overdue first: made, text, response, accepted, due, state. */
function recommendationsBlock(doc: Document, plan: ReportPlan): HTMLElement[] {
  const list = recommendationsInOrder(plan.recommendations);
  if (list.length === 0) return [];
  const head = el(doc, 'thead', {}, el(doc, 'tr', {}, ...['Made', 'Recommendation', 'Response', 'Accepted', 'Due', 'State'].map((h) => el(doc, 'th', { scope: 'col' }, h))));
  const body = el(doc, 'tbody');
  for (const r of list) {
    const made = el(doc, 'td', { class: 'ps-num' }, longDate(r.date));
    const text = el(doc, 'td', {}, el(doc, 'span', { class: 'ps-id' }, r.id), ' ', r.text);
    if (r.from) append(text, el(doc, 'span', { class: 'ps-at' }, `From the ${r.from.replace(/^the /i, '')}`));
    const response = el(doc, 'td', {}, r.response ? (r.response.text ?? 'Answered') : 'No response yet');
    if (r.response) append(response, el(doc, 'span', { class: 'ps-at' }, longDate(r.response.date)));
    const state = el(doc, 'td', { class: `ps-tone-${recommendationTone(r.state)}` }, el(doc, 'strong', {}, recommendationStateText(r.state)));
    if (r.closed) append(state, el(doc, 'span', { class: 'ps-at' }, longDate(r.closed)));
    body.append(el(doc, 'tr', { 'data-recommendation-id': r.id, 'data-state': r.state }, made, text, response, el(doc, 'td', {}, r.response ? acceptedText(r.response.accepted) : '–'), el(doc, 'td', { class: 'ps-num' }, r.due ? longDate(r.due) : '–'), state));
  }
  return [el(doc, 'h3', {}, 'Panel recommendations'), el(doc, 'table', { class: 'ps-recommendations' }, el(doc, 'caption', { class: 'ps-visually-hidden' }, 'Panel recommendations, overdue first'), head, body)];
}

/** The objective as the plan states it: description, owner, partners, due date, early win, and what its detailed measures say. */
function objectiveStated(doc: Document, objective: ReportObjective): HTMLElement[] {
  const { description, facts, notes } = objectiveFacts(objective);
  const parts: HTMLElement[] = [];
  if (description) parts.push(el(doc, 'p', { class: 'ps-description' }, description));
  if (facts.length > 0) {
    const list = el(doc, 'dl', { class: 'ps-facts' });
    for (const f of facts) list.append(el(doc, 'div', {}, el(doc, 'dt', {}, f.label), el(doc, 'dd', {}, f.text)));
    parts.push(list);
  }
  for (const note of notes) parts.push(el(doc, 'p', { class: 'ps-note ps-detail-note' }, statusBadge(doc, note.status), ' ', note.text));
  return parts;
}

/** Up to five financial years of a measure, with the change each year. */
function fiveYearTable(doc: Document, measure: ReportMeasure): HTMLElement | undefined {
  const rows = fiveYears(measure);
  if (rows.length === 0) return undefined;
  const what = measure.type === 'count' ? 'totals for each year' : 'the figure at each year end';
  const body = el(doc, 'tbody');
  for (const r of rows) body.append(el(doc, 'tr', {}, el(doc, 'th', { scope: 'row' }, r.year), el(doc, 'td', { class: 'ps-num' }, withUnit(r.value, measure)), el(doc, 'td', { class: 'ps-muted' }, r.note), el(doc, 'td', {}, r.change || '–')));
  return el(
    doc,
    'table',
    { class: 'ps-years' },
    el(doc, 'caption', {}, `${measure.id} over five years: ${what} (financial years, April to March)`),
    el(doc, 'thead', {}, el(doc, 'tr', {}, ...['Year', 'Figure', 'What it is', 'Change on the year before'].map((h) => el(doc, 'th', { scope: 'col' }, h)))),
    body,
  );
}

/**
 * The five-year figures of all an objective's numeric measures in one table, years across: what
 * print shows instead of a table under each chart, so that an objective keeps to its page.
 */
function objectiveYearsTable(doc: Document, objective: ReportObjective, measures: ReportMeasure[]): HTMLElement | undefined {
  const byMeasure = measures.map((m) => ({ m, rows: fiveYears(m) })).filter((x) => x.rows.length > 0);
  if (byMeasure.length === 0) return undefined;
  const years = [...new Set(byMeasure.flatMap((x) => x.rows.map((r) => r.year)))].sort().slice(-5);
  const body = el(doc, 'tbody');
  for (const { m, rows } of byMeasure) {
    const cells = years.map((year) => {
      const r = rows.find((row) => row.year === year);
      if (!r) return el(doc, 'td', { class: 'ps-num' }, '–');
      const cell = el(doc, 'td', { class: 'ps-num' }, withUnit(r.value, m));
      if (r.note !== 'total' && !r.note.startsWith('at ')) append(cell, el(doc, 'span', { class: 'ps-at' }, r.note));
      if (r.change) append(cell, el(doc, 'span', { class: 'ps-at' }, r.change));
      return cell;
    });
    body.append(el(doc, 'tr', {}, el(doc, 'th', { scope: 'row' }, el(doc, 'span', { class: 'ps-id' }, m.id), ' ', m.title), ...cells));
  }
  return el(
    doc,
    'table',
    { class: 'ps-years ps-years-all' },
    el(doc, 'caption', {}, `${objective.id} over five years: totals for each year for counts, the figure at each year end otherwise (financial years, April to March)`),
    el(doc, 'thead', {}, el(doc, 'tr', {}, el(doc, 'th', { scope: 'col' }, 'Measure'), ...years.map((y) => el(doc, 'th', { scope: 'col', class: 'ps-num' }, y)))),
    body,
  );
}

/** "How to read this report": open at the top of the Panel's report, folded in the officer's view. */
function keySection(doc: Document, open: boolean): HTMLElement {
  const list = el(doc, 'dl', { class: 'ps-key-list' });
  for (const entry of keyEntries) list.append(el(doc, 'div', {}, el(doc, 'dt', {}, entry.term), el(doc, 'dd', {}, entry.text)));
  if (open) return el(doc, 'section', { class: 'ps-key', 'aria-labelledby': 'ps-key-title' }, el(doc, 'h2', { id: 'ps-key-title' }, keyTitle), list);
  return el(doc, 'details', { class: 'ps-key' }, el(doc, 'summary', {}, keyTitle), list);
}

function objectiveSection(doc: Document, plan: ReportPlan, objective: ReportObjective, rows: { measure: ReportMeasure; nested: boolean }[], options: RenderOptions, charts: ToDraw[]): HTMLElement {
  const section = el(
    doc,
    'section',
    { class: 'ps-objective', 'data-objective-id': objective.id, 'data-status': objective.status, 'data-path': pathAttr(objective.path) },
    el(doc, 'h3', {}, statusBadge(doc, objective.status, 'strong'), ' ', el(doc, 'span', { class: 'ps-id' }, objective.id), ' ', objective.title),
  );
  append(section, ...objectiveStated(doc, objective));
  if (objective.direction) append(section, el(doc, 'p', { class: 'ps-muted' }, `Monitored: the worst direction of travel among its high-level measures is ${verdictText(objective.direction)}.`));
  if (rows.length === 0) {
    append(section, el(doc, 'p', { class: 'ps-muted' }, 'No measures.'), ...actionsBlock(doc, objective));
    return section;
  }
  append(section, measuresTable(doc, plan, objective, rows, options), ...actionsBlock(doc, objective));
  const figures = el(doc, 'div', { class: 'ps-charts' });
  const evidence = el(doc, 'div', { class: 'ps-evidence-group' });
  for (const { measure } of rows) {
    if (measure.type === 'qualitative') {
      evidence.append(evidenceBlock(doc, measure, besideRed(doc, plan, measure)));
      continue;
    }
    const summary = chartSummary(measure);
    const canvas = el(doc, 'canvas', { role: 'img', 'aria-label': `Chart of ${measure.id}: ${summary}`, 'data-measure-id': measure.id }, summary);
    const figure = el(
      doc,
      'figure',
      { class: 'ps-chart', 'data-measure-id': measure.id },
      el(doc, 'figcaption', {}, el(doc, 'span', { class: 'ps-id' }, measure.id), ' ', measure.title, ' ', statusBadge(doc, measure.status)),
      el(doc, 'div', { class: 'ps-canvas-box' }, canvas),
    );
    const years = fiveYearTable(doc, measure);
    if (years) append(figure, years);
    if (measure.source) append(figure, el(doc, 'p', { class: 'ps-source' }, `Source: ${measure.source}`));
    for (const part of [...narrative(doc, measure), ...besideRed(doc, plan, measure)]) append(figure, part);
    figures.append(figure);
    charts.push({ canvas, measure });
    for (const funnel of funnelFigures(doc, measure)) {
      figures.append(funnel.element);
      charts.push({ canvas: funnel.canvas, measure, funnel: funnel.view });
    }
  }
  if (figures.childElementCount > 0) section.append(figures);
  const allYears = objectiveYearsTable(doc, objective, rows.map(({ measure }) => measure));
  if (allYears) section.append(allYears);
  if (evidence.childElementCount > 0) section.append(el(doc, 'h4', { class: 'ps-subhead' }, 'Qualitative evidence'), evidence);
  return section;
}

function planSection(doc: Document, plan: ReportPlan, panel: boolean, options: RenderOptions & { titled?: boolean }, charts: ToDraw[]): HTMLElement {
  const overview = el(doc, 'table', { class: 'ps-overview' }, el(doc, 'thead', {}, el(doc, 'tr', {}, el(doc, 'th', { scope: 'col' }, 'Status'), el(doc, 'th', { scope: 'col' }, 'Objective'), el(doc, 'th', { scope: 'col', class: 'ps-num' }, 'Measures'))));
  const body = el(doc, 'tbody');
  for (const o of plan.objectives) body.append(el(doc, 'tr', { 'data-objective-id': o.id, 'data-status': o.status }, el(doc, 'td', {}, statusBadge(doc, o.status)), el(doc, 'td', {}, el(doc, 'span', { class: 'ps-id' }, o.id), ' ', o.title), el(doc, 'td', { class: 'ps-num' }, String(o.measures.length))));
  overview.append(body);
  const section = el(
    doc,
    'section',
    { class: 'ps-plan', 'data-plan-id': plan.id, 'data-file': plan.file },
    // the title once: a single plan's title is already the page's heading, and a heading only
    // screen readers see keeps the outline in order (h1, h2, then the summary's h3)
    options.titled === false ? el(doc, 'h2', { class: 'ps-visually-hidden' }, 'Scorecard') : el(doc, 'h2', {}, plan.title || plan.id || plan.file),
    ...(panel || options.forPanel ? [] : [el(doc, 'p', { class: 'ps-file' }, plan.file)]),
    el(doc, 'div', { class: 'ps-summary' }, countsList(doc, 'Objectives', plan.summary?.objectives ?? {}), countsList(doc, 'Measures', plan.summary?.measures ?? {})),
    overview,
    ...recommendationsBlock(doc, plan),
  );
  const shown = measuresByObjective<ReportMeasure, ReportObjective>(plan);
  for (const objective of plan.objectives) section.append(objectiveSection(doc, plan, objective, shown.get(objective) ?? [], options, charts));
  return section;
}

function findingsSection(doc: Document, findings: Finding[]): HTMLElement {
  const section = el(doc, 'section', { class: 'ps-findings' }, el(doc, 'h2', {}, `Findings (${findings.length})`));
  if (findings.length === 0) {
    section.append(el(doc, 'p', { class: 'ps-muted' }, 'No findings: the plans meet the format and every lint rule.'));
    return section;
  }
  const list = el(doc, 'ul', { class: 'ps-finding-list' });
  for (const f of findings) {
    const where = `${f.file}:${f.range?.start?.line ?? 1}:${f.range?.start?.column ?? 1}`;
    list.append(el(doc, 'li', { class: `ps-finding ps-severity-${f.severity}`, 'data-rule': f.rule, 'data-severity': f.severity, 'data-file': f.file, 'data-path': pathAttr(f.path) }, el(doc, 'span', { class: 'ps-severity' }, f.severity), ' ', el(doc, 'span', { class: 'ps-where' }, where), ' ', el(doc, 'span', { class: 'ps-message' }, f.message), ' ', el(doc, 'span', { class: 'ps-rule' }, f.rule)));
  }
  section.append(list);
  return section;
}

function destroy(root: HTMLElement): void {
  const previous = rendered.get(root);
  if (!previous) return;
  for (const chart of previous.charts) {
    try {
      chart.destroy();
    } catch {
      // A chart that cannot be destroyed holds nothing worth keeping.
    }
  }
  for (const fn of previous.cleanup) fn();
  rendered.delete(root);
}

/**
 * Renders the model into root, replacing whatever an earlier call drew there (charts are
 * destroyed first), so the editor can call it again on every change.
 */
export function renderInto(root: HTMLElement, input: ModelInput, options: RenderOptions = {}): ReportModel {
  const doc = root.ownerDocument;
  const model = toReportModel(input);
  destroy(root);
  const charts: ToDraw[] = [];
  const container = el(doc, 'div', { class: 'ps-report' });
  const title = model.title ?? (model.plans.length === 1 ? model.plans[0].title : 'Police and Crime Plan scorecard');
  container.append(el(doc, 'header', { class: 'ps-head' }, el(doc, 'h1', {}, title || 'Police and Crime Plan scorecard'), el(doc, 'p', { class: 'ps-asof' }, `As of ${longDate(model.asOf)}`)));
  const changes = changesSection(doc, model);
  if (changes) container.append(changes);
  const panel = model.panel === true || options.forPanel === true;
  if (model.plans.length > 0) container.append(keySection(doc, panel));
  if (model.plans.length === 0) container.append(el(doc, 'p', { class: 'ps-muted' }, panel ? 'Nothing to score: the plan could not be read.' : 'Nothing to score: the plan could not be read. See the findings below.'));
  const titled = !(model.plans.length === 1 && (model.plans[0].title || '') === (title || ''));
  for (const plan of model.plans) container.append(planSection(doc, plan, panel, { ...options, titled }, charts));
  if (!panel) container.append(findingsSection(doc, model.findings));
  const foot = el(doc, 'footer', { class: 'ps-foot' }, el(doc, 'p', {}, `Evaluated as of ${longDate(model.asOf)}${model.asOf ? ` (${model.asOf})` : ''}. Figures after that date are left out.`));
  if (!panel) {
    const sources = el(doc, 'ul', { class: 'ps-source-list' });
    for (const s of model.sources ?? []) sources.append(el(doc, 'li', {}, s));
    append(foot, el(doc, 'h3', {}, 'Source files'), sources);
  }
  container.append(foot);
  root.replaceChildren(container);
  root.classList.add('ps-root');

  const state: Rendered = { charts: [], funnels: [], cleanup: [] };
  rendered.set(root, state);
  const draw = options.draw;
  if (options.charts !== false && draw && charts.length > 0) {
    const theme = readTheme(root);
    for (const { canvas, measure, funnel } of charts) {
      const chart = funnel ? options.drawFunnel?.(canvas, funnel, { theme, pixelRatio: options.pixelRatio, type: measure.type }) : draw(canvas, measure, { theme, pixelRatio: options.pixelRatio });
      if (chart && funnel) state.funnels.push({ chart, view: funnel });
      if (chart) state.charts.push(chart);
      else {
        canvas.parentElement?.classList.add('ps-no-chart');
        canvas.parentElement?.append(el(doc, 'p', { class: 'ps-chart-fallback' }, canvas.textContent ?? ''));
      }
    }
    const win = doc.defaultView;
    if (win && state.charts.length > 0) {
      // Charts are sized for the screen; let them redraw for paper and back.
      const resize = (): void => {
        for (const c of state.charts) c.resize();
      };
      win.addEventListener('beforeprint', resize);
      win.addEventListener('afterprint', resize);
      state.cleanup.push(() => {
        win.removeEventListener('beforeprint', resize);
        win.removeEventListener('afterprint', resize);
      });
    }
  }
  return model;
}

/** The funnel plots drawn in root by the last renderInto, with what each shows. */
export function funnelsIn(root: HTMLElement): { chart: Chart; view: FunnelView }[] {
  return rendered.get(root)?.funnels ?? [];
}

/** The charts drawn in root by the last renderInto (for tests and the preview). */
export function chartsIn(root: HTMLElement): Chart[] {
  return rendered.get(root)?.charts ?? [];
}
