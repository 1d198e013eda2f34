// Small plans as YAML text for the rule tests, and a way to check them and apply their fixes.
import { expect } from 'vitest';
import { checkPlanText } from '../../core/check';
import type { Config } from '../../core/config';
import { applyEdits } from '../../core/edits';
import type { Finding, Position } from '../../core/types';

export const asOf = '2015-03-31';
export const file = 'plans/test.plan.yaml';

/** YAML values by key; null leaves the key out. Values are written as they stand (already YAML). */
export type Fields = Record<string, string | null>;

function lines(fields: Fields, indent: number): string {
  const pad = ' '.repeat(indent);
  return Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v], i) => (i === 0 ? '' : pad) + `${k}: ${v}`)
    .join('\n');
}

/** A complete high-level count measure, every rule satisfied; `fields` override or remove keys. */
export function measure(id: string, fields: Fields = {}): string {
  const all: Fields = {
    id,
    title: `Measure ${id}`,
    tier: 'high-level',
    type: 'count',
    better: 'lower',
    unit: 'crimes',
    frequency: 'annual',
    baseline: '{period: FY2012-13, value: 44000}',
    target: '{value: 41800, by: 2017-03-31}',
    ...fields,
  };
  return `      - ${lines(all, 8)}\n`;
}

/** A qualitative measure with evidence on a schedule. */
export function qualitative(id: string, fields: Fields = {}): string {
  return measure(id, {
    tier: 'detailed',
    type: 'qualitative',
    better: null,
    unit: null,
    baseline: null,
    target: null,
    frequency: 'quarterly',
    evidence: '[{date: 2014-03-31, summary: Case study of a repeat victim supported, assessment: on-track}]',
    ...fields,
  });
}

/** A complete objective: partners, a due date, an early win, a measurable count and qualitative evidence. */
export function objective(id: string, measures?: string[], fields: Fields = {}): string {
  const all: Fields = {
    id,
    title: `Objective ${id}`,
    earlyWin: 'true',
    partners: '[Community Safety Partnerships, Local authorities]',
    due: '2017-03-31',
    ...fields,
  };
  const list = measures ?? [measure(`${id}.1`), qualitative(`${id}.2`)];
  return `  - ${lines(all, 4)}\n` + (list.length > 0 ? `    measures:\n${list.join('')}` : '');
}

export const header = [
  'plan:',
  '  id: test-plan',
  '  title: Police and Crime Plan for Testshire 2013-2017',
  '  period: {start: 2013-04-01, end: 2017-03-31}',
  '',
].join('\n');

/** A whole plan: the header and the objectives given (one complete objective by default). */
export function plan(objectives: string[] = [objective('O1')]): string {
  return `${header}objectives:\n${objectives.join('')}`;
}

export function check(text: string, config?: Config): Finding[] {
  return checkPlanText(text, file, { asOf, config }).findings;
}

/** The findings of one rule, after checking the text for schema and syntax problems first. */
export function findings(text: string, rule: string, options?: Record<string, unknown>): Finding[] {
  const config: Config | undefined = options ? { rules: { [rule]: { severity: 'warning', options } } } : undefined;
  const all = check(text, config);
  const broken = all.filter((f) => f.rule === 'syntax' || f.rule === 'schema');
  expect(broken, 'the test plan should be valid').toEqual([]);
  return all.filter((f) => f.rule === rule);
}

/** Line and column (1-based) where `needle` first occurs (after `after`, when given). */
export function positionOf(text: string, needle: string, after = ''): Position {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  if (at === -1 || from === -1) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Applies fix number `index` of a finding. */
export function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes?.[index];
  if (!fix) throw new Error(`finding has no fix ${index}: ${finding.message}`);
  return applyEdits(text, fix.edits);
}
