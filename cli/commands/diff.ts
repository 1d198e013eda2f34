// plan-score diff: what a variation of the Plan changes, for the Panel's review.
import { diffPlans } from '../../core/diff/index';
import { diffFormatters } from '../diff-formats/index';
import { UsageError } from '../errors';
import { useColor, type CliIO } from '../io';
import { writeResult } from '../output';
import { readPlanFile } from './plan-reader';

export interface DiffCommandOptions {
  format: string;
  output?: string;
}

/** Exit 0 whether or not anything changed; 2 (UsageError) when either file is not a readable plan. */
export function runDiff(oldFile: string, newFile: string, options: DiffCommandOptions, io: CliIO): number {
  const format = diffFormatters[options.format];
  if (!format) throw new UsageError(`Unknown format "${options.format}": use ${Object.keys(diffFormatters).join(', ')}`);
  const before = readPlanFile(oldFile);
  const after = readPlanFile(newFile);
  for (const checked of [before, after]) {
    if (checked.broken) io.stderr(`plan-score: ${checked.file} has schema errors; the parts that could be read are compared (run plan-score check ${checked.file})\n`);
  }
  const diff = diffPlans(before.plan, after.plan);
  writeResult(format(diff, { color: !options.output && useColor(io), oldFile, newFile }), options.output, io);
  return 0;
}
