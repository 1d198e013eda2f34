// `score --format json` (DESIGN §6): the evaluation as it is, numbers unrounded, null where a field
// does not apply. The §6 fields come first; the rest (titles, series, evidence, commentary) follow.
// Indented two spaces, except that each series point, evidence item and comment takes one line: a
// plan's figures then read down the page, and a national set stays a size tools read quickly.
import type { Change } from '../../core/changes/index';
import type { ActionResult, AreaResult, MeasureResult, ObjectiveResult, PeersResult, PlanResult, RecommendationResult, ScoreResult } from '../../core/results';
import { plainFinding } from '../formatters/json';
import type { Finding } from '../../core/types';
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

const nullForUndefined = (_key: string, value: unknown) => (value === undefined ? null : value);

function print(value: unknown, indent: string, out: string[], compactItems: boolean): void {
  if (value === null || value === undefined || typeof value !== 'object') {
    out.push(JSON.stringify(value ?? null) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push('[]');
    out.push('[');
    value.forEach((item, i) => {
      out.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (compactItems) out.push(JSON.stringify(item, nullForUndefined));
      else print(item, inner, out, false);
    });
    out.push(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return void out.push('{}');
  out.push('{');
  entries.forEach(([key, item], i) => {
    out.push(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
    print(item, inner, out, oneLineItems.has(key) && Array.isArray(item));
  });
  out.push(`\n${indent}}`);
}

/** One plan as it stands in the `plans` list of `score --format json`, indented for its place there. */
export function planJsonText(plan: PlanResult): string {
  const out: string[] = [];
  print(planJson(plan), '    ', out, false);
  return out.join('');
}

/** The parts of `score --format json` with each plan already written (planJsonText), so plans can be written where they are scored. */
export interface JsonParts {
  asOf: string;
  since?: string;
  changes?: Change[];
  plans: string[];
  findings: Finding[];
}

export function jsonOfParts(parts: JsonParts): string {
  const since = parts.since !== undefined ? { since: parts.since, changes: (parts.changes ?? []).map(changeJson) } : {};
  const head: string[] = [];
  print({ asOf: parts.asOf, ...since }, '', head, false);
  const findings: string[] = [];
  print(parts.findings.map(plainFinding), '  ', findings, false);
  const plans = parts.plans.length === 0 ? '[]' : `[\n    ${parts.plans.join(',\n    ')}\n  ]`;
  // the head's closing brace gives way to the plans and the findings
  return `${head.join('').slice(0, -2)},\n  "plans": ${plans},\n  "findings": ${findings.join('')}\n}\n`;
}

export function json(result: ScoreResult, _options: ScorecardOptions = {}): string {
  return jsonOfParts({ asOf: result.asOf, since: result.since, changes: result.changes, plans: result.plans.map(planJsonText), findings: result.findings });
}
