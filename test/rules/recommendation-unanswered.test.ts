import { describe, expect, it } from 'vitest';
import { recommendationUnanswered } from '../../core/rules/recommendation-unanswered';
import { findings, header, objective, positionOf } from './helpers';

// As of 2015-03-31 (the helpers' date).
const rule = 'recommendation-unanswered';
const withRecommendations = (...items: string[]) =>
  `${header}  recommendations:\n${items.map((r) => `    - ${r}\n`).join('')}objectives:\n${objective('O1')}`;

describe('recommendation-unanswered', () => {
  it('is a warning by default, with the option days', () => {
    expect(recommendationUnanswered.id).toBe(rule);
    expect(recommendationUnanswered.defaultSeverity).toBe('warning');
    expect(Object.keys(recommendationUnanswered.options ?? {})).toEqual(['days']);
  });

  it('reports a recommendation unanswered for more than 28 days, on the recommendation', () => {
    // 2015-01-20 to 2015-03-31: 11 + 28 + 31 = 70 days
    const text = withRecommendations('{id: R1, date: 2015-01-20, from: Police and Crime Panel, text: Report back on the local policing boards}');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['plan', 'recommendations', 0]);
    expect(found[0].range.start).toEqual(positionOf(text, '{id: R1'));
    expect(found[0].message).toBe(
      'Recommendation R1 from the Police and Crime Panel, made on 2015-01-20, has had no response for 70 days (more than 28): ' +
        'add "response: {date: ..., accepted: yes, text: ...}" with the date and words of the answer (accepted: yes, no or partly), or "closed:" with the date if it has been set aside',
    );
  });

  it('allows exactly 28 days and reports from the 29th', () => {
    // 2015-03-03 to 2015-03-31 is 28 days: not yet; 2015-03-02 is 29 days: reported
    expect(findings(withRecommendations('{id: R1, date: 2015-03-03, text: Share prosecution figures}'), rule)).toEqual([]);
    expect(findings(withRecommendations('{id: R1, date: 2015-03-02, text: Share prosecution figures}'), rule).map((f) => f.message.split(':')[0])).toEqual([
      'Recommendation R1, made on 2015-03-02, has had no response for 29 days (more than 28)',
    ]);
  });

  it('counts an answer or closing only when dated on or before the as-of date', () => {
    expect(findings(withRecommendations('{id: R1, date: 2014-06-24, text: Report back, response: {date: 2014-07-15, accepted: yes}}'), rule)).toEqual([]);
    expect(findings(withRecommendations('{id: R1, date: 2014-06-24, text: Report back, closed: 2015-03-31}'), rule)).toEqual([]);
    // answered 2015-04-02, after 2015-03-31: still unanswered then
    expect(findings(withRecommendations('{id: R1, date: 2014-06-24, text: Report back, response: {date: 2015-04-02, accepted: no}}'), rule)).toHaveLength(1);
  });

  it('leaves out a recommendation made after the as-of date', () => {
    expect(findings(withRecommendations('{id: R1, date: 2015-04-01, text: Report back}'), rule)).toEqual([]);
  });

  it('reads the option days', () => {
    // 2015-02-01 to 2015-03-01 is 28 days, to 2015-03-31 30 more: 58 days
    const text = withRecommendations('{id: R1, date: 2015-02-01, text: Share prosecution figures}');
    expect(findings(text, rule, { days: 58 })).toEqual([]);
    expect(findings(text, rule, { days: 57 }).map((f) => f.message.split(':')[0])).toEqual([
      'Recommendation R1, made on 2015-02-01, has had no response for 58 days (more than 57)',
    ]);
  });
});
