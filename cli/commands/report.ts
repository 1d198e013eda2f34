// plan-score report: the Panel pack, as one self-contained HTML file (charts, print CSS) or Markdown.
import { readFileSync } from 'node:fs';
import { reportHtml } from '../../core/report/html';
import { staticMarkup } from '../../view/static';
import { reportMarkdown } from '../../core/report/markdown';
import { annotatePlan, dataFilesOf, onlyObjective, type ReportModel, type ReportPlan } from '../../core/report/model';
import { PlanChecker } from '../../core/workspace';
import { compareEvaluations, type Change } from '../../core/changes/index';
import type { Finding, Plan } from '../../core/types';
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
  const plans: ReportPlan[] = [];
  const findings: Finding[] = [];
  const sources: string[] = [];
  const changes: Change[] = [];
  let broken = false;
  for (const file of files) {
    const checked = checker.check(file);
    if (checked.unreadable) throw new UsageError(`Cannot read "${file}"`);
    findings.push(...checked.findings);
    broken ||= checked.broken;
    sources.push(file);
    const result = checked.evaluation();
    if (!result) continue;
    const before = options.since !== undefined ? checked.evaluation(options.since) : undefined;
    if (before) changes.push(...compareEvaluations(before, result));
    // The plan as written (data files still named), not with their figures read in.
    const plan = annotatePlan(result, checked.source.value as Plan | undefined);
    plans.push(plan);
    for (const data of dataFilesOf(plan)) if (!sources.includes(data)) sources.push(data);
  }
  let model: ReportModel = { asOf: options.asOf, plans, findings, sources, ...(options.since !== undefined ? { since: options.since, changes } : {}) };
  if (options.objective) {
    const id = options.objective;
    if (!plans.some((p) => p.objectives.some((o) => o.id === id))) throw new UsageError(`No objective "${id}" in ${files.join(', ')}`);
    model = onlyObjective(model, id);
  }
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
