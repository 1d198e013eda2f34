// The browser bundle's entry (dist/view.js): renderInto for the editor's preview, and a boot that
// draws a report from the model embedded in <script type="application/json" id="plan-score-model">.
import type { ModelInput, ReportModel } from '../core/report/model';
import { drawChart } from './chart';
import { drawFunnel, drawnFunnel } from './funnel-chart';
import { chartsIn, funnelsIn, renderInto as render, revealEvent, type RenderOptions } from './render';

export { chartsIn, revealEvent };
export type { RenderOptions };

/** renderInto with chart.js drawing the charts. */
export function renderInto(root: HTMLElement, input: ModelInput, options: RenderOptions = {}): ReportModel {
  return render(root, input, { draw: drawChart, drawFunnel, ...options });
}

/** What each funnel plot in root shows as drawn: its measure, its kind, its units, and the dots and limit curves chart.js laid out. */
export function drawnFunnelsIn(root: HTMLElement): { measureId: string; kind: string; units: number; dots: number; curves: number }[] {
  return funnelsIn(root).map(({ chart, view }) => ({ measureId: view.measureId, kind: view.kind, units: view.units.length, ...drawnFunnel(chart) }));
}

export const modelElementId = 'plan-score-model';
export const rootElementId = 'plan-score-root';

/** Reads the embedded model; undefined when there is none or it is not JSON. */
export function readEmbeddedModel(doc: Document = document): ModelInput | undefined {
  const element = doc.getElementById(modelElementId);
  if (!element || element.tagName.toLowerCase() !== 'script') return undefined;
  try {
    return JSON.parse(element.textContent ?? '') as ModelInput;
  } catch {
    return undefined;
  }
}

/** Renders the embedded model into #plan-score-root (made when missing). */
export function boot(doc: Document = document, options: RenderOptions = {}): ReportModel | undefined {
  const model = readEmbeddedModel(doc);
  if (!model) return undefined;
  let root = doc.getElementById(rootElementId);
  if (!root) {
    root = doc.createElement('main');
    root.id = rootElementId;
    doc.body.appendChild(root);
  }
  const pixelRatio = Number(root.getAttribute('data-pixel-ratio')) || undefined;
  return renderInto(root, model, { pixelRatio, ...options });
}

// A page that carries a model boots itself: at once when the model is already parsed (the report
// puts this script after it), else when the document is. A page without one (the editor's webview) calls renderInto.
if (typeof document !== 'undefined') {
  if (document.getElementById(modelElementId)) boot(document);
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => boot(document));
}
