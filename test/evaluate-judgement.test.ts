// DESIGN §4 v2: survey shortfalls inside the margin of error, recorded judgements (override) and
// `better: neutral`, each with the arithmetic written out.
import { describe, expect, it } from 'vitest';
import { evaluateMeasure, evaluatePlan } from '../core/evaluate/index';
import type { DataPoint, Measure, Plan } from '../core/types';

function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

const base: Measure = { id: 'M1', title: 'Test measure', tier: 'high-level', type: 'count', better: 'lower' };

// Baseline FY2013-14 (stands at 2014-03-31), target by 2016-03-31: 365 + 366 = 731 days.
// At 2015-03-31, 365 days in, the expected value is baseline + (target − baseline) × 365/731.
const days = 365 / 731;

describe('survey proportions: the margin of error', () => {
  // 80% satisfied, baseline 80%, target 84%: expected at 2015-03-31 = 80 + 4 × 365/731 = 81.9973%,
  // so the gap is 80 − 81.9973 = −1.9973 points: off track on the trajectory alone.
  const survey = (sample: number | undefined, of?: number): Measure => ({
    ...base,
    type: 'proportion',
    better: 'higher',
    baseline: { period: 'FY2013-14', value: 80 },
    target: { value: 84, by: '2016-03-31' },
    data: [{ period: '2015-03', value: 80, ...(sample !== undefined ? { sample } : {}), ...(of !== undefined ? { of } : {}) }],
  });

  it('a shortfall with the expected value inside the 95% Wilson interval is at risk, not off track', () => {
    // n = 400, p = 0.8, z = 1.96, z² = 3.8416:
    //   centre = p + z²/2n = 0.8 + 0.004802 = 0.804802
    //   half = z·sqrt(p(1−p)/n + z²/4n²) = 1.96 × sqrt(0.0004 + 0.0000060025) = 1.96 × 0.0201495 = 0.0394930
    //   denominator = 1 + z²/n = 1.009604
    //   interval = (0.804802 ∓ 0.0394930) / 1.009604 = 75.803% to 83.626%, which holds 81.997%
    const result = evaluateMeasure(survey(400), undefined, '2015-03-31');
    expect(result.expected).toBeCloseTo(80 + 4 * days, 10);
    expect(result.gap).toBeCloseTo(-4 * days, 10);
    expect(result.interval?.lower).toBeCloseTo(75.80289, 4);
    expect(result.interval?.upper).toBeCloseTo(83.62636, 4);
    expect(result.withinMargin).toBe(true);
    expect(result.status).toBe('at-risk');
    expect(result.computedStatus).toBe('at-risk');
  });

  it('a shortfall with the expected value outside the interval stays off track', () => {
    // n = 4,000: centre = 0.8 + 3.8416/8000 = 0.8004802; half = 1.96 × sqrt(0.00004 + 0.00000006)
    //   = 1.96 × 0.0063293 = 0.0124054; denominator = 1.00096040
    //   interval = 78.732% to 81.211%: 81.997% lies above it
    const result = evaluateMeasure(survey(4000), undefined, '2015-03-31');
    expect(result.interval?.lower).toBeCloseTo(78.73186, 4);
    expect(result.interval?.upper).toBeCloseTo(81.21057, 4);
    expect(result.withinMargin).toBe(false);
    expect(result.status).toBe('off-track');
  });

  it('takes the denominator "of" where there is no sample, and is null without either', () => {
    // the same 400 as a denominator gives the same interval, and the same verdict
    expect(evaluateMeasure(survey(undefined, 400), undefined, '2015-03-31')).toMatchObject({ withinMargin: true, status: 'at-risk' });
    expect(evaluateMeasure(survey(undefined), undefined, '2015-03-31')).toMatchObject({ interval: null, withinMargin: null, status: 'off-track' });
  });

  it('is null without an expected value: a monitored survey', () => {
    const monitored: Measure = { ...survey(400), target: undefined, monitor: { reason: 'perception' } };
    expect(evaluateMeasure(monitored, undefined, '2015-03-31')).toMatchObject({ status: 'monitored', withinMargin: null, expected: null });
    expect(evaluateMeasure(monitored, undefined, '2015-03-31').interval).not.toBeNull();
  });

  it('is true or false on an on-track measure too, whenever there is an interval and an expected value', () => {
    // 83% of 400 against 81.997% expected: on track, and 81.997% is inside (79.0%, 86.4%)
    const ahead: Measure = { ...survey(400), data: [{ period: '2015-03', value: 83, sample: 400 }] };
    expect(evaluateMeasure(ahead, undefined, '2015-03-31')).toMatchObject({ status: 'on-track', withinMargin: true });
  });
});

describe('override: a recorded judgement', () => {
  // 1,000 crimes a month from April 2014 but 1,050 in May and 970 in October: 12,020 to March 2015.
  // Baseline 12,000 (FY2013-14), target 11,000 by 2016-03-31: expected at 2015-03-31
  //   = 12,000 − 1,000 × 365/731 = 11,500.68; gap = 11,500.68 − 12,020 = −519.32: off track.
  const year = [1000, 1050, 1000, 1000, 1000, 1000, 970, 1000, 1000, 1000, 1000, 1000];
  const judged: Measure = {
    ...base,
    frequency: 'monthly',
    baseline: { period: 'FY2013-14', value: 12000 },
    target: { value: 11000, by: '2016-03-31' },
    override: { status: 'at-risk', reason: 'March includes a recording audit backlog', by: 'Chief Executive', date: '2015-04-10' },
    data: monthly(2014, 4, year),
  };

  it('replaces the status from its date until a later figure arrives, with the computed status beside it', () => {
    const result = evaluateMeasure(judged, undefined, '2015-04-30');
    expect(result.current?.value).toBe(12020);
    expect(result.expected).toBeCloseTo(12000 - 1000 * days, 10);
    expect(result.status).toBe('at-risk');
    expect(result.computedStatus).toBe('off-track');
    expect(result.override).toEqual({ status: 'at-risk', reason: 'March includes a recording audit backlog', by: 'Chief Executive', date: '2015-04-10' });
  });

  it('does not apply before its date', () => {
    expect(evaluateMeasure(judged, undefined, '2015-04-09')).toMatchObject({ status: 'off-track', computedStatus: 'off-track', override: null });
  });

  it('lapses when a figure whose period ends after its date arrives', () => {
    // 2015-04 ends on 2015-04-30, after 2015-04-10: the twelve months are now May 2014 to April
    // 2015, 12,020 − 1,000 + 1,010 = 12,030, still off track
    const later: Measure = { ...judged, data: [...monthly(2014, 4, year), { period: '2015-04', value: 1010 }] };
    expect(evaluateMeasure(later, undefined, '2015-04-29')).toMatchObject({ status: 'at-risk', computedStatus: 'off-track' });
    expect(evaluateMeasure(later, undefined, '2015-04-30')).toMatchObject({ status: 'off-track', computedStatus: 'off-track', override: null, current: { value: 12030 } });
  });

  it('a point ending on the judgement day itself does not end it', () => {
    const sameDay: Measure = { ...judged, override: { ...judged.override!, date: '2015-03-31', by: undefined } };
    expect(evaluateMeasure(sameDay, undefined, '2015-03-31')).toMatchObject({ status: 'at-risk', override: { by: null, date: '2015-03-31' } });
  });

  it('on a monitor measure ranks in the roll-up like a targeted one; on a qualitative measure it is ignored', () => {
    const monitored: Measure = { ...judged, id: 'M2', target: undefined, baseline: undefined, monitor: { reason: 'demand' }, override: { ...judged.override!, status: 'off-track' } };
    const qualitative: Measure = {
      id: 'M3',
      title: 'Victims kept informed',
      tier: 'high-level',
      type: 'qualitative',
      evidence: [{ date: '2015-03-01', summary: 'Inspection found victims kept informed', assessment: 'on-track' }],
      override: { status: 'off-track', reason: 'should be ignored', date: '2015-04-01' },
    };
    const plan: Plan = {
      plan: { id: 'p', title: 'Plan', period: { start: '2013-04-01', end: '2017-03-31' } },
      objectives: [
        { id: 'O1', title: 'Monitor judged', measures: [monitored] },
        { id: 'O2', title: 'Qualitative', measures: [qualitative] },
      ],
    };
    const result = evaluatePlan(plan, { asOf: '2015-04-30', file: 'p.plan.yaml' });
    expect(result.objectives[0].measures[0]).toMatchObject({ status: 'off-track', computedStatus: 'monitored' });
    expect(result.objectives[0].status).toBe('off-track');
    expect(result.objectives[1].measures[0]).toMatchObject({ status: 'on-track', computedStatus: 'on-track', override: null });
    expect(result.objectives[1].status).toBe('on-track');
    expect(result.summary.measures).toEqual({ 'off-track': 1, 'on-track': 1 });
  });
});

describe('better: neutral', () => {
  it('is carried into the result, and a monitored neutral measure is monitored', () => {
    const neutral: Measure = { ...base, better: 'neutral', monitor: { reason: 'a rise may mean more victims report' }, data: monthly(2014, 4, Array(12).fill(100)) };
    expect(evaluateMeasure(neutral, undefined, '2015-03-31')).toMatchObject({ better: 'neutral', status: 'monitored', computedStatus: 'monitored', current: { value: 1200 } });
  });
});
