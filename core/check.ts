// The one pipeline the CLI and the editor share (through PlanChecker in workspace.ts): read →
// validate → read data files → run rules → evaluate, each stage in core/stages/.
import type { Config } from './config';
import type { FileSystem } from './files';
import { compareFindings } from './findings';
import type { PlanResult } from './results';
import { ruleSetting } from './rules/index';
import { defaultLimits, type SourceDocument, type SourceLimits } from './source';
import { evaluationOf, withResolvedData } from './stages/evaluation';
import { readPlanData } from './stages/read-data';
import { readPlanText } from './stages/read';
import { runRules } from './stages/run-rules';
import { isObject } from './stages/shared';
import { validatePlan } from './stages/validate';
import type { Finding, Plan, Severity } from './types';

export interface CheckOptions {
  /** The date everything is evaluated as of, yyyy-mm-dd. */
  asOf: string;
  fs?: FileSystem;
  config?: Config;
  /** Files larger than this many characters are refused with a finding. */
  maxSize?: number;
  limits?: SourceLimits;
}

export interface CheckedPlan {
  file: string;
  source: SourceDocument;
  /** The plan as far as it could be read, with CSV data resolved; undefined when there is no plan to read. */
  plan: Plan | undefined;
  findings: Finding[];
  /** True when the file has schema or syntax errors. */
  broken: boolean;
  /**
   * The plan evaluated as of the check's date, minus the parts the schema rejected; or as of
   * another date (`--since` compares the two).
   */
  evaluation(asOf?: string): PlanResult | undefined;
}

export const defaultMaxSize = 50 * 1024 * 1024;

export { isObject };

/** Checks one plan's text. Never throws for anything in the text; only a broken rule throws (RuleFailure). */
export function checkPlanText(text: string, file: string, options: CheckOptions): CheckedPlan {
  const rules = options.config?.rules ?? {};
  const maxSize = options.maxSize ?? defaultMaxSize;
  const read = readPlanText(text, file, { maxSize, limits: options.limits ?? defaultLimits });
  const source = read.source;
  if (read.findings.length > 0) return { file, source, plan: undefined, findings: read.findings.sort(compareFindings), broken: true, evaluation: () => undefined };

  const schema = ruleSetting('schema', rules).severity;
  const severity: Severity | undefined = schema === 'off' ? undefined : schema;
  const validation = validatePlan(source, file, severity);
  let broken = validation.problems.length > 0;
  if (!isObject(source.value) || !Array.isArray(source.value.objectives)) {
    return { file, source, plan: undefined, findings: validation.findings.sort(compareFindings), broken, evaluation: () => undefined };
  }

  const written = source.value as unknown as Plan;
  const data = readPlanData({ plan: written, file, source, fs: options.fs, severity, maxSize });
  broken ||= data.problems > 0;
  const plan = withResolvedData(written, data);
  const evaluation = evaluationOf({ plan, file, asOf: options.asOf, problems: validation.problems, broken });
  const ruleFindings = runRules({ context: { plan, file, asOf: options.asOf, source, measures: data.measures, evaluation: () => evaluation() }, rules, fs: options.fs, broken });
  const findings = [...validation.findings, ...data.findings, ...ruleFindings].sort(compareFindings);
  return { file, source, plan, findings, broken, evaluation };
}
export { RuleFailure } from './rule-failure';
