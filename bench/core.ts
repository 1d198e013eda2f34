// What the benchmark drives in-process: the core's check and evaluation, bundled as the CLI is.
export { checkPlanText } from '../core/check';
export { evaluatePlan } from '../core/evaluate/index';
export { parseSource, parseSourceComplete } from '../core/source';
export { checkAgainstSchema } from '../core/schema-check';
