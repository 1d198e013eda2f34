// plan-score score (the default command): the scorecard of every plan as of a date. Exit 1 when a
// plan has schema or syntax errors (what can be scored still is); an off-track measure is news,
// not a failure.
import type { Change } from '../../core/changes/index';
import type { MeasureStatus, ObjectiveStatus, PlanResult, ScoreResult } from '../../core/results';
import type { Finding } from '../../core/types';
import { reportHtml } from '../../core/report/html';
import { staticMarkup } from '../../view/static';
import { UsageError } from '../errors';
import { expandPlanFiles } from '../expand';
import { tableWidth, useColor, type CliIO } from '../io';
import { checkPlans } from '../parallel';
import { writeResult } from '../output';
import { scorecardFormatters } from '../scorecard/index';
import { buildReportModel, checkSince, readViewBundle } from './report';

export interface ScoreCommandOptions {
  asOf: string;
  format: string;
  output?: string;
  objective?: string;
  /** An earlier as-of date: say what changed since it. */
  since?: string;
}

interface Scored {
  result: PlanResult;
  /** The ids of the plan's objectives as written, for keeping one objective's findings. */
  objectiveIds: (string | null)[];
  /** The findings of this plan's check, its CSV data files' among them. */
  findings: Finding[];
  /** With --since: what changed in this plan. */
  changes: Change[];
}

function counts<S extends string>(statuses: S[]): Partial<Record<S, number>> {
  const out: Partial<Record<S, number>> = {};
  for (const s of statuses) out[s] = (out[s] ?? 0) + 1;
  return out;
}

/**
 * Only the objective `id`, in the plans that have it, with the summary counted again over what is
 * shown; a plan's findings are kept when they are about that objective or about no objective at
 * all, and the findings of files that could not be scored are kept whole.
 */
function onlyObjective(scored: Scored[], unscoredFindings: Finding[], id: string): { plans: PlanResult[]; findings: Finding[]; changes: Change[] } {
  const kept = scored.filter((s) => s.result.objectives.some((o) => o.id === id));
  if (kept.length === 0) {
    const known = [...new Set(scored.flatMap((s) => s.result.objectives.map((o) => o.id)))];
    throw new UsageError(`No objective "${id}" in ${scored.length === 1 ? 'the plan' : 'any plan'}${known.length > 0 ? `: the objectives are ${known.join(', ')}` : ''}`);
  }
  const plans = kept.map(({ result }) => {
    const objectives = result.objectives.filter((o) => o.id === id);
    return {
      ...result,
      summary: {
        objectives: counts<ObjectiveStatus>(objectives.map((o) => o.status)),
        measures: counts<MeasureStatus>(objectives.flatMap((o) => o.measures.map((m) => m.status))),
      },
      objectives,
    };
  });
  const findings = kept.flatMap((s) => {
    const index = s.objectiveIds.indexOf(id);
    return s.findings.filter((f) => f.path[0] !== 'objectives' || f.path.length < 2 || f.path[1] === index);
  });
  const changes = kept.flatMap((s) => s.changes.filter((c) => c.objective === id));
  return { plans, findings: [...findings, ...unscoredFindings], changes };
}

/** The scorecard as the Panel report's self-contained HTML page, to stdout or --output. */
function runScoreHtml(files: string[], options: ScoreCommandOptions, io: CliIO): number {
  const viewJs = readViewBundle();
  const { model, broken } = buildReportModel(files, options);
  writeResult(reportHtml(model, { viewJs, markup: staticMarkup(model) }), options.output, io);
  return broken ? 1 : 0;
}

export async function runScore(paths: string[], options: ScoreCommandOptions, io: CliIO): Promise<number> {
  checkSince(options);
  if (options.format === 'html') return runScoreHtml(expandPlanFiles(paths), options, io);
  const format = scorecardFormatters[options.format as keyof typeof scorecardFormatters];
  if (!format) throw new UsageError(`Unknown format "${options.format}": use ${[...Object.keys(scorecardFormatters), 'html'].join(', ')}`);
  const files = expandPlanFiles(paths);
  const outcomes = await checkPlans(files, { asOf: options.asOf, evaluate: true, since: options.since }, { entry: io.workerEntry, env: io.env });
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
  if (options.objective !== undefined) ({ plans, findings, changes } = onlyObjective(scored, unscoredFindings, options.objective));
  const result: ScoreResult = { asOf: options.asOf, plans, findings, ...(options.since !== undefined ? { since: options.since, changes } : {}) };
  writeResult(format(result, { color: !options.output && useColor(io), unscored, width: tableWidth(io, Boolean(options.output)) }), options.output, io);
  return broken ? 1 : 0;
}
