// plan-score report: the Panel pack, as one self-contained HTML file (charts, print CSS), Markdown,
// a PDF printed from the HTML by Chromium, or a Word paper.
import { readFileSync } from 'node:fs';
import { reportHtml } from '../../core/report/html';
import { staticMarkup } from '../../view/static';
import { reportMarkdown } from '../../core/report/markdown';
import { reportModelOf, type CheckedEntry, type ReportModel } from '../../core/report/model';
import { UsageError } from '../errors';
import { expandPlanFiles } from '../expand';
import type { Browser } from 'playwright-core';
import { NoChromium, noChromiumAdvice, printPdf, withChromium } from '../chromium';
import type { CliIO } from '../io';
import { nodeFileSystem } from '../node-fs';
import { checkPlans, checkPlansHere, type PlanJob, type PlanOutcome } from '../parallel';
import { packagePath } from '../package-files';
import { writeOutput, writeResult } from '../output';

export interface ReportCommandOptions {
  output?: string;
  format: string;
  asOf: string;
  objective?: string;
  config?: string;
  /** An earlier as-of date: the report opens with what changed since it. */
  since?: string;
  /** Put back what the Panel's view leaves out: file paths and the lint findings, for the officer. */
  withFindings?: boolean;
}

/** --since must be on or before --as-of: it is the date of an earlier report. */
export function checkSince(options: { asOf: string; since?: string }): void {
  if (options.since !== undefined && options.since > options.asOf) {
    throw new UsageError(`--since ${options.since} is after --as-of ${options.asOf}: give the as-of date of the earlier report`);
  }
}

/** dist/view.js, the renderer the report carries. */
export function readViewBundle(): string {
  const file = packagePath('dist', 'view.js');
  if (!file) throw new UsageError('Cannot find the report viewer (dist/view.js): rebuild plan-score with "npm run build"');
  return readFileSync(file, 'utf8');
}

/** What a report asks of each plan: evaluated (and as of --since too), with the plan as written. */
export function reportJob(options: Pick<ReportCommandOptions, 'asOf' | 'config' | 'since'>): PlanJob {
  return { asOf: options.asOf, configFile: options.config, evaluate: true, since: options.since, keepPlan: true };
}

/** Gathers what the report shows from the plans checked and evaluated (in this thread unless `outcomes` were scored already). */
export function buildReportModel(files: string[], options: Pick<ReportCommandOptions, 'asOf' | 'config' | 'objective' | 'since' | 'withFindings'>, outcomes: PlanOutcome[] = checkPlansHere(files, reportJob(options))): { model: ReportModel; broken: boolean } {
  const entries: CheckedEntry[] = [];
  let broken = false;
  for (const checked of outcomes) {
    if (checked.unreadable) throw new UsageError(`Cannot read "${checked.file}"`);
    broken ||= checked.broken;
    entries.push({ file: checked.file, result: checked.result, plan: checked.plan, findings: checked.findings, changes: checked.changes ?? [] });
  }
  const { model, missing } = reportModelOf(entries, { asOf: options.asOf, objective: options.objective, since: options.since, panel: !options.withFindings });
  if (missing) throw new UsageError(missing);
  return { model, broken };
}

const formats = ['html', 'markdown', 'pdf', 'docx'];

/** The HTML report, the page the PDF is printed from. */
function htmlOf(model: ReportModel, viewJs: string): string {
  return reportHtml(model, { viewJs, markup: staticMarkup(model) });
}

/** Runs a paper's Chromium work, turning "no Chromium" into exit 2 with what to do instead. */
async function withPrinter<T>(io: CliIO, work: (browser: Browser) => Promise<T>): Promise<T> {
  try {
    return await withChromium(io.env, work);
  } catch (error) {
    if (error instanceof NoChromium) throw new UsageError(`Cannot print the PDF: ${error.message}. To make one, ${noChromiumAdvice}`);
    throw error;
  }
}

export async function runReport(paths: string[], options: ReportCommandOptions, io: CliIO): Promise<number> {
  if (!formats.includes(options.format)) throw new UsageError(`Unknown format "${options.format}": use ${formats.join(', ')}`);
  if (options.format !== 'markdown' && !options.output) {
    const example = { html: 'panel-report.html', pdf: 'panel-report.pdf', docx: 'panel-paper.docx' }[options.format];
    throw new UsageError(`A${options.format === 'html' ? 'n HTML' : options.format === 'pdf' ? ' PDF' : ' Word'} report needs --output <file>, e.g. --output ${example}`);
  }
  checkSince(options);
  if (options.config && !nodeFileSystem.exists(options.config)) throw new UsageError(`Cannot read the config file "${options.config}"`);
  const files = expandPlanFiles(paths);
  const viewJs = options.format === 'markdown' ? '' : readViewBundle();
  const outcomes = await checkPlans(files, reportJob(options), { entry: io.workerEntry, env: io.env });
  const { model, broken } = buildReportModel(files, options, outcomes);
  const output = options.output as string;
  if (options.format === 'html') {
    writeOutput(output, htmlOf(model, viewJs));
    io.stderr(`plan-score: wrote ${output}\n`);
  } else if (options.format === 'pdf') {
    writeOutput(output, await withPrinter(io, (browser) => printPdf(browser, htmlOf(model, viewJs))));
    io.stderr(`plan-score: wrote ${output}\n`);
  } else if (options.format === 'docx') {
    // the Word builder is loaded only for a Word paper
    const { wordPaper } = await import('./word-paper');
    writeOutput(output, await wordPaper(model, viewJs, io));
    io.stderr(`plan-score: wrote ${output}\n`);
  } else {
    writeResult(reportMarkdown(model), options.output, io);
  }
  if (broken) {
    io.stderr('plan-score: a plan has schema errors; the report leaves out the parts that could not be read (see its findings)\n');
    return 1;
  }
  return 0;
}
