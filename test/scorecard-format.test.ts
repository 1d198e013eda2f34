import { describe, expect, it } from 'vitest';
import type { MeasureResult, MeasureStatus, ObjectiveResult, PlanResult, ScoreResult } from '../core/results';
import type { Finding } from '../core/types';
import { json, jsonOfParts, planJsonText } from '../cli/scorecard/json';
import { markdown } from '../cli/scorecard/markdown';
import { formatNumber as formatValue, formatSigned, groupDigits, longDate, markdownCell as cell, measureRows } from '../core/present/index';
import { sparkline } from '../cli/scorecard/sparkline';
import { table } from '../cli/scorecard/table';
import { truncate, widthOf, wrapList } from '../cli/scorecard/text';

const ESC = '\u001b';
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const widest = (text: string) => Math.max(...stripAnsi(text).split('\n').map(widthOf));

function measure(over: Partial<MeasureResult> & { id: string }): MeasureResult {
  return {
    title: `Measure ${over.id}`,
    tier: 'high-level',
    supports: null,
    type: 'count',
    better: 'lower',
    unit: 'crimes',
    status: 'on-track',
    computedStatus: over.status ?? 'on-track',
    override: null,
    withinMargin: null,
    stale: false,
    current: { value: 42950, at: '2015-02-28' },
    expected: 42702.7,
    gap: -247.3,
    direction: { verdict: 'improving', z: -3.1, previous: 43890, difference: -940, dispersion: 1 },
    spc: { from: '2014-01', centre: 3575.2, lower: 3301, upper: 3849.4, meanRange: 103.1, variation: 'common-cause', assurance: 'hit-and-miss' },
    interval: null,
    baseline: { period: 'FY2012-13', at: '2013-03-31', value: 44000 },
    target: { value: 41800, by: '2017-03-31' },
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((v, i) => ({ period: `2014-0${i + 1}`, at: `2014-0${i + 1}-28`, value: v * 100, sample: null, of: null, note: null, interval: null, special: null })),
    evidence: [],
    commentary: [],
    monitorReason: null,
    yearToDate: null,
    spcSegments: [],
    ...over,
  };
}

function objective(id: string, measures: MeasureResult[], over: Partial<ObjectiveResult> = {}): ObjectiveResult {
  return { id, title: `Objective ${id}`, status: 'on-track', direction: null, measures, ...over };
}

function plan(objectives: ObjectiveResult[], over: Partial<PlanResult> = {}): PlanResult {
  return { id: 'test-plan', title: 'Police and Crime Plan for Testshire 2013-2017', file: 'plans/test.plan.yaml', summary: { objectives: { 'on-track': 1 }, measures: { 'on-track': 2 } }, objectives, ...over };
}

const finding: Finding = {
  rule: 'stale-data',
  severity: 'warning',
  message: 'The latest point is old',
  file: 'plans/test.plan.yaml',
  path: ['objectives', 0, 'measures', 1],
  range: { start: { line: 41, column: 9 }, end: { line: 41, column: 30 } },
  offsets: { start: 1, end: 2 },
  fixes: [],
};

const basic: ScoreResult = {
  asOf: '2015-03-31',
  plans: [
    plan([
      objective('O1', [
        measure({ id: 'O1.2', tier: 'detailed', supports: 'O1.1', title: 'Burglary of dwellings', status: 'at-risk' }),
        measure({ id: 'O1.1', title: 'Victim-based crime' }),
        measure({ id: 'O1.3', tier: 'detailed', supports: 'nowhere', title: 'Orphan measure', status: 'no-data', current: null, expected: null, gap: null, direction: null, spc: null, series: [] }),
      ]),
    ]),
  ],
  findings: [finding],
};

const allStatuses: MeasureStatus[] = ['on-track', 'at-risk', 'off-track', 'achieved', 'missed', 'no-data', 'insufficient-data', 'monitored', 'unmeasured'];

describe('sparkline', () => {
  it('maps the series between its own minimum and maximum', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([10, 80])).toBe('▁█');
    // (35 − 0) / 70 × 7 = 3.5 → rounds to 4: ▅
    expect(sparkline([0, 35, 70])).toBe('▁▅█');
    expect(sparkline([0, 10, 70])).toBe('▁▂█');
  });
  it('shows a flat series in the middle, and the latest points only', () => {
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline([100, 1, 2, 3], 3)).toBe('▁▅█');
    expect(sparkline([])).toBe('');
    expect(sparkline([1, Number.NaN, 3])).toBe('▁ █');
  });
});

describe('display numbers', () => {
  it('groups thousands and rounds for display', () => {
    expect(groupDigits(1234567.8)).toBe('1,234,568');
    expect(groupDigits(-1234.56, 1)).toBe('−1,234.6');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(-0.2)).toBe('0');
    expect(groupDigits(Number.POSITIVE_INFINITY)).toBe('–');
  });
  it('formats by measure type', () => {
    expect(formatValue(42702.7, 'count')).toBe('42,703');
    expect(formatValue(7, 'count')).toBe('7');
    expect(formatValue(3.45, 'count')).toBe('3.5');
    expect(formatValue(84.9, 'proportion')).toBe('84.9%');
    expect(formatValue(85, 'proportion')).toBe('85.0%');
    expect(formatValue(8.7, 'rate')).toBe('8.70');
    expect(formatValue(30.14, 'rate')).toBe('30.1');
    expect(formatValue(1520.4, 'value')).toBe('1,520');
    expect(formatValue(null, 'count')).toBe('–');
  });
  it('signs gaps', () => {
    expect(formatSigned(-247.3, 'count')).toBe('−247');
    expect(formatSigned(1339.2, 'count')).toBe('+1,339');
    expect(formatSigned(0, 'count')).toBe('±0');
    expect(formatSigned(1.24, 'proportion')).toBe('+1.2 pts');
    expect(formatSigned(-0.01, 'proportion')).toBe('±0.0 pts');
  });
  it('writes dates for people', () => {
    expect(longDate('2016-03-31')).toBe('31 March 2016');
    expect(longDate('2015-01-05')).toBe('5 January 2015');
    expect(longDate('soon')).toBe('soon');
  });
});

describe('fitting text', () => {
  it('truncates with an ellipsis, by code point', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcd', 4)).toBe('abcd');
    expect(truncate('ab cdef', 4)).toBe('ab…');
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(truncate('abc', 0)).toBe('');
  });
  it('wraps lists', () => {
    expect(wrapList('Measures:', ['10 on-track', '3 at-risk', '2 off-track'], 24)).toEqual(['Measures: 10 on-track,', '  3 at-risk, 2 off-track']);
  });
});

describe('reading order', () => {
  it('puts detailed measures beneath the high-level measure they support, orphans after', () => {
    const rows = measureRows<MeasureResult, ObjectiveResult>(basic.plans[0]);
    expect(rows.map((r) => (r.kind === 'objective' ? r.objective.id : `${r.depth}:${r.measure.id}`))).toEqual(['O1', '1:O1.1', '2:O1.2', '1:O1.3']);
  });
  it('places a detailed measure under a high-level measure of another objective', () => {
    const p = plan([objective('O1', [measure({ id: 'A' })]), objective('O2', [measure({ id: 'B', tier: 'detailed', supports: 'A' }), measure({ id: 'C' })])]);
    expect(measureRows<MeasureResult, ObjectiveResult>(p).map((r) => (r.kind === 'objective' ? r.objective.id : `${r.depth}:${r.measure.id}`))).toEqual(['O1', '1:A', '2:B', 'O2', '1:C']);
  });
});

describe('table', () => {
  it('shows the header, rows with symbols and words, figures and the findings line', () => {
    const out = table(basic);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Police and Crime Plan for Testshire 2013-2017');
    expect(lines[1]).toBe('test-plan · as of 31 March 2015 · plans/test.plan.yaml');
    expect(lines[2]).toBe('Objectives: 1 on-track');
    expect(lines[3]).toBe('Measures: 2 on-track');
    const high = lines.find((l) => l.includes('O1.1 Victim-based crime'))!;
    // 42,950 − 43,890 = −940, and 940 / 43,890 = 2.14%: down, a significant improvement
    expect(high).toMatch(/^● on-track {3}O1\.1 Victim-based crime +42,950 +42,703 +▼ −2\.1% better +normal +▁▂▃▄▅▆▇█$/);
    const detailed = lines.find((l) => l.includes('O1.2'))!;
    expect(detailed).toMatch(/^▲ at-risk {6}O1\.2 /);
    expect(lines.find((l) => l.includes('O1.3'))).toMatch(/^○ no-data {4}O1\.3 Orphan measure +– +–$/);
    expect(lines.find((l) => l.startsWith('● on-track'))).toContain('O1 Objective O1');
    expect(out).toContain('1 finding (1 warning): run plan-score check for details');
    expect(out).not.toContain(ESC);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('colours only when asked', () => {
    const out = table(basic, { color: true });
    expect(out).toContain(`${ESC}[32m● on-track`);
    expect(stripAnsi(out)).toBe(table(basic));
  });

  it('marks stale figures, monitored objectives with their direction, and every status in words', () => {
    const measures = allStatuses.map((status, i) => measure({ id: `M${i}`, status, stale: i === 0 }));
    const p = plan([objective('O1', measures, { status: 'monitored', direction: 'deteriorating' })]);
    const out = table({ asOf: '2015-03-31', plans: [p], findings: [] });
    for (const s of allStatuses) expect(out).toMatch(new RegExp(`[●▲✖✔○◌◆·] ${s} `));
    expect(out.split('\n').find((l) => l.includes('M0'))).toMatch(/ stale$/);
    expect(out.split('\n').find((l) => l.startsWith('◆ monitored'))).toMatch(/O1 Objective O1 +worst: worse$/);
    expect(out).toContain('No findings.');
  });

  it('never writes a line wider than 100 columns, however long the text', () => {
    const long = 'Proportion of residents who agree that the police and local councils are dealing with the anti-social behaviour and crime issues that matter in this area';
    const measures = [
      measure({ id: 'O1.1', title: long, current: { value: 123456789012, at: '2015-01-31' }, expected: -98765432.1, stale: true, spc: { from: 'x', centre: 1, lower: 0, upper: 2, meanRange: 1, variation: 'special-cause-improvement', assurance: null }, direction: { verdict: 'deteriorating', z: 3, previous: 1, difference: 2, dispersion: 1 } }),
      measure({ id: 'O1.2-with-a-very-long-identifier-indeed', tier: 'detailed', supports: 'O1.1', title: long, status: 'insufficient-data', type: 'proportion', series: Array.from({ length: 60 }, (_, i) => ({ period: 'x', at: 'x', value: i, sample: null, of: null, note: null, interval: null, special: null })) }),
    ];
    const p = plan([objective('O1', measures, { title: long })], { title: long + long, file: `plans/${'deep/'.repeat(30)}x.plan.yaml` });
    const summary = { objectives: { 'on-track': 1, 'at-risk': 2, 'off-track': 3, monitored: 4, 'no-data': 5 }, measures: Object.fromEntries(allStatuses.map((s) => [s, 1234])) };
    for (const color of [false, true]) {
      const out = table({ asOf: '2015-03-31', plans: [{ ...p, summary }], findings: [finding] }, { color });
      expect(widest(out)).toBeLessThanOrEqual(100);
      expect(stripAnsi(out)).toContain('…');
    }
    expect(widest(table(basic, { width: 60 }))).toBeLessThanOrEqual(60);
  });

  it('names the files that could not be scored', () => {
    const out = table({ asOf: '2015-03-31', plans: [], findings: [{ ...finding, rule: 'syntax', severity: 'error' }] }, { unscored: ['plans/bad.plan.yaml'] });
    expect(out).toContain('No plan could be scored as of 31 March 2015.');
    expect(out).toContain('Not scored: plans/bad.plan.yaml could not be read as a plan');
    expect(out).toContain('1 finding (1 error)');
  });

  it('shows escape sequences in plan text instead of obeying them', () => {
    const p = plan([objective('O1', [measure({ id: 'O1.1', title: `Evil ${ESC}[2J title` })])]);
    expect(table({ asOf: '2015-03-31', plans: [p], findings: [] })).not.toContain(ESC);
  });
});

describe('markdown', () => {
  it('writes one GitHub table per plan, every row with the same number of cells', () => {
    const out = markdown(basic);
    const rows = out.split('\n').filter((l) => l.startsWith('|'));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(rows.length).toBe(2 + 4);
    for (const r of rows) expect(cells(r)).toBe(cells(rows[0]));
    expect(rows[0]).toBe('| Objective / measure | Tier | Status | Current | Expected | Gap | Direction of travel | Control limits | Trend | Stale |');
    expect(rows[1]).toMatch(/^\|( -{3}:? \|)+$/);
    expect(rows[2]).toBe('| **O1 Objective O1** | objective | **● on-track** |  |  |  |  |  |  |  |');
    // 42,950 − 42,702.7 = 247.3 more crimes than the line, where lower is better
    expect(rows[3]).toBe('| O1.1 Victim-based crime | high-level | ● on-track | 42,950 crimes in the 12 months to February 2015 | 42,703 crimes | 247 more than the trajectory (worse) | ▼ down 2.1% on the previous 12 months: better, beyond normal variation | within normal variation: no unusual pattern; on current performance the target will be met in some months and missed in others | ▁▂▃▄▅▆▇█ |  |');
    expect(rows[4].startsWith('| ↳ O1.2 Burglary of dwellings | detailed | ▲ at-risk |')).toBe(true);
    expect(out).toContain('# Scorecard as of 31 March 2015');
    expect(out).toContain('**Objectives:** 1 on-track');
    expect(out).not.toContain(ESC);
  });
  it('escapes plan text', () => {
    expect(cell('a | b *c* <script>\nd')).toBe('a \\| b \\*c\\* \\<script\\> d');
    const p = plan([objective('O1', [measure({ id: 'O1.1', title: 'A | B' })])]);
    const row = markdown({ asOf: '2015-03-31', plans: [p], findings: [] }).split('\n').find((l) => l.includes('A \\| B'))!;
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(12);
  });
});

describe('json', () => {
  it('has the §6 shape with unrounded numbers and nulls', () => {
    const out = JSON.parse(json(basic));
    expect(Object.keys(out)).toEqual(['asOf', 'plans', 'findings']);
    expect(out.asOf).toBe('2015-03-31');
    const p = out.plans[0];
    expect(p).toMatchObject({ id: 'test-plan', file: 'plans/test.plan.yaml', summary: { objectives: { 'on-track': 1 }, measures: { 'on-track': 2 } } });
    const m = p.objectives[0].measures.find((x: { id: string }) => x.id === 'O1.1');
    expect(m).toMatchObject({ tier: 'high-level', status: 'on-track', stale: false, current: { value: 42950, at: '2015-02-28' }, expected: 42702.7, gap: -247.3, interval: null });
    expect(m.direction).toEqual({ verdict: 'improving', z: -3.1, previous: 43890, difference: -940, dispersion: 1 });
    expect(m.spc).toMatchObject({ centre: 3575.2, lower: 3301, upper: 3849.4, variation: 'common-cause', assurance: 'hit-and-miss' });
    const orphan = p.objectives[0].measures.find((x: { id: string }) => x.id === 'O1.3');
    for (const key of ['current', 'expected', 'gap', 'direction', 'spc', 'interval']) expect(orphan[key]).toBeNull();
    expect(out.findings).toEqual([{ rule: 'stale-data', severity: 'warning', message: 'The latest point is old', file: 'plans/test.plan.yaml', path: ['objectives', 0, 'measures', 1], range: { start: { line: 41, column: 9 }, end: { line: 41, column: 30 } } }]);
  });

  it('puts the plans written one by one (as the threads that score them do) into one document', () => {
    const second = plan([objective('O2', [measure({ id: 'O2.1' })])], { id: 'second-plan', file: 'plans/second.plan.yaml' });
    const change = { plan: 'test-plan', objective: 'O1', measure: 'O1.1', what: 'status' as const, from: 'at-risk', to: 'on-track', title: 'Victim-based crime' };
    const withSince: ScoreResult = { ...basic, plans: [...basic.plans, second], since: '2014-03-31', changes: [change] as ScoreResult['changes'] };
    const whole = JSON.parse(jsonOfParts({ asOf: withSince.asOf, since: withSince.since, changes: withSince.changes, plans: withSince.plans.map(planJsonText), findings: withSince.findings }));
    expect(Object.keys(whole)).toEqual(['asOf', 'since', 'changes', 'plans', 'findings']);
    expect(whole.plans.map((p: { id: string }) => p.id)).toEqual(['test-plan', 'second-plan']);
    expect(whole.plans[1].objectives[0].measures[0]).toMatchObject({ id: 'O2.1', expected: 42702.7, gap: -247.3 });
    expect(whole.changes).toEqual([{ ...change, action: null, recommendation: null }]);
    expect(whole.findings).toHaveLength(1);

    // the whole layout, written out: two spaces a level, each change (like each series point) on one line
    const empty = plan([], { summary: { objectives: {}, measures: {} } });
    const text = jsonOfParts({ asOf: '2015-03-31', since: '2014-03-31', changes: [change] as ScoreResult['changes'], plans: [planJsonText(empty)], findings: [] });
    expect(text).toBe(
      [
        '{',
        '  "asOf": "2015-03-31",',
        '  "since": "2014-03-31",',
        '  "changes": [',
        '    {"plan":"test-plan","objective":"O1","measure":"O1.1","what":"status","from":"at-risk","to":"on-track","action":null,"recommendation":null,"title":"Victim-based crime"}',
        '  ],',
        '  "plans": [',
        '    {',
        '      "id": "test-plan",',
        '      "file": "plans/test.plan.yaml",',
        '      "summary": {',
        '        "objectives": {},',
        '        "measures": {}',
        '      },',
        '      "objectives": [],',
        '      "recommendations": [],',
        '      "title": "Police and Crime Plan for Testshire 2013-2017"',
        '    }',
        '  ],',
        '  "findings": []',
        '}',
        '',
      ].join('\n'),
    );
    expect(json({ asOf: '2015-03-31', plans: [], findings: [] })).toBe('{\n  "asOf": "2015-03-31",\n  "plans": [],\n  "findings": []\n}\n');
    expect(json(basic)).toContain('\n              "series": [\n                {"period":"2014-01","at":"2014-01-28","value":100,');
  });
});

describe('table width', () => {
  it('follows the terminal between 60 and 200 columns; 100 for files and pipes', async () => {
    const { tableWidth } = await import('../cli/io');
    const io = (isTTY: boolean, columns?: number) => ({ stdout: () => {}, stderr: () => {}, env: {}, isTTY, columns });
    expect(tableWidth(io(true, 160), false)).toBe(160);
    expect(tableWidth(io(true, 40), false)).toBe(60);
    expect(tableWidth(io(true, 400), false)).toBe(200);
    expect(tableWidth(io(true, 160), true)).toBe(100);
    expect(tableWidth(io(false, 160), false)).toBe(100);
    expect(tableWidth(io(true), false)).toBe(100);
  });
});
