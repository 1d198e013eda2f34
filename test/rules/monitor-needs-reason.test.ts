import { describe, expect, it } from 'vitest';
import { monitorNeedsReason } from '../../core/rules/monitor-needs-reason';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';

const rule = 'monitor-needs-reason';
const monitored = (id: string, monitor: string) => measure(id, { baseline: null, target: null, monitor });

describe('monitor-needs-reason', () => {
  it('is an error by default', () => {
    expect(monitorNeedsReason.id).toBe(rule);
    expect(monitorNeedsReason.defaultSeverity).toBe('error');
  });

  it('does not fire when the reason is given', () => {
    const text = plan([objective('O1', [measure('O1.1'), monitored('O1.2', '{reason: Targets here risk discouraging victims from reporting}'), qualitative('O1.3')])]);
    expect(findings(text, rule)).toEqual([]);
  });

  it('reports a monitor without a reason on the "monitor" key', () => {
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
      '        title: Hate crime',
      '        tier: high-level',
      '        type: count',
      '        better: higher',
      '        monitor: {}',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'monitor']);
    expect(found[0].range).toEqual({ start: { line: 14, column: 9 }, end: { line: 14, column: 16 } });
    expect(found[0].message).toBe(
      'O1.1 is monitored without a target but does not say why: write the reason in "monitor: {reason: ...}", e.g. "Targets here risk discouraging victims from reporting", so the Panel can see that leaving out a target was a decision',
    );
  });

  it('reports an empty reason on the reason', () => {
    const text = plan([objective('O1', [measure('O1.1'), monitored('O1.2', '{reason: "  "}'), qualitative('O1.3')])]);
    const [finding] = findings(text, rule);
    expect(finding.path).toEqual(['objectives', 0, 'measures', 1, 'monitor', 'reason']);
    expect(finding.range.start).toEqual(positionOf(text, '"  "'));
  });
});
