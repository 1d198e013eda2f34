// Stage 5 of a check: the plan evaluated, with its data files' figures in place, less the parts
// the schema rejected; done once for the check's date, when first asked for.
import { evaluatePlan } from '../evaluate/index';
import { prunePlan } from '../prune';
import type { ObjectiveResult, PlanResult } from '../results';
import type { SchemaProblem } from '../schema-check';
import type { DocPath, Measure, Plan } from '../types';
import type { PlanData } from './read-data';
import { isObject } from './shared';

/** The plan with each CSV file's points (and peers file's rows) in place of its name, less the points its checks rejected. */
export function withResolvedData(plan: Plan, data: PlanData): Plan {
  const byMeasure = new Map(data.measures.map((e) => [e.measure, e.points.filter((p) => !data.rejected.has(p))]));
  const withPeers = (measure: Measure) => {
    const rows = data.peers.get(measure);
    const read = byMeasure.has(measure) && typeof measure.data === 'string' ? { ...measure, data: byMeasure.get(measure) } : measure;
    return rows ? { ...read, peers: rows } : read;
  };
  return {
    ...plan,
    objectives: plan.objectives.map((o) => (isObject(o) && Array.isArray(o.measures) ? { ...o, measures: o.measures.map(withPeers) } : o)),
  };
}

/**
 * Each result with where it is written (results follow the plan's objects in order), so two
 * measures that share an id are never confused.
 */
function withPaths(result: PlanResult, plan: Plan, written: Map<object, DocPath>): PlanResult {
  const objectives = plan.objectives.filter(isObject);
  if (objectives.length !== result.objectives.length) return result;
  result.objectives.forEach((o, i) => {
    o.path = written.get(objectives[i]);
    const measures = Array.isArray(objectives[i].measures) ? objectives[i].measures.filter(isObject) : [];
    if (measures.length === o.measures.length) o.measures.forEach((m, j) => (m.path = written.get(measures[j])));
  });
  return result;
}

export interface EvaluationOptions {
  /** The plan with its data files' figures in place. */
  plan: Plan;
  file: string;
  /** The check's date: its evaluation is kept. */
  asOf: string;
  /** What the schema rejected, left out of the evaluation. */
  problems: SchemaProblem[];
  /** The file has errors: an evaluation that fails on them gives no result rather than an error. */
  broken: boolean;
  /** An earlier check's result for the objective at this index, when it still holds (as of the check's date only). */
  reuse?: (index: number) => ObjectiveResult | undefined;
}

/** The evaluation as of the check's date or another; `kept` tells the check's own, if it was asked for (null when not). */
export type Evaluation = ((at?: string) => PlanResult | undefined) & { kept(): PlanResult | undefined | null };

/** The evaluation as of the check's date (computed once, on first use) or as of another date. */
export function evaluationOf({ plan, file, asOf, problems, broken, reuse }: EvaluationOptions): Evaluation {
  const rejected = problems.filter((p) => !p.unknownKey).map((p) => p.path);
  const evaluateAsOf = (at: string): PlanResult | undefined => {
    const written = new Map<object, DocPath>();
    const usable = prunePlan(plan, rejected, written);
    const reusedAt = (path: DocPath | undefined) => (path && typeof path[1] === 'number' ? reuse?.(path[1]) : undefined);
    const reused = reuse && at === asOf ? (o: object) => reusedAt(written.get(o)) : undefined;
    try {
      return usable ? withPaths(evaluatePlan(usable, { asOf: at, file }, reused), usable, written) : undefined;
    } catch (error) {
      if (!broken) throw error;
      return undefined;
    }
  };
  let kept: PlanResult | undefined | null = null;
  const evaluation = (at?: string) => {
    if (at !== undefined && at !== asOf) return evaluateAsOf(at);
    if (kept === null) {
      kept = evaluateAsOf(asOf);
      // an earlier check's results are lent once; letting go of them lets go of that check
      reuse = undefined;
    }
    return kept;
  };
  return Object.assign(evaluation, { kept: () => kept });
}
