// One measure through every output: the scorecard (table, Markdown, JSON), the report (Markdown,
// HTML markup, the preview's renderer), the editor's hover, CodeLens and status bar, and the diff.
// Each must say the same words, because they all take them from core/present.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { json } from '../cli/scorecard/json';
import { markdown as scorecardMarkdown } from '../cli/scorecard/markdown';
import { table } from '../cli/scorecard/table';
import { formatDiffMarkdown } from '../cli/diff-formats/markdown';
import type { PlanDiff } from '../core/diff/index';
import { controlText, currentText, currentWhen, formatNumber, gapText, keyTitle, markdownCell, statusLabel, travelShort, travelText, withUnit } from '../core/present/index';
import { reportMarkdown } from '../core/report/markdown';
import type { MeasureResult, PlanResult, ScoreResult } from '../core/results';
import { measureHover, measureLens, statusText } from '../extension/adapter/text';
import { renderInto } from '../view/render';
import { staticMarkup } from '../view/static';

// A count two years into a four-year plan, behind its trajectory and rising.
const measure: MeasureResult = {
  id: 'O1.1',
  title: 'Victim-based crime <b>|</b>',
  tier: 'high-level',
  supports: null,
  type: 'count',
  better: 'lower',
  unit: 'crimes',
  status: 'off-track',
  computedStatus: 'off-track',
  override: null,
  withinMargin: null,
  stale: false,
  current: { value: 45950, at: '2015-03-31' },
  expected: 43702.7,
  gap: -2247.3,
  direction: { verdict: 'deteriorating', z: 3.1, previous: 43890, difference: 2060, dispersion: 1 },
  yearToDate: null,
  spcSegments: [],
  spc: { from: '2012-04', centre: 3700, lower: 3400, upper: 4000, meanRange: 112.8, variation: 'special-cause-concern', assurance: 'consistently-fails' },
  interval: null,
  baseline: { period: 'FY2012-13', at: '2013-03-31', value: 44000 },
  target: { value: 41800, by: '2017-03-31' },
  series: [],
  evidence: [],
  commentary: [],
  monitorReason: null,
};

const plan: PlanResult = {
  id: 'parity-2013-17',
  title: 'Parity plan',
  file: 'plans/parity.plan.yaml',
  summary: { objectives: { 'off-track': 1 }, measures: { 'off-track': 1 } },
  objectives: [{ id: 'O1', title: 'Reduce crime', status: 'off-track', direction: null, measures: [measure] }],
};

const result: ScoreResult = { asOf: '2015-03-31', plans: [plan], findings: [] };

// The words every output shares, spelt out so that a change to the vocabulary is seen here.
const words = {
  status: statusLabel('off-track'),
  current: formatNumber(45950, 'count'),
  currentWithUnit: withUnit(45950, measure),
  when: currentWhen(measure),
  currentText: currentText(measure),
  expected: formatNumber(43702.7, 'count'),
  gap: gapText(measure),
  direction: travelText(measure),
  directionShort: travelShort(measure),
  spc: controlText(measure),
};

describe('one vocabulary', () => {
  it('spells the shared words as expected', () => {
    expect(words).toEqual({
      status: '✖ off-track',
      current: '45,950',
      currentWithUnit: '45,950 crimes',
      when: '12 months to March 2015',
      currentText: '45,950 crimes in the 12 months to March 2015',
      expected: '43,703',
      // 45,950 − 43,702.7 = 2,247.3 more crimes than the line: worse, since lower is better
      gap: '2,247 more than the trajectory (worse)',
      // 2,060 / 43,890 = 4.69%
      direction: '▲ up 4.7% on the previous 12 months: worse, beyond normal variation',
      directionShort: '▲ +4.7% worse',
      // no series: the pattern cannot be named, only the verdict
      spc: 'an unusual pattern: concern; on current performance the target will be missed every figure unless something changes',
    });
  });

  it('the terminal scorecard', () => {
    const out = table(result, { width: 160 });
    for (const w of [words.status, words.current, words.expected, words.directionShort, keyTitle]) expect(out).toContain(w);
  });

  it('the scorecard in Markdown', () => {
    const out = scorecardMarkdown(result);
    for (const w of [words.status, words.currentText, words.expected, words.gap, words.direction, words.spc, keyTitle, markdownCell(measure.title)]) expect(out).toContain(w);
  });

  it('the scorecard in JSON keeps the status word and the unrounded figures', () => {
    const m = JSON.parse(json(result)).plans[0].objectives[0].measures[0];
    expect([m.status, m.current.value, m.expected, m.gap, m.direction.verdict]).toEqual(['off-track', 45950, 43702.7, -2247.3, 'deteriorating']);
  });

  it('the report in Markdown', () => {
    const out = reportMarkdown(result);
    for (const w of [words.status, words.currentText, words.expected, words.gap, words.direction, words.spc, keyTitle, markdownCell(measure.title)]) expect(out).toContain(w);
  });

  it('the report in HTML and the preview: the same renderer, the same words', () => {
    const markup = new JSDOM(`<main>${staticMarkup(result)}</main>`).window.document;
    const preview = new JSDOM('<main id="root"></main>').window.document;
    renderInto(preview.getElementById('root')!, { asOf: result.asOf, plan, findings: [] }, { interactive: true });
    for (const doc of [markup, preview]) {
      const row = doc.querySelector('tr[data-measure-id="O1.1"]')!;
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
      expect(cells[0]).toBe(words.status);
      expect(cells[1]).toContain(measure.title);
      expect(cells[2]).toBe(words.currentWithUnit + words.when);
      expect(cells[3]).toBe(words.expected + ' crimes');
      expect(cells[4]).toBe(words.gap);
      expect(cells[5]).toBe(words.direction);
      expect(cells[6]).toBe(words.spc);
    }
  });

  it('the editor: hover, CodeLens and status bar', () => {
    const hover = measureHover(measure);
    for (const w of [words.currentText, words.expected, words.gap, words.direction, words.spc]) expect(hover).toContain(w);
    const lens = measureLens(measure);
    for (const w of ['off-track', words.currentWithUnit, words.when, words.expected, words.gap]) expect(lens).toContain(w);
    expect(statusText(plan)).toBe('Plan: 1 off-track');
  });

  it('the diff in Markdown escapes plan text as the other Markdown outputs do', () => {
    const diff: PlanDiff = {
      old: { id: 'parity-2013-17', title: 'Parity plan', version: null },
      new: { id: 'parity-2013-17', title: 'Parity plan', version: null },
      changes: [{ kind: 'measure-renamed', objective: 'O1', measure: 'O1.1', from: 'Victim-based crime', to: measure.title }],
      titles: { objectives: { O1: 'Reduce crime' }, measures: { 'O1.1': measure.title } },
    } as unknown as PlanDiff;
    const out = formatDiffMarkdown(diff, { color: false, oldFile: 'a.plan.yaml', newFile: 'b.plan.yaml' });
    expect(out).toContain(markdownCell(measure.title));
    expect(out).not.toMatch(/(?<!\\)<b>/);
  });
});
