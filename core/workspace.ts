// Checking plans as they sit in a folder: find each plan's config, read it once, check the plan.
// The CLI and the editor both come through here with their own file system.
import { compareFindings } from './findings';
import type { CheckedPlan, CheckOptions } from './check';
import { findConfigFile, mergeConfigs, parseConfig, type Config } from './config';
import type { FileSystem } from './files';
import { checkKept, recheckPlanText } from './recheck/index';
import { knownRuleIds, ruleOptions } from './rules/index';
import { defaultLimits } from './source';
import type { Finding } from './types';

export interface WorkspaceOptions {
  asOf: string;
  fs: FileSystem;
  /** A config file that replaces discovery (the CLI's --config). */
  configFile?: string;
  /** Settings laid over the config file's (the editor's settings). */
  overrides?: Config;
  maxSize?: number;
  limits?: CheckOptions['limits'];
}

export type PlanCheck = CheckedPlan & { unreadable?: false };
export type Unreadable = { file: string; unreadable: true };

export class PlanChecker {
  private configs = new Map<string, { config: Config; findings: Finding[] }>();
  private reported = new Set<string>();

  constructor(private options: WorkspaceOptions) {}

  /** The config for a plan and, the first time each config file is used, its own findings. */
  configFor(planFile: string): { config: Config; findings: Finding[] } {
    const file = this.options.configFile ?? findConfigFile(planFile, this.options.fs);
    const overrides = this.options.overrides ?? { rules: {} };
    if (!file) return { config: mergeConfigs(overrides), findings: [] };
    let loaded = this.configs.get(file);
    if (!loaded) {
      const text = this.options.fs.readFile(file);
      loaded =
        text === undefined
          ? { config: { file, rules: {} }, findings: [{ rule: 'config', severity: 'error', message: `Cannot read the config file ${file}`, file, path: [], range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }] }
          : parseConfig(text, file, knownRuleIds(), ruleOptions);
      this.configs.set(file, loaded);
    }
    const findings = this.reported.has(file) ? [] : loaded.findings;
    this.reported.add(file);
    return { config: mergeConfigs(loaded.config, overrides), findings };
  }

  /**
   * Checks one plan with its config and limits. `text` stands in for the file's saved contents (an
   * unsaved editor buffer, a plan about to be written); `dataFiles` reads its data files in place
   * of the checker's file system (an import's CSV files before they are written).
   */
  check(file: string, text?: string, dataFiles: FileSystem = this.options.fs): PlanCheck | Unreadable {
    const source = text ?? this.options.fs.readFile(file);
    if (source === undefined) return { file, unreadable: true };
    const { config, findings } = this.configFor(file);
    const checked = checkKept(source, file, { asOf: this.options.asOf, fs: dataFiles, config, ...this.limitsFor(config) });
    return withConfigFindings(checked, findings);
  }

  /**
   * Checks `text`, an edit of the text `previous` is the check of (a keystroke in the editor): the
   * result is a full check's, but only what the edit can change is worked out again when it lies
   * inside one objective.
   */
  recheck(previous: PlanCheck, file: string, text: string): PlanCheck {
    const { config, findings } = this.configFor(file);
    const { checked } = recheckPlanText(previous, text, file, { asOf: this.options.asOf, fs: this.options.fs, config, ...this.limitsFor(config) });
    return withConfigFindings(checked, findings);
  }

  /** The config's limits over the checker's own, over the defaults. */
  private limitsFor(config: Config): Pick<CheckOptions, 'maxSize' | 'limits'> {
    const own = config.limits ?? {};
    const base = this.options.limits ?? defaultLimits;
    return {
      maxSize: own.maxFileMB !== undefined ? Math.floor(own.maxFileMB * 1024 * 1024) : this.options.maxSize,
      limits: { maxAliases: own.maxAliases ?? base.maxAliases, maxDepth: own.maxDepth ?? base.maxDepth },
    };
  }

  /** Forget cached configs (after a config file changes). */
  reset(): void {
    this.configs.clear();
    this.reported.clear();
  }
}

/** The config file's own findings, the first time it is used, before the plan's. */
function withConfigFindings(checked: CheckedPlan, findings: Finding[]): PlanCheck {
  if (findings.length > 0) checked.findings = [...findings, ...checked.findings].sort(compareFindings);
  return checked;
}
