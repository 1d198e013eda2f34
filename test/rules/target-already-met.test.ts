import { describe, expect, it } from 'vitest';
import { resolveTargetValue, targetAlreadyMet } from '../../core/rules/target-already-met';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';

const rule = 'target-already-met';
const one = (fields: Record<string, string | null>) => plan([objective('O1', [measure('O1.1', fields), qualitative('O1.2')])]);

describe('target-already-met', () => {
  it('is a warning by default', () => {
    expect(targetAlreadyMet.id).toBe(rule);
    expect(targetAlreadyMet.defaultSeverity).toBe('warning');
  });

  it('resolves change targets against the baseline', () => {
    expect(resolveTargetValue({ change: '-5%' }, 44000)).toBeCloseTo(41800);
    expect(resolveTargetValue({ change: '+10%' }, 80)).toBeCloseTo(88);
    expect(resolveTargetValue({ change: -200 }, 44000)).toBe(43800);
    expect(resolveTargetValue({ change: '+3' }, 80)).toBe(83);
    expect(resolveTargetValue({ value: 5, change: '-5%' }, 44000)).toBe(5);
    expect(resolveTargetValue({ change: 'less' }, 44000)).toBeUndefined();
  });

  it('does not fire on a target that asks for improvement', () => {
    expect(findings(one({}), rule)).toEqual([]);
    expect(findings(one({ target: '{change: -5%, by: 2017-03-31}' }), rule)).toEqual([]);
    expect(findings(one({ better: 'higher', target: '{change: 2000, by: 2017-03-31}' }), rule)).toEqual([]);
  });

  it('reports a value target the baseline already meets, on the value', () => {
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
      '        unit: crimes',
      '        baseline: {period: FY2012-13, value: 44000}',
      '        target: {value: 45000, by: 2017-03-31}',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'target', 'value']);
    expect(found[0].range).toEqual({ start: { line: 16, column: 25 }, end: { line: 16, column: 30 } });
    expect(found[0].message).toBe(
      'The baseline of O1.1 (44,000 crimes in FY2012-13) already meets its target of 45,000 crimes, with lower better: the target asks for no improvement. Set a target below 44,000 crimes, or, if holding the present level is the aim, say so in the description',
    );
  });

  it('counts a target equal to the baseline as met', () => {
    expect(findings(one({ target: '{value: 44000, by: 2017-03-31}' }), rule)).toHaveLength(1);
    expect(findings(one({ target: '{change: 0%, by: 2017-03-31}' }), rule)).toHaveLength(1);
  });

  it('reports a change in the wrong direction, on the change', () => {
    const text = one({ type: 'proportion', better: 'higher', unit: '"%"', baseline: '{period: FY2012-13, value: 80}', target: '{change: -5%, by: 2017-03-31}' });
    const [finding] = findings(text, rule);
    expect(finding.path).toEqual(['objectives', 0, 'measures', 0, 'target', 'change']);
    expect(finding.range.start).toEqual(positionOf(text, '-5%'));
    expect(finding.message).toContain('already meets its target of a change of -5% (76%), with higher better');
    expect(finding.message).toContain('Set a target above 80%');
  });
});
