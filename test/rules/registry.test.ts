// The registry against the rules table: every rule registered once, with its default severity and a docs page.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules, builtInFindings } from '../../core/rules/index';

const table: Record<string, string> = {
  schema: 'error',
  'unique-ids': 'error',
  'known-references': 'error',
  'measurable-objective': 'error',
  'time-bound-target': 'error',
  'target-needs-baseline': 'error',
  'direction-required': 'error',
  'monitor-needs-reason': 'error',
  'target-already-met': 'warning',
  'ambitious-target': 'warning',
  'survey-needs-sample': 'warning',
  'perception-only': 'info',
  'stale-data': 'warning',
  'data-gap': 'warning',
  'duplicate-period': 'error',
  'partners-named': 'warning',
  'objective-timescale': 'warning',
  'early-wins': 'info',
  'max-objectives': 'warning',
  'max-high-level-measures': 'warning',
  'qualitative-evidence': 'info',
  'explain-off-track': 'warning',
  placeholder: 'error',
  'frequency-mismatch': 'error',
  'override-lapsed': 'warning',
  'off-track-needs-action': 'warning',
  'action-overdue': 'warning',
  'recommendation-unanswered': 'warning',
  'consider-rebase': 'info',
  'area-sum': 'warning',
};

const docs = new URL('../../docs/rules/', import.meta.url);

describe('the rule registry', () => {
  it('holds each rule once, with the default severity of the rules table', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const severities = Object.fromEntries([
      ...Object.entries(builtInFindings).map(([id, f]) => [id, f.defaultSeverity]),
      ...allRules.map((r) => [r.id, r.defaultSeverity]),
    ]);
    for (const [id, severity] of Object.entries(table)) expect(severities[id], id).toBe(severity);
  });

  it('gives every rule a description, tags and a docs page listed in the index', () => {
    const index = readFileSync(new URL('README.md', docs), 'utf8');
    for (const id of [...Object.keys(builtInFindings), ...allRules.map((r) => r.id)]) {
      expect(existsSync(new URL(`${id}.md`, docs)), `docs/rules/${id}.md`).toBe(true);
      expect(index, id).toContain(`[${id}](${id}.md)`);
    }
    for (const rule of allRules) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.tags.length, rule.id).toBeGreaterThan(0);
    }
  });
});
