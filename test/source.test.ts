import { describe, expect, it } from 'vitest';
import { addKeyEdit, applyEdits, replaceValueEdit } from '../core/edits';
import { pointerToPath } from '../core/schema-check';
import { parseSource, positionFinder } from '../core/source';

const text = [
  'plan:', //                          line 1
  '  id: west-mercia # the id', //     line 2
  '  "a/b": 1', //                     line 3
  '  "t~x": 2', //                     line 4
  "  'it''s': 3", //                   line 5
  'objectives:', //                    line 6
  '  - id: O1', //                     line 7
  '    title: Reduce crime', //        line 8
].join('\n');

describe('positions', () => {
  it('are 1-based lines and columns, for LF, CRLF and lone CR', () => {
    const at = positionFinder('ab\ncd\r\nef\rgh');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 }); // 'd'
    expect(at(7)).toEqual({ line: 3, column: 1 }); // 'e' after \r\n
    expect(at(10)).toEqual({ line: 4, column: 1 }); // 'g' after a lone \r
  });
});

describe('locate', () => {
  const source = parseSource(text);
  const rangeOf = (path: (string | number)[], anchor?: 'key' | 'value') => {
    const at = source.locate(path, anchor);
    return { ...source.rangeOf(at.start, at.end), found: at.path };
  };

  it('puts a value finding on the value and a key finding on the key', () => {
    expect(rangeOf(['plan', 'id'])).toMatchObject({ start: { line: 2, column: 7 }, end: { line: 2, column: 18 } });
    expect(rangeOf(['plan', 'id'], 'key')).toMatchObject({ start: { line: 2, column: 3 }, end: { line: 2, column: 5 } });
  });

  it('finds keys that contain a slash, a tilde or a quote', () => {
    expect(rangeOf(pointerToPath('/plan/a~1b', source.value))).toMatchObject({ start: { line: 3, column: 10 } });
    expect(rangeOf(pointerToPath('/plan/t~0x', source.value))).toMatchObject({ start: { line: 4, column: 10 } });
    expect(rangeOf(['plan', "it's"], 'key')).toMatchObject({ start: { line: 5, column: 3 }, end: { line: 5, column: 10 } });
  });

  it('walks into lists by index', () => {
    expect(rangeOf(['objectives', 0, 'title'])).toMatchObject({ start: { line: 8, column: 12 }, end: { line: 8, column: 24 } });
  });

  it('falls back to the closest existing ancestor', () => {
    const r = rangeOf(['objectives', 0, 'measures', 3]);
    expect(r.found).toEqual(['objectives', 0]);
    expect(r.start).toEqual({ line: 7, column: 5 }); // '  - id: O1': the item's first key
  });

  it('turns JSON pointers into paths with numbers for list items', () => {
    expect(pointerToPath('/objectives/0/title', source.value)).toEqual(['objectives', 0, 'title']);
    expect(pointerToPath('', source.value)).toEqual([]);
  });
});

describe('problems in the text', () => {
  it('reports every syntax error, not just the first', () => {
    const s = parseSource('a: [1, 2\nb: 1\nb: 2\nc: "open\n');
    expect(s.problems.length).toBeGreaterThanOrEqual(2);
    for (const p of s.problems) expect(p.message).toMatch(/^YAML syntax: /);
  });

  it('reports a duplicate key on the second key', () => {
    const s = parseSource('a: 1\nb: 2\na: 3\n');
    expect(s.problems).toHaveLength(1);
    expect(s.rangeOf(s.problems[0].start, s.problems[0].end).start).toEqual({ line: 3, column: 1 });
    expect(s.problems[0].message).toContain('appears twice');
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');
    const s = parseSource(bomb, { maxAliases: 100, maxDepth: 64 });
    expect(s.value).toBeUndefined();
    expect(s.problems[0].message).toContain('aliases');
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = 'a: ' + '['.repeat(80) + ']'.repeat(80);
    const s = parseSource(deep, { maxAliases: 100, maxDepth: 64 });
    expect(s.value).toBeUndefined();
    expect(s.problems[0].message).toContain('64 levels');
  });

  it('keeps __proto__ as an ordinary key', () => {
    const s = parseSource('__proto__: {polluted: 1}\n');
    expect(Object.keys(s.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('edits keep the rest of the text', () => {
  it('adds a key at the end of a block mapping, after a trailing comment', () => {
    const t = 'm:\n  id: O1.1 # keep me\n  type: count\n# after\nn: 1\n';
    const s = parseSource(t);
    const edit = addKeyEdit(s, ['m'], ['better: lower'])!;
    expect(applyEdits(t, [edit])).toBe('m:\n  id: O1.1 # keep me\n  type: count\n  better: lower\n# after\nn: 1\n');
  });

  it('uses the file\'s own line breaks', () => {
    const t = 'm:\r\n  id: O1\r\n';
    const s = parseSource(t);
    expect(applyEdits(t, [addKeyEdit(s, ['m'], ['x: 1'])!])).toBe('m:\r\n  id: O1\r\n  x: 1\r\n');
  });

  it('adds a line break when the last line has none', () => {
    const t = 'm:\n  id: O1';
    const s = parseSource(t);
    expect(applyEdits(t, [addKeyEdit(s, ['m'], ['x: 1'])!])).toBe('m:\n  id: O1\n  x: 1\n');
  });

  it('does not edit flow mappings', () => {
    const s = parseSource('m: {id: O1}\n');
    expect(addKeyEdit(s, ['m'], ['x: 1'])).toBeUndefined();
  });

  it('replaces one value and keeps its comment', () => {
    const t = 'id: O1 # first\n';
    const s = parseSource(t);
    expect(applyEdits(t, [replaceValueEdit(s, ['id'], 'O2')!])).toBe('id: O2 # first\n');
  });
});
