// The real command line, built: `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const sample = 'plans/west-midlands-2014-variation.plan.yaml';
let dir: string;
let varied: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-score-diff-'));
  varied = join(dir, 'west-midlands-2015-variation.plan.yaml');
  const text = readFileSync(sample, 'utf8')
    .replace('target: {change: -10%, by: 2017-03-31, tolerance: 2%}', 'target: {change: -12%, by: 2017-03-31, tolerance: 2%}')
    .replace('version: 2014 variation', 'version: 2015 variation')
    .replace('title: Burglary of dwellings', 'title: Domestic burglary')
    .replace('data: data/west-midlands-knife-crime.csv', `data: ${join(process.cwd(), 'plans/data/west-midlands-knife-crime.csv')}`);
  writeFileSync(varied, text);
});

describe('plan-score diff', () => {
  it('prints a table grouped by objective, exit 0', () => {
    const r = run('diff', sample, varied);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('West Midlands Police and Crime Plan (2014 variation) → West Midlands Police and Crime Plan (2015 variation)');
    expect(r.stdout).toMatch(/O1 {2}Reduce crime and offending\n/);
    expect(r.stdout).toContain('  O1.2 Domestic burglary\n');
    expect(r.stdout).toContain('    • Measure renamed: "Burglary of dwellings" → "Domestic burglary"');
    expect(r.stdout).toContain('    ▲ Target tightened: -10% → -12%');
    expect(r.stdout).toContain('3 changes: 1 target tightened, 0 loosened; 0 added, 0 removed');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('exits 0 when nothing changed', () => {
    const r = run('diff', sample, sample);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes to objectives, measures or targets.');
  });

  it('writes Markdown for the Panel papers', () => {
    const r = run('diff', sample, varied, '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Variation of the Police and Crime Plan\n/);
    expect(r.stdout).toContain('## O1: Reduce crime and offending');
    expect(r.stdout).toContain('| O1.2 Domestic burglary | Measure renamed: "Burglary of dwellings" → "Domestic burglary" |');
    expect(r.stdout).toContain('|  | Target tightened: -10% → -12% |');
  });

  it('writes JSON {old, new, changes}', () => {
    const r = run('diff', sample, varied, '--format', 'json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.old).toMatchObject({ file: sample, id: 'west-midlands-2014-variation', version: '2014 variation' });
    expect(body.new).toMatchObject({ file: varied, version: '2015 variation' });
    expect(body.changes).toContainEqual({ kind: 'target', objective: 'O1', measure: 'O1.2', field: 'change', judgement: 'tightened', from: '-10%', to: '-12%', message: 'Target tightened: -10% → -12%' });
    expect(body.changes).toHaveLength(3);
  });

  it('exits 2 when a file cannot be read, and says which', () => {
    const r = run('diff', sample, join(dir, 'missing.plan.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot read');
    expect(r.stderr).toContain('missing.plan.yaml');
    expect(r.stdout).toBe('');
  });

  it('exits 2 when a file is not a plan: broken YAML, or no objectives', () => {
    const broken = join(dir, 'broken.plan.yaml');
    writeFileSync(broken, 'plan:\n  id: x\n objectives: [\n');
    const r = run('diff', broken, sample);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.plan\.yaml" is not a plan that can be read: line \d+: YAML syntax/);
    const notPlan = join(dir, 'list.plan.yaml');
    writeFileSync(notPlan, '- just\n- a list\n');
    const r2 = run('diff', sample, notPlan);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('is not a plan');
  });

  it('compares a plan with schema errors as far as it can be read, and says so', () => {
    const odd = join(dir, 'odd.plan.yaml');
    writeFileSync(odd, readFileSync(varied, 'utf8').replace('version: 2015 variation', 'version: 2015 variation\n  colour: blue'));
    const r = run('diff', varied, odd);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('has schema errors');
  });

  it('exits 2 on an unknown format', () => {
    expect(run('diff', sample, varied, '--format', 'html').code).toBe(2);
  });
});
