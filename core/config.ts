// plan-score.config.yaml: rule severities and options, ESLint-style, found by walking up from a plan.
import { pathApi } from './paths';
import type { FileSystem } from './files';
import { parseSource } from './source';
import type { RuleOption } from './rules/rule';
import type { Finding, SeveritySetting } from './types';

export const configFileName = 'plan-score.config.yaml';

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** Limits that keep a huge or hostile file from stalling the editor or the command line. */
export interface ConfigLimits {
  /** Plans larger than this many megabytes are refused with a finding (default 50). */
  maxFileMB?: number;
  /** How many alias expansions a plan may make (default 1000). */
  maxAliases?: number;
  /** How deeply a plan's blocks may nest (default 64). */
  maxDepth?: number;
}

export interface Config {
  /** The config file this came from, if any. */
  file?: string;
  rules: Record<string, RuleSetting>;
  limits?: ConfigLimits;
}

export interface LoadedConfig {
  config: Config;
  findings: Finding[];
}

const severities: SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** The nearest plan-score.config.yaml in the plan's folder or any folder above it. */
export function findConfigFile(planFile: string, fs: FileSystem): string | undefined {
  const absolute = fs.absolute?.(planFile) ?? planFile;
  const path = pathApi(absolute);
  let dir = path.dirname(absolute);
  for (;;) {
    const candidate = path.join(dir, configFileName);
    if (fs.exists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads a config's text; unknown rules and bad severities are findings on the config file. */
export function parseConfig(text: string, file: string, knownRules: Set<string>, optionsOf: (rule: string) => Record<string, RuleOption> = () => ({})): LoadedConfig {
  const source = parseSource(text);
  const findings: Finding[] = [];
  const config: Config = { file, rules: {} };
  const finding = (path: (string | number)[], message: string, anchor: 'key' | 'value' = 'value') => {
    const at = source.locate(path, anchor);
    findings.push({ rule: 'config', severity: 'error', message, file, path, range: source.rangeOf(at.start, at.end), offsets: { start: at.start, end: at.end } });
  };
  for (const p of source.problems) {
    findings.push({ rule: 'syntax', severity: 'error', message: p.message, file, path: [], range: source.rangeOf(p.start, p.end), offsets: { start: p.start, end: p.end } });
  }
  const value = source.value;
  if (value === null || value === undefined) return { config, findings };
  if (typeof value !== 'object' || Array.isArray(value)) {
    finding([], 'The config should be a block of keys, starting with "rules:"');
    return { config, findings };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'rules' && key !== 'limits') finding([key], `Unknown key "${key}" in the config: the keys are "rules" and "limits"`, 'key');
  }
  const limits = readLimits((value as { limits?: unknown }).limits, finding);
  if (limits) config.limits = limits;
  const rules = (value as { rules?: unknown }).rules;
  if (rules === undefined || rules === null) return { config, findings };
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    finding(['rules'], 'Write "rules:" as a block of rule ids, e.g. "max-objectives: [warning, {max: 13}]"');
    return { config, findings };
  }
  for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
    if (id === 'config') {
      finding(['rules', id], 'Problems in this config cannot be turned off or down: correct the config instead', 'key');
      continue;
    }
    if (!knownRules.has(id)) {
      finding(['rules', id], `There is no rule "${id}": see docs/rules/ for the rule ids`, 'key');
      continue;
    }
    if (Array.isArray(setting) && (setting.length === 0 || setting.length > 2)) {
      finding(['rules', id], `Write the rule as a severity, or as [severity, {options}], e.g. "${id}: warning"`);
      continue;
    }
    const [severity, options] = Array.isArray(setting) ? setting : [setting, {}];
    if (!severities.includes(severity as SeveritySetting)) {
      const shown = typeof severity === 'string' ? `"${severity}"` : severity !== null && typeof severity === 'object' ? 'A block' : `"${String(severity)}"`;
      finding(['rules', id], `${shown} is not a severity: write off, info, warning or error, or [severity, {options}]`);
      continue;
    }
    if (id === 'syntax' && severity !== 'error') {
      finding(['rules', id], 'Syntax errors cannot be turned off or down: a file that cannot be read cannot be checked');
      continue;
    }
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      finding(['rules', id], 'Rule options go in a block after the severity, e.g. [warning, {max: 13}]');
      continue;
    }
    const usable = checkOptions(id, options as Record<string, unknown>, optionsOf(id), (key, message) => finding(['rules', id, 1, key], message, 'key'));
    config.rules[id] = { severity: severity as SeveritySetting, options: usable };
  }
  return { config, findings };
}

/** The options a rule reads, each checked; unknown or unusable ones are findings and are left out. */
function checkOptions(rule: string, given: Record<string, unknown>, known: Record<string, RuleOption>, finding: (key: string, message: string) => void): Record<string, unknown> {
  const usable: Record<string, unknown> = {};
  const names = Object.keys(known);
  for (const [key, value] of Object.entries(given)) {
    const spec = known[key];
    if (!spec) {
      finding(key, names.length === 0 ? `The rule ${rule} takes no options: write just its severity, e.g. "${rule}: warning"` : `The rule ${rule} has no option "${key}": its options are ${names.join(', ')}`);
      continue;
    }
    const ok = typeof value === 'number' && Number.isFinite(value) && (spec.kind === 'whole number' ? Number.isInteger(value) && value >= 0 : value > 0);
    if (!ok) {
      finding(key, `Write ${key} as a ${spec.kind}, e.g. "${spec.example}"`);
      continue;
    }
    usable[key] = value;
  }
  return usable;
}

const limitKeys: Record<keyof ConfigLimits, { whole: boolean; zero: boolean; example: string }> = {
  maxFileMB: { whole: false, zero: false, example: 'maxFileMB: 20' },
  maxAliases: { whole: true, zero: true, example: 'maxAliases: 100' },
  maxDepth: { whole: true, zero: false, example: 'maxDepth: 32' },
};

function readLimits(value: unknown, finding: (path: (string | number)[], message: string, anchor?: 'key' | 'value') => void): ConfigLimits | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    finding(['limits'], 'Write "limits:" as a block, e.g. "limits: {maxFileMB: 20}" (keys maxFileMB, maxAliases, maxDepth)');
    return undefined;
  }
  const limits: ConfigLimits = {};
  for (const [key, n] of Object.entries(value as Record<string, unknown>)) {
    const spec = limitKeys[key as keyof ConfigLimits];
    if (!spec) {
      finding(['limits', key], `Unknown limit "${key}": the limits are maxFileMB, maxAliases and maxDepth`, 'key');
      continue;
    }
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || (n === 0 && !spec.zero) || (spec.whole && !Number.isInteger(n))) {
      finding(['limits', key], `Write ${key} as a ${spec.whole ? 'whole number' : 'number'} ${spec.zero ? '(0 or more)' : 'above 0'}, e.g. "${spec.example}"`);
      continue;
    }
    limits[key as keyof ConfigLimits] = n;
  }
  return limits;
}

/** Later settings win, rule by rule and limit by limit (e.g. the editor's settings over the config file). */
export function mergeConfigs(...configs: Config[]): Config {
  const merged: Config = { rules: {} };
  for (const c of configs) {
    if (c.file) merged.file = c.file;
    if (c.limits) merged.limits = { ...merged.limits, ...c.limits };
    for (const [id, s] of Object.entries(c.rules)) merged.rules[id] = { severity: s.severity, options: { ...merged.rules[id]?.options, ...s.options } };
  }
  return merged;
}
