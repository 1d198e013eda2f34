// The editor's preview as a Panel member sees it, in a real browser (Debian's Chromium) at the
// width of a narrow side column: the plan's title once, no file path and no lint findings, and
// every table fits (long words wrap; a table wider than the column scrolls inside itself).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../core/files';
import { reportCss } from '../core/report/styles';
import { annotatePlan } from '../core/report/model';
import { PlanChecker } from '../core/workspace';
import { previewCss } from '../extension/adapter/preview-page';

const fixture = resolve('test/vscode/fixtures/no-target.plan.yaml');
let browser: Browser;

function model() {
  const text = readFileSync(fixture, 'utf8');
  const checked = new PlanChecker({ asOf: '2015-03-31', fs: memoryFileSystem({ [fixture]: text }) }).check(fixture, text);
  if (checked.unreadable) throw new Error('unreadable');
  return { asOf: '2015-03-31', plan: annotatePlan(checked.evaluation()!, checked.plan), findings: checked.findings, sources: [fixture] };
}

function page(): string {
  const viewJs = readFileSync(join('dist', 'view.js'), 'utf8');
  const data = JSON.stringify(model()).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><style>${reportCss}\n${previewCss}</style></head>
<body><main id="root"></main><script>${viewJs}</script>
<script>PlanScoreView.renderInto(document.getElementById('root'), ${data}, { interactive: true, forPanel: true });</script></body></html>`;
}

beforeAll(async () => {
  execFileSync('sh', ['scripts/ensure-chromium.sh'], { stdio: 'inherit', timeout: 600_000 });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}, 660_000);

afterAll(async () => {
  await browser?.close();
});

describe('the preview in a narrow side column', () => {
  it.each([320, 480])('at %i px: title once, no file path, no findings, nothing cut off', async (width) => {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    await tab.setContent(page(), { waitUntil: 'load' });
    await tab.waitForSelector('#root tr[data-measure-id]');
    const seen = await tab.evaluate(() => {
      const root = document.getElementById('root')!;
      const tables = [...root.querySelectorAll('table')].map((t) => {
        const box = t.getBoundingClientRect();
        return { right: box.right, scrolls: t.scrollWidth > t.clientWidth + 1, overflow: getComputedStyle(t).overflowX };
      });
      return {
        text: root.innerText,
        headings: [...root.querySelectorAll('h1, h2')].map((h) => h.textContent),
        findings: root.querySelectorAll('.ps-findings, .ps-file, .ps-source-list').length,
        pageWidth: document.documentElement.scrollWidth,
        viewWidth: document.documentElement.clientWidth,
        tables,
        rows: root.querySelectorAll('tr[data-measure-id]').length,
      };
    });
    await tab.close();
    const title = 'Police and Crime Plan for a test force 2014-2017';
    expect(seen.headings.filter((h) => h === title)).toHaveLength(1);
    expect(seen.text).not.toContain(fixture);
    expect(seen.text).not.toContain('no-target.plan.yaml');
    expect(seen.findings).toBe(0);
    expect(seen.rows).toBe(4);
    // the page itself never needs a sideways scroll: each table ends inside the column, and one
    // wider than it scrolls within its own box
    expect(seen.pageWidth).toBeLessThanOrEqual(seen.viewWidth);
    for (const t of seen.tables) {
      expect(t.right).toBeLessThanOrEqual(seen.viewWidth);
      if (t.scrolls) expect(t.overflow).toBe('auto');
    }
  });
});
