// plan-score init through the built CLI (`npm run build` first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPeriod } from '../cli/commands/init';

const cli = join(process.cwd(), 'dist/cli.js');
const run = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const fresh = () => mkdtempSync(join(tmpdir(), 'plan-score-init-'));

interface Finding {
  rule: string;
  severity: string;
  message: string;
  path: (string | number)[];
}

/** The findings that name what is left to fill in: placeholders, targets, early wins, partners, qualitative evidence. */
const leftToFill = new Set(['measurable-objective', 'early-wins', 'qualitative-evidence', 'partners-named', 'placeholder']);

function check(dir: string, file: string): Finding[] {
  const r = run(dir, 'check', file, '--format', 'json');
  expect(r.code === 0 || r.code === 1).toBe(true);
  return JSON.parse(r.stdout).findings;
}

describe('plan-score init', () => {
  it('writes the national template: six objectives, each with a measure skeleton, only TODOs reported', () => {
    const dir = fresh();
    const r = run(dir, 'init', 'plans');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Wrote plans/police-and-crime-plan.plan.yaml\nWrote plans/plan-score.config.yaml\n');
    const text = readFileSync(join(dir, 'plans/police-and-crime-plan.plan.yaml'), 'utf8');
    for (const title of [
      'Reduce murder and other homicide',
      'Reduce serious violence',
      'Disrupt drugs supply and county lines',
      'Reduce neighbourhood crime',
      'Tackle cyber crime',
      'Improve satisfaction among victims, with a particular focus on victims of domestic abuse',
    ]) {
      expect(text).toContain(`title: ${title}\n`);
    }
    expect(text).toContain('# target: {value: TODO, by: ');
    expect(text).not.toMatch(/value: 0\b/);
    expect(text).not.toMatch(/\{\{\w+\}\}/);

    const findings = check(dir, 'plans/police-and-crime-plan.plan.yaml');
    expect(findings.filter((f) => !leftToFill.has(f.rule))).toEqual([]);
    const measurable = findings.filter((f) => f.rule === 'measurable-objective');
    // each objective, and the detailed measures of O2 and O3 still without a target or a monitor
    expect(measurable.map((f) => f.path)).toEqual([
      ['objectives', 0],
      ['objectives', 1],
      ['objectives', 1, 'measures', 1],
      ['objectives', 2],
      ['objectives', 2, 'measures', 1],
      ['objectives', 3],
      ['objectives', 4],
      ['objectives', 5],
    ]);
    expect(measurable.every((f) => f.severity === 'error')).toBe(true);
    // the plan's title is template text until it is written: an error on it, so CI cannot pass it
    const placeholders = findings.filter((f) => f.rule === 'placeholder');
    expect(placeholders.map((f) => f.path)).toEqual([['plan', 'title']]);
    expect(placeholders[0].severity).toBe('error');
    expect(placeholders[0].message).toMatch(/^The plan › title is still the placeholder "TODO the plan's published title, e\.g\. [^"]*"\. Write here: The plan's title as published/);
  });

  it('writes a config that plan-score reads without complaint', () => {
    const dir = fresh();
    run(dir, 'init');
    const config = readFileSync(join(dir, 'plan-score.config.yaml'), 'utf8');
    expect(config).toContain('rules:');
    expect(check(dir, 'police-and-crime-plan.plan.yaml').filter((f) => f.rule === 'config' || f.rule === 'syntax')).toEqual([]);
  });

  it('the blank template: one objective skeleton', () => {
    const dir = fresh();
    const r = run(dir, 'init', '.', '--template', 'blank', '--name', 'west-mercia-2024-29');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'west-mercia-2024-29.plan.yaml'), 'utf8');
    expect(text).toContain('  id: west-mercia-2024-29');
    expect(text.match(/^ {2}- id: /gm)).toHaveLength(1);
    const findings = check(dir, 'west-mercia-2024-29.plan.yaml');
    expect(findings.filter((f) => !leftToFill.has(f.rule))).toEqual([]);
    expect(findings.map((f) => f.rule)).toContain('measurable-objective');
  });

  it('becomes a clean plan once every TODO is filled in', () => {
    const dir = fresh();
    run(dir, 'init', '.', '--template', 'blank');
    const file = join(dir, 'police-and-crime-plan.plan.yaml');
    const text = readFileSync(file, 'utf8');
    const end = /end: (\d{4}-\d{2}-\d{2})/.exec(text)![1];
    const todo = check(dir, 'police-and-crime-plan.plan.yaml').filter((f) => f.rule === 'placeholder');
    expect(todo.map((f) => f.path)).toEqual([['plan', 'title'], ['objectives', 0, 'title'], ['objectives', 0, 'measures', 0, 'title']]);
    const filled = text
      .replace(/title: TODO the plan's .*\n/, 'title: Police and Crime Plan for Testshire\n')
      .replace(/title: TODO the objective.*\n/, 'title: Reduce crime and disorder\n')
      .replace(/title: TODO what is measured.*\n/, 'title: Victim-based crime\n')
      .replace('        # baseline: {period: FY2023-24, value: TODO}\n', `        baseline: {period: FY2023-24, value: 44000}\n        target: {value: 41800, by: ${end}}\n`);
    writeFileSync(file, filled);
    const findings = check(dir, 'police-and-crime-plan.plan.yaml');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('never overwrites: a config already in the folder is kept as it is, and the plan written beside it', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'plan-score.config.yaml'), 'rules: {}\n');
    const r = run(dir, 'init', '.', '--name', 'second-plan');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Wrote second-plan.plan.yaml\nKept plan-score.config.yaml as it is\n');
    expect(existsSync(join(dir, 'second-plan.plan.yaml'))).toBe(true);
    expect(readFileSync(join(dir, 'plan-score.config.yaml'), 'utf8')).toBe('rules: {}\n');
  });

  it('never overwrites a plan: exit 2 naming the file, and nothing written', () => {
    const again = fresh();
    expect(run(again, 'init').code).toBe(0);
    const before = readFileSync(join(again, 'police-and-crime-plan.plan.yaml'), 'utf8');
    const second = run(again, 'init', '--template', 'blank');
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('police-and-crime-plan.plan.yaml already exists');
    expect(readFileSync(join(again, 'police-and-crime-plan.plan.yaml'), 'utf8')).toBe(before);
  });

  it('refuses an unknown template or a name that cannot be a plan id', () => {
    const dir = fresh();
    expect(run(dir, 'init', '--template', 'nope').code).toBe(2);
    expect(run(dir, 'init', '--name', 'West Mercia').code).toBe(2);
    expect(existsSync(join(dir, 'plan-score.config.yaml'))).toBe(false);
  });

  it('starts the plan period on the 1 April on or before today', () => {
    expect(planPeriod('2024-05-09')).toEqual({ start: '2024-04-01', end: '2028-03-31' });
    expect(planPeriod('2025-03-31')).toEqual({ start: '2024-04-01', end: '2028-03-31' });
  });
});
