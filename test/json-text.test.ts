// The writer under `score --format json` (cli/scorecard/json-text.ts) against the plain way of
// writing the same layout: a walk that writes every value itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJson, indentedJson } from '../cli/scorecard/json-text';

const nullForUndefined = (_key: string, value: unknown) => (value === undefined ? null : value);
const oneLine = new Set(['series', 'changes']);

/** The layout written by hand: two spaces a level, each item of a `oneLine` list on one line. */
function plainly(value: unknown, indent: string, compact = false): string {
  if (value === null || value === undefined || typeof value !== 'object') return JSON.stringify(value ?? null) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => (compact ? JSON.stringify(item ?? null, nullForUndefined) : plainly(item, inner)));
    return `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => `${JSON.stringify(key)}: ${plainly(item, inner, oneLine.has(key) && Array.isArray(item))}`);
  return `{\n${inner}${lines.join(`,\n${inner}`)}\n${indent}}`;
}

// strings that look like the writer's own markers, as a plan's text could hold them
const markerLike = fc.constantFrom('\u0000plan-score-0-0', '\u0000plan-score-0-1', '\u0000plan-score-1-0', 'plan-score-0-0', '\u0000');
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), markerLike);
const scalar = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0));
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('object')),
  list: fc.array(tie('any'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.constantFrom('series', 'changes', 'value', 'note'), fc.string()), tie('any'), { maxKeys: 5 }),
})).any;

describe('the JSON writer', () => {
  it('writes a value on one line as JSON.stringify does, undefined as null', () => {
    fc.assert(fc.property(value, (v) => {
        expect(compactJson(v)).toBe(JSON.stringify(v, nullForUndefined) ?? 'null');
      }), { numRuns: 500 });
  });

  it('writes the indented layout character for character as the plain walk, at any starting indent', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('', '  ', '    '), (v, indent) => {
        expect(indentedJson(v, indent, oneLine)).toBe(plainly(v, indent));
      }),
      { numRuns: 500 },
    );
  });

  it('is not misled by a plan whose text holds a marker', () => {
    // "\u0000plan-score-0-0" is the writer's first marker, here before the item it would stand for
    const measure = { note: '\u0000plan-score-0-0', series: [{ period: '2015-01', note: '\u0000plan-score-0-1' }, { period: '2015-02', note: undefined }] };
    const written = indentedJson(measure, '', oneLine);
    expect(written).toBe(
      [
        '{',
        '  "note": "\\u0000plan-score-0-0",',
        '  "series": [',
        '    {"period":"2015-01","note":"\\u0000plan-score-0-1"},',
        '    {"period":"2015-02","note":null}',
        '  ]',
        '}',
      ].join('\n'),
    );
  });
});
