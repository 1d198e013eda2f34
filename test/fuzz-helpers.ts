// The fuzzing pipeline shared by test/fuzz.test.ts and test/fuzz-regressions.test.ts:
// load → lint → evaluate → render, with the properties every input must keep.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { scorecardFormatters } from '../cli/scorecard/index';
import { checkPlanText } from '../core/check';
import type { FileSystem } from '../core/files';
import { reportHtml } from '../core/report/html';
import { reportMarkdown } from '../core/report/markdown';
import type { PlanResult } from '../core/results';
import type { Finding } from '../core/types';

export const asOf = '2016-03-31';
const plansDir = resolve('plans');

/** The sample plans' CSV files, read once; the fuzzed plans sit beside them. */
const dataFiles: Record<string, string> = Object.fromEntries(
  readdirSync(join(plansDir, 'data')).map((f) => [join(plansDir, 'data', f), readFileSync(join(plansDir, 'data', f), 'utf8')]),
);
export const fs: FileSystem = { readFile: (p) => dataFiles[p], exists: (p) => p in dataFiles };
export const file = join(plansDir, 'fuzzed.plan.yaml');

/** Every number in a JSON-like value that is not finite, with its path. */
export function nonFinite(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path} = ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  return out;
}

function expectInside(findings: Finding[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of findings) {
    if (f.file !== file) continue; // CSV findings sit in their own files
    const where = `${f.rule} ${JSON.stringify(f.range)}: ${f.message}`;
    if (f.offsets) {
      expect(f.offsets.start, where).toBeGreaterThanOrEqual(0);
      expect(f.offsets.end, where).toBeLessThanOrEqual(text.length);
      expect(f.offsets.start, where).toBeLessThanOrEqual(f.offsets.end);
    }
    const { start, end } = f.range;
    expect(start.line >= 1 && start.column >= 1 && end.line <= lines.length, where).toBe(true);
    expect(end.line > start.line || (end.line === start.line && end.column >= start.column), where).toBe(true);
    // a column may point at the line's break (the \n of a \r\n pair is one past the \r)
    expect(start.column - 1, where).toBeLessThanOrEqual(lines[start.line - 1].length + 1);
    expect(end.column - 1, where).toBeLessThanOrEqual(lines[end.line - 1].length + 1);
    expect(f.message, where).not.toMatch(/\n\s+at /);
    expect(f.message, where).not.toMatch(unshown(text));
  }
}

/** What a reader must never see: a number that is not one, or a value printed as a JS object; an
 *  infinity or NaN the plan itself spells out may be quoted back in a finding. */
function unshown(text: string): RegExp {
  const words = ['undefined', '\\[object Object\\]'];
  if (!/\.(inf|Inf|INF|nan|NaN|NAN)\b|NaN|Infinity/.test(text)) words.push('NaN', 'Infinity');
  return new RegExp(words.filter((w) => !text.includes(w.replace(/\\/g, ''))).join('|') || '$^');
}

/** Pushes one text through the whole pipeline and checks what must hold for any input. */
export function throughPipeline(text: string): void {
  const checked = checkPlanText(text, file, { asOf, fs });
  expectInside(checked.findings, text);
  const result: PlanResult | undefined = checked.evaluation();
  if (result) expect(nonFinite(result), 'numbers in the evaluation').toEqual([]);
  const score = { asOf, plans: result ? [result] : [], findings: checked.findings };
  for (const format of Object.values(scorecardFormatters)) {
    const out = format(score, { color: false, width: 100 });
    expect(out).not.toMatch(unshown(text));
  }
  const html = reportHtml({ asOf, plan: result, findings: checked.findings }, { viewJs: '' });
  expect(html).toContain('</html>');
  expect(reportMarkdown({ asOf, plan: result, findings: checked.findings })).not.toMatch(unshown(text));
}
