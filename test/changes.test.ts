// What changed since the last report: each kind of change worked out by hand from a plan
// evaluated as of two dates.
import { describe, expect, it } from 'vitest';
import { compareEvaluations, type Change } from '../core/changes/index';
import { changeLinesForReaders, changeSentence, noChangesLine, sinceHeading } from '../core/present/changes';
import { evaluatePlan } from '../core/evaluate/index';
import type { PlanResult } from '../core/results';
import type { DataPoint, Measure, Plan } from '../core/types';

/** Monthly points from the given month, one per value. */
function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

function plan(measures: Measure[]): Plan {
  return {
    plan: { id: 'test-plan', title: 'Test plan', period: { start: '2012-04-01', end: '2017-03-31' } },
    objectives: [{ id: 'O1', title: 'Objective one', measures }],
  };
}

function changesBetween(measures: Measure[], since: string, asOf: string): Change[] {
  const p = plan(measures);
  return compareEvaluations(evaluatePlan(p, { asOf: since, file: 'p.plan.yaml' }), evaluatePlan(p, { asOf, file: 'p.plan.yaml' }));
}

const brief = (changes: Change[]) => changes.map((c) => [c.measure ?? c.action ?? c.recommendation, c.what, c.from, c.to]);

/** A rate, higher better, baseline 100 (FY2012-13) and target 100: the expected value is 100 on every date. */
function rate(id: string, data: DataPoint[], target: Measure['target'] = { value: 100, by: '2017-03-31', tolerance: 5 }): Measure {
  return { id, title: `Measure ${id}`, tier: 'high-level', type: 'rate', better: 'higher', frequency: 'monthly', baseline: { period: 'FY2012-13', value: 100 }, target, data };
}

describe('changes between two as-of dates', () => {
  it('a status that moves: on-track as of 31 December 2014, off-track as of 31 March 2015', () => {
    // since 2014-12-31: latest 2014-11 = 100, expected 100, gap 0 → on-track
    // as of 2015-03-31: latest 2015-02 = 90, gap −10, beyond the tolerance of 5 → off-track
    // (no point a year before either latest: no direction of travel at either date)
    const m = rate('M1', [{ period: '2014-11', value: 100 }, { period: '2015-02', value: 90 }]);
    expect(brief(changesBetween([m], '2014-12-31', '2015-03-31'))).toEqual([
      ['M1', 'status', 'on-track', 'off-track'],
      ['M1', 'new-figures', '2014-11', '2015-02'],
    ]);
  });

  it('a target achieved, and one missed, once the figure for its date is in', () => {
    // both targets are 100 by 2015-02-28, tolerance 0
    // M2: 2014-11 = 95, gap −5 → off-track; 2015-02 = 100 stands at the target date and is at least 100 → achieved
    // M3: 2014-11 = 100, gap 0 → on-track; 2015-02 = 99 stands at the target date and is below 100 → missed
    const by = { value: 100, by: '2015-02-28' };
    const m2 = rate('M2', [{ period: '2014-11', value: 95 }, { period: '2015-02', value: 100 }], by);
    const m3 = rate('M3', [{ period: '2014-11', value: 100 }, { period: '2015-02', value: 99 }], by);
    expect(brief(changesBetween([m2, m3], '2014-12-31', '2015-03-31'))).toEqual([
      ['M2', 'achieved', 'off-track', 'achieved'],
      ['M2', 'new-figures', '2014-11', '2015-02'],
      ['M3', 'missed', 'on-track', 'missed'],
      ['M3', 'new-figures', '2014-11', '2015-02'],
    ]);
  });

  it('a direction of travel that turns, with the special cause that comes with it', () => {
    // Monthly counts, lower better: 100 a month from 2012-04 to 2014-03, then 130 a month to 2015-03.
    // As of 2014-03-31: x1 (2012-04..2013-03) = 1,200, x2 (2013-04..2014-03) = 1,200, z = 0 → no-significant-change.
    //   SPC over 24 points of 100: centre 100, every moving range 0, limits 100 ± 0; points on a
    //   limit are inside it and runs are broken by points on the centre → common-cause.
    // As of 2015-03-31: x1 = 1,200, x2 (2014-04..2015-03) = 12 × 130 = 1,560; each window is flat, so
    //   no extra spread: z = 360 / sqrt(1,200 + 1,560) = 360 / 52.5 = 6.85 ≥ 1.96, a rise → deteriorating.
    //   SPC over 36 points: centre (24 × 100 + 12 × 130) / 36 = 110; moving ranges 34 × 0 and one 30,
    //   mean 30/35 = 0.857; 30 ≥ 3.267 × 0.857 = 2.8 is screened out, mR̄ = 0, limits 110 ± 0;
    //   the latest point, 130, is above the upper limit, on the worse side → special-cause-concern.
    const m: Measure = { id: 'M4', title: 'Burglary', tier: 'high-level', type: 'count', better: 'lower', frequency: 'monthly', monitor: { reason: 'no target by decision' }, data: monthly(2012, 4, [...Array(24).fill(100), ...Array(12).fill(130)]) };
    const changes = changesBetween([m], '2014-03-31', '2015-03-31');
    expect(brief(changes)).toEqual([
      ['M4', 'direction', 'no-significant-change', 'deteriorating'],
      ['M4', 'special-cause', 'common-cause', 'special-cause-concern'],
      ['M4', 'new-figures', '2014-03', '2015-03'],
    ]);
    expect(changes.every((c) => c.plan === 'test-plan' && c.objective === 'O1')).toBe(true);
  });

  it('a new special-cause signal on its own', () => {
    // Values, lower better, monthly from 2013-05: 10, 12, 10, 12 … (20 points to 2014-12), then 30 in 2015-01.
    // As of 2014-12-31: centre 11, every moving range 2, limits 11 ± 2.66 × 2 = 5.68 to 16.32; no
    //   point outside, no run (the values alternate about the centre), no trend → common-cause.
    // As of 2015-01-31: centre (10 × 10 + 10 × 12 + 30) / 21 = 250/21 = 11.905; moving ranges 19 × 2
    //   and 18, mean 56/20 = 2.8; 18 ≥ 3.267 × 2.8 = 9.15 is screened out, mR̄ = 2;
    //   upper limit 11.905 + 5.32 = 17.22; 30 is above it, the worse side → special-cause-concern.
    // The direction of travel is change-untested at both dates (values are not tested), so it does not change.
    const values = [...Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 10 : 12)), 30];
    const m: Measure = { id: 'M5', title: 'Days to charge', tier: 'high-level', type: 'value', better: 'lower', frequency: 'monthly', monitor: { reason: 'no target by decision' }, data: monthly(2013, 5, values) };
    expect(brief(changesBetween([m], '2014-12-31', '2015-01-31'))).toEqual([
      ['M5', 'special-cause', 'common-cause', 'special-cause-concern'],
      ['M5', 'new-figures', '2014-12', '2015-01'],
    ]);
  });

  it('new evidence for a qualitative measure changes its status and counts as new figures', () => {
    // as of 2015-01-31 the latest evidence (2015-01-15) is at-risk; as of 2015-04-30 the latest (2015-04-10) is on-track
    const m: Measure = {
      id: 'M6', title: 'Youth Commission', tier: 'high-level', type: 'qualitative', frequency: 'quarterly',
      evidence: [{ date: '2015-01-15', summary: 'Slow start', assessment: 'at-risk' }, { date: '2015-04-10', summary: 'First hearing held', assessment: 'on-track' }],
    };
    expect(brief(changesBetween([m], '2015-01-31', '2015-04-30'))).toEqual([
      ['M6', 'status', 'at-risk', 'on-track'],
      ['M6', 'new-figures', '2015-01-15', '2015-04-10'],
    ]);
  });

  it('first figures: a measure with none as of the earlier date', () => {
    // as of 2014-10-31 there is no point (no-data); as of 2014-12-31 the 2014-11 figure, 100, is on-track
    const m = rate('M7', [{ period: '2014-11', value: 100 }]);
    expect(brief(changesBetween([m], '2014-10-31', '2014-12-31'))).toEqual([
      ['M7', 'status', 'no-data', 'on-track'],
      ['M7', 'new-figures', null, '2014-11'],
    ]);
  });

  it('nothing changes when no figure arrives between the dates', () => {
    const m = rate('M1', [{ period: '2014-11', value: 100 }, { period: '2015-02', value: 90 }]);
    // the latest figure (2015-02, at 2015-02-28) is the same as of 2015-03-15 and 2015-03-31
    expect(changesBetween([m], '2015-03-15', '2015-03-31')).toEqual([]);
  });
});

describe('actions and recommendations', () => {
  // The evaluation's per-objective `actions` and per-plan `recommendations` (DESIGN §4 v2), as of two dates.
  function result(actions: { id: string; status: string; due: string; overdue: boolean }[], recommendations: { id: string; state: string }[]): PlanResult {
    const base: PlanResult = { id: 'test-plan', title: 'Test plan', file: 'p.plan.yaml', summary: { objectives: {}, measures: {} }, objectives: [{ id: 'O1', title: 'Objective one', status: 'no-data', direction: null, measures: [] }] };
    return { ...base, objectives: [{ ...base.objectives[0], actions } as PlanResult['objectives'][number]], recommendations } as PlanResult;
  }

  it('an action that became overdue, one that was done; a recommendation answered, one closed', () => {
    // A1 due 2015-01-31, in progress: not overdue as of 2014-12-31, overdue as of 2015-03-31
    // A2 in progress as of 2014-12-31, done (2015-02-10) as of 2015-03-31
    // A3 planned at both dates, due 2016: no change
    // R1 made 2014-11-01, unanswered as of 2014-12-31 (awaiting-response), answered 2015-01-20 → open
    // R2 answered before 2014-12-31 (open), closed 2015-03-01 → closed
    // R3 awaiting a response at both dates: no change
    const before = result(
      [{ id: 'A1', status: 'in-progress', due: '2015-01-31', overdue: false }, { id: 'A2', status: 'in-progress', due: '2015-06-30', overdue: false }, { id: 'A3', status: 'planned', due: '2016-03-31', overdue: false }],
      [{ id: 'R1', state: 'awaiting-response' }, { id: 'R2', state: 'open' }, { id: 'R3', state: 'awaiting-response' }],
    );
    const after = result(
      [{ id: 'A1', status: 'in-progress', due: '2015-01-31', overdue: true }, { id: 'A2', status: 'done', due: '2015-06-30', overdue: false }, { id: 'A3', status: 'planned', due: '2016-03-31', overdue: false }],
      [{ id: 'R1', state: 'open' }, { id: 'R2', state: 'closed' }, { id: 'R3', state: 'awaiting-response' }],
    );
    const changes = compareEvaluations(before, after);
    expect(brief(changes)).toEqual([
      ['A1', 'action-overdue', 'in-progress', 'overdue'],
      ['A2', 'action-done', 'in-progress', 'done'],
      ['R1', 'recommendation-answered', 'awaiting-response', 'open'],
      ['R2', 'recommendation-closed', 'open', 'closed'],
    ]);
    expect(changes.map((c) => [c.objective, c.measure])).toEqual([['O1', null], ['O1', null], [null, null], [null, null]]);
  });

  it('a recommendation made and answered between the two reports counts as answered', () => {
    const changes = compareEvaluations(result([], []), result([], [{ id: 'R9', state: 'overdue' }]));
    expect(brief(changes)).toEqual([['R9', 'recommendation-answered', null, 'overdue']]);
  });
});

describe('changes in words', () => {
  const change = (what: Change['what'], from: string | null, to: string | null): Change => ({ plan: 'p', objective: 'O1', measure: 'O1.1', what, from, to, action: null, recommendation: null, title: 'Victim-based crime' });

  it('says each kind in a sentence', () => {
    expect(changeSentence(change('status', 'at-risk', 'off-track'))).toBe('O1.1 Victim-based crime: moved from ▲ at-risk to ✖ off-track.');
    expect(changeSentence(change('achieved', 'on-track', 'achieved'))).toBe('O1.1 Victim-based crime: target achieved (was ● on-track).');
    expect(changeSentence(change('missed', 'at-risk', 'missed'))).toBe('O1.1 Victim-based crime: target missed (was ▲ at-risk).');
    expect(changeSentence(change('direction', 'no-significant-change', 'deteriorating'))).toBe('O1.1 Victim-based crime: direction of travel now worse, beyond normal variation (was within normal variation).');
    expect(changeSentence(change('special-cause', 'common-cause', 'special-cause-concern'))).toBe('O1.1 Victim-based crime: new special-cause signal: concern.');
    expect(changeSentence(change('new-figures', '2014-12', '2015-03'))).toBe('O1.1 Victim-based crime: new figures, up to 2015-03 (the last were to 2014-12).');
    expect(changeSentence({ ...change('action-overdue', 'in-progress', 'overdue'), measure: null, action: 'A1', title: '' })).toBe('Action A1: action now overdue.');
    expect(changeSentence({ ...change('recommendation-closed', 'open', 'closed'), objective: null, measure: null, recommendation: 'R2', title: '' })).toBe('Recommendation R2: recommendation closed.');
  });

  it('puts verdicts first and gathers new figures into one line', () => {
    const lines = changeLinesForReaders([change('new-figures', '2014-12', '2015-03'), { ...change('new-figures', null, '2015-03'), measure: 'O1.2' }, change('status', 'on-track', 'at-risk')]);
    expect(lines).toEqual([{ plan: 'p', lines: ['O1.1 Victim-based crime: moved from ● on-track to ▲ at-risk.', 'New figures or evidence for 2 measures: O1.1, O1.2.'] }]);
  });

  it('has a heading and a one-line "no changes"', () => {
    expect(sinceHeading('2014-12-31')).toBe('Since the last report (as of 31 December 2014)');
    expect(noChangesLine('2014-12-31')).toBe('No changes since the last report (as of 31 December 2014).');
  });
});
