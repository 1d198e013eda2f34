// Runs inside a real VS Code's extension host against the packaged extension. Exports run(), the
// contract both VS Code's own test runner and the workbench's test payload use; a failure throws.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

interface Api {
  statusBarText(): string;
  statusBarCommand(): string | undefined;
  asOf(): string;
  checkWorkspace(): Promise<number>;
  codeActions(uri: vscode.Uri, range: vscode.Range): vscode.CodeAction[];
  previewRendered(uri: vscode.Uri): Rendered | undefined;
  nextPreviewRender(uri: vscode.Uri, timeout?: number): Promise<Rendered | undefined>;
  revealFromPreview(uri: vscode.Uri, path: (string | number)[]): Promise<void>;
  latestCheck(uri: vscode.Uri): { version: number; check: unknown } | undefined;
}

interface Rendered {
  type: 'rendered';
  version: number;
  rows: number;
  charts: number;
  title: string;
}

const EXTENSION_ID = 'plan-score.plan-score';
const AS_OF = '2015-03-31';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'plan-score');
const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const withRule = (uri: vscode.Uri, rule: string) => ours(uri).filter((d) => ruleOf(d) === rule);
const rangeText = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Resolves at the next diagnostics change for the uri. */
function nextDiagnostics(uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        sub.dispose();
        resolve();
      }
    });
  });
}

async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
  return all.filter((a): a is vscode.CodeAction => 'edit' in a && a.edit !== undefined && a.title !== undefined && !('command' in a && typeof a.command === 'string'));
}

type Test = { name: string; fn: () => Promise<void> };
const tests: Test[] = [];
const test = (name: string, fn: () => Promise<void>) => tests.push({ name, fn });

export async function run(): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'the tests need a workspace folder');
  const ws = root.fsPath;
  const fixture = vscode.Uri.file(join(ws, 'fixtures', 'no-target.plan.yaml'));
  const original = readFileSync(fixture.fsPath, 'utf8');
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  let doc!: vscode.TextDocument;

  test('the manifest contributes the schema, the commands and the settings', async () => {
    const pkg = extension.packageJSON;
    assert.deepEqual(pkg.contributes.yamlValidation, [{ fileMatch: '*.plan.yaml', url: './schema/plan.schema.json' }]);
    assert.ok(existsSync(join(extension.extensionPath, 'schema', 'plan.schema.json')));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['planScore.openPreview', 'planScore.exportReport', 'planScore.checkWorkspace', 'planScore.setAsOf']) assert.ok(commands.includes(c), c);
  });

  test('set the as-of date', async () => {
    assert.equal(await vscode.commands.executeCommand('planScore.setAsOf', AS_OF), AS_OF);
    assert.equal(api.asOf(), AS_OF);
  });

  test('every plan in the workspace is checked at start-up, open or not', async () => {
    const wm = vscode.Uri.file(join(ws, 'plans', 'west-mercia-2013-17.plan.yaml'));
    await waitFor('diagnostics on an unopened plan', () => ours(wm).length > 0);
    await waitFor('diagnostics on the unopened fixture', () => withRule(fixture, 'measurable-objective').length === 1);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === wm.toString()), 'west-mercia was not opened');
  });

  test('findings about a CSV data file are shown on the CSV file', async () => {
    const csv = vscode.Uri.file(join(ws, 'fixtures', 'data', 'violence.csv'));
    const diags = await waitFor('CSV diagnostics', () => (ours(csv).length >= 2 ? ours(csv) : undefined));
    const notNumber = diags.find((d) => d.message.includes('"lots" is not a number'));
    assert.ok(notNumber, diags.map((d) => d.message).join('\n'));
    assert.equal(rangeText(notNumber.range), '3:8-3:12');
    assert.equal(ruleOf(notNumber), 'schema');
  });

  test('diagnostics for an objective without a target: range, message, severity, docs link', async () => {
    doc = await vscode.workspace.openTextDocument(fixture);
    await vscode.window.showTextDocument(doc);
    const [d] = await waitFor('measurable-objective', () => (withRule(fixture, 'measurable-objective').length ? withRule(fixture, 'measurable-objective') : undefined));
    assert.equal(rangeText(d.range), '43:4-43:10');
    assert.equal(doc.getText(d.range), 'id: O2');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /^Objective O2 is not measurable: none of its high-level measures \(O2\.1\) has a target with a "by" date/);
    assert.equal(d.source, 'plan-score');
    assert.ok(typeof d.code === 'object');
    const target = (d.code as { target: vscode.Uri }).target;
    assert.match(target.path, /\/docs\/rules\/measurable-objective\.md$/);
    assert.ok(existsSync(target.fsPath), `the docs page ships with the extension: ${target.fsPath}`);
    const direction = withRule(fixture, 'direction-required');
    assert.equal(direction.length, 1);
    assert.equal(rangeText(direction[0].range), '47:8-47:16');
    assert.equal(doc.getText(direction[0].range), 'id: O2.1');
    const severities = new Map(ours(fixture).map((x) => [ruleOf(x), x.severity]));
    assert.equal(severities.get('objective-timescale'), vscode.DiagnosticSeverity.Warning);
    assert.equal(severities.get('early-wins'), vscode.DiagnosticSeverity.Information);
    assert.deepEqual(ours(fixture).map(ruleOf).sort(), ['direction-required', 'early-wins', 'measurable-objective', 'objective-timescale', 'objective-timescale', 'qualitative-evidence', 'qualitative-evidence']);
  });

  test('each quick fix for the objective without a target applies and clears the finding', async () => {
    const [d] = withRule(fixture, 'measurable-objective');
    // through the editor's command (what the light bulb gets) ...
    const offered = await actionsAt(fixture, d.range);
    assert.deepEqual(offered.map((a) => a.title), ['Add a target to O2.1', 'Monitor O2.1 without a target (give the reason)', 'Add "due: 2017-03-31" (the end of the plan) to objective O2', 'Fix all objective-timescale problems in this file (2)']);
    assert.deepEqual(offered.map((a) => a.isPreferred), [true, false, false, false]);
    assert.ok(offered.every((a) => a.kind?.value === 'quickfix'));
    // ... and from the provider itself, which attaches the diagnostics (the command drops them)
    const fixes = api.codeActions(fixture, d.range).filter((a) => a.diagnostics?.some((x) => ruleOf(x) === 'measurable-objective'));
    assert.deepEqual(fixes.map((a) => a.title), ['Add a target to O2.1', 'Monitor O2.1 without a target (give the reason)']);
    assert.ok(fixes.every((a) => a.diagnostics?.length === 1 && a.diagnostics[0].message === d.message));
    const expected: Record<string, string> = {
      // O2.1 has its baseline, so the target alone; what is still to decide is a placeholder
      'Add a target to O2.1': '        target: {value: TODO, by: 2017-03-31}\n',
      'Monitor O2.1 without a target (give the reason)': '        monitor: {reason: TODO why a target would distort priorities here}\n',
    };
    for (const title of Object.keys(expected)) {
      await setText(doc, original);
      await waitFor('the finding back', () => withRule(fixture, 'measurable-objective').length === 1);
      const [again] = withRule(fixture, 'measurable-objective');
      const action = (await actionsAt(fixture, again.range)).find((a) => a.title === title);
      assert.ok(action?.edit, title);
      const changed = nextDiagnostics(fixture);
      assert.ok(await vscode.workspace.applyEdit(action.edit));
      await changed;
      await waitFor(`${title}: finding gone`, () => withRule(fixture, 'measurable-objective').length === 0);
      // the fix brings no other error: only the placeholder, one error on it saying what to write
      const errors = ours(fixture).filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
      // (O2.1's missing "better" was an error before the fix and still is)
      assert.deepEqual(errors.map(ruleOf).sort(), ['direction-required', 'placeholder'], errors.map((x) => x.message).join('\n'));
      const [todo] = withRule(fixture, 'placeholder');
      assert.equal(doc.getText(todo.range).startsWith('TODO'), true);
      assert.match(todo.message, /^Measure O2\.1 › (target › value|monitor › reason) is still the placeholder "TODO[^"]*"\. Write here: /);
      const text = doc.getText();
      assert.ok(text.includes(`        frequency: quarterly\n        baseline: {period: FY2013-14, value: 600}\n`));
      assert.ok(text.includes(expected[title]), `${title}: ${text.slice(text.indexOf('O2.1'), text.indexOf('O2.1') + 400)}`);
      assert.equal(text.length, original.length + expected[title].length);
    }
    await setText(doc, original);
    await waitFor('the finding back', () => withRule(fixture, 'measurable-objective').length === 1);
  });

  test('the quick fix for a measure without "better"', async () => {
    const [d] = withRule(fixture, 'direction-required');
    const actions = api.codeActions(fixture, d.range).filter((a) => a.diagnostics?.some((x) => ruleOf(x) === 'direction-required'));
    assert.deepEqual(actions.map((a) => a.title), ['Add "better: lower" to O2.1 (lower is better)', 'Add "better: higher" to O2.1 (higher is better)']);
    assert.deepEqual(actions.map((a) => a.isPreferred), [true, false]);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    await waitFor('direction-required gone', () => withRule(fixture, 'direction-required').length === 0);
    assert.ok(doc.getText().includes('        unit: repeat victims\n        frequency: quarterly\n        baseline: {period: FY2013-14, value: 600}\n'));
    assert.ok(doc.getText().includes('        better: lower\n'));
    await setText(doc, original);
    await waitFor('direction-required back', () => withRule(fixture, 'direction-required').length === 1);
  });

  test('"fix all" is offered only where the rule has fixes on several findings', async () => {
    const [first] = withRule(fixture, 'objective-timescale');
    const actions = api.codeActions(fixture, first.range);
    const all = actions.find((a) => a.title.startsWith('Fix all objective-timescale'));
    assert.ok(all, actions.map((a) => a.title).join('; '));
    assert.equal(all.title, 'Fix all objective-timescale problems in this file (2)');
    assert.equal(all.diagnostics?.length, 2);
    assert.ok(!actions.some((a) => a.title.startsWith('Fix all measurable-objective')), 'one measurable-objective finding: no fix-all');
    assert.ok(await vscode.workspace.applyEdit(all.edit!));
    await waitFor('objective-timescale gone', () => withRule(fixture, 'objective-timescale').length === 0);
    assert.equal(doc.getText().split('    due: 2017-03-31\n').length - 1, 3);
    await setText(doc, original);
    await waitFor('objective-timescale back', () => withRule(fixture, 'objective-timescale').length === 2);
  });

  test('CodeLens above each objective and measure: status, current against expected', async () => {
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixture, 100)) ?? [];
    const titles = lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`);
    const expected = [
      '8: O1: on-track · 2 measures: 1 on-track, 1 monitored',
      '13: O1.1: on-track · current 1,895 burglaries (12 months to March 2015) vs expected 1,933 · 38 fewer than the trajectory (better)',
      '31: O1.2: monitored · current 86.0% ±3 (31 March 2015) · ▲ up 1.8 points on a year earlier: better, but within normal variation',
      '43: O2: no-data · 1 measure: 1 unmeasured',
      '47: O2.1: unmeasured · current 575 repeat victims (12 months to March 2015)',
      '60: O3: on-track · 1 measure: 1 on-track',
      '64: O3.1: on-track · latest evidence 2015-02-10: on-track',
    ];
    assert.deepEqual(titles, expected);
    assert.ok(lenses.every((l) => l.command?.command === 'planScore.openPreview'));
  });

  test('hover on a measure shows its evaluation', async () => {
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', fixture, new vscode.Position(13, 14))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    for (const part of [
      '**O1.1 Dwelling burglary** (high-level, count, lower is better)',
      '| Status | on-track |',
      '| Current | 1,895 burglaries in the 12 months to March 2015 |',
      '| Expected | 1,933 on the trajectory to 1,800 by 2017-03-31 |',
      '| Gap | 38 fewer than the trajectory (better) |',
      '| Direction of travel | ▼ down 5.3% on the previous 12 months: better, but within normal variation (z = −1.68; previous 2,000) |',
      '| Control limits | too few figures for control limits (12 are needed) |',
    ]) assert.ok(text.includes(part), `hover lacks ${part}:\n${text}`);
    const none = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', fixture, new vscode.Position(25, 20))) ?? [];
    assert.ok(!none.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Status'))), 'no hover deep in the figures');
  });

  test('document symbols: objectives with their measures', async () => {
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fixture)) ?? [];
    const tree = symbols.map((s) => `${s.name} [${s.children.map((c) => c.name).join(', ')}]`);
    assert.deepEqual(tree, ['O1 [O1.1, O1.2]', 'O2 [O2.1]', 'O3 [O3.1]']);
    assert.equal(symbols[0].detail, 'Reduce burglary (on-track)');
    assert.equal(symbols[0].kind, vscode.SymbolKind.Module);
    assert.equal(rangeText(symbols[0].selectionRange), '8:8-8:10');
    assert.equal(symbols[0].children[0].range.start.line, 13);
  });

  const actionsPlan = vscode.Uri.file(join(ws, 'fixtures', 'actions.plan.yaml'));
  const actionsOriginal = readFileSync(actionsPlan.fsPath, 'utf8');
  const hoverText = async (uri: vscode.Uri, at: vscode.Position) =>
    ((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)) ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

  test('actions and recommendations: CodeLens in words, hover with the updates latest first, the outline', async () => {
    const actionsDoc = await vscode.workspace.openTextDocument(actionsPlan);
    await vscode.window.showTextDocument(actionsDoc);
    await waitFor('action-overdue on the actions plan', () => withRule(actionsPlan, 'action-overdue').length === 1);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', actionsPlan, 100)) ?? [];
    const titles = lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`);
    for (const t of [
      '8: R1: open (due 30 June 2015) · accepted',
      // due 31 January 2015, still in progress on 31 March 2015
      '47: A2.1: overdue since 31 January 2015 · in progress · led by Superintendent, Operations',
      '57: A2.2: done 19 December 2014 · led by Head of Analysis',
    ]) assert.ok(titles.includes(t), `no lens "${t}" in:\n${titles.join('\n')}`);
    assert.deepEqual(titles.map((t) => Number(t.split(':')[0])), [...titles.map((t) => Number(t.split(':')[0]))].sort((a, b) => a - b), 'in the order of the text');
    const action = await hoverText(actionsPlan, new vscode.Position(47, 15));
    for (const part of ['**Action A2.1: Week of action on street robbery**', '| Owner | Superintendent, Operations |', '| Due | 31 January 2015 |', '| Meant to move | O2.1 Personal robbery |', '| Updates, latest first | 10 February 2015: Postponed to March for the football |', '|  | 1 December 2014: Dates agreed with the councils |']) {
      assert.ok(action.includes(part), `action hover lacks ${part}:\n${action}`);
    }
    const recommendation = await hoverText(actionsPlan, new vscode.Position(10, 10));
    for (const part of ['**Recommendation R1**', '| Made | 20 November 2014 by Police and Crime Panel |', '| Response | 15 December 2014: A report will come to the June meeting |', '| Accepted | accepted |', '| State | open (due 30 June 2015) |']) {
      assert.ok(recommendation.includes(part), `recommendation hover lacks ${part}:\n${recommendation}`);
    }
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', actionsPlan)) ?? [];
    assert.deepEqual(symbols.map((s) => `${s.name} [${s.children.map((c) => c.name).join(', ')}]`), ['R1 []', 'O1 [O1.1]', 'O2 [A2.1, A2.2, O2.1]']);
    const a21 = symbols[2].children[0];
    assert.equal(a21.kind, vscode.SymbolKind.Event);
    assert.equal(a21.detail, 'Week of action on street robbery (overdue since 31 January 2015 · in progress)');
    assert.equal(rangeText(a21.selectionRange), '47:12-47:16');
  });

  test('quick fix on an off-track measure with no action: "Add an action for O1.1" adds a planned skeleton naming it', async () => {
    const actionsDoc = await vscode.workspace.openTextDocument(actionsPlan);
    await vscode.window.showTextDocument(actionsDoc);
    const [d] = await waitFor('off-track-needs-action', () => (withRule(actionsPlan, 'off-track-needs-action').length === 1 ? withRule(actionsPlan, 'off-track-needs-action') : undefined));
    const offered = api.codeActions(actionsPlan, d.range).filter((a) => a.diagnostics?.some((x) => ruleOf(x) === 'off-track-needs-action'));
    assert.deepEqual(offered.map((a) => a.title), ['Add an action for O1.1']);
    const changed = nextDiagnostics(actionsPlan);
    assert.ok(await vscode.workspace.applyEdit(offered[0].edit!));
    await changed;
    await waitFor('off-track-needs-action gone', () => withRule(actionsPlan, 'off-track-needs-action').length === 0);
    const skeleton = '    actions:\n      - {id: A1.1, title: TODO what will be done to move O1.1, owner: TODO who leads it, due: TODO the date it should be done by, status: planned, measures: [O1.1]}\n';
    const text = actionsDoc.getText();
    assert.ok(text.includes(`          - {period: 2015-Q1, value: 555}\n${skeleton}`), text);
    assert.equal(text.length, actionsOriginal.length + skeleton.length, 'every comment and figure kept');
    // no new error but the three placeholders, each asking for what to write
    const errors = ours(actionsPlan).filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map((x) => `${ruleOf(x)} ${actionsDoc.getText(x.range)}`), ['placeholder TODO what will be done to move O1.1', 'placeholder TODO who leads it', 'placeholder TODO the date it should be done by']);
    await setText(actionsDoc, actionsOriginal);
    await waitFor('the finding back', () => withRule(actionsPlan, 'off-track-needs-action').length === 1);
  });

  test('quick fix on an overdue action: marks it done as of the date in place, keeping its comment', async () => {
    const actionsDoc = await vscode.workspace.openTextDocument(actionsPlan);
    await vscode.window.showTextDocument(actionsDoc);
    const [d] = await waitFor('action-overdue', () => (withRule(actionsPlan, 'action-overdue').length === 1 ? withRule(actionsPlan, 'action-overdue') : undefined));
    assert.equal(actionsDoc.getText(d.range), '2015-01-31');
    const offered = await actionsAt(actionsPlan, d.range);
    const done = offered.find((a) => a.title === `Mark A2.1 as done on ${AS_OF}`);
    assert.ok(done?.edit, offered.map((a) => a.title).join('; '));
    const changed = nextDiagnostics(actionsPlan);
    assert.ok(await vscode.workspace.applyEdit(done.edit));
    await changed;
    await waitFor('action-overdue gone', () => withRule(actionsPlan, 'action-overdue').length === 0);
    const text = actionsDoc.getText();
    assert.ok(text.includes('        status: done   # agreed at the January board\n'), text);
    assert.ok(text.includes(`          - {date: 2015-02-10, text: Postponed to March for the football}\n        done: ${AS_OF}\n`), text);
    assert.equal(text.length, actionsOriginal.length - 'in-progress'.length + 'done'.length + `        done: ${AS_OF}\n`.length);
    assert.deepEqual(ours(actionsPlan).filter((x) => x.severity === vscode.DiagnosticSeverity.Error).map((x) => x.message), []);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', actionsPlan, 100)) ?? [];
    assert.ok(lenses.some((l) => l.command?.title === 'A2.1: done 31 March 2015 · led by Superintendent, Operations'), lenses.map((l) => l.command?.title).join('\n'));
    await setText(actionsDoc, actionsOriginal);
    await actionsDoc.save();
    await waitFor('the finding back', () => withRule(actionsPlan, 'action-overdue').length === 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the status bar counts the plan\'s objectives by status and opens the scorecard', async () => {
    await vscode.window.showTextDocument(doc);
    const text = await waitFor('status text', () => (api.statusBarText().includes('on-track') ? api.statusBarText() : undefined));
    assert.equal(text, '$(graph) Plan: 2 on-track · 1 no-data');
    assert.equal(api.statusBarCommand(), 'planScore.openPreview');
    const summary = await vscode.commands.executeCommand<string>('planScore.showSummary', fixture);
    assert.ok(summary?.includes('as of 2015-03-31'), summary);
    assert.ok(summary?.includes('O2.1'), summary);
  });

  test('export report writes the scorecard as HTML or Markdown', async () => {
    const html = vscode.Uri.file(join(ws, 'exported.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('planScore.exportReport', fixture, html);
    assert.equal(written?.fsPath, html.fsPath);
    const page = readFileSync(html.fsPath, 'utf8');
    assert.ok(page.includes('Police and Crime Plan for a test force'));
    assert.match(page, /Content-Security-Policy" content="default-src (&#39;|')none/);
    const md = vscode.Uri.file(join(ws, 'exported.md'));
    await vscode.commands.executeCommand('planScore.exportReport', fixture, md);
    assert.ok(readFileSync(md.fsPath, 'utf8').includes('O2.1'));
  });

  test('the scorecard preview: rendered beside the editor, live, click to reveal', async () => {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const first = await vscode.commands.executeCommand<Rendered | undefined>('planScore.openPreview', fixture);
    assert.ok(first, 'the webview reported its first render');
    assert.equal(first.title, 'Police and Crime Plan for a test force 2014-2017');
    assert.equal(first.rows, 4);
    assert.ok(first.charts >= 2, `charts: ${first.charts}`);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => ({ t, column: g.viewColumn }))).find(({ t }) => t.input instanceof vscode.TabInputWebview);
    assert.equal(tab?.column, vscode.ViewColumn.Two, 'beside the editor');
    // live: an edit reaches the preview; a burst of edits is throttled
    const renders: Rendered[] = [];
    let listening = true;
    const collect = async () => {
      while (listening) {
        const r = await api.nextPreviewRender(fixture, 2000);
        if (r) renders.push(r);
      }
    };
    const collecting = collect();
    const burstStarted = Date.now();
    for (let i = 0; i < 10; i++) {
      const e = new vscode.WorkspaceEdit();
      e.replace(fixture, new vscode.Range(3, 9, 3, 9), 'X');
      await vscode.workspace.applyEdit(e);
      // the pace of typing, which the preview's throttle is tested against
      await sleep(30);
    }
    await waitFor('the preview shows the last edit', () => renders.some((r) => r.title.startsWith('XXXXXXXXXX')), 10_000);
    listening = false;
    await collecting;
    // throttled to one render per 300 ms (the first at once, the last after the burst)
    const burst = Date.now() - burstStarted;
    assert.ok(renders.length <= Math.ceil(burst / 300) + 2, `${renders.length} renders for 10 edits in ${burst} ms`);
    await setText(doc, original);
    await waitFor('the preview back', async () => (await api.nextPreviewRender(fixture, 2000))?.title === first.title);
    // a row click reveals the measure's line
    await api.revealFromPreview(fixture, ['objectives', 1, 'measures', 0]);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), fixture.toString());
    assert.equal(editor?.selection.active.line, 47);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });

  test('edits are re-checked as they are typed; a burst ends on the last version', async () => {
    const at = doc.getText().indexOf('  - id: O2\n');
    for (let i = 0; i < 5; i++) {
      const e = new vscode.WorkspaceEdit();
      // the fourth edit adds the missing timescale; the others touch a comment
      e.insert(fixture, doc.positionAt(i === 3 ? doc.getText().indexOf('    partners: [Housing associations]') : 0), i === 3 ? '    due: 2017-03-31\n' : '#\n');
      await vscode.workspace.applyEdit(e);
    }
    await waitFor('the burst checked', () => withRule(fixture, 'objective-timescale').length === 1);
    // the last version is the one checked, so no earlier check can arrive after it
    await waitFor('the last version checked', () => api.latestCheck(fixture)?.version === doc.version);
    assert.equal(withRule(fixture, 'objective-timescale').length, 1);
    assert.ok(at > 0);
    await setText(doc, original);
    await waitFor('back to the original', () => withRule(fixture, 'objective-timescale').length === 2);
  });

  test('an untitled plan is checked from its text', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'yaml', content: original });
    await waitFor('untitled diagnostics', () => withRule(untitled.uri, 'measurable-objective').length === 1);
    await vscode.window.showTextDocument(untitled);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a plan written to disk is checked without being opened', async () => {
    const file = join(ws, 'fixtures', 'written.plan.yaml');
    writeFileSync(file, original.replace('  - id: O3\n', '  - id: O2\n'));
    const uri = vscode.Uri.file(file);
    await waitFor('unique-ids on the new file', () => withRule(uri, 'unique-ids').length === 1, 20_000);
    rmSync(file);
    await waitFor('diagnostics cleared after delete', () => ours(uri).length === 0, 20_000);
  });

  test('a config file change re-checks everything', async () => {
    const config = join(ws, 'fixtures', 'plan-score.config.yaml');
    writeFileSync(config, 'rules:\n  objective-timescale: off\n');
    try {
      await waitFor('objective-timescale off', () => withRule(fixture, 'objective-timescale').length === 0, 20_000);
    } finally {
      rmSync(config);
    }
    await waitFor('objective-timescale back', () => withRule(fixture, 'objective-timescale').length === 2, 20_000);
  });

  test('settings: planScore.rules over the config, schemaDiagnostics', async () => {
    const settings = vscode.workspace.getConfiguration('planScore');
    await settings.update('rules', { 'qualitative-evidence': 'off', 'early-wins': ['error', {}] }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('rules applied', () => withRule(fixture, 'qualitative-evidence').length === 0 && withRule(fixture, 'early-wins')[0]?.severity === vscode.DiagnosticSeverity.Error);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('rules back', () => withRule(fixture, 'qualitative-evidence').length === 2);
    await setText(doc, original.replace('    title: Reduce burglary\n', '    title: Reduce burglary\n    colour: red\n'));
    await waitFor('schema finding (no YAML extension here)', () => withRule(fixture, 'schema').length === 1);
    await settings.update('schemaDiagnostics', 'never', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('schema findings hidden', () => withRule(fixture, 'schema').length === 0);
    } finally {
      await settings.update('schemaDiagnostics', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await setText(doc, original);
    await vscode.commands.executeCommand('workbench.action.files.save');
  });

  test('a measure that repeats another\'s id keeps its own CodeLens and hover', async () => {
    await setText(doc, original.replace('      - id: O1.2\n', '      - id: O1.1\n'));
    await waitFor('unique-ids', () => withRule(fixture, 'unique-ids').length >= 1);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixture, 100)) ?? [];
    const titles = lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`);
    assert.ok(titles.includes('13: O1.1: on-track · current 1,895 burglaries (12 months to March 2015) vs expected 1,933 · 38 fewer than the trajectory (better)'), titles.join('\n'));
    assert.ok(titles.includes('31: O1.1: monitored · current 86.0% ±3 (31 March 2015) · ▲ up 1.8 points on a year earlier: better, but within normal variation'), titles.join('\n'));
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', fixture, new vscode.Position(31, 14))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('Victims satisfied with the service') && !text.includes('Dwelling burglary'), text);
    await setText(doc, original);
    await waitFor('unique-ids gone', () => withRule(fixture, 'unique-ids').length === 0);
  });

  test('every figure out of date as of today: said once, with one click to evaluate as of the latest figure', async () => {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const settings = vscode.workspace.getConfiguration('planScore');
    await settings.update('asOf', '', vscode.ConfigurationTarget.Workspace);
    const status = await waitFor('the status bar says so', () => (api.statusBarText().includes('out of date') ? api.statusBarText() : undefined));
    assert.equal(status, '$(warning) Plan: every figure is out of date · Evaluate as of 2015-03-31');
    const stale = await waitFor('one stale-data warning for the plan', () => (withRule(fixture, 'stale-data').length === 1 ? withRule(fixture, 'stale-data') : undefined));
    assert.match(stale[0].message, /^Every figure in this plan is out of date as of today \(the latest is to 2015-03-31, across 3 measures\)/);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixture, 100)) ?? [];
    const top = lenses.filter((l) => l.range.start.line === 0).map((l) => l.command);
    assert.deepEqual(top.map((c) => c?.title), ['$(warning) Every figure is out of date as of today: the latest is to 2015-03-31', 'Evaluate as of 2015-03-31']);
    const fix = api.codeActions(fixture, stale[0].range).find((a) => a.title === 'Evaluate as of 2015-03-31');
    assert.ok(fix?.command, 'the warning offers the same action as a quick fix');
    // one click: the lens's command writes planScore.asOf for the workspace
    await vscode.commands.executeCommand(top[1]!.command, ...(top[1]!.arguments ?? []));
    assert.equal(vscode.workspace.getConfiguration('planScore').inspect('asOf')?.workspaceValue, '2015-03-31');
    await waitFor('back to the counts', () => api.statusBarText() === '$(graph) Plan: 2 on-track · 1 no-data');
    assert.equal(withRule(fixture, 'stale-data').length, 0);
  });

  test('completion of our own without the YAML extension: keys with descriptions, values, new measures', async () => {
    await setText(doc, original.replace('        unit: burglaries\n', '        unit: burglaries\n        \n'));
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', fixture, new vscode.Position(19, 8));
    const labels = keys.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('source') && labels.includes('owner') && labels.includes('commentary'), labels.join(', '));
    assert.ok(!labels.includes('unit') && !labels.includes('tier'), 'keys already written are not offered again');
    const source = keys.items.find((i) => i.label === 'source');
    assert.ok(String((source?.documentation as vscode.MarkdownString | undefined)?.value ?? '').length > 10, 'with its description');
    await setText(doc, original.replace('        type: count\n', '        type: \n'));
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', fixture, new vscode.Position(16, 14));
    const words = values.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const w of ['count', 'proportion', 'rate', 'value', 'qualitative']) assert.ok(words.includes(w), words.join(', '));
    await setText(doc, original.replace('  - id: O2\n', '      - \n  - id: O2\n'));
    const items = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', fixture, new vscode.Position(43, 8));
    const snippets = items.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => i.label);
    assert.deepEqual(snippets, ['New count measure', 'New proportion measure', 'New rate measure', 'New value measure', 'New qualitative measure']);
    await setText(doc, original);
  });

  test('opening a plan already checked from disk does not check the same text again; an edit does', async () => {
    const uri = vscode.Uri.file(join(ws, 'plans', 'nottinghamshire-2015-18.plan.yaml'));
    const fromDisk = await waitFor('the plan checked from disk', () => (api.latestCheck(uri)?.version === -1 ? api.latestCheck(uri) : undefined));
    const plan = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(plan);
    const opened = await waitFor('the opened version', () => (api.latestCheck(uri)?.version === plan.version ? api.latestCheck(uri) : undefined));
    assert.equal(opened.check, fromDisk.check, 'the check from disk serves the opened document');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [];
    assert.ok(lenses.length > 0, 'its CodeLens come from that check');
    const e = new vscode.WorkspaceEdit();
    e.insert(uri, new vscode.Position(0, 0), '# edited\n');
    assert.ok(await vscode.workspace.applyEdit(e));
    const edited = await waitFor('the edit checked', () => (api.latestCheck(uri)?.version === plan.version ? api.latestCheck(uri) : undefined));
    assert.notEqual(edited.check, fromDisk.check, 'an edit is checked afresh');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('keystroke to diagnostics on the largest sample plan (median of 20 edits)', async () => {
    const wm = vscode.Uri.file(join(ws, 'plans', 'west-mercia-2013-17.plan.yaml'));
    const big = await vscode.workspace.openTextDocument(wm);
    await vscode.window.showTextDocument(big);
    await waitFor('west-mercia checked', () => ours(wm).length > 0 && api.latestCheck(wm)?.version === big.version);
    const at = big.getText().indexOf('{period: 2012-04, value: 4291}') + '{period: 2012-04, value: 429'.length;
    assert.ok(at > 100);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const e = new vscode.WorkspaceEdit();
      e.replace(wm, new vscode.Range(big.positionAt(at), big.positionAt(at + 1)), String((i + 2) % 10));
      const changed = nextDiagnostics(wm);
      const t0 = performance.now();
      await vscode.workspace.applyEdit(e);
      await changed;
      times.push(performance.now() - t0);
      await waitFor('this edit checked', () => api.latestCheck(wm)?.version === big.version);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = (sorted[9] + sorted[10]) / 2;
    console.log(`latency: keystroke to diagnostics on west-mercia-2013-17.plan.yaml (${big.getText().length} chars): median ${median.toFixed(1)} ms over ${times.length} edits (min ${sorted[0].toFixed(1)}, max ${sorted[19].toFixed(1)})`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // the figure is printed, not held to a limit (the goal is measured by the UI check and the bench)
    assert.equal(times.length, 20);
  });

  let failed = 0;
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn();
      console.log(`  ok   ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  FAIL ${t.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`RESULT: ${tests.length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} of ${tests.length} tests failed`);
}
