import { describe, expect, it } from 'vitest';
import { qualitativeEvidence } from '../../core/rules/qualitative-evidence';
import { findings, measure, objective, plan, positionOf } from './helpers';

const rule = 'qualitative-evidence';

describe('qualitative-evidence', () => {
  it('is info by default', () => {
    expect(qualitativeEvidence.id).toBe(rule);
    expect(qualitativeEvidence.defaultSeverity).toBe('info');
  });

  it('does not fire when an objective has a qualitative measure', () => {
    expect(findings(plan(), rule)).toEqual([]);
  });

  it('reports an objective whose measures are all numeric, on its first line', () => {
    const text = plan([objective('O1'), objective('O2', [measure('O2.1'), measure('O2.2', { tier: 'detailed', supports: 'O2.1' })])]);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].path).toEqual(['objectives', 1]);
    const at = positionOf(text, 'id: O2');
    expect(found[0].range).toEqual({ start: at, end: { line: at.line, column: at.column + 'id: O2'.length } });
    expect(found[0].message).toBe(
      'Objective O2 is judged on figures alone: add a measure with "type: qualitative" and "evidence:" (case studies, inspection findings, Panel observations) to show what has been achieved beside the data',
    );
  });
});
