// Turns the command line's files and folders into the plan files to read.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors';

const planPattern = /\.plan\.ya?ml$/;

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile() && planPattern.test(e.name)) out.push(full);
  }
}

/** Every file named, and every *.plan.yaml below every folder named; none at all is a usage error. */
export function expandPlanFiles(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      throw new UsageError(`Cannot find "${arg}": name a plan file or a folder of *.plan.yaml files`);
    }
    if (stat.isDirectory()) walk(arg, files);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(`No *.plan.yaml files found in ${args.join(', ')}`);
  return [...new Set(files)];
}
