// What a person sees in a real VS Code (code-server in Chromium), done as a person does it: open a
// plan from Quick Open, read the status bar and the CodeLens as drawn, open the Ctrl+. menu and
// apply a fix from it, open the preview and look at its charts' painted pixels, and time what a
// keystroke changes on the screen. Every step waits on what is on screen (never a fixed sleep) and
// fails when an item does not appear.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const ok = (what) => console.log(`  ok   ${what}`);
/** Opens a file from the Explorer as a person does: its folder, then a double click on it. */
async function openFile(page, folder, name) {
  const explorer = page.locator('.explorer-folders-view');
  const folderRow = explorer.locator('.monaco-list-row', { hasText: folder }).first();
  await folderRow.waitFor({ timeout: 60_000 });
  const file = explorer.locator('.monaco-list-row', { hasText: name }).first();
  // a click on a busy workbench can select the folder without opening it: open it until the file shows
  for (let attempt = 1; ; attempt++) {
    if ((await folderRow.getAttribute('aria-expanded')) !== 'true') await folderRow.click();
    try {
      await file.waitFor({ timeout: 10_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await file.dblclick();
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

async function command(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

async function goToLine(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(column ? `:${line}:${column}` : `:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

const editorText = (page) => page.$eval('.monaco-editor .view-lines', (e) => (e.textContent ?? '').replace(/\u00a0/g, ' '));

/**
 * What is on screen, read as a person reads it: the CodeLens lines above the editor's lines (their
 * text with every run of spaces, non-breaking ones included, as one space) and the error squiggles.
 */
function screenState() {
  const lenses = [...document.querySelectorAll('.monaco-editor .codelens-decoration')].map((e) => (e.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim());
  return { lenses, squiggles: document.querySelectorAll('.monaco-editor .squiggly-error').length };
}

/**
 * Times one keystroke to the first animation frame whose screen shows its effect. The page notes
 * the keydown time before the key is pressed (so the press can never come first), then the state
 * is polled on every frame until `shown` holds: {lens: prefix}, {squiggles: count} or
 * {squiggles: count, more: true} (more than that).
 */
async function timeKeystroke(page, key, shown) {
  await page.evaluate(() => {
    window.__planScoreKey = { pressed: undefined };
    window.addEventListener('keydown', () => { window.__planScoreKey.pressed ??= performance.now(); }, { capture: true, once: true });
  });
  await page.keyboard.press(key);
  try {
    const handle = await page.waitForFunction(
      (shown) => {
        const { pressed } = window.__planScoreKey;
        if (pressed === undefined) return false;
        // (the same reading as screenState: a page function cannot call one defined here)
        const seen =
          shown.lens !== undefined
            ? [...document.querySelectorAll('.monaco-editor .codelens-decoration')].some((e) => (e.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim().startsWith(shown.lens))
            : shown.more
              ? document.querySelectorAll('.monaco-editor .squiggly-error').length > shown.squiggles
              : document.querySelectorAll('.monaco-editor .squiggly-error').length === shown.squiggles;
        return seen && performance.now() - pressed;
      },
      shown,
      { polling: 'raf', timeout: 20_000 },
    );
    return await handle.jsonValue();
  } catch (error) {
    const state = await page.evaluate(screenState).catch(() => undefined);
    throw new Error(`${JSON.stringify(shown)} not on screen 20 s after ${key}; on screen: ${JSON.stringify(state)} (${String(error.message).split('\n')[0]})`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The machine's load when a figure is taken (two cores, shared): part of the figure. */
const load = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`;
  }
};

async function latency(page, outDir) {
  // the largest sample plan; measure O1.1's id is on line 28 and its "better" on line 32
  const plan = 'west-mercia-2013-17.plan.yaml';
  await openFile(page, 'plans', plan);
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .codelens-decoration')].some((e) => /^\s*O1\.1:\s/.test(e.textContent ?? '')), null, { timeout: 60_000 });
  const lens = [];
  const started = new Date().toISOString();
  const loadBefore = load();
  await goToLine(page, 28);
  await page.keyboard.press('End');
  const pairs = 8;
  for (let i = 0; i < pairs; i++) {
    lens.push(await timeKeystroke(page, 'x', { lens: 'O1.1x: ' }));
    lens.push(await timeKeystroke(page, 'Backspace', { lens: 'O1.1: ' }));
  }
  const diagnostics = [];
  await goToLine(page, 32);
  await page.keyboard.press('End');
  const squiggles = (await page.evaluate(screenState)).squiggles;
  for (let i = 0; i < pairs; i++) {
    // "lowerx" is no direction: more error squiggles, gone again with the Backspace
    diagnostics.push(await timeKeystroke(page, 'x', { squiggles, more: true }));
    diagnostics.push(await timeKeystroke(page, 'Backspace', { squiggles }));
  }
  await page.keyboard.press('Control+S');
  const loadAfter = load();
  const ms = (x) => `${Math.round(x)} ms`;
  const line = (what, xs, goal) => {
    const m = median(xs);
    return [
      `keystroke to ${what} on screen: median ${ms(m)}, range ${ms(Math.min(...xs))}-${ms(Math.max(...xs))} over ${xs.length} keystrokes`,
      `  each (ms): ${xs.map((x) => Math.round(x)).join(', ')}`,
      `  goal: median <= ${goal} ms: ${m <= goal ? 'met' : 'NOT met'}`,
    ];
  };
  // Speed is measured, not asserted (a busy machine is not a broken editor): the goals are reported.
  const report = [
    `Keystroke-to-screen latency in code-server (VS Code 1.100.3) in headless Chromium, ${plan}, ${started}`,
    `load before: ${loadBefore}`,
    ...line('CodeLens', lens, 500),
    // read in VS Code 1.100's CodeLens controller: the provide wait and the resolve wait, each at least 250 ms
    '  (VS Code itself asks for lenses no sooner than 250 ms after a keystroke, and redraws the text of a lens already on screen no sooner than 250 ms after that)',
    ...line('diagnostics (error squiggle)', diagnostics, 300),
    `load after: ${loadAfter}`,
  ];
  for (const l of report) console.log(`latency: ${l}`);
  // each run is added to the record, so runs under different loads can be compared
  appendFileSync(join(outDir, 'vscode-latency.txt'), `${report.join('\n')}\n\n`);
}

export async function runUiCheck({ server, dirs, launchBrowser, outDir }) {
  const context = await launchBrowser(dirs.tmp, { width: 1400, height: 900 });
  const page = context.pages()[0] ?? (await context.newPage());
  const failures = [];
  const shot = async (name) => page.screenshot({ path: join(outDir, name) }).catch(() => {});
  try {
    await page.goto(`${server.url}?folder=${encodeURIComponent(dirs.ws)}`, { timeout: 90_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await openFile(page, 'fixtures', 'no-target.plan.yaml');

    // the status bar as drawn (the workspace evaluates as of 2015-03-31)
    const status = page.locator('.statusbar-item', { hasText: 'Plan:' }).first();
    await status.waitFor({ timeout: 60_000 });
    await page.locator('.statusbar-item', { hasText: 'Plan: 2 on-track · 1 no-data' }).first().waitFor({ timeout: 30_000 });
    ok(`status bar: ${JSON.stringify((await status.innerText()).trim())}`);

    // the CodeLens as drawn above each objective and measure
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .codelens-decoration')].some((e) => (e.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim().startsWith('O1.1: on-track · current 1,895 burglaries')), null, { timeout: 60_000 });
    ok(`CodeLens: ${JSON.stringify((await page.evaluate(screenState)).lenses.find((t) => t.startsWith('O1.1:')))}`);

    // Ctrl+. on the squiggle under the objective without a target: the menu, and a fix applied from it
    await goToLine(page, 44, 8);
    const menu = page.locator('.action-widget');
    const item = menu.locator('.monaco-list-row', { hasText: 'Add a target to O2.1' });
    // until the plan's diagnostics reach the editor the menu has nothing: ask again until it has the fix
    for (const started = Date.now(); ; ) {
      await page.keyboard.press('Control+.');
      const shown = await item.waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (shown) break;
      if (Date.now() - started > 60_000) throw new Error('the Ctrl+. menu never offered "Add a target to O2.1"');
      await page.keyboard.press('Escape');
    }
    ok(`Ctrl+. menu: ${JSON.stringify((await menu.locator('.monaco-list-row').allInnerTexts()).map((t) => t.trim()).filter(Boolean))}`);
    await shot('vscode-quick-fix-menu.png');
    // the first fix is the one focused: Enter applies it, as a person would
    if (!(await menu.locator('.monaco-list-row.focused', { hasText: 'Add a target to O2.1' }).count())) throw new Error('"Add a target to O2.1" is not the first fix offered');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ').includes('target: {value: TODO, by: 2017-03-31}'), null, { timeout: 30_000 });
    ok(`the fix is in the text: ${JSON.stringify((await editorText(page)).match(/target: \{value: TODO, by: [\d-]+\}/)?.[0])}`);
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(() => !(document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ').includes('value: TODO'), null, { timeout: 30_000 });

    // the Problems panel
    await page.keyboard.press('Control+Shift+M');
    const entry = page.locator('.markers-panel .monaco-list-row', { hasText: 'is not measurable' }).first();
    await entry.waitFor({ timeout: 30_000 });
    ok(`Problems panel: ${JSON.stringify((await entry.innerText()).replace(/\s+/g, ' ').slice(0, 120))}`);
    await shot('vscode-problems.png');
    await page.keyboard.press('Control+Shift+M');

    // the preview beside the editor: its charts as painted pixels, the table within the column
    await command(page, 'Plan: Open Scorecard Preview');
    const frame = await (async () => {
      for (const started = Date.now(); Date.now() - started < 60_000; ) {
        for (const f of page.frames()) if (await f.locator('#plan-score-root canvas').count().catch(() => 0)) return f;
        await page.waitForEvent('framenavigated', { timeout: 5_000 }).catch(() => {});
      }
      throw new Error('the scorecard preview did not draw a chart');
    })();
    await frame.waitForFunction(() => {
      const canvases = [...document.querySelectorAll('#plan-score-root canvas')];
      return canvases.length >= 2 && canvases.every((c) => c.width > 0);
    }, null, { timeout: 30_000 });
    const seen = await frame.evaluate(() => {
      const ink = [...document.querySelectorAll('#plan-score-root canvas')].map((canvas) => {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        const colours = new Set();
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) { painted++; colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]); }
        return { painted, colours: colours.size };
      });
      const title = 'Police and Crime Plan for a test force 2014-2017';
      return {
        ink,
        titles: [...document.querySelectorAll('h1, h2')].filter((h) => h.textContent === title).length,
        paths: document.body.innerText.includes('.plan.yaml'),
        fits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        rows: document.querySelectorAll('tr[data-measure-id]').length,
      };
    });
    if (!seen.ink.every((c) => c.painted > 500 && c.colours > 2)) throw new Error(`a chart is not painted: ${JSON.stringify(seen.ink)}`);
    if (seen.titles !== 1) throw new Error(`the preview shows the plan's title ${seen.titles} times`);
    if (seen.paths) throw new Error('the preview shows a file path');
    if (!seen.fits) throw new Error('the preview is wider than its column');
    ok(`the preview: ${seen.rows} measure rows, ${seen.ink.length} charts painted (${seen.ink.map((c) => c.painted).join(', ')} pixels), the title once, no file path, within its column`);
    await shot('vscode-preview.png');
    await page.keyboard.press('Control+K').catch(() => {});
    await page.keyboard.press('W').catch(() => {});

    // The keystroke timings are a measurement (DESIGN §8: speed is measured, not asserted), but a
    // CodeLens or squiggle that does not follow the keystroke within 20 s is a failure.
    await latency(page, outDir);
  } catch (error) {
    failures.push(String(error.message).split('\n')[0]);
    await shot('vscode-failure.png');
  }
  await context.close();
  for (const f of failures) console.log(`  FAIL UI check: ${f}`);
  return failures.length ? 1 : 0;
}
