// Reads one plan file for commands that need the plan itself (diff, import): a file that cannot
// be read, or is so broken there is no plan in it, stops the command (exit 2) and says why.
import type { CheckedPlan } from '../../core/check';
import type { Plan } from '../../core/types';
import { PlanChecker } from '../../core/workspace';
import { UsageError } from '../errors';
import { today } from '../io';
import { nodeFileSystem } from '../node-fs';

export function readPlanFile(file: string, asOf: string = today()): CheckedPlan & { plan: Plan } {
  // the plan's own config applies, as when it is checked: its limits and the rules it turns off
  const checked = new PlanChecker({ asOf, fs: nodeFileSystem }).check(file);
  if (checked.unreadable) throw new UsageError(`Cannot read "${file}": check the path`);
  if (!checked.plan) {
    const first = checked.findings.find((f) => f.file === file && (f.rule === 'syntax' || f.rule === 'schema'));
    const why = first ? `: line ${first.range.start.line}: ${first.message}` : ': it has no "objectives:" list';
    throw new UsageError(`"${file}" is not a plan that can be read${why}`);
  }
  return checked as CheckedPlan & { plan: Plan };
}
