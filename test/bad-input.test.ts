import { describe, expect, it, vi } from 'vitest';
import { checkPlanText } from '../core/check';
import type { Finding } from '../core/types';

const asOf = '2015-03-31';
const valid = [
  'plan:',
  '  id: test-plan',
  '  title: Test plan',
  '  period: {start: 2013-04-01, end: 2017-03-31}',
  'objectives:',
  '  - id: O1',
  '    title: Reduce crime',
  '    partners: [Councils]',
  '    due: 2017-03-31',
  '    earlyWin: true',
  '    measures:',
  '      - id: O1.1',
  '        title: Victim-based crime',
  '        tier: high-level',
  '        type: count',
  '        better: lower',
  '        monitor: {reason: Targets here would discourage reporting}',
  '',
].join('\n');

function check(text: string, maxSize?: number) {
  return checkPlanText(text, 'bad.plan.yaml', { asOf, maxSize });
}

/** Every finding sits inside the text, 1-based, start before end. */
function expectPositioned(findings: Finding[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const f of findings) {
    expect(f.range.start.line).toBeGreaterThanOrEqual(1);
    expect(f.range.start.column).toBeGreaterThanOrEqual(1);
    expect(f.range.end.line).toBeLessThanOrEqual(Math.max(lines, 1));
    expect(f.range.end.line * 1e6 + f.range.end.column).toBeGreaterThanOrEqual(f.range.start.line * 1e6 + f.range.start.column);
    expect(f.message).not.toMatch(/\n\s+at /); // no stack trace
    expect(f.message.length).toBeGreaterThan(10);
  }
}

describe('bad input gives findings, never a crash', () => {
  it('the valid base plan has no errors', () => {
    expect(check(valid).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('malformed YAML: every syntax error, each with a position', () => {
    const text = 'plan:\n  id: [unclosed\n  title: "open\nobjectives:\n - a\n  - b\n';
    const r = check(text);
    expect(r.broken).toBe(true);
    expect(r.findings.length).toBeGreaterThanOrEqual(2);
    expect(r.findings.every((f) => f.rule === 'syntax')).toBe(true);
    expectPositioned(r.findings, text);
  });

  it('__proto__ and constructor keys are unknown keys, on the key', () => {
    const text = valid.replace('plan:\n', 'plan:\n  __proto__: {polluted: true}\n  constructor: 1\n');
    const r = check(text);
    const unknown = r.findings.filter((f) => f.rule === 'schema');
    expect(unknown.map((f) => f.message)).toEqual([expect.stringContaining('"__proto__"'), expect.stringContaining('"constructor"')]);
    expect(unknown[0].range.start).toEqual({ line: 2, column: 3 });
    expect(unknown[1].range.start).toEqual({ line: 3, column: 3 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an alias bomb is refused with a finding, quickly', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const text = levels.join('\n') + '\n';
    const started = Date.now();
    const r = check(text);
    expect(Date.now() - started).toBeLessThan(5000); // a guard against expansion, not a speed goal
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].message).toContain('aliases');
    expectPositioned(r.findings, text);
    // on the first alias written, not on a *word in a comment before it (b: &b [*a, ... on line 2)
    const commented = `# note: *bold* text\n${text}`;
    expect(check(commented).findings[0].range.start).toEqual({ line: 3, column: 8 });
  });

  it('duplicate keys are found on the second key', () => {
    const text = valid.replace('  title: Test plan\n', '  title: Test plan\n  title: Again\n');
    const r = check(text);
    expect(r.findings[0]).toMatchObject({ rule: 'syntax', range: { start: { line: 4, column: 3 } } });
    expect(r.findings[0].message).toContain('appears twice');
  });

  it('a file over the size limit is refused with a finding, without parsing it', () => {
    const text = valid + '#' + 'x'.repeat(2000);
    const r = check(text, 1000);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].message).toMatch(/over the .* limit/);
  });

  it('a 20 MB file gets findings with positions', () => {
    const point = '          - {period: 2013-04, value: 3650}\n';
    const big = valid.replace('        monitor:', '        data:\n' + point.repeat(Math.ceil((20 * 1024 * 1024) / point.length)) + '        monitor:');
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    const r = check(big);
    const duplicates = r.findings.filter((f) => f.rule === 'duplicate-period');
    expect(duplicates.length).toBeGreaterThan(0);
    expectPositioned(r.findings.slice(0, 50), big);
  }, 120000);

  it('a binary file is a finding, not a crash', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00, 0x01]);
    const text = bytes.toString('utf8');
    const r = check(text);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
    expectPositioned(r.findings, text);
  });

  it('a byte-order mark is accepted and positions stay right', () => {
    const text = '\uFEFF' + valid.replace('  title: Test plan', '  title: Test plan\n  colour: red');
    const r = check(text);
    const unknown = r.findings.find((f) => f.message.includes('"colour"'))!;
    expect(unknown.range.start.line).toBe(4);
  });

  it('CRLF line ends read the same as LF', () => {
    const text = valid.replace('  title: Test plan', '  title: Test plan\n  colour: red').replace(/\n/g, '\r\n');
    const r = check(text);
    const unknown = r.findings.find((f) => f.message.includes('"colour"'))!;
    expect(unknown.range.start).toEqual({ line: 4, column: 3 });
    expect(r.findings.filter((f) => f.rule === 'syntax')).toEqual([]);
  });

  it('tabs used for indentation are a syntax finding on their line', () => {
    const text = valid.replace('  id: test-plan', '\tid: test-plan');
    const r = check(text);
    expect(r.findings.some((f) => f.rule === 'syntax' && f.range.start.line === 2)).toBe(true);
    expectPositioned(r.findings, text);
  });

  it('an empty file says what a plan needs', () => {
    const r = check('');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'schema', range: { start: { line: 1, column: 1 } } });
  });

  it('a file that is only a comment says what a plan needs', () => {
    const text = '# nothing here yet\n';
    const r = check(text);
    expect(r.findings.length).toBeGreaterThanOrEqual(1);
    expect(r.findings[0].rule).toBe('schema');
    expectPositioned(r.findings, text);
  });

  it('impossible dates and periods are findings on the value', () => {
    const text = valid.replace('due: 2017-03-31', 'due: 2015-02-29').replace('        monitor:', '        data:\n          - {period: 2014-13, value: 1}\n          - {period: FY2014-16, value: 2}\n        monitor:');
    const r = check(text);
    const messages = r.findings.filter((f) => f.rule === 'schema');
    expect(messages.map((f) => f.range.start.line).sort((a, b) => a - b)).toEqual([9, 18, 19]);
    expect(messages.find((f) => f.range.start.line === 9)!.message).toContain('"2015-02-29"');
  });

  it('a document that is a list, or a scalar, is told to be a plan', () => {
    for (const text of ['- a\n- b\n', 'just words\n', '42\n']) {
      const r = check(text);
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.broken).toBe(true);
      expectPositioned(r.findings, text);
    }
  });
});

describe('messages that say what to write, for shapes the schema alone words poorly', () => {
  const errors = (text: string) => check(text).findings.filter((f) => f.severity === 'error');

  it('an empty file: start the plan, or run init', () => {
    expect(errors('').map((f) => f.message)).toEqual([
      'The file has no plan in it yet: start it with "plan:" (its id, title and period) and "objectives:", as docs/format.md shows, or run "plan-score init"',
    ]);
  });

  it('an empty objectives list: add one, with an example', () => {
    const found = errors(valid.replace(/objectives:\n[\s\S]*$/, 'objectives: []\n'));
    expect(found.map((f) => [f.range.start.line, f.message])).toEqual([[5, '"objectives" needs at least 1 objective: add one, e.g. "- id: O1" with its title and measures']]);
  });

  it('a target with neither value nor change is one finding naming both', () => {
    const found = errors(valid.replace('        monitor: {reason: Targets here would discourage reporting}', '        baseline: {period: FY2012-13, value: 44000}\n        target: {by: 2017-03-31}'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^Measure O1\.1 › target has no "value" or "change": add one of them\. /);
    expect(found[0].range.start).toEqual({ line: 18, column: 9 });
  });

  it('a number where text belongs: put it in quotes', () => {
    const found = errors(valid.replace('  title: Test plan', '  title: 2014'));
    expect(found.map((f) => f.message)).toEqual(['The plan › title should be text, not the number 2014: put the value in quotes exactly as you mean it to read']);
  });

  it('.nan and .inf are named as such, not as null', () => {
    const found = errors(valid.replace('        monitor: {reason: Targets here would discourage reporting}', '        monitor: {reason: Would distort}\n        data:\n          - {period: 2014-04, value: .nan}\n          - {period: 2014-05, value: -.inf}'));
    expect(found.map((f) => f.message.split(',')[0])).toEqual([
      'Measure O1.1 › data point 1 › value should be a number (digits',
      'Measure O1.1 › data point 2 › value should be a number (digits',
    ]);
    expect(found[0].message).toContain('not .nan (not a number)');
    expect(found[1].message).toContain('not -.inf (infinity)');
  });

  it('an empty id is named by position, not by a blank', () => {
    const found = errors(valid.replace('  - id: O1\n', "  - id: ''\n"));
    expect(found[0].message).toBe('Objective 1 › id is empty: write some text');
  });

  it('a proportion figure, baseline or target outside 0-100 is a finding on the value, and the figure is not evaluated', () => {
    const text = valid.replace(
      '        type: count\n        better: lower\n        monitor: {reason: Targets here would discourage reporting}',
      '        type: proportion\n        better: higher\n        baseline: {period: FY2012-13, value: 101}\n        target: {value: 160, by: 2017-03-31}\n        data:\n          - {period: 2014-04, value: 150, sample: 100}\n          - {period: 2014-05, value: 60, sample: 100}',
    );
    const r = check(text);
    const found = r.findings.filter((f) => f.rule === 'schema');
    expect(found.map((f) => [f.range.start.line, f.range.start.column, f.message])).toEqual([
      [17, 46, '101 is not a percentage: a proportion is written from 0 to 100, e.g. 76.5 for 76.5%'],
      [18, 25, '160 is not a percentage: a proportion is written from 0 to 100, e.g. 76.5 for 76.5%'],
      [20, 38, '150 is not a percentage: a proportion is written from 0 to 100, e.g. 76.5 for 76.5%'],
    ]);
    expect(r.broken).toBe(true);
    // a bad baseline or target spoils the measure; a bad figure only itself
    expect(r.evaluation()?.objectives[0].measures).toEqual([]);
    const onlyFigure = check(text.replace('value: 101}', 'value: 55}').replace('{value: 160,', '{value: 65,'));
    expect(onlyFigure.findings.filter((f) => f.rule === 'schema').map((f) => f.range.start.line)).toEqual([20]);
    expect(onlyFigure.evaluation()?.objectives[0].measures[0].series.map((p) => p.value)).toEqual([60]);
  });
});

describe('counts are never negative', () => {
  it('a negative count, baseline or target is a finding on the value; zero is fine', () => {
    const text = valid.replace(
      '        monitor: {reason: Targets here would discourage reporting}',
      '        baseline: {period: FY2012-13, value: -1}\n        target: {value: 0, by: 2017-03-31}\n        data:\n          - {period: 2014-04, value: -5}\n          - {period: 2014-05, value: 0}',
    );
    const found = check(text).findings.filter((f) => f.rule === 'schema');
    expect(found.map((f) => [f.range.start.line, f.message])).toEqual([
      [17, '-1 cannot be a count of events: write the number of events (0 or more), e.g. 3650'],
      [20, '-5 cannot be a count of events: write the number of events (0 or more), e.g. 3650'],
    ]);
  });
});

describe('YAML the reader gives up on, in words an officer can act on', () => {
  it('a key that is a list is a finding, with no warning printed', () => {
    const warnings = vi.spyOn(process, 'emitWarning');
    const warn = vi.spyOn(console, 'warn');
    const found = check(valid.replace('  title: Test plan\n', '  title: Test plan\n  ? [a, b]\n  : 1\n')).findings;
    expect(found.some((f) => f.rule === 'schema' && f.message.startsWith('Unknown key "[ a, b ]" in the plan'))).toBe(true);
    expect(warnings).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    warnings.mockRestore();
    warn.mockRestore();
  });

  it('an alias to no anchor is reported on the alias', () => {
    const text = valid.replace('  title: Test plan', '  title: *nope');
    const found = check(text).findings;
    expect(found.map((f) => [f.rule, f.range.start, f.message])).toEqual([
      ['syntax', { line: 3, column: 10 }, 'The alias *nope refers to no anchor: write the value out, or mark the value it repeats with "&nope" above this line'],
    ]);
  });

  it('an unclosed quote or bracket is reported where it opens, not where reading gave up', () => {
    const at = (text: string) => check(text).findings.filter((f) => f.rule === 'syntax').map((f) => [f.range.start.line, f.range.start.column, f.message]);
    expect(at(valid.replace('  title: Test plan', '  title: "Test plan'))).toEqual([
      [3, 10, 'YAML syntax: the double quote that opens here is never closed: add the closing " where the text ends, or remove the quote'],
    ]);
    expect(at(valid.replace('  title: Test plan', "  title: 'Test plan''"))).toEqual([
      [3, 10, "YAML syntax: the single quote that opens here is never closed: add the closing ' where the text ends, or remove the quote"],
    ]);
    // what follows is read wrongly too and reported as well (every syntax error is); the opener comes first
    expect(at(valid.replace('    partners: [Councils]', '    partners: [Councils'))[0]).toEqual([
      8,
      15,
      'YAML syntax: the [ that opens this list is never closed: add ] where the list ends (a list in brackets that runs over several lines must indent them under its key)',
    ]);
    // closed quotes with escapes, and a list over several indented lines, are fine
    expect(at(valid.replace('  title: Test plan', '  title: "Test \\"plan\\" \\\\"').replace('    partners: [Councils]', '    partners: [Councils,\n      Police]'))).toEqual([]);
  });

  it('a second document is reported once, with what to do', () => {
    const found = check(`${valid}---\nplan: {}\n`).findings;
    expect(found.map((f) => [f.rule, f.range.start.line, f.message])).toEqual([
      ['syntax', 18, 'The file holds more than one YAML document (a line "---" starts another): keep one plan per file, and delete the "---" line and what follows it or move them to a file of their own'],
    ]);
  });

  it('nesting deep enough to exhaust the reader is the nesting limit, said once, with no internal words', () => {
    const text = `plan: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    const found = check(text).findings;
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('The file nests lists and mappings more than 64 levels deep: a plan never needs that many; check the indentation');
    expect(found[0].message).not.toMatch(/stack|exceeded/);
  });
});
