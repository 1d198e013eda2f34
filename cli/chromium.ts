// Headless Chromium for the Panel papers: printing the HTML report to PDF and drawing the
// report's own charts as images for the Word paper. Debian's chromium, driven by playwright-core,
// which is loaded only when a paper asks for it (every other command starts without it).
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { loadInstalled } from './installed';

/** Where Chromium is looked for: PLAN_SCORE_CHROMIUM when set, else the usual Linux places. */
export function chromiumPath(env: Record<string, string | undefined>): string | undefined {
  if (env.PLAN_SCORE_CHROMIUM !== undefined) return existsSync(env.PLAN_SCORE_CHROMIUM) ? env.PLAN_SCORE_CHROMIUM : undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find((p) => existsSync(p));
}

/** What to do when there is no Chromium to print with. */
export const noChromiumAdvice =
  'install Chromium (on Debian or Ubuntu: sudo apt-get install chromium), or set PLAN_SCORE_CHROMIUM to its path; ' +
  'or write the HTML report (--format html --output report.html) and print it to PDF from a browser';

export class NoChromium extends Error {}

/** Runs `work` with a headless Chromium, closed afterwards whatever happens. */
export async function withChromium<T>(env: Record<string, string | undefined>, work: (browser: Browser) => Promise<T>): Promise<T> {
  const executablePath = chromiumPath(env);
  if (!executablePath) throw new NoChromium('no Chromium found');
  let playwright: typeof import('playwright-core');
  try {
    playwright = loadInstalled<typeof import('playwright-core')>('playwright-core');
  } catch {
    throw new NoChromium('playwright-core, which drives Chromium, is not installed');
  }
  let browser: Browser;
  try {
    browser = await playwright.chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (error) {
    throw new NoChromium(`Chromium at ${executablePath} would not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** A4 less the print margins of the report's @page rule (12 mm each side), in CSS pixels. */
const printWidth = Math.round(((210 - 24) / 25.4) * 96);

/** A page holding the report's HTML as it prints: nothing may be fetched, scripts run, charts drawn. */
export async function openForPrint(browser: Browser, html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: printWidth, height: 1000 }, deviceScaleFactor: 2 });
  await page.route('**/*', (route) => route.abort());
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

/** The HTML report printed to an A4 PDF, with page numbers at the foot of each page. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await openForPrint(browser, html);
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font: 8pt sans-serif; width: 100%; text-align: center; color: #555;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
  });
  await page.close();
  return pdf;
}
