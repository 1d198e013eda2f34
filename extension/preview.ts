// The scorecard preview beside the editor: a webview that runs the same renderer as the Panel
// report (dist/view.js) on a JSON model sent by postMessage; first render at once, later ones
// throttled; theme colours; click a row to reveal its line; restored after a reload.
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { reportModelOf } from '../core/report/model';
import { reportCss } from '../core/report/styles';
import type { DocPath } from '../core/types';
import { previewCss } from './adapter/preview-page';
import { Throttle } from './adapter/scheduler';
import { isPlanDocument, type PlanService, type PlanState } from './plans';

export const PREVIEW_VIEW_TYPE = 'planScore.preview';

/** What the webview reports after each render (used by the tests). */
export interface RenderedInfo {
  type: 'rendered';
  version: number;
  rows: number;
  charts: number;
  title: string;
}

// Runs in the webview: receives the model, renders it, reports back, keeps its state.
const webviewScript = `(() => {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('plan-score-root');
  let state = vscode.getState() || {};
  const render = (message) => {
    const model = PlanScoreView.renderInto(root, message.model, {
      interactive: true,
      forPanel: true,
      onReveal: (detail) => vscode.postMessage({ type: 'reveal', path: detail.path, measureId: detail.measureId, objectiveId: detail.objectiveId }),
    });
    const first = state.version === undefined;
    state = { ...state, uri: message.uri, version: message.version };
    vscode.setState(state);
    if (first && state.scrollY) window.scrollTo(0, state.scrollY);
    vscode.postMessage({ type: 'rendered', version: message.version, rows: root.querySelectorAll('tr[data-measure-id]').length,
      charts: PlanScoreView.chartsIn(root).length, title: (model.plans[0] && model.plans[0].title) || '' });
  };
  window.addEventListener('message', (event) => { if (event.data && event.data.type === 'model') render(event.data); });
  let timer;
  window.addEventListener('scroll', () => { clearTimeout(timer); timer = setTimeout(() => { state = { ...state, scrollY: window.scrollY }; vscode.setState(state); }, 200); });
  vscode.postMessage({ type: 'ready', uri: state.uri });
})();`;

export class Preview {
  ready = false;
  private waiters: ((info: RenderedInfo) => void)[] = [];
  last?: RenderedInfo;

  constructor(
    readonly panel: vscode.WebviewPanel,
    public uri: vscode.Uri,
  ) {}

  rendered(info: RenderedInfo): void {
    this.last = info;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w(info);
  }

  nextRender(timeout = 15_000): Promise<RenderedInfo | undefined> {
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(undefined), timeout);
      this.waiters.push((info) => {
        clearTimeout(t);
        resolve(info);
      });
    });
  }
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();
  private readonly throttle = new Throttle(300, (key) => this.post(key));
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly plans: PlanService,
  ) {
    this.disposables.push(
      plans.onDidCheck((state) => {
        if (this.previews.has(state.uri.toString())) this.throttle.schedule(state.uri.toString());
      }),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: { uri?: string } | undefined) => {
          if (!state?.uri) {
            panel.dispose();
            return;
          }
          this.attach(panel, vscode.Uri.parse(state.uri));
        },
      }),
    );
  }

  private get distUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'dist');
  }

  /** Opens (or shows) the preview of a plan beside its editor; resolves with the first render. */
  async open(uri: vscode.Uri): Promise<RenderedInfo | undefined> {
    const key = uri.toString();
    const existing = this.previews.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      const next = existing.nextRender();
      this.post(key);
      return next;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Scorecard: ${basename(uri.path)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [this.distUri],
    });
    const preview = this.attach(panel, uri);
    return preview.nextRender();
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri): Preview {
    const preview = new Preview(panel, uri);
    const key = uri.toString();
    this.previews.set(key, preview);
    panel.title = `Scorecard: ${basename(uri.path)}`;
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.distUri] };
    panel.webview.html = this.html(panel.webview);
    panel.onDidDispose(() => {
      this.throttle.cancel(key);
      if (this.previews.get(key) === preview) this.previews.delete(key);
    });
    panel.webview.onDidReceiveMessage((message: { type?: string; path?: DocPath | null }) => {
      if (message.type === 'ready') {
        preview.ready = true;
        this.post(key); // the first render at once
      } else if (message.type === 'rendered') preview.rendered(message as unknown as RenderedInfo);
      else if (message.type === 'reveal') void this.reveal(preview.uri, message.path ?? null);
    });
    return preview;
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const viewJs = webview.asWebviewUri(vscode.Uri.joinPath(this.distUri, 'view.js'));
    const csp = [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src 'nonce-${nonce}'`, `img-src ${webview.cspSource} data:`, `font-src ${webview.cspSource}`].join('; ');
    return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${reportCss}\n${previewCss}</style>
</head>
<body>
<main id="plan-score-root"><p>Scoring the plan…</p></main>
<script nonce="${nonce}" src="${viewJs}"></script>
<script nonce="${nonce}">${webviewScript}</script>
</body>
</html>`;
  }

  private stateOf(uri: vscode.Uri): PlanState | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc && isPlanDocument(doc)) return this.plans.stateFor(doc);
    return this.plans.latest(uri) ?? this.plans.checkFile(uri);
  }

  /** Sends the plan's model to its preview: JSON only, the webview renders every string as text. */
  private post(key: string): void {
    const preview = this.previews.get(key);
    if (!preview?.ready) return;
    const state = this.stateOf(preview.uri);
    if (!state) return;
    const result = state.evaluation;
    const { model } = reportModelOf([{ file: state.file, result, plan: state.check?.plan, findings: state.findings.map(({ fixes: _fixes, ...f }) => f) }], { asOf: state.asOf });
    void preview.panel.webview.postMessage({ type: 'model', uri: key, version: state.version, model });
  }

  /** A row was clicked: show its line in the editor. */
  async reveal(uri: vscode.Uri, path: DocPath | null): Promise<void> {
    const state = this.stateOf(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    let position = new vscode.Position(0, 0);
    if (state?.check && path) {
      const at = state.check.source.locate(path, 'value');
      position = doc.positionAt(at.start);
    }
    const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn ?? vscode.ViewColumn.One;
    await vscode.window.showTextDocument(doc, { viewColumn: column, selection: new vscode.Range(position, position), preserveFocus: false });
  }

  /** The open preview of a plan, if any. */
  previewOf(uri: vscode.Uri): Preview | undefined {
    return this.previews.get(uri.toString());
  }

  dispose(): void {
    this.throttle.dispose();
    for (const p of this.previews.values()) p.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
