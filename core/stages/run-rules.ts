// Stage 4 of a check: every lint rule the config leaves on, its reports turned into findings on
// the plan's text or on the line of the data file they concern.
import type { Config } from '../config';
import type { FileSystem } from '../files';
import { findingAt, findingOnLine } from '../findings';
import { pathApi } from '../paths';
import { RuleFailure } from '../rule-failure';
import { allRules, ruleSetting } from '../rules/index';
import type { RuleContext } from '../rules/rule';
import type { Finding } from '../types';

export interface RunRulesOptions {
  context: Omit<RuleContext, 'options'>;
  rules: Config['rules'];
  /** Reads the data files a report points into. */
  fs?: FileSystem;
  /** The file has schema or data errors: a rule that fails on shapes it cannot read is skipped (the schema findings say why). */
  broken: boolean;
}

/** The rules' findings; a rule that fails on a plan without errors throws RuleFailure. */
export function runRules({ context, rules, fs, broken }: RunRulesOptions): Finding[] {
  const { file, source } = context;
  const p = pathApi(file);
  const findings: Finding[] = [];
  // each data file is read once, however many findings its lines get
  const csvTexts = new Map<string, string>();
  const csvText = (relative: string) => {
    const full = p.resolve(p.dirname(file), relative);
    if (!csvTexts.has(full)) csvTexts.set(full, fs?.readFile(full) ?? '');
    return csvTexts.get(full) as string;
  };
  for (const rule of allRules) {
    const setting = ruleSetting(rule.id, rules);
    if (setting.severity === 'off') continue;
    let reports;
    try {
      reports = rule.check({ ...context, options: setting.options });
    } catch (error) {
      if (broken) continue;
      throw new RuleFailure(rule.id, file, error);
    }
    for (const r of reports) {
      if (r.csv) {
        const csvName = p.join(p.dirname(file), r.csv.file);
        findings.push(findingOnLine(csvText(r.csv.file), csvName, { rule: rule.id, severity: setting.severity, message: r.message, path: r.path, line: r.csv.line }));
      } else {
        const f = findingAt(source, file, { rule: rule.id, severity: setting.severity, message: r.message, path: r.path, anchor: r.anchor });
        if (r.fixes && r.fixes.length > 0) f.fixes = r.fixes;
        findings.push(f);
      }
    }
  }
  return findings;
}
