import { describe, expect, it } from 'vitest';
import { actionOverdue } from '../../core/rules/action-overdue';
import { applyFix, check, findings, objective, plan, positionOf } from './helpers';

// As of 2015-03-31 (the helpers' date).
const rule = 'action-overdue';
const withActions = (...actions: string[]) => plan([objective('O1', undefined, { actions: `\n${actions.map((a) => `      - ${a}`).join('\n')}` })]);

describe('action-overdue', () => {
  it('is a warning by default', () => {
    expect(actionOverdue.id).toBe(rule);
    expect(actionOverdue.defaultSeverity).toBe('warning');
  });

  it('reports an in-progress action due the day before the as-of date, on its due date', () => {
    const text = withActions('{id: A1.1, title: Burglary reduction week, status: in-progress, due: 2015-03-30}');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'actions', 0, 'due']);
    const start = positionOf(text, '2015-03-30');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + 10 } });
    expect(found[0].message).toBe(
      'Action A1.1 (Burglary reduction week) was due on 2015-03-30 and is still in progress as of 2015-03-31: if it is finished, set "status: done" and "done:" with the date; ' +
        'if it is late, add an update saying why and set a new "due" date; if it has been set aside, set "status: dropped" and "done:" with the date',
    );
  });

  it('reports a planned action past its date', () => {
    const found = findings(withActions('{id: A1.1, title: Magistrates summit, status: planned, due: 2014-12-31}'), rule);
    expect(found.map((f) => f.message.split(':')[0])).toEqual(['Action A1.1 (Magistrates summit) was due on 2014-12-31 and is still planned as of 2015-03-31']);
  });

  it('does not fire when due on the as-of date or later, without a due date, or done or dropped by then', () => {
    const text = withActions(
      '{id: A1, title: Due today, status: in-progress, due: 2015-03-31}',
      '{id: A2, title: Due later, status: planned, due: 2015-04-01}',
      '{id: A3, title: No date, status: in-progress}',
      '{id: A4, title: Done, status: done, done: 2015-03-31, due: 2015-01-31}',
      '{id: A5, title: Dropped, status: dropped, done: 2015-02-01, due: 2015-01-31}',
    );
    expect(findings(text, rule)).toEqual([]);
  });

  it('replays an action done after the as-of date as still in progress then, without a fix', () => {
    // done 2015-04-20, after 2015-03-31; due 2015-03-01 had passed by then
    const found = findings(withActions('{id: A1, title: Week of action, status: done, done: 2015-04-20, due: 2015-03-01}'), rule);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('was due on 2015-03-01 and is still in progress as of 2015-03-31');
    expect(found[0].fixes).toBeUndefined();
  });

  it('quick fix marks a flow-style action done on the as-of date, and the finding goes', () => {
    const text = withActions('{id: A1.1, title: Burglary reduction week, status: in-progress, due: 2015-03-30}  # from the delivery plan');
    const found = findings(text, rule);
    expect(found[0].fixes?.[0].title).toBe('Mark A1.1 as done on 2015-03-31');
    const fixed = applyFix(text, found[0]);
    expect(fixed).toContain('{id: A1.1, title: Burglary reduction week, status: done, due: 2015-03-30, done: 2015-03-31}  # from the delivery plan');
    expect(check(fixed).filter((f) => f.rule === rule || f.rule === 'schema')).toEqual([]);
  });

  it('quick fix works on a block-style action too', () => {
    const text = plan([
      objective('O1', undefined, {
        actions: '\n      - id: A1.1\n        title: Burglary reduction week\n        status: planned\n        due: 2015-01-31',
      }),
    ]);
    const fixed = applyFix(text, findings(text, rule)[0]);
    expect(fixed).toContain('        status: done\n        due: 2015-01-31\n        done: 2015-03-31\n');
    expect(check(fixed).filter((f) => f.rule === rule || f.rule === 'schema')).toEqual([]);
  });
});
