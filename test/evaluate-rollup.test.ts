import { describe, expect, it } from 'vitest';
import { evaluateMeasure, evaluatePlan } from '../core/evaluate/index';
import { worstDirection } from '../core/evaluate/rollup';
import type { DataPoint, Measure, Objective, Plan } from '../core/types';

function monthly(year: number, month: number, values: number[]): DataPoint[] {
  return values.map((value, i) => {
    const index = year * 12 + month - 1 + i;
    return { period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value };
  });
}

const asOf = '2015-03-31';

/** A rate measure, higher better, baseline 100 at 2013-03-31 and target 100 by 2017-03-31: expected 100 throughout. */
function rated(id: string, latest: number, extra: Partial<Measure> = {}): Measure {
  return {
    id, title: id, tier: 'high-level', type: 'rate', better: 'higher',
    baseline: { period: 'FY2012-13', value: 100 }, target: { value: 100, by: '2017-03-31', tolerance: 5 },
    data: [{ period: '2015-02', value: latest }], ...extra,
  };
}
// gap = latest − 100: 100 → on-track; 97 (gap −3, within 5) → at-risk; 90 → off-track
const onTrack = (id: string, extra: Partial<Measure> = {}) => rated(id, 100, extra);
const atRisk = (id: string, extra: Partial<Measure> = {}) => rated(id, 97, extra);
const offTrack = (id: string, extra: Partial<Measure> = {}) => rated(id, 90, extra);
const achieved = (id: string) => rated(id, 100, { target: { value: 100, by: '2015-02-28' } });
const missed = (id: string) => rated(id, 99, { target: { value: 100, by: '2015-02-28' } });
const noData = (id: string) => rated(id, 0, { data: [] });
/** A survey proportion, lower better, one point a year with 1,000 respondents each. */
const monitor = (id: string, values: [number, number], extra: Partial<Measure> = {}): Measure => ({
  id, title: id, tier: 'high-level', type: 'proportion', better: 'lower', monitor: { reason: 'reporting must not be discouraged' },
  data: [{ period: 'FY2012-13', value: values[0], sample: 1000 }, { period: 'FY2013-14', value: values[1], sample: 1000 }], ...extra,
});
const qualitative = (id: string, assessment: 'on-track' | 'at-risk' | 'off-track', extra: Partial<Measure> = {}): Measure => ({
  id, title: id, tier: 'high-level', type: 'qualitative', frequency: 'quarterly',
  evidence: [{ date: '2015-01-15', summary: 'HMIC inspection', assessment }], ...extra,
});

function plan(...objectives: Measure[][]): Plan {
  return {
    plan: { id: 'test-plan', title: 'Test plan', period: { start: '2013-04-01', end: '2017-03-31' } },
    objectives: objectives.map((measures, i): Objective => ({ id: `O${i + 1}`, title: `Objective ${i + 1}`, measures })),
  };
}

function statusOf(...measures: Measure[]) {
  const o = evaluatePlan(plan(measures), { asOf, file: 'p.plan.yaml' }).objectives[0];
  return { status: o.status, direction: o.direction };
}

describe('measure fixtures', () => {
  it('have the statuses they are named for', () => {
    const s = (m: Measure) => evaluateMeasure(m, undefined, asOf).status;
    expect([onTrack('a'), atRisk('b'), offTrack('c'), achieved('d'), missed('e'), noData('f')].map(s)).toEqual(['on-track', 'at-risk', 'off-track', 'achieved', 'missed', 'no-data']);
    expect(s(monitor('g', [50, 55]))).toBe('monitored');
    expect(s(qualitative('h', 'at-risk'))).toBe('at-risk');
  });
});

describe('objective status', () => {
  it('is the worst verdict among its high-level measures', () => {
    expect(statusOf(onTrack('a'), atRisk('b'))).toEqual({ status: 'at-risk', direction: null });
    expect(statusOf(onTrack('a'), offTrack('b'), atRisk('c')).status).toBe('off-track');
    expect(statusOf(onTrack('a'), achieved('b')).status).toBe('on-track');
    expect(statusOf(achieved('a')).status).toBe('on-track');
    expect(statusOf(missed('a'), atRisk('b')).status).toBe('off-track');
    expect(statusOf(onTrack('a'), qualitative('q', 'off-track')).status).toBe('off-track');
    expect(statusOf(qualitative('q', 'at-risk')).status).toBe('at-risk');
  });

  it('grey measures are counted, not ranked', () => {
    expect(statusOf(onTrack('a'), noData('b')).status).toBe('on-track');
    const insufficient: Measure = { ...onTrack('i'), type: 'count', data: monthly(2014, 6, [1, 2, 3]) };
    expect(evaluateMeasure(insufficient, undefined, asOf).status).toBe('insufficient-data');
    expect(statusOf(atRisk('a'), insufficient).status).toBe('at-risk');
    // a targeted objective whose measures are all grey has no verdict: no-data
    expect(statusOf(noData('a'), insufficient).status).toBe('no-data');
  });

  it('monitored when no measure carries a verdict but it has monitor measures, with the worst direction', () => {
    // 50% → 55% of 1,000 each: pooled p = 0.525, se = sqrt(0.525 × 0.475 × (1/1000 + 1/1000)) ≈ 0.02233,
    // z = 0.05 / 0.02233 ≈ 2.24, lower better: deteriorating; 50% → 50%: z = 0, no significant change
    expect(statusOf(monitor('m1', [50, 50]), monitor('m2', [50, 55]))).toEqual({ status: 'monitored', direction: 'deteriorating' });
    expect(statusOf(monitor('m1', [50, 50]), monitor('m2', [55, 50]))).toEqual({ status: 'monitored', direction: 'no-significant-change' });
    expect(statusOf(monitor('m1', [55, 50]))).toEqual({ status: 'monitored', direction: 'improving' });
    // a monitor measure with one point has no direction
    expect(statusOf(monitor('m1', [1, 1], { data: [{ period: 'FY2013-14', value: 5 }] }))).toEqual({ status: 'monitored', direction: null });
    // the grey targeted measure does not stop it being monitored
    expect(statusOf(noData('a'), monitor('m1', [1000, 1000])).status).toBe('monitored');
  });

  it('a monitor measure never outranks a verdict', () => {
    expect(statusOf(onTrack('a'), monitor('m', [50, 55]))).toEqual({ status: 'on-track', direction: null });
  });

  it('no-data when nothing carries a verdict and nothing is monitored', () => {
    expect(statusOf(noData('a')).status).toBe('no-data');
    expect(statusOf().status).toBe('no-data');
    expect(statusOf(qualitative('q', 'on-track', { evidence: [] })).status).toBe('no-data');
    const unmeasured: Measure = { ...onTrack('u'), target: undefined };
    expect(statusOf(unmeasured).status).toBe('no-data');
  });

  it('detailed measures do not change the objective', () => {
    expect(statusOf(onTrack('a'), offTrack('a.1', { tier: 'detailed', supports: 'a' })).status).toBe('on-track');
    expect(statusOf(offTrack('a.1', { tier: 'detailed', supports: 'a' })).status).toBe('no-data');
    expect(statusOf(monitor('a.1', [50, 55], { tier: 'detailed', supports: 'x' })).status).toBe('no-data');
  });
});

describe('worst direction', () => {
  it('ranks deteriorating, change-untested, no-significant-change, improving', () => {
    expect(worstDirection(['improving', 'no-significant-change'])).toBe('no-significant-change');
    expect(worstDirection(['improving', 'change-untested', 'no-significant-change'])).toBe('change-untested');
    expect(worstDirection(['change-untested', 'deteriorating'])).toBe('deteriorating');
    expect(worstDirection([null, undefined])).toBeNull();
    // a neutral measure's increase or decrease ranks with no significant change, above untested
    expect(worstDirection(['improving', 'increasing'])).toBe('increasing');
    expect(worstDirection(['decreasing', 'change-untested'])).toBe('change-untested');
    expect(worstDirection(['no-significant-change', 'decreasing'])).toBe('no-significant-change');
  });
});

describe('plan result', () => {
  it('counts objectives and measures by status', () => {
    const p = plan(
      [onTrack('a'), atRisk('b'), offTrack('c', { tier: 'detailed', supports: 'a' })],
      [monitor('m', [1000, 1000]), noData('n')],
      [qualitative('q', 'off-track'), achieved('d')],
      [],
    );
    const r = evaluatePlan(p, { asOf, file: 'plans/test.plan.yaml' });
    expect(r).toMatchObject({ id: 'test-plan', title: 'Test plan', file: 'plans/test.plan.yaml' });
    expect(r.objectives.map((o) => o.status)).toEqual(['at-risk', 'monitored', 'off-track', 'no-data']);
    expect(r.summary.objectives).toEqual({ 'at-risk': 1, monitored: 1, 'off-track': 1, 'no-data': 1 });
    expect(r.summary.measures).toEqual({ 'on-track': 1, 'at-risk': 1, 'off-track': 2, monitored: 1, 'no-data': 1, achieved: 1 });
    expect(r.objectives[0].measures.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(r.objectives[0].measures[2]).toMatchObject({ tier: 'detailed', supports: 'a' });
  });

  it('is reproducible as of a past date', () => {
    const m = rated('a', 0, { data: [{ period: '2014-12', value: 100 }, { period: '2015-02', value: 90 }] });
    expect(evaluatePlan(plan([m]), { asOf: '2015-01-31', file: 'f' }).objectives[0].status).toBe('on-track');
    expect(evaluatePlan(plan([m]), { asOf: '2015-02-28', file: 'f' }).objectives[0].status).toBe('off-track');
  });
});

describe('qualitative measures', () => {
  const evidence = [
    { date: '2014-06-01', summary: 'Case study', assessment: 'off-track' as const },
    { date: '2015-01-15', summary: 'Inspection', assessment: 'on-track' as const, link: 'https://example.org/r' },
    { date: '2015-05-01', summary: 'Panel', assessment: 'at-risk' as const },
  ];
  const q: Measure = { id: 'Q', title: 'Q', tier: 'high-level', type: 'qualitative', frequency: 'quarterly', evidence };

  it('status is the assessment of the latest evidence on or before the as-of date', () => {
    expect(evaluateMeasure(q, undefined, '2015-03-31').status).toBe('on-track');
    expect(evaluateMeasure(q, undefined, '2015-01-15').status).toBe('on-track');
    expect(evaluateMeasure(q, undefined, '2015-01-14').status).toBe('off-track');
    expect(evaluateMeasure(q, undefined, '2015-05-01').status).toBe('at-risk');
    expect(evaluateMeasure(q, undefined, '2014-05-31').status).toBe('no-data');
  });

  it('takes the latest by date, not by writing order', () => {
    expect(evaluateMeasure({ ...q, evidence: [...evidence].reverse() }, undefined, '2015-03-31').status).toBe('on-track');
  });

  it('lists the evidence as of the date, oldest first', () => {
    const r = evaluateMeasure({ ...q, evidence: [...evidence].reverse() }, undefined, '2015-03-31');
    expect(r.evidence).toEqual([
      { date: '2014-06-01', summary: 'Case study', assessment: 'off-track', link: null },
      { date: '2015-01-15', summary: 'Inspection', assessment: 'on-track', link: 'https://example.org/r' },
    ]);
    expect(r).toMatchObject({ current: null, expected: null, gap: null, direction: null, spc: null, interval: null, series: [] });
  });

  it('is stale two frequency periods after the latest evidence; never without a frequency', () => {
    // 2015-01-15 + 6 months = 2015-07-15
    expect(evaluateMeasure(q, undefined, '2015-04-30').stale).toBe(false); // latest is 2015-05-01 from here on
    const one: Measure = { ...q, evidence: [evidence[1]] };
    expect(evaluateMeasure(one, undefined, '2015-07-15').stale).toBe(false);
    expect(evaluateMeasure(one, undefined, '2015-07-16').stale).toBe(true);
    expect(evaluateMeasure({ ...one, frequency: 'monthly' }, undefined, '2015-03-16').stale).toBe(true);
    expect(evaluateMeasure({ ...one, frequency: undefined }, undefined, '2019-01-01').stale).toBe(false);
    expect(evaluateMeasure({ ...q, evidence: [] }, undefined, '2019-01-01').stale).toBe(false);
  });
});
