import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../core/check';
import { describeChange, diffPlans, type Change } from '../core/diff/index';
import type { Plan } from '../core/types';

const base = `plan:
  id: west-midlands-2014
  title: West Midlands Police and Crime Plan
  period: {start: 2013-04-01, end: 2017-03-31}
  version: published
objectives:
  - id: O1
    title: Reduce crime and offending
    partners: [Community Safety Partnerships, Youth Offending Teams]
    due: 2017-03-31
    measures:
      - id: O1.1
        title: Total recorded crime
        tier: high-level
        type: count
        better: lower
        unit: crimes
        frequency: monthly
        baseline: {period: FY2012-13, value: 44000}
        target: {value: 41800, by: 2017-03-31, tolerance: 2%}
        data:
          - {period: 2013-04, value: 3650}
          - {period: 2013-05, value: 3712}
      - id: O1.2
        title: Burglary of dwellings
        tier: detailed
        supports: O1.1
        type: count
        better: lower
        baseline: {period: FY2012-13, value: 9800}
        target: {change: -10%, by: 2017-03-31}
  - id: O2
    title: Protect people from harm
    partners: [Local Safeguarding Children Boards]
    due: 2017-03-31
    measures:
      - id: O2.1
        title: Domestic violence referrals to the CPS
        tier: high-level
        type: count
        better: higher
        baseline: {period: FY2012-13, value: 1200}
        target: {value: 1400, by: 2016-03-31, tolerance: 50}
      - id: O2.2
        title: Confidence in the police
        tier: high-level
        type: proportion
        better: higher
        monitor: {reason: Perception figures are hard to move by policing alone}
`;

function plan(text: string): Plan {
  const checked = checkPlanText(text, 'plan.plan.yaml', { asOf: '2015-03-31' });
  expect(checked.findings.filter((f) => f.rule === 'syntax' || f.rule === 'schema')).toEqual([]);
  return checked.plan!;
}

function vary(...edits: [string, string][]): Plan {
  let text = base;
  for (const [from, to] of edits) {
    expect(text.includes(from), `the base plan contains ${from}`).toBe(true);
    text = text.replace(from, to);
  }
  return plan(text);
}

const changes = (...edits: [string, string][]): Change[] => diffPlans(plan(base), vary(...edits)).changes;

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(plan(base), plan(base)).changes).toEqual([]);
  });

  it('reads target values by better: lower is tighter when lower is better, higher when higher is', () => {
    expect(changes(['value: 41800', 'value: 41000'])).toEqual([
      { kind: 'target', objective: 'O1', measure: 'O1.1', field: 'value', judgement: 'tightened', from: 41800, to: 41000 },
    ]);
    expect(changes(['value: 41800', 'value: 42500'])[0]).toMatchObject({ judgement: 'loosened', from: 41800, to: 42500 });
    expect(changes(['value: 1400', 'value: 1500'])[0]).toMatchObject({ measure: 'O2.1', judgement: 'tightened' });
    expect(changes(['value: 1400', 'value: 1300'])[0]).toMatchObject({ measure: 'O2.1', judgement: 'loosened' });
  });

  it('reads a change from the baseline: -15% asks more than -10% when lower is better', () => {
    expect(changes(['change: -10%', 'change: -15%'])).toEqual([
      { kind: 'target', objective: 'O1', measure: 'O1.2', field: 'change', judgement: 'tightened', from: '-10%', to: '-15%' },
    ]);
    expect(changes(['change: -10%', 'change: -5%'])[0]).toMatchObject({ judgement: 'loosened' });
  });

  it('judges the figure a change asks for when the baseline is re-stated under it', () => {
    // O1.2: -10% of 9,800 is 8,820; of 10,000 it is 9,000 (more burglaries allowed: loosened);
    // of 9,500 it is 8,550 (tightened).
    const loosened = changes(['value: 9800}\n        target: {change: -10%', 'value: 10000}\n        target: {change: -10%']);
    expect(loosened).toContainEqual({ kind: 'target', objective: 'O1', measure: 'O1.2', field: 'figure', judgement: 'loosened', from: 8820, to: 9000 });
    expect(loosened).toContainEqual({ kind: 'baseline-restated', objective: 'O1', measure: 'O1.2', field: 'value', from: 9800, to: 10000 });
    const tightened = changes(['value: 9800}\n        target: {change: -10%', 'value: 9500}\n        target: {change: -10%']);
    expect(tightened).toContainEqual({ kind: 'target', objective: 'O1', measure: 'O1.2', field: 'figure', judgement: 'tightened', from: 8820, to: 8550 });
    expect(describeChange(tightened.find((c) => c.kind === 'target')!)).toBe('Target tightened through the re-stated baseline: the same change now asks for 8550 (was 8820)');
    // a new change from a re-stated baseline is one judgement, by the figure: -10% of 9,800 is 8,820,
    // -20% of 12,000 is 9,600 (more burglaries allowed: loosened, though the cut looks deeper)
    const both = changes(['value: 9800}\n        target: {change: -10%', 'value: 12000}\n        target: {change: -20%']);
    expect(both.filter((c) => c.kind === 'target')).toEqual([{ kind: 'target', objective: 'O1', measure: 'O1.2', field: 'change', judgement: 'loosened', from: '-10%', to: '-20%' }]);
    // a target written as a value does not move with its baseline
    expect(changes(['baseline: {period: FY2012-13, value: 44000}', 'baseline: {period: FY2012-13, value: 45000}']).filter((c) => c.kind === 'target')).toEqual([]);
  });

  it('compares a value with a change through the baseline', () => {
    // -10% of 9800 is 8820: a value of 9000 asks less.
    expect(changes(['change: -10%', 'value: 9000'])[0]).toMatchObject({ field: 'value', judgement: 'loosened', from: '-10%', to: 9000 });
    expect(changes(['change: -10%', 'value: 8500'])[0]).toMatchObject({ judgement: 'tightened' });
  });

  it('judges an earlier date as tightened and a later one as loosened', () => {
    expect(changes(['by: 2016-03-31, tolerance: 50', 'by: 2015-03-31, tolerance: 50'])).toEqual([
      { kind: 'target', objective: 'O2', measure: 'O2.1', field: 'by', judgement: 'tightened', from: '2016-03-31', to: '2015-03-31' },
    ]);
    expect(changes(['by: 2016-03-31, tolerance: 50', 'by: 2017-03-31, tolerance: 50'])[0]).toMatchObject({ field: 'by', judgement: 'loosened' });
  });

  it('judges a narrower tolerance as tightened, a wider or new one as loosened', () => {
    expect(changes(['tolerance: 2%', 'tolerance: 1%'])[0]).toMatchObject({ field: 'tolerance', judgement: 'tightened', from: '2%', to: '1%' });
    expect(changes(['tolerance: 50', 'tolerance: 80'])[0]).toMatchObject({ field: 'tolerance', judgement: 'loosened', from: 50, to: 80 });
    expect(changes(['target: {change: -10%, by: 2017-03-31}', 'target: {change: -10%, by: 2017-03-31, tolerance: 3%}'])[0]).toMatchObject({
      field: 'tolerance',
      judgement: 'loosened',
      from: null,
      to: '3%',
    });
    // 2% of the target 41800 is 836: an absolute 500 is narrower.
    expect(changes(['tolerance: 2%', 'tolerance: 500'])[0]).toMatchObject({ judgement: 'tightened' });
  });

  it('does not judge a target when better flipped, and reports the flip', () => {
    const found = changes(['better: higher\n        baseline: {period: FY2012-13, value: 1200}\n        target: {value: 1400', 'better: lower\n        baseline: {period: FY2012-13, value: 1200}\n        target: {value: 1000']);
    expect(found).toContainEqual({ kind: 'field-changed', scope: 'measure', field: 'better', objective: 'O2', measure: 'O2.1', from: 'higher', to: 'lower' });
    expect(found).toContainEqual(expect.objectContaining({ kind: 'target', field: 'value', judgement: 'changed' }));
  });

  it('finds objectives and measures added, removed and renamed', () => {
    const found = changes(
      ['title: Protect people from harm', 'title: Protect people from harm, and safeguard children'],
      ['        title: Burglary of dwellings', '        title: Domestic burglary'],
      [
        '      - id: O2.2\n        title: Confidence in the police\n        tier: high-level\n        type: proportion\n        better: higher\n        monitor: {reason: Perception figures are hard to move by policing alone}\n',
        '      - id: O2.3\n        title: Children referred through the MASH\n        tier: high-level\n        type: count\n        better: higher\n        monitor: {reason: New service}\n  - id: O3\n    title: Neighbourhood Watch\n    measures:\n      - id: O3.1\n        title: Active Watch schemes\n        tier: high-level\n        type: qualitative\n        frequency: quarterly\n',
      ],
    );
    expect(found).toContainEqual({ kind: 'objective-renamed', objective: 'O2', measure: null, from: 'Protect people from harm', to: 'Protect people from harm, and safeguard children' });
    expect(found).toContainEqual({ kind: 'measure-renamed', objective: 'O1', measure: 'O1.2', from: 'Burglary of dwellings', to: 'Domestic burglary' });
    expect(found).toContainEqual({ kind: 'measure-added', objective: 'O2', measure: 'O2.3', title: 'Children referred through the MASH', tier: 'high-level' });
    expect(found).toContainEqual({ kind: 'measure-removed', objective: 'O2', measure: 'O2.2', title: 'Confidence in the police', tier: 'high-level' });
    expect(found).toContainEqual({ kind: 'objective-added', objective: 'O3', measure: null, title: 'Neighbourhood Watch' });
    expect(found).toContainEqual({ kind: 'measure-added', objective: 'O3', measure: 'O3.1', title: 'Active Watch schemes', tier: 'high-level' });

    const back = diffPlans(vary(['  - id: O2\n', '  - id: O9\n']), plan(base)).changes;
    expect(back).toContainEqual({ kind: 'objective-removed', objective: 'O9', measure: null, title: 'Protect people from harm' });
    expect(back).toContainEqual({ kind: 'objective-added', objective: 'O2', measure: null, title: 'Protect people from harm' });
  });

  it('finds a measure moved to another objective, not removed and added', () => {
    const moved = base
      .replace('      - id: O2.2\n        title: Confidence in the police\n        tier: high-level\n        type: proportion\n        better: higher\n        monitor: {reason: Perception figures are hard to move by policing alone}\n', '')
      .replace('  - id: O2\n', '      - id: O2.2\n        title: Confidence in the police\n        tier: high-level\n        type: proportion\n        better: higher\n        monitor: {reason: Perception figures are hard to move by policing alone}\n  - id: O2\n');
    const found = diffPlans(plan(base), plan(moved)).changes;
    expect(found).toEqual([{ kind: 'measure-moved', objective: 'O1', measure: 'O2.2', from: 'O2', to: 'O1' }]);
  });

  it('finds a switch between target and monitor, both ways', () => {
    const toMonitor = changes(['target: {value: 1400, by: 2016-03-31, tolerance: 50}', 'monitor: {reason: Targets here could discourage reporting}']);
    expect(toMonitor).toContainEqual({
      kind: 'target-to-monitor',
      objective: 'O2',
      measure: 'O2.1',
      from: { value: 1400, by: '2016-03-31', tolerance: 50 },
      reason: 'Targets here could discourage reporting',
    });
    const toTarget = changes(['monitor: {reason: Perception figures are hard to move by policing alone}', 'baseline: {period: 2013, value: 72}\n        target: {value: 75, by: 2017-03-31}']);
    expect(toTarget).toContainEqual({ kind: 'monitor-to-target', objective: 'O2', measure: 'O2.2', to: { value: 75, by: '2017-03-31' }, reason: 'Perception figures are hard to move by policing alone' });
    expect(toTarget).toContainEqual({ kind: 'baseline-added', objective: 'O2', measure: 'O2.2', to: { period: 2013, value: 72 } });
  });

  it('finds a tier change and a re-stated baseline (period and value)', () => {
    const found = changes(
      ['        tier: detailed\n        supports: O1.1\n', '        tier: high-level\n'],
      ['baseline: {period: FY2012-13, value: 44000}', 'baseline: {period: FY2013-14, value: 45500}'],
    );
    expect(found).toContainEqual({ kind: 'tier-changed', objective: 'O1', measure: 'O1.2', from: 'detailed', to: 'high-level' });
    expect(found).toContainEqual({ kind: 'field-changed', scope: 'measure', field: 'supports', objective: 'O1', measure: 'O1.2', from: 'O1.1', to: null });
    expect(found).toContainEqual({ kind: 'baseline-restated', objective: 'O1', measure: 'O1.1', field: 'period', from: 'FY2012-13', to: 'FY2013-14' });
    expect(found).toContainEqual({ kind: 'baseline-restated', objective: 'O1', measure: 'O1.1', field: 'value', from: 44000, to: 45500 });
  });

  it('finds the other fields a Panel looks at: type, partners, due, priority, early win, plan version', () => {
    const found = changes(
      ['version: published', 'version: 2014 variation'],
      ['partners: [Community Safety Partnerships, Youth Offending Teams]', 'partners: [Community Safety Partnerships, Probation]'],
      ['    due: 2017-03-31\n    measures:\n      - id: O1.1', '    due: 2016-03-31\n    priority: 1\n    earlyWin: true\n    measures:\n      - id: O1.1'],
      ['type: proportion', 'type: rate'],
    );
    expect(found).toContainEqual({ kind: 'field-changed', scope: 'plan', field: 'version', objective: null, measure: null, from: 'published', to: '2014 variation' });
    const partners = found.find((c) => c.kind === 'field-changed' && c.field === 'partners')!;
    expect(describeChange(partners)).toBe('Partners changed: added Probation; removed Youth Offending Teams');
    expect(found).toContainEqual({ kind: 'field-changed', scope: 'objective', field: 'due', objective: 'O1', measure: null, from: '2017-03-31', to: '2016-03-31' });
    expect(found).toContainEqual({ kind: 'field-changed', scope: 'objective', field: 'priority', objective: 'O1', measure: null, from: null, to: 1 });
    expect(found).toContainEqual({ kind: 'field-changed', scope: 'objective', field: 'earlyWin', objective: 'O1', measure: null, from: null, to: true });
    expect(found).toContainEqual({ kind: 'field-changed', scope: 'measure', field: 'type', objective: 'O2', measure: 'O2.2', from: 'proportion', to: 'rate' });
  });

  it('finds figures revised, added and removed', () => {
    const found = changes(['- {period: 2013-05, value: 3712}', '- {period: 2013-05, value: 3790}\n          - {period: 2013-06, value: 3600}']);
    expect(found).toEqual([{ kind: 'data-changed', objective: 'O1', measure: 'O1.1', added: ['2013-06'], removed: [], revised: [{ period: '2013-05', from: 3712, to: 3790 }] }]);
  });

  it('reads the sample plans: a variation of West Midlands made by hand', () => {
    const text = readFileSync('plans/west-midlands-2014-variation.plan.yaml', 'utf8');
    const before = checkPlanText(text, 'plans/west-midlands-2014-variation.plan.yaml', { asOf: '2016-06-30' }).plan!;
    const varied = text.replace('target: {change: -10%, by: 2017-03-31, tolerance: 2%}', 'target: {change: -8%, by: 2017-03-31, tolerance: 2%}').replace('version: 2014 variation', 'version: 2015 variation');
    const after = checkPlanText(varied, 'plans/west-midlands-2014-variation.plan.yaml', { asOf: '2016-06-30' }).plan!;
    const found = diffPlans(before, after);
    expect(found.old.version).toBe('2014 variation');
    expect(found.new.version).toBe('2015 variation');
    expect(found.changes).toEqual([
      { kind: 'field-changed', scope: 'plan', field: 'version', objective: null, measure: null, from: '2014 variation', to: '2015 variation' },
      { kind: 'target', objective: 'O1', measure: 'O1.2', field: 'change', judgement: 'loosened', from: '-10%', to: '-8%' },
    ]);
    expect(describeChange(found.changes[1])).toBe('Target loosened: -10% → -8%');
  });

  it('compares two different sample plans without throwing and keeps ids as plain keys', () => {
    const read = (f: string) => checkPlanText(readFileSync(f, 'utf8'), f, { asOf: '2016-06-30' }).plan!;
    const found = diffPlans(read('plans/warwickshire-2013-17.plan.yaml'), read('plans/west-mercia-2013-17.plan.yaml'));
    expect(found.changes.length).toBeGreaterThan(10);
    for (const c of found.changes) expect(typeof describeChange(c)).toBe('string');
    const odd = diffPlans(plan(base), plan(base.replace('  - id: O2\n', '  - id: __proto__\n')));
    expect(odd.changes).toContainEqual({ kind: 'objective-added', objective: '__proto__', measure: null, title: 'Protect people from harm' });
    expect(Object.keys(odd.titles.objectives)).toContain('__proto__');
  });
});
