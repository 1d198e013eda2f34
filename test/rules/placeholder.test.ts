import { describe, expect, it } from 'vitest';
import { placeholder as rule } from '../../core/rules/placeholder';
import { check, findings, measure, objective, plan, positionOf, qualitative } from './helpers';

const id = 'placeholder';

describe('placeholder', () => {
  it('is an error by default', () => {
    expect(rule.id).toBe(id);
    expect(rule.defaultSeverity).toBe('error');
  });

  it('reports a value left as TODO on that value, saying what belongs there', () => {
    const text = plan([objective('O1', [measure('O1.1', { target: '{value: TODO, by: 2017-03-31}' }), qualitative('O1.2')])]);
    const found = findings(text, id);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 0, 'target', 'value']);
    const start = positionOf(text, 'TODO');
    expect(found[0].range).toEqual({ start, end: { line: start.line, column: start.column + 4 } });
    expect(found[0].message).toBe('Measure O1.1 › target › value is still the placeholder "TODO". Write here: The figure to reach by the target date, in the measure\'s unit.');
  });

  it('reports a placeholder with a hint, in text anywhere in the plan, once per value', () => {
    const text = plan([
      objective('O1', [measure('O1.1', { target: null, baseline: null, monitor: '{reason: TODO why a target would distort priorities here}' }), qualitative('O1.2')], { title: 'TODO the objective in a few words' }),
    ]);
    const found = findings(text, id);
    expect(found.map((f) => f.path)).toEqual([
      ['objectives', 0, 'title'],
      ['objectives', 0, 'measures', 0, 'monitor', 'reason'],
    ]);
    expect(found[1].message).toBe(
      'Measure O1.1 › monitor › reason is still the placeholder "TODO why a target would distort priorities here". Write here: Why this measure has no target, in words the Panel and the public will understand.',
    );
    // the placeholder is the one error on the node: the schema does not also call it the wrong kind of value
    expect(check(text).filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([id, id]);
  });

  it('takes the place of the schema finding for a value of the wrong kind', () => {
    const text = plan([objective('O1', [measure('O1.1', { baseline: '{period: TODO, value: TODO}' }), qualitative('O1.2')])]);
    const all = check(text);
    expect(all.filter((f) => f.rule === 'schema')).toEqual([]);
    expect(all.filter((f) => f.rule === id).map((f) => f.path.at(-1))).toEqual(['period', 'value']);
  });

  it('does not fire on comments, on the word inside another word, or on a plan with nothing left to write', () => {
    expect(findings(plan(), id)).toEqual([]);
    const text = plan([objective('O1', undefined, { title: 'Reduce TODOS and MASTODON crime  # TODO reword' })]);
    expect(findings(text, id)).toEqual([]);
  });
});
