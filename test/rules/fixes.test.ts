// No quick fix trades one error for another: applied to a plan, a fix removes its own finding and
// brings no error that was not there before, apart from placeholders, which mark (one error each,
// on the node) what the officer must still write. Checked for every fix of every rule that has fixes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../../core/check';
import { applyEdits } from '../../core/edits';
import { allRules } from '../../core/rules/index';
import type { Finding } from '../../core/types';
import { corpus } from './corpus';
import { asOf } from './helpers';

const fs = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } }, exists: () => true };
const check = (text: string, file: string) => checkPlanText(text, file, { asOf, fs }).findings.filter((f) => f.file === file);
const errorKey = (f: Finding) => `${f.rule} ${JSON.stringify(f.path)}`;

interface Applied {
  finding: Finding;
  title: string;
  before: Finding[];
  after: Finding[];
  text: string;
}

const applied: Applied[] = [];
for (const { file, text } of corpus) {
  const before = check(text, file);
  for (const finding of before) {
    for (const fix of finding.fixes ?? []) {
      const fixed = applyEdits(text, fix.edits);
      applied.push({ finding, title: fix.title, before, after: check(fixed, file), text: fixed });
    }
  }
}

describe('quick fixes never trade one error for another', () => {
  const withFixes = [...new Set(applied.map((a) => a.finding.rule))];

  it('covers every rule that offers fixes', () => {
    expect(withFixes.sort()).toEqual(['action-overdue', 'consider-rebase', 'direction-required', 'explain-off-track', 'known-references', 'measurable-objective', 'objective-timescale', 'off-track-needs-action', 'survey-needs-sample', 'target-needs-baseline', 'time-bound-target', 'unique-ids']);
    expect(allRules.map((r) => r.id)).toEqual(expect.arrayContaining(withFixes));
  });

  it.each(withFixes)('%s', (rule) => {
    for (const a of applied.filter((x) => x.finding.rule === rule)) {
      const had = new Set(a.before.filter((f) => f.severity === 'error').map(errorKey));
      const brought = a.after.filter((f) => f.severity === 'error' && f.rule !== 'placeholder' && !had.has(errorKey(f)));
      expect(brought.map((f) => `${f.rule}: ${f.message}`), `"${a.title}"`).toEqual([]);
      expect(a.after.some((f) => f.rule === 'syntax'), `"${a.title}" leaves readable YAML`).toBe(false);
      const same = a.after.filter((f) => f.rule === rule && f.message === a.finding.message);
      expect(same, `"${a.title}" removes its finding`).toEqual([]);
      // what is left to decide is a placeholder, never a made-up figure such as a target of 0
      expect(a.text).not.toMatch(/target: \{value: 0\b/);
    }
  });

  it('"Add a target" writes the target with a baseline to fill in, and each placeholder is one error saying what to write', () => {
    const a = applied.find((x) => x.title.startsWith('Add a target and its baseline to'));
    expect(a, 'an example adds a target where there is no baseline').toBeDefined();
    const placeholders = a!.after.filter((f) => f.rule === 'placeholder');
    const end = /period: \{start: \S+, end: (\d{4}-\d{2}-\d{2})\}/.exec(a!.text)![1];
    expect(a!.text).toContain(`baseline: {period: TODO, value: TODO}\n`);
    expect(a!.text).toContain(`target: {value: TODO, by: ${end}}\n`);
    expect(placeholders.map((f) => f.path.slice(-2))).toEqual([
      ['baseline', 'period'],
      ['baseline', 'value'],
      ['target', 'value'],
    ]);
    expect(placeholders.every((f) => f.severity === 'error')).toBe(true);
    expect(a!.after.filter((f) => f.rule === 'schema')).toEqual([]);
    expect(a!.after.filter((f) => f.rule === 'target-needs-baseline')).toEqual([]);
  });
});
