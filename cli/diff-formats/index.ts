import type { PlanDiff } from '../../core/diff/index';
import type { DiffFormatOptions } from './groups';
import { formatDiffJson } from './json';
import { formatDiffMarkdown } from './markdown';
import { formatDiffTable } from './table';

export type { DiffFormatOptions } from './groups';

export const diffFormatters: Record<string, (diff: PlanDiff, options: DiffFormatOptions) => string> = {
  table: formatDiffTable,
  markdown: formatDiffMarkdown,
  json: formatDiffJson,
};
