// DESIGN §4.1: the JSON of areas and peers, field by field.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json } from '../cli/scorecard/json';
import { checkPlanText } from '../core/check';
import { memoryFileSystem } from '../core/files';

const file = resolve('plans/test.plan.yaml');
const months = (area: string | null, value: number) =>
  Array.from({ length: 12 }, (_, i) => {
    const index = 2014 * 12 + 3 + i;
    const period = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    return `          - {period: ${period}, value: ${value}${area ? `, area: ${area}` : ''}}`;
  }).join('\n');

const text = `plan:
  id: test-plan
  title: Police and Crime Plan for Testshire
  area: Testshire
  areas:
    - {id: north, name: North, population: 100000}
    - {id: south, name: South, population: 300000}
  period: {start: 2013-04-01, end: 2017-03-31}
objectives:
  - id: O1
    title: Reduce burglary
    measures:
      - id: O1.1
        title: Burglary
        tier: high-level
        type: count
        better: lower
        frequency: monthly
        monitor: {reason: Counts follow reporting}
        peers: data/msg.csv
        data:
${months('north', 100)}
${months('south', 200)}
      - id: O1.2
        title: Case studies
        tier: detailed
        supports: O1.1
        type: qualitative
        frequency: quarterly
        evidence: [{date: 2015-01-31, summary: Joint operation, assessment: on-track}]
`;
const peers = 'force,period,value,population\nTestshire,FY2014-15,3600,400000\nOtherton,FY2014-15,4000,400000\n';

describe('score --format json: areas and peers', () => {
  const checked = checkPlanText(text, file, { asOf: '2015-04-30', fs: memoryFileSystem({ [resolve('plans/data/msg.csv')]: peers }) });
  const out = JSON.parse(json({ asOf: '2015-04-30', plans: [checked.evaluation()!], findings: [] }));
  const [burglary, cases] = out.plans[0].objectives[0].measures;

  it('gives each area exactly id, current, rate, direction, spc, position and rank', () => {
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(burglary.areas).toHaveLength(2);
    expect(Object.keys(burglary.areas[0])).toEqual(['id', 'current', 'rate', 'direction', 'spc', 'position', 'rank']);
    // North: 12 × 100 = 1,200 in 100,000 = 12 per 1,000; South 2,400 in 300,000 = 8; group 3,600 / 400,000 = 9
    expect(burglary.areas[0]).toMatchObject({ id: 'north', current: { value: 1200, at: '2015-03-31' }, position: 'above-99.8', rank: 2, direction: null, spc: { variation: 'common-cause' } });
    expect(burglary.areas[0].rate).toBeCloseTo(12, 10);
    expect(burglary.areas[1]).toMatchObject({ id: 'south', position: 'below-99.8', rank: 1 });
    // the force series is summed from the areas: 12 × 300 = 3,600
    expect(burglary.current).toEqual({ value: 3600, at: '2015-03-31' });
  });

  it('gives the peers exactly at, group and units of force, value, rate, position and rank', () => {
    expect(Object.keys(burglary.peers)).toEqual(['at', 'group', 'units']);
    expect(burglary.peers.at).toBe('2015-03-31');
    // (3,600 + 4,000) / 800,000 × 1,000 = 9.5 per 1,000
    expect(burglary.peers.group).toBeCloseTo(9.5, 10);
    expect(Object.keys(burglary.peers.units[0])).toEqual(['force', 'value', 'rate', 'position', 'rank']);
    // 3,600 / 400,000 × 1,000 = 9 and 4,000 / 400,000 × 1,000 = 10; sqrt(1000 × 9.5 / 400,000) = 0.154110,
    // 99.8% limits 9.5 ± 3.09 × 0.154110 = 9.0238 to 9.9762: 9 lies below the lower, 10 above the upper
    expect(burglary.peers.units).toEqual([
      { force: 'Testshire', value: 3600, rate: 9, position: 'below-99.8', rank: 1 },
      { force: 'Otherton', value: 4000, rate: 10, position: 'above-99.8', rank: 2 },
    ]);
  });

  it('is null where there is nothing to compare', () => {
    expect(cases.areas).toBeNull();
    expect(cases.peers).toBeNull();
  });
});
