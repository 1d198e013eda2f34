// Large sets of plans are checked on several threads (cli/parallel.ts): the output, findings and
// exit code must be exactly those of one thread reading the plans in turn.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli.js');

function run(args: string[], cwd: string, threads: number) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1', PLAN_SCORE_THREADS: String(threads) } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The four sample plans three times over, one copy with a bad config, plus a plan with errors. */
function nationalSet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-score-parallel-'));
  for (const force of ['north', 'south', 'east']) cpSync('plans', join(dir, force), { recursive: true });
  writeFileSync(join(dir, 'east', 'plan-score.config.yaml'), 'rules:\n  no-such-rule: error\n  max-objectives: [warning, {max: 13}]\n');
  // a config whose YAML is broken (a key twice) is reported once too
  writeFileSync(join(dir, 'north', 'plan-score.config.yaml'), 'rules:\n  max-objectives: [warning, {max: 13}]\nrules:\n  early-wins: off\n');
  const broken = readFileSync('plans/warwickshire-2013-17.plan.yaml', 'utf8').replace('tier: high-level', 'tier: top');
  writeFileSync(join(dir, 'south', 'broken.plan.yaml'), broken);
  return dir;
}

describe('plans checked on several threads', () => {
  const dir = nationalSet();

  it('score --format json: the same bytes and exit code on 1 and 3 threads', () => {
    const one = run(['score', '.', '--as-of', '2016-03-31', '--format', 'json'], dir, 1);
    const three = run(['score', '.', '--as-of', '2016-03-31', '--format', 'json'], dir, 3);
    expect(one.code).toBe(1); // the broken plan's schema error
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    const plans = JSON.parse(one.stdout).plans as { file: string }[];
    expect(plans).toHaveLength(13);
    expect(plans.map((p) => p.file)).toEqual([...plans.map((p) => p.file)].sort());
  });

  it('score (table) and --objective: the same on 1 and 3 threads', () => {
    for (const extra of [[], ['--objective', 'O2']]) {
      const one = run(['score', '.', '--as-of', '2016-03-31', ...extra], dir, 1);
      const three = run(['score', '.', '--as-of', '2016-03-31', ...extra], dir, 3);
      expect(three.code).toBe(one.code);
      expect(three.stdout).toBe(one.stdout);
      expect(one.stdout.length).toBeGreaterThan(1000);
    }
  });

  it('check: the same findings, and a bad config reported once however many threads read plans under it', () => {
    const one = run(['check', '.', '--as-of', '2016-03-31', '--format', 'json'], dir, 1);
    const three = run(['check', '.', '--as-of', '2016-03-31', '--format', 'json'], dir, 3);
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    const findings = JSON.parse(three.stdout).findings as { rule: string; message: string; file: string }[];
    const config = findings.filter((f) => f.rule === 'config');
    expect(config).toHaveLength(1);
    expect(config[0].message).toContain('no-such-rule');
    const broken = findings.filter((f) => f.rule === 'syntax' && f.file.endsWith(join('north', 'plan-score.config.yaml')));
    expect(broken).toHaveLength(1);
  });

  it('report: the same Markdown and exit code on 1 and 3 threads, with --since', () => {
    const args = ['report', '.', '--as-of', '2016-03-31', '--since', '2015-03-31', '--format', 'markdown'];
    const one = run(args, dir, 1);
    const three = run(args, dir, 3);
    expect(one.code).toBe(1); // the broken plan's schema error
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout.length).toBeGreaterThan(1000);
  });

  it('an unreadable file is still exit 2', () => {
    const bad = mkdtempSync(join(tmpdir(), 'plan-score-parallel-'));
    cpSync('plans', join(bad, 'a'), { recursive: true });
    const r = run(['check', join(bad, 'a'), join(bad, 'missing.plan.yaml')], bad, 2);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.plan.yaml');
  });
});
