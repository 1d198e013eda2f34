// plan-score score (the default command): the scorecard of every plan as of a date. Exit 1 when a
// plan has schema or syntax errors (what can be scored still is); an off-track measure is news,
// not a failure.
import type { Change } from '../../core/changes/index';
import type { PlanResult, ScoreResult } from '../../core/results';
import { noSuchObjective, selectObjective, type ScoredPlan } from '../../core/present/order';
import type { Finding } from '../../core/types';
import { reportHtml } from '../../core/report/html';
import { staticMarkup } from '../../view/static';
import { UsageError } from '../errors';
import { expandPlanFiles } from '../expand';
import { tableWidth, useColor, type CliIO } from '../io';
import { checkPlans, type PlanOutcome } from '../parallel';
import { jsonPieces } from '../scorecard/json';
import { writeResult } from '../output';
import { scorecardFormatters } from '../scorecard/index';
import { buildReportModel, checkSince, readViewBundle, reportJob } from './report';

export interface ScoreCommandOptions {
  asOf: string;
  format: string;
  output?: string;
  objective?: string;
  /** An earlier as-of date: say what changed since it. */
  since?: string;
  /** Expand each measure into its local areas (the table). */
  areas?: boolean;
  /** HTML only: the officer's view, with file paths and findings. */
  withFindings?: boolean;
}

interface Scored extends ScoredPlan<PlanResult> {
  /** With --since: what changed in this plan. */
  changes: Change[];
}

/** The scorecard as the Panel report's self-contained HTML page, to stdout or --output. */
async function runScoreHtml(files: string[], options: ScoreCommandOptions, io: CliIO): Promise<number> {
  const viewJs = readViewBundle();
  const outcomes = await checkPlans(files, reportJob(options), { entry: io.workerEntry, env: io.env });
  const { model, broken } = buildReportModel(files, options, outcomes);
  writeResult(reportHtml(model, { viewJs, markup: staticMarkup(model) }), options.output, io);
  return broken ? 1 : 0;
}

/** `score --format json` from plans written where they were scored (PlanJob.writeJson). */
function writeJsonOf(outcomes: PlanOutcome[], options: ScoreCommandOptions, io: CliIO): number {
  const unreadable = outcomes.find((o) => o.unreadable);
  if (unreadable) throw new UsageError(`Cannot read "${unreadable.file}"`);
  const scored = outcomes.filter((o) => o.resultJson !== undefined);
  const parts = {
    asOf: options.asOf,
    plans: scored.map((o) => o.resultJson as string),
    findings: outcomes.flatMap((o) => o.findings),
    ...(options.since !== undefined ? { since: options.since, changes: scored.flatMap((o) => o.changes ?? []) } : {}),
  };
  writeResult(jsonPieces(parts), options.output, io);
  return outcomes.some((o) => o.broken) ? 1 : 0;
}

export async function runScore(paths: string[], options: ScoreCommandOptions, io: CliIO): Promise<number> {
  checkSince(options);
  if (options.format === 'html') return runScoreHtml(expandPlanFiles(paths), options, io);
  const format = scorecardFormatters[options.format as keyof typeof scorecardFormatters];
  if (!format) throw new UsageError(`Unknown format "${options.format}": use ${[...Object.keys(scorecardFormatters), 'html'].join(', ')}`);
  const files = expandPlanFiles(paths);
  // JSON of every objective: each plan is written out where it is scored
  const writeJson = options.format === 'json' && options.objective === undefined;
  const outcomes = await checkPlans(files, { asOf: options.asOf, evaluate: true, since: options.since, writeJson }, { entry: io.workerEntry, env: io.env });
  if (writeJson) return writeJsonOf(outcomes, options, io);
  const scored: Scored[] = [];
  const unscored: string[] = [];
  let findings: Finding[] = [];
  const unscoredFindings: Finding[] = [];
  let broken = false;
  for (const checked of outcomes) {
    if (checked.unreadable) throw new UsageError(`Cannot read "${checked.file}"`);
    findings.push(...checked.findings);
    if (checked.broken) broken = true;
    const result = checked.result;
    if (result) scored.push({ result, objectiveIds: checked.objectiveIds, findings: checked.findings, changes: checked.changes ?? [] });
    else {
      unscored.push(checked.file);
      unscoredFindings.push(...checked.findings);
    }
  }
  let plans = scored.map((s) => s.result);
  let changes = scored.flatMap((s) => s.changes);
  if (options.objective !== undefined) {
    const selected = selectObjective(scored, options.objective);
    if (!selected) throw new UsageError(noSuchObjective(scored, options.objective));
    plans = selected.plans;
    findings = [...selected.findings, ...unscoredFindings];
    changes = changes.filter((c) => c.objective === options.objective);
  }
  const result: ScoreResult = { asOf: options.asOf, plans, findings, ...(options.since !== undefined ? { since: options.since, changes } : {}) };
  writeResult(format(result, { color: !options.output && useColor(io), unscored, width: tableWidth(io, Boolean(options.output)), areas: options.areas }), options.output, io);
  return broken ? 1 : 0;
}
