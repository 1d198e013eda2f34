// The editor's own completion (used when the YAML extension is not active): keys with their
// descriptions, the words a key allows, and snippets for a new objective and a new measure.
import { describe, expect, it } from 'vitest';
import { completionsAt, placeAt } from '../extension/adapter/completion';
import { isPlaceholder } from '../core/placeholders';

const text = [
  'plan:', //                       0
  '  id: test-plan', //             1
  '  ', //                          2: a key of the plan
  'objectives:', //                 3
  '  - id: O1', //                  4
  '    title: Reduce crime', //     5
  '    ', //                        6: a key of objective O1
  '    measures:', //               7
  '      - id: O1.1', //            8
  '        type: ', //              9: a measure's type
  '        ', //                    10: a key of measure O1.1
  '      - ', //                    11: a new measure
  '  - ', //                        12: a new objective
  '',
];
const doc = text.join('\n');
const labels = (line: number) => completionsAt(doc, line, text[line].length).map((c) => c.label);

describe('the place in the plan, from the lines above', () => {
  it('follows indentation through mappings and list items', () => {
    expect(placeAt(text, 2, 2)).toEqual({ path: ['plan'], siblings: new Set(['id']) });
    expect(placeAt(text, 6, 4)).toEqual({ path: ['objectives', 0], siblings: new Set(['id', 'title']) });
    expect(placeAt(text, 10, 8)).toEqual({ path: ['objectives', 0, 'measures', 0], siblings: new Set(['id', 'type']) });
  });
});

describe('completion from the schema', () => {
  it('offers the keys a mapping may still take, with their descriptions', () => {
    const plan = completionsAt(doc, 2, 2);
    expect(plan.map((c) => c.label)).toEqual(expect.arrayContaining(['title', 'period', 'area', 'commissioner']));
    expect(plan.map((c) => c.label)).not.toContain('id');
    const title = plan.find((c) => c.label === 'title')!;
    expect(title.insert).toBe('title: ');
    expect(title.detail).toBe('required');
    expect(title.documentation).toMatch(/title/i);
    expect(labels(6)).toEqual(expect.arrayContaining(['description', 'partners', 'due', 'earlyWin']));
    expect(labels(6)).not.toContain('title');
    expect(labels(10)).toEqual(expect.arrayContaining(['title', 'tier', 'better', 'baseline', 'target', 'monitor', 'data']));
    expect(labels(10)).not.toContain('type');
  });

  it('offers the words a key allows', () => {
    expect(labels(9)).toEqual(['count', 'proportion', 'rate', 'value', 'qualitative']);
    const tier = completionsAt(doc.replace('        type: ', '        tier: '), 9, '        tier: '.length);
    expect(tier.map((c) => c.label)).toEqual(['high-level', 'detailed']);
  });

  it('offers a new measure of each type, and a new objective, with placeholders for what is still to write', () => {
    expect(labels(11)).toEqual(expect.arrayContaining(['New count measure', 'New proportion measure', 'New rate measure', 'New value measure', 'New qualitative measure']));
    expect(labels(12)).toContain('New objective');
    const count = completionsAt(doc, 11, text[11].length).find((c) => c.label === 'New count measure')!;
    expect(count.kind).toBe('snippet');
    expect(count.insert.split('\n')[0]).toBe('- id: ${1:O1.1}');
    expect(count.insert).toContain('  type: count');
    expect(count.insert).toContain('  baseline: {period: ${7:TODO}, value: ${8:TODO}}');
    expect(isPlaceholder(count.insert)).toBe(true);
    const qualitative = completionsAt(doc, 11, text[11].length).find((c) => c.label === 'New qualitative measure')!;
    expect(qualitative.insert).not.toContain('better');
    expect(qualitative.insert).toContain('  evidence:');
  });
});
