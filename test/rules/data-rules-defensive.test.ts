// The data rules read odd shapes (files the schema rejects) without throwing, and make no report
// they cannot place.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../core/source';
import type { MeasureEntry, RuleContext } from '../../core/rules/rule';
import type { PlanResult } from '../../core/results';
import type { Plan } from '../../core/types';
import { ambitiousTarget } from '../../core/rules/ambitious-target';
import { dataGap } from '../../core/rules/data-gap';
import { duplicatePeriod } from '../../core/rules/duplicate-period';
import { explainOffTrack } from '../../core/rules/explain-off-track';
import { staleData } from '../../core/rules/stale-data';
import { surveyNeedsSample } from '../../core/rules/survey-needs-sample';

const rules = [ambitiousTarget, dataGap, duplicatePeriod, explainOffTrack, staleData, surveyNeedsSample];

function contextFor(text: string, evaluation: () => PlanResult | undefined): RuleContext {
  const source = parseSource(text);
  const plan = (source.value ?? {}) as Plan;
  const measures: MeasureEntry[] = [];
  const objectives: unknown = (plan as { objectives?: unknown }).objectives;
  if (Array.isArray(objectives)) {
    objectives.forEach((o, i) => {
      if (!o || typeof o !== 'object' || !Array.isArray(o.measures)) return;
      o.measures.forEach((m: unknown, j: number) => {
        if (m && typeof m === 'object' && !Array.isArray(m)) {
          const data = (m as { data?: unknown }).data;
          const points = Array.isArray(data) ? data.filter((p) => p && typeof p === 'object') : [];
          measures.push({ measure: m as never, objective: o, path: ['objectives', i, 'measures', j], points });
        }
      });
    });
  }
  return { plan, file: 'odd.plan.yaml', options: { factor: 'lots' }, asOf: '2015-03-31', source, measures, evaluation };
}

const odd = [
  'objectives: [null, 3, {measures: [null, 1, "x"]}]\n',
  'objectives:\n  - measures:\n      - {id: [M], type: proportion, source: [survey], data: [null, 3, {}, {period: [2014]}, {period: 2014-13, value: x}, {period: 2014-Q1, value: 1, sample: "many"}]}\n',
  'objectives:\n  - measures:\n      - {id: M, type: count, better: lower, frequency: weekly, data: {period: 2014-01}, commentary: "none", target: {value: "low", by: 2017}}\n',
  'objectives:\n  - measures:\n      - {id: M, type: value, better: sideways, target: [], data: [{period: 2014-01, value: 1}, {period: 2014-01, value: 2}, {period: 2014-04, value: 1}]}\n',
  'objectives:\n  - measures:\n      - {id: M, type: qualitative, frequency: quarterly, evidence: [null, {date: 12}, {date: 2015-02-30}]}\n',
];

const results = (status: string): PlanResult =>
  ({
    objectives: [
      null,
      { measures: [null, { id: 'M', status, stale: true, current: { value: 'x', at: 5 }, target: { value: 1, by: null }, expected: 'e' }] },
    ],
  }) as unknown as PlanResult;

describe('data rules on odd shapes', () => {
  for (const text of odd) {
    // A failing evaluation is not among these: the pipeline turns it into no result on a broken
    // file and into a reported internal error on a valid one, so rules never see it.
    const evaluations: [string, () => PlanResult | undefined][] = [
      ['no evaluation', () => undefined],
      ['an odd off-track result', () => results('off-track')],
      ['an odd missed result', () => results('missed')],
    ];
    for (const [what, evaluation] of evaluations) {
      it(`do not throw with ${what}: ${JSON.stringify(text).slice(0, 70)}`, () => {
        for (const rule of rules) {
          const reports = rule.check(contextFor(text, evaluation));
          expect(Array.isArray(reports), rule.id).toBe(true);
          for (const r of reports) expect(typeof r.message).toBe('string');
        }
      });
    }
  }
});
