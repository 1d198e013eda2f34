// The editor's words and places for actions, recommendations and comparisons: the CodeLens lines,
// the hover rows and the outline, checked on small plans and on the West Midlands sample plan.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../core/check';
import { evaluateAction, evaluateRecommendation } from '../core/evaluate/actions';
import { actionDetails, actionLens, actionState, areasLine, comparisonRows, recommendationDetails, recommendationLens } from '../core/present/action-lens';
import type { Action, Recommendation } from '../core/types';
import { applyEdits } from '../core/edits';
import { parseSource } from '../core/source';
import { actionHover, detailsMarkdown, findAction, findRecommendation, measureAreas, planPlaces, recommendationHover, withComparisonLens, withComparisonRows } from '../extension/adapter/actions-outline';
import { findMeasure, measureHover, measureLens, outlineOf } from '../extension/adapter/text';

const sample = resolve('plans/west-midlands-2014-variation.plan.yaml');
const fs = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } }, exists: () => true };

function checked(text: string, file: string, asOf: string) {
  const check = checkPlanText(text, file, { asOf, fs });
  const result = check.evaluation();
  if (!result) throw new Error('not evaluated');
  return { source: check.source!, result };
}

const action = (fields: Partial<Action>, asOf: string) => {
  const a = evaluateAction({ id: 'A1.1', title: 'Burglary week', owner: 'ACC Crime', status: 'in-progress', measures: ['O1.1'], ...fields } as Action, asOf);
  if (!a) throw new Error('unreadable action');
  return a;
};

describe('an action in words', () => {
  it('overdue from the day after its due date: due on the as-of date is not yet overdue', () => {
    // due 2015-06-30: as of 2015-06-30 it is due that day; as of 2015-07-01 the date has passed
    expect(actionLens(action({ due: '2015-06-30' }, '2015-06-30'))).toBe('A1.1: due 30 June 2015 · in progress · led by ACC Crime');
    expect(actionLens(action({ due: '2015-06-30' }, '2015-07-01'))).toBe('A1.1: overdue since 30 June 2015 · in progress · led by ACC Crime');
    expect(actionState(action({ due: '2016-09-30', status: 'planned' }, '2016-03-31'))).toBe('due 30 September 2016 · planned');
    expect(actionState(action({ status: 'planned' }, '2016-03-31'))).toBe('no due date · planned');
  });

  it('done or dropped says when; done after the as-of date was still in progress then', () => {
    expect(actionLens(action({ due: '2016-06-30', status: 'done', done: '2016-05-12' }, '2016-06-01'))).toBe('A1.1: done 12 May 2016 · led by ACC Crime');
    expect(actionState(action({ due: '2016-06-30', status: 'dropped', done: '2016-04-02' }, '2016-06-01'))).toBe('dropped 2 April 2016');
    // done 12 May 2016, read as of 1 May 2016: in progress, and due 30 April so overdue by then
    expect(actionState(action({ due: '2016-04-30', status: 'done', done: '2016-05-12' }, '2016-05-01'))).toBe('overdue since 30 April 2016 · in progress');
    expect(actionLens(action({ owner: undefined, status: 'planned', due: '2016-04-30' }, '2016-01-01'))).toBe('A1.1: due 30 April 2016 · planned · no owner named');
  });

  it('the hover: owner, due, status, the measures it moves by name, and its updates latest first', () => {
    const a = action({ due: '2015-06-30', recommendation: 'R1', updates: [{ date: '2015-03-01', text: 'Dates agreed' }, { date: '2015-05-20', text: 'Two weeks | done' }, { date: '2015-09-01', text: 'after the as-of date' }] }, '2015-07-01');
    const details = actionDetails(a, (id) => (id === 'O1.1' ? 'Dwelling burglary' : undefined));
    expect(details).toEqual({
      heading: 'Action A1.1: Burglary week',
      rows: [
        ['Status', 'overdue since 30 June 2015 · in progress'],
        ['Owner', 'ACC Crime'],
        ['Due', '30 June 2015'],
        ['Meant to move', 'O1.1 Dwelling burglary'],
        ['Answers recommendation', 'R1'],
        ['Updates, latest first', '20 May 2015: Two weeks | done'],
        ['', '1 March 2015: Dates agreed'],
      ],
    });
    // in the editor: a table, the pipe in plan text escaped so the row stays one row
    expect(detailsMarkdown(details).split('\n')).toContain('| Updates, latest first | 20 May 2015: Two weeks \\| done |');
    expect(actionDetails(action({ measures: [] }, '2015-07-01')).rows).toContainEqual(['Updates', 'none yet']);
  });
});

describe('a recommendation in words', () => {
  const rec = (fields: Partial<Recommendation>, asOf: string) => {
    const r = evaluateRecommendation({ id: 'R1', date: '2014-02-14', from: 'Police and Crime Panel', text: 'Report on the Boards', objectives: ['O4'], due: '2014-09-30', ...fields } as Recommendation, asOf);
    if (!r) throw new Error('left out');
    return r;
  };
  const answer = { date: '2014-03-10', accepted: 'partly' as const, text: 'In September' };

  it('each state: awaiting response, open, overdue after its due date, closed', () => {
    expect(recommendationLens(rec({}, '2014-03-01'))).toBe('R1: awaiting response · made 14 February 2014');
    // answered 10 March, due 30 September: open on the due date itself, overdue the day after
    expect(recommendationLens(rec({ response: answer }, '2014-09-30'))).toBe('R1: open (due 30 September 2014) · partly accepted');
    expect(recommendationLens(rec({ response: answer }, '2014-10-01'))).toBe('R1: overdue (was due 30 September 2014) · partly accepted');
    expect(recommendationLens(rec({ response: answer, closed: '2014-09-22' }, '2014-10-01'))).toBe('R1: closed 22 September 2014 · partly accepted');
  });

  it('the hover: made, text, response, accepted, due, state', () => {
    expect(recommendationDetails(rec({ response: answer }, '2014-10-01')).rows).toEqual([
      ['Made', '14 February 2014 by Police and Crime Panel'],
      ['Recommendation', 'Report on the Boards'],
      ['Response', '10 March 2014: In September'],
      ['Accepted', 'partly accepted'],
      ['Due', '30 September 2014'],
      ['State', 'overdue (was due 30 September 2014)'],
      ['Objectives', 'O4'],
    ]);
    expect(recommendationDetails(rec({ due: undefined }, '2014-03-01')).rows).toEqual([
      ['Made', '14 February 2014 by Police and Crime Panel'],
      ['Recommendation', 'Report on the Boards'],
      ['Response', 'none yet'],
      ['Accepted', 'no response yet'],
      ['Due', 'no date given'],
      ['State', 'awaiting response'],
      ['Objectives', 'O4'],
    ]);
  });
});

describe('comparisons in words', () => {
  const base = { id: 'O3.1', title: 'Knife crime', type: 'count' as const, better: 'lower' as const, areasGroup: null };
  const area = (id: string, position: 'within' | 'above-99.8' | 'below-95' | null) => ({ id, name: id[0].toUpperCase() + id.slice(1), current: null, rate: null, direction: null, spc: null, position, rank: null, size: null });
  const unit = (force: string, rank: number | null, self = false) => ({ force, value: 1, rate: null, position: 'within' as const, rank, size: null, self });

  it('the Most Similar Group place as the scorecard words it, and the areas outside the limits by name', () => {
    const measure = { ...base, areas: [area('birmingham', 'above-99.8'), area('coventry', 'below-95'), area('dudley', 'within'), area('walsall', 'within'), area('solihull', null)], peers: { at: '2016-03-31', group: 10, units: [unit('Greater Manchester', 1), unit('West Midlands', 2, true), unit('Merseyside', 2)] } };
    expect(comparisonRows(measure)).toEqual([
      // ranks 1, 2, 2 (competition ranks): this force shares 2nd of the 3 ranked
      ['Most Similar Group', 'MSG: 2nd of 3, within range (compared at 31 March 2016)'],
      ['Local areas', '5 local areas: Birmingham above the 99.8% limit; Coventry below the 95% limit; 2 within range; 1 not tested'],
    ]);
    expect(areasLine({ ...measure, areas: [] })).toBeUndefined();
    expect(comparisonRows({ ...measure, areas: null, peers: null })).toEqual([]);
  });
});

describe('on the West Midlands sample plan', () => {
  const text = readFileSync(sample, 'utf8');
  const { source, result } = checked(text, sample, '2016-03-31');
  const places = planPlaces(source);
  const lineOf = (offset: number) => source.positionAt(offset).line;

  it('finds each action under its objective and each recommendation at plan level, where they are written', () => {
    const actions = [...places.actions.entries()].map(([o, list]) => [o, list.map((a) => `${a.id}@${lineOf(a.start)}`)]);
    const lineOfText = (s: string) => text.slice(0, text.indexOf(s)).split('\n').length;
    expect(actions[0]).toEqual([1, [`A2.1@${lineOfText('      - id: A2.1')}`]]);
    expect(places.recommendations.map((r) => `${r.id}@${lineOf(r.start)}`)).toEqual(['R1', 'R2', 'R3', 'R4'].map((id) => `${id}@${lineOfText(`    - id: ${id}\n`)}`));
    expect(places.recommendations[1].title).toMatch(/^Share the action plan/);
    expect(places.areas?.children.map((a) => a.title)).toEqual(['Birmingham', 'Coventry', 'Dudley', 'Sandwell', 'Solihull', 'Walsall', 'Wolverhampton']);
  });

  it('the lenses of an overdue action and an overdue recommendation (both due 31 December 2015, read as of 31 March 2016)', () => {
    const a = findAction(result, places.actions.get(1)![0]);
    expect(a && actionLens(a)).toBe('A2.1: overdue since 31 December 2015 · in progress · led by Deputy Police and Crime Commissioner, with the Local Criminal Justice Board');
    const hover = actionHover(a!, result);
    // updates latest first: 20 October 2015 before 8 April 2014; the measure named with its title
    expect(hover.indexOf('20 October 2015')).toBeLessThan(hover.indexOf('8 April 2014'));
    expect(hover).toContain('| Meant to move | O2.2 Domestic violence prosecutions resulting in a conviction |');
    const r2 = findRecommendation(result, places.recommendations[1]);
    expect(r2 && recommendationLens(r2)).toBe('R2: overdue (was due 31 December 2015) · accepted');
    expect(recommendationHover(r2!)).toContain('| State | overdue (was due 31 December 2015) |');
  });

  it('total recorded crime carries its Most Similar Group place in the lens and the hover', () => {
    const o11 = outlineOf(source)[0].children[0];
    const m = findMeasure(result, o11)!;
    const self = m.peers!.units.find((u) => u.self)!;
    const ranked = m.peers!.units.filter((u) => u.rank !== null).length;
    const msg = `MSG: ${self.rank}th of ${ranked}, below the 99.8% limit`;
    expect(self.rank).toBe(4);
    expect(withComparisonLens(measureLens(m), m)).toBe(`${measureLens(m)} · ${msg}`);
    expect(withComparisonRows(measureHover(m), m).split('\n').at(-1)).toBe(`| Most Similar Group | ${msg} (compared at 31 March 2016) |`);
  });

  it('knife crime lists its seven areas under it, at its data file (the areas are a column of the CSV)', () => {
    const o31 = outlineOf(source)[2].children[0];
    const areas = measureAreas(source, o31.path, findMeasure(result, o31));
    expect(areas.map((a) => a.id)).toEqual(['Birmingham', 'Coventry', 'Dudley', 'Sandwell', 'Solihull', 'Walsall', 'Wolverhampton']);
    const dataAt = text.indexOf('data: data/west-midlands-knife-crime.csv') + 'data: '.length;
    expect(areas.every((a) => a.start === dataAt)).toBe(true);
    expect(measureAreas(source, outlineOf(source)[0].children[0].path, findMeasure(result, outlineOf(source)[0].children[0]))).toEqual([]);
  });
});

describe('places in a small plan', () => {
  const text = [
    'plan:',
    '  id: p',
    '  title: A plan',
    '  period: {start: 2014-04-01, end: 2017-03-31}',
    '  areas:',
    '    - {id: north, name: North, population: 1000}',
    '    - {id: south, name: South, population: 3000}',
    'objectives:',
    '  - id: O1',
    '    title: Less burglary',
    '    due: 2017-03-31',
    '    measures:',
    '      - id: O1.1',
    '        title: Burglary',
    '        tier: high-level',
    '        type: count',
    '        better: lower',
    '        monitor: {reason: Too small for a target}',
    '        data:',
    '          - {period: 2015-03, value: 30, area: south}',
    '          - {period: 2015-03, value: 10, area: north}',
    '    actions:',
    '      - {id: A1.1, title: Week of action, owner: ACC, due: 2015-03-31, status: planned, measures: [O1.1]}',
    '      - {title: no id}',
    '',
  ].join('\n');
  const file = resolve('plans/small.plan.yaml');

  it('an area written on a point is placed at its first point; an action without an id is still placed', () => {
    const { source, result } = checked(text, file, '2015-03-31');
    const measure = outlineOf(source)[0].children[0];
    const areas = measureAreas(source, measure.path, findMeasure(result, measure));
    expect(areas.map((a) => [a.id, source.positionAt(a.start).line])).toEqual([
      // lines counted from 1: the south point is written first, on line 20
      ['North', 21],
      ['South', 20],
    ]);
    const actions = planPlaces(source).actions.get(0)!;
    expect(actions.map((a) => [a.id, source.positionAt(a.start).line])).toEqual([
      ['A1.1', 23],
      ['action 2', 24],
    ]);
    // due on the as-of date: not overdue
    expect(actionLens(findAction(result, actions[0])!)).toBe('A1.1: due 31 March 2015 · planned · led by ACC');
    expect(findAction(result, actions[1])).toBeUndefined();
  });

  it('nothing to place in text that is not a plan', () => {
    expect(planPlaces(parseSource('- a\n- b\n'))).toEqual({ actions: new Map(), recommendations: [], areas: undefined });
  });
});

describe('the editor tests\' plan of actions (test/vscode/fixtures/actions.plan.yaml), as of 31 March 2015', () => {
  const file = resolve('test/vscode/fixtures/actions.plan.yaml');
  const text = readFileSync(file, 'utf8');
  const check = (t: string) => checkPlanText(t, file, { asOf: '2015-03-31', fs }).findings.filter((f) => f.file === file);
  const fixOf = (rule: string) => {
    const f = check(text).find((x) => x.rule === rule);
    return f?.fixes?.[0];
  };

  it('offers "Add an action for O1.1": a planned action naming it, what is still to decide left as placeholders', () => {
    const fix = fixOf('off-track-needs-action');
    expect(fix?.title).toBe('Add an action for O1.1');
    const after = applyEdits(text, fix!.edits);
    // the objective's last key, after its measures' figures
    expect(after).toContain('          - {period: 2015-Q1, value: 555}\n    actions:\n      - {id: A1.1, title: TODO what will be done to move O1.1, owner: TODO who leads it, due: TODO the date it should be done by, status: planned, measures: [O1.1]}\n');
    const found = check(after);
    expect(found.filter((f) => f.rule === 'off-track-needs-action')).toEqual([]);
    expect(found.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.path.at(-1)}`)).toEqual(['placeholder title', 'placeholder owner', 'placeholder due']);
  });

  it('offers to mark the overdue action done as of the date: status and done set in place, the comment kept', () => {
    const fix = fixOf('action-overdue');
    expect(fix?.title).toBe('Mark A2.1 as done on 2015-03-31');
    const after = applyEdits(text, fix!.edits);
    expect(after).toContain('        status: done   # agreed at the January board\n');
    expect(after).toContain('          - {date: 2015-02-10, text: Postponed to March for the football}\n        done: 2015-03-31\n');
    // nothing else changes: only "in-progress" became "done" and one line was added
    expect(after.length).toBe(text.length - 'in-progress'.length + 'done'.length + '        done: 2015-03-31\n'.length);
    const found = check(after);
    expect(found.filter((f) => f.rule === 'action-overdue' || f.severity === 'error')).toEqual([]);
  });
});
