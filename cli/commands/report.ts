// plan-score report: the Panel pack, as one self-contained HTML file (charts, print CSS) or Markdown.
import { readFileSync } from 'node:fs';
import { reportHtml } from '../../core/report/html';
import { staticMarkup } from '../../view/static';
import { reportMarkdown } from '../../core/report/markdown';
import { reportModelOf, type CheckedEntry, type ReportModel } from '../../core/report/model';
import { PlanChecker } from '../../core/workspace';
import { compareEvaluations } from '../../core/changes/index';
import { UsageError } from '../errors';
import { expandPlanFiles } from '../expand';
import type { CliIO } from '../io';
import { nodeFileSystem } from '../node-fs';
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

/** Checks and evaluates the plans and gathers what the report shows. */
export function buildReportModel(files: string[], options: Pick<ReportCommandOptions, 'asOf' | 'config' | 'objective' | 'since'>): { model: ReportModel; broken: boolean } {
  const checker = new PlanChecker({ asOf: options.asOf, fs: nodeFileSystem, configFile: options.config });
  const entries: CheckedEntry[] = [];
  let broken = false;
  for (const file of files) {
    const checked = checker.check(file);
    if (checked.unreadable) throw new UsageError(`Cannot read "${file}"`);
    broken ||= checked.broken;
    const result = checked.evaluation();
    const before = result && options.since !== undefined ? checked.evaluation(options.since) : undefined;
    entries.push({ file, result, plan: checked.source.value, findings: checked.findings, changes: before && result ? compareEvaluations(before, result) : [] });
  }
  const { model, missing } = reportModelOf(entries, { asOf: options.asOf, objective: options.objective, since: options.since });
  if (missing) throw new UsageError(missing);
  return { model, broken };
}

export function runReport(paths: string[], options: ReportCommandOptions, io: CliIO): number {
  if (options.format !== 'html' && options.format !== 'markdown') throw new UsageError(`Unknown format "${options.format}": use html or markdown`);
  if (options.format === 'html' && !options.output) throw new UsageError('An HTML report needs --output <file>, e.g. --output panel-report.html');
  checkSince(options);
  if (options.config && !nodeFileSystem.exists(options.config)) throw new UsageError(`Cannot read the config file "${options.config}"`);
  const files = expandPlanFiles(paths);
  const viewJs = options.format === 'html' ? readViewBundle() : '';
  const { model, broken } = buildReportModel(files, options);
  if (options.format === 'html') {
    writeOutput(options.output as string, reportHtml(model, { viewJs, markup: staticMarkup(model) }));
    io.stderr(`plan-score: wrote ${options.output}\n`);
  } else {
    writeResult(reportMarkdown(model), options.output, io);
  }
  if (broken) {
    io.stderr('plan-score: a plan has schema errors; the report leaves out the parts that could not be read (see its findings)\n');
    return 1;
  }
  return 0;
}
