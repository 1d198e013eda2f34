import { describe, expect, it } from 'vitest';
import { areaSum } from '../../core/rules/area-sum';
import { checkWithCsv, list } from './data-helpers';
import { findings, header, measure, objective, positionOf, qualitative } from './helpers';

const rule = 'area-sum';
const areas = '  areas:\n    - {id: north, name: North, population: 100000}\n    - {id: south, name: South, population: 300000}\n';
const planWith = (data: string, fields: Record<string, string> = {}) =>
  `${header.replace('  period:', `${areas}  period:`)}objectives:\n${objective('O1', [measure('O1.1', { frequency: 'monthly', data, ...fields }), qualitative('O1.9')])}`;

describe('area-sum', () => {
  it('is a warning by default with the option tolerance', () => {
    expect(areaSum.id).toBe(rule);
    expect(areaSum.defaultSeverity).toBe('warning');
    expect(Object.keys(areaSum.options ?? {})).toEqual(['tolerance']);
  });

  it('reports a force figure the areas do not add up to, beyond 0.5%, on the force figure', () => {
    // 100 + 210 = 310 against 300: 10 more, 10 / 300 = 3.33% of the force figure > 0.5%
    const text = planWith(list(['{period: 2015-03, value: 300}', '{period: 2015-03, value: 100, area: north}', '{period: 2015-03, value: 210, area: south}']));
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'data', 0]);
    const start = positionOf(text, '{period: 2015-03, value: 300}');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + '{period: 2015-03, value: 300}'.length } });
    expect(found[0].message).toBe(
      'Measure O1.1 has 300 for 2015-03, but its 2 areas add up to 310 (10 more, 3.33% of the force figure; up to 0.5% is allowed): ' +
        'correct the force figure or the areas\' figures, or declare under "plan: areas" every area that makes up the force',
    );
  });

  it('does not fire within the tolerance, without a force figure, with an area missing, or on other types', () => {
    // 1,000 + 2,004 = 3,004 against 3,000: 4 / 3,000 = 0.13% ≤ 0.5%
    expect(findings(planWith(list(['{period: 2015-03, value: 3000}', '{period: 2015-03, value: 1000, area: north}', '{period: 2015-03, value: 2004, area: south}'])), rule)).toEqual([]);
    // no force figure: the sum stands for it
    expect(findings(planWith(list(['{period: 2015-03, value: 100, area: north}', '{period: 2015-03, value: 210, area: south}'])), rule)).toEqual([]);
    // South has no figure for the month: nothing to add up
    expect(findings(planWith(list(['{period: 2015-03, value: 300}', '{period: 2015-03, value: 100, area: north}'])), rule)).toEqual([]);
    const survey = list(['{period: 2015-03, value: 50, sample: 100}', '{period: 2015-03, value: 10, sample: 100, area: north}', '{period: 2015-03, value: 10, sample: 100, area: south}']);
    expect(findings(planWith(survey, { type: 'proportion', unit: '"%"', baseline: '{period: FY2012-13, value: 50}', target: '{value: 60, by: 2017-03-31}' }), rule)).toEqual([]);
  });

  it('reads its tolerance from the config', () => {
    const text = planWith(list(['{period: 2015-03, value: 300}', '{period: 2015-03, value: 100, area: north}', '{period: 2015-03, value: 210, area: south}']));
    // 3.33% is inside a 5% tolerance and outside a 3% one
    expect(findings(text, rule, { tolerance: 5 })).toEqual([]);
    expect(findings(text, rule, { tolerance: 3 })[0].message).toContain('up to 3% is allowed');
  });

  it('reports a mismatch in a CSV data file on the force figure\'s line', () => {
    const text = planWith('data/burglary.csv');
    const csv = 'period,value,area\n2015-03,100,north\n2015-03,150,south\n2015-03,300,\n';
    const found = checkWithCsv(text, { 'data/burglary.csv': csv }).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('plans/data/burglary.csv');
    expect(found[0].range.start.line).toBe(4);
    // 100 + 150 = 250 against 300: 50 fewer, 16.67%
    expect(found[0].message).toContain('has 300 for 2015-03, but its 2 areas add up to 250 (50 fewer, 16.67% of the force figure');
  });
});
