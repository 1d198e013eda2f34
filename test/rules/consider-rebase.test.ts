import { describe, expect, it } from 'vitest';
import { considerRebase } from '../../core/rules/consider-rebase';
import { applyFix, findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { list, months } from './data-helpers';

// Monthly counts from 2013-04 to 2015-03, checked as of 2015-03-31.
const rule = 'consider-rebase';
const planWith = (...measures: string[]) => plan([objective('O1', [...measures, qualitative('O1.9')])]);
const monitored = (values: number[], fields: Record<string, string | null> = {}) =>
  measure('O1.1', { frequency: 'monthly', baseline: null, target: null, monitor: '{reason: Reporting must not be discouraged}', data: list(months('2013-04', values)), ...fields });

// 16 months alternating 100, 90, then 8 months alternating 104, 106 (2014-08 to 2015-03).
// centre = (8 × 100 + 8 × 90 + 4 × 104 + 4 × 106) / 24 = 2360 / 24 = 98.33. Moving ranges: fifteen of
// 10, one of |104 − 90| = 14 and seven of 2: mean 178 / 23 = 7.74, limits 98.33 ± 2.66 × 7.74 =
// 77.74 to 118.92, so no point is outside. The 100s lie above the centre too, but each is followed
// by a 90 below it: the run above the centre starts at 2014-08 and holds the last 8 points.
const shifted = [...Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 100 : 90)), 104, 106, 104, 106, 104, 106, 104, 106];

// 17 months alternating 100, 90 (ending 100 at 2014-08), then 92 to 98 rising one a month (2014-09
// to 2015-03): 6 rises, a trend of 7. centre = (9 × 100 + 8 × 90 + 665) / 24 = 95.2, so the trend
// crosses the centre (92-95 below, 96-98 above): it is no run.
const rising = [...Array.from({ length: 17 }, (_, i) => (i % 2 === 0 ? 100 : 90)), 92, 93, 94, 95, 96, 97, 98];

describe('consider-rebase', () => {
  it('is info by default', () => {
    expect(considerRebase.id).toBe(rule);
    expect(considerRebase.defaultSeverity).toBe('info');
  });

  it('fires when the latest point is in a run of 7 or more on one side, naming the run’s first period', () => {
    const text = planWith(monitored(shifted));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0]);
    const start = positionOf(text, 'id: O1.1');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + 'id: O1.1'.length } });
    expect(found[0].message).toBe(
      'Measure O1.1: the latest 8 figures all lie above the centre line, from 2014-08. If the way the figures are counted or the work itself changed then, add "spc: {rebase: [2014-08]}" so that the centre and limits describe the process as it now is; if nothing changed, the shift is real: explain it in the commentary',
    );
  });

  it('fires when the latest point is in a trend, naming the trend’s first period', () => {
    const found = findings(planWith(monitored(rising)), rule);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('the latest 7 figures each rose from the one before, from 2014-09.');
    expect(found[0].message).toContain('"spc: {rebase: [2014-09]}"');
  });

  it('does not fire on common-cause variation, or when the new segment is too short for limits', () => {
    expect(findings(planWith(monitored(Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? 100 : 90)))), rule)).toEqual([]);
    // rebased at 2014-08 the latest segment has 8 points: no SPC, nothing to suggest
    expect(findings(planWith(monitored(shifted, { spc: '{rebase: [2014-08]}' })), rule)).toEqual([]);
  });

  it('sits on the spc key when there is one; the quick fix adds the rebase and the finding goes', () => {
    const text = planWith(monitored(shifted, { spc: '{fixAfter: 16}' }));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'spc']);
    expect(found[0].range.start).toEqual(positionOf(text, 'spc:'));
    const fixed = applyFix(text, found[0]);
    expect(fixed).toContain('rebase: [2014-08]');
    expect(findings(fixed, rule)).toEqual([]);
  });

  it('the quick fix adds spc when there is none', () => {
    const text = planWith(monitored(shifted));
    const fixed = applyFix(text, findings(text, rule)[0]);
    expect(fixed).toContain('        spc: {rebase: [2014-08]}\n');
    expect(findings(fixed, rule)).toEqual([]);
  });
});
