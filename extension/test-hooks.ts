// What the extension's own tests read from inside the editor: the status bar's text, the quick fixes
// with their diagnostics attached, the preview's renders. Built into the test build only.
import * as vscode from 'vscode';
import type { DocPath } from '../core/types';
import type { PlanService } from './plans';
import type { PreviewManager, RenderedInfo } from './preview';
import type { PlanCodeActions } from './providers';

export interface TestHooks {
  statusBarText(): string;
  statusBarCommand(): string | undefined;
  asOf(): string;
  checkWorkspace(): Promise<number>;
  /** The quick fixes for a range as the provider returns them, with their diagnostics attached. */
  codeActions(uri: vscode.Uri, range: vscode.Range): vscode.CodeAction[];
  previewRendered(uri: vscode.Uri): RenderedInfo | undefined;
  nextPreviewRender(uri: vscode.Uri, timeout?: number): Promise<RenderedInfo | undefined>;
  /** What a click on a preview row does. */
  revealFromPreview(uri: vscode.Uri, path: DocPath): Promise<void>;
  /** The latest check of a plan and the document version it is for (-1: read from disk). */
  latestCheck(uri: vscode.Uri): { version: number; check: unknown } | undefined;
}

export function testHooks(parts: { status: vscode.StatusBarItem; plans: PlanService; codeActions: PlanCodeActions; previews: PreviewManager }): TestHooks {
  const { status, plans, codeActions, previews } = parts;
  return {
    statusBarText: () => status.text,
    statusBarCommand: () => (typeof status.command === 'string' ? status.command : status.command?.command),
    asOf: () => plans.asOf(),
    checkWorkspace: async () => (await plans.checkWorkspace()).length,
    codeActions: (uri, range) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!doc) return [];
      const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.range.intersection(range));
      return codeActions.provideCodeActions(doc, range, { diagnostics, triggerKind: vscode.CodeActionTriggerKind.Invoke, only: undefined });
    },
    previewRendered: (uri) => previews.previewOf(uri)?.last,
    nextPreviewRender: (uri, timeout) => previews.previewOf(uri)?.nextRender(timeout) ?? Promise.resolve(undefined),
    revealFromPreview: (uri, path) => previews.reveal(uri, path),
    latestCheck: (uri) => {
      const state = plans.latest(uri);
      return state && { version: state.version, check: state.check };
    },
  };
}
