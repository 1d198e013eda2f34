import { describe, expect, it } from 'vitest';
import { checkWithCsv, list } from './data-helpers';
import { findings, header, measure, objective, positionOf, qualitative } from './helpers';

const rule = 'known-references';
const areas = '  area: West Midlands\n  areas:\n    - {id: birmingham, name: Birmingham, population: 1141000}\n    - {id: coventry, name: Coventry, population: 345000}\n';
const planWith = (fields: Record<string, string>, withAreas = areas) =>
  `${header.replace('  period:', `${withAreas}  period:`)}objectives:\n${objective('O1', [measure('O1.1', { frequency: 'monthly', ...fields }), qualitative('O1.9')])}`;

describe('known-references: local areas and peers', () => {
  it('reports an undeclared area on its area key, naming the declared ones', () => {
    const text = planWith({ data: list(['{period: 2015-03, value: 120, area: birmingham}', '{period: 2015-03, value: 40, area: coventy}']) });
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'data', 1, 'area']);
    expect(found[0].range.start).toEqual(positionOf(text, 'coventy'));
    expect(found[0].message).toBe('Area "coventy" is not declared: add it under "plan: areas" as {id: coventy, name: ..., population: ...}, or correct the id (the plan declares birmingham, coventry)');
  });

  it('reports an undeclared area in a CSV data file on its line', () => {
    const text = planWith({ data: 'data/crime.csv' });
    const found = checkWithCsv(text, { 'data/crime.csv': 'period,value,area\n2015-03,120,birmingham\n2015-03,50,solihull\n' }).filter((f) => f.rule === rule);
    expect(found.map((f) => [f.file, f.range.start.line])).toEqual([['plans/data/crime.csv', 3]]);
    expect(found[0].message).toMatch(/^Area "solihull" is not declared/);
  });

  it('does not fire for declared areas or force figures', () => {
    expect(findings(planWith({ data: list(['{period: 2015-03, value: 160}', '{period: 2015-03, value: 120, area: birmingham}']) }), rule)).toEqual([]);
  });

  it('reports a peers file without rows for the plan\'s force, on the peers key', () => {
    const csv = 'force,period,value,population\nWest Yorkshire,FY2014-15,20000,2260000\nGreater Manchester,FY2014-15,30000,2750000\n';
    const text = planWith({ peers: 'data/msg.csv' });
    const found = checkWithCsv(text, { 'data/msg.csv': csv }).filter((f) => f.rule === rule);
    expect(found.map((f) => f.path)).toEqual([['objectives', 0, 'measures', 0, 'peers']]);
    expect(found[0].message).toBe(
      'The peers file has no rows for "West Midlands" (the plan\'s area): add this force\'s rows, or write "area:" under "plan:" as the file names the force (one of West Yorkshire, Greater Manchester)',
    );
    const matched = checkWithCsv(text, { 'data/msg.csv': csv + 'west midlands,FY2014-15,27000,2850000\n' }).filter((f) => f.rule === rule);
    expect(matched).toEqual([]);
  });

  it('reports bad rows of a peers file as schema findings on their line and column', () => {
    const text = planWith({ peers: 'data/msg.csv' });
    const found = checkWithCsv(text, { 'data/msg.csv': 'force,period,value,population\nWest Midlands,FY2014-15,-5,2850000\nKent,FY2014-15,9,many\n' }).filter((f) => f.rule === 'schema');
    expect(found.map((f) => [f.file, f.range.start.line, f.range.start.column])).toEqual([
      ['plans/data/msg.csv', 2, 1],
      ['plans/data/msg.csv', 3, 18],
    ]);
    expect(found[0].message).toBe('-5 cannot be a count of events: write the number of events (0 or more), e.g. 3650');
    expect(found[1].message).toBe('"many" is not a number: write the population as digits, e.g. 1200');
    const missing = checkWithCsv(text, {}).filter((f) => f.rule === 'schema');
    expect(missing.map((f) => [f.path, f.message])).toEqual([[['objectives', 0, 'measures', 0, 'peers'], 'Cannot read the peers file "data/msg.csv": check the path, which is relative to this plan file']]);
  });
});

describe('duplicate-period with local areas', () => {
  it('treats the force\'s and each area\'s figure for a period as different figures, and names the area of a repeat', () => {
    const text = planWith({ data: list(['{period: 2015-03, value: 160}', '{period: 2015-03, value: 120, area: birmingham}', '{period: 2015-03, value: 40, area: coventry}', '{period: 2015-03, value: 41, area: coventry}']) });
    const found = findings(text, 'duplicate-period');
    expect(found.map((f) => f.path)).toEqual([['objectives', 0, 'measures', 0, 'data', 3]]);
    expect(found[0].message).toMatch(/^Measure O1.1 has a second figure for 2015-03 in area coventry \(the first is at line \d+\)/);
  });
});
