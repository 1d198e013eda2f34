// One chart per numeric measure: the series, baseline, trajectory to the target, SPC centre and
// process limits, special-cause points (colour and shape), survey intervals as error bars.
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type Plugin } from 'chart.js';
import { formatNumber, longDate } from '../core/present/index';
import type { ReportMeasure } from '../core/report/model';
import type { SpcSegment } from '../core/results';
import { scaleOf } from './summary';
import type { Theme } from './theme';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

interface XY {
  x: number;
  y: number;
  lo?: number;
  hi?: number;
  label?: string;
}


export function dateValue(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
}

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthLabel(ms: number): string {
  const d = new Date(ms);
  return `${shortMonths[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Tick dates between min and max: 1 April of each year, or the first day of each quarter when the span is short. */
export function dateTicks(min: number, max: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) return [min];
  const from = new Date(min);
  const years = (max - min) / (365.25 * 86_400_000);
  const step = years < 2.5 ? 3 : 12;
  const ticks: number[] = [];
  let year = from.getUTCFullYear() - 1;
  let month = 3;
  for (let guard = 0; guard < 400; guard++) {
    const t = Date.UTC(year, month, 1);
    if (t > max) break;
    if (t >= min) ticks.push(t);
    month += step;
    while (month >= 12) {
      month -= 12;
      year++;
    }
  }
  return ticks.length > 0 ? ticks : [min, max];
}

/** Draws each point's 95% interval as a vertical bar with caps. */
const intervalBars: Plugin<'line'> = {
  id: 'psIntervals',
  afterDatasetsDraw(chart) {
    const options = (chart.options.plugins as Record<string, { color?: string } | undefined>).psIntervals;
    const { ctx } = chart;
    const y = chart.scales.y;
    chart.data.datasets.forEach((dataset, index) => {
      if (!(dataset as { psIntervals?: boolean }).psIntervals || !chart.isDatasetVisible(index)) return;
      const meta = chart.getDatasetMeta(index);
      ctx.save();
      ctx.strokeStyle = options?.color ?? '#888';
      ctx.lineWidth = 1.25;
      meta.data.forEach((element, i) => {
        const raw = dataset.data[i] as unknown as XY;
        if (raw?.lo === undefined || raw.hi === undefined) return;
        const top = y.getPixelForValue(raw.hi);
        const bottom = y.getPixelForValue(raw.lo);
        const x = element.x;
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.moveTo(x - 3, top);
        ctx.lineTo(x + 3, top);
        ctx.moveTo(x - 3, bottom);
        ctx.lineTo(x + 3, bottom);
        ctx.stroke();
      });
      ctx.restore();
    });
  },
};

export interface ChartOptions {
  theme: Theme;
  pixelRatio?: number;
}

/**
 * The segments to draw: the evaluation's, or for a model without them (an older version) the one
 * `spc` across the whole series.
 */
function spcSegmentsOf(measure: ReportMeasure): SpcSegment[] {
  if (Array.isArray(measure.spcSegments)) return measure.spcSegments;
  const first = measure.series[0];
  const last = measure.series[measure.series.length - 1];
  return measure.spc && first && last ? [{ from: first.period, to: last.period, centre: measure.spc.centre, lower: measure.spc.lower, upper: measure.spc.upper }] : [];
}

/** The chart.js configuration for a measure; pure, so it can be tested without a canvas. */
export function chartConfig(measure: ReportMeasure, options: ChartOptions) {
  const { theme } = options;
  const { divisor, per } = scaleOf(measure);
  const points: XY[] = measure.series
    .map((p) => ({ x: dateValue(p.at), y: p.value, lo: p.interval?.lower, hi: p.interval?.upper, label: p.period }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const datasets: ChartDataset<'line', XY[]>[] = [];
  const hasIntervals = points.some((p) => p.lo !== undefined);

  datasets.push({
    label: measure.type === 'count' && divisor > 1 ? `Figures (${per})` : 'Figures',
    data: points,
    borderColor: theme.series,
    backgroundColor: theme.series,
    borderWidth: 1.5,
    pointRadius: points.length > 40 ? 2 : 3,
    pointStyle: 'circle',
    tension: 0,
    order: 1,
    ...(hasIntervals ? { psIntervals: true } : {}),
  } as ChartDataset<'line', XY[]>);

  // each special-cause point coloured by its own direction; neutral measures' without good or bad
  const marks = [
    { mark: 'improvement', label: 'Special cause: improvement', style: 'triangle', colour: theme.improvement },
    { mark: 'concern', label: 'Special cause: concern', style: 'rectRot', colour: theme.concern },
    { mark: 'high', label: 'Special cause: high', style: 'triangle', colour: theme.neutral },
    { mark: 'low', label: 'Special cause: low', style: 'triangle', colour: theme.neutral },
  ] as const;
  for (const { mark, label, style, colour } of marks) {
    const data = measure.series.filter((p) => p.special === mark).map((p) => ({ x: dateValue(p.at), y: p.value, label: p.period }));
    if (data.length > 0) datasets.push({ label, data, showLine: false, pointStyle: style, pointRotation: mark === 'low' ? 180 : 0, pointRadius: 6, pointHoverRadius: 7, borderColor: colour, backgroundColor: colour, order: 0 });
  }

  // each segment between rebases has its own centre and limits, drawn over its own points
  const segments = spcSegmentsOf(measure);
  segments.forEach((segment, i) => {
    const from = dateValue(measure.series.find((p) => p.period === segment.from)?.at ?? '');
    const to = dateValue(measure.series.find((p) => p.period === segment.to)?.at ?? '');
    if (!Number.isFinite(from) || !Number.isFinite(to)) return;
    const flat = (y: number): XY[] => [{ x: from, y }, { x: to, y }];
    const first = i === 0;
    datasets.push({ label: first ? 'Centre' : '', data: flat(segment.centre), borderColor: theme.centre, backgroundColor: theme.centre, borderWidth: 1, pointRadius: 0, pointHoverRadius: 0, order: 3 });
    datasets.push({ label: first ? 'Process limits' : '', data: flat(segment.upper), borderColor: theme.limit, backgroundColor: theme.limit, borderWidth: 1, borderDash: [5, 4], pointRadius: 0, pointHoverRadius: 0, order: 3 });
    datasets.push({ label: '', data: flat(segment.lower), borderColor: theme.limit, backgroundColor: theme.limit, borderWidth: 1, borderDash: [5, 4], pointRadius: 0, pointHoverRadius: 0, order: 3 });
  });

  const baselineAt = measure.baseline ? dateValue(measure.baseline.at) : Number.NaN;
  const baselineY = measure.baseline ? measure.baseline.value / divisor : Number.NaN;
  if (measure.baseline && Number.isFinite(baselineAt) && Number.isFinite(baselineY)) {
    datasets.push({ label: `Baseline (${measure.baseline.period})`, data: [{ x: baselineAt, y: baselineY, label: String(measure.baseline.period) }], showLine: false, pointStyle: 'rect', pointRadius: 6, borderColor: theme.baseline, backgroundColor: theme.baseline, order: 2 });
  }
  const targetAt = measure.target ? dateValue(measure.target.by) : Number.NaN;
  const targetY = measure.target ? measure.target.value / divisor : Number.NaN;
  if (measure.target && Number.isFinite(targetAt) && Number.isFinite(targetY)) {
    const line: XY[] = Number.isFinite(baselineAt) && Number.isFinite(baselineY) ? [{ x: baselineAt, y: baselineY }] : [];
    line.push({ x: targetAt, y: targetY, label: `target by ${measure.target.by}` });
    datasets.push({
      label: 'Trajectory to target',
      data: line,
      borderColor: theme.target,
      backgroundColor: theme.target,
      borderWidth: 1.5,
      borderDash: [2, 3],
      pointRadius: line.map((_, i) => (i === line.length - 1 ? 6 : 0)),
      pointStyle: 'star',
      pointBorderWidth: 2,
      order: 2,
    } as ChartDataset<'line', XY[]>);
  }

  // Error bars must fit inside the chart.
  const bounds = points.flatMap((p) => (p.lo !== undefined && p.hi !== undefined ? [p.lo, p.hi] : []));
  const intervalRange = bounds.length > 0 ? { min: Math.min(...bounds), max: Math.max(...bounds) } : undefined;

  const unit = measure.type === 'proportion' ? '%' : (measure.unit ?? '');
  const yTitle = [unit, per && measure.type === 'count' ? per : ''].filter(Boolean).join(' ');

  return {
    type: 'line' as const,
    data: { datasets },
    plugins: [intervalBars],
    options: {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: options.pixelRatio,
      parsing: false as const,
      normalized: true,
      color: theme.text,
      font: { family: theme.font, size: 11 },
      interaction: { mode: 'nearest' as const, intersect: false },
      scales: {
        x: {
          type: 'linear' as const,
          grid: { color: theme.grid },
          // Ticks on calendar dates (1 April each year, or each quarter over short spans), not at round numbers of milliseconds.
          afterBuildTicks: (axis: { min: number; max: number; ticks: { value: number }[] }) => {
            axis.ticks = dateTicks(axis.min, axis.max).map((value) => ({ value }));
          },
          ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: 12, callback: (value: string | number) => monthLabel(Number(value)) },
        },
        y: {
          type: 'linear' as const,
          suggestedMin: intervalRange?.min,
          suggestedMax: intervalRange?.max,
          grid: { color: theme.grid },
          ticks: { color: theme.muted, callback: (value: string | number) => formatNumber(Number(value), measure.type === 'proportion' ? 'value' : measure.type) },
          title: { display: yTitle !== '', text: yTitle, color: theme.muted },
        },
      },
      plugins: {
        legend: {
          position: 'bottom' as const,
          labels: {
            usePointStyle: true,
            boxWidth: 8,
            boxHeight: 8,
            color: theme.text,
            filter: (item: { text: string }) => item.text !== '',
            sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          },
        },
        tooltip: {
          callbacks: {
            title: (items: { raw: unknown }[]) => {
              const raw = items[0]?.raw as XY | undefined;
              return raw?.label ?? (raw ? longDate(new Date(raw.x).toISOString().slice(0, 10)) : '');
            },
            label: (item: { dataset: { label?: string }; raw: unknown }) => {
              const raw = item.raw as XY;
              const interval = raw.lo !== undefined && raw.hi !== undefined ? ` (95% interval ${formatNumber(raw.lo, measure.type)} to ${formatNumber(raw.hi, measure.type)})` : '';
              return `${item.dataset.label || 'Process limits'}: ${formatNumber(raw.y, measure.type)}${interval}`;
            },
          },
        },
        psIntervals: { color: theme.interval },
      },
    },
  };
}

/**
 * Draws the measure's chart on the canvas. Returns the chart, or undefined when the canvas cannot
 * draw (no 2D context, as in jsdom): the canvas then keeps its text fallback.
 */
export function drawChart(canvas: HTMLCanvasElement, measure: ReportMeasure, options: ChartOptions): Chart | undefined {
  return drawOn(canvas, () => chartConfig(measure, options));
}

/** A chart of the configuration on the canvas, or undefined when the canvas cannot draw or the chart fails. */
export function drawOn(canvas: HTMLCanvasElement, config: () => unknown): Chart | undefined {
  try {
    const context = typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
    if (!context) return undefined;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return new Chart(context, config() as any);
  } catch {
    return undefined;
  }
}

export { Chart };
