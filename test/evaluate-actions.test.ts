// Actions and recommendations as of a date (DESIGN §4), every state with dates worked out by hand.
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../core/check';
import { actionStatusAsOf, evaluateActions, evaluateRecommendations, isOverdue, recommendationState } from '../core/evaluate/index';
import type { Action, Recommendation } from '../core/types';

const asOf = '2015-03-31';
const action = (fields: Partial<Action>): Action => ({ id: 'A1', title: 'Burglary reduction week', status: 'in-progress', ...fields }) as Action;
const recommendation = (fields: Partial<Recommendation>): Recommendation => ({ id: 'R1', date: '2014-06-24', text: 'Report back on the local policing boards', ...fields }) as Recommendation;

describe('action status as of a date', () => {
  it('is the status as written when nothing happened after the date', () => {
    expect(actionStatusAsOf({ status: 'planned' }, asOf)).toBe('planned');
    expect(actionStatusAsOf({ status: 'in-progress' }, asOf)).toBe('in-progress');
    // done 2015-02-01, before 2015-03-31: done then
    expect(actionStatusAsOf({ status: 'done', done: '2015-02-01' }, asOf)).toBe('done');
    // dropped on the as-of date itself: already dropped
    expect(actionStatusAsOf({ status: 'dropped', done: '2015-03-31' }, asOf)).toBe('dropped');
  });

  it('replays an action done or dropped after the date as in progress then', () => {
    // done 2015-04-15 is after 2015-03-31
    expect(actionStatusAsOf({ status: 'done', done: '2015-04-15' }, asOf)).toBe('in-progress');
    // dropped 2015-04-01, the day after
    expect(actionStatusAsOf({ status: 'dropped', done: '2015-04-01' }, asOf)).toBe('in-progress');
  });

  it('knows no other status', () => {
    expect(actionStatusAsOf({ status: 'finished' as Action['status'] }, asOf)).toBeUndefined();
  });
});

describe('overdue actions', () => {
  it('is overdue when planned or in progress and due before the as-of date', () => {
    // due 2015-03-30, one day before 2015-03-31
    expect(isOverdue('planned', '2015-03-30', asOf)).toBe(true);
    expect(isOverdue('in-progress', '2015-03-30', asOf)).toBe(true);
  });

  it('is not overdue when due on the as-of date or later, without a due date, or finished', () => {
    expect(isOverdue('in-progress', '2015-03-31', asOf)).toBe(false);
    expect(isOverdue('in-progress', '2015-04-01', asOf)).toBe(false);
    expect(isOverdue('planned', null, asOf)).toBe(false);
    expect(isOverdue('done', '2015-01-31', asOf)).toBe(false);
    expect(isOverdue('dropped', '2015-01-31', asOf)).toBe(false);
  });

  it('evaluates each action of an objective as of the date, in the order written', () => {
    const results = evaluateActions(
      [
        action({ id: 'A1', status: 'planned', due: '2015-03-30', owner: 'Superintendent, Operations', measures: ['O1.2'] }),
        action({ id: 'A2', due: '2015-03-31' }),
        action({ id: 'A3', status: 'done', done: '2015-02-01', due: '2015-01-31' }),
        // done 2015-04-15 after the as-of date: in progress then, and due 2015-03-01 had passed
        action({ id: 'A4', status: 'done', done: '2015-04-15', due: '2015-03-01', recommendation: 'R1' }),
        // dropped 2015-05-01 after the date: in progress, but due 2015-06-30 is still to come
        action({ id: 'A5', status: 'dropped', done: '2015-05-01', due: '2015-06-30' }),
        action({ id: 'A6', status: 'planned' }),
        action({ id: 'A7', updates: [{ date: '2015-04-02', text: 'Later' }, { date: '2015-01-10', text: 'Two weeks held' }] }),
      ],
      asOf,
    );
    expect(results.map((a) => [a.id, a.status, a.due, a.overdue, a.done])).toEqual([
      ['A1', 'planned', '2015-03-30', true, null],
      ['A2', 'in-progress', '2015-03-31', false, null],
      ['A3', 'done', '2015-01-31', false, '2015-02-01'],
      ['A4', 'in-progress', '2015-03-01', true, null],
      ['A5', 'in-progress', '2015-06-30', false, null],
      ['A6', 'planned', null, false, null],
      ['A7', 'in-progress', null, false, null],
    ]);
    expect(results[0].owner).toBe('Superintendent, Operations');
    expect(results[0].measures).toEqual(['O1.2']);
    expect(results[3].recommendation).toBe('R1');
    // the update of 2015-04-02 had not been written as of 2015-03-31
    expect(results[6].updates).toEqual([{ date: '2015-01-10', text: 'Two weeks held' }]);
  });
});

describe('recommendation state', () => {
  it('is closed when closed on or before the as-of date, answered or not', () => {
    expect(recommendationState(recommendation({ response: { date: '2014-07-15', accepted: 'yes' }, due: '2014-12-31', closed: '2015-01-20' }), asOf)).toBe('closed');
    expect(recommendationState(recommendation({ closed: '2015-03-31' }), asOf)).toBe('closed');
  });

  it('is awaiting a response without an answer dated on or before the as-of date', () => {
    expect(recommendationState(recommendation({}), asOf)).toBe('awaiting-response');
    // answered 2015-04-10, after 2015-03-31
    expect(recommendationState(recommendation({ response: { date: '2015-04-10', accepted: 'no' } }), asOf)).toBe('awaiting-response');
    // closed 2015-04-30, after the date: not closed then
    expect(recommendationState(recommendation({ closed: '2015-04-30' }), asOf)).toBe('awaiting-response');
  });

  it('is overdue when answered and due before the as-of date', () => {
    expect(recommendationState(recommendation({ response: { date: '2014-08-01', accepted: 'yes' }, due: '2015-03-30' }), asOf)).toBe('overdue');
  });

  it('is open when answered and not yet due, due on the as-of date, or with no due date', () => {
    expect(recommendationState(recommendation({ response: { date: '2014-08-01', accepted: 'partly' }, due: '2015-06-30', closed: '2015-04-30' }), asOf)).toBe('open');
    expect(recommendationState(recommendation({ response: { date: '2014-08-01', accepted: 'yes' }, due: '2015-03-31' }), asOf)).toBe('open');
    expect(recommendationState(recommendation({ response: { date: '2015-03-31', accepted: 'yes' } }), asOf)).toBe('open');
  });

  it('leaves out a recommendation made after the as-of date and keeps one made on it', () => {
    const results = evaluateRecommendations(
      [
        recommendation({ id: 'R1', response: { date: '2015-04-10', accepted: 'no', text: 'Not this year' }, closed: '2015-05-01' }),
        recommendation({ id: 'R2', date: '2015-04-01' }),
        recommendation({ id: 'R3', date: '2015-03-31', from: 'Police and Crime Panel', objectives: ['O2'] }),
        recommendation({ id: 'R4', response: { date: '2014-07-15', accepted: 'partly', text: 'Twice a year' }, due: '2014-12-31', closed: '2015-01-20' }),
      ],
      asOf,
    );
    expect(results.map((r) => [r.id, r.state])).toEqual([
      ['R1', 'awaiting-response'],
      ['R3', 'awaiting-response'],
      ['R4', 'closed'],
    ]);
    // what had not happened by the date is not shown as if it had
    expect(results[0].response).toBeNull();
    expect(results[0].closed).toBeNull();
    expect(results[1]).toMatchObject({ from: 'Police and Crime Panel', objectives: ['O2'], due: null });
    expect(results[2]).toMatchObject({ response: { date: '2014-07-15', accepted: 'partly', text: 'Twice a year' }, due: '2014-12-31', closed: '2015-01-20' });
  });
});

describe('in the plan evaluation', () => {
  const text = `plan:
  id: testshire-2013-17
  title: Police and Crime Plan for Testshire 2013-2017
  period: {start: 2013-04-01, end: 2017-03-31}
  recommendations:
    - {id: R1, date: 2014-06-24, text: Report back on the local policing boards, response: {date: 2014-07-15, accepted: yes}, due: 2015-03-01}
    - {id: R2, date: 2015-06-01, text: Later}
objectives:
  - id: O1
    title: Reduce crime
    actions:
      - {id: A1, title: Burglary week, status: in-progress, due: 2015-02-28, measures: [O1.1], recommendation: R1}
      - {id: A2, title: Dropped idea, status: dropped}
      - {id: A3, title: Target hardening, status: planned, due: 2015-06-30}
    measures:
      - {id: O1.1, title: Burglary, tier: high-level, type: qualitative, frequency: quarterly}
`;

  it('gives each objective its actions and the plan its recommendations; a broken action is left out alone', () => {
    const checked = checkPlanText(text, 'plans/test.plan.yaml', { asOf });
    // A2 is dropped without saying when: a schema error on that action only
    expect(checked.findings.filter((f) => f.rule === 'schema').map((f) => f.path)).toEqual([['objectives', 0, 'actions', 1]]);
    const result = checked.evaluation();
    expect(result?.objectives[0].measures.map((m) => m.id)).toEqual(['O1.1']);
    // A1 due 2015-02-28 before 2015-03-31: overdue; A3 due 2015-06-30: not yet
    expect(result?.objectives[0].actions?.map((a) => [a.id, a.status, a.due, a.overdue])).toEqual([
      ['A1', 'in-progress', '2015-02-28', true],
      ['A3', 'planned', '2015-06-30', false],
    ]);
    // R1 answered 2014-07-15 and due 2015-03-01, before 2015-03-31: overdue; R2 made after the date
    expect(result?.recommendations?.map((r) => [r.id, r.state])).toEqual([['R1', 'overdue']]);
  });
});
