// plan-score check: schema and lint only, for CI and editors' peers.
import { pathToFileURL } from 'node:url';
import { countBySeverity } from '../../core/findings';
import type { Finding } from '../../core/types';
import { UsageError } from '../errors';
import { expandPlanFiles } from '../expand';
import { checkFormatters } from '../formatters/index';
import { useColor, type CliIO } from '../io';
import { nodeFileSystem } from '../node-fs';
import { writeResult } from '../output';
import { packagePath } from '../package-files';
import { checkPlans } from '../parallel';

export interface CheckCommandOptions {
  format: string;
  maxWarnings?: number;
  config?: string;
  asOf: string;
  output?: string;
}

/** The rule pages installed with plan-score, as an absolute URI (SARIF wants absolute help links). */
function rulePagesUri(): string | undefined {
  const folder = packagePath('docs', 'rules');
  return folder ? `${pathToFileURL(folder).href}/` : undefined;
}

export async function runCheck(paths: string[], options: CheckCommandOptions, io: CliIO, version: string): Promise<number> {
  const format = checkFormatters[options.format as keyof typeof checkFormatters];
  if (!format) throw new UsageError(`Unknown format "${options.format}": use ${Object.keys(checkFormatters).join(', ')}`);
  if (options.config && !nodeFileSystem.exists(options.config)) throw new UsageError(`Cannot read the config file "${options.config}"`);
  const files = expandPlanFiles(paths);
  const outcomes = await checkPlans(files, { asOf: options.asOf, configFile: options.config, evaluate: false }, { entry: io.workerEntry, env: io.env });
  const findings: Finding[] = [];
  for (const checked of outcomes) {
    if (checked.unreadable) throw new UsageError(`Cannot read "${checked.file}"`);
    findings.push(...checked.findings);
  }
  writeResult(format(findings, { color: !options.output && useColor(io), cwd: process.cwd(), version, files, docsBaseUri: rulePagesUri() }), options.output, io);
  const counts = countBySeverity(findings);
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(`plan-score: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
