// The HTML report in jsdom with the real dist/view.js (built by the global setup): structure,
// status words, plan text kept inert, nothing remote, the Content-Security-Policy.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../cli/commands/report';
import { jsonForScript, reportHtml, scriptText } from '../core/report/html';
import type { ReportModel } from '../core/report/model';
import { brokenPlan, hostile, hostilePlan, modelOf, writePlans } from './report-fixtures';

let viewJs = '';
const samples = readdirSync('plans').filter((f) => f.endsWith('.plan.yaml')).map((f) => join('plans', f));

beforeAll(() => {
  viewJs = readFileSync('dist/view.js', 'utf8');
});

interface Loaded {
  dom: JSDOM;
  doc: Document;
  errors: string[];
  alerts: unknown[];
}

function load(html: string): Loaded {
  const errors: string[] = [];
  const alerts: unknown[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('error', (e) => errors.push(String(e)));
  // jsdom has no canvas: the view must notice and leave the text fallback; jsdom says so on its own channel.
  virtualConsole.on('jsdomError', (e) => {
    if (!/Not implemented: HTMLCanvasElement/.test(e.message)) errors.push(e.message);
  });
  const dom = new JSDOM(html, {
    runScripts: 'dangerously',
    virtualConsole,
    beforeParse(window) {
      window.alert = (...args: unknown[]) => alerts.push(args);
    },
  });
  return { dom, doc: dom.window.document, errors, alerts };
}

function measuresOf(model: ReportModel) {
  return model.plans.flatMap((p) => p.objectives.flatMap((o) => o.measures));
}

describe('the report of the sample plans', () => {
  let model: ReportModel;
  let loaded: Loaded;
  beforeAll(() => {
    model = buildReportModel(samples, { asOf: '2015-03-31', withFindings: true }).model;
    loaded = load(reportHtml(model, { viewJs }));
  });

  it('renders without script errors', () => {
    expect(loaded.errors).toEqual([]);
    expect(loaded.doc.querySelector('.ps-report')).not.toBeNull();
  });

  it('has a section per plan and per objective, in order', () => {
    expect(loaded.doc.querySelectorAll('.ps-plan')).toHaveLength(model.plans.length);
    for (const plan of model.plans) {
      const section = [...loaded.doc.querySelectorAll('.ps-plan')].find((s) => s.getAttribute('data-file') === plan.file)!;
      const ids = [...section.querySelectorAll('.ps-objective')].map((s) => s.getAttribute('data-objective-id'));
      expect(ids).toEqual(plan.objectives.map((o) => o.id));
      for (const o of plan.objectives) {
        const s = section.querySelector(`.ps-objective[data-objective-id="${o.id}"]`)!;
        expect(s.getAttribute('data-status')).toBe(o.status);
        expect(s.querySelector('h3 .ps-word')!.textContent).toBe(o.status);
        expect(s.querySelector('h3')!.textContent).toContain(o.title);
      }
    }
  });

  it('has a chart canvas for every numeric measure and an evidence list for every qualitative one', () => {
    const measures = measuresOf(model);
    const numeric = measures.filter((m) => m.type !== 'qualitative');
    const canvases = loaded.doc.querySelectorAll('figure.ps-chart canvas');
    expect(numeric.length).toBeGreaterThan(20);
    expect(canvases).toHaveLength(numeric.length);
    expect(loaded.doc.querySelectorAll('.ps-evidence')).toHaveLength(measures.length - numeric.length);
    // No canvas in jsdom: each chart keeps its description as text.
    for (const canvas of canvases) expect(canvas.textContent).toMatch(/figure|No figures/);
    expect(loaded.doc.querySelectorAll('figure.ps-chart .ps-no-chart')).toHaveLength(numeric.length);
  });

  it('gives each row the right status word, symbol and path', () => {
    for (const plan of model.plans) {
      const section = [...loaded.doc.querySelectorAll('.ps-plan')].find((s) => s.getAttribute('data-file') === plan.file)!;
      for (const o of plan.objectives) {
        for (const m of o.measures) {
          const row = section.querySelector(`tr.ps-row[data-measure-id="${m.id}"]`)!;
          expect(row, `${plan.id} ${m.id}`).not.toBeNull();
          expect(row.querySelector('.ps-word')!.textContent).toBe(m.status);
          expect(row.getAttribute('data-status')).toBe(m.status);
          expect(row.querySelector('.ps-symbol')!.textContent).not.toBe('');
          expect(JSON.parse(row.getAttribute('data-path')!)).toEqual(m.path);
        }
      }
    }
  });

  it('gives the reason beside each measure monitored without a target', () => {
    const reasons = [...loaded.doc.querySelectorAll('.ps-reason')].map((p) => [p.closest('[data-measure-id]')!.getAttribute('data-measure-id'), p.textContent]);
    const monitored = model.plans.flatMap((p) => p.objectives.flatMap((o) => o.measures.filter((m) => m.monitorReason)));
    expect(monitored.length).toBeGreaterThan(0);
    expect(reasons).toEqual(expect.arrayContaining(monitored.map((m) => [m.id, `No target, by decision: ${m.monitorReason}`])));
  });

  it('shows the summary counts, the findings, the as-of date and the source files', () => {
    const summary = loaded.doc.querySelector('.ps-plan .ps-summary')!;
    const counts = model.plans[0].summary.objectives;
    for (const [status, n] of Object.entries(counts)) {
      expect(summary.querySelector(`li[data-status="${status}"] .ps-count`)!.textContent).toBe(String(n));
    }
    expect(loaded.doc.querySelectorAll('.ps-finding')).toHaveLength(model.findings.length);
    expect(loaded.doc.querySelector('.ps-asof')!.textContent).toBe('As of 31 March 2015');
    const sources = [...loaded.doc.querySelectorAll('.ps-source-list li')].map((li) => li.textContent);
    for (const s of samples) expect(sources).toContain(s);
    expect(sources.some((s) => s!.endsWith('.csv'))).toBe(true);
  });

  it('references nothing remote: no src, srcset, style or stylesheet url, and only http(s) links to evidence', () => {
    const remote = /^\s*(https?:|\/\/|ftp:)/i;
    for (const element of loaded.doc.querySelectorAll('*')) {
      for (const name of ['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'xlink:href', 'background', 'ping']) {
        const value = element.getAttribute(name);
        if (value !== null) expect(value, `${element.tagName} ${name}`).not.toMatch(remote);
      }
      const style = element.getAttribute('style');
      if (style) expect(style).not.toMatch(/url\(/i);
      const href = element.getAttribute('href');
      if (href !== null) {
        // Only evidence links may point outside, and a link is navigation, never a request.
        expect(element.tagName, href).toBe('A');
        expect(href).toMatch(/^https?:\/\//);
        expect(element.getAttribute('rel')).toBe('noopener noreferrer');
        expect(element.closest('.ps-evidence')).not.toBeNull();
      }
    }
    for (const style of loaded.doc.querySelectorAll('style')) {
      expect(style.textContent).not.toMatch(/url\(|@import/i);
    }
    expect(loaded.doc.querySelectorAll('link, iframe, img, object, embed, base')).toHaveLength(0);
  });
});

describe('plan text is inert', () => {
  let model: ReportModel;
  let html: string;
  let loaded: Loaded;
  beforeAll(() => {
    const dir = writePlans({ 'hostile.plan.yaml': hostilePlan });
    model = modelOf(join(dir, 'hostile.plan.yaml'));
    html = reportHtml(model, { viewJs });
    loaded = load(html);
  });

  it('renders the hostile strings as text', () => {
    const { doc } = loaded;
    expect(loaded.errors).toEqual([]);
    expect(doc.querySelector('.ps-objective[data-objective-id="O1"] h3')!.textContent).toContain(hostile.objectiveTitle);
    expect(doc.querySelector('tr[data-measure-id="O1.1"] .ps-measure-title')!.textContent).toContain(hostile.measureTitle);
    expect(doc.querySelector('.ps-evidence')!.textContent).toContain(hostile.evidenceSummary);
    expect(doc.querySelector('.ps-evidence')!.textContent).toContain(hostile.badLink);
  });

  it('shows the latest commentary on or before the as-of date beside the chart, as text', () => {
    const note = loaded.doc.querySelector('.ps-chart[data-measure-id="O1.1"] .ps-comment');
    expect(note!.textContent).toBe(`Commentary, 10 February 2015: ${hostile.commentary}`);
    const shown = loaded.doc.querySelector('.ps-report')!.textContent;
    expect(shown).not.toContain('A comment after the as-of date');
    expect(shown).not.toContain('An older comment');
  });

  it('injects no element, handler or javascript: link', () => {
    const { doc, alerts } = loaded;
    expect(alerts).toEqual([]);
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.querySelectorAll('img, iframe, object, embed, b')).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) {
      for (const attr of element.getAttributeNames()) expect(attr, element.tagName).not.toMatch(/^on/i);
      for (const attr of ['href', 'src', 'action', 'formaction']) expect(element.getAttribute(attr) ?? '').not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([new URL(hostile.goodLink).href]);
    expect(doc.title).toContain('Plan <b>with</b>');
  });

  it('embeds the model as JSON that cannot close its script element', () => {
    const start = html.indexOf('<script type="application/json" id="plan-score-model">');
    const end = html.indexOf('</script>', start);
    const json = html.slice(html.indexOf('>', start) + 1, end);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(model)));
    expect(jsonForScript({ a: '</script><!--\u2028&' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
    expect(scriptText('x="</script>";y="<!--"')).toBe('x="\\x3C/script>";y="\\x3C!--"');
  });

  it('carries a Content-Security-Policy that allows only its own script and style', () => {
    const { doc } = loaded;
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    expect(meta).not.toBeNull();
    const policy = meta.getAttribute('content')!;
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/img-src data:/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const digest = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const script = [...doc.querySelectorAll('script')].find((s) => !s.hasAttribute('type'))!;
    expect(policy).toContain(`script-src ${digest(script.textContent!)}`);
    expect(policy).toContain(`style-src ${digest(doc.querySelector('style')!.textContent!)}`);
    // The CSP meta comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });
});

describe('the renderer for the editor', () => {
  it('re-renders in place and reveals a measure on click', () => {
    const dir = writePlans({ 'hostile.plan.yaml': hostilePlan, 'broken.plan.yaml': brokenPlan });
    const first = modelOf(join(dir, 'hostile.plan.yaml'));
    const second = buildReportModel([join(dir, 'broken.plan.yaml')], { asOf: '2015-03-31', withFindings: true }).model;
    const { dom, doc, errors } = load(`<!DOCTYPE html><body><div id="preview"></div><script>${viewJs}</script></body>`);
    const view = (dom.window as unknown as { PlanScoreView: typeof import('../view/index') }).PlanScoreView;
    const root = doc.getElementById('preview')!;
    const reveals: unknown[] = [];
    doc.addEventListener('plan-score:reveal', (e) => reveals.push((e as CustomEvent).detail));

    // The preview's own shape: one plan, its findings, the as-of date.
    view.renderInto(root, { asOf: first.asOf, plan: first.plans[0], findings: first.findings }, { interactive: true });
    expect(root.querySelectorAll('.ps-objective')).toHaveLength(2);
    const row = root.querySelector<HTMLElement>('tr[data-measure-id="O1.1"]')!;
    expect(row.tabIndex).toBe(0);
    row.click();
    expect(reveals).toEqual([{ file: first.plans[0].file, path: ['objectives', 0, 'measures', 0], objectiveId: 'O1', measureId: 'O1.1' }]);

    // Live update: the same root, a new model; nothing of the old one is left.
    view.renderInto(root, second, { interactive: true });
    expect(root.querySelectorAll('.ps-report')).toHaveLength(1);
    expect(root.querySelector('tr[data-measure-id="O1.1"]')).toBeNull();
    expect(root.querySelector('tr[data-measure-id="O2.2"]')!.getAttribute('data-path')).toBe('["objectives",1,"measures",1]');
    expect(root.querySelector('.ps-finding[data-rule="schema"]')).not.toBeNull();

    // Nothing readable at all still renders the findings.
    view.renderInto(root, { asOf: '2015-03-31', plan: undefined, findings: second.findings });
    expect(root.textContent).toContain('Nothing to score');
    expect(errors).toEqual([]);
  });

  it('is not interactive in the report: rows are plain rows', () => {
    const dir = writePlans({ 'hostile.plan.yaml': hostilePlan });
    const { doc } = load(reportHtml(modelOf(join(dir, 'hostile.plan.yaml')), { viewJs }));
    const row = doc.querySelector<HTMLElement>('tr.ps-row')!;
    expect(row.hasAttribute('tabindex')).toBe(false);
    expect(row.classList.contains('ps-clickable')).toBe(false);
  });
});

describe('the report without scripts: the same renderer, written as markup', () => {
  let model: ReportModel;
  let html: string;
  beforeAll(async () => {
    const { staticMarkup } = await import('../view/static');
    const dir = writePlans({ 'hostile.plan.yaml': hostilePlan });
    model = { ...modelOf(join(dir, 'hostile.plan.yaml')), plans: [...modelOf(join(dir, 'hostile.plan.yaml')).plans, ...buildReportModel(samples, { asOf: '2015-03-31' }).model.plans] };
    html = reportHtml(model, { viewJs, markup: staticMarkup(model) });
  });

  it('shows every objective, measure row, status, evidence and finding with scripts off', () => {
    const doc = new JSDOM(html).window.document; // scripts are not run
    const objectives = model.plans.flatMap((p) => p.objectives);
    expect(doc.querySelectorAll('.ps-objective')).toHaveLength(objectives.length);
    const rows = [...doc.querySelectorAll('tr[data-measure-id]')].map((r) => `${r.getAttribute('data-measure-id')} ${r.getAttribute('data-status')}`);
    expect(rows.sort()).toEqual(measuresOf(model).map((m) => `${m.id} ${m.status}`).sort());
    const numeric = measuresOf(model).filter((m) => m.type !== 'qualitative');
    const canvases = [...doc.querySelectorAll('figure.ps-chart canvas')];
    expect(canvases).toHaveLength(numeric.length);
    // each chart is described in words where it would be drawn
    for (const c of canvases) expect(c.textContent!.length).toBeGreaterThan(10);
    expect(doc.querySelectorAll('.ps-finding')).toHaveLength(model.findings.length);
    expect(doc.querySelector('noscript')!.textContent).toContain('described in words');
  });

  it('keeps hostile plan text inert in the markup', () => {
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('.ps-objective[data-objective-id="O1"] h3')!.textContent).toContain(hostile.objectiveTitle);
    expect(doc.querySelector('.ps-comment')!.textContent).toContain(hostile.commentary);
    expect(doc.querySelectorAll('img, iframe, object, embed, b')).toHaveLength(0);
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    for (const element of doc.querySelectorAll('*')) {
      for (const attr of element.getAttributeNames()) expect(attr, element.tagName).not.toMatch(/^on|^style$/i);
      for (const attr of ['href', 'src']) expect(element.getAttribute(attr) ?? '').not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  });

  it('is drawn over by the script: one scorecard, the same as the browser renders', () => {
    const withScripts = load(html);
    expect(withScripts.errors).toEqual([]);
    expect(withScripts.doc.querySelectorAll('.ps-report')).toHaveLength(1);
    const scriptOnly = load(reportHtml(model, { viewJs }));
    expect(withScripts.doc.querySelector('#plan-score-root')!.innerHTML).toBe(scriptOnly.doc.querySelector('#plan-score-root')!.innerHTML);
  });
});
