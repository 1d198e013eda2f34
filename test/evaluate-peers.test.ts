import { describe, expect, it } from 'vitest';
import { evaluateMeasure } from '../core/evaluate/index';
import { parsePeersCsv } from '../core/peers-csv';
import type { Measure, PeerRow, Plan } from '../core/types';

function planWith(measure: Measure): Plan {
  return { plan: { id: 'p', title: 'P', area: 'West Midlands', period: { start: '2013-04-01', end: '2017-03-31' } }, objectives: [{ id: 'O1', title: 'O', measures: [measure] }] };
}

function count(peers: PeerRow[], extra: Partial<Measure> = {}): Measure {
  return { id: 'M', title: 'Burglary', tier: 'high-level', type: 'count', better: 'lower', monitor: { reason: 'r' }, peers, ...extra };
}

const rows = (text: string) => {
  const read = parsePeersCsv(text);
  expect(read.problems).toEqual([]);
  return read.rows;
};

describe('the Most Similar Group', () => {
  it('compares every force at the latest period for which all have a figure, this force from the file', () => {
    const peers = rows(
      [
        'force,period,value,population',
        'West Midlands,FY2013-14,28000,2800000',
        'West Midlands,FY2014-15,27000,2850000',
        'Greater Manchester,FY2013-14,30000,2700000',
        'Greater Manchester,FY2014-15,29000,2750000',
        'Merseyside,FY2013-14,12000,1400000',
      ].join('\n'),
    );
    const result = evaluateMeasure(count(peers), planWith(count(peers)), '2015-12-31').peers;
    // Merseyside has no FY2014-15 figure, so the group is compared at FY2013-14 (ends 2014-03-31)
    expect(result?.at).toBe('2014-03-31');
    // rates: 28,000 / 2,800,000 × 1,000 = 10; 30,000 / 2,700,000 × 1,000 = 11.111; 12,000 / 1,400,000 × 1,000 = 8.571
    // group: (28,000 + 30,000 + 12,000) / (2,800,000 + 2,700,000 + 1,400,000) × 1,000 = 70,000 / 6,900,000 × 1,000 = 10.1449
    expect(result?.group).toBeCloseTo(10.144928, 5);
    const [wm, gm, mer] = result?.units ?? [];
    expect(wm).toMatchObject({ force: 'West Midlands', value: 28000, self: true, rank: 2 });
    expect(wm.rate).toBeCloseTo(10, 10);
    // West Midlands, N = 2,800,000: sqrt(1000 × 10.1449 / 2,800,000) = 0.060193; 95% limits 10.1449 ± 0.117978
    // = 10.0269 to 10.2629, 99.8% ± 0.185996 = 9.9589 to 10.3309: 10 is below the 95% limit only
    expect(wm.position).toBe('below-95');
    // Greater Manchester, N = 2,700,000: sqrt(1000 × 10.1449 / 2,700,000) = 0.061297; 99.8% upper 10.1449 + 0.189409 = 10.3343 < 11.111
    expect(gm).toMatchObject({ force: 'Greater Manchester', self: false, position: 'above-99.8', rank: 3 });
    // Merseyside, N = 1,400,000: sqrt(1000 × 10.1449 / 1,400,000) = 0.085125; 99.8% lower 10.1449 − 0.263036 = 9.8819 > 8.571
    expect(mer).toMatchObject({ force: 'Merseyside', position: 'below-99.8', rank: 1 });
    expect(mer.rate).toBeCloseTo(8.571429, 5);
  });

  it('takes a count\'s twelve-month total from monthly rows, and the population from the row compared', () => {
    const lines = ['force,period,value,population'];
    // twelve months to March 2015 for both forces; West Midlands also has April 2015, its rival does not
    for (let m = 0; m < 12; m++) {
      const period = m < 9 ? `2014-${String(m + 4).padStart(2, '0')}` : `2015-${String(m - 8).padStart(2, '0')}`;
      lines.push(`West Midlands,${period},100,${period === '2015-03' ? 1000000 : 999}`);
      lines.push(`Northumbria,${period},50,${period === '2015-03' ? 500000 : 999}`);
    }
    lines.push('West Midlands,2015-04,100,1000000');
    const peers = rows(lines.join('\n'));
    const result = evaluateMeasure(count(peers), planWith(count(peers)), '2015-12-31').peers;
    // the latest period with a twelve-month total for both is March 2015: 12 × 100 = 1,200 and 12 × 50 = 600
    expect(result?.at).toBe('2015-03-31');
    expect(result?.units.map((u) => [u.force, u.value])).toEqual([['West Midlands', 1200], ['Northumbria', 600]]);
    // populations from the March rows: 1,200 / 1,000,000 × 1,000 = 1.2 and 600 / 500,000 × 1,000 = 1.2: a tie
    expect(result?.units.map((u) => u.rate)).toEqual([1.2, 1.2]);
    expect(result?.units.map((u) => u.rank)).toEqual([1, 1]);
  });

  it('ranks rates and values without testing them, and gives no ranks when neither direction is better', () => {
    const peers = rows('force,period,value\nWest Midlands,2015,7.5\nWest Yorkshire,2015,6.5\n');
    const rate = count(peers, { type: 'rate', better: 'higher' });
    expect(evaluateMeasure(rate, planWith(rate), '2016-01-01').peers).toMatchObject({
      at: '2015-12-31',
      group: null,
      units: [
        { force: 'West Midlands', value: 7.5, rate: null, position: null, rank: 1 },
        { force: 'West Yorkshire', value: 6.5, rate: null, position: null, rank: 2 },
      ],
    });
    const unranked = count(peers, { type: 'rate', better: undefined });
    expect(evaluateMeasure(unranked, planWith(unranked), '2016-01-01').peers?.units.map((u) => u.rank)).toEqual([null, null]);
  });

  it('tests proportions with a sample, pooled by their samples', () => {
    const peers = rows('force,period,value,sample\nWest Midlands,2015-Q1,80,200\nWest Yorkshire,2015-Q1,70,300\n');
    const m = count(peers, { type: 'proportion', better: 'higher' });
    const result = evaluateMeasure(m, planWith(m), '2015-06-30').peers;
    // (80 × 200 + 70 × 300) / 500 = 74%; both within their 95% limits (74 ± 6.079 and 74 ± 4.964)
    expect(result?.group).toBeCloseTo(74, 10);
    expect(result?.units.map((u) => [u.position, u.rank])).toEqual([['within', 1], ['within', 2]]);
  });

  it('is null without a peers file, or when no period has a figure for every force', () => {
    const none = count([]);
    expect(evaluateMeasure(none, planWith(none), '2016-01-01').peers).toBeNull();
    const apart = count(rows('force,period,value,population\nA,FY2013-14,1,10\nB,FY2014-15,1,10\n'));
    expect(evaluateMeasure(apart, planWith(apart), '2016-01-01').peers).toBeNull();
    // rows after the as-of date are not read
    const future = count(rows('force,period,value,population\nA,FY2015-16,1,10\n'));
    expect(evaluateMeasure(future, planWith(future), '2016-01-01').peers).toBeNull();
  });
});

describe('reading a peers file', () => {
  it('reads force, period, value and the optional columns', () => {
    const read = parsePeersCsv('\uFEFFforce,period,value,population,sample,of\r\n"Avon and Somerset",2015-03,"1,520",1700000,,\r\n');
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([{ force: 'Avon and Somerset', period: '2015-03', value: 1520, population: 1700000, csvLine: 2 }]);
  });

  it('reports each bad cell on its line and column with what to write', () => {
    const read = parsePeersCsv('force,period,value,population\nWest Midlands,2015-13,12,100\nKent,2015-03,lots,1000\nEssex,2015-03,5,-4\n,2015-03,5,10\n');
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 15],
      [3, 14],
      [4, 17],
      [5, 1],
    ]);
    expect(read.problems[0].message).toMatch(/^"2015-13" is not a period: write a month as yyyy-mm/);
    expect(read.problems[1].message).toBe('"lots" is not a number: write the value as digits, e.g. 3650');
    expect(read.problems[2].message).toBe('"-4" cannot be a population: write the population as a whole number of 1 or more, e.g. 2900000');
    expect(read.problems[3].message).toBe('This line needs a force, a period and a value, e.g. "West Midlands,2015-03,1520,2900000"');
  });

  it('names an unknown or missing column in the header', () => {
    expect(parsePeersCsv('force,period,value,pop\n').problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 20, 'Unknown column "pop": the columns of a peers file are force,period,value and optionally population, sample and of'],
    ]);
    expect(parsePeersCsv('period,value\n').problems[0].message).toBe('The header has no "force" column: the first line of a peers file should read "force,period,value" (with ",population" for counts)');
    expect(parsePeersCsv('').problems[0].message).toMatch(/^The peers file is empty/);
  });
});
