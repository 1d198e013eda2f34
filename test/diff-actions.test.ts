// diff: what a new version changes in the actions and the Panel's recommendations.
import { describe, expect, it } from 'vitest';
import { describeChange, diffPlans, isConcern } from '../core/diff/index';
import type { Plan } from '../core/types';

const plan = (recommendations: unknown[], actions: unknown[]): Plan =>
  ({
    plan: { id: 'p', title: 'P', period: { start: '2013-04-01', end: '2017-03-31' }, recommendations },
    objectives: [{ id: 'O1', title: 'Reduce crime', actions, measures: [] }],
  }) as unknown as Plan;

const a1 = { id: 'A1', title: 'Burglary week', owner: 'Superintendent', due: '2015-06-30', status: 'in-progress' };
const r1 = { id: 'R1', date: '2014-06-24', text: 'Report on the local policing boards' };

describe('diff of actions and recommendations', () => {
  it('finds nothing when they are the same', () => {
    expect(diffPlans(plan([r1], [a1]), plan([r1], [a1])).changes).toEqual([]);
  });

  it('reports actions added, removed, re-dated, re-owned and closed', () => {
    const a2 = { id: 'A2', title: 'Magistrates summit', status: 'planned', due: '2014-05-31' };
    const before = plan([], [a1, { id: 'A3', title: 'Old idea', status: 'planned' }]);
    const after = plan([], [{ ...a1, due: '2015-09-30', owner: 'Chief Inspector', status: 'done', done: '2015-09-12' }, a2]);
    const words = diffPlans(before, after).changes.map((c) => [c.objective, describeChange(c), isConcern(c)]);
    expect(words).toEqual([
      ['O1', 'Action A1 re-dated: due 2015-06-30 → 2015-09-30', true],
      ['O1', 'Action A1 has a new owner: Superintendent → Chief Inspector', false],
      ['O1', 'Action A1 closed: done (was in-progress)', false],
      ['O1', 'Action A1 date done or dropped: (none) → 2015-09-12', false],
      ['O1', 'New action A2: Magistrates summit; due 2014-05-31', false],
      ['O1', 'Action A3 removed: Old idea', true],
    ]);
  });

  it('reports recommendations added, removed, answered, re-dated and closed, as changes to the plan', () => {
    const before = plan([r1, { id: 'R2', date: '2014-02-14', text: 'Youth strategy' }], []);
    const answered = { ...r1, response: { date: '2014-07-15', accepted: 'yes' }, due: '2014-12-31', closed: '2015-01-20' };
    const after = plan([answered, { id: 'R3', date: '2015-02-01', text: 'Share prosecution figures' }], []);
    const changes = diffPlans(before, after).changes;
    expect(changes.every((c) => c.objective === null && c.measure === null)).toBe(true);
    expect(changes.map(describeChange)).toEqual([
      'Recommendation R1 re-dated: due (none) → 2014-12-31',
      'Recommendation R1 answered: date 2014-07-15, accepted yes',
      'Recommendation R1 closed 2015-01-20',
      'New recommendation R3 (made 2015-02-01): Share prosecution figures',
      'Recommendation R2 removed: Youth strategy',
    ]);
  });
});
