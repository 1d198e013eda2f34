// Checking (and scoring) many plans at once: a national set of 43 plans is spread over the machine's
// cores with worker threads, each a copy of this program taking the next plan as it finishes one.
// The outcomes come back in the order of the files, the same as when one thread reads them all.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { RuleFailure } from '../core/rule-failure';
import { configFileName } from '../core/config';
import { compareEvaluations, type Change } from '../core/changes/index';
import type { PlanResult } from '../core/results';
import type { Finding } from '../core/types';
import { PlanChecker } from '../core/workspace';
import { planJsonText } from './scorecard/json';
import { nodeFileSystem } from './node-fs';

export interface PlanJob {
  asOf: string;
  configFile?: string;
  /** Evaluate each plan too (score), not only check it. */
  evaluate: boolean;
  /** Also evaluate each plan as of this earlier date and say what changed (score --since). */
  since?: string;
  /** Send back each plan as written too (the report shows its sources and paths). */
  keepPlan?: boolean;
  /**
   * Send back each plan's evaluation already written as `score --format json` writes it, in place
   * of the evaluation itself: the writing is shared out among the threads, and a text is far
   * quicker to pass between threads than the objects it describes.
   */
  writeJson?: boolean;
}

export interface PlanOutcome {
  file: string;
  unreadable: boolean;
  broken: boolean;
  findings: Finding[];
  result?: PlanResult;
  /** With `writeJson`: the evaluation as `score --format json` writes it (planJsonText), in place of `result`. */
  resultJson?: string;
  /** The ids of the objectives as written, in order (null where an entry has no text id). */
  objectiveIds: (string | null)[];
  /** With a `since` date: what changed between it and the as-of date. */
  changes?: Change[];
  /** With `keepPlan`: the plan as written, data files still named. */
  plan?: unknown;
}

/** Below this much plan text, starting threads costs more than it saves. */
const parallelBytes = 2 * 1024 * 1024;

interface WorkerInput {
  planScoreJob: PlanJob;
  files: string[];
  next: SharedArrayBuffer;
}

type WorkerMessage = { index: number; outcome: PlanOutcome } | { index: number; failure: { ruleId?: string; message: string } } | { done: true };

function outcomeOf(checker: PlanChecker, file: string, job: PlanJob): PlanOutcome {
  const checked = checker.check(file);
  if (checked.unreadable) return { file, unreadable: true, broken: true, findings: [], objectiveIds: [] };
  const objectives: unknown = (checked.plan as { objectives?: unknown } | undefined)?.objectives;
  const objectiveIds = Array.isArray(objectives) ? objectives.map((o) => (o !== null && typeof o === 'object' && typeof (o as { id?: unknown }).id === 'string' ? (o as { id: string }).id : null)) : [];
  const result = job.evaluate ? checked.evaluation() : undefined;
  const before = result && job.since !== undefined ? checked.evaluation(job.since) : undefined;
  const changes = job.since === undefined ? undefined : result && before ? compareEvaluations(before, result) : [];
  const plan = job.keepPlan ? checked.source.value : undefined;
  const written = job.writeJson && result ? { resultJson: planJsonText(result) } : { result };
  return { file, unreadable: false, broken: checked.broken, findings: checked.findings, ...written, objectiveIds, changes, ...(plan !== undefined ? { plan } : {}) };
}

/** How many threads to use: PLAN_SCORE_THREADS when set, else one per core for large sets. */
function threadCount(files: string[], env: Record<string, string | undefined>): number {
  const asked = Number(env.PLAN_SCORE_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, files.length);
  if (files.length < 4) return 1;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // an unreadable file is reported when its turn comes
    }
  }
  return bytes < parallelBytes ? 1 : Math.max(1, Math.min(availableParallelism(), files.length, 8));
}

/** Each thread takes the next file index from a shared counter until none is left. */
function takeNext(counter: Int32Array): number {
  return Atomics.add(counter, 0, 1);
}

/**
 * Checks every file (evaluating too when asked), using worker threads started from `entry` (this
 * program's own file) when the set is large. One checker per thread: a config file's own findings
 * may then come from several threads, so repeats are dropped.
 */
export async function checkPlans(files: string[], job: PlanJob, options: { entry?: string; env?: Record<string, string | undefined> } = {}): Promise<PlanOutcome[]> {
  const threads = options.entry ? threadCount(files, options.env ?? {}) : 1;
  const outcomes: PlanOutcome[] = new Array(files.length);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  let failure: Error | undefined;
  const fail = (index: number, f: { ruleId?: string; message: string }) => {
    failure ??= f.ruleId ? new RuleFailure(f.ruleId, files[index], new Error(f.message)) : new Error(f.message);
  };

  const workers = Array.from({ length: threads - 1 }, () => {
    const input: WorkerInput = { planScoreJob: job, files, next: counter.buffer as SharedArrayBuffer };
    const worker = new Worker(new URL(options.entry as string), { workerData: input });
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (m: WorkerMessage) => {
        if ('done' in m) resolve();
        else if ('outcome' in m) outcomes[m.index] = m.outcome;
        else fail(m.index, m.failure);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker thread stopped with code ${code}`))));
    });
  });

  const checker = new PlanChecker({ asOf: job.asOf, fs: nodeFileSystem, configFile: job.configFile });
  for (let i = takeNext(counter); i < files.length && !failure; i = takeNext(counter)) {
    try {
      outcomes[i] = outcomeOf(checker, files[i], job);
    } catch (error) {
      if (threads === 1) throw error;
      fail(i, failureOf(error));
    }
  }
  await Promise.all(workers);
  if (failure) throw failure;
  return withoutRepeatedConfigFindings(outcomes, job.configFile);
}

/** Checks every file in this thread, one after the other: what checkPlans does when one thread is enough. */
export function checkPlansHere(files: string[], job: PlanJob): PlanOutcome[] {
  const checker = new PlanChecker({ asOf: job.asOf, fs: nodeFileSystem, configFile: job.configFile });
  return withoutRepeatedConfigFindings(files.map((file) => outcomeOf(checker, file, job)), job.configFile);
}

function failureOf(error: unknown): { ruleId?: string; message: string } {
  if (error instanceof RuleFailure) return { ruleId: error.ruleId, message: error.cause instanceof Error ? error.cause.message : String(error.cause) };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** A finding about a config file (its own rule or a YAML syntax error in it), not about a plan. */
function aboutConfig(f: Finding, configFile: string | undefined): boolean {
  return f.rule === 'config' || f.file === configFile || basename(f.file) === configFileName;
}

function withoutRepeatedConfigFindings(outcomes: PlanOutcome[], configFile: string | undefined): PlanOutcome[] {
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    outcome.findings = outcome.findings.filter((f) => {
      if (!aboutConfig(f, configFile)) return true;
      const key = `${f.file}\u0000${f.range.start.line}:${f.range.start.column}\u0000${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return outcomes;
}

/** True (and the work done) when this thread was started by checkPlans. */
export function runAsPlanWorker(): boolean {
  if (isMainThread || !parentPort || !(workerData as Partial<WorkerInput> | undefined)?.planScoreJob) return false;
  const { planScoreJob: job, files, next } = workerData as WorkerInput;
  const port = parentPort;
  const counter = new Int32Array(next);
  const checker = new PlanChecker({ asOf: job.asOf, fs: nodeFileSystem, configFile: job.configFile });
  for (let i = takeNext(counter); i < files.length; i = takeNext(counter)) {
    try {
      port.postMessage({ index: i, outcome: outcomeOf(checker, files[i], job) } satisfies WorkerMessage);
    } catch (error) {
      port.postMessage({ index: i, failure: failureOf(error) } satisfies WorkerMessage);
      break;
    }
  }
  port.postMessage({ done: true } satisfies WorkerMessage);
  return true;
}
