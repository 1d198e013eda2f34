// Every way into the checks reads the plan's plan-score.config.yaml: diff and import as well as
// check, score, report and the editor (all through PlanChecker in core/workspace.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../cli/commands/plan-reader';
import { nodeFileSystem } from '../cli/node-fs';
import { importFigures, ImportError } from '../core/import/merge';
import { PlanChecker } from '../core/workspace';

const asOf = '2016-03-31';
const sample = 'plans/nottinghamshire-2015-18.plan.yaml';

/** The Nottinghamshire sample and its data files in a folder, with the given config beside it (or none). */
function folderWith(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-score-config-'));
  cpSync('plans', dir, { recursive: true });
  rmSync(join(dir, 'plan-score.config.yaml'));
  if (config !== undefined) writeFileSync(join(dir, 'plan-score.config.yaml'), config);
  return join(dir, 'nottinghamshire-2015-18.plan.yaml');
}

const rulesOf = (findings: { rule: string }[]) => new Set(findings.map((f) => f.rule));

describe('diff reads plans with their config', () => {
  it('a rule the config turns off is not run', () => {
    // without a config the sample has qualitative-evidence findings (four measures lack evidence)
    expect(rulesOf(readPlanFile(folderWith(), asOf).findings)).toContain('qualitative-evidence');
    const quiet = readPlanFile(folderWith('rules:\n  qualitative-evidence: off\n'), asOf);
    expect(rulesOf(quiet.findings)).not.toContain('qualitative-evidence');
    expect(rulesOf(quiet.findings)).toContain('consider-rebase');
  });

  it("the config's size limit applies", () => {
    // maxFileMB 0.01 is 10,485 characters; the sample is far longer
    const file = folderWith('limits:\n  maxFileMB: 0.01\n');
    expect(() => readPlanFile(file, asOf)).toThrow(/over the 10\.2 KB limit/);
  });
});

describe('import checks the plan with its config', () => {
  const text = readFileSync(sample, 'utf8');
  const tooSmall = 'limits:\n  maxFileMB: 0.01\n';

  it("the config's size limit refuses the plan", () => {
    const planFile = folderWith(tooSmall);
    const run = () => importFigures(text, planFile, 'period,value\n', { asOf, fs: nodeFileSystem, measure: 'O1.1' });
    expect(run).toThrow(ImportError);
    expect(run).toThrow(/over the 10\.2 KB limit/);
  });

  it('a checker passed in is the one used (the CLI passes --config through it)', () => {
    const planFile = folderWith();
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'plan-score-config-')), 'strict.yaml');
    writeFileSync(elsewhere, tooSmall);
    const checker = new PlanChecker({ asOf, fs: nodeFileSystem, configFile: elsewhere });
    expect(() => importFigures(text, planFile, 'period,value\n', { asOf, fs: nodeFileSystem, measure: 'O1.1', checker })).toThrow(/over the 10\.2 KB limit/);
    // the same plan and figures merge without that config
    expect(importFigures(text, planFile, 'period,value\n', { asOf, fs: nodeFileSystem, measure: 'O1.1' }).conflicts).toBe(0);
  });

  it('a problem in the config file itself does not stop an import', () => {
    const planFile = folderWith('rules:\n  no-such-rule: error\nrules: {}\n');
    expect(importFigures(text, planFile, 'period,value\n', { asOf, fs: nodeFileSystem, measure: 'O1.1' }).conflicts).toBe(0);
  });
});
