// Format 1.1 (DESIGN §3.1) in the schema: `better: neutral` with a monitor only, and `override`.
import { describe, expect, it } from 'vitest';
import { check, measure, objective, plan, positionOf, qualitative } from './rules/helpers';

const planWith = (...measures: string[]) => plan([objective('O1', [measure('O1.1'), ...measures, qualitative('O1.9')])]);
const schemaFindings = (text: string) => check(text).filter((f) => f.rule === 'schema');

describe('better: neutral', () => {
  it('is allowed on a monitored measure', () => {
    const text = planWith(measure('O1.2', { better: 'neutral', target: null, baseline: null, monitor: '{reason: A rise may mean more victims come forward}' }));
    expect(check(text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('with a target is an error on the target, saying what to write', () => {
    const text = planWith(measure('O1.2', { better: 'neutral' }));
    const found = schemaFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(['objectives', 0, 'measures', 1, 'target']);
    const start = positionOf(text, 'target:', 'id: O1.2');
    expect(found[0].range.start).toEqual(start);
    expect(found[0].message).toBe(
      'Measure O1.2 › target is not in a form the plan format allows: A measure with better: neutral has no target, since a target needs a direction: replace the target with monitor: {reason: ...}, or set better to higher or lower.',
    );
  });

  it('an override with status, reason, by and date is allowed', () => {
    const text = planWith(measure('O1.2', { override: '{status: at-risk, reason: The rise is the recording audit, by: Chief Executive, date: 2015-04-10}' }));
    expect(schemaFindings(text)).toEqual([]);
  });
});
