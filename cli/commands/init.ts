// plan-score init: a new plan and its config from a template, never over an existing file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors';
import type { CliIO } from '../io';
import { packagePath } from '../package-files';

export const templateNames = ['national-crime-and-policing-measures', 'blank'] as const;

export interface InitCommandOptions {
  template: string;
  name?: string;
  /** Today's date, yyyy-mm-dd: the plan period starts with the financial year it falls in. */
  today?: string;
}

function readTemplate(file: string): string {
  const path = packagePath('templates', file);
  if (!path) throw new UsageError('Cannot find the plan templates: reinstall plan-score');
  return readFileSync(path, 'utf8');
}

/** A four-year plan from the 1 April on or before today. */
export function planPeriod(today: string): { start: string; end: string } {
  const [year, month] = today.split('-').map(Number);
  const first = month >= 4 ? year : year - 1;
  return { start: `${first}-04-01`, end: `${first + 4}-03-31` };
}

export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

export function runInit(dir: string | undefined, options: InitCommandOptions, io: CliIO): number {
  const template = options.template;
  if (!(templateNames as readonly string[]).includes(template)) throw new UsageError(`Unknown template "${template}": use ${templateNames.join(' or ')}`);
  const name = options.name ?? 'police-and-crime-plan';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new UsageError(`"${name}" cannot be a plan id: use lowercase letters, digits and hyphens, e.g. west-mercia-2024-29`);
  const folder = dir ?? '.';
  const planFile = join(folder, `${name}.plan.yaml`);
  const configFile = join(folder, 'plan-score.config.yaml');
  if (existsSync(planFile)) throw new UsageError(`${planFile} already exists: nothing was written (init never overwrites a file; move it or choose another folder or --name)`);
  // a folder of plans shares one config: a second plan keeps the one that is there
  const keepConfig = existsSync(configFile);
  const period = planPeriod(options.today ?? new Date().toISOString().slice(0, 10));
  const plan = fillTemplate(readTemplate(`${template}.plan.yaml`), { id: name, start: period.start, end: period.end });
  const config = readTemplate('plan-score.config.yaml');
  mkdirSync(resolve(folder), { recursive: true });
  // 'wx': fail rather than replace a file that appeared since the check above.
  try {
    writeFileSync(planFile, plan, { encoding: 'utf8', flag: 'wx' });
    if (!keepConfig) writeFileSync(configFile, config, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    throw new UsageError(`Could not write the new files: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.stdout(keepConfig ? `Wrote ${planFile}\nKept ${configFile} as it is\n` : `Wrote ${planFile}\nWrote ${configFile}\n`);
  io.stderr(`plan-score: next, fill in what is marked TODO and run: plan-score check ${planFile}\n`);
  return 0;
}
