// report --format docx: the Panel paper in Word. The core lays out the paper (core/report/paper.ts,
// core/report/docx.ts); this draws its charts as images with the report's own chart code in
// headless Chromium where it can, and otherwise leaves each chart in words with a note.
import { buildPaper } from '../../core/report/paper';
import { chartKey, paperDocx, type ChartImage } from '../../core/report/docx';
import { chartInWordsNote } from '../../core/report/paper-words';
import { reportHtml } from '../../core/report/html';
import type { ReportModel } from '../../core/report/model';
import { chartSummary } from '../../view/summary';
import { staticMarkup } from '../../view/static';
import { openForPrint, withChromium } from '../chromium';
import type { CliIO } from '../io';

interface Drawn {
  planId: string;
  measureId: string;
  dataUrl: string;
  width: number;
  height: number;
}

/** Every chart the report page drew, as a PNG, by plan and measure. */
async function drawCharts(model: ReportModel, viewJs: string, io: CliIO): Promise<Map<string, ChartImage>> {
  const html = reportHtml(model, { viewJs, markup: staticMarkup(model) });
  const drawn = await withChromium(io.env, async (browser) => {
    const page = await openForPrint(browser, html);
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('section.ps-plan')].flatMap((plan) =>
        [...plan.querySelectorAll<HTMLCanvasElement>('figure.ps-chart:not(.ps-no-chart) canvas')].map((canvas) => ({
          planId: (plan as HTMLElement).dataset.planId ?? '',
          measureId: canvas.dataset.measureId ?? '',
          dataUrl: canvas.width > 0 && canvas.height > 0 ? canvas.toDataURL('image/png') : '',
          width: canvas.width,
          height: canvas.height,
        })),
      ),
    );
    await page.close();
    return found as Drawn[];
  });
  const images = new Map<string, ChartImage>();
  for (const d of drawn) {
    const base64 = /^data:image\/png;base64,(.+)$/.exec(d.dataUrl)?.[1];
    if (base64) images.set(chartKey(d.planId, d.measureId), { png: new Uint8Array(Buffer.from(base64, 'base64')), width: d.width, height: d.height });
  }
  return images;
}

/** The .docx bytes; charts as images where Chromium can draw them, else in words with a note (never a failure). */
export async function wordPaper(model: ReportModel, viewJs: string, io: CliIO): Promise<Uint8Array> {
  const paper = buildPaper(model);
  const chartWords = new Map<string, string>();
  for (const plan of model.plans) for (const o of plan.objectives) for (const m of o.measures) if (m.type !== 'qualitative') chartWords.set(chartKey(plan.id, m.id), chartSummary(m));
  let charts = new Map<string, ChartImage>();
  try {
    charts = await drawCharts(model, viewJs, io);
  } catch (error) {
    io.stderr(`plan-score: the charts are described in words (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`);
  }
  return paperDocx(paper, { charts, chartWords, chartNote: chartInWordsNote });
}
