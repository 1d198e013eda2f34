// Format 1.1 (DESIGN §3.1): local areas on the plan and on figures, and a peers file on a measure.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv';
import { checkAgainstSchema } from '../core/schema-check';

type Json = Record<string, any>;

function plan(): Json {
  return {
    plan: {
      id: 'west-midlands-2014',
      title: 'Police and Crime Plan',
      area: 'West Midlands',
      areas: [{ id: 'birmingham', name: 'Birmingham', population: 1141000 }, { id: 'coventry', name: 'Coventry' }],
      period: { start: '2013-04-01', end: '2017-03-31' },
    },
    objectives: [
      {
        id: 'O1',
        title: 'Reduce burglary',
        measures: [
          {
            id: 'O1.1',
            title: 'Burglary',
            tier: 'high-level',
            type: 'count',
            better: 'lower',
            monitor: { reason: 'r' },
            peers: 'data/msg-burglary.csv',
            data: [{ period: '2015-03', value: 120, area: 'birmingham' }, { period: '2015-03', value: 880 }],
          },
        ],
      },
    ],
  };
}

const problems = (edit: (doc: Json) => void) => {
  const doc = plan();
  edit(doc);
  return checkAgainstSchema(doc);
};

describe('schema: areas and peers', () => {
  it('accepts declared areas, an area on a figure and a peers file', () => {
    expect(checkAgainstSchema(plan())).toEqual([]);
  });

  it('rejects an area without id or name, an unknown key, and a population that is not a whole number of at least 1', () => {
    expect(problems((d) => delete d.plan.areas[0].name).map((p) => p.path)).toEqual([['plan', 'areas', 0]]);
    expect(problems((d) => (d.plan.areas[1].colour = 'red')).map((p) => p.path)).toEqual([['plan', 'areas', 1, 'colour']]);
    for (const population of [0, 1.5, '1,000']) {
      expect(problems((d) => (d.plan.areas[0].population = population)).map((p) => p.path)).toEqual([['plan', 'areas', 0, 'population']]);
    }
  });

  it('rejects an empty area on a figure and a peers path that is not a CSV file', () => {
    expect(problems((d) => (d.objectives[0].measures[0].data[0].area = '')).map((p) => p.path)).toEqual([['objectives', 0, 'measures', 0, 'data', 0, 'area']]);
    expect(problems((d) => (d.objectives[0].measures[0].peers = 'data/msg.xlsx')).map((p) => p.path)).toEqual([['objectives', 0, 'measures', 0, 'peers']]);
  });
});

describe('the area column of a data file', () => {
  it('reads an area id for an area\'s figure and none for the force\'s', () => {
    const read = parseCsv('period,value,area\n2015-03,120,birmingham\n2015-03,880,\n');
    expect(read.problems).toEqual([]);
    expect(read.points.map((p) => [p.period, p.value, p.area])).toEqual([['2015-03', 120, 'birmingham'], ['2015-03', 880, undefined]]);
  });
});
