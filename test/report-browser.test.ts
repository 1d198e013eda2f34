// The HTML report in a real browser (Debian's Chromium through playwright-core): every chart draws,
// no console error, no CSP violation, no request but the file itself; no serious or critical
// accessibility violation under axe-core; pictures of its parts and an A4 PDF.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const chromiumPath = '/usr/bin/chromium';
const out = resolve('test-output');
const allPlans = resolve(out, 'report.html');
const largestPlan = resolve(out, 'report-west-mercia.html');
const officerView = resolve(out, 'report-west-mercia-with-findings.html');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;

interface Watched {
  page: Page;
  console: string[];
  errors: string[];
  requests: string[];
  violations: () => Promise<string[]>;
}

async function open(file: string): Promise<Watched & { loadMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const watched: Watched = { page, console: [], errors: [], requests: [], violations: async () => [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || /Content.Security.Policy|Refused to/i.test(m.text())) watched.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.errors.push(e.message));
  page.on('request', (r) => watched.requests.push(r.url()));
  // Nothing may leave the page: anything but the report itself is refused (and recorded above).
  const self = pathToFileURL(file).href;
  await page.route('**/*', (route) => (route.request().url() === self ? route.continue() : route.abort()));
  // Init scripts run before the page's own and outside its CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  watched.violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  const started = Date.now();
  await page.goto(self, { waitUntil: 'load' });
  return { ...watched, loadMs: Date.now() - started };
}

/** For each chart canvas: its size and how many of its pixels are painted. */
function canvasInk(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('figure.ps-chart canvas')].map((canvas) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return { id: canvas.dataset.measureId, width: canvas.width, height: canvas.height, painted: 0, colours: 0 };
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0) {
          painted++;
          if (data[i + 3] === 255) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        }
      }
      return { id: canvas.dataset.measureId, width: canvas.width, height: canvas.height, painted, colours: colours.size };
    }),
  );
}

interface AxeFound {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core run over the whole page (its source evaluated there: the report's CSP would refuse a script tag). */
async function axeViolations(page: Page): Promise<AxeFound[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'none', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

const serious = (found: AxeFound[]) => found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
const listed = (found: AxeFound[]) => found.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.targets.slice(0, 5).join('\n  ')}`).join('\n') || 'none';

/**
 * The report as a reader without scripts gets it: its own script taken out and the <noscript>
 * note shown. Playwright cannot evaluate anything in a page with JavaScript off, so axe-core needs
 * scripts on; taking the report's script out leaves the same markup that reader sees.
 */
function withoutScript(html: string): string {
  const stripped = html.replace(/<script>[\s\S]*<\/script>\n<\/body>/, '</body>').replace(/<\/?noscript>/g, '');
  expect(stripped.length).toBeLessThan(html.length);
  return stripped;
}

/** A picture of the page from the top of `from` to the bottom of `to`, taken from a window tall enough to hold it. */
async function picture(page: Page, from: Locator, to: Locator, file: string): Promise<void> {
  await from.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  const top = (await from.boundingBox())!;
  const bottom = (await to.boundingBox())!;
  const height = Math.ceil(bottom.y + bottom.height - top.y) + 16;
  expect(height).toBeGreaterThan(0);
  const viewport = page.viewportSize()!;
  if (height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    await from.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  }
  const y = (await from.boundingBox())!.y;
  await page.screenshot({ path: join(out, file), clip: { x: 0, y: Math.max(0, y - 8), width: viewport.width, height } });
}

beforeAll(() => {
  execFileSync('sh', ['scripts/ensure-chromium.sh'], { stdio: 'inherit', timeout: 600_000 });
  mkdirSync(out, { recursive: true });
  const cli = join(process.cwd(), 'dist/cli.js');
  for (const [target, input, ...extra] of [
    [allPlans, 'plans/'],
    [largestPlan, 'plans/west-mercia-2013-17.plan.yaml'],
    [officerView, 'plans/west-mercia-2013-17.plan.yaml', '--with-findings'],
  ]) {
    const r = spawnSync(process.execPath, [cli, 'report', input, ...extra, '--as-of', '2015-03-31', '--output', target], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  }
}, 660_000);

afterAll(async () => {
  await browser?.close();
});

describe('the report in Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  it('draws every chart, with no console error, CSP violation or request but the file', async () => {
    const { page, console: messages, errors, requests, violations } = await open(allPlans);
    const model = JSON.parse(readFileSync(allPlans, 'utf8').match(/id="plan-score-model">(.*?)<\/script>/s)![1]);
    const numeric = model.plans.flatMap((p: { objectives: { measures: { type: string }[] }[] }) => p.objectives.flatMap((o) => o.measures)).filter((m: { type: string }) => m.type !== 'qualitative');
    const ink = await canvasInk(page);
    expect(ink).toHaveLength(numeric.length);
    for (const c of ink) {
      expect(c.width, c.id).toBeGreaterThan(300);
      expect(c.height, c.id).toBeGreaterThan(200);
      // Axes, grid, legend and the series: a blank or failed chart paints nothing.
      expect(c.painted / (c.width * c.height), c.id).toBeGreaterThan(0.02);
      expect(c.colours, c.id).toBeGreaterThan(4);
    }
    expect(await page.locator('.ps-no-chart').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(messages).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(requests).toEqual([pathToFileURL(allPlans).href]);

    // A full-page capture of this long page takes many seconds: a tall window shows the top instead.
    await page.setViewportSize({ width: 1200, height: 2200 });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.locator('.ps-key').isVisible()).toBe(true);
    await page.screenshot({ path: join(out, 'report-top.png') });
    await page.close();
  });

  // axe-core walks every node of these long pages: about 5 to 10 seconds a run on a busy machine
  const seenByAxe: string[] = [];
  async function expectAccessible(name: string, page: Page): Promise<void> {
    const found = await axeViolations(page);
    seenByAxe.push(`${name}: ${listed(found)}`);
    writeFileSync(join(out, 'axe.txt'), `axe-core violations of any impact\n${seenByAxe.join('\n')}\n`);
    expect(serious(found), `${name}:\n${listed(serious(found))}`).toEqual([]);
    // nor these, which come from the report's structure rather than its colours
    expect(found.filter((v) => ['heading-order', 'region', 'landmark-one-main', 'page-has-heading-one'].includes(v.id)), `${name}:\n${listed(found)}`).toEqual([]);
  }

  it('has no serious or critical accessibility violation under axe-core', async () => {
    const { page } = await open(allPlans);
    await expectAccessible('the sample plans, as of 31 March 2015', page);
    await page.close();
  }, 60_000);

  it('has none without scripts either, each chart in words', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const self = pathToFileURL(allPlans).href;
    const html = withoutScript(readFileSync(allPlans, 'utf8'));
    await page.route('**/*', (route) => (route.request().url() === self ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
    await page.goto(self, { waitUntil: 'load' });
    // not drawn (a canvas's own width): its words stand
    expect(await page.locator('canvas').first().evaluate((c) => (c as HTMLCanvasElement).width)).toBe(300);
    await expectAccessible('the same without scripts', page);
    await page.close();
  }, 60_000);

  it('has none in the officer view of one plan (findings shown, key folded)', async () => {
    const { page } = await open(officerView);
    expect(await page.locator('.ps-findings').count()).toBe(1);
    await expectAccessible('West Mercia with findings', page);
    await page.close();
  }, 60_000);

  it('pictures one objective with its charts and five-year tables, and West Midlands\' actions and Panel recommendations', async () => {
    const { page } = await open(allPlans);
    await page.setViewportSize({ width: 1200, height: 1400 });
    // the shortest objective whose charts have five-year tables
    const objectives = page.locator('.ps-objective:has(figure.ps-chart table.ps-years)');
    const heights = await objectives.evaluateAll((all) => all.map((e) => e.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    const objective = objectives.nth(heights.indexOf(Math.min(...heights)));
    expect(await objective.locator('figure.ps-chart canvas').count()).toBeGreaterThan(0);
    expect(await objective.locator('table.ps-years tbody tr').count()).toBeGreaterThan(1);
    await picture(page, objective, objective, 'report-objective.png');

    const westMidlands = page.locator('section.ps-plan[data-plan-id^="west-midlands"]');
    // an objective with actions: its heading, its measures and what is being done about them
    const withActions = westMidlands.locator('.ps-objective:has(table.ps-actions)').first();
    expect(await withActions.locator('table.ps-actions tbody tr').count()).toBeGreaterThan(0);
    expect(await withActions.locator('h4.ps-subhead').first().textContent()).toBe('What is being done');
    await page.setViewportSize({ width: 1200, height: 1400 });
    await picture(page, withActions, withActions.locator('table.ps-actions'), 'report-actions.png');

    const recommendations = westMidlands.locator('table.ps-recommendations');
    expect(await recommendations.locator('tbody tr').count()).toBeGreaterThan(1);
    await page.setViewportSize({ width: 1200, height: 1400 });
    await picture(page, westMidlands.locator('h3', { hasText: 'Panel recommendations' }), recommendations, 'report-recommendations.png');
    await page.close();
  });

  it('draws each funnel plot with one dot per unit and both pairs of limit curves, beside its table', async () => {
    const { page, errors } = await open(allPlans);
    const model = JSON.parse(readFileSync(allPlans, 'utf8').match(/id="plan-score-model">(.*?)<\/script>/s)![1]);
    const measures = model.plans.flatMap((p: { objectives: { measures: { areas?: unknown[] | null; peers?: { units: unknown[] } | null }[] }[] }) => p.objectives.flatMap((o) => o.measures));
    const expected = measures.reduce((n: number, m: { areas?: unknown[] | null; peers?: { units: unknown[] } | null }) => n + (m.areas?.length ? 1 : 0) + (m.peers?.units.length ? 1 : 0), 0);
    const drawn = await page.evaluate(() => {
      const view = (window as unknown as { PlanScoreView: { drawnFunnelsIn: (root: HTMLElement) => { measureId: string; kind: string; units: number; dots: number; curves: number }[] } }).PlanScoreView;
      return view.drawnFunnelsIn(document.getElementById('plan-score-root')!);
    });
    // the sample plans compare West Midlands' knife crime across its seven areas and its total crime with a group of eight forces
    expect(expected).toBeGreaterThanOrEqual(2);
    expect(drawn).toHaveLength(expected);
    for (const f of drawn) {
      expect(f.dots, `${f.measureId} ${f.kind}`).toBe(f.units);
      // the 95% and the 99.8% limits, each an upper and a lower curve
      expect(f.curves, `${f.measureId} ${f.kind}`).toBe(4);
    }
    expect(drawn.map((f) => f.units).sort()).toEqual(expect.arrayContaining([7, 8]));
    expect(await page.locator('figure.ps-funnel .ps-no-chart').count()).toBe(0);
    expect(errors).toEqual([]);
    // taller than the figures, so that their pictures are taken from the window, not the whole long page
    await page.setViewportSize({ width: 1200, height: 1600 });
    const areas = page.locator('figure.ps-funnel[data-kind="areas"]').first();
    await areas.scrollIntoViewIfNeeded();
    expect(await areas.locator('tbody tr').count()).toBe(7);
    await areas.screenshot({ path: join(out, 'funnel-areas.png') });
    await page.locator('figure.ps-funnel[data-kind="peers"]').first().screenshot({ path: join(out, 'funnel-peers.png') });
    await page.close();
  });

  it('renders the largest sample plan quickly, and again for a live update', async () => {
    const { page, loadMs, errors } = await open(largestPlan);
    const rerenderMs = await page.evaluate(() => {
      const view = (window as unknown as { PlanScoreView: { renderInto: (root: HTMLElement, model: unknown, options: unknown) => void } }).PlanScoreView;
      const root = document.getElementById('plan-score-root')!;
      const model = JSON.parse(document.getElementById('plan-score-model')!.textContent!);
      const started = performance.now();
      view.renderInto(root, model, { pixelRatio: 2 });
      return performance.now() - started;
    });
    const charts = await page.locator('figure.ps-chart canvas').count();
    const size = readFileSync(largestPlan).length;
    writeFileSync(join(out, 'timing.txt'), `west-mercia report: ${Math.round(size / 1024)} KB, ${charts} charts, page load ${loadMs} ms, re-render ${rerenderMs.toFixed(0)} ms\n`);
    expect(errors).toEqual([]);
    expect(charts).toBeGreaterThan(20);
    expect(loadMs).toBeLessThan(10_000);
    expect(rerenderMs).toBeLessThan(5_000);
    expect((await canvasInk(page)).every((c) => c.painted > 0)).toBe(true);
    await page.close();
  });

  it('reads without JavaScript: tables, statuses and each chart in words, styled by its own stylesheet', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const self = pathToFileURL(allPlans).href;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.route('**/*', (route) => (route.request().url() === self ? route.continue() : route.abort()));
    await page.goto(self, { waitUntil: 'load' });
    const model = JSON.parse(readFileSync(allPlans, 'utf8').match(/id="plan-score-model">(.*?)<\/script>/s)![1]);
    const objectives = model.plans.flatMap((p: { objectives: unknown[] }) => p.objectives).length;
    expect(await page.locator('.ps-objective').count()).toBe(objectives);
    expect(await page.locator('tr[data-measure-id]').first().isVisible()).toBe(true);
    // the page's stylesheet applies (its CSP allows it by hash): the status words are coloured, not black
    const colour = await page.locator('.ps-objective h3 strong').first().evaluate((e) => getComputedStyle(e).color);
    expect(colour).not.toBe('rgb(0, 0, 0)');
    // a canvas shows its words when scripts are off
    expect(await page.locator('canvas').first().evaluate((c) => c.textContent)).toMatch(/figures from/);
    expect(requests).toEqual([self]);
    await page.screenshot({ path: join(out, 'report-no-script.png'), clip: { x: 0, y: 0, width: 1200, height: 900 } });
    await context.close();
  });

  it('prints to A4 pages: a page per objective at least, charts kept', async () => {
    const { page } = await open(largestPlan);
    const objectives = await page.locator('.ps-objective').count();
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(out, 'report.pdf'), pdf);
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(objectives + 1);
    expect(pages).toBeLessThan(objectives * 4);
    // A4 is 210 × 297 mm, 595 × 842 points, on every page.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes).toHaveLength(pages);
    for (const [w, h] of boxes) {
      expect(Math.abs(w - 595.28)).toBeLessThan(1);
      expect(Math.abs(h - 841.89)).toBeLessThan(1);
    }
    await page.emulateMedia({ media: 'print' });
    const ink = await canvasInk(page);
    expect(ink.every((c) => c.painted > 0)).toBe(true);
    await page.close();
  });
});
