// What the benchmark drives in-process: the core's check and evaluation, bundled as the CLI is.
import { defaultLimits } from '../core/source';
import { evaluationOf, withResolvedData } from '../core/stages/evaluation';
import { readPlanData } from '../core/stages/read-data';
import { readPlanText } from '../core/stages/read';
import { runRules } from '../core/stages/run-rules';
import { validatePlan } from '../core/stages/validate';
import type { Plan } from '../core/types';

export { checkPlanText } from '../core/check';
export { checkKept, recheckPlanText } from '../core/recheck/index';
export { evaluatePlan } from '../core/evaluate/index';
export { parseSource, parseSourceComplete } from '../core/source';
export { checkAgainstSchema } from '../core/schema-check';

export interface StageTimes {
  read: number;
  validate: number;
  data: number;
  evaluate: number;
  rules: number;
}

/**
 * The stages of checkPlanText (core/check.ts) one by one, each timed in milliseconds, for the
 * benchmark's account of where the time goes. The evaluation is asked for before the rules (which
 * would otherwise ask for it), so each stage's time is its own.
 */
export function timedCheck(text: string, file: string, asOf: string): StageTimes {
  const times: StageTimes = { read: 0, validate: 0, data: 0, evaluate: 0, rules: 0 };
  let t = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
  const { source } = readPlanText(text, file, { maxSize: Infinity, limits: defaultLimits });
  lap('read');
  const validation = validatePlan(source, file, 'error');
  lap('validate');
  const data = readPlanData({ plan: source.value as Plan, file, source, severity: 'error', maxSize: Infinity });
  const plan = withResolvedData(source.value as Plan, data);
  lap('data');
  const broken = validation.problems.length > 0 || data.problems > 0;
  const evaluation = evaluationOf({ plan, file, asOf, problems: validation.problems, broken });
  evaluation();
  lap('evaluate');
  runRules({ context: { plan, file, asOf, source, measures: data.measures, evaluation: () => evaluation() }, rules: {}, broken });
  lap('rules');
  return times;
}
