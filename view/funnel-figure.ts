// A measure's comparisons as markup: for its local areas and for its Most Similar Group, a figure
// with a canvas for the funnel plot, a table and the plot in words (what readers without scripts
// or charts get). No chart library here: the plot is drawn by the renderer's drawFunnel.
import { comparisonHeads, comparisonRows, funnelSentences, funnelViews, travelTone, type FunnelView } from '../core/present/index';
import type { ReportMeasure } from '../core/report/model';
import { el } from './dom';

function comparisonTable(doc: Document, view: FunnelView, measure: ReportMeasure): HTMLTableElement {
  const body = el(doc, 'tbody');
  for (const r of comparisonRows(view, measure)) {
    const u = r.unitView;
    const row = el(
      doc,
      'tr',
      { class: u.self ? 'ps-self' : undefined, 'data-position': u.position ?? undefined },
      el(doc, 'th', { scope: 'row' }, r.unit),
      el(doc, 'td', { class: 'ps-num' }, r.figure),
      el(doc, 'td', { class: 'ps-num' }, r.rate),
      el(doc, 'td', {}, r.position),
      el(doc, 'td', { class: 'ps-num' }, r.rank),
      el(doc, 'td', { class: `ps-direction ps-tone-${travelTone(u.direction)}` }, r.direction),
    );
    body.append(row);
  }
  const heads = comparisonHeads(view, measure.type);
  return el(doc, 'table', { class: 'ps-funnel-table' }, el(doc, 'caption', { class: 'ps-visually-hidden' }, view.title), el(doc, 'thead', {}, el(doc, 'tr', {}, ...heads.map((h) => el(doc, 'th', { scope: 'col' }, h)))), body);
}

export interface FunnelFigure {
  element: HTMLElement;
  canvas: HTMLCanvasElement;
  view: FunnelView;
}

export function funnelFigures(doc: Document, measure: ReportMeasure): FunnelFigure[] {
  return funnelViews(measure).map((view) => {
    const words = funnelSentences(view, measure);
    const canvas = el(doc, 'canvas', { role: 'img', 'aria-label': `Funnel plot of ${measure.id}, ${view.title}: ${words.join(' ')}`, 'data-measure-id': measure.id, 'data-kind': view.kind }, words.join(' '));
    const element = el(
      doc,
      'figure',
      { class: 'ps-funnel', 'data-measure-id': measure.id, 'data-kind': view.kind },
      el(doc, 'figcaption', {}, el(doc, 'span', { class: 'ps-id' }, measure.id), ' ', view.title),
      el(doc, 'div', { class: 'ps-canvas-box' }, canvas),
      comparisonTable(doc, view, measure),
      el(doc, 'ul', { class: 'ps-funnel-words' }, ...words.map((w) => el(doc, 'li', {}, w))),
    );
    return { element, canvas, view };
  });
}
