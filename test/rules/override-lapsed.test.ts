import { describe, expect, it } from 'vitest';
import { overrideLapsed } from '../../core/rules/override-lapsed';
import { check, findings, measure, objective, plan, positionOf, qualitative } from './helpers';
import { checkWithCsv, list, months } from './data-helpers';

const rule = 'override-lapsed';
const planWith = (...measures: string[]) => plan([objective('O1', [...measures, qualitative('O1.9')])]);
const judgement = (date: string) => `{status: at-risk, reason: The rise is the recording audit, by: Chief Executive, date: ${date}}`;
// the helpers check as of 2015-03-31
const judged = (date: string, data: string[]) => measure('O1.1', { frequency: 'monthly', override: judgement(date), data: list(data) });

describe('override-lapsed', () => {
  it('is a warning by default', () => {
    expect(overrideLapsed.id).toBe(rule);
    expect(overrideLapsed.defaultSeverity).toBe('warning');
  });

  it('fires on the override key when a figure ending after its date has arrived, naming the figure', () => {
    // 2015-02 ends 2015-02-28, after the judgement of 2015-02-10; the computed status: 24 months of
    // 3,600 give 43,200 against a line from 44,000 (at 2013-03-31) to 41,800 (at 2017-03-31):
    // expected at 2015-02-28 = 44,000 − 2,200 × 699/1,461 = 42,947.4, so 43,200 is off track
    const text = planWith(judged('2015-02-10', months('2013-03', Array(24).fill(3600))));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'override']);
    const start = positionOf(text, 'override:');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + 'override'.length } });
    expect(found[0].message).toBe(
      'The judgement on measure O1.1 (at-risk, recorded 2015-02-10) no longer applies: the figure for 2015-02 came after it, so the computed status (off-track) stands. ' +
        "If the judgement still holds, record it again with today's date and the reason in the light of the new figure; otherwise remove \"override\"",
    );
  });

  it('does not fire while the override applies, before its date, or on a qualitative measure', () => {
    // the latest figure, 2015-02, ends on 2015-02-28: a judgement of that day or later still applies
    expect(findings(planWith(judged('2015-02-28', months('2013-03', Array(24).fill(3600)))), rule)).toEqual([]);
    // a judgement dated after the as-of date has not been made yet
    expect(findings(planWith(judged('2015-04-02', months('2013-03', Array(24).fill(3600)))), rule)).toEqual([]);
    expect(findings(planWith(qualitative('O1.2', { override: judgement('2014-01-01') })), rule)).toEqual([]);
  });

  it('counts only the series: a figure left out for its frequency does not end the judgement', () => {
    const text = planWith(judged('2015-02-28', [...months('2013-03', Array(24).fill(3600)), '{period: 2015-03-31, value: 120}', '{period: 2015-Q1, value: 10800}']));
    // the single day fits any frequency and ends it; the quarter would not have
    expect(findings(text, rule).map((f) => f.message.match(/the figure for (\S+)/)?.[1])).toEqual(['2015-03-31']);
  });

  it('fires for figures in a CSV file, on the override in the plan', () => {
    const text = planWith(measure('O1.1', { frequency: 'monthly', override: judgement('2015-01-15'), data: 'data/crime.csv' }));
    const csv = 'period,value\n2015-01,3600\n2015-02,3620\n';
    const found = checkWithCsv(text, { 'data/crime.csv': csv }).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('plans/test.plan.yaml');
    expect(found[0].message).toContain('the figure for 2015-01 came after it');
  });

  it('the schema requires the reason and the date, and knows the statuses', () => {
    const noReason = check(planWith(measure('O1.1', { override: '{status: at-risk, date: 2015-01-01}' })));
    expect(noReason.filter((f) => f.rule === 'schema').map((f) => f.message)).toEqual([expect.stringContaining('has no "reason"')]);
    const noDate = check(planWith(measure('O1.1', { override: '{status: at-risk, reason: audit}' })));
    expect(noDate.filter((f) => f.rule === 'schema').map((f) => f.message)).toEqual([expect.stringContaining('has no "date"')]);
    const badStatus = check(planWith(measure('O1.1', { override: '{status: amber, reason: audit, date: 2015-01-01}' })));
    expect(badStatus.filter((f) => f.rule === 'schema').map((f) => f.message)).toEqual([
      '"amber" is not allowed for measure O1.1 › override › status: write one of on-track, at-risk, off-track, achieved, missed',
    ]);
  });
});
