import { describe, expect, it } from 'vitest';
import { timeBoundTarget } from '../../core/rules/time-bound-target';
import { applyFix, findings, measure, objective, plan, positionOf, qualitative } from './helpers';

const rule = 'time-bound-target';

describe('time-bound-target', () => {
  it('is an error by default', () => {
    expect(timeBoundTarget.id).toBe(rule);
    expect(timeBoundTarget.defaultSeverity).toBe('error');
  });

  it('does not fire on targets dated within the plan period, ends included', () => {
    const text = plan([
      objective('O1', [
        measure('O1.1', { target: '{value: 41800, by: 2017-03-31}' }),
        measure('O1.2', { target: '{value: 41800, by: 2013-04-01}' }),
        measure('O1.3', { target: null, monitor: '{reason: Targets would discourage reporting}' }),
        qualitative('O1.4'),
      ]),
    ]);
    expect(findings(text, rule)).toEqual([]);
  });

  it('reports a target without "by" on the target', () => {
    const text = [
      'plan:',
      '  id: test-plan',
      '  title: Test plan',
      '  period: {start: 2013-04-01, end: 2017-03-31}',
      'objectives:',
      '  - id: O1',
      '    title: Reduce crime',
      '    measures:',
      '      - id: O1.1',
      '        title: Victim-based crime',
      '        tier: high-level',
      '        type: count',
      '        better: lower',
      '        baseline: {period: FY2012-13, value: 44000}',
      '        target: {value: 41800}',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'target']);
    expect(found[0].range).toEqual({ start: { line: 15, column: 17 }, end: { line: 15, column: 31 } });
    expect(found[0].message).toBe(
      'The target of O1.1 has no date: add "by:" with the date the target should be reached within the plan period (2013-04-01 to 2017-03-31), e.g. "by: 2017-03-31"',
    );
  });

  it('adds "by: <plan end>" to a flow-style target, keeping its comment', () => {
    const text = plan([objective('O1', [measure('O1.1', { target: '{value: 41800}   # agreed with the Chief Constable' }), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    expect(finding.fixes?.[0].title).toBe('Add "by: 2017-03-31" (the end of the plan) to O1.1\'s target');
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('target: {value: 41800, by: 2017-03-31}   # agreed with the Chief Constable');
    expect(findings(fixed, rule)).toEqual([]);
  });

  it('adds "by" to a block-style target', () => {
    const text = plan([objective('O1', [measure('O1.1', { target: '\n          value: 41800  # the 5% reduction', source: 'Force crime recording system' }), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('          value: 41800  # the 5% reduction\n          by: 2017-03-31\n        source: Force crime recording system');
    expect(findings(fixed, rule)).toEqual([]);
  });

  it('reports a date after the plan ends, on the date, and moves it to the end of the plan', () => {
    const text = plan([objective('O1', [measure('O1.1', { target: '{value: 41800, by: 2018-03-31}  # next plan?' }), qualitative('O1.2')])]);
    const [finding, ...rest] = findings(text, rule);
    expect(rest).toEqual([]);
    expect(finding.path).toEqual(['objectives', 0, 'measures', 0, 'target', 'by']);
    expect(finding.range.start).toEqual(positionOf(text, '2018-03-31'));
    expect(finding.message).toBe(
      'The target of O1.1 is due on 2018-03-31, after the plan ends on 2017-03-31: set "by" to a date within the plan period (2013-04-01 to 2017-03-31), when this plan can be held to it',
    );
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('by: 2017-03-31}  # next plan?');
    expect(findings(fixed, rule)).toEqual([]);
  });

  it('reports a date before the plan starts', () => {
    const text = plan([objective('O1', [measure('O1.1', { target: '{value: 41800, by: 2013-03-31}' }), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    expect(finding.message).toContain('before the plan starts on 2013-04-01');
  });
});
