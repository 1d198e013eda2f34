// A funnel plot per comparison (DESIGN §4.1): one labelled dot per unit with this force
// highlighted, the group figure as a line, and the 95% and 99.8% limits as curves over the range of
// populations (or samples).
import { Chart, LinearScale, LineElement, PointElement, ScatterController, Tooltip, Legend, type ChartDataset, type Plugin } from 'chart.js';
import { comparedFigureText, formatNumber, limitCurves, type FunnelView } from '../core/present/index';
import type { Theme } from './theme';
import { drawOn } from './chart';

Chart.register(ScatterController, LineElement, PointElement, LinearScale, Legend, Tooltip);

interface Dot {
  x: number;
  y: number;
  label?: string;
}

/** Dataset names the drawn-chart check reads for the limit curves. */
export const limitLabels = { inner: '95% limits', outer: '99.8% limits' };

/** Writes each unit's name beside its dot. */
const dotLabels: Plugin<'scatter'> = {
  id: 'psDotLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const colour = (chart.options.plugins as Record<string, { color?: string } | undefined>).psDotLabels?.color ?? '#333';
    chart.data.datasets.forEach((dataset, index) => {
      if (!(dataset as { psLabelled?: boolean }).psLabelled || !chart.isDatasetVisible(index)) return;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.font = '11px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      chart.getDatasetMeta(index).data.forEach((element, i) => {
        const label = (dataset.data[i] as unknown as Dot)?.label;
        if (label) ctx.fillText(label, element.x + 7, element.y);
      });
      ctx.restore();
    });
  },
};

export interface FunnelChartOptions {
  theme: Theme;
  pixelRatio?: number;
  type: string;
}

/** The chart.js configuration of a funnel plot; pure, so it can be tested without a canvas. */
export function funnelConfig(view: FunnelView, options: FunnelChartOptions) {
  const { theme } = options;
  const plotted = view.units.filter((u) => u.size !== null && u.figure !== null && Number.isFinite(u.figure));
  const dot = (u: (typeof plotted)[number]): Dot => ({ x: u.size as number, y: u.figure as number, label: u.label });
  const curves = limitCurves(view);
  const line = (label: string, data: Dot[], colour: string, dash: number[], width = 1.25): ChartDataset<'scatter', Dot[]> => ({
    label,
    data,
    showLine: true,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: width,
    borderDash: dash,
    pointRadius: 0,
    pointHoverRadius: 0,
    tension: 0,
    order: 3,
  });
  const datasets: ChartDataset<'scatter', Dot[]>[] = [
    { label: view.kind === 'areas' ? 'Local areas' : 'Forces', data: plotted.filter((u) => !u.self).map(dot), pointRadius: 5, pointHoverRadius: 6, borderColor: theme.series, backgroundColor: theme.series, order: 1, psLabelled: true } as ChartDataset<'scatter', Dot[]>,
  ];
  const self = plotted.filter((u) => u.self).map(dot);
  if (self.length > 0) datasets.push({ label: 'This force', data: self, pointRadius: 8, pointHoverRadius: 9, pointStyle: 'rectRot', borderColor: theme.concern, backgroundColor: theme.concern, order: 0, psLabelled: true } as ChartDataset<'scatter', Dot[]>);
  if (curves.length > 0 && view.group !== null) {
    const ends = [curves[0].size, curves[curves.length - 1].size];
    datasets.push(line(`${view.kind === 'peers' ? 'Group' : 'Force'} figure`, ends.map((x) => ({ x, y: view.group as number })), theme.centre, [], 1.5));
    datasets.push(line(limitLabels.inner, curves.map((c) => ({ x: c.size, y: c.upper95 })), theme.limit, [5, 4]));
    datasets.push(line('', curves.map((c) => ({ x: c.size, y: c.lower95 })), theme.limit, [5, 4]));
    datasets.push(line(limitLabels.outer, curves.map((c) => ({ x: c.size, y: c.upper998 })), theme.muted, [2, 3]));
    datasets.push(line('', curves.map((c) => ({ x: c.size, y: c.lower998 })), theme.muted, [2, 3]));
  }
  const xTitle = view.scale === 'rate' ? 'Population' : 'Number asked (sample)';
  const yTitle = view.scale === 'rate' ? 'Per 1,000 population' : '%';
  return {
    type: 'scatter' as const,
    data: { datasets },
    plugins: [dotLabels],
    options: {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: options.pixelRatio,
      parsing: false as const,
      color: theme.text,
      font: { family: theme.font, size: 11 },
      scales: {
        x: { type: 'linear' as const, grid: { color: theme.grid }, ticks: { color: theme.muted, callback: (v: string | number) => formatNumber(Number(v), 'count') }, title: { display: true, text: xTitle, color: theme.muted } },
        y: { type: 'linear' as const, grid: { color: theme.grid }, ticks: { color: theme.muted }, title: { display: true, text: yTitle, color: theme.muted } },
      },
      plugins: {
        legend: { position: 'bottom' as const, labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, color: theme.text, filter: (item: { text: string }) => item.text !== '' } },
        tooltip: {
          callbacks: {
            label: (item: { dataset: { label?: string }; raw: unknown }) => {
              const raw = item.raw as Dot;
              return raw.label ? `${raw.label}: ${comparedFigureText(view, raw.y, options.type)}` : `${item.dataset.label || 'Limit'}: ${comparedFigureText(view, raw.y, options.type)}`;
            },
          },
        },
        psDotLabels: { color: theme.text },
      },
    },
  };
}

/** Draws a funnel plot on the canvas; undefined when the canvas cannot draw (no 2D context, as in jsdom). */
export function drawFunnel(canvas: HTMLCanvasElement, view: FunnelView, options: FunnelChartOptions): Chart | undefined {
  return drawOn(canvas, () => funnelConfig(view, options));
}

/** What a drawn funnel plot shows, read from chart.js's own layout: dots placed in the plot area, and limit curves drawn. */
export function drawnFunnel(chart: Chart): { dots: number; curves: number } {
  const area = chart.chartArea;
  let dots = 0;
  let curves = 0;
  chart.data.datasets.forEach((dataset, index) => {
    const meta = chart.getDatasetMeta(index);
    const inside = meta.data.filter((e) => Number.isFinite(e.x) && Number.isFinite(e.y) && e.x >= area.left - 1 && e.x <= area.right + 1 && e.y >= area.top - 1 && e.y <= area.bottom + 1);
    if ((dataset as { psLabelled?: boolean }).psLabelled) dots += inside.length;
    else if (dataset.label === limitLabels.inner || dataset.label === limitLabels.outer || (dataset.label === '' && meta.data.length > 2)) {
      if (inside.length > 2) curves++;
    }
  });
  return { dots, curves };
}
