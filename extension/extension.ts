// The VS Code extension: diagnostics, quick fixes, CodeLens, hover, outline and a status bar for
// Police and Crime Plans, all from the same core as the command line.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { statusText, statusTooltip, summaryText, isDate } from './adapter/text';
import { isPlanDocument, PlanService, type PlanState } from './plans';
import { staleAction, staleLens } from './adapter/stale';
import { reportModelOf } from '../core/report/model';
import { reportHtml } from '../core/report/html';
import { writeFileAtomic } from '../core/files';
import { staticMarkup } from '../view/static';
import { reportMarkdown } from '../core/report/markdown';
import type { DocPath } from '../core/types';
import { PreviewManager } from './preview';
import { PlanCompletion } from './completion';
import { testHooks, type TestHooks } from './test-hooks';
import { PLAN_SELECTOR, PlanCodeActions, PlanCodeLenses, PlanHover, PlanSymbols } from './providers';

// Set by the bundler: true only in the build the extension's own tests run (scripts/build-vscode-tests.mjs).
declare const PLAN_SCORE_TEST_HOOKS: boolean | undefined;

let service: PlanService | undefined;

function activePlan(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && isPlanDocument(doc) ? doc : undefined;
}

export function activate(context: vscode.ExtensionContext): TestHooks | undefined {
  const plans = new PlanService(context.extensionUri);
  service = plans;
  const codeActions = new PlanCodeActions(plans);
  const previews = new PreviewManager(context.extensionUri, plans);
  const output = vscode.window.createOutputChannel('Plan Score');
  const status = vscode.window.createStatusBarItem('planScore.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Plan Score';
  status.command = 'planScore.openPreview';
  context.subscriptions.push(plans, previews, output, status);

  const updateStatus = () => {
    const doc = activePlan();
    if (!doc) {
      status.hide();
      return;
    }
    const state = plans.latest(doc.uri);
    const result = state?.evaluation;
    const stale = state?.stale;
    if (stale) {
      // said once for the plan, with the way out, rather than as a grey status on every measure
      status.text = `$(warning) Plan: every figure is out of date · ${staleAction(stale)}`;
      status.tooltip = `${staleLens(stale)}.\nClick to evaluate as of ${stale.latest} (sets planScore.asOf for this workspace).`;
      status.command = { title: staleAction(stale), command: 'planScore.setAsOf', arguments: [stale.latest] };
      status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      status.show();
      return;
    }
    status.text = `$(graph) ${statusText(result)}`;
    status.tooltip = statusTooltip(result, state?.errors ?? 0);
    status.command = 'planScore.openPreview';
    status.backgroundColor = result?.summary.objectives['off-track'] ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    status.show();
  };

  const warnSettings = () => {
    if (plans.settingsProblems.length) void vscode.window.showWarningMessage(plans.settingsProblems.join('; '));
  };
  warnSettings();

  // ---- what to show for a plan: the scorecard ----
  const stateOf = (arg?: unknown): PlanState | undefined => {
    const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : activePlan()?.uri;
    if (!uri) return undefined;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc ? plans.stateFor(doc) : (plans.latest(uri) ?? plans.checkFile(uri));
  };

  const showSummary = (arg?: unknown): string | undefined => {
    const state = stateOf(arg);
    const result = state?.evaluation;
    if (!state || !result) {
      void vscode.window.showInformationMessage(state ? 'The plan cannot be scored until its errors are fixed (see the Problems panel).' : 'Open a *.plan.yaml file to see its scorecard.');
      return undefined;
    }
    const text = summaryText(result, state.asOf);
    output.clear();
    output.appendLine(text);
    output.show(true);
    return text;
  };

  context.subscriptions.push(
    plans.onDidCheck((state) => {
      if (activePlan()?.uri.toString() === state.uri.toString()) updateStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      const doc = activePlan();
      if (doc) plans.stateFor(doc);
      updateStatus();
    }),

    // ---- documents ----
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isPlanDocument(doc)) plans.opened(doc);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      const path = e.document.uri.scheme === 'file' ? e.document.uri.fsPath : '';
      if (path.endsWith('plan-score.config.yaml')) plans.configChanged();
      else if (path.toLowerCase().endsWith('.csv')) plans.dataChanged(e.document.uri);
      else plans.scheduleCheck(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (isPlanDocument(doc)) plans.fileChanged(doc.uri);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => plans.closed(doc)),

    // ---- files on disk ----
    ...watch('**/*.plan.yaml', (uri, deleted) => (deleted ? plans.forget(uri) : plans.fileChanged(uri))),
    ...watch('**/*.csv', (uri) => plans.dataChanged(uri)),
    ...watch('**/plan-score.config.yaml', () => plans.configChanged()),

    // ---- settings and the YAML extension ----
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('planScore')) return;
      plans.rebuildChecker();
      warnSettings();
      plans.recheckAll();
      updateStatus();
    }),
    vscode.extensions.onDidChange(() => plans.recheckAll()),

    // ---- providers ----
    vscode.languages.registerCodeActionsProvider(PLAN_SELECTOR, codeActions, PlanCodeActions.metadata),
    vscode.languages.registerCodeLensProvider(PLAN_SELECTOR, new PlanCodeLenses(plans)),
    vscode.languages.registerCompletionItemProvider(PLAN_SELECTOR, new PlanCompletion(), ' ', ':', '-'),
    vscode.languages.registerHoverProvider(PLAN_SELECTOR, new PlanHover(plans)),
    vscode.languages.registerDocumentSymbolProvider(PLAN_SELECTOR, new PlanSymbols(plans), { label: 'Plan' }),

    // ---- commands ----
    vscode.commands.registerCommand('planScore.openPreview', async (arg?: unknown) => {
      const state = stateOf(arg);
      if (!state) {
        void vscode.window.showInformationMessage('Open a *.plan.yaml file to see its scorecard.');
        return undefined;
      }
      return previews.open(state.uri);
    }),
    vscode.commands.registerCommand('planScore.showSummary', (arg?: unknown) => showSummary(arg)),
    vscode.commands.registerCommand('planScore.checkWorkspace', async () => {
      const states = await plans.checkWorkspace();
      const count = (sev: string) => states.reduce((n, s) => n + s.findings.filter((f) => f.severity === sev).length, 0);
      const message = `Checked ${states.length} plan${states.length === 1 ? '' : 's'}: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes.`;
      void vscode.window.showInformationMessage(message);
      return { plans: states.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
    }),
    vscode.commands.registerCommand('planScore.setAsOf', async (date?: string) => {
      const value =
        typeof date === 'string'
          ? date
          : await vscode.window.showInputBox({
              title: 'Evaluate plans as of',
              prompt: 'A date (yyyy-mm-dd); leave empty for today',
              value: vscode.workspace.getConfiguration('planScore').get<string>('asOf', ''),
              validateInput: (v) => (v.trim() === '' || isDate(v.trim()) ? undefined : 'Write the date as yyyy-mm-dd, e.g. 2015-03-31'),
            });
      if (value === undefined) return undefined;
      if (value.trim() !== '' && !isDate(value.trim())) throw new Error(`Not a date: ${value}`);
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await vscode.workspace.getConfiguration('planScore').update('asOf', value.trim(), target);
      return plans.asOf();
    }),
    vscode.commands.registerCommand('planScore.exportReport', async (arg?: unknown, target?: vscode.Uri) => {
      const state = stateOf(arg);
      const result = state?.evaluation;
      if (!state || !result) {
        void vscode.window.showInformationMessage('Open a plan without errors to export its report.');
        return undefined;
      }
      const uri =
        target ??
        (await vscode.window.showSaveDialog({
          defaultUri: state.uri.scheme === 'file' ? vscode.Uri.file(state.file.replace(/\.plan\.yaml$/, '.scorecard.html')) : undefined,
          filters: { 'HTML report': ['html'], Markdown: ['md'] },
        }));
      if (!uri) return undefined;
      const input = reportModelOf([{ file: state.file, result, plan: state.check?.plan, findings: state.findings.map(({ fixes: _fixes, ...f }) => f) }], { asOf: state.asOf }).model;
      const text = uri.path.endsWith('.md')
        ? reportMarkdown(input)
        : reportHtml(input, { viewJs: readFileSync(vscode.Uri.joinPath(context.extensionUri, 'dist', 'view.js').fsPath, 'utf8'), markup: staticMarkup(input) });
      writeFileAtomic(uri.fsPath, text, { writeFile: (path, body) => writeFileSync(path, body, { encoding: 'utf8', flag: 'wx' }), rename: renameSync, remove: (path) => rmSync(path, { force: true }) });
      return uri;
    }),
  );

  // every plan in the workspace, not only open ones
  void plans.checkWorkspace().then(updateStatus);
  for (const doc of vscode.workspace.textDocuments) if (isPlanDocument(doc)) plans.checkDocument(doc);
  updateStatus();

  // the production bundle is built with this false, and the hooks are left out of it
  if (typeof PLAN_SCORE_TEST_HOOKS !== 'undefined' && PLAN_SCORE_TEST_HOOKS) return testHooks({ status, plans, codeActions, previews });
  return undefined;
}

function watch(glob: string, handle: (uri: vscode.Uri, deleted: boolean) => void): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher(glob);
  return [watcher, watcher.onDidCreate((u) => handle(u, false)), watcher.onDidChange((u) => handle(u, false)), watcher.onDidDelete((u) => handle(u, true))];
}

export function deactivate(): void {
  service?.dispose();
  service = undefined;
}

