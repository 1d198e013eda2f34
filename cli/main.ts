// plan-score: the command line. Commands only present what the core returns.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isValidDate } from '../core/periods';
import { RuleFailure } from '../core/rule-failure';
import pkg from '../package.json';
import { UsageError } from './errors';
import { today, type CliIO } from './io';

function asOfDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValidDate(value)) throw new InvalidArgumentError('write the date as yyyy-mm-dd, e.g. 2015-03-31');
  return value;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('write a whole number, e.g. 0');
  return n;
}

/** --format as given; when it is not given, the one --output's extension names (report.md is Markdown). */
function formatFor(command: Command, options: { format: string; output?: string }, byExtension: Record<string, string>): string {
  if (command.getOptionValueSource('format') !== 'default' || !options.output) return options.format;
  const extension = /\.([a-z]+)$/i.exec(options.output)?.[1]?.toLowerCase();
  return (extension && byExtension[extension]) || options.format;
}

// Each command's code is loaded only when it runs: `check` never loads the report, diff, import or
// chart code, and `--version` loads none of it (DESIGN §8: cold start).
const commands = {
  score: () => import('./commands/score'),
  check: () => import('./commands/check'),
  diff: () => import('./commands/diff'),
  report: () => import('./commands/report'),
  import: () => import('./commands/import'),
  init: () => import('./commands/init'),
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  let code = 0;
  // today's date is found only when a command runs without --as-of: finding it loads the time zone
  // data, which --version, --help and a command given a date need not wait for
  const asOfHelp = 'evaluate as of this date (yyyy-mm-dd; default: today in the UK)';
  const program = new Command('plan-score')
    .description('Score a Police and Crime Plan: check its objectives and measures, and evaluate progress')
    .version(pkg.version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run plan-score --help for the commands)');

  program
    .command('score', { isDefault: true })
    .description('the scorecard: every objective and measure evaluated as of a date (the default command)')
    .argument('<paths...>', 'plan files, or folders of *.plan.yaml files')
    .option('--as-of <date>', asOfHelp, asOfDate)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'markdown', 'html']).default('table'))
    .option('--output <file>', 'write the result to a file instead of stdout')
    .option('--objective <id>', 'show only this objective')
    .option('--since <date>', 'also say what changed since this earlier as-of date (yyyy-mm-dd): statuses, directions, special causes, new figures', asOfDate)
    .option('--areas', 'show each measure\'s local areas beneath it')
    .option('--with-findings', 'html: show file paths and the lint findings as well (the officer\'s view)')
    .action(async (paths: string[], options, command: Command) => {
      code = await (await commands.score()).runScore(paths, { ...options, asOf: options.asOf ?? today(), format: formatFor(command, options, { json: 'json', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' }) }, io);
    });

  program
    .command('check')
    .description('check plans against the format and the lint rules (for CI: exit 1 on errors)')
    .argument('<paths...>', 'plan files, or folders of *.plan.yaml files')
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'github']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', count)
    .option('--config <file>', 'use this config file instead of the nearest plan-score.config.yaml')
    .option('--as-of <date>', asOfHelp, asOfDate)
    .option('--output <file>', 'write the result to a file instead of stdout')
    .action(async (paths: string[], options) => {
      code = await (await commands.check()).runCheck(paths, { ...options, asOf: options.asOf ?? today() }, io, pkg.version);
    });

  program
    .command('diff')
    .description('what a variation of the Plan changes: objectives, measures, targets, tiers and baselines (exit 0 either way)')
    .argument('<old>', 'the plan as it was')
    .argument('<new>', 'the plan as varied')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'markdown', 'json']).default('table'))
    .option('--output <file>', 'write the result to a file instead of stdout')
    .action(async (oldFile: string, newFile: string, options) => {
      code = (await commands.diff()).runDiff(oldFile, newFile, options, io);
    });

  program
    .command('report')
    .description("the Panel pack: one self-contained HTML file with charts and print CSS, Markdown, a PDF (printed by Chromium) or a Word paper (.docx)")
    .argument('<paths...>', 'plan files, or folders of *.plan.yaml files')
    .option('--output <file>', 'write the report to this file (required for html, pdf and docx)')
    .addOption(new Option('--format <format>', 'report format').choices(['html', 'markdown', 'pdf', 'docx']).default('html'))
    .option('--as-of <date>', asOfHelp, asOfDate)
    .option('--objective <id>', 'report only this objective')
    .option('--since <date>', 'open with what changed since the last report, as of this earlier date (yyyy-mm-dd)', asOfDate)
    .option('--with-findings', "show file paths and the lint findings as well (the officer's view; the Panel's leaves them out)")
    .option('--config <file>', 'use this config file instead of the nearest plan-score.config.yaml')
    .action(async (paths: string[], options, command: Command) => {
      code = await (await commands.report()).runReport(paths, { ...options, asOf: options.asOf ?? today(), format: formatFor(command, options, { md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', pdf: 'pdf', docx: 'docx' }) }, io);
    });

  program
    .command('import')
    .description('merge figures into a plan from CSV exports, .xlsx workbooks and police.uk files, keeping comments and every point (shows the changes; --write writes them)')
    .argument('<paths...>', 'CSV files (long or wide), .xlsx workbooks, police.uk street or outcomes CSVs, or folders of them')
    .requiredOption('--plan <file>', 'the plan to merge the figures into')
    .option('--measure <id>', 'the measure the figures are for (or the one to take from a file with several)')
    .option('--sheet <name>', 'the sheet of a workbook to read (else the first that holds figures)')
    .addOption(new Option('--layout <layout>', 'read a table as long (a period and a value column) or wide (periods across the top)').choices(['long', 'wide']))
    .option('--row <label>', "the label of the force's row in a table of forces (else the plan's area)")
    .option('--write', 'write the merged plan and data files (only when no figure conflicts)')
    .option('--replace', "take the imported figure where it differs from the plan's")
    .option('--config <file>', 'use this config file instead of the nearest plan-score.config.yaml')
    .action(async (paths: string[], options) => {
      code = await (await commands.import()).runImport(paths, options, io);
    });

  program
    .command('init')
    .description('start a new plan and its config from a template (never overwrites a file)')
    .argument('[dir]', 'the folder to write them in', '.')
    .addOption(new Option('--template <name>', 'the plan to start from').choices(['national-crime-and-policing-measures', 'blank']).default('national-crime-and-policing-measures'))
    .option('--name <id>', 'the plan id, also its file name', 'police-and-crime-plan')
    .action(async (dir: string, options) => {
      code = (await commands.init()).runInit(dir, options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`plan-score: ${error.message}\n`);
      return 2;
    }
    if (error instanceof RuleFailure) {
      io.stderr(`plan-score: internal error in rule ${error.ruleId} on ${error.file}: please report it with the file\n`);
      return 2;
    }
    io.stderr(`plan-score: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
