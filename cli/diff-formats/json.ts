// The variation for tools: {old, new, changes}, each change a typed record with its words.
import { describeChange, type PlanDiff } from '../../core/diff/index';
import type { DiffFormatOptions } from './groups';

export function formatDiffJson(diff: PlanDiff, options: DiffFormatOptions): string {
  const body = {
    old: { file: options.oldFile, ...diff.old },
    new: { file: options.newFile, ...diff.new },
    changes: diff.changes.map((c) => ({ ...c, message: describeChange(c) })),
  };
  return JSON.stringify(body, null, 2) + '\n';
}
