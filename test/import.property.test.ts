// Property: whatever the plan's layout and comments and whatever the CSV, a merge keeps every
// earlier point and every comment line, the result validates, and a conflict changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../core/check';
import { importFigures } from '../core/import/merge';
import type { DataPoint } from '../core/types';

type Style = 'block-flow' | 'block-map' | 'flow' | 'flow-multiline' | 'none';

interface MeasureSpec {
  style: Style;
  points: { month: number; value: number }[];
  comments: boolean[];
}

const monthText = (m: number) => `${2013 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

const comment = fc.stringMatching(/^[A-Za-z0-9 ,.:'"#-]{0,30}$/).map((s) => `# ${s}`.trimEnd());

const measureSpec: fc.Arbitrary<MeasureSpec> = fc
  .record({
    style: fc.constantFrom<Style>('block-flow', 'block-map', 'flow', 'flow-multiline', 'none'),
    months: fc.uniqueArray(fc.integer({ min: 0, max: 35 }), { maxLength: 8 }),
    values: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 8, maxLength: 8 }),
    sorted: fc.boolean(),
    comments: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  })
  .map(({ style, months, values, sorted, comments }) => {
    const order = sorted ? [...months].sort((a, b) => a - b) : months;
    const kept: Style = order.length > 0 ? style : 'none';
    return { style: kept, points: kept === 'none' ? [] : order.map((month, i) => ({ month, value: values[i] })), comments };
  });

function render(measures: MeasureSpec[], commentText: string[]): string {
  let c = 0;
  const nextComment = () => commentText[c++ % commentText.length];
  const lines = [nextComment(), 'plan:', '  id: property-plan', `  title: Property plan  ${nextComment()}`, '  period: {start: 2013-01-01, end: 2016-12-31}', '', 'objectives:', '  - id: O1', '    title: Reduce crime', '    measures:'];
  measures.forEach((m, i) => {
    lines.push(`      - id: M${i + 1}`, `        title: Measure ${i + 1}`, '        tier: high-level', '        type: count', '        better: lower', '        monitor: {reason: Property test}');
    if (m.comments[8]) lines.push(`        ${nextComment()}`);
    const pt = (p: { month: number; value: number }) => `{period: ${monthText(p.month)}, value: ${p.value}}`;
    switch (m.style) {
      case 'none':
        break;
      case 'block-flow':
        lines.push('        data:');
        m.points.forEach((p, k) => {
          if (m.comments[k]) lines.push(`          ${nextComment()}`);
          lines.push(`          - ${pt(p)}${m.comments[k + 1] ? `  ${nextComment()}` : ''}`);
        });
        break;
      case 'block-map':
        lines.push('        data:');
        m.points.forEach((p, k) => {
          if (m.comments[k]) lines.push(`          ${nextComment()}`);
          lines.push(`          - period: ${monthText(p.month)}`, `            value: ${p.value}${m.comments[k + 1] ? `  ${nextComment()}` : ''}`);
        });
        break;
      case 'flow':
        lines.push(`        data: [${m.points.map(pt).join(', ')}]${m.comments[0] ? `  ${nextComment()}` : ''}`);
        break;
      case 'flow-multiline':
        lines.push('        data: [');
        m.points.forEach((p, k) => lines.push(`          ${pt(p)}${k < m.points.length - 1 ? ',' : ''}${m.comments[k] ? `  ${nextComment()}` : ''}`));
        lines.push('        ]');
        break;
    }
  });
  lines.push(nextComment(), '');
  return lines.join('\n');
}

const row = fc.record({ measure: fc.integer({ min: 0, max: 2 }), month: fc.integer({ min: 0, max: 35 }), value: fc.integer({ min: 0, max: 5000 }), reuse: fc.integer({ min: 0, max: 3 }) });

const scenario = fc.record({
  measures: fc.array(measureSpec, { minLength: 1, maxLength: 3 }),
  comments: fc.array(comment, { minLength: 1, maxLength: 5 }),
  rows: fc.array(row, { maxLength: 12 }),
  replace: fc.boolean(),
  crlf: fc.boolean(),
});

function pointsOf(text: string): Map<string, Map<string, number>> {
  const checked = checkPlanText(text, 'p.plan.yaml', { asOf: '2020-01-01' });
  const out = new Map<string, Map<string, number>>();
  for (const m of checked.plan?.objectives[0].measures ?? []) {
    out.set(m.id, new Map(((m.data as DataPoint[] | undefined) ?? []).map((p) => [String(p.period), p.value])));
  }
  return out;
}

describe('import property', () => {
  it('keeps every earlier point and comment, validates, and changes nothing on a conflict', () => {
    fc.assert(
      fc.property(scenario, ({ measures, comments, rows, replace, crlf }) => {
        let text = render(measures, comments);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const before = checkPlanText(text, 'p.plan.yaml', { asOf: '2020-01-01' });
        expect(before.findings.filter((f) => f.rule === 'syntax' || f.rule === 'schema')).toEqual([]);

        // CSV rows: some repeat a point already there (same or other value), the rest are new; one figure per period and measure.
        const seen = new Set<string>();
        const csv = ['measure,period,value'];
        for (const r of rows) {
          const m = r.measure % measures.length;
          const existing = measures[m].points;
          const reuse = existing.length > 0 && r.reuse > 0 ? existing[r.month % existing.length] : undefined;
          const month = reuse ? reuse.month : r.month;
          const value = reuse && r.reuse === 1 ? reuse.value + 1 : reuse ? reuse.value : r.value;
          const key = `${m}:${month}`;
          if (seen.has(key)) continue;
          seen.add(key);
          csv.push(`M${m + 1},${monthText(month)},${value}`);
        }
        const result = importFigures(text, 'p.plan.yaml', csv.join('\n') + '\n', { asOf: '2020-01-01', replace });

        if (result.conflicts > 0) {
          expect(replace).toBe(false);
          expect(result.files).toEqual([]);
          return;
        }
        const after = result.files[0]?.after ?? text;
        // The file still validates.
        const checked = checkPlanText(after, 'p.plan.yaml', { asOf: '2020-01-01' });
        expect(checked.findings.filter((f) => f.rule === 'syntax' || f.rule === 'schema')).toEqual([]);
        // Every comment is still there, in order; without replacements every original line is, in order.
        const nl = crlf ? '\r\n' : '\n';
        const commentsOf = (t: string) => t.split(nl).filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));
        const keptComments = commentsOf(after);
        let c = 0;
        for (const wanted of commentsOf(text)) {
          const at = keptComments.indexOf(wanted, c);
          expect(at, `comment kept: ${wanted}`).toBeGreaterThanOrEqual(c);
          c = at + 1;
        }
        if (result.measures.every((m) => m.replaced.length === 0)) {
          // A flow list's last item gains a comma when items follow it.
          const bare = (l: string) => l.replace(/\},(\s*(#.*)?)$/, '}$1');
          const afterLines = after.split(nl).map(bare);
          let i = 0;
          for (const line of text.split(nl).map(bare)) {
            if (/data: \[.+/.test(line)) continue; // a one-line flow list gains its new items on its own line
            const at = afterLines.indexOf(line, i);
            expect(at, `line kept: ${line}`).toBeGreaterThanOrEqual(i);
            i = at + 1;
          }
        }
        if (crlf) expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
        // Every earlier point is still there, with its figure unless replaced; every imported point is there.
        const now = pointsOf(after);
        measures.forEach((m, k) => {
          const id = `M${k + 1}`;
          const replaced = new Set(result.measures.find((r) => r.measure === id)?.replaced.map((c) => c.period) ?? []);
          for (const p of m.points) {
            expect(now.get(id)!.has(monthText(p.month))).toBe(true);
            if (!replaced.has(monthText(p.month))) expect(now.get(id)!.get(monthText(p.month))).toBe(p.value);
          }
        });
        for (const line of csv.slice(1)) {
          const [id, period, value] = line.split(',');
          expect(now.get(id)!.get(period)).toBe(Number(value));
        }
      }),
      { seed: 20140214, numRuns: 200 },
    );
  });
});
