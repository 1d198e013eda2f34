// Figures for the data rules' tests: point lists written the way the helpers' measures expect,
// and checking a plan whose figures live in CSV files.
import { checkPlanText } from '../../core/check';
import type { Config } from '../../core/config';
import { memoryFileSystem } from '../../core/files';
import { pathApi } from '../../core/paths';
import type { Finding } from '../../core/types';
import { asOf, file } from './helpers';

/** A block list under `data:` (or any key of a helpers measure): one item per line. */
export function list(items: string[]): string {
  return '\n' + items.map((item) => `          - ${item}`).join('\n');
}

/** Consecutive monthly flow points from `from` (yyyy-mm), one per value. */
export function months(from: string, values: number[]): string[] {
  const [y, m] = from.split('-').map(Number);
  return values.map((value, i) => {
    const total = y * 12 + m - 1 + i;
    const period = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
    return `{period: ${period}, value: ${value}}`;
  });
}

/** Checks a plan with CSV files beside it; `files` are keyed by their path relative to the plan's folder. */
export function checkWithCsv(text: string, files: Record<string, string>, config?: Config): Finding[] {
  // the core reads a data file at its path beside the plan, relative as the plan's path is
  const paths = pathApi(file);
  const fs = memoryFileSystem(Object.fromEntries(Object.entries(files).map(([name, body]) => [paths.resolve(paths.dirname(file), name), body])));
  return checkPlanText(text, file, { asOf, config, fs }).findings;
}
