// The Panel report as one self-contained HTML document: the model as JSON, the view bundle and the
// stylesheet inline, a Content-Security-Policy that allows only those, and nothing fetched at all.
// Pure: the caller reads the bundle and writes the file.
import { sha256Base64 } from '../sha256';
import { escapeHtml } from '../present/escape';
import { toReportModel, type ModelInput, type ReportModel } from './model';
import { reportCss } from './styles';

export interface HtmlAssets {
  /** The text of dist/view.js. */
  viewJs: string;
  /**
   * The scorecard already rendered as markup (view/static.ts), shown to readers without scripts;
   * the script draws over it. It must come from that renderer, which writes every plan string as text.
   */
  markup?: string;
}

export interface HtmlOptions {
  /** The document's <title>; by default the report's heading. */
  title?: string;
  /** Canvas pixels per CSS pixel for the charts (default 2, sharp on paper). */
  pixelRatio?: number;
}

/** JSON that can sit inside a <script> element: nothing in it can end the element or start a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Script text that cannot close its element early: "</script" and "<!--" spelt with \x3C (same meaning in strings, templates and regexes). */
export function scriptText(js: string): string {
  return js.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

function sha256(text: string): string {
  return `'sha256-${sha256Base64(text)}'`;
}

function defaultTitle(model: ReportModel): string {
  const plan = model.plans.length === 1 ? model.plans[0].title : undefined;
  return `${model.title ?? plan ?? 'Police and Crime Plan scorecard'}${model.asOf ? ` — as of ${model.asOf}` : ''}`;
}

/** The whole report. Every plan string reaches the page inside the JSON, and in the static markup the same renderer wrote as text. */
export function reportHtml(input: ModelInput, assets: HtmlAssets, options: HtmlOptions = {}): string {
  const model = toReportModel(input);
  const css = reportCss;
  const js = scriptText(assets.viewJs);
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const pixelRatio = options.pixelRatio ?? 2;
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="plan-score">`,
    `<title>${escapeHtml(options.title ?? defaultTitle(model))}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    assets.markup
      ? `<main id="plan-score-root" class="ps-root" data-pixel-ratio="${pixelRatio}"><noscript><p class="ps-muted">The charts are drawn with JavaScript: each is described in words where it would be.</p></noscript>${assets.markup}</main>`
      : `<main id="plan-score-root" data-pixel-ratio="${pixelRatio}"><noscript>This report draws its scorecard with JavaScript; open it in a browser that allows scripts.</noscript></main>`,
    `<script type="application/json" id="plan-score-model">${jsonForScript(model)}</script>`,
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
