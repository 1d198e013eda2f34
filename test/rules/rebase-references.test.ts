import { describe, expect, it } from 'vitest';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { list, months } from './data-helpers';

// known-references for spc.rebase: monthly figures 2014-04 to 2015-03, checked as of 2015-03-31.
const rule = 'known-references';
const planWith = (rebase: string) =>
  plan([objective('O1', [measure('O1.1', { frequency: 'monthly', data: list(months('2014-04', new Array(12).fill(3500))), spc: `{rebase: ${rebase}}` }), qualitative('O1.9')])]);

describe('known-references: spc.rebase periods', () => {
  it('reports a rebase period that is no period of the figures, on the list entry', () => {
    const text = planWith('[2014-06, 2014-Q3]');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'spc', 'rebase', 1]);
    const start = positionOf(text, '2014-Q3');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + '2014-Q3'.length } });
    expect(found[0].message).toBe(
      'Rebase period 2014-Q3 of measure O1.1 is not the period of any of its figures as of 2015-03-31, so it is ignored: write the period of the first figure after the change, as the figures write theirs (its latest is 2015-03)',
    );
  });

  it('a period after the as-of date is not yet one of the figures', () => {
    expect(findings(planWith('[2015-06]'), rule).map((f) => f.path.at(-1))).toEqual([0]);
  });

  it('does not fire for periods of the figures', () => {
    expect(findings(planWith('[2014-04, 2015-03]'), rule)).toEqual([]);
  });
});
