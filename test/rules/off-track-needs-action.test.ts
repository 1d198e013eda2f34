import { describe, expect, it } from 'vitest';
import { offTrackNeedsAction } from '../../core/rules/off-track-needs-action';
import { list, months } from './data-helpers';
import { applyFix, check, findings, measure, objective, plan, positionOf, qualitative } from './helpers';

// As of 2015-03-31. Baseline FY2012-13 (ends 2013-03-31) 44,000, target 41,800 by 2017-03-31:
// expected at 2015-02-28 = 44000 − 2200 × 699 / 1461 = 42,947.4. Twelve months of 3,700 total
// 44,400, worse than expected with lower better: off-track. Twelve of 3,500 total 42,000: on track.
const rule = 'off-track-needs-action';
const red = list(months('2014-03', Array(12).fill(3700)));
const green = list(months('2014-03', Array(12).fill(3500)));
const counted = (id: string, fields: Record<string, string | null> = {}) => measure(id, { frequency: 'monthly', data: red, ...fields });
const actions = (...items: string[]) => `\n${items.map((a) => `      - ${a}`).join('\n')}`;
const planWith = (measures: string[], fields: Record<string, string | null> = {}) => plan([objective('O1', [...measures, qualitative('O1.9')], fields)]);

describe('off-track-needs-action', () => {
  it('is a warning by default', () => {
    expect(offTrackNeedsAction.id).toBe(rule);
    expect(offTrackNeedsAction.defaultSeverity).toBe('warning');
  });

  it('reports an off-track high-level measure no action names, on the measure', () => {
    const text = planWith([counted('O1.1')]);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0]);
    const start = positionOf(text, 'id: O1.1');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + 'id: O1.1'.length } });
    expect(found[0].message).toBe(
      'Measure O1.1 is off track and no open action names it: add an action under objective O1\'s "actions" saying who is doing what by when, with "status: planned" or "in-progress" and "measures: [O1.1]"',
    );
  });

  it('reports a missed target', () => {
    // target due 2015-01-31, before the latest figure (2015-02-28): 44,400 is worse than 41,800, missed
    const found = findings(planWith([counted('O1.1', { target: '{value: 41800, by: 2015-01-31}' })]), rule);
    expect(found.map((f) => f.message.split(':')[0])).toEqual(['Measure O1.1 has missed its target and no open action names it']);
  });

  it('is satisfied by a planned or in-progress action naming the measure, under any objective', () => {
    expect(findings(planWith([counted('O1.1')], { actions: actions('{id: A1, title: Burglary week, status: planned, measures: [O1.1]}') }), rule)).toEqual([]);
    const elsewhere = plan([
      objective('O1', [counted('O1.1'), qualitative('O1.9')]),
      objective('O2', undefined, { actions: actions('{id: A2, title: Partnership work, status: in-progress, measures: [O2.1, O1.1]}') }),
    ]);
    expect(findings(elsewhere, rule)).toEqual([]);
    // done 2015-04-10, after 2015-03-31: still in progress then
    expect(findings(planWith([counted('O1.1')], { actions: actions('{id: A1, title: Week, status: done, done: 2015-04-10, measures: [O1.1]}') }), rule)).toEqual([]);
  });

  it('is not satisfied by an action that is done or dropped, or names another measure', () => {
    const cases = [
      '{id: A1, title: Week, status: done, done: 2015-01-20, measures: [O1.1]}',
      '{id: A1, title: Week, status: dropped, done: 2015-03-31, measures: [O1.1]}',
      '{id: A1, title: Week, status: in-progress, measures: [O1.9]}',
      '{id: A1, title: Week, status: in-progress}',
    ];
    for (const a of cases) expect(findings(planWith([counted('O1.1')], { actions: actions(a) }), rule), a).toHaveLength(1);
  });

  it('does not fire for measures on track, detailed measures or qualitative ones', () => {
    expect(findings(planWith([counted('O1.1', { data: green })]), rule)).toEqual([]);
    expect(findings(planWith([measure('O1.1'), counted('O1.2', { tier: 'detailed', supports: 'O1.1' })]), rule)).toEqual([]);
    const offTrackEvidence = '[{date: 2015-03-01, summary: Inspection found failings, assessment: off-track}]';
    expect(findings(plan([objective('O1', [measure('O1.1'), qualitative('O1.2', { evidence: offTrackEvidence })])]), rule)).toEqual([]);
  });

  it('quick fix adds a planned action naming the measure to its objective, and the finding goes', () => {
    const text = planWith([counted('O1.1', { source: 'Force crime recording system  # nightly' })]);
    const found = findings(text, rule);
    expect(found[0].fixes?.map((f) => f.title)).toEqual(['Add an action for O1.1']);
    const fixed = applyFix(text, found[0]);
    expect(fixed).toContain('    actions:\n      - {id: A1.1, title: TODO what will be done to move O1.1, owner: TODO who leads it, due: TODO the date it should be done by, status: planned, measures: [O1.1]}\n');
    expect(fixed).toContain('# nightly');
    expect(check(fixed).filter((f) => f.rule === rule || f.rule === 'schema' || f.rule === 'unique-ids')).toEqual([]);
    // what is left to decide is marked: one placeholder finding each for the title, owner and due date
    expect(check(fixed).filter((f) => f.rule === 'placeholder').map((f) => f.path.at(-1))).toEqual(['title', 'owner', 'due']);
  });

  it('quick fix appends to an existing list of actions with an unused id', () => {
    const text = planWith([counted('O1.1')], { actions: actions('{id: A1.1, title: Done already, status: done, done: 2015-01-20, measures: [O1.1]}') });
    const fixed = applyFix(text, findings(text, rule)[0]);
    expect(fixed).toContain('      - {id: A1.1, title: Done already, status: done, done: 2015-01-20, measures: [O1.1]}\n      - {id: A1.2, title: TODO what will be done to move O1.1, owner: TODO who leads it, due: TODO the date it should be done by, status: planned, measures: [O1.1]}\n');
    expect(check(fixed).filter((f) => f.rule === rule || f.rule === 'schema' || f.rule === 'unique-ids')).toEqual([]);
  });
});
