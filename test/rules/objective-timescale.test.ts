import { describe, expect, it } from 'vitest';
import { objectiveTimescale } from '../../core/rules/objective-timescale';
import { applyFix, findings, measure, objective, plan, qualitative } from './helpers';

const rule = 'objective-timescale';

describe('objective-timescale', () => {
  it('is a warning by default', () => {
    expect(objectiveTimescale.id).toBe(rule);
    expect(objectiveTimescale.defaultSeverity).toBe('warning');
  });

  it('does not fire when the objective has "due"', () => {
    expect(findings(plan(), rule)).toEqual([]);
  });

  it('reports an objective without "due" on its first line', () => {
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
      '        monitor: {reason: Recording practice is changing}',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0]);
    expect(found[0].range).toEqual({ start: { line: 6, column: 5 }, end: { line: 6, column: 11 } });
    expect(found[0].message).toBe(
      'Objective O1 has no timescale: add "due:" with the date by which it should be delivered, e.g. "due: 2017-03-31" (the end of the plan) or an earlier date for a first-year focus',
    );
  });

  it('adds "due: <plan end>" after the objective\'s last entry, keeping comments', () => {
    const text = plan([objective('O1', [measure('O1.1'), qualitative('O1.2', { frequency: 'quarterly  # each Panel meeting' })], { due: null }), objective('O2')]);
    const [finding] = findings(text, rule);
    expect(finding.fixes?.[0].title).toBe('Add "due: 2017-03-31" (the end of the plan) to objective O1');
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('# each Panel meeting');
    expect(fixed).toMatch(/assessment: on-track\}\]\n {4}due: 2017-03-31\n {2}- id: O2/);
    expect(findings(fixed, rule)).toEqual([]);
  });
});
