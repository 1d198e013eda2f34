import { describe, expect, it } from 'vitest';
import { earlyWins } from '../../core/rules/early-wins';
import { findings, objective, plan } from './helpers';

const rule = 'early-wins';

describe('early-wins', () => {
  it('is info by default', () => {
    expect(earlyWins.id).toBe(rule);
    expect(earlyWins.defaultSeverity).toBe('info');
  });

  it('does not fire when one objective is an early win', () => {
    expect(findings(plan([objective('O1', undefined, { earlyWin: 'false' }), objective('O2')]), rule)).toEqual([]);
  });

  it('reports on the "objectives" key when no objective is an early win', () => {
    const text = plan([objective('O1', undefined, { earlyWin: null }), objective('O2', undefined, { earlyWin: 'false' })]);
    const found = findings(text, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].path).toEqual(['objectives']);
    expect(found[0].range).toEqual({ start: { line: 5, column: 1 }, end: { line: 5, column: 11 } });
    expect(found[0].message).toBe(
      'No objective is marked as an early win: add "earlyWin: true" to the objectives the Commissioner wants to see evidenced in the first year, so the Panel knows where to look first',
    );
  });
});
