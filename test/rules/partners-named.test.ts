import { describe, expect, it } from 'vitest';
import { partnersNamed } from '../../core/rules/partners-named';
import { findings, objective, plan, positionOf } from './helpers';

const rule = 'partners-named';

describe('partners-named', () => {
  it('is a warning by default', () => {
    expect(partnersNamed.id).toBe(rule);
    expect(partnersNamed.defaultSeverity).toBe('warning');
  });

  it('does not fire when an objective names its partners', () => {
    expect(findings(plan(), rule)).toEqual([]);
  });

  it('reports an objective without partners on its first line', () => {
    const text = plan([objective('O1'), objective('O2', undefined, { partners: null })]);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 1]);
    const at = positionOf(text, 'id: O2');
    expect(found[0].range).toEqual({ start: at, end: { line: at.line, column: at.column + 'id: O2'.length } });
    expect(found[0].message).toBe(
      'Objective O2 names no partners: add "partners: [...]" with the organisations that will help deliver it, e.g. [Community Safety Partnerships, Local authorities, Health and Wellbeing Boards]',
    );
  });

  it('reports an empty list on the "partners" key', () => {
    const text = plan([objective('O1', undefined, { partners: '[]' })]);
    const [finding] = findings(text, rule);
    expect(finding.path).toEqual(['objectives', 0, 'partners']);
    expect(finding.range.start).toEqual(positionOf(text, 'partners'));
  });
});
