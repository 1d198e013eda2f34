import { describe, expect, it } from 'vitest';
import { ambitiousTarget } from '../../core/rules/ambitious-target';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { list, months } from './data-helpers';

// As of 2015-03-31. Three years of monthly crimes: 3,800 a month (2012-03 to 2013-02), then
// 3,750, then 3,700: every twelve-month total falls by 600 a year, so the best year-on-year
// improvement is 600 (first seen for the total ending 2014-02 against the one ending 2013-02).
// Current value 44,400 at 2015-02-28; 2015-02-28 → 2017-03-31 is 762 days = 2.0862 years.
const rule = 'ambitious-target';
const evidence = '[{date: 2015-03-01, summary: Inspection found good practice, assessment: on-track}]';
const planWith = (...measures: string[]) => plan([objective('O1', [...measures, qualitative('O1.9', { evidence })])]);
const history = [...months('2012-03', Array(12).fill(3800)), ...months('2013-03', Array(12).fill(3750)), ...months('2014-03', Array(12).fill(3700))];
const crimes = (fields: Record<string, string | null> = {}) => measure('O1.1', { frequency: 'monthly', data: list(history), ...fields });

describe('ambitious-target', () => {
  it('is a warning by default', () => {
    expect(ambitiousTarget.id).toBe(rule);
    expect(ambitiousTarget.defaultSeverity).toBe('warning');
  });

  it('reports a target that needs more than the best year-on-year fall, on the target value', () => {
    // (44,400 − 41,800) / 2.0862 = 1,246 a year needed; 44,400 − 600 × 2.0862 = 43,148 reachable.
    const text = planWith(crimes());
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'target', 'value']);
    const start = positionOf(text, '41800', 'target:');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + 5 } });
    expect(found[0].message).toBe(
      'The target for measure O1.1 (41,800 crimes by 2017-03-31) needs an improvement of 1,246 crimes a year from 44,400 crimes at 2015-02-28, ' +
        'but the best year-on-year improvement in its figures is 600 crimes (2014-02 against 2013-02): ' +
        'set a target the record supports (about 43,148 crimes by 2017-03-31 at the best rate seen), allow more time, or add a "commentary" entry saying what will change to deliver it',
    );
  });

  it('does not fire when the best year seen would reach the target, or with a larger factor', () => {
    // (44,400 − 43,500) / 2.0862 = 431 a year, under 600.
    expect(findings(planWith(crimes({ target: '{value: 43500, by: 2017-03-31}' })), rule)).toEqual([]);
    // 1,246 ≤ 3 × 600
    expect(findings(planWith(crimes()), rule, { factor: 3 })).toEqual([]);
    const scaled = findings(planWith(crimes()), rule, { factor: 1.5 });
    expect(scaled).toHaveLength(1);
    expect(scaled[0].message).toContain('is 600 crimes (2014-02 against 2013-02), and the limit is 1.5 × that');
  });

  it('reads a change target through the evaluation and fires on the change', () => {
    // -10% of 44,000 = 39,600
    const found = findings(planWith(crimes({ target: '{change: -10%, by: 2017-03-31}' })), rule);
    expect(found.map((f) => f.path)).toEqual([['objectives', 0, 'measures', 0, 'target', 'change']]);
    expect(found[0].message).toMatch(/^The target for measure O1\.1 \(39,600 crimes by 2017-03-31\)/);
  });

  it('needs two full years of figures for counts (23 months are not enough), and never fires on a target already met', () => {
    expect(findings(planWith(crimes({ data: list(history.slice(13)) })), rule)).toEqual([]);
    expect(findings(planWith(crimes({ target: '{value: 44500, by: 2017-03-31}', baseline: '{period: FY2012-13, value: 45000}' })), rule)).toEqual([]);
  });

  it('compares points twelve months apart for other types, and fires when the figures never improved', () => {
    const confidence = (data: string) =>
      measure('O1.1', {
        type: 'proportion',
        better: 'higher',
        unit: '"%"',
        frequency: 'quarterly',
        baseline: '{period: FY2012-13, value: 60}',
        target: '{value: 70, by: 2017-03-31}',
        data,
      });
    // 2014-Q4 (62) against 2013-Q4 (61): +1 point a year at best; 70 needs (70 − 62) / 2.25 years.
    const rising = '[{period: 2013-Q3, value: 60}, {period: 2013-Q4, value: 61}, {period: 2014-Q3, value: 60.5}, {period: 2014-Q4, value: 62}]';
    const found = findings(planWith(confidence(rising)), rule);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('the best year-on-year improvement in its figures is 1 percentage point (2014-Q4 against 2013-Q4)');
    const falling = '[{period: 2013-Q4, value: 64}, {period: 2014-Q4, value: 62}]';
    expect(findings(planWith(confidence(falling)), rule)[0].message).toContain('but its figures show no year-on-year improvement (at best 2 percentage points worse, 2014-Q4 against 2013-Q4)');
    // no point twelve months before another: nothing to compare
    expect(findings(planWith(confidence('[{period: 2014-Q3, value: 60}, {period: 2014-Q4, value: 62}]')), rule)).toEqual([]);
  });
});
