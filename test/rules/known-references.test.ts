import { describe, expect, it } from 'vitest';
import { knownReferences } from '../../core/rules/known-references';
import { applyFix, findings, header, measure, objective, plan, positionOf, qualitative } from './helpers';

const rule = 'known-references';
const detailed = (id: string, supports: string) => measure(id, { tier: 'detailed', supports });

describe('known-references', () => {
  it('is an error by default', () => {
    expect(knownReferences.id).toBe(rule);
    expect(knownReferences.defaultSeverity).toBe('error');
  });

  it('does not fire when "supports" names a high-level measure, in any objective', () => {
    const text = plan([
      objective('O1', [measure('O1.1'), detailed('O1.2', 'O1.1'), qualitative('O1.3', { supports: 'O1.1' })]),
      objective('O2', [measure('O2.1'), detailed('O2.2', 'O1.1')]),
    ]);
    expect(findings(text, rule)).toEqual([]);
  });

  it('reports a reference to a measure that does not exist, on the reference', () => {
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
      '      - id: O1.2',
      '        title: Burglary',
      '        tier: detailed',
      '        supports: O1.9',
      '        type: count',
      '        better: lower',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 1, 'supports']);
    expect(found[0].range).toEqual({ start: { line: 18, column: 19 }, end: { line: 18, column: 23 } });
    expect(found[0].message).toBe(
      'Measure O1.2 supports "O1.9", but there is no measure "O1.9" in the plan: set "supports" to the id of the high-level measure it sits under (objective O1 has O1.1)',
    );
  });

  it('reports a reference to a detailed measure, an objective, or the measure itself', () => {
    const text = plan([objective('O1', [measure('O1.1'), detailed('O1.2', 'O1.1'), detailed('O1.3', 'O1.2'), detailed('O1.4', 'O1'), detailed('O1.5', 'O1.5')])]);
    const found = findings(text, rule);
    expect(found.map((f) => f.path[3])).toEqual([2, 3, 4]);
    expect(found[0].message).toContain('"O1.2" is a detailed measure, not a high-level measure');
    expect(found[1].message).toContain('"O1" is an objective, not a high-level measure');
    expect(found[2].message).toContain('a measure cannot support itself');
    expect(found[0].range.start).toEqual(positionOf(text, 'O1.2', 'supports: O1.2'));
  });

  it('offers the objective\'s high-level measures as fixes, keeping comments', () => {
    const text = plan([objective('O1', [measure('O1.1'), measure('O1.2'), detailed('O1.3', 'o1.2  # under the second')])]);
    const [finding] = findings(text, rule);
    expect(finding.fixes?.map((f) => f.title)).toEqual(['Support O1.2 (Measure O1.2)', 'Support O1.1 (Measure O1.1)']);
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('supports: O1.2  # under the second');
    expect(findings(fixed, rule)).toEqual([]);
    expect(findings(applyFix(text, finding, 1), rule)).toEqual([]);
  });

  it('tells the officer to add a high-level measure when the objective has none', () => {
    const text = plan([objective('O1'), objective('O2', [detailed('O2.1', 'O2.9'), qualitative('O2.2')])]);
    const [finding] = findings(text, rule);
    expect(finding.message).toContain('(add one with "tier: high-level")');
    expect(finding.fixes).toBeUndefined();
  });

  describe('actions and recommendations', () => {
    const withBoth = (actions: string, recommendations = '{id: R1, date: 2014-06-24, text: Report back on the local policing boards, objectives: [O1]}') =>
      header.replace('objectives:', '') +
      `  recommendations:\n    - ${recommendations}\n` +
      `objectives:\n${objective('O1', undefined, { actions: `\n      - ${actions}` })}${objective('O2')}`;

    it('does not fire when every reference resolves, to a measure of any objective', () => {
      expect(findings(withBoth('{id: A1, title: Week, status: planned, measures: [O1.1, O2.2], recommendation: R1}'), rule)).toEqual([]);
    });

    it('reports a measure an action names that is not in the plan, on that id', () => {
      const text = withBoth('{id: A1, title: Week, status: planned, measures: [O1.1, O1.7]}');
      const found = findings(text, rule);
      expect(found.map((f) => f.path)).toEqual([['objectives', 0, 'actions', 0, 'measures', 1]]);
      expect(found[0].range.start).toEqual(positionOf(text, 'O1.7'));
      expect(found[0].message).toBe(
        'Action A1 is meant to move "O1.7", but there is no measure "O1.7" in the plan: under "measures" write the ids of the measures it should move (objective O1 has O1.1, O1.2)',
      );
    });

    it('reports an objective named where a measure belongs', () => {
      const found = findings(withBoth('{id: A1, title: Week, status: planned, measures: [O2]}'), rule);
      expect(found[0].message).toContain('"O2" is an objective, not a measure');
    });

    it('reports a recommendation that is not in the plan', () => {
      const text = withBoth('{id: A1, title: Week, status: planned, recommendation: R9}');
      const found = findings(text, rule);
      expect(found.map((f) => f.path)).toEqual([['objectives', 0, 'actions', 0, 'recommendation']]);
      expect(found[0].range.start).toEqual(positionOf(text, 'R9'));
      expect(found[0].message).toBe(
        'Action A1 answers recommendation "R9", but there is no recommendation "R9" in the plan: write the id of the Panel recommendation it answers (the plan has R1)',
      );
    });

    it('reports an objective of a recommendation that is not in the plan', () => {
      const text = withBoth('{id: A1, title: Week, status: planned}', '{id: R1, date: 2014-06-24, text: Report back, objectives: [O2, O1.1]}');
      const found = findings(text, rule);
      expect(found.map((f) => f.path)).toEqual([['plan', 'recommendations', 0, 'objectives', 1]]);
      expect(found[0].message).toBe(
        'Recommendation R1 concerns "O1.1", but "O1.1" is a measure, not an objective: under "objectives" write the ids of the objectives it concerns (the plan has O1, O2)',
      );
    });
  });
});
