// Rules run on files the schema may reject: they must read odd shapes without throwing.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../core/source';
import type { MeasureEntry, RuleContext } from '../../core/rules/rule';
import type { Plan } from '../../core/types';
import { directionRequired } from '../../core/rules/direction-required';
import { earlyWins } from '../../core/rules/early-wins';
import { knownReferences } from '../../core/rules/known-references';
import { maxHighLevelMeasures } from '../../core/rules/max-high-level-measures';
import { maxObjectives } from '../../core/rules/max-objectives';
import { measurableObjective } from '../../core/rules/measurable-objective';
import { monitorNeedsReason } from '../../core/rules/monitor-needs-reason';
import { objectiveTimescale } from '../../core/rules/objective-timescale';
import { partnersNamed } from '../../core/rules/partners-named';
import { perceptionOnly } from '../../core/rules/perception-only';
import { qualitativeEvidence } from '../../core/rules/qualitative-evidence';
import { targetAlreadyMet } from '../../core/rules/target-already-met';
import { targetNeedsBaseline } from '../../core/rules/target-needs-baseline';
import { timeBoundTarget } from '../../core/rules/time-bound-target';
import { uniqueIds } from '../../core/rules/unique-ids';

const rules = [
  measurableObjective, uniqueIds, knownReferences, timeBoundTarget, targetNeedsBaseline, directionRequired, monitorNeedsReason,
  targetAlreadyMet, perceptionOnly, partnersNamed, objectiveTimescale, earlyWins, maxObjectives, maxHighLevelMeasures, qualitativeEvidence,
];

/** A context as the pipeline builds it, for a text the schema would reject. */
function contextFor(text: string, options: Record<string, unknown> = {}): RuleContext {
  const source = parseSource(text);
  const plan = (source.value ?? {}) as Plan;
  const measures: MeasureEntry[] = [];
  const objectives: unknown = (plan as { objectives?: unknown }).objectives;
  if (Array.isArray(objectives)) {
    objectives.forEach((o, i) => {
      if (!o || typeof o !== 'object' || !Array.isArray(o.measures)) return;
      o.measures.forEach((m: unknown, j: number) => {
        if (m && typeof m === 'object' && !Array.isArray(m)) {
          measures.push({ measure: m as never, objective: o, path: ['objectives', i, 'measures', j], points: [] });
        }
      });
    });
  }
  return { plan, file: 'odd.plan.yaml', options, asOf: '2015-03-31', source, measures, evaluation: () => { throw new Error('not evaluated'); } };
}

const odd = [
  'plan: null\nobjectives: []\n',
  'plan: {period: 2014}\nobjectives: [null, 3, "O1", [], {}]\n',
  'plan: {period: {start: 2017-01-01, end: nope}}\nobjectives:\n  - id: [O1]\n    partners: Local authorities\n    due: 2017\n    earlyWin: yes\n    measures: {id: O1.1}\n',
  'objectives:\n  - id: O1\n    measures: [null, 1, "x", {id: {a: 1}, supports: [O1], tier: high-level, type: count, target: 5, baseline: 3, monitor: null, better: sideways}]\n',
  'objectives:\n  - measures:\n      - {type: proportion, tier: high-level, better: lower, baseline: {value: "80"}, target: {change: {x: 1}, by: 17}}\n      - {type: count, tier: detailed, better: higher, baseline: {value: 1}, target: {change: "+5 %"}, monitor: {reason: 7}}\n',
];

describe('the plan-shape rules on files the schema rejects', () => {
  for (const [i, text] of odd.entries()) {
    it(`read odd shape ${i + 1} without throwing`, () => {
      for (const rule of rules) {
        expect(() => rule.check(contextFor(text, { max: 0 })), rule.id).not.toThrow();
        expect(() => rule.check(contextFor(text, { max: 'x' })), rule.id).not.toThrow();
      }
    });
  }
});
