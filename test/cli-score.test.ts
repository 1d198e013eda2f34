import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli.js');
const ESC = '\u001b';

function run(args: string[], cwd = process.cwd(), env: Record<string, string | undefined> = { NO_COLOR: '1' }) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const measureStatuses = ['on-track', 'at-risk', 'off-track', 'achieved', 'missed', 'no-data', 'insufficient-data', 'monitored', 'unmeasured'];
const objectiveStatuses = ['on-track', 'at-risk', 'off-track', 'monitored', 'no-data'];
const verdicts = ['improving', 'deteriorating', 'no-significant-change', 'change-untested'];
const variations = ['common-cause', 'special-cause-improvement', 'special-cause-concern'];
const assurances = ['consistently-passes', 'consistently-fails', 'hit-and-miss', null];

/** Monthly points from 2013-04, one per value. */
function months(values: number[]): string {
  return values
    .map((v, i) => {
      const m = 3 + i;
      return `          - {period: ${2013 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}, value: ${v}}\n`;
    })
    .join('');
}

// 24 months to 2015-03: the first year 3,700 a month, the second 3,500 (42,000 a year).
const series = [...Array(12).fill(3700), ...Array(12).fill(3500)];

function planText(points: number[] = series, extra = ''): string {
  return `plan:
  id: testshire-2013-17
  title: Police and Crime Plan for Testshire 2013-2017
  period: {start: 2013-04-01, end: 2017-03-31}
objectives:
  - id: O1
    title: Reduce crime and disorder
    partners: [Councils]
    due: 2017-03-31
    earlyWin: true
${extra}    measures:
      - id: O1.1
        title: Victim-based crime
        tier: high-level
        type: count
        better: lower
        frequency: monthly
        baseline: {period: FY2012-13, value: 44000}
        target: {value: 41800, by: 2017-03-31, tolerance: 2%}
        data:
${months(points)}      - id: O1.2
        title: Burglary of dwellings
        tier: detailed
        supports: O1.1
        type: count
        better: lower
        monitor: {reason: Targets here would distort recording}
  - id: O2
    title: Support victims
    partners: [Victim Support]
    due: 2017-03-31
    measures:
      - id: O2.1
        title: Victims' services
        tier: high-level
        type: qualitative
        frequency: quarterly
        evidence:
          - {date: 2015-02-01, summary: Service commissioned, assessment: at-risk}
`;
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-score-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('plan-score score: exit codes', () => {
  it('0 on the sample plans, as the default command and as `score`', () => {
    const byDefault = run(['plans/', '--as-of', '2016-03-31']);
    expect(byDefault.stderr).toBe('');
    expect(byDefault.code).toBe(0);
    const named = run(['score', 'plans/', '--as-of', '2016-03-31']);
    expect(named.code).toBe(0);
    expect(named.stdout).toBe(byDefault.stdout);
    expect(run(['--as-of', '2016-03-31', 'plans/']).stdout).toBe(byDefault.stdout);
  });

  it('0 with off-track measures: news, not a failure', () => {
    const dir = workspace({ 'a.plan.yaml': planText([...Array(12).fill(3700), ...Array(12).fill(4000)]) });
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31'], dir);
    expect(r.stdout).toMatch(/✖ off-track +O1\.1 Victim-based crime/);
    expect(r.code).toBe(0);
  });

  it('1 for a schema error, still scoring what it can', () => {
    const dir = workspace({ 'a.plan.yaml': planText(series, '    priority: first\n') });
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.plans.map((p: { id: string }) => p.id)).toEqual(['testshire-2013-17']);
    // The objective the schema rejected is left out; the rest is scored.
    expect(out.plans[0].objectives.map((o: { id: string }) => o.id)).toEqual(['O2']);
    expect(out.plans[0].objectives[0].status).toBe('at-risk');
    expect(out.findings.some((f: { rule: string; severity: string }) => f.rule === 'schema' && f.severity === 'error')).toBe(true);
  });

  it('1 for an unknown key, which leaves its objective scored', () => {
    const dir = workspace({ 'a.plan.yaml': planText(series, '    colour: red\n') });
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.plans[0].objectives.map((o: { id: string }) => o.id)).toEqual(['O1', 'O2']);
    expect(out.findings.find((f: { rule: string }) => f.rule === 'schema').message).toContain('Unknown key "colour"');
  });

  it('1 for a YAML syntax error: the other plans are scored, the broken one named', () => {
    const dir = workspace({ 'a.plan.yaml': planText(), 'b.plan.yaml': 'plan:\n  id: [broken\n' });
    const r = run(['.', '--as-of', '2015-03-31'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Police and Crime Plan for Testshire 2013-2017');
    expect(r.stdout).toContain('Not scored: b.plan.yaml could not be read as a plan');
  });

  it('2 when a named plan file cannot be read', () => {
    const dir = workspace({ 'a.plan.yaml': planText() });
    if (process.getuid?.() === 0) symlinkSync('/proc/self/mem', join(dir, 'b.plan.yaml'));
    else {
      writeFileSync(join(dir, 'b.plan.yaml'), planText());
      chmodSync(join(dir, 'b.plan.yaml'), 0);
    }
    const r = run(['a.plan.yaml', 'b.plan.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot read "b.plan.yaml"');
    expect(r.stdout).toBe('');
  });

  it('2 for an unknown flag, a bad format, a bad date, a missing path or no paths', () => {
    for (const args of [['plans/', '--bogus'], ['plans/', '--format', 'xml'], ['plans/', '--as-of', '2016-13-01'], ['no-such-folder/'], []]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toBe('');
    }
  });

  it('2 when no plan files are found', () => {
    const dir = workspace({ 'notes.txt': 'x' });
    const r = run(['.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No *.plan.yaml files found');
  });

  it('2 for an unknown --objective, naming the objectives there are', () => {
    const dir = workspace({ 'a.plan.yaml': planText() });
    const r = run(['a.plan.yaml', '--objective', 'O9'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No objective "O9"');
    expect(r.stderr).toContain('O1, O2');
    expect(r.stdout).toBe('');
  });
});

describe('plan-score score: formats', () => {
  const dir = workspace({ 'a.plan.yaml': planText() });

  it('table: header, rows with symbols and words in one column, detailed measures indented, findings line', () => {
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Police and Crime Plan for Testshire 2013-2017');
    expect(lines[1]).toBe('testshire-2013-17 · as of 31 March 2015 · a.plan.yaml');
    expect(lines[2]).toBe('Objectives: 1 on-track, 1 at-risk');
    expect(lines[3]).toBe('Measures: 1 on-track, 1 at-risk, 1 no-data');
    expect(lines.find((l) => l.startsWith('● on-track'))).toMatch(/^● on-track +O1 Reduce crime and disorder$/);
    // 42,000 in the latest twelve months against 42,901 expected (a line from 44,000 at 2013-03-31
    // to 41,800 at 2017-03-31, 730 of 1,461 days along); 44,400 the twelve months before: z = −2400/√86400 ≈ −8.2;
    // 2,400 / 44,400 = 5.4% down.
    expect(lines.find((l) => l.includes('O1.1'))).toMatch(/^● on-track {3}O1\.1 Victim-based crime +42,000 +42,901 +▼ −5\.4% better +\S+ +▄{12}$/);
    expect(lines.find((l) => l.includes('O1.2'))).toMatch(/^○ no-data {6}O1\.2 Burglary of/);
    expect(lines.find((l) => l.startsWith('▲ at-risk'))).toMatch(/O2 Support victims$/);
    expect(lines.find((l) => l.includes('O2.1'))).toMatch(/^▲ at-risk {4}O2\.1 Victims' services +– +–$/);
    expect(r.stdout).toMatch(/\d+ findings? \(.*\): run plan-score check for details\n$/);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(100);
  });

  it('table: the sample plans fit 100 columns', () => {
    const r = run(['plans/', '--as-of', '2016-03-31']);
    for (const l of r.stdout.split('\n')) expect([...l].length, l).toBeLessThanOrEqual(100);
    expect(r.stdout).toMatch(/^status +objective \/ measure +current +expected +direction/m);
  });

  it('markdown: a GitHub table per plan with status words', () => {
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'markdown'], dir);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('|'));
    expect(rows[0]).toBe('| Objective / measure | Tier | Status | Current | Expected | Gap | Direction of travel | Control limits | Trend | Stale |');
    expect(rows[1]).toMatch(/^\|( -{3}:? \|){10}$/);
    expect(rows).toHaveLength(2 + 5);
    for (const row of rows) expect(row.split('|')).toHaveLength(12);
    expect(rows[2]).toBe('| **O1 Reduce crime and disorder** | objective | **● on-track** |  |  |  |  |  |  |  |');
    expect(rows[3]).toMatch(/^\| O1\.1 Victim-based crime \| high-level \| ● on-track \| 42,000 in the 12 months to March 2015 \| 42,901 \| 901 fewer than the trajectory \(better\) \| ▼ down 5\.4% on the previous 12 months: better, beyond normal variation \| [^|]+: (improvement|concern)[^|]* \| ▄{12} \|  \|$/);
    expect(rows[4]).toMatch(/^\| ↳ O1\.2 Burglary of dwellings \| detailed \| ○ no-data \|/);
    expect(r.stdout).not.toContain(ESC);
  });

  it('html: the Panel report page on stdout or in --output, exit 0', () => {
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'html'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toContain('O1.1');
    expect(r.stdout).toContain('2015-03-31');
    expect(r.stdout).not.toMatch(/<script[^>]+src=/i);
    const out = join(dir, 'scorecard.html');
    const w = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'html', '--output', out], dir);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });

  it('json: two-space indents, one line per series point', () => {
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], dir);
    expect(r.stdout.startsWith('{\n  "asOf": "2015-03-31",\n  "plans": [\n    {\n      "id": ')).toBe(true);
    const points = r.stdout.split('\n').filter((l) => l.trimStart().startsWith('{"period":'));
    const series = JSON.parse(r.stdout).plans[0].objectives[0].measures[0].series;
    expect(series.length).toBeGreaterThan(12);
    expect(points.length).toBeGreaterThanOrEqual(series.length);
    expect(points[0]).toBe(`                ${JSON.stringify(series[0])},`);
  });

  it('json: the §6 shape field by field', () => {
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'plans', 'findings']);
    expect(out.asOf).toBe('2015-03-31');
    expect(out.plans).toHaveLength(1);
    const plan = out.plans[0];
    for (const key of ['id', 'file', 'summary', 'objectives']) expect(plan).toHaveProperty(key);
    expect(plan.id).toBe('testshire-2013-17');
    expect(plan.file).toBe('a.plan.yaml');
    expect(plan.summary).toEqual({ objectives: { 'on-track': 1, 'at-risk': 1 }, measures: { 'on-track': 1, 'no-data': 1, 'at-risk': 1 } });
    for (const objective of plan.objectives) {
      for (const key of ['id', 'status', 'measures']) expect(objective).toHaveProperty(key);
      expect(objectiveStatuses).toContain(objective.status);
      for (const m of objective.measures) {
        for (const key of ['id', 'tier', 'status', 'stale', 'current', 'expected', 'gap', 'direction', 'spc', 'interval', 'commentary', 'monitorReason']) expect(m, `${m.id}.${key}`).toHaveProperty(key);
        expect(measureStatuses).toContain(m.status);
        expect(['high-level', 'detailed']).toContain(m.tier);
        expect(typeof m.stale).toBe('boolean');
        if (m.direction !== null) expect(verdicts).toContain(m.direction.verdict);
        if (m.spc !== null) {
          expect(variations).toContain(m.spc.variation);
          expect(assurances).toContain(m.spc.assurance);
        }
      }
    }
    const [o1, o2] = plan.objectives;
    expect(o1).toMatchObject({ id: 'O1', status: 'on-track' });
    const m = o1.measures[0];
    expect(m).toMatchObject({ id: 'O1.1', tier: 'high-level', status: 'on-track', stale: false, current: { value: 42000, at: '2015-03-31' }, interval: null });
    // Unrounded: 44,000 − 2,200 × 730/1461 days.
    expect(m.expected).toBeCloseTo(44000 - (2200 * 730) / 1461, 6);
    expect(m.gap).toBeCloseTo(m.expected - 42000, 6);
    expect(Number.isInteger(m.expected)).toBe(false);
    expect(m.direction).toMatchObject({ verdict: 'improving', previous: 44400 });
    expect(m.direction.z).toBeCloseTo(-2400 / Math.sqrt(86400), 9);
    expect(m.spc).toMatchObject({ centre: 3600, variation: expect.any(String) });
    const detailed = o1.measures[1];
    expect(detailed).toMatchObject({ id: 'O1.2', tier: 'detailed', status: 'no-data', current: null, expected: null, gap: null, direction: null, spc: null, interval: null });
    expect(o2).toMatchObject({ id: 'O2', status: 'at-risk' });
    expect(o2.measures[0]).toMatchObject({ id: 'O2.1', status: 'at-risk', stale: false, current: null, expected: null, gap: null, direction: null, spc: null, interval: null });
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual(['file', 'message', 'path', 'range', 'rule', 'severity']);
      expect(f.range.start.line).toBeGreaterThanOrEqual(1);
      expect(f.range.start.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('json findings are those `check --format json` prints', () => {
    const score = JSON.parse(run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], dir).stdout);
    const check = JSON.parse(run(['check', 'a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], dir).stdout);
    expect(score.findings).toEqual(check.findings);
  });

  it('json: actions per objective and recommendations per plan, as of the date', () => {
    const actions = `    actions:
      - {id: A1, title: Burglary week, owner: Superintendent, status: in-progress, due: 2015-03-30, measures: [O1.1], updates: [{date: 2015-02-01, text: Two held}]}
      - {id: A2, title: Target hardening, status: done, done: 2015-04-20, due: 2015-06-30}
`;
    const recommendations = `  recommendations:
    - {id: R1, date: 2014-06-24, text: Report back on the local policing boards, response: {date: 2014-07-15, accepted: partly}, due: 2015-03-30}
    - {id: R2, date: 2015-03-01, text: Share prosecution figures}
    - {id: R3, date: 2015-04-01, text: Made later}
objectives:`;
    const text = planText(series, actions).replace('objectives:', recommendations);
    const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json'], workspace({ 'a.plan.yaml': text }));
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout).plans[0];
    // A1 due 2015-03-30, before 2015-03-31, still in progress: overdue. A2 done 2015-04-20, after
    // the date: in progress then, due 2015-06-30 not yet.
    expect(plan.objectives[0].actions.map((a: Record<string, unknown>) => [a.id, a.status, a.due, a.overdue])).toEqual([
      ['A1', 'in-progress', '2015-03-30', true],
      ['A2', 'in-progress', '2015-06-30', false],
    ]);
    expect(Object.keys(plan.objectives[0].actions[0]).slice(0, 4)).toEqual(['id', 'status', 'due', 'overdue']);
    expect(plan.objectives[1].actions).toEqual([]);
    // R1 answered and due 2015-03-30, before the date: overdue; R2 unanswered; R3 made after the date
    expect(plan.recommendations.map((x: Record<string, unknown>) => [x.id, x.state])).toEqual([
      ['R1', 'overdue'],
      ['R2', 'awaiting-response'],
    ]);
    expect(Object.keys(plan.recommendations[0]).slice(0, 2)).toEqual(['id', 'state']);
  });

  it('json on the sample plans: status words from §4 only', () => {
    const out = JSON.parse(run(['plans/', '--as-of', '2016-03-31', '--format', 'json']).stdout);
    expect(out.plans.length).toBeGreaterThanOrEqual(3);
    for (const p of out.plans) {
      expect(p.file.startsWith('plans/')).toBe(true);
      for (const o of p.objectives) {
        expect(objectiveStatuses).toContain(o.status);
        for (const m of o.measures) expect(measureStatuses).toContain(m.status);
      }
    }
  });

  it('--objective shows that objective only, counted again', () => {
    const out = JSON.parse(run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', 'json', '--objective', 'O2'], dir).stdout);
    expect(out.plans[0].objectives.map((o: { id: string }) => o.id)).toEqual(['O2']);
    expect(out.plans[0].summary).toEqual({ objectives: { 'at-risk': 1 }, measures: { 'at-risk': 1 } });
    for (const f of out.findings) if (f.path[0] === 'objectives' && f.path.length > 1) expect(f.path[1]).toBe(1);
    const table = run(['a.plan.yaml', '--as-of', '2015-03-31', '--objective', 'O2'], dir).stdout;
    expect(table).toContain('O2 Support victims');
    expect(table).not.toContain('O1 Reduce crime');
  });
});

describe('plan-score score: as of a date', () => {
  it('a later data point does not change a past scorecard', () => {
    const before = workspace({ 'a.plan.yaml': planText() });
    const after = workspace({ 'a.plan.yaml': planText([...series, 9000]) });
    for (const format of ['table', 'json', 'markdown']) {
      const a = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', format], before);
      const b = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', format], after);
      expect(b.stdout, format).toBe(a.stdout);
    }
    const later = JSON.parse(run(['a.plan.yaml', '--as-of', '2015-04-30', '--format', 'json'], after).stdout);
    expect(later.asOf).toBe('2015-04-30');
    expect(later.plans[0].objectives[0].measures[0].current).toEqual({ value: 42000 - 3500 + 9000, at: '2015-04-30' });
  });

  it('defaults to today', () => {
    const out = JSON.parse(run(['plans/', '--format', 'json']).stdout);
    expect(out.asOf).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('plan-score score: where output goes', () => {
  it('--output writes the file and nothing to stdout', () => {
    const dir = workspace({ 'a.plan.yaml': planText() });
    for (const format of ['table', 'json', 'markdown']) {
      const file = join(dir, `out.${format}`);
      const r = run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', format, '--output', file], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(run(['a.plan.yaml', '--as-of', '2015-03-31', '--format', format], dir).stdout);
    }
  });

  it('no colour with NO_COLOR, nor when stdout is not a terminal', () => {
    expect(run(['plans/', '--as-of', '2016-03-31'], process.cwd(), { NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(run(['plans/', '--as-of', '2016-03-31'], process.cwd(), {}).stdout).not.toContain(ESC);
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('colour on a terminal, unless NO_COLOR is set or the result goes to a file', () => {
    const dir = workspace({ 'a.plan.yaml': planText() });
    const onTerminal = (env: Record<string, string | undefined>, extra = '') =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" a.plan.yaml --as-of 2015-03-31${extra}`, '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
      }).stdout;
    expect(onTerminal({})).toContain(`${ESC}[32m● on-track`);
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain(ESC);
    onTerminal({}, ' --output out.txt');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toContain(ESC);
  });

  it.skipIf(!hasScript)('a wide terminal gets wider titles; a file keeps to 100 columns', () => {
    const wide = spawnSync('script', ['-qec', `stty cols 160; "${process.execPath}" "${cli}" plans/ --as-of 2016-03-31`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    }).stdout;
    const widths = wide.split(/\r?\n/).map((l) => [...l].length);
    expect(Math.max(...widths)).toBeGreaterThan(100);
    expect(Math.max(...widths)).toBeLessThanOrEqual(160);
    // long titles wrap beneath themselves instead of being cut
    expect(wide).toContain('O1.1 Victims completely, very or fairly satisfied with the whole');
    expect(wide).toMatch(/\n {8,}experience\r?\n/);
    expect(wide).not.toContain('…');
  });
});

describe('plan-score score and check: problems in CSV data files', () => {
  function copyOfPlans(change: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'plan-score-csv-'));
    cpSync('plans', dir, { recursive: true });
    change(dir);
    return dir;
  }
  /** The sample plans with one line of one of their CSV files rewritten. */
  const withCsvLine = (csv: string, from: string, to: string) =>
    copyOfPlans((d) => {
      const file = join(d, 'data', csv);
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    });
  const csvFindings = (stdout: string, csv: string) =>
    (JSON.parse(stdout).findings as { rule: string; file: string; message: string; range: { start: { line: number; column: number } } }[])
      .filter((f) => f.file.endsWith(csv))
      .map((f) => [f.rule, f.range.start.line, f.range.start.column, f.message.slice(0, 40)]);

  it('an impossible period in a CSV is a schema finding on its line, and score exits 1', () => {
    const dir = withCsvLine('warwickshire-total-crime.csv', '2012-05,2295,', '2012-13,2295,');
    const checked = run(['check', 'warwickshire-2013-17.plan.yaml', '--as-of', '2016-03-31', '--format', 'json'], dir);
    expect(checked.code).toBe(1);
    expect(csvFindings(checked.stdout, 'warwickshire-total-crime.csv')).toContainEqual(['schema', 3, 1, '"2012-13" is not a period: write a month']);
    expect(run(['warwickshire-2013-17.plan.yaml', '--as-of', '2016-03-31'], dir).code).toBe(1);
    expect(run(['report', 'warwickshire-2013-17.plan.yaml', '--as-of', '2016-03-31', '--format', 'markdown'], dir).code).toBe(1);
  });

  it('a negative count in a CSV is a schema finding on its line', () => {
    const dir = withCsvLine('warwickshire-total-crime.csv', '2012-05,2295,', '2012-05,-2295,');
    const checked = run(['check', 'warwickshire-2013-17.plan.yaml', '--as-of', '2016-03-31', '--format', 'json'], dir);
    expect(csvFindings(checked.stdout, 'warwickshire-total-crime.csv')).toEqual([['schema', 3, 9, '-2295 cannot be a count of events: write']]);
  });

  it('a missing CSV file makes score exit 1 too', () => {
    const dir = copyOfPlans((d) => rmSync(join(d, 'data/warwickshire-total-crime.csv')));
    expect(run(['warwickshire-2013-17.plan.yaml', '--as-of', '2016-03-31'], dir).code).toBe(1);
  });

  it('a proportion outside 0-100 in a CSV is a schema finding on its value, and the figure is left out', () => {
    const dir = withCsvLine('nottinghamshire-feeling-safe.csv', '2012-Q3,74.8,1055,', '2012-Q3,174.8,1055,');
    const checked = run(['check', 'nottinghamshire-2015-18.plan.yaml', '--as-of', '2016-03-31', '--format', 'json'], dir);
    expect(checked.code).toBe(1);
    expect(csvFindings(checked.stdout, 'nottinghamshire-feeling-safe.csv')).toEqual([['schema', 3, 9, '174.8 is not a percentage: a proportion ']]);
    const scored = JSON.parse(run(['nottinghamshire-2015-18.plan.yaml', '--as-of', '2016-03-31', '--format', 'json'], dir).stdout);
    const o33 = scored.plans[0].objectives.flatMap((o: { measures: { id: string; series: { period: string }[] }[] }) => o.measures).find((m: { id: string }) => m.id === 'O3.3');
    expect(o33.series.map((p: { period: string }) => p.period)).not.toContain('2012-Q3');
    expect(o33.series.map((p: { period: string }) => p.period)).toContain('2012-Q2');
  });
});
