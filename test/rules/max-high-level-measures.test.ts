import { describe, expect, it } from 'vitest';
import { maxHighLevelMeasures } from '../../core/rules/max-high-level-measures';
import { findings, measure, objective, plan, positionOf, qualitative } from './helpers';

const rule = 'max-high-level-measures';

/** `perObjective` high-level measures in each of `objectives` objectives, with a detailed one each. */
function planWith(objectives: number, perObjective: number): string {
  return plan(
    Array.from({ length: objectives }, (_, o) =>
      objective(`O${o + 1}`, [...Array.from({ length: perObjective }, (_, m) => measure(`O${o + 1}.${m + 1}`)), qualitative(`O${o + 1}.q`)]),
    ),
  );
}

describe('max-high-level-measures', () => {
  it('is a warning by default', () => {
    expect(maxHighLevelMeasures.id).toBe(rule);
    expect(maxHighLevelMeasures.defaultSeverity).toBe('warning');
  });

  it('allows fifteen high-level measures in the plan; detailed ones do not count', () => {
    expect(findings(planWith(5, 3), rule)).toEqual([]);
  });

  it('counts across objectives and reports the first measure beyond the limit', () => {
    const text = planWith(4, 4);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 3, 'measures', 3]);
    const at = positionOf(text, 'id: O4.4');
    expect(found[0].range).toEqual({ start: at, end: { line: at.line, column: at.column + 'id: O4.4'.length } });
    expect(found[0].message).toBe(
      'The plan has 16 high-level measures, more than 15: keep a small number of high-level measures and move the rest to "tier: detailed" with "supports:" naming the high-level measure they sit under. If this many is deliberate, set "max-high-level-measures: [warning, {max: 16}]" in plan-score.config.yaml',
    );
  });

  it('takes the limit from the option "max"', () => {
    expect(findings(planWith(4, 4), rule, { max: 16 })).toEqual([]);
    const [finding] = findings(planWith(2, 2), rule, { max: 2 });
    expect(finding.path).toEqual(['objectives', 1, 'measures', 0]);
  });
});
