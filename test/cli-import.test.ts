// plan-score import through the built CLI (`npm run build` first), and its atomic write in-process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../cli/commands/import';
import type { CliIO } from '../cli/io';
import { writeFileAtomic } from '../core/files';

const cli = join(process.cwd(), 'dist/cli.js');
let dir: string;
let planFile: string;
let original: string;
let knifeCsv: string;
let knifeOriginal: string;

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const csv = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-score-import-'));
  cpSync('plans', dir, { recursive: true });
  planFile = join(dir, 'west-midlands-2014-variation.plan.yaml');
  original = readFileSync(planFile, 'utf8');
  knifeCsv = join(dir, 'data/west-midlands-knife-crime.csv');
  knifeOriginal = readFileSync(knifeCsv, 'utf8');
});

describe('plan-score import', () => {
  it('shows what would change and writes nothing without --write', () => {
    const r = run('import', csv('new.csv', 'period,value\n2016-04,700\n2016-05,690\n2016-03,683\n'), '--plan', 'west-midlands-2014-variation.plan.yaml', '--measure', 'O1.2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('O1.2 Burglary of dwellings (inline data)');
    expect(r.stdout).toContain('  2 added: 2016-04, 2016-05');
    expect(r.stdout).toContain('  1 unchanged');
    expect(r.stderr).toContain('would change west-midlands-2014-variation.plan.yaml; run again with --write');
    expect(readFileSync(planFile, 'utf8')).toBe(original);
  });

  it('writes with --write: only the new lines, in place, and the plan still checks', () => {
    const r = run('import', csv('new.csv', 'period,value\n2016-04,700\n2016-05,690\n'), '--plan', 'west-midlands-2014-variation.plan.yaml', '--measure', 'O1.2', '--write');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote west-midlands-2014-variation.plan.yaml');
    const after = readFileSync(planFile, 'utf8');
    expect(after).toBe(original.replace('          - {period: 2016-03, value: 683}\n', '          - {period: 2016-03, value: 683}\n          - {period: 2016-04, value: 700}\n          - {period: 2016-05, value: 690}\n'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const check = run('check', 'west-midlands-2014-variation.plan.yaml', '--format', 'json', '--as-of', '2016-06-30');
    expect(JSON.parse(check.stdout).findings.filter((f: { rule: string }) => f.rule === 'schema' || f.rule === 'syntax')).toEqual([]);
  });

  it('exits 1 on a conflict and writes nothing, even with --write', () => {
    const r = run('import', csv('new.csv', 'period,value\n2016-03,700\n2016-04,700\n'), '--plan', 'west-midlands-2014-variation.plan.yaml', '--measure', 'O1.2', '--write');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('conflict 2016-03: the plan has 683, the import 700 (new.csv line 2)');
    expect(r.stderr).toContain('nothing was written');
    expect(r.stderr).toContain('--replace');
    expect(readFileSync(planFile, 'utf8')).toBe(original);
  });

  it('with --replace --write takes the CSV figure, replacing only that value', () => {
    const r = run('import', csv('new.csv', 'period,value\n2016-03,700\n'), '--plan', 'west-midlands-2014-variation.plan.yaml', '--measure', 'O1.2', '--replace', '--write');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('replaced 2016-03: 683 → 700');
    expect(readFileSync(planFile, 'utf8')).toBe(original.replace('          - {period: 2016-03, value: 683}\n      - id: O1.3', '          - {period: 2016-03, value: 700}\n      - id: O1.3'));
  });

  it('appends to a measure kept in a CSV file, with a measure column', () => {
    const r = run('import', csv('many.csv', 'measure,period,value\nO3.1,2016-04,150\nO1.2,2016-04,700\n'), '--plan', 'west-midlands-2014-variation.plan.yaml', '--write');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('O3.1 Knife crime offences (in data/west-midlands-knife-crime.csv)');
    // the file has note and area columns: the new force figure leaves both empty
    expect(readFileSync(knifeCsv, 'utf8')).toBe(`${knifeOriginal}2016-04,150,,\n`);
    expect(readFileSync(planFile, 'utf8')).toContain('          - {period: 2016-04, value: 700}\n      - id: O1.3');
  });

  it('exits 2 for an unknown measure, an unreadable CSV or plan, or no --plan', () => {
    const unknown = run('import', csv('new.csv', 'period,value\n2016-04,1\n'), '--plan', 'west-midlands-2014-variation.plan.yaml', '--measure', 'O9.9');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no measure "O9.9"');
    expect(run('import', 'missing.csv', '--plan', 'west-midlands-2014-variation.plan.yaml', '--measure', 'O1.2').code).toBe(2);
    expect(run('import', 'new.csv', '--plan', 'missing.plan.yaml', '--measure', 'O1.2').code).toBe(2);
    expect(run('import', 'new.csv', '--measure', 'O1.2').code).toBe(2);
    const bad = run('import', csv('bad.csv', 'period,value\n2016-13,1\n'), '--plan', 'west-midlands-2014-variation.plan.yaml', '--measure', 'O1.2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.csv line 2, column 1: "2016-13" is not a period');
    expect(readFileSync(planFile, 'utf8')).toBe(original);
  });
});

describe('a crash mid-write', () => {
  const quiet: CliIO = { stdout: () => {}, stderr: () => {}, isTTY: false, env: {} };

  it('leaves the original intact when the rename fails, and removes the temporary file', async () => {
    writeFileSync(join(dir, 'new.csv'), 'period,value\n2016-04,700\n');
    const cwd = process.cwd();
    const ops = {
      writeFile: (path: string, text: string) => writeFileSync(path, text),
      rename: () => {
        throw new Error('simulated crash');
      },
      remove: (path: string) => {
        if (existsSync(path)) rmSync(path);
      },
    };
    await expect(runImport([join(dir, 'new.csv')], { plan: planFile, measure: 'O1.2', write: true, progress: false }, quiet, ops)).rejects.toThrow(/Could not write .* the file is unchanged/);
    expect(process.cwd()).toBe(cwd);
    expect(readFileSync(planFile, 'utf8')).toBe(original);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the original intact when the temporary file is half written', () => {
    const target = join(dir, 'west-midlands-2014-variation.plan.yaml');
    const ops = {
      writeFile: (path: string, text: string) => {
        writeFileSync(path, text.slice(0, 100));
        throw new Error('disk full');
      },
      rename: () => {
        throw new Error('never reached');
      },
      remove: (path: string) => rmSync(path, { force: true }),
    };
    expect(() => writeFileAtomic(target, 'new text', ops)).toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe(original);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
