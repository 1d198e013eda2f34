// report --format pdf: Chromium prints the HTML report on A4; each objective's table and charts
// keep to one page, the key comes early, and without Chromium the command says what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { statusSymbol } from '../core/present/index';
import { pageCount, pageTexts } from './paper-pages';

const cli = join(process.cwd(), 'dist/cli.js');
const out = resolve('test-output');
const pdf = join(out, 'panel-report.pdf');

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Objective {
  id: string;
  status: string;
  title: string;
  measures: { id: string; type: string }[];
}

function objectivesOf(plan: string): Objective[] {
  const r = run(['score', plan, '--as-of', '2015-03-31', '--format', 'json']);
  return JSON.parse(r.stdout).plans[0].objectives;
}

beforeAll(() => {
  execFileSync('sh', ['scripts/ensure-chromium.sh'], { stdio: 'inherit', timeout: 600_000 });
  execFileSync('sh', ['scripts/ensure-poppler.sh'], { stdio: 'inherit', timeout: 600_000 });
  mkdirSync(out, { recursive: true });
}, 1_200_000);

describe('report --format pdf', () => {
  it('starts each objective on a page of its own with its whole table, after what changed and the key on page 1 or 2', () => {
    const plan = 'plans/west-mercia-2013-17.plan.yaml';
    const r = run(['report', plan, '--as-of', '2015-03-31', '--since', '2014-12-31', '--format', 'pdf', '--output', pdf]);
    expect(r.stderr).toBe(`plan-score: wrote ${pdf}\n`);
    expect(r.code).toBe(0);
    const pages = pageTexts(pdf);
    expect(pages.length).toBe(pageCount(pdf));
    expect(pages[0]).toContain('Since the last report (as of 31 December 2014)');
    expect(pages[0]).toContain('Page 1 of');
    const objectives = objectivesOf(plan);
    // the page each objective starts on: the one that opens with its heading (status, id and title)
    const starts = objectives.map((o) => pages.findIndex((text) => text.trimStart().startsWith(`${statusSymbol(o.status)} ${o.status} ${o.id} ${o.title.slice(0, 30)}`)));
    expect(starts.every((s) => s > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // the key on page 1 or 2
    expect(pages.slice(0, 2).join('\n')).toContain('How to read this report');
    objectives.forEach((o, k) => {
      const end = k + 1 < objectives.length ? starts[k + 1] : pages.length;
      const mentions = (text: string, id: string) => text.match(new RegExp(`(^|\\s)${id.replace('.', '\\.')}\\s`, 'g'))?.length ?? 0;
      // its whole table on its first page
      for (const m of o.measures) expect(mentions(pages[starts[k]], m.id), `${o.id}: ${m.id}`).toBeGreaterThanOrEqual(1);
      // and its charts, five-year table and actions on no more than one page after it
      const own = pages.slice(starts[k], end).filter((text) => o.measures.some((m) => mentions(text, m.id) > 0));
      expect(own.length, `${o.id} spans ${own.length} pages`).toBeLessThanOrEqual(2);
    });
    // every objective keeps to one page, unless a long list of qualitative evidence runs on (O9's)
    const onePage = objectives.filter((o, k) => (k + 1 < objectives.length ? starts[k + 1] : pages.length) - starts[k] === 1);
    expect(onePage.length).toBeGreaterThanOrEqual(objectives.length - 1);
    // the first pages (what changed, the key, the summary), then an objective a page, and O9's evidence
    expect(pages.length).toBeLessThanOrEqual(3 + objectives.length + 1);
  }, 120_000);

  it('without Chromium: exit 2, saying how to install it or to print the HTML', () => {
    const r = run(['report', 'plans/warwickshire-2013-17.plan.yaml', '--as-of', '2015-03-31', '--format', 'pdf', '--output', join(out, 'never.pdf')], { PLAN_SCORE_CHROMIUM: '/nonexistent/chromium' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan-score: Cannot print the PDF: no Chromium found\. To make one, install Chromium \(on Debian or Ubuntu: sudo apt-get install chromium\)/);
    expect(r.stderr).toContain('--format html --output report.html');
    expect(r.stdout).toBe('');
  });

  it('takes the format from an --output ending .pdf, and needs --output', () => {
    const target = join(out, 'panel-report-warwickshire.pdf');
    const r = run(['report', 'plans/warwickshire-2013-17.plan.yaml', '--as-of', '2015-03-31', '--output', target]);
    expect(r.code).toBe(0);
    expect(pageCount(target)).toBeGreaterThan(1);
    const none = run(['report', 'plans/warwickshire-2013-17.plan.yaml', '--format', 'pdf']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('plan-score: A PDF report needs --output <file>, e.g. --output panel-report.pdf\n');
  }, 120_000);
});
