import { describe, expect, it } from 'vitest';
import { surveyNeedsSample } from '../../core/rules/survey-needs-sample';
import { applyFix, check, findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { checkWithCsv, list } from './data-helpers';

const rule = 'survey-needs-sample';
const proportion = (id: string, fields: Record<string, string | null> = {}) =>
  measure(id, {
    title: 'Confidence in the police',
    type: 'proportion',
    better: 'higher',
    unit: '"%"',
    frequency: 'quarterly',
    baseline: '{period: FY2012-13, value: 60}',
    target: '{value: 65, by: 2017-03-31}',
    ...fields,
  });
const planWith = (...measures: string[]) => plan([objective('O1', [...measures, qualitative('O1.9')])]);
const ofRule = (text: string) => check(text).filter((f) => f.rule === rule);

describe('survey-needs-sample', () => {
  it('is a warning by default', () => {
    expect(surveyNeedsSample.id).toBe(rule);
    expect(surveyNeedsSample.defaultSeverity).toBe('warning');
  });

  it('reports a survey point without a sample, on the point, with what to write', () => {
    const text = planWith(proportion('O1.1', { data: list(['{period: 2014-Q1, value: 61, sample: 1200}', '{period: 2014-Q2, value: 59}  # revised']) }));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'data', 1]);
    const start = positionOf(text, '{period: 2014-Q2');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + '{period: 2014-Q2, value: 59}'.length } });
    expect(found[0].message).toBe(
      'Survey figure for 2014-Q2 of measure O1.1 has no sample size: add "sample: <number of respondents>" to this point, so the Panel sees the margin of error and whether a change is significant',
    );
  });

  it('quick fix adds the sample to a flow mapping and keeps comments', () => {
    const text = planWith(proportion('O1.1', { data: list(['{period: 2014-Q1, value: 61, sample: 1200}', '{period: 2014-Q2, value: 59}  # revised']) }));
    const fixed = applyFix(text, findings(text, rule)[0]);
    expect(fixed).toContain('- {period: 2014-Q2, value: 59, sample: TODO}  # revised');
    expect(fixed.replace(', sample: TODO}', '}')).toBe(text);
    expect(ofRule(fixed)).toEqual([]);
  });

  it('quick fix adds a line to a block mapping and keeps comments', () => {
    const data = '\n          - {period: 2014-Q1, value: 61, sample: 1200}\n          - period: 2014-Q2\n            value: 59  # provisional';
    const text = planWith(proportion('O1.1', { data }));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].range.start).toEqual(positionOf(text, 'period: 2014-Q2'));
    const fixed = applyFix(text, found[0]);
    expect(fixed).toContain('          - period: 2014-Q2\n            value: 59  # provisional\n            sample: TODO\n');
    expect(ofRule(fixed)).toEqual([]);
  });

  it('treats a proportion whose source or title names a survey as a survey', () => {
    const text = planWith(proportion('O1.1', { source: 'Force public confidence survey', data: '[{period: 2014-Q1, value: 61}, {period: 2014-Q2, value: 59}]' }));
    const found = findings(text, rule);
    expect(found.map((f) => f.path)).toEqual([
      ['objectives', 0, 'measures', 0, 'data', 0],
      ['objectives', 0, 'measures', 0, 'data', 1],
    ]);
    const fixed = applyFix(applyFix(text, found[1]), found[0]);
    expect(fixed).toContain('[{period: 2014-Q1, value: 61, sample: TODO}, {period: 2014-Q2, value: 59, sample: TODO}]');
    expect(ofRule(fixed)).toEqual([]);
  });

  it('does not fire for administrative proportions, points with "of", or other types', () => {
    expect(findings(planWith(proportion('O1.1', { data: '[{period: 2014-Q1, value: 61, of: 420}, {period: 2014-Q2, value: 59}]' })), rule)).toEqual([]);
    expect(findings(planWith(proportion('O1.1', { data: '[{period: 2014-Q1, value: 61, sample: 900}, {period: 2014-Q2, value: 59, of: 410}]' })), rule)).toEqual([]);
    expect(findings(planWith(measure('O1.1', { title: 'Survey responses received', data: '[{period: 2014, value: 61}]' })), rule)).toEqual([]);
    expect(findings(planWith(proportion('O1.1', { data: '[{period: 2014-Q1, value: 61, sample: 900}, {period: 2014-Q2, value: 59, sample: 880}]' })), rule)).toEqual([]);
  });

  it('reports a CSV point on its line of the CSV file', () => {
    const text = planWith(proportion('O1.1', { data: 'data/confidence.csv' }));
    const csv = 'period,value,sample\n2014-Q1,61,1200\n2014-Q2,59,\n';
    const found = checkWithCsv(text, { 'data/confidence.csv': csv }).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('plans/data/confidence.csv');
    expect(found[0].range.start).toEqual({ line: 3, column: 1 });
    expect(found[0].message).toContain('fill in the "sample" column on this line');
  });
});
