// plan-score import: merge figures from a CSV export into a plan, keeping every comment and point.
// Without --write it shows what would change; with --write it writes atomically, and only when
// no figure conflicts with one already in the plan (unless --replace).
import { relative } from 'node:path';
import { importFigures, ImportError, type ImportResult, type MeasureImport } from '../../core/import/merge';
import type { DataPoint } from '../../core/types';
import { UsageError } from '../errors';
import { palette, printable } from '../formatters/ansi';
import { today, useColor, type CliIO } from '../io';
import { nodeFileSystem } from '../node-fs';
import { writeFileAtomic, type AtomicWriteOps } from '../../core/files';
import { nodeWriteOps } from '../output';

export interface ImportCommandOptions {
  plan?: string;
  measure?: string;
  write?: boolean;
  replace?: boolean;
  asOf?: string;
}

function figure(p: DataPoint): string {
  const extra = [p.sample !== undefined ? `sample ${p.sample}` : '', p.of !== undefined ? `of ${p.of}` : ''].filter(Boolean).join(', ');
  return extra ? `${p.value} (${extra})` : String(p.value);
}

function periods(points: DataPoint[]): string {
  const list = points.map((p) => String(p.period));
  return list.length > 6 ? `${list.slice(0, 3).join(', ')} … ${list.slice(-2).join(', ')}` : list.join(', ');
}

function where(m: MeasureImport, cwd: string): string {
  if (m.store === 'csv') return `in ${relative(cwd, m.csvFile!) || m.csvFile}`;
  return m.store === 'new' ? 'new data list' : m.store === 'flow' ? 'inline data, flow list' : 'inline data';
}

export function importSummary(result: ImportResult, options: { color: boolean; cwd: string; write: boolean; replace: boolean }): string {
  const p = palette(options.color);
  const lines: string[] = [];
  for (const m of result.measures) {
    lines.push(p.bold(printable(`${m.measure} ${m.title}`)) + p.dim(` (${where(m, options.cwd)})`));
    lines.push(`  ${p.green(`${m.added.length} added`)}${m.added.length > 0 ? `: ${periods(m.added)}` : ''}`);
    lines.push(`  ${m.unchanged.length} unchanged`);
    for (const c of m.replaced) lines.push(`  ${p.yellow('replaced')} ${c.period}: ${figure(c.plan)} → ${figure(c.csv)} (CSV line ${c.line})`);
    for (const c of m.conflicts) {
      lines.push(`  ${p.red('conflict')} ${c.period}: the plan has ${figure(c.plan)}, the CSV ${figure(c.csv)} (CSV line ${c.line})`);
    }
  }
  if (result.skipped > 0) lines.push(p.dim(`${result.skipped} row${result.skipped === 1 ? '' : 's'} for other measures skipped`));
  return lines.join('\n') + '\n';
}

/** Exit 0 when the figures merge (or would), 1 when some conflict, 2 when the import cannot run. */
export function runImport(csv: string, options: ImportCommandOptions, io: CliIO, ops: AtomicWriteOps = nodeWriteOps): number {
  if (!options.plan) throw new UsageError('Name the plan to import into with --plan <file>');
  const csvText = nodeFileSystem.readFile(csv);
  if (csvText === undefined) throw new UsageError(`Cannot read the CSV "${csv}": check the path`);
  const planText = nodeFileSystem.readFile(options.plan);
  if (planText === undefined) throw new UsageError(`Cannot read the plan "${options.plan}": check the path`);
  let result: ImportResult;
  try {
    result = importFigures(planText, options.plan, csvText, { measure: options.measure, replace: options.replace, asOf: options.asOf ?? today(), fs: nodeFileSystem });
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(error.message);
    throw error;
  }
  const cwd = process.cwd();
  io.stdout(importSummary(result, { color: useColor(io), cwd, write: Boolean(options.write), replace: Boolean(options.replace) }));
  const names = result.files.map((f) => relative(cwd, f.path) || f.path).join(' and ');
  if (result.conflicts > 0) {
    io.stderr(
      `plan-score: ${result.conflicts} figure${result.conflicts === 1 ? '' : 's'} in the CSV differ${result.conflicts === 1 ? 's' : ''} from the plan's; ${options.write ? 'nothing was written' : 'nothing would be written'}. Check them, then run again with --replace to take the CSV's figures\n`,
    );
    return 1;
  }
  if (result.files.length === 0) {
    io.stderr('plan-score: nothing to change: every figure is already in the plan\n');
    return 0;
  }
  if (!options.write) {
    io.stderr(`plan-score: would change ${names}; run again with --write to write it\n`);
    return 0;
  }
  for (const file of result.files) {
    try {
      writeFileAtomic(file.path, file.after, ops);
    } catch (error) {
      throw new UsageError(`Could not write ${file.path} (${error instanceof Error ? error.message : String(error)}); the file is unchanged`);
    }
  }
  io.stderr(`plan-score: wrote ${names}\n`);
  return 0;
}
