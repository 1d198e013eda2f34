// A measure's comparisons as markup: for its local areas and for its Most Similar Group, a figure
// with a canvas for the funnel plot, a table and the plot in words (what readers without scripts
// or charts get). No chart library here: the plot is drawn by the renderer's drawFunnel.
import { comparedFigureText, travelTone, verdictText, formatNumber, funnelViews, longDate, ordinal, positionWords, rateText, unitSentence, type FunnelView } from '../core/present/index';
import type { ReportMeasure } from '../core/report/model';
import { el } from './dom';

function comparisonTable(doc: Document, view: FunnelView, measure: ReportMeasure): HTMLTableElement {
  const unitHead = view.kind === 'areas' ? 'Local area' : 'Force';
  const figureHead = measure.type === 'count' ? 'Twelve months' : 'Figure';
  const heads = [unitHead, figureHead, 'Rate per 1,000', 'Position', 'Rank', 'Direction of travel'];
  const ranked = view.units.filter((u) => u.rank !== null).length;
  const body = el(doc, 'tbody');
  for (const u of view.units) {
    const row = el(
      doc,
      'tr',
      { class: u.self ? 'ps-self' : undefined, 'data-position': u.position ?? undefined },
      el(doc, 'th', { scope: 'row' }, u.label, u.self ? ' (this force)' : ''),
      el(doc, 'td', { class: 'ps-num' }, formatNumber(u.value, measure.type)),
      el(doc, 'td', { class: 'ps-num' }, u.rate === null ? '–' : rateText(u.rate)),
      el(doc, 'td', {}, positionWords(u.position, measure.better, view.whole)),
      el(doc, 'td', { class: 'ps-num' }, u.rank === null ? '–' : `${ordinal(u.rank)} of ${ranked}`),
      el(doc, 'td', { class: `ps-direction ps-tone-${travelTone(u.direction)}` }, view.kind === 'peers' ? '–' : verdictText(u.direction)),
    );
    body.append(row);
  }
  return el(doc, 'table', { class: 'ps-funnel-table' }, el(doc, 'caption', { class: 'ps-visually-hidden' }, view.title), el(doc, 'thead', {}, el(doc, 'tr', {}, ...heads.map((h) => el(doc, 'th', { scope: 'col' }, h)))), body);
}

/** The plot in words: the group's figure, then one sentence per unit. */
export function funnelSummary(view: FunnelView, measure: ReportMeasure): string[] {
  const when = view.at ? ` (${longDate(view.at)})` : ' (each at its latest twelve months)';
  const group = view.group === null ? `Not tested against ${view.whole}: ${view.scale === null ? 'figures of this kind are ranked only' : 'no population or sample to test by'}.` : `${view.whole.charAt(0).toUpperCase()}${view.whole.slice(1)}: ${comparedFigureText(view, view.group, measure.type)}${when}.`;
  return [group, ...view.units.map((u) => `${unitSentence(view, u, measure)}.`)];
}

export interface FunnelFigure {
  element: HTMLElement;
  canvas: HTMLCanvasElement;
  view: FunnelView;
}

export function funnelFigures(doc: Document, measure: ReportMeasure): FunnelFigure[] {
  return funnelViews(measure).map((view) => {
    const words = funnelSummary(view, measure);
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
