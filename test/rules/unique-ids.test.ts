import { describe, expect, it } from 'vitest';
import { uniqueIds } from '../../core/rules/unique-ids';
import { applyFix, findings, header, measure, objective, plan, positionOf, qualitative } from './helpers';

const rule = 'unique-ids';

describe('unique-ids', () => {
  it('is an error by default', () => {
    expect(uniqueIds.id).toBe(rule);
    expect(uniqueIds.defaultSeverity).toBe('error');
  });

  it('does not fire when every id is used once', () => {
    expect(findings(plan([objective('O1'), objective('O2')]), rule)).toEqual([]);
  });

  it('reports the later of two measures with the same id, on its id', () => {
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
      '      - id: O1.1   # copied from above',
      '        title: Burglary',
      '        tier: high-level',
      '        type: count',
      '        better: lower',
      '        monitor: {reason: Recording practice is changing}',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 1, 'id']);
    expect(found[0].range).toEqual({ start: { line: 15, column: 13 }, end: { line: 15, column: 17 } });
    expect(found[0].message).toContain('"O1.1" is already used by the measure on line 9');
    expect(found[0].message).toContain('e.g. O1.1-2');
  });

  it('treats objectives and measures as one id space', () => {
    const text = plan([objective('O1', [measure('O1'), qualitative('O1.2')])]);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'id']);
    expect(found[0].message).toContain('already used by the objective on line 6');
  });

  it('finds duplicates across objectives', () => {
    const text = plan([objective('O1'), objective('O2', [measure('O1.1'), qualitative('O2.2')])]);
    const found = findings(text, rule);
    expect(found.map((f) => f.path)).toEqual([['objectives', 1, 'measures', 0, 'id']]);
    expect(found[0].range.start).toEqual(positionOf(text, 'O1.1', 'id: O2'));
  });

  it('renames the duplicate to an unused id, keeping the comment', () => {
    const text = plan([objective('O1', [measure('O1.1'), measure('O1.1  # keep me'), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    expect(finding.fixes?.[0].title).toBe('Rename this measure to O1.1-2');
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('- id: O1.1-2  # keep me');
    expect(findings(fixed, rule)).toEqual([]);
  });

  it('gives each of several duplicates its own new id', () => {
    const text = plan([objective('O1', [measure('O1.1'), measure('O1.1'), measure('O1.1-2'), measure('O1.1'), qualitative('O1.2')])]);
    const found = findings(text, rule);
    expect(found.map((f) => f.fixes?.[0].title)).toEqual(['Rename this measure to O1.1-3', 'Rename this measure to O1.1-4']);
    const fixed = applyFix(applyFix(text, found[1]), found[0]);
    expect(findings(fixed, rule)).toEqual([]);
  });

  it('quotes a new id that would not read back as text', () => {
    const text = plan([objective('O1', [measure("'12'"), measure("'12'"), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('- id: "12-2"');
    expect(findings(fixed, rule)).toEqual([]);
  });

  it('holds actions and recommendations to the same id space, the first in the file keeping its id', () => {
    const text = header.replace('objectives:', '') +
      '  recommendations:\n    - {id: A1, date: 2014-06-24, text: Report back on the local policing boards}\n' +
      `objectives:\n${objective('O1', undefined, { actions: '\n      - {id: A1, title: Burglary week, status: planned}\n      - {id: O1.1, title: Copied id, status: planned}' })}`;
    const found = findings(text, rule);
    expect(found.map((f) => f.path)).toEqual([
      ['objectives', 0, 'actions', 0, 'id'],
      ['objectives', 0, 'measures', 0, 'id'],
    ]);
    // the recommendation is on line 6 of the file, before the objectives
    expect(found[0].message).toContain('"A1" is already used by the recommendation on line 6');
    expect(found[0].message).toContain('Give this action its own id (e.g. A1-2)');
    // the objective's actions are written above its measures: the measure O1.1 is the later one
    expect(found[1].message).toContain(`"O1.1" is already used by the action on line ${positionOf(text, '{id: O1.1').line}`);
    expect(found[1].fixes?.[0].title).toBe('Rename this measure to O1.1-2');
  });
});
