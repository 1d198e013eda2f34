// Stage 4 of a check: every lint rule the config leaves on, its reports turned into findings on
// the plan's text or on the line of the data file they concern.
import type { Config, RuleSetting } from '../config';
import type { FileSystem } from '../files';
import { findingAt, findingOnLine } from '../findings';
import { pathApi } from '../paths';
import { RuleFailure } from '../rule-failure';
import { allRules, ruleSetting } from '../rules/index';
import type { MeasureEntry, Rule, RuleContext } from '../rules/rule';
import type { Finding, Severity } from '../types';

export interface RunRulesOptions {
  context: Omit<RuleContext, 'options'>;
  rules: Config['rules'];
  /** Reads the data files a report points into. */
  fs?: FileSystem;
  /** The file has schema or data errors: a rule that fails on shapes it cannot read is skipped (the schema findings say why). */
  broken: boolean;
  /**
   * From a re-check: the objectives the edit may have changed, and the findings of earlier runs on
   * the others. Rules that read measure by measure then run on the changed objectives only.
   */
  narrowed?: Narrowed;
}

export interface Narrowed {
  changed(objective: number): boolean;
  /** An earlier run's findings of the rule on the objective, as they stand in the new text; undefined when there are none to keep. */
  kept(rule: string, objective: number): Finding[] | undefined;
}

/** The findings of each rule that reads measure by measure, objective by objective (a re-check keeps them). */
export type FindingsByObjective = Map<string, Finding[][]>;

/** The rules' findings; a rule that fails on a plan without errors throws RuleFailure. */
export function runRules(options: RunRulesOptions): Finding[] {
  return runRulesByObjective(options).findings;
}

export function runRulesByObjective({ context, rules, fs, broken, narrowed }: RunRulesOptions): { findings: Finding[]; byObjective: FindingsByObjective } {
  const { file, source } = context;
  const p = pathApi(file);
  const findings: Finding[] = [];
  const byObjective: FindingsByObjective = new Map();
  const count = Array.isArray(context.plan.objectives) ? context.plan.objectives.length : 0;
  const keptOf = (rule: string) => {
    const kept: Finding[][] = [];
    for (let i = 0; i < count; i++) {
      const earlier = narrowed!.changed(i) ? [] : narrowed!.kept(rule, i);
      if (!earlier) return undefined;
      kept.push(earlier);
    }
    return kept;
  };
  // each data file is read once, however many findings its lines get
  const csvTexts = new Map<string, string>();
  const csvText = (relative: string) => {
    const full = p.resolve(p.dirname(file), relative);
    if (!csvTexts.has(full)) csvTexts.set(full, fs?.readFile(full) ?? '');
    return csvTexts.get(full) as string;
  };
  /** The rule's findings on these measures; undefined when it fails on a plan with errors. */
  const findingsOf = (rule: Rule, setting: { severity: Severity; options: RuleSetting['options'] }, measures: MeasureEntry[]): Finding[] | undefined => {
    let reports;
    try {
      reports = rule.check({ ...context, measures, options: setting.options });
    } catch (error) {
      if (broken) return undefined;
      throw new RuleFailure(rule.id, file, error);
    }
    const own: Finding[] = [];
    for (const r of reports) {
      if (r.csv) {
        const csvName = p.join(p.dirname(file), r.csv.file);
        own.push(findingOnLine(csvText(r.csv.file), csvName, { rule: rule.id, severity: setting.severity, message: r.message, path: r.path, line: r.csv.line }));
      } else {
        const f = findingAt(source, file, { rule: rule.id, severity: setting.severity, message: r.message, path: r.path, anchor: r.anchor });
        if (r.fixes && r.fixes.length > 0) f.fixes = r.fixes;
        own.push(f);
      }
    }
    return own;
  };
  for (const rule of allRules) {
    const { severity, options } = ruleSetting(rule.id, rules);
    if (severity === 'off') continue;
    const setting = { severity, options };
    const kept = rule.scope === 'measure' && narrowed ? keptOf(rule.id) : undefined;
    if (kept) {
      // the changed objectives' measures only, with the findings kept on the others
      const fresh = findingsOf(rule, setting, context.measures.filter((e) => narrowed!.changed(e.path[1] as number)));
      if (fresh === undefined) continue;
      const grouped = byIndex(fresh, count);
      if (grouped) {
        const merged = grouped.map((list, i) => (narrowed!.changed(i) ? list : kept[i]));
        byObjective.set(rule.id, merged);
        for (const list of merged) for (const f of list) findings.push(f);
        continue;
      }
    }
    const own = findingsOf(rule, setting, context.measures);
    if (own === undefined) continue;
    const grouped = rule.scope === 'measure' ? byIndex(own, count) : undefined;
    if (grouped) byObjective.set(rule.id, grouped);
    // one at a time: a very large file can have more findings than a call takes arguments
    for (const f of own) findings.push(f);
  }
  return { findings, byObjective };
}

/** The findings by the objective they are on, or undefined when one is not on an objective. */
function byIndex(findings: Finding[], count: number): Finding[][] | undefined {
  const out: Finding[][] = Array.from({ length: count }, () => []);
  for (const f of findings) {
    const index = f.path[0] === 'objectives' ? f.path[1] : undefined;
    if (typeof index !== 'number' || !out[index]) return undefined;
    out[index].push(f);
  }
  return out;
}
