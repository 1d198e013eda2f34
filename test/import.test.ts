import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../core/check';
import { memoryFileSystem } from '../core/files';
import { importFigures, ImportError, type ImportOptions } from '../core/import/merge';

const plan = `# Plan with figures: comments must survive every import.
plan:
  id: test-plan
  title: Test plan   # the title
  period: {start: 2013-04-01, end: 2017-03-31}

objectives:
  - id: O1
    title: Reduce crime
    due: 2017-03-31
    measures:
      - id: O1.1
        title: Victim-based crime
        tier: high-level
        type: count
        better: lower
        baseline: {period: FY2012-13, value: 44000}
        target: {value: 41800, by: 2017-03-31}
        data:
          # the first year
          - {period: 2013-04, value: 3650}
          - {period: 2013-05, value: 3712, note: Recording audit}   # see note
          - {period: 2013-07, value: 3590}
        # end of O1.1's data
      - id: O1.2
        title: Confidence
        tier: detailed
        supports: O1.1
        type: proportion
        better: higher
        monitor: {reason: Perception figures}
        data: [{period: 2013-Q1, value: 71.5, sample: 1000}, {period: 2013-Q3, value: 72.0, sample: 990}]
      - id: O1.3
        title: Outcomes
        tier: detailed
        supports: O1.1
        type: proportion
        better: higher
        monitor: {reason: New measure}
      - id: O1.4
        title: Sexual offences
        tier: detailed
        supports: O1.1
        type: count
        better: lower
        monitor: {reason: Reporting is encouraged}
        data: data/sexual.csv
      - id: O1.5
        title: Response times
        tier: detailed
        supports: O1.1
        type: value
        better: lower
        monitor: {reason: New measure}
        data:
          - period: 2013-04
            value: 12
          - period: 2013-06
            value: 11
`;

const csvFile = '/plans/data/sexual.csv';
const planFile = '/plans/test.plan.yaml';
const sexualCsv = 'period,value,note\n2013-04,99,\n2013-05,91,\n';

function run(csv: string, options: Partial<ImportOptions> = {}, text = plan, files: Record<string, string> = { [csvFile]: sexualCsv }) {
  return importFigures(text, planFile, csv, { asOf: '2015-03-31', fs: memoryFileSystem(files), ...options });
}

function valid(text: string, files: Record<string, string> = { [csvFile]: sexualCsv }) {
  const checked = checkPlanText(text, planFile, { asOf: '2015-03-31', fs: memoryFileSystem(files) });
  expect(checked.findings.filter((f) => f.rule === 'syntax' || f.rule === 'schema')).toEqual([]);
  return checked.plan!;
}

function added(before: string, after: string): string[] {
  // Lines in `after` that are not in `before`, in order: every other line is untouched.
  const old = before.split('\n');
  const out: string[] = [];
  const lines = after.split('\n');
  let i = 0;
  for (const line of lines) {
    if (i < old.length && line === old[i]) i++;
    else out.push(line);
  }
  expect(i).toBe(old.length);
  return out;
}

describe('importFigures into inline data', () => {
  it('inserts new points in period order in the style of the list, keeping comments', () => {
    const r = run('period,value\n2013-06,3700\n2013-08,3555\n2013-03,3600\n', { measure: 'O1.1' });
    expect(r.conflicts).toBe(0);
    expect(r.measures[0]).toMatchObject({ measure: 'O1.1', store: 'block', unchanged: [], conflicts: [] });
    expect(r.measures[0].added.map((p) => p.period)).toEqual(['2013-03', '2013-06', '2013-08']);
    const after = r.files[0].after;
    expect(added(plan, after)).toEqual(['          - {period: 2013-03, value: 3600}', '          - {period: 2013-06, value: 3700}', '          - {period: 2013-08, value: 3555}']);
    expect(after).toContain('          # the first year\n          - {period: 2013-03, value: 3600}\n          - {period: 2013-04, value: 3650}');
    expect(after).toContain('   # see note\n          - {period: 2013-06, value: 3700}\n          - {period: 2013-07, value: 3590}\n          - {period: 2013-08, value: 3555}\n        # end of O1.1');
    const data = valid(after).objectives[0].measures![0].data as { period: string }[];
    expect(data.map((p) => p.period)).toEqual(['2013-03', '2013-04', '2013-05', '2013-06', '2013-07', '2013-08']);
  });

  it('leaves a point with the same figure alone, and changes nothing when every point is there', () => {
    const r = run('period,value\n2013-04,3650\n2013-05,3712\n', { measure: 'O1.1' });
    expect(r.measures[0].unchanged).toHaveLength(2);
    expect(r.measures[0].added).toEqual([]);
    expect(r.files).toEqual([]);
  });

  it('reports a different figure as a conflict and writes nothing for it', () => {
    const r = run('period,value\n2013-05,3800\n2013-08,3555\n', { measure: 'O1.1' });
    expect(r.conflicts).toBe(1);
    expect(r.measures[0].conflicts).toEqual([{ period: '2013-05', plan: { period: '2013-05', value: 3712, note: 'Recording audit' }, csv: { period: '2013-05', value: 3800 }, line: 2, where: 'CSV line 2' }]);
    // Nothing is to be written, not even the addition beside it.
    expect(r.files).toEqual([]);
    expect(r.measures[0].added.map((p) => p.period)).toEqual(['2013-08']);
  });

  it('with replace, replaces only the differing figure, keeping the note and comment', () => {
    const r = run('period,value\n2013-05,3800\n', { measure: 'O1.1', replace: true });
    expect(r.conflicts).toBe(0);
    expect(r.measures[0].replaced).toHaveLength(1);
    expect(r.files[0].after).toBe(plan.replace('{period: 2013-05, value: 3712, note: Recording audit}   # see note', '{period: 2013-05, value: 3800, note: Recording audit}   # see note'));
  });

  it('treats a different sample as a conflict and replace adds or replaces it', () => {
    const conflict = run('period,value,sample\n2013-Q3,72.0,1000\n', { measure: 'O1.2' });
    expect(conflict.conflicts).toBe(1);
    const replaced = run('period,value,sample\n2013-Q3,72.0,1000\n', { measure: 'O1.2', replace: true });
    expect(replaced.files[0].after).toContain('{period: 2013-Q3, value: 72.0, sample: 1000}');
    const addSample = run('period,value,sample\n2013-04,3650,500\n', { measure: 'O1.1', replace: true });
    expect(addSample.files[0].after).toContain('{period: 2013-04, value: 3650, sample: 500}');
    valid(addSample.files[0].after);
  });

  it('merges into a flow list on one line', () => {
    const r = run('period,value,sample\n2013-Q2,71.9,1010\n2013-Q4,73.1,1020\n', { measure: 'O1.2' });
    const before = plan.split('\n');
    const after = r.files[0].after.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((l, i) => l !== before[i])).toHaveLength(1);
    expect(r.files[0].after).toContain('data: [{period: 2013-Q1, value: 71.5, sample: 1000}, {period: 2013-Q2, value: 71.9, sample: 1010}, {period: 2013-Q3, value: 72.0, sample: 990}, {period: 2013-Q4, value: 73.1, sample: 1020}]');
    expect(r.measures[0].store).toBe('flow');
    valid(r.files[0].after);
  });

  it('merges into a flow list laid out one item per line, and into an empty one', () => {
    const multi = plan.replace(
      'data: [{period: 2013-Q1, value: 71.5, sample: 1000}, {period: 2013-Q3, value: 72.0, sample: 990}]',
      'data: [\n          {period: 2013-Q1, value: 71.5, sample: 1000},\n          {period: 2013-Q3, value: 72.0, sample: 990}\n        ]',
    );
    const r = run('period,value,sample\n2013-Q4,73.1,1020\n', { measure: 'O1.2' }, multi);
    expect(r.files[0].after).toContain('          {period: 2013-Q3, value: 72.0, sample: 990},\n          {period: 2013-Q4, value: 73.1, sample: 1020}\n        ]');
    valid(r.files[0].after);
    const empty = plan.replace('data: [{period: 2013-Q1, value: 71.5, sample: 1000}, {period: 2013-Q3, value: 72.0, sample: 990}]', 'data: []');
    const r2 = run('period,value,sample\n2013-Q4,73.1,1020\n2013-Q2,70,900\n', { measure: 'O1.2' }, empty);
    expect(r2.files[0].after).toContain('data: [{period: 2013-Q2, value: 70, sample: 900}, {period: 2013-Q4, value: 73.1, sample: 1020}]');
  });

  it('adds a data list to a measure that has none', () => {
    const r = run('period,value,of\n2014-Q1,45.5,200\n', { measure: 'O1.3' });
    expect(r.measures[0].store).toBe('new');
    expect(r.files[0].after).toContain('        monitor: {reason: New measure}\n        data:\n          - {period: 2014-Q1, value: 45.5, of: 200}\n      - id: O1.4');
    valid(r.files[0].after);
  });

  it('writes block mappings into a list of block mappings', () => {
    const r = run('period,value\n2013-05,11.5\n2013-07,10.9\n', { measure: 'O1.5' });
    expect(added(plan, r.files[0].after)).toEqual(['          - period: 2013-05', '            value: 11.5', '          - period: 2013-07', '            value: 10.9']);
    valid(r.files[0].after);
  });

  it('appends at the end when the existing points are out of order', () => {
    const shuffled = plan.replace('          - {period: 2013-04, value: 3650}\n', '').replace('          - {period: 2013-07, value: 3590}\n', '          - {period: 2013-07, value: 3590}\n          - {period: 2013-04, value: 3650}\n');
    const r = run('period,value\n2013-06,3700\n', { measure: 'O1.1' }, shuffled);
    expect(r.files[0].after).toContain('          - {period: 2013-04, value: 3650}\n          - {period: 2013-06, value: 3700}\n        # end');
  });

  it('writes notes that need quoting with quotes', () => {
    const r = run('period,value,note\n2013-08,3555,"Audit, then re-count: 2 forces"\n', { measure: 'O1.1' });
    expect(r.files[0].after).toContain('- {period: 2013-08, value: 3555, note: "Audit, then re-count: 2 forces"}');
    expect((valid(r.files[0].after).objectives[0].measures![0].data as { note?: string }[])[3].note).toBe('Audit, then re-count: 2 forces');
  });
});

describe('importFigures with a measure column', () => {
  it('maps rows onto many measures', () => {
    const r = run('measure,period,value,sample\nO1.1,2013-08,3555,\nO1.2,2013-Q4,73.1,1020\nO1.1,2013-04,3650,\n');
    expect(r.measures.map((m) => [m.measure, m.added.length, m.unchanged.length])).toEqual([
      ['O1.1', 1, 1],
      ['O1.2', 1, 0],
    ]);
    expect(r.files).toHaveLength(1);
    valid(r.files[0].after);
  });

  it('takes only the named measure when --measure is given too', () => {
    const r = run('measure,period,value\nO1.1,2013-08,3555\nO1.5,2013-07,10\n', { measure: 'O1.5' });
    expect(r.measures.map((m) => m.measure)).toEqual(['O1.5']);
    expect(r.skipped).toBe(1);
  });

  it('refuses an unknown measure, a qualitative one, or no measure at all', () => {
    expect(() => run('measure,period,value\nO9.9,2013-08,3555\n')).toThrow(/There is no measure "O9\.9".*O1\.1, O1\.2/);
    expect(() => run('period,value\n2013-08,3555\n', { measure: 'nope' })).toThrow(ImportError);
    expect(() => run('period,value\n2013-08,3555\n')).toThrow(/--measure/);
  });

  it('refuses a CSV with bad cells, naming the line', () => {
    expect(() => run('period,value\n2013-13,1\n', { measure: 'O1.1' })).toThrow(/CSV line 2, column 1: "2013-13" is not a period: write a month as 2016-03/);
    expect(() => run('period,value\n2013-08,lots\n', { measure: 'O1.1' })).toThrow(/CSV line 2, column 2: "lots" is not a number: write the figure as digits/);
    expect(() => run('period,count\n2013-08,1\n', { measure: 'O1.1' })).toThrow(/unknown column "count"/);
    expect(() => run('period,value\n2013-08,1\n2013-08,2\n', { measure: 'O1.1' })).toThrow(/two different figures/);
  });

  it('refuses a plan that already has schema errors', () => {
    expect(() => run('period,value\n2013-08,1\n', { measure: 'O1.1' }, plan.replace('  title: Test plan', '  title: Test plan\n  colour: blue'))).toThrow(/errors to fix before figures can be merged/);
  });
});

describe('importFigures into a CSV-backed measure', () => {
  it('inserts lines in period order in the measure file and leaves the plan alone', () => {
    const r = run('period,value,note\n2013-06,102,\n2013-03,88,"new, revised"\n', { measure: 'O1.4' });
    expect(r.files.map((f) => f.path)).toEqual([csvFile]);
    expect(r.files[0].after).toBe('period,value,note\n2013-03,88,"new, revised"\n2013-04,99,\n2013-05,91,\n2013-06,102,\n');
    expect(r.measures[0]).toMatchObject({ store: 'csv', csvFile });
  });

  it('conflicts, and with replace replaces the cell only', () => {
    expect(run('period,value\n2013-05,95\n', { measure: 'O1.4' }).conflicts).toBe(1);
    const r = run('period,value\n2013-05,95\n', { measure: 'O1.4', replace: true });
    expect(r.files[0].after).toBe('period,value,note\n2013-04,99,\n2013-05,95,\n');
  });

  it('refuses a column the file does not have', () => {
    expect(() => run('period,value,sample\n2013-06,102,5\n', { measure: 'O1.4' })).toThrow(/no "sample" column/);
  });

  it('keeps CRLF line endings, and a missing final line break', () => {
    const r = run('period,value\n2013-06,102\n', { measure: 'O1.4' }, plan, { [csvFile]: 'period,value,note\r\n2013-04,99,\r\n2013-05,91,' });
    expect(r.files[0].after).toBe('period,value,note\r\n2013-04,99,\r\n2013-05,91,\r\n2013-06,102,\r\n');
  });
});

describe('CRLF plans', () => {
  it('inserts with CRLF and keeps every other byte', () => {
    const crlf = plan.replace(/\n/g, '\r\n');
    const r = run('period,value\n2013-06,3700\n', { measure: 'O1.1' }, crlf);
    expect(r.files[0].after).toBe(crlf.replace('   # see note\r\n', '   # see note\r\n          - {period: 2013-06, value: 3700}\r\n'));
    const flow = run('period,value,sample\n2013-Q4,73.1,1020\n', { measure: 'O1.2' }, crlf);
    expect(flow.files[0].after.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
    const fresh = run('period,value\n2014-Q1,45\n', { measure: 'O1.3' }, crlf);
    expect(fresh.files[0].after).toContain('monitor: {reason: New measure}\r\n        data:\r\n          - {period: 2014-Q1, value: 45}\r\n');
    valid(fresh.files[0].after);
  });
});
