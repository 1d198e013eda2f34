// Reads one plan file for commands that need the plan itself (diff, import): a file that cannot
// be read, or is so broken there is no plan in it, stops the command (exit 2) and says why.
import { checkPlanText, type CheckedPlan } from '../../core/check';
import type { Plan } from '../../core/types';
import { UsageError } from '../errors';
import { today } from '../io';
import { nodeFileSystem } from '../node-fs';

export function readPlanFile(file: string, asOf: string = today()): CheckedPlan & { plan: Plan } {
  const text = nodeFileSystem.readFile(file);
  if (text === undefined) throw new UsageError(`Cannot read "${file}": check the path`);
  const checked = checkPlanText(text, file, { asOf, fs: nodeFileSystem });
  if (!checked.plan) {
    const first = checked.findings.find((f) => f.rule === 'syntax' || f.rule === 'schema');
    const why = first ? `: line ${first.range.start.line}: ${first.message}` : ': it has no "objectives:" list';
    throw new UsageError(`"${file}" is not a plan that can be read${why}`);
  }
  return checked as CheckedPlan & { plan: Plan };
}
