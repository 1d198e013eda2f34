import { describe, expect, it } from 'vitest';
import { targetNeedsBaseline } from '../../core/rules/target-needs-baseline';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';

const rule = 'target-needs-baseline';

describe('target-needs-baseline', () => {
  it('is an error by default', () => {
    expect(targetNeedsBaseline.id).toBe(rule);
    expect(targetNeedsBaseline.defaultSeverity).toBe('error');
  });

  it('does not fire when the target has a baseline, or there is no target', () => {
    const text = plan([
      objective('O1', [
        measure('O1.1'),
        measure('O1.2', { target: '{change: -5%, by: 2017-03-31}' }),
        measure('O1.3', { baseline: null, target: null, monitor: '{reason: Targets would discourage reporting}' }),
        qualitative('O1.4'),
      ]),
    ]);
    expect(findings(text, rule)).toEqual([]);
  });

  it('reports a value target without a baseline on the "target" key', () => {
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
      '        target: {value: 41800, by: 2017-03-31}',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'target']);
    expect(found[0].range).toEqual({ start: { line: 14, column: 9 }, end: { line: 14, column: 15 } });
    expect(found[0].message).toBe(
      'O1.1 has a target but no baseline: progress towards a target is judged along the line from the baseline to the target. Add "baseline: {period: ..., value: ...}" with the figure for the period before the plan (e.g. period: FY2012-13)',
    );
  });

  it('explains that a change target needs the figure it changes from', () => {
    const text = plan([objective('O1', [measure('O1.1', { baseline: null, target: '{change: -5%, by: 2017-03-31}' }), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    expect(finding.range.start).toEqual(positionOf(text, 'target:'));
    expect(finding.message).toContain('its target is a change ("-5%"), which means nothing without the figure it changes from');
  });
});
