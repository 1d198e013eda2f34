// `score --format json` (DESIGN §6): the evaluation as it is, numbers unrounded, null where a field
// does not apply. The §6 fields come first; the rest (titles, series, evidence, commentary) follow.
// Indented two spaces, except that each series point, evidence item and comment takes one line: a
// plan's figures then read down the page, and a national set stays a size tools read quickly.
import type { Change } from '../../core/changes/index';
import type { ActionResult, AreaResult, MeasureResult, ObjectiveResult, PeersResult, PlanResult, RecommendationResult, ScoreResult } from '../../core/results';
import { plainFinding } from '../formatters/json';
import type { Finding } from '../../core/types';
import { indentedJson } from './json-text';
import type { ScorecardOptions } from './options';

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function measureJson(m: MeasureResult) {
  return {
    id: m.id,
    tier: m.tier,
    status: m.status,
    computedStatus: m.computedStatus ?? m.status,
    override: orNull(m.override),
    stale: m.stale,
    current: orNull(m.current),
    expected: orNull(m.expected),
    gap: orNull(m.gap),
    direction: orNull(m.direction),
    yearToDate: orNull(m.yearToDate),
    spc: orNull(m.spc),
    interval: orNull(m.interval),
    withinMargin: orNull(m.withinMargin),
    title: orNull(m.title),
    supports: orNull(m.supports),
    type: orNull(m.type),
    better: orNull(m.better),
    unit: orNull(m.unit),
    baseline: orNull(m.baseline),
    target: orNull(m.target),
    series: m.series ?? [],
    spcSegments: m.spcSegments ?? [],
    evidence: m.evidence ?? [],
    commentary: m.commentary ?? [],
    monitorReason: orNull(m.monitorReason),
    areas: m.areas ? m.areas.map(areaJson) : null,
    peers: m.peers ? peersJson(m.peers) : null,
  };
}

// actions and recommendations: the §4 fields first, then what the reports show
function actionJson(a: ActionResult) {
  const { id, status, due, overdue, ...rest } = a;
  return { id, status, due, overdue, ...rest };
}

function recommendationJson(r: RecommendationResult) {
  const { id, state, ...rest } = r;
  return { id, state, ...rest };
}

/** DESIGN §4.1: exactly these fields per area and per peer force. */
function areaJson(a: AreaResult) {
  return { id: a.id, current: orNull(a.current), rate: orNull(a.rate), direction: orNull(a.direction), spc: orNull(a.spc), position: orNull(a.position), rank: orNull(a.rank) };
}

function peersJson(p: PeersResult) {
  return { at: p.at, group: orNull(p.group), units: p.units.map((u) => ({ force: u.force, value: u.value, rate: orNull(u.rate), position: orNull(u.position), rank: orNull(u.rank) })) };
}

function objectiveJson(o: ObjectiveResult) {
  return {
    id: o.id,
    status: o.status,
    measures: o.measures.map(measureJson),
    actions: (o.actions ?? []).map(actionJson),
    title: orNull(o.title),
    direction: orNull(o.direction),
  };
}

function planJson(p: PlanResult) {
  return {
    id: orNull(p.id),
    file: p.file,
    summary: p.summary,
    objectives: p.objectives.map(objectiveJson),
    recommendations: (p.recommendations ?? []).map(recommendationJson),
    title: orNull(p.title),
  };
}

/** A change with the contract's fields first (DESIGN §6: plan, objective, measure, what, from, to). */
function changeJson(c: Change) {
  return { plan: c.plan, objective: c.objective, measure: c.measure, what: c.what, from: c.from, to: c.to, action: c.action, recommendation: c.recommendation, title: c.title };
}

/** Keys whose array items are printed one per line, each item compact. */
const oneLineItems = new Set(['series', 'evidence', 'commentary', 'changes', 'updates']);

/** One plan as it stands in the `plans` list of `score --format json`, indented for its place there. */
export function planJsonText(plan: PlanResult): string {
  return indentedJson(planJson(plan), '    ', oneLineItems);
}

/** The parts of `score --format json` with each plan already written (planJsonText), so plans can be written where they are scored. */
export interface JsonParts {
  asOf: string;
  since?: string;
  changes?: Change[];
  plans: string[];
  findings: Finding[];
}

/**
 * The text of `score --format json` in pieces, in order: the plans' own texts are among them as they
 * came, not copied into one 50 MB string, so a national set can be written out piece by piece.
 */
export function jsonPieces(parts: JsonParts): string[] {
  const since = parts.since !== undefined ? { since: parts.since, changes: (parts.changes ?? []).map(changeJson) } : {};
  const head = indentedJson({ asOf: parts.asOf, ...since }, '', oneLineItems);
  const findings = indentedJson(parts.findings.map(plainFinding), '  ', oneLineItems);
  const plans = parts.plans.flatMap((plan, i) => [i === 0 ? '[\n    ' : ',\n    ', plan]);
  // the head's closing brace gives way to the plans and the findings
  return [`${head.slice(0, -2)},\n  "plans": `, ...(plans.length === 0 ? ['[]'] : [...plans, '\n  ]']), `,\n  "findings": ${findings}\n}\n`];
}

export function jsonOfParts(parts: JsonParts): string {
  return jsonPieces(parts).join('');
}

export function json(result: ScoreResult, _options: ScorecardOptions = {}): string {
  return jsonOfParts({ asOf: result.asOf, since: result.since, changes: result.changes, plans: result.plans.map(planJsonText), findings: result.findings });
}
