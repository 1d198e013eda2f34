// plan-score import: merge figures from CSV exports, spreadsheets and police.uk files into a plan,
// keeping every comment and point. Without --write it shows what would change; with --write it
// writes the plan and its data files as one change, and only when no figure conflicts with one
// already in the plan (unless --replace) and none would break the plan.
import { groupDigits } from '../../core/present/numbers';
import { dirname, relative, resolve } from 'node:path';
import { importFigures, ImportError, mergeRows, openImportTarget, type ImportResult, type MeasureImport } from '../../core/import/merge';
import { policeUkRule, type PoliceUkRule } from '../../core/import/police-uk';
import type { ImportRow } from '../../core/import/table';
import { writeFilesAtomic, type AtomicWriteOps } from '../../core/files';
import { PlanChecker } from '../../core/workspace';
import type { DataPoint } from '../../core/types';
import { UsageError } from '../errors';
import { palette, printable } from '../formatters/ansi';
import { today, useColor, type CliIO } from '../io';
import { nodeFileSystem } from '../node-fs';
import { nodeWriteOps } from '../output';
import { countPoliceUk, inputFiles, readTableFile, type PoliceUkRead } from '../import-files';

export { importFigures };

export interface ImportCommandOptions {
  plan?: string;
  measure?: string;
  sheet?: string;
  layout?: 'long' | 'wide';
  row?: string;
  write?: boolean;
  replace?: boolean;
  asOf?: string;
  config?: string;
  /** Show progress while reading police.uk files (on when stderr is a terminal). */
  progress?: boolean;
}

function figure(p: DataPoint): string {
  const extra = [p.sample !== undefined ? `sample ${p.sample}` : '', p.of !== undefined ? `of ${p.of}` : ''].filter(Boolean).join(', ');
  return extra ? `${p.value} (${extra})` : String(p.value);
}

function at(c: { period: string; csv: DataPoint }): string {
  return c.csv.area === undefined ? c.period : `${c.period} ${c.csv.area}`;
}

function periods(points: DataPoint[]): string {
  const list = points.map((p) => (p.area === undefined ? String(p.period) : `${p.period} ${p.area}`));
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
    if (m.conflicts.length > 0) lines.push(`  ${p.red(`${m.conflicts.length} conflicting`)}`);
    for (const c of m.replaced) lines.push(`  ${p.yellow('replaced')} ${at(c)}: ${figure(c.plan)} → ${figure(c.csv)} (${c.where})`);
    for (const c of m.conflicts) {
      lines.push(`  ${p.red('conflict')} ${at(c)}: the plan has ${figure(c.plan)}, the import ${figure(c.csv)} (${c.where})`);
    }
  }
  if (result.skipped > 0) lines.push(p.dim(`${result.skipped} row${result.skipped === 1 ? '' : 's'} for other measures skipped`));
  return lines.join('\n') + '\n';
}

function policeUkSummary(read: PoliceUkRead): string {
  const n = (x: number) => groupDigits(x);
  const r = read.report;
  const lines = [`police.uk: ${n(r.files)} file${r.files === 1 ? '' : 's'}, ${n(r.read)} rows read, ${n(r.used)} used, ${n(r.read - r.used)} skipped`];
  for (const [reason, count] of r.skipped) lines.push(`  ${n(count)} skipped: ${reason}`);
  for (const note of r.notes) lines.push(`  note: ${note}`);
  return lines.join('\n') + '\n';
}

function refuse(problems: string[]): never {
  const shown = problems.slice(0, 30);
  const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
  throw new UsageError(`Nothing was imported: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`} to put right first:\n  ${shown.join('\n  ')}${more}`);
}

/** Exit 0 when the figures merge (or would), 1 when some conflict, 2 when the import cannot run or is refused. */
export async function runImport(paths: string[], options: ImportCommandOptions, io: CliIO, ops: AtomicWriteOps = nodeWriteOps): Promise<number> {
  if (!options.plan) throw new UsageError('Name the plan to import into with --plan <file>');
  if (paths.length === 0) throw new UsageError('Name the files to import: CSV exports, .xlsx workbooks, police.uk files or folders of them');
  if (options.config && !nodeFileSystem.exists(options.config)) throw new UsageError(`Cannot read the config file "${options.config}"`);
  const planText = nodeFileSystem.readFile(options.plan);
  if (planText === undefined) throw new UsageError(`Cannot read the plan "${options.plan}": check the path`);
  const cwd = process.cwd();
  const asOf = options.asOf ?? today();
  const checker = new PlanChecker({ asOf, fs: nodeFileSystem, configFile: options.config });
  const importOptions = { measure: options.measure, replace: options.replace, asOf, fs: nodeFileSystem, checker };
  const color = useColor(io);
  try {
    const target = openImportTarget(planText, options.plan, importOptions);
    const files = inputFiles(paths, cwd);
    const rows: ImportRow[] = [];
    const problems: string[] = [];
    const notes: string[] = [];
    for (const file of files.filter((f) => f.kind === 'table' || f.kind === 'xlsx')) {
      if (file.kind === 'table' && /\.xlsx$/i.test(file.path)) notes.push(`${file.label} is a CSV file named .xlsx: read as CSV`);
      const read = await readTableFile(file, target.context, options);
      problems.push(...read.problems);
      rows.push(...read.rows);
      notes.push(...read.notes.map((n) => `${file.label}: ${n}`));
    }
    if (problems.length > 0) refuse(problems);
    const policeFiles = files.filter((f) => f.kind === 'police-street' || f.kind === 'police-outcomes');
    let police: PoliceUkRead | undefined;
    if (policeFiles.length > 0) {
      const rules = policeUkRules(target.measures, options.plan, options.measure);
      const progress = options.progress ?? Boolean(process.stderr.isTTY);
      police = await countPoliceUk(policeFiles, rules, progress ? (text) => io.stderr(`\r\x1b[K${text}`) : undefined);
      rows.push(...police.rows);
    }
    const result = mergeRows(target, rows, importOptions);
    if (police) io.stdout(policeUkSummary(police));
    for (const note of notes) io.stdout(palette(color).dim(printable(`note: ${note}`)) + '\n');
    return finish(result, options, io, ops, cwd);
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(error.message);
    throw error;
  }
}

/** The measures police.uk files feed: every one with a policeUk key (or only --measure's). */
function policeUkRules(measures: ReturnType<typeof openImportTarget>['measures'], planFile: string, only?: string): PoliceUkRule[] {
  const rules: PoliceUkRule[] = [];
  const problems: string[] = [];
  for (const [id, { measure }] of measures) {
    if (only !== undefined && id !== only) continue;
    const { rule, problem } = policeUkRule(id, measure.type, measure.policeUk, (path) => nodeFileSystem.readFile(resolvePlanPath(planFile, path)));
    if (problem) problems.push(problem);
    if (rule) rules.push(rule);
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  if (rules.length === 0) {
    throw new UsageError(
      `No measure${only ? ` ${only}` : ''} in ${planFile} says how to count police.uk files: add policeUk to the measure, e.g. policeUk: {crimeTypes: [Burglary]}`,
    );
  }
  return rules;
}

function resolvePlanPath(planFile: string, path: string): string {
  return resolve(dirname(planFile), path);
}

function finish(result: ImportResult, options: ImportCommandOptions, io: CliIO, ops: AtomicWriteOps, cwd: string): number {
  io.stdout(importSummary(result, { color: useColor(io), cwd, write: Boolean(options.write), replace: Boolean(options.replace) }));
  const names = result.files.map((f) => relative(cwd, f.path) || f.path).join(' and ');
  if (result.conflicts > 0) {
    io.stderr(
      `plan-score: ${result.conflicts} imported figure${result.conflicts === 1 ? '' : 's'} differ${result.conflicts === 1 ? 's' : ''} from the plan's; ${options.write ? 'nothing was written' : 'nothing would be written'}. Check them, then run again with --replace to take the imported figures\n`,
    );
    return 1;
  }
  if (result.files.length === 0) {
    io.stderr('plan-score: nothing to change: every figure is already in the plan\n');
    return 0;
  }
  if (!options.write) {
    io.stderr(`plan-score: would change ${names}; run again with --write to write ${result.files.length === 1 ? 'it' : 'them'}\n`);
    return 0;
  }
  try {
    writeFilesAtomic(result.files, ops);
  } catch (error) {
    throw new UsageError(`Could not write ${names} (${error instanceof Error ? error.message : String(error)}); ${result.files.length === 1 ? 'the file is' : 'every file is'} unchanged`);
  }
  io.stderr(`plan-score: wrote ${names}\n`);
  return 0;
}
