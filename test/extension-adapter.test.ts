// The extension's editor-free layer: finding → diagnostic mapping, the throttle and version gate,
// the choice of quick fixes, and the text of CodeLens, hover and status bar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../core/files';
import { knownRuleIds } from '../core/rules/index';
import type { Finding } from '../core/types';
import { PlanChecker, type PlanCheck } from '../core/workspace';
import { compatibleEdits, selectActions, touches } from '../extension/adapter/actions';
import { groupFindings, showSchemaFindings, toDiagnosticData } from '../extension/adapter/diagnostics';
import { LineIndex, spanFromRange } from '../extension/adapter/positions';
import { Throttle, VersionGate, type Timers } from '../extension/adapter/scheduler';
import { formatNumber as formatValue, formatSigned } from '../core/present/index';
import { isDate, measureHover, measureLens, objectiveLens, outlineOf, rulesFromSettings, statusText, summaryText, findMeasure, findObjective } from '../extension/adapter/text';

const fixturePath = join(__dirname, 'vscode', 'fixtures', 'no-target.plan.yaml');
const fixture = readFileSync(fixturePath, 'utf8');
const file = '/ws/fixtures/no-target.plan.yaml';

function checkText(text: string, asOf = '2015-03-31'): PlanCheck {
  const checker = new PlanChecker({ asOf, fs: memoryFileSystem({ [file]: text }) });
  const result = checker.check(file, text);
  if (result.unreadable) throw new Error('unreadable');
  return result;
}

function finding(partial: Partial<Finding> & { offsets?: { start: number; end: number } }): Finding {
  return {
    rule: 'r',
    severity: 'error',
    message: 'm',
    file,
    path: [],
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    ...partial,
  };
}

describe('positions', () => {
  it('maps offsets to 0-based lines and characters across \\n, \\r\\n and \\r', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    expect(lines.lineCount).toBe(4);
    expect(lines.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(2)).toEqual({ line: 0, character: 2 });
    expect(lines.positionAt(3)).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(7)).toEqual({ line: 2, character: 0 });
    expect(lines.positionAt(10)).toEqual({ line: 3, character: 0 });
    expect(lines.positionAt(99)).toEqual({ line: 3, character: 2 });
    expect(lines.positionAt(-5)).toEqual({ line: 0, character: 0 });
  });

  it('turns a 1-based range into 0-based positions', () => {
    expect(spanFromRange({ start: { line: 4, column: 9 }, end: { line: 4, column: 13 } })).toEqual({ start: { line: 3, character: 8 }, end: { line: 3, character: 12 } });
  });
});

describe('diagnostics', () => {
  it('maps every finding of a plan with its exact range, severity, rule and docs page', () => {
    const checked = checkText(fixture);
    const { plan, others } = groupFindings(file, fixture, checked.findings, { schema: true });
    expect(others.size).toBe(0);
    const measurable = plan.find((d) => d.rule === 'measurable-objective')!;
    expect(measurable.span).toEqual({ start: { line: 43, character: 4 }, end: { line: 43, character: 10 } });
    expect(measurable.severity).toBe('error');
    expect(measurable.source).toBe('plan-score');
    expect(measurable.docs).toBe('docs/rules/measurable-objective.md');
    expect(measurable.message).toMatch(/^Objective O2 is not measurable/);
    expect(plan.map((d) => d.severity).sort()).toEqual(['error', 'error', 'info', 'info', 'info', 'warning', 'warning']);
  });

  it('uses offsets for the plan (exact in UTF-16 and with CRLF) and line/column for other files', () => {
    const text = 'a: "é😀"\r\nb: 1\r\n';
    const lines = new LineIndex(text);
    const onPlan = toDiagnosticData(finding({ offsets: { start: 10, end: 14 } }), lines);
    expect(onPlan.span).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
    const onCsv = toDiagnosticData(finding({ file: '/ws/data.csv', range: { start: { line: 4, column: 9 }, end: { line: 4, column: 13 } }, offsets: { start: 0, end: 0 } }), undefined);
    expect(onCsv.span).toEqual({ start: { line: 3, character: 8 }, end: { line: 3, character: 12 } });
  });

  it('puts findings on CSV data files under those files', () => {
    const csv = finding({ file: '/ws/fixtures/data/v.csv', rule: 'schema', range: { start: { line: 4, column: 9 }, end: { line: 4, column: 13 } } });
    const schemaOnPlan = finding({ rule: 'schema', offsets: { start: 0, end: 1 } });
    const grouped = groupFindings(file, 'x: 1\n', [csv, schemaOnPlan], { schema: false });
    expect(grouped.plan).toEqual([]);
    expect(grouped.others.get('/ws/fixtures/data/v.csv')!.map((d) => d.rule)).toEqual(['schema']);
    expect(groupFindings(file, 'x: 1\n', [schemaOnPlan], { schema: true }).plan).toHaveLength(1);
  });

  it('leaves schema findings to the YAML extension only when it is active and the setting is auto', () => {
    expect(showSchemaFindings('auto', false)).toBe(true);
    expect(showSchemaFindings('auto', true)).toBe(false);
    expect(showSchemaFindings('always', true)).toBe(true);
    expect(showSchemaFindings('never', false)).toBe(false);
  });
});

function fakeTimers() {
  let now = 0;
  let queue: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const timers: Timers = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = next++;
      queue.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      queue = queue.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      queue.sort((a, b) => a.at - b.at);
      const t = queue[0];
      if (!t || t.at > until) break;
      queue.shift();
      now = t.at;
      t.fn();
    }
    now = until;
  };
  return { timers, advance };
}

describe('throttle', () => {
  it('checks on the next turn after a quiet spell, then at most once per interval, always ending on the last edit', () => {
    const { timers, advance } = fakeTimers();
    const runs: [string, number][] = [];
    let t = 0;
    const throttle = new Throttle(200, (key) => runs.push([key, t]), timers);
    throttle.schedule('a');
    advance(0);
    expect(runs).toEqual([['a', 0]]);
    // a burst of keystrokes 20 ms apart for 500 ms
    for (let i = 1; i <= 25; i++) {
      t = i * 20;
      advance(20);
      throttle.schedule('a');
    }
    advance(1000);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.length).toBeLessThanOrEqual(5);
    // the last run came after the last edit
    expect(runs.at(-1)![1]).toBe(500);
  });

  it('keeps documents apart, and flush runs a pending check at once', () => {
    const { timers, advance } = fakeTimers();
    const runs: string[] = [];
    const throttle = new Throttle(200, (key) => runs.push(key), timers);
    throttle.schedule('a');
    throttle.schedule('b');
    advance(0);
    expect(runs).toEqual(['a', 'b']);
    throttle.schedule('a');
    expect(throttle.pending('a')).toBe(true);
    expect(throttle.flush('a')).toBe(true);
    expect(runs).toEqual(['a', 'b', 'a']);
    expect(throttle.flush('a')).toBe(false);
    throttle.schedule('b');
    throttle.cancel('b');
    advance(1000);
    expect(runs).toEqual(['a', 'b', 'a']);
  });
});

describe('version gate', () => {
  it('drops a result for an older version than the one published', () => {
    const gate = new VersionGate<string>();
    expect(gate.offer('u', 3, 'v3')).toBe(true);
    expect(gate.offer('u', 2, 'v2')).toBe(false);
    expect(gate.get('u')).toBe('v3');
    expect(gate.get('u', 2)).toBeUndefined();
    expect(gate.offer('u', 3, 'v3 again')).toBe(true);
    expect(gate.get('u', 3)).toBe('v3 again');
  });

  it('does not let a result read from disk replace an editor\'s, until the editor closes', () => {
    const gate = new VersionGate<string>();
    gate.offer('u', -1, 'disk');
    expect(gate.offer('u', 1, 'editor')).toBe(true);
    expect(gate.offer('u', -1, 'disk again')).toBe(false);
    gate.delete('u');
    expect(gate.offer('u', -1, 'disk after close')).toBe(true);
    expect(gate.versionOf('u')).toBe(-1);
  });
});

describe('code actions', () => {
  const checked = checkText(fixture);
  const measurable = checked.findings.find((f) => f.rule === 'measurable-objective')!;

  it('offers the core\'s fixes for the findings in range, the first preferred', () => {
    const actions = selectActions(checked.findings, measurable.offsets!);
    expect(actions.map((a) => [a.title, a.preferred, a.fixAll])).toEqual([
      ['Add a target to O2.1', true, false],
      ['Monitor O2.1 without a target (give the reason)', false, false],
      ['Add "due: 2017-03-31" (the end of the plan) to objective O2', false, false],
      ['Fix all objective-timescale problems in this file (2)', false, true],
    ]);
    expect(actions[0].findings).toEqual([measurable]);
    expect(actions[3].findings.map((f) => f.range.start.line)).toEqual([44, 61]);
  });

  it('offers no "fix all" for a rule with a fix on one finding only', () => {
    const direction = checked.findings.find((f) => f.rule === 'direction-required')!;
    const actions = selectActions(checked.findings, direction.offsets!);
    expect(actions.map((a) => a.title)).toEqual(['Add "better: lower" to O2.1 (lower is better)', 'Add "better: higher" to O2.1 (higher is better)']);
  });

  it('offers nothing away from findings, and matches a cursor inside a finding', () => {
    expect(selectActions(checked.findings, { start: 0, end: 0 })).toEqual([]);
    expect(touches(measurable, { start: measurable.offsets!.start + 2, end: measurable.offsets!.start + 2 })).toBe(true);
    expect(touches(measurable, { start: measurable.offsets!.end + 1, end: measurable.offsets!.end + 1 })).toBe(false);
  });

  it('leaves out of "fix all" edits that would clash', () => {
    const { edits, used } = compatibleEdits([
      [{ start: 0, end: 5, text: 'a' }],
      [{ start: 3, end: 8, text: 'b' }],
      [{ start: 10, end: 10, text: 'c' }],
      [{ start: 10, end: 10, text: 'd' }],
      [{ start: 12, end: 14, text: 'e' }],
    ]);
    expect(used).toEqual([0, 2, 4]);
    expect(edits.map((e) => e.text)).toEqual(['a', 'c', 'e']);
  });
});

describe('CodeLens, hover, outline and status text', () => {
  const checked = checkText(fixture);
  const result = checked.evaluation()!;

  it('outlines objectives and their measures with where they are written', () => {
    const outline = outlineOf(checked.source);
    expect(outline.map((o) => `${o.id}: ${o.children.map((m) => m.id).join(' ')}`)).toEqual(['O1: O1.1 O1.2', 'O2: O2.1', 'O3: O3.1']);
    const o2 = outline[1];
    expect(fixture.slice(o2.selectionStart, o2.selectionEnd)).toBe('O2');
    expect(fixture.slice(o2.start, o2.start + 10)).toBe('id: O2\n   ');
    expect(o2.title).toBe('Support victims of anti-social behaviour');
  });

  it('writes the lens over each objective and measure', () => {
    expect(objectiveLens(findObjective(result, 'O1')!)).toBe('O1: on-track · 2 measures: 1 on-track, 1 monitored');
    expect(measureLens(findMeasure(result, 'O1.1')!)).toBe('O1.1: on-track · current 1,895 burglaries (12 months to March 2015) vs expected 1,933 · 38 fewer than the trajectory (better)');
    expect(measureLens(findMeasure(result, 'O1.2')!)).toBe('O1.2: monitored · current 86.0% ±3 (31 March 2015) · ▲ up 1.8 points on a year earlier: better, but within normal variation');
    expect(measureLens(findMeasure(result, 'O2.1')!)).toBe('O2.1: unmeasured · current 575 repeat victims (12 months to March 2015)');
    expect(measureLens(findMeasure(result, 'O3.1')!)).toBe('O3.1: on-track · latest evidence 2015-02-10: on-track');
  });

  it('writes the hover with current, expected, gap, direction with z, SPC and interval', () => {
    const hover = measureHover(findMeasure(result, 'O1.1')!);
    expect(hover).toContain('**O1.1 Dwelling burglary** (high-level, count, lower is better)');
    expect(hover).toContain('| Current | 1,895 burglaries in the 12 months to March 2015 |');
    expect(hover).toContain('| Expected | 1,933 on the trajectory to 1,800 by 2017-03-31 |');
    expect(hover).toContain('| Gap | 38 fewer than the trajectory (better) |');
    // 1,895 − 2,000 = −105, and 105 / 2,000 = 5.25%: down, and lower is better
    expect(hover).toContain('| Direction of travel | ▼ down 5.3% on the previous 12 months: better, but within normal variation (z = −1.68; previous 2,000) |');
    expect(hover).toContain('| Control limits | too few figures for control limits (12 are needed) |');
    const survey = measureHover(findMeasure(result, 'O1.2')!);
    expect(survey).toMatch(/\| Margin of error \| 95% likely between \d+\.\d% and \d+\.\d% \|/);
  });

  it('shows the SPC verdict on a measure with enough points', () => {
    const wm = readFileSync(join(__dirname, '..', 'plans', 'west-mercia-2013-17.plan.yaml'), 'utf8');
    const r = checkText(wm, '2015-03-31').evaluation()!;
    const hover = measureHover(findMeasure(r, 'O1.1')!);
    expect(hover).toMatch(/\| Control limits \| (within normal variation: no unusual pattern|[^|]+: (improvement|concern))(; on current performance the target will be (met in some months and missed in others|met every month|missed every month unless something changes))? \(average [\d,]+, usual range [\d,]+ to [\d,]+\) \|/);
  });

  it('gives the reason for monitoring and the latest commentary in the hover', () => {
    const m = { ...findMeasure(result, 'O1.2')!, monitorReason: 'Targets would distort [reporting]', commentary: [{ date: '2015-01-05', text: 'Old' }, { date: '2015-03-02', text: 'New *note*' }] };
    const hover = measureHover(m);
    expect(hover).toContain('| No target, by decision | Targets would distort \\[reporting\\] |');
    expect(hover).toContain('| Latest commentary | 2015-03-02: New \\*note\\* |');
    expect(hover).not.toContain('Old');
    const awkward = measureHover({ ...m, commentary: [{ date: '2015-03-02', text: 'Line one\nLine two | x' }] });
    expect(awkward).toContain('| Latest commentary | 2015-03-02: Line one Line two \\| x |');
    expect(awkward.split('\n').filter((l) => l.startsWith('| Latest commentary'))).toHaveLength(1);
  });

  it('escapes plan text in the hover', () => {
    const m = { ...findMeasure(result, 'O3.1')!, title: 'Evil [link](http://x) <b>' };
    expect(measureHover(m)).toContain('Evil \\[link\\](http://x) \\<b\\>');
  });

  it('counts objectives by status for the status bar, and prints a summary', () => {
    expect(statusText(result)).toBe('Plan: 2 on-track · 1 no-data');
    expect(statusText(undefined)).toBe('Plan: not scored');
    const summary = summaryText(result, '2015-03-31');
    expect(summary.split('\n').slice(0, 3)).toEqual(['Police and Crime Plan for a test force 2014-2017 (test-force-2014-17), as of 2015-03-31', 'Objectives: 2 on-track · 1 no-data', 'Measures: 2 on-track, 1 monitored, 1 unmeasured']);
    expect(summary).toContain('  unmeasured        O2.1    Repeat victims of anti-social behaviour  [current 575 repeat victims (12 months to March 2015)]');
  });

  it('formats numbers as people read them', () => {
    expect(formatValue(1234567.8, 'count')).toBe('1,234,568');
    expect(formatValue(12.345, 'rate')).toBe('12.3');
    expect(formatValue(85.25, 'proportion')).toBe('85.3%');
    expect(formatValue(null, 'count')).toBe('–');
    expect(formatSigned(-247.3, 'count')).toBe('−247');
    expect(formatSigned(3.25, 'value')).toBe('+3.25');
  });
});

describe('settings', () => {
  it('reads planScore.rules as config overrides and reports what it cannot use', () => {
    const { rules, problems } = rulesFromSettings({ 'partners-named': 'off', 'max-objectives': ['warning', { max: 13 }], 'no-such-rule': 'error', 'early-wins': 'loud' }, knownRuleIds());
    expect(rules).toEqual({ 'partners-named': { severity: 'off', options: {} }, 'max-objectives': { severity: 'warning', options: { max: 13 } } });
    expect(problems).toEqual(['planScore.rules: there is no rule "no-such-rule"', 'planScore.rules: "early-wins" should be off, info, warning or error, or [severity, {options}]']);
    expect(rulesFromSettings(undefined, knownRuleIds())).toEqual({ rules: {}, problems: [] });
  });

  it('accepts only real dates for the as-of date', () => {
    expect(isDate('2015-03-31')).toBe(true);
    expect(isDate('2015-02-29')).toBe(false);
    expect(isDate('2015-3-31')).toBe(false);
  });
});
