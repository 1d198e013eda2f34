// The Panel paper as data: every word and figure of the Word document decided here, so that the
// document builder only lays it out. Charts are slots the caller fills with an image or leaves
// to their words. Pure: no fs, no DOM.
import { toReportModel, type ModelInput, type ReportMeasure, type ReportObjective, type ReportPlan } from './model';
import { paperSubtitle } from './paper-words';
import { changeLinesForReaders, noChangesLine, sinceHeading } from '../present/changes';
import { controlText, currentText, gapText, keyEntries, keyTitle, longDate, measuresByObjective, orderedCounts, statusLabel, travelText, verdictText, withUnit } from '../present/index';

export interface PaperRow {
  nested: boolean;
  status: string;
  /** The status as a symbol and a word: "✖ off-track". */
  statusText: string;
  measure: string;
  current: string;
  expected: string;
  gap: string;
  direction: string;
  spc: string;
}

export interface PaperChart {
  /** The plan and measure the chart is of, to match a drawn image to its slot. */
  planId: string;
  measureId: string;
  caption: string;
  source: string | null;
}

export interface PaperAction {
  text: string;
  status: string;
}

export interface PaperObjective {
  heading: string;
  status: string;
  statusText: string;
  statement: string | null;
  note: string | null;
  rows: PaperRow[];
  charts: PaperChart[];
  narrative: string[];
  evidence: string[];
  actions: PaperAction[];
}

export interface PaperPlan {
  id: string;
  title: string;
  summary: { label: string; counts: { status: string; statusText: string; count: number }[] }[];
  objectives: PaperObjective[];
}

export interface Paper {
  title: string;
  subtitle: string;
  asOf: string;
  asOfText: string;
  key: { heading: string; lines: string[] };
  since: { heading: string; groups: { plan: string; lines: string[] }[]; none: string | null } | null;
  plans: PaperPlan[];
  measureHeadings: string[];
}

const statusText = statusLabel;

function row(m: ReportMeasure, nested: boolean): PaperRow {
  const numeric = m.type !== 'qualitative';
  const latestEvidence = m.evidence.length > 0 ? m.evidence[m.evidence.length - 1] : undefined;
  const tags = [m.tier === 'detailed' ? 'detailed' : '', m.stale ? 'stale' : ''].filter(Boolean);
  return {
    nested,
    status: m.status,
    statusText: statusText(m.status),
    measure: `${nested ? '↳ ' : ''}${m.id} ${m.title}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`,
    current: numeric ? (m.current ? currentText(m) : '–') : latestEvidence ? `evidence of ${longDate(latestEvidence.date)}` : '–',
    expected: numeric ? withUnit(m.expected, m) : '–',
    gap: numeric ? gapText(m) : '–',
    direction: numeric ? travelText(m) : '–',
    spc: numeric ? controlText(m) : '–',
  };
}

function narrativeOf(measures: ReportMeasure[]): string[] {
  const lines: string[] = [];
  for (const m of measures) {
    if (m.monitorReason) lines.push(`${m.id} ${m.title}: no target, by decision. ${m.monitorReason}`);
    const latest = m.commentary?.[m.commentary.length - 1];
    if (latest) lines.push(`${m.id} ${m.title}, commentary of ${longDate(latest.date)}: ${latest.text}`);
  }
  return lines;
}

function evidenceOf(measures: ReportMeasure[]): string[] {
  return measures
    .filter((m) => m.type === 'qualitative')
    .flatMap((m) => {
      const items = [...m.evidence].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      if (items.length === 0) return [`${m.id} ${m.title}: no evidence recorded as of this date.`];
      return items.map((e) => `${m.id} ${m.title}, ${longDate(e.date)}: ${statusText(e.assessment)}. ${e.summary}`);
    });
}

/** Actions as written, with their state as of the date from the evaluation where it has one. */
function actionsOf(objective: ReportObjective): PaperAction[] {
  const evaluated: unknown = (objective as { actions?: unknown }).actions;
  const states = new Map<string, { status?: string; overdue?: boolean }>();
  if (Array.isArray(evaluated)) for (const a of evaluated) if (a && typeof a.id === 'string') states.set(a.id, a);
  return (objective.writtenActions ?? []).map((a) => {
    const state = states.get(a.id);
    const status = state?.overdue ? 'overdue' : (state?.status ?? a.status ?? 'planned');
    const details = [a.owner ? `owner: ${a.owner}` : '', a.due ? `due ${longDate(a.due)}` : ''].filter(Boolean).join(', ');
    return { status, text: `${a.id} ${a.title}${details ? ` (${details})` : ''}: ${status}.` };
  });
}

function objectiveOf(plan: ReportPlan, o: ReportObjective, ordered: { measure: ReportMeasure; nested: boolean }[]): PaperObjective {
  return {
    heading: `${o.id} ${o.title}`,
    status: o.status,
    statusText: statusText(o.status),
    statement: o.description ?? null,
    note: o.direction ? `Monitored: the worst direction of travel among its high-level measures is ${verdictText(o.direction)}.` : null,
    rows: ordered.map(({ measure, nested }) => row(measure, nested)),
    charts: ordered
      .filter(({ measure }) => measure.type !== 'qualitative')
      .map(({ measure }) => ({ planId: plan.id, measureId: measure.id, caption: `${measure.id} ${measure.title}: ${statusText(measure.status)}`, source: measure.source ? `Source: ${measure.source}` : null })),
    narrative: narrativeOf(ordered.map(({ measure }) => measure)),
    evidence: evidenceOf(ordered.map(({ measure }) => measure)),
    actions: actionsOf(o),
  };
}

/** The paper for a report model: cover, key, what changed, then each plan's objectives. */
export function buildPaper(input: ModelInput): Paper {
  const model = toReportModel(input);
  const title = model.title ?? (model.plans.length === 1 ? model.plans[0].title : undefined) ?? 'Police and Crime Plan scorecard';
  const groups = model.since !== undefined ? changeLinesForReaders(model.changes ?? []) : [];
  return {
    title: title || 'Police and Crime Plan scorecard',
    subtitle: paperSubtitle,
    asOf: model.asOf,
    asOfText: `As of ${longDate(model.asOf)}`,
    key: { heading: keyTitle, lines: keyEntries.map((e) => `${e.term}: ${e.text}`) },
    since: model.since === undefined ? null : { heading: sinceHeading(model.since), groups, none: groups.length === 0 ? noChangesLine(model.since) : null },
    plans: model.plans.map((p) => ({
      id: p.id,
      title: p.title || p.id || 'Untitled plan',
      summary: [
        { label: 'Objectives', counts: orderedCounts(p.summary?.objectives ?? {}).map(([status, count]) => ({ status, statusText: statusText(status), count })) },
        { label: 'Measures', counts: orderedCounts(p.summary?.measures ?? {}).map(([status, count]) => ({ status, statusText: statusText(status), count })) },
      ],
      objectives: (() => {
        // detailed measures under the high-level measure they support, as every output reads them
        const byObjective = measuresByObjective<ReportMeasure, ReportObjective>(p);
        return p.objectives.map((o) => objectiveOf(p, o, byObjective.get(o) ?? []));
      })(),
    })),
    measureHeadings: ['Status', 'Measure', 'Current', 'Expected', 'Gap to the trajectory', 'Direction of travel', 'Control limits'],
  };
}
