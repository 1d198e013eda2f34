// The one pipeline the CLI and the editor share (through PlanChecker in workspace.ts): read →
// validate → read data files → run rules → evaluate, each stage in core/stages/.
import type { Config } from './config';
import type { FileSystem } from './files';
import { compareFindings } from './findings';
import type { ObjectiveResult, PlanResult } from './results';
import { ruleSetting } from './rules/index';
import { defaultLimits, type SourceDocument, type SourceLimits } from './source';
import { evaluationOf, withResolvedData, type Evaluation } from './stages/evaluation';
import { readPlanData } from './stages/read-data';
import { readPlanText } from './stages/read';
import { runRulesByObjective, type FindingsByObjective, type Narrowed } from './stages/run-rules';
import { isObject } from './stages/shared';
import { validatePlan, type EarlierValidation, type Validation } from './stages/validate';
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

/** What a check worked out on the way, kept so that the next check of an edited text can start from it. */
export interface CheckSteps {
  /** The schema's problems, reported or not, and the calendar's and figures' apart. */
  validation: Validation;
  /** The text of each data and peers file read, by full path. */
  dataTexts: Map<string, string | undefined>;
  evaluation?: Evaluation;
  /** The findings of the rules that read measure by measure, objective by objective. */
  ruleFindings?: FindingsByObjective;
}

/** What an earlier check lends a re-check, given what the re-check found before evaluating. */
export interface Earlier {
  reuse?: ObjectiveReuse;
  narrowed?: Narrowed;
}

/** An earlier check of the text before an edit inside one objective. */
export interface EarlierCheck {
  validation: EarlierValidation;
  lend(steps: CheckSteps): Earlier;
}

/** Results the evaluation may take over from an earlier check: the objective at this index, unchanged. */
export type ObjectiveReuse = (index: number) => ObjectiveResult | undefined;

export const defaultMaxSize = 50 * 1024 * 1024;

export { isObject };

/** Checks one plan's text. Never throws for anything in the text; only a broken rule throws (RuleFailure). */
export function checkPlanText(text: string, file: string, options: CheckOptions): CheckedPlan {
  const maxSize = options.maxSize ?? defaultMaxSize;
  const read = readPlanText(text, file, { maxSize, limits: options.limits ?? defaultLimits });
  return checkReadPlan(read.source, read.findings, file, options).checked;
}

/**
 * Every stage after reading: the document `source` as read, with its syntax findings. An earlier
 * check of the text before an edit may lend it what it worked out for the objectives the edit left alone.
 */
export function checkReadPlan(source: SourceDocument, readFindings: Finding[], file: string, options: CheckOptions, earlierCheck?: EarlierCheck): { checked: CheckedPlan; steps?: CheckSteps } {
  const rules = options.config?.rules ?? {};
  const maxSize = options.maxSize ?? defaultMaxSize;
  if (readFindings.length > 0) return { checked: { file, source, plan: undefined, findings: readFindings.sort(compareFindings), broken: true, evaluation: () => undefined } };

  const schema = ruleSetting('schema', rules).severity;
  const severity: Severity | undefined = schema === 'off' ? undefined : schema;
  const validation = validatePlan(source, file, severity, earlierCheck?.validation);
  let broken = validation.problems.length > 0;
  const steps: CheckSteps = { validation, dataTexts: new Map() };
  if (!isObject(source.value) || !Array.isArray(source.value.objectives)) {
    return { checked: { file, source, plan: undefined, findings: validation.findings.sort(compareFindings), broken, evaluation: () => undefined }, steps };
  }

  const written = source.value as unknown as Plan;
  const data = readPlanData({ plan: written, file, source, fs: recording(options.fs, steps.dataTexts), severity, maxSize });
  broken ||= data.problems > 0;
  const plan = withResolvedData(written, data);
  const earlier = earlierCheck?.lend(steps) ?? {};
  const evaluation = evaluationOf({ plan, file, asOf: options.asOf, problems: validation.problems, broken, reuse: earlier.reuse });
  steps.evaluation = evaluation;
  const context = { plan, file, asOf: options.asOf, source, measures: data.measures, evaluation: () => evaluation() };
  const ran = runRulesByObjective({ context, rules, fs: options.fs, broken, narrowed: earlier.narrowed });
  steps.ruleFindings = ran.byObjective;
  const ruleFindings = ran.findings;
  const findings = [...validation.findings, ...data.findings, ...ruleFindings].sort(compareFindings);
  return { checked: { file, source, plan, findings, broken, evaluation }, steps };
}

/** The file system, noting the text of every file read through it. */
function recording(fs: FileSystem | undefined, texts: Map<string, string | undefined>): FileSystem | undefined {
  if (!fs) return undefined;
  return {
    readFile(path) {
      const text = fs.readFile(path);
      texts.set(path, text);
      return text;
    },
    exists: (path) => fs.exists(path),
    ...(fs.absolute ? { absolute: (path: string) => fs.absolute!(path) } : {}),
  };
}
export { RuleFailure } from './rule-failure';
