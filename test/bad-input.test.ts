import { describe, expect, it } from 'vitest';
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
