import { describe, expect, it } from 'vitest';
import { addEntryEdit, applyEdits } from '../../core/edits';
import { parseSource } from '../../core/source';
import { isMeasurable, measurableObjective } from '../../core/rules/measurable-objective';
import type { Measure } from '../../core/types';
import { applyFix, findings, measure, objective, plan, qualitative } from './helpers';

const rule = 'measurable-objective';
const m = (fields: Record<string, unknown>) => ({ id: 'M', title: 'M', tier: 'high-level', type: 'count', ...fields }) as Measure;

describe('isMeasurable', () => {
  it('follows DESIGN §3', () => {
    expect(isMeasurable(m({ target: { value: 1, by: '2017-03-31' } }))).toBe(true);
    expect(isMeasurable(m({ target: { value: 1 } }))).toBe(false);
    expect(isMeasurable(m({ monitor: { reason: 'Would distort' } }))).toBe(true);
    expect(isMeasurable(m({ monitor: { reason: ' ' } }))).toBe(false);
    expect(isMeasurable(m({ type: 'qualitative', frequency: 'quarterly' }))).toBe(true);
    expect(isMeasurable(m({ type: 'qualitative' }))).toBe(false);
    expect(isMeasurable(null as unknown as Measure)).toBe(false);
    expect(isMeasurable(m({ target: null, monitor: 'yes' }))).toBe(false);
  });
});

describe('addEntryEdit', () => {
  const edit = (text: string, path: (string | number)[]) => {
    const e = addEntryEdit(parseSource(text), path, 'by', '2017-03-31');
    return e ? applyEdits(text, [e]) : undefined;
  };
  it('adds to flow mappings, empty, spaced or with a trailing comma', () => {
    expect(edit('t: {value: 1}  # c\n', ['t'])).toBe('t: {value: 1, by: 2017-03-31}  # c\n');
    expect(edit('t: {}\n', ['t'])).toBe('t: {by: 2017-03-31}\n');
    expect(edit('t: { value: 1 }\n', ['t'])).toBe('t: { value: 1, by: 2017-03-31 }\n');
    expect(edit('t: {value: 1,}\n', ['t'])).toBe('t: {value: 1, by: 2017-03-31}\n');
  });
  it('adds to block mappings and refuses what is not a mapping', () => {
    expect(edit('t:\n  value: 1 # c\nu: 2\n', ['t'])).toBe('t:\n  value: 1 # c\n  by: 2017-03-31\nu: 2\n');
    expect(edit('t: "{x}"\n', ['t'])).toBeUndefined();
    expect(edit('t: 3\n', ['missing'])).toBeUndefined();
  });
});

describe('measurable-objective', () => {
  it('is an error by default', () => {
    expect(measurableObjective.id).toBe(rule);
    expect(measurableObjective.defaultSeverity).toBe('error');
  });

  it('does not fire when a high-level measure is measurable', () => {
    expect(findings(plan(), rule)).toEqual([]);
    const monitored = measure('O1.1', { baseline: null, target: null, monitor: '{reason: Targets would discourage reporting}' });
    expect(findings(plan([objective('O1', [monitored])]), rule)).toEqual([]);
    expect(findings(plan([objective('O1', [qualitative('O1.1', { tier: 'high-level' })])]), rule)).toEqual([]);
  });

  it('reports an objective with no measurable high-level measure on its first line', () => {
    const text = [
      'plan:',
      '  id: test-plan',
      '  title: Test plan',
      '  period: {start: 2013-04-01, end: 2017-03-31}',
      'objectives:',
      '  - id: O1',
      '    title: Reduce crime',
      '    measures:',
      '      - id: O1.1',
      '        title: Victim-based crime',
      '        tier: high-level',
      '        type: count',
      '        better: lower',
      '',
    ].join('\n');
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0]);
    expect(found[0].range).toEqual({ start: { line: 6, column: 5 }, end: { line: 6, column: 11 } });
    expect(found[0].message).toBe(
      'Objective O1 is not measurable: none of its high-level measures (O1.1) has a target with a "by" date, a "monitor" with a reason, or (if qualitative) a reporting "frequency". Add "target: {value: ..., by: ...}", or "monitor: {reason: ...}" where a target would distort priorities',
    );
    expect(found[0].fixes?.map((f) => f.title)).toEqual(['Add a target and its baseline to O1.1', 'Monitor O1.1 without a target (give the reason)']);
    for (const i of [0, 1]) expect(findings(applyFix(text, found[0], i), rule)).toEqual([]);
  });

  it('says so when the objective has no high-level measure', () => {
    const text = plan([objective('O1', [qualitative('O1.1')])]);
    const [finding] = findings(text, rule);
    expect(finding.message).toContain('it has no high-level measure. Add a measure with "tier: high-level"');
    expect(finding.fixes).toBeUndefined();
  });

  it('completes a flow-style target without a date, keeping comments', () => {
    const text = plan([objective('O1', [measure('O1.1', { target: '{value: 41800}  # five per cent down' }), qualitative('O1.2')])]);
    const [finding] = findings(text, rule);
    expect(finding.fixes?.map((f) => f.title)).toEqual(["Add a date to O1.1's target"]);
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('target: {value: 41800, by: 2017-03-31}  # five per cent down');
    expect(findings(fixed, rule)).toEqual([]);
  });

  it('adds a reporting frequency to a qualitative high-level measure', () => {
    const text = plan([objective('O1', [qualitative('O1.1', { tier: 'high-level', frequency: null })])]);
    const [finding] = findings(text, rule);
    expect(finding.message).toBe('Objective O1 is not measurable: its high-level measures (O1.1) are qualitative and none says when new evidence is due. Add "frequency: quarterly" (or monthly, annual) to one of them');
    const fixed = applyFix(text, finding);
    expect(findings(fixed, rule)).toEqual([]);
  });
});

describe('measurable-objective: numeric measures with neither target nor monitor (DESIGN §4: unmeasured)', () => {
  it('reports a detailed measure without target or monitor, on the measure, even when the objective is measurable', () => {
    const text = plan([objective('O1', [measure('O1.1'), measure('O1.2', { tier: 'detailed', baseline: null, target: null })])]);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 1]);
    expect(found[0].message).toBe(
      'Measure O1.2 has neither a target nor a monitor, so its progress cannot be judged and it shows as unmeasured: add "target: {value: ..., by: ...}", or "monitor: {reason: ...}" where a target would distort priorities',
    );
    expect(found[0].fixes?.map((f) => f.title)).toEqual(['Add a target and its baseline to O1.2', 'Monitor O1.2 without a target (give the reason)']);
    for (const i of [0, 1]) expect(findings(applyFix(text, found[0], i), rule)).toEqual([]);
  });

  it('also reports a second high-level measure left unmeasured beside a measurable one', () => {
    const text = plan([objective('O1', [measure('O1.1'), measure('O1.2', { target: null })])]);
    expect(findings(text, rule).map((f) => f.path)).toEqual([['objectives', 0, 'measures', 1]]);
  });

  it('does not fire for a target (even without a date: time-bound-target says so), a monitor, or qualitative evidence', () => {
    const text = plan([
      objective('O1', [
        measure('O1.1'),
        measure('O1.2', { tier: 'detailed', target: '{value: 41000}' }),
        measure('O1.3', { tier: 'detailed', target: null, monitor: '{reason: Targets would discourage reporting}' }),
        qualitative('O1.4'),
      ]),
    ]);
    expect(findings(text, rule)).toEqual([]);
  });

  it('leaves an unmeasurable objective’s high-level measures to the objective’s finding, but names its detailed ones', () => {
    const text = plan([objective('O1', [measure('O1.1', { target: null }), measure('O1.2', { tier: 'detailed', target: null })])]);
    expect(findings(text, rule).map((f) => f.path)).toEqual([['objectives', 0], ['objectives', 0, 'measures', 1]]);
  });
});
