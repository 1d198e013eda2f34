// What a person sees in a real VS Code (code-server in Chromium), done as a person does it: open a
// plan from Quick Open, read the status bar and the CodeLens as drawn, open the Ctrl+. menu and
// apply a fix from it, open the preview and look at its charts' painted pixels, and time what a
// keystroke changes on the screen. Every step waits on what is on screen (never a fixed sleep) and
// fails when an item does not appear.
import { join } from 'node:path';

const ok = (what) => console.log(`  ok   ${what}`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

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

const lensTexts = (page) => page.$$eval('.monaco-editor .codelens-decoration', (els) => els.map((e) => e.textContent ?? ''));
const editorText = (page) => page.$eval('.monaco-editor .view-lines', (e) => (e.textContent ?? '').replace(/\u00a0/g, ' '));

/**
 * Times one keystroke to the frame that shows its effect: the time is taken in the page, from the
 * keydown event to the animation frame after the DOM first shows `done`.
 */
async function timeKeystroke(page, key, done) {
  const timing = page.evaluate(
    ({ done }) =>
      new Promise((resolve, reject) => {
        const test = new Function('document', done);
        let pressed;
        const onKey = () => {
          pressed = performance.now();
        };
        window.addEventListener('keydown', onKey, true);
        const finish = () => {
          if (pressed === undefined || !test(document)) return false;
          observer.disconnect();
          clearTimeout(timer);
          window.removeEventListener('keydown', onKey, true);
          requestAnimationFrame(() => resolve(performance.now() - pressed));
          return true;
        };
        const observer = new MutationObserver(finish);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const timer = setTimeout(() => reject(new Error(`not on screen after 20 s: ${done}`)), 20_000);
      }),
    { done },
  );
  await page.keyboard.press(key);
  return timing;
}

async function latency(page) {
  // the largest sample plan; measure O1.1's id is on line 28 and its "better" on line 32
  await openFile(page, 'plans', 'west-mercia-2013-17.plan.yaml');
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .codelens-decoration')].some((e) => /^O1\.1: /.test(e.textContent ?? '')), null, { timeout: 60_000 });
  const lens = { add: [], remove: [] };
  await goToLine(page, 28);
  await page.keyboard.press('End');
  const hasLens = (prefix) => `return [...document.querySelectorAll('.monaco-editor .codelens-decoration')].some((e) => (e.textContent || '').startsWith(${JSON.stringify(prefix)}))`;
  for (let i = 0; i < 8; i++) {
    lens.add.push(await timeKeystroke(page, 'x', hasLens('O1.1x: ')));
    lens.remove.push(await timeKeystroke(page, 'Backspace', hasLens('O1.1: ')));
  }
  const diagnostics = [];
  await goToLine(page, 32);
  await page.keyboard.press('End');
  const squiggles = await page.$$eval('.monaco-editor .squiggly-error', (e) => e.length);
  for (let i = 0; i < 8; i++) {
    diagnostics.push(await timeKeystroke(page, 'x', `return document.querySelectorAll('.monaco-editor .squiggly-error').length > ${squiggles}`));
    diagnostics.push(await timeKeystroke(page, 'Backspace', `return document.querySelectorAll('.monaco-editor .squiggly-error').length === ${squiggles}`));
  }
  await page.keyboard.press('Control+S');
  const lensTimes = [...lens.add, ...lens.remove];
  const round = (xs) => xs.map((x) => Math.round(x)).join(', ');
  console.log(`latency: keystroke to CodeLens on screen (west-mercia-2013-17.plan.yaml): median ${median(lensTimes).toFixed(0)} ms over ${lensTimes.length} keystrokes [${round(lensTimes)}]`);
  console.log(`latency: keystroke to diagnostics on screen (west-mercia-2013-17.plan.yaml): median ${median(diagnostics).toFixed(0)} ms over ${diagnostics.length} keystrokes [${round(diagnostics)}]`);
  // Speed is measured, not asserted (a busy machine is not a broken editor): the goals are reported.
  const goal = (ok) => (ok ? 'goal met' : 'goal NOT met');
  console.log(`latency goals: CodeLens median <= 500 ms: ${goal(median(lensTimes) <= 500)}; diagnostics median <= 300 ms: ${goal(median(diagnostics) <= 300)}`);
  return [];
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
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .codelens-decoration')].some((e) => (e.textContent ?? '').startsWith('O1.1: on-track · current 1,895 burglaries')), null, { timeout: 60_000 });
    ok(`CodeLens: ${JSON.stringify((await lensTexts(page)).find((t) => t.startsWith('O1.1:')))}`);

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

    // The keystroke timings are a measurement (DESIGN §8: speed is measured, not asserted); when
    // one cannot be taken the reason is printed and kept in a screenshot for the record.
    try {
      failures.push(...(await latency(page)));
    } catch (error) {
      console.log(`  latency NOT measured: ${String(error.message).split('\n')[0]}`);
      await shot('vscode-latency.png');
    }
  } catch (error) {
    failures.push(String(error.message).split('\n')[0]);
    await shot('vscode-failure.png');
  }
  await context.close();
  for (const f of failures) console.log(`  FAIL UI check: ${f}`);
  return failures.length ? 1 : 0;
}
