// plan-score report through the real CLI (dist/cli.js, built by the global setup): formats, files, exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenPlan, hostilePlan, writePlans } from './report-fixtures';

const cli = join(process.cwd(), 'dist/cli.js');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('plan-score report', () => {
  const dir = writePlans({ 'hostile.plan.yaml': hostilePlan });
  const brokenDir = writePlans({ 'broken.plan.yaml': brokenPlan });

  it('without --format, the --output file name chooses it: .md is Markdown, .html is HTML; --format wins', () => {
    const md = join(dir, 'papers.md');
    expect(run(['report', 'plans/', '--as-of', '2015-03-31', '--output', md]).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Police and Crime Plan scorecard\n/);
    const forced = join(dir, 'forced.md');
    expect(run(['report', 'plans/', '--as-of', '2015-03-31', '--output', forced, '--format', 'html']).code).toBe(0);
    expect(readFileSync(forced, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    const scoreJson = join(dir, 'score.json');
    expect(run(['score', 'plans/', '--as-of', '2015-03-31', '--output', scoreJson]).code).toBe(0);
    expect(JSON.parse(readFileSync(scoreJson, 'utf8')).asOf).toBe('2015-03-31');
    const scoreHtml = join(dir, 'score.html');
    expect(run(['score', 'plans/', '--as-of', '2015-03-31', '--output', scoreHtml]).code).toBe(0);
    expect(readFileSync(scoreHtml, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    const scoreTxt = join(dir, 'score.txt');
    expect(run(['score', 'plans/', '--as-of', '2015-03-31', '--output', scoreTxt]).code).toBe(0);
    expect(readFileSync(scoreTxt, 'utf8')).toMatch(/^status +objective \/ measure/m);
  });

  it('writes one self-contained HTML file for the sample plans and exits 0', () => {
    const out = join(dir, 'panel.html');
    const r = run(['report', 'plans/', '--as-of', '2015-03-31', '--output', out]);
    expect(r.stderr).toBe(`plan-score: wrote ${out}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toContain(readFileSync('dist/view.js', 'utf8').slice(0, 200));
    const model = JSON.parse(/<script type="application\/json" id="plan-score-model">(.*?)<\/script>/s.exec(html)![1]);
    expect(model.asOf).toBe('2015-03-31');
    // The Panel's view: plan files by name only, no findings, no file list
    expect(model.plans.map((p: { file: string }) => p.file).sort()).toEqual(readdirSync('plans').filter((f) => f.endsWith('.plan.yaml')).sort());
    expect(model.findings).toEqual([]);
    expect(html).not.toContain('plans/west-mercia-2013-17.plan.yaml');
    expect(html).not.toContain('class="ps-findings"');
    expect(html).toContain('How to read this report');
    const officer = join(dir, 'officer.html');
    expect(run(['report', 'plans/', '--as-of', '2015-03-31', '--output', officer, '--with-findings']).code).toBe(0);
    const full = readFileSync(officer, 'utf8');
    expect(full).toContain('plans/west-mercia-2013-17.plan.yaml');
    expect(full).toContain('class="ps-findings"');
    // Written atomically: no temporary file left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes Markdown to stdout, or to --output', () => {
    const r = run(['report', join(dir, 'hostile.plan.yaml'), '--format', 'markdown', '--as-of', '2015-03-31']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Plan /);
    expect(r.stdout).toContain('| Status | Measure | Current | Expected | Gap to the trajectory | Direction of travel | Control limits |');
    expect(r.stdout).toContain('## How to read this report');
    expect(r.stdout).not.toContain('## Findings');
    expect(r.stdout).not.toContain('hostile.plan.yaml');
    const out = join(dir, 'panel.md');
    const w = run(['report', join(dir, 'hostile.plan.yaml'), '--format', 'markdown', '--as-of', '2015-03-31', '--output', out]);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });

  it('keeps one objective with --objective', () => {
    const r = run(['report', join(dir, 'hostile.plan.yaml'), '--format', 'markdown', '--as-of', '2015-03-31', '--objective', 'O2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('### O2 ');
    expect(r.stdout).not.toContain('### O1 ');
    // the summary counts only what is shown: O2's two measures, both on track
    expect(r.stdout).toContain('**Objectives:** 1 on-track  \n**Measures:** 2 on-track');
    expect(run(['report', join(dir, 'hostile.plan.yaml'), '--format', 'markdown', '--objective', 'O9']).code).toBe(2);
  });

  it('evaluates as of the date given', () => {
    const early = run(['report', join(dir, 'hostile.plan.yaml'), '--format', 'markdown', '--as-of', '2013-06-30']).stdout;
    expect(early).toContain('As of 30 June 2013.');
    expect(early).toContain('insufficient-data');
  });

  it('exits 1 when a plan has schema errors, and still reports what it can', () => {
    const out = join(brokenDir, 'panel.html');
    const r = run(['report', brokenDir, '--as-of', '2015-03-31', '--output', out, '--with-findings']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('schema errors');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('"rule":"schema"');
    expect(html).toContain('"id":"O2.2"');
    const md = run(['report', brokenDir, '--format', 'markdown', '--as-of', '2015-03-31', '--with-findings']);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('(schema)');
    const panel = run(['report', brokenDir, '--format', 'markdown', '--as-of', '2015-03-31']);
    expect(panel.code).toBe(1);
    expect(panel.stdout).not.toContain('(schema)');
  });

  it('exits 2 for bad arguments and unreadable files, writing nothing', () => {
    const out = join(dir, 'never.html');
    const cases: string[][] = [
      ['report', join(dir, 'hostile.plan.yaml')], // html needs --output
      ['report', join(dir, 'hostile.plan.yaml'), '--as-of', '2015-13-01', '--output', out],
      ['report', join(dir, 'missing.plan.yaml'), '--output', out],
      ['report', join(dir, 'empty-folder-that-is-not-there'), '--format', 'markdown'],
      ['report', join(dir, 'hostile.plan.yaml'), '--output', out, '--no-such-flag'],
      ['report', dir, '--format', 'markdown', '--config', join(dir, 'nope.yaml')],
      ['report'],
    ];
    for (const args of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(out)).toBe(false);
    // A folder with no plans at all.
    const empty = writePlans({});
    expect(run(['report', empty, '--format', 'markdown']).code).toBe(2);
  });

  it('exits 2 when the file named is a folder it cannot read as a plan', () => {
    const r = run(['report', '/proc/self/nonexistent.plan.yaml', '--format', 'markdown']);
    expect(r.code).toBe(2);
  });
});
