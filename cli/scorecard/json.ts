// `score --format json` (DESIGN §6): the evaluation as it is, numbers unrounded, null where a field
// does not apply. The §6 fields come first; the rest (titles, series, evidence) follow.
import type { MeasureResult, ObjectiveResult, PlanResult, ScoreResult } from '../../core/results';
import { plainFinding } from '../formatters/json';
import type { ScorecardOptions } from './options';

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function measureJson(m: MeasureResult) {
  return {
    id: m.id,
    tier: m.tier,
    status: m.status,
    stale: m.stale,
    current: orNull(m.current),
    expected: orNull(m.expected),
    gap: orNull(m.gap),
    direction: orNull(m.direction),
    spc: orNull(m.spc),
    interval: orNull(m.interval),
    title: orNull(m.title),
    supports: orNull(m.supports),
    type: orNull(m.type),
    better: orNull(m.better),
    unit: orNull(m.unit),
    baseline: orNull(m.baseline),
    target: orNull(m.target),
    series: m.series ?? [],
    evidence: m.evidence ?? [],
  };
}

function objectiveJson(o: ObjectiveResult) {
  return { id: o.id, status: o.status, measures: o.measures.map(measureJson), title: orNull(o.title), direction: orNull(o.direction) };
}

function planJson(p: PlanResult) {
  return { id: orNull(p.id), file: p.file, summary: p.summary, objectives: p.objectives.map(objectiveJson), title: orNull(p.title) };
}

export function json(result: ScoreResult, _options: ScorecardOptions = {}): string {
  const body = { asOf: result.asOf, plans: result.plans.map(planJson), findings: result.findings.map(plainFinding) };
  return `${JSON.stringify(body, (_key, value) => (value === undefined ? null : value), 2)}\n`;
}
