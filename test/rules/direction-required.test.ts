import { describe, expect, it } from 'vitest';
import { directionRequired } from '../../core/rules/direction-required';
import { applyFix, findings, measure, objective, plan, qualitative } from './helpers';

const rule = 'direction-required';

describe('direction-required', () => {
  it('is an error by default', () => {
    expect(directionRequired.id).toBe(rule);
    expect(directionRequired.defaultSeverity).toBe('error');
  });

  it('does not fire when "better" is given, nor on qualitative measures', () => {
    const text = plan([objective('O1', [measure('O1.1'), measure('O1.2', { type: 'proportion', better: 'higher', unit: '"%"', baseline: '{period: FY2012-13, value: 80}', target: '{value: 85, by: 2017-03-31}' }), qualitative('O1.3')])]);
    expect(findings(text, rule)).toEqual([]);
  });

  it('reports a numeric measure without "better" on its first line', () => {
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
      '        monitor: {reason: Recording practice is changing}',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0]);
    expect(found[0].range).toEqual({ start: { line: 9, column: 9 }, end: { line: 9, column: 17 } });
    expect(found[0].message).toBe(
      'O1.1 does not say which way is better: add "better: lower" (e.g. crimes, repeat victims) or "better: higher" (e.g. satisfaction, charges), so its progress and direction of travel can be judged',
    );
  });

  it('offers "better: lower" first for a count and "better: higher" too; both clear the finding and keep comments', () => {
    const text = plan([objective('O1', [measure('O1.1', { better: null, target: '{value: 41800, by: 2017-03-31}  # agreed' }), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    expect(finding.fixes?.map((f) => f.title)).toEqual(['Add "better: lower" to O1.1 (lower is better)', 'Add "better: higher" to O1.1 (higher is better)']);
    const lower = applyFix(text, finding, 0);
    expect(lower).toContain('        target: {value: 41800, by: 2017-03-31}  # agreed\n        better: lower\n');
    expect(findings(lower, rule)).toEqual([]);
    const higher = applyFix(text, finding, 1);
    expect(higher).toContain('# agreed\n        better: higher\n');
    expect(findings(higher, rule)).toEqual([]);
  });

  it('offers "better: higher" first for a proportion', () => {
    const text = plan([objective('O1', [measure('O1.1', { type: 'proportion', better: null, unit: '"%"', baseline: '{period: FY2012-13, value: 80}', target: '{value: 85, by: 2017-03-31}' }), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    expect(finding.fixes?.[0].title).toBe('Add "better: higher" to O1.1 (higher is better)');
  });
});
