// score and report --since: what changed since the last report, in every format, from the real
// command line. The changes themselves are worked out in test/changes.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// O1.1: a rate, higher better, baseline 100 and target 100 (tolerance 5), so 100 is expected on every date.
//   As of 2014-12-31 the latest figure is 2014-11 = 100: on-track. As of 2015-03-31 it is 2015-02 = 90:
//   gap −10, beyond the tolerance → off-track.
// O2.1: evidence of 2015-01-15 (on-track) only: the same at both dates.
const planText = `plan:
  id: testshire
  title: Testshire plan
  period: {start: 2013-04-01, end: 2017-03-31}
objectives:
  - id: O1
    title: Reduce crime <script>alert(1)</script>
    partners: [Councils]
    due: 2017-03-31
    measures:
      - id: O1.1
        title: Confidence rate
        tier: high-level
        type: rate
        better: higher
        frequency: monthly
        baseline: {period: FY2012-13, value: 100}
        target: {value: 100, by: 2017-03-31, tolerance: 5}
        data:
          - {period: 2014-11, value: 100}
          - {period: 2015-02, value: 90}
  - id: O2
    title: Support victims
    partners: [Victim Support]
    due: 2017-03-31
    measures:
      - id: O2.1
        title: Victims' services
        tier: high-level
        type: qualitative
        frequency: quarterly
        evidence:
          - {date: 2015-01-15, summary: Service commissioned, assessment: on-track}
`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-score-since-'));
  writeFileSync(join(dir, 'a.plan.yaml'), planText);
  return dir;
}

describe('score --since', () => {
  it('JSON: since and changes beside the plans', () => {
    const dir = workspace();
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--since', '2014-12-31', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.since).toBe('2014-12-31');
    // O2.1's evidence of 2015-01-15 is new since 2014-12-31 (none before: no-data → on-track)
    expect(out.changes.map((c: Record<string, unknown>) => [c.plan, c.objective, c.measure, c.what, c.from, c.to])).toEqual([
      ['testshire', 'O1', 'O1.1', 'status', 'on-track', 'off-track'],
      ['testshire', 'O1', 'O1.1', 'new-figures', '2014-11', '2015-02'],
      ['testshire', 'O2', 'O2.1', 'status', 'no-data', 'on-track'],
      ['testshire', 'O2', 'O2.1', 'new-figures', null, '2015-01-15'],
    ]);
  });

  it('JSON without --since has no changes field', () => {
    const out = JSON.parse(run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], workspace()).stdout);
    expect('changes' in out).toBe(false);
    expect('since' in out).toBe(false);
  });

  it('--objective keeps that objective\'s changes', () => {
    const out = JSON.parse(run(['a.plan.yaml', '--as-of', '2015-03-31', '--since', '2014-12-31', '--objective', 'O2', '--format', 'json'], workspace()).stdout);
    expect(out.changes.map((c: { measure: string }) => c.measure)).toEqual(['O2.1', 'O2.1']);
  });

  it('the terminal lists the changes above the scorecard', () => {
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--since', '2014-12-31'], workspace());
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('4 changes since the last report (as of 31 December 2014):');
    expect(lines[1]).toBe('  O1.1 Confidence rate: moved from ● on-track to ✖ off-track.');
    expect(lines[2]).toBe("  O2.1 Victims' services: moved from ○ no-data to ● on-track.");
    expect(lines[3]).toBe('  New figures or evidence for 2 measures: O1.1, O2.1.');
    expect(lines[5]).toBe('Testshire plan');
  });

  it('no changes: one line says so', () => {
    // nothing new between 15 and 31 March 2015: the latest figure is 2015-02, the latest evidence 2015-01-15
    const dir = workspace();
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--since', '2015-03-15'], dir);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['No changes since the last report (as of 15 March 2015).', '']);
    const md = run(['a.plan.yaml', '--as-of', '2015-03-31', '--since', '2015-03-15', '--format', 'markdown'], dir).stdout;
    expect(md).toContain('## Since the last report (as of 15 March 2015)\n\nNo changes since the last report (as of 15 March 2015).\n\n## Testshire plan');
    expect(JSON.parse(run(['a.plan.yaml', '--as-of', '2015-03-31', '--since', '2015-03-15', '--format', 'json'], dir).stdout).changes).toEqual([]);
  });

  it('a since date after the as-of date is exit 2 with a plain message', () => {
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--since', '2015-06-30'], workspace());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-score: --since 2015-06-30 is after --as-of 2015-03-31: give the as-of date of the earlier report\n');
    expect(run(['a.plan.yaml', '--as-of', '2015-03-31', '--since', '31/12/2014'], workspace()).code).toBe(2);
  });
});

describe('report --since', () => {
  it('Markdown: the section comes first', () => {
    const r = run(['report', 'a.plan.yaml', '--as-of', '2015-03-31', '--since', '2014-12-31', '--format', 'markdown'], workspace());
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.indexOf('## Since the last report (as of 31 December 2014)')).toBeGreaterThan(0);
    expect(md.indexOf('## Since the last report')).toBeLessThan(md.indexOf('| Status |'));
    expect(md).toContain('- O1.1 Confidence rate: moved from ● on-track to ✖ off-track.');
  });

  it('HTML: the section comes first, as text, in the page and as the script draws it', () => {
    const dir = workspace();
    const r = run(['report', 'a.plan.yaml', '--as-of', '2015-03-31', '--since', '2014-12-31', '--output', 'r.html'], dir);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    const dom = new JSDOM(html);
    const section = dom.window.document.querySelector('.ps-changes');
    expect(section?.querySelector('h2')?.textContent).toBe('Since the last report (as of 31 December 2014)');
    expect([...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'O1.1 Confidence rate: moved from ● on-track to ✖ off-track.',
      "O2.1 Victims' services: moved from ○ no-data to ● on-track.",
      'New figures or evidence for 2 measures: O1.1, O2.1.',
    ]);
    // first in the report: before any plan section
    const report = dom.window.document.querySelector('.ps-report');
    expect(report?.children[1]?.className).toBe('ps-changes');
  });

  it('HTML with no changes says so in one line', () => {
    const dir = workspace();
    run(['report', 'a.plan.yaml', '--as-of', '2015-03-31', '--since', '2015-03-15', '--output', 'r.html'], dir);
    const dom = new JSDOM(readFileSync(join(dir, 'r.html'), 'utf8'));
    expect(dom.window.document.querySelector('.ps-changes p')?.textContent).toBe('No changes since the last report (as of 15 March 2015).');
    expect(dom.window.document.querySelectorAll('.ps-changes li')).toHaveLength(0);
  });
});
