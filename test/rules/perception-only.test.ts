import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../../core/check';
import { memoryFileSystem } from '../../core/files';
import { perceptionOnly } from '../../core/rules/perception-only';
import { asOf, file, findings, measure, objective, plan, positionOf, qualitative } from './helpers';

const rule = 'perception-only';
const survey = (id: string, fields: Record<string, string | null> = {}) =>
  measure(id, {
    type: 'proportion',
    better: 'higher',
    unit: '"%"',
    baseline: '{period: FY2012-13, value: 80}',
    target: '{value: 85, by: 2017-03-31}',
    data: '[{period: FY2013-14, value: 81.5, sample: 1200}]',
    ...fields,
  });

describe('perception-only', () => {
  it('is info by default', () => {
    expect(perceptionOnly.id).toBe(rule);
    expect(perceptionOnly.defaultSeverity).toBe('info');
  });

  it('does not fire when a high-level measure is not a survey', () => {
    expect(findings(plan([objective('O1', [survey('O1.1'), measure('O1.2'), qualitative('O1.3')])]), rule)).toEqual([]);
    // a proportion from administrative data (no sample) is not a perception figure
    expect(findings(plan([objective('O1', [survey('O1.1', { data: '[{period: FY2013-14, value: 81.5, of: 300}]' }), qualitative('O1.2')])]), rule)).toEqual([]);
  });

  it('reports an objective whose high-level measures are all survey proportions', () => {
    const text = plan([objective('O1'), objective('O2', [survey('O2.1'), survey('O2.2'), qualitative('O2.3')])]);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].path).toEqual(['objectives', 1]);
    expect(found[0].range.start).toEqual(positionOf(text, 'id: O2'));
    expect(found[0].message).toBe(
      'Every high-level measure of objective O2 (O2.1, O2.2) is a survey figure: perception moves with sampling and with events outside policing. Add a high-level measure of what happens (recorded crime, outcomes, response times) or qualitative evidence beside it',
    );
  });

  it('reads survey samples from a CSV file beside the plan', () => {
    const text = plan([objective('O1', [survey('O1.1', { data: 'data/confidence.csv' }), qualitative('O1.2')])]);
    const csv = 'period,value,sample\nFY2013-14,81.5,1200\n';
    const fs = memoryFileSystem({ 'plans/data/confidence.csv': csv });
    const found = checkPlanText(text, file, { asOf, fs }).findings;
    expect(found.filter((f) => f.rule === 'schema')).toEqual([]);
    expect(found.filter((f) => f.rule === 'perception-only').map((f) => f.path)).toEqual([['objectives', 0]]);
  });
});
