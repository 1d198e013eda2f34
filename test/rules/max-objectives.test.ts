import { describe, expect, it } from 'vitest';
import { maxObjectives } from '../../core/rules/max-objectives';
import { findings, objective, plan, positionOf } from './helpers';

const rule = 'max-objectives';
const objectives = (n: number) => plan(Array.from({ length: n }, (_, i) => objective(`O${i + 1}`)));

describe('max-objectives', () => {
  it('is a warning by default', () => {
    expect(maxObjectives.id).toBe(rule);
    expect(maxObjectives.defaultSeverity).toBe('warning');
  });

  it('allows ten objectives by default', () => {
    expect(findings(objectives(10), rule)).toEqual([]);
  });

  it('reports the first objective beyond the limit', () => {
    const text = objectives(13);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 10]);
    const at = positionOf(text, 'id: O11');
    expect(found[0].range).toEqual({ start: at, end: { line: at.line, column: at.column + 'id: O11'.length } });
    expect(found[0].message).toBe(
      'The plan has 13 objectives, more than 10: a long list spreads effort thin and may be read as a priority order. Merge related objectives or move some into the description of others; if this many is deliberate, set "max-objectives: [warning, {max: 13}]" in plan-score.config.yaml',
    );
  });

  it('takes the limit from the option "max"', () => {
    expect(findings(objectives(13), rule, { max: 13 })).toEqual([]);
    const [finding] = findings(objectives(3), rule, { max: 2 });
    expect(finding.path).toEqual(['objectives', 2]);
    expect(finding.message).toContain('The plan has 3 objectives, more than 2');
  });

  it('falls back to the default for an unusable option', () => {
    expect(findings(objectives(11), rule, { max: 'lots' })).toHaveLength(1);
    expect(findings(objectives(10), rule, { max: -1 })).toEqual([]);
  });
});
