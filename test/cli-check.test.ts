import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli.js');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const goodPlan = `plan:
  id: test-plan
  title: Test plan
  period: {start: 2013-04-01, end: 2017-03-31}
objectives:
  - id: O1
    title: Reduce crime
    partners: [Councils]
    due: 2017-03-31
    earlyWin: true
    measures:
      - id: O1.1
        title: Victim-based crime
        tier: high-level
        type: count
        better: lower
        monitor: {reason: Targets here would discourage reporting}
      - id: O1.2
        title: Case studies
        tier: high-level
        type: qualitative
        frequency: quarterly
        evidence:
          - {date: 2015-03-01, summary: Street watch scheme launched, assessment: on-track}
`;
// Objective O1 has no measurable high-level measure: an error (line 6).
const noTarget = goodPlan.replace('        monitor: {reason: Targets here would discourage reporting}\n', '').replace('        frequency: quarterly\n', '');
// A warning only: the objective has no due date.
const warningOnly = goodPlan.replace('    due: 2017-03-31\n', '');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-check-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('plan-score check: exit codes', () => {
  it('0 when all is well (the sample plans)', () => {
    const r = run(['check', 'plans/', '--as-of', '2016-03-31']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('1 when a plan has an error, and the finding names the objective', () => {
    const dir = workspace({ 'a.plan.yaml': noTarget });
    const r = run(['check', '.', '--as-of', '2015-03-31'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/6:5 +error +Objective O1 is not measurable/);
  });

  it('1 when a plan still holds a placeholder a quick fix or init left to fill in: CI cannot pass template text', () => {
    const todo = goodPlan.replace('monitor: {reason: Targets here would discourage reporting}', 'monitor: {reason: TODO why a target would distort priorities here}');
    const dir = workspace({ 'a.plan.yaml': todo });
    const r = run(['check', '.', '--as-of', '2015-03-31'], dir);
    expect(r.code).toBe(1);
    // line 17 is O1.1's monitor; the reason's value starts after "        monitor: {reason: " (26 characters)
    expect(r.stdout).toMatch(/17:27 +error +Measure O1\.1 › monitor › reason is still the placeholder "TODO why a target would distort priorities here"\. Write here: /);
    expect(r.stdout).toMatch(/1 error\b/);
  });

  it('0 with warnings, 1 when they exceed --max-warnings', () => {
    const dir = workspace({ 'a.plan.yaml': warningOnly });
    expect(run(['check', '.', '--as-of', '2015-03-31'], dir).code).toBe(0);
    const over = run(['check', '.', '--as-of', '2015-03-31', '--max-warnings', '0'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('--max-warnings 0');
    expect(run(['check', '.', '--as-of', '2015-03-31', '--max-warnings', '1'], dir).code).toBe(0);
  });

  it('1 for a YAML syntax error, reported as a finding, not a crash', () => {
    const dir = workspace({ 'a.plan.yaml': 'plan:\n  id: [broken\n' });
    const r = run(['check', '.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings[0]).toMatchObject({ rule: 'syntax', severity: 'error', file: 'a.plan.yaml' });
    expect(r.stderr).toBe('');
  });

  it('2 when no plan files are found', () => {
    const dir = workspace({ 'notes.txt': 'x' });
    const r = run(['check', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No *.plan.yaml files');
  });

  it('2 for a missing path, an unknown flag, a bad format or a bad date', () => {
    expect(run(['check', 'no-such-folder/']).code).toBe(2);
    expect(run(['check', 'plans/', '--no-such-flag']).code).toBe(2);
    expect(run(['check', 'plans/', '--format', 'xml']).code).toBe(2);
    expect(run(['check', 'plans/', '--as-of', '2015-13-01']).code).toBe(2);
    expect(run(['check', 'plans/', '--max-warnings', 'lots']).code).toBe(2);
  });

  it('2 when a named plan file cannot be read', () => {
    const dir = workspace({ 'a.plan.yaml': goodPlan });
    if (process.getuid?.() === 0) {
      // root reads any ordinary file; a link to a file whose read fails (EIO) stands in for it
      symlinkSync('/proc/self/mem', join(dir, 'b.plan.yaml'));
    } else {
      writeFileSync(join(dir, 'b.plan.yaml'), goodPlan);
      chmodSync(join(dir, 'b.plan.yaml'), 0);
    }
    const r = run(['check', 'b.plan.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot read "b.plan.yaml"');
  });

  it('2 when --output names a folder that does not exist, saying so', () => {
    const r = run(['check', 'plans/', '--output', '/nonexistent-folder/out.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-score: Cannot write "/nonexistent-folder/out.json": its folder does not exist\n');
  });

  it('--output through a symbolic link writes the file it names and keeps the link', () => {
    const ws = workspace({ 'a.plan.yaml': goodPlan, 'real.json': 'old' });
    symlinkSync('real.json', join(ws, 'link.json'));
    expect(run(['check', 'a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json', '--output', 'link.json'], ws).code).toBe(0);
    expect(lstatSync(join(ws, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(ws, 'real.json'), 'utf8'))).toHaveProperty('findings');
  });

  it('2 when --config names a missing file', () => {
    expect(run(['check', 'plans/', '--config', 'nope.yaml']).code).toBe(2);
  });
});

describe('plan-score check: formats', () => {
  const dir = workspace({ 'a.plan.yaml': noTarget });
  const args = ['check', 'a.plan.yaml', '--as-of', '2015-03-31'];

  it('stylish groups by file with line:col, severity, message and rule', () => {
    const r = run(args, dir);
    expect(r.stdout.split('\n')[0]).toBe('a.plan.yaml');
    expect(r.stdout).toMatch(/measurable-objective/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(1 error/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('json prints {findings} with the §6 fields, 1-based ranges', () => {
    const out = JSON.parse(run([...args, '--format', 'json'], dir).stdout);
    const f = out.findings.find((x: { rule: string }) => x.rule === 'measurable-objective');
    expect(Object.keys(f).sort()).toEqual(['file', 'message', 'path', 'range', 'rule', 'severity']);
    expect(f.path).toEqual(['objectives', 0]);
    expect(f.range.start).toEqual({ line: 6, column: 5 });
  });

  it('sarif is a SARIF 2.1.0 log with the rule and region', () => {
    const log = JSON.parse(run([...args, '--format', 'sarif'], dir).stdout);
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'measurable-objective');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 6, startColumn: 5 });
    // every rule links to its page by an absolute URI, and the page is there
    for (const rule of log.runs[0].tool.driver.rules as { id: string; helpUri: string }[]) {
      expect(rule.helpUri).toMatch(/^file:\/\/\//);
      expect(existsSync(fileURLToPath(rule.helpUri)), rule.helpUri).toBe(true);
    }
  });

  it('junit is XML with a failure for the error', () => {
    const xml = run([...args, '--format', 'junit'], dir).stdout;
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('<failure');
    expect(xml).toContain('measurable-objective');
  });

  it('github prints workflow annotations', () => {
    const out = run([...args, '--format', 'github'], dir).stdout;
    expect(out).toMatch(/^::error file=a\.plan\.yaml,line=6,col=5,endLine=6,endColumn=\d+,title=measurable-objective::Objective O1 is not measurable/m);
  });

  it('--output writes the file and nothing to stdout', () => {
    const r = run([...args, '--format', 'json', '--output', 'out.json'], dir);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
  });

  it('finds plan-score.config.yaml by walking up, and --config overrides it', () => {
    const ws = workspace({ 'plan-score.config.yaml': 'rules:\n  measurable-objective: off\n', 'sub/a.plan.yaml': noTarget, 'strict.yaml': 'rules:\n  objective-timescale: error\n' });
    expect(run(['check', 'sub/', '--as-of', '2015-03-31'], ws).code).toBe(0);
    expect(run(['check', 'sub/', '--as-of', '2015-03-31', '--config', 'strict.yaml'], ws).code).toBe(1);
  });

  it('reports a bad config as a finding on the config file', () => {
    const ws = workspace({ 'plan-score.config.yaml': 'rules:\n  no-such-rule: error\n', 'a.plan.yaml': goodPlan });
    const out = JSON.parse(run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], ws).stdout);
    expect(out.findings[0]).toMatchObject({ rule: 'config', file: expect.stringContaining('plan-score.config.yaml'), range: { start: { line: 2, column: 3 } } });
  });

  it('limits in the config: a smaller file size, alias and nesting limit each refuse the plan with a finding', () => {
    // goodPlan is about 1 KB: 0.0005 MB is 524 bytes
    const small = workspace({ 'plan-score.config.yaml': 'limits: {maxFileMB: 0.0005}\n', 'a.plan.yaml': goodPlan });
    const sized = JSON.parse(run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], small).stdout).findings;
    expect(sized).toHaveLength(1);
    expect(sized[0]).toMatchObject({ rule: 'syntax', severity: 'error', range: { start: { line: 1, column: 1 } } });
    expect(sized[0].message).toMatch(/^The file is \d\.\d KB, over the 0\.5 KB limit: split the plan/);

    const aliased = goodPlan.replace('    partners: [Councils]\n', '    partners: &p [Councils]\n    owner: *p\n');
    const aliases = workspace({ 'plan-score.config.yaml': 'limits:\n  maxAliases: 0\n', 'a.plan.yaml': aliased });
    const refused = JSON.parse(run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], aliases).stdout).findings;
    expect(refused.map((f: { rule: string }) => f.rule)).toEqual(['syntax']);
    expect(refused[0].message).toContain('aliases');

    const shallow = workspace({ 'plan-score.config.yaml': 'limits:\n  maxDepth: 3\n', 'a.plan.yaml': goodPlan });
    const deep = JSON.parse(run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], shallow).stdout).findings;
    expect(deep.map((f: { rule: string }) => f.rule)).toEqual(['syntax']);
    expect(deep[0].message).toMatch(/nest/);
  });

  it('rule options the rule does not have, or cannot use, are findings on the option', () => {
    const config = ['rules:', '  max-objectives: [warning, {mx: 13}]', '  early-wins: [info, {max: 3}]', '  ambitious-target: [warning, {factor: -1}]', '  max-high-level-measures: [warning, {max: 20}]', ''].join('\n');
    const ws = workspace({ 'plan-score.config.yaml': config, 'a.plan.yaml': goodPlan });
    const out = JSON.parse(run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], ws).stdout);
    const found = out.findings.filter((f: { rule: string }) => f.rule === 'config');
    expect(found.map((f: { message: string; range: { start: { line: number; column: number } } }) => [f.range.start.line, f.range.start.column, f.message])).toEqual([
      [2, 30, 'The rule max-objectives has no option "mx": its options are max'],
      [3, 23, 'The rule early-wins takes no options: write just its severity, e.g. "early-wins: warning"'],
      [4, 32, 'Write factor as a number above 0, e.g. "factor: 1.5"'],
    ]);
  });

  it('a CSV data file over the size limit is refused with a finding on data:, and one that is not a .csv is not read', () => {
    const withCsv = goodPlan.replace('        monitor: {reason: Targets here would discourage reporting}\n', '        monitor: {reason: Targets here would discourage reporting}\n        data: data/figures.csv\n');
    const rows = 'period,value\n' + '2014-04,100\n'.repeat(200);
    const ws = workspace({ 'plan-score.config.yaml': 'limits: {maxFileMB: 0.002}\n', 'a.plan.yaml': withCsv, 'data/figures.csv': rows });
    const found = JSON.parse(run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], ws).stdout).findings;
    expect(found.map((f: { rule: string; range: { start: { line: number } }; message: string }) => [f.rule, f.range.start.line, f.message.slice(0, 40)])).toContainEqual(['schema', 18, 'The data file "data/figures.csv" is 2.4 ']);
    expect(found.some((f: { file: string }) => f.file.endsWith('figures.csv'))).toBe(false);

    const notCsv = workspace({ 'a.plan.yaml': withCsv.replace('data/figures.csv', 'secret.txt'), 'secret.txt': 'root:x:0:0\n' });
    const out = run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], notCsv).stdout;
    expect(out).not.toContain('root:x');
    expect(JSON.parse(out).findings.filter((f: { rule: string }) => f.rule === 'schema')).toHaveLength(1);
  });

  it('rule settings that cannot apply say why: a block or nothing for a severity, extra entries, syntax and config', () => {
    const config = ['rules:', '  max-objectives: [{max: 0}]', '  early-wins: []', '  partners-named: [warning, {}, {}]', '  syntax: off', '  config: off', ''].join('\n');
    const ws = workspace({ 'plan-score.config.yaml': config, 'a.plan.yaml': goodPlan });
    const out = JSON.parse(run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], ws).stdout);
    const found = out.findings.filter((f: { rule: string }) => f.rule === 'config').map((f: { message: string; range: { start: { line: number } } }) => [f.range.start.line, f.message]);
    expect(found).toEqual([
      [2, 'A block is not a severity: write off, info, warning or error, or [severity, {options}]'],
      [3, 'Write the rule as a severity, or as [severity, {options}], e.g. "early-wins: warning"'],
      [4, 'Write the rule as a severity, or as [severity, {options}], e.g. "partners-named: warning"'],
      [5, 'Syntax errors cannot be turned off or down: a file that cannot be read cannot be checked'],
      [6, 'Problems in this config cannot be turned off or down: correct the config instead'],
    ]);
    expect(JSON.stringify(out)).not.toMatch(/object Object|undefined/);
  });

  it('limits in the config that are not numbers above 0, or unknown, are findings on the config', () => {
    const ws = workspace({ 'plan-score.config.yaml': 'limits:\n  maxFileMB: big\n  maxDepth: 2.5\n  maxLines: 10\n', 'a.plan.yaml': goodPlan });
    const out = JSON.parse(run(['check', '.', '--format', 'json', '--as-of', '2015-03-31'], ws).stdout);
    const config = out.findings.filter((f: { rule: string }) => f.rule === 'config');
    expect(config.map((f: { message: string; range: { start: { line: number } } }) => [f.range.start.line, f.message])).toEqual([
      [2, 'Write maxFileMB as a number above 0, e.g. "maxFileMB: 20"'],
      [3, 'Write maxDepth as a whole number above 0, e.g. "maxDepth: 32"'],
      [4, 'Unknown limit "maxLines": the limits are maxFileMB, maxAliases and maxDepth'],
    ]);
  });
});

describe('the built command line validates with the validator generated at build time', () => {
  it('gives the schema findings the core gives when it compiles the schema itself', async () => {
    const { checkPlanText } = await import('../core/check');
    const broken = goodPlan
      .replace('tier: high-level', 'tier: top')
      .replace('period: {start: 2013-04-01, end: 2017-03-31}', 'period: {start: 2013-04-01, end: 2014-13-31}')
      .replace('    earlyWin: true\n', '    earlyWin: yes please\n    colour: red\n')
      .replace('assessment: on-track', 'assessment: fine');
    const ws = workspace({ 'a.plan.yaml': broken });
    const r = run(['check', 'a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], ws);
    expect(r.code).toBe(1);
    const fromCli = (JSON.parse(r.stdout).findings as { rule: string; message: string; range: unknown }[]).filter((f) => f.rule === 'schema');
    const inCore = checkPlanText(broken, 'a.plan.yaml', { asOf: '2015-03-31' }).findings.filter((f) => f.rule === 'schema');
    expect(fromCli.length).toBeGreaterThanOrEqual(4);
    expect(fromCli.map((f) => [f.message, f.range])).toEqual(inCore.map((f) => [f.message, f.range]));
  });
});
