// Every rule's findings end where their node ends: never over a trailing comment or spaces. Each
// rule fires on an example (or a sample plan); the same plans are checked again with a comment
// after every line, and every finding must keep exactly the range it had without the comments.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../../core/check';
import { contentLength } from '../../core/findings';
import { allRules } from '../../core/rules/index';
import type { Finding } from '../../core/types';
import { asOf } from './helpers';
import { corpus } from './corpus';

/** A comment after every line that can take one (not inside block scalars, not after a comment). */
function withComments(text: string): string {
  let blockIndent: number | undefined;
  return text
    .split('\n')
    .map((line) => {
      const indent = line.length - line.trimStart().length;
      if (blockIndent !== undefined) {
        if (line.trim() === '' || indent > blockIndent) return line;
        blockIndent = undefined;
      }
      if (/[|>][-+0-9]*\s*$/.test(line)) {
        blockIndent = indent;
        return line;
      }
      if (line.trim() === '' || line.trimStart().startsWith('#')) return line;
      return contentLength(line) < line.length ? line : `${line}   # a note`;
    })
    .join('\n');
}

const fs = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } }, exists: () => true };
const asOfs = [asOf, '2016-03-31'];

function findingsOf(text: string, file: string, date: string): Finding[] {
  return checkPlanText(text, file, { asOf: date, fs }).findings.filter((f) => f.file === file);
}

const key = (f: Finding) => `${f.rule} ${JSON.stringify(f.path)} ${f.message}`;

describe('every finding ends where its node ends', () => {
  const byRule = new Map<string, { with: Finding; without: Finding; text: string }[]>();
  for (const { file, text } of corpus) {
    const commented = withComments(text);
    for (const date of asOfs) {
      const plain = findingsOf(text, file, date);
      const noted = findingsOf(commented, file, date);
      for (const f of noted) {
        const same = plain.find((p) => key(p) === key(f));
        const list = byRule.get(f.rule) ?? [];
        if (same) list.push({ with: f, without: same, text: commented });
        byRule.set(f.rule, list);
      }
    }
  }

  it.each(allRules.map((r) => r.id))('%s', (rule) => {
    const cases = byRule.get(rule) ?? [];
    expect(cases.length, `no plan here makes ${rule} fire: add an example for it to test/rules/ranges.test.ts`).toBeGreaterThan(0);
    for (const c of cases) {
      expect(c.with.range, `${rule}: ${c.with.message}`).toEqual(c.without.range);
      const covered = c.text.slice(c.with.offsets!.start, c.with.offsets!.end);
      const lastLine = covered.split('\n').at(-1)!;
      expect(covered).not.toMatch(/\s$/);
      expect(contentLength(lastLine), `${rule} covers a comment: ${JSON.stringify(covered)}`).toBe(lastLine.length);
    }
  });
});

describe('contentLength', () => {
  it('stops before a comment, outside quotes only', () => {
    expect(contentLength('- id: G1.1   # Burglary')).toBe('- id: G1.1'.length);
    expect(contentLength('title: "a # b"  # c')).toBe('title: "a # b"'.length);
    expect(contentLength("title: 'it''s # here' # c")).toBe("title: 'it''s # here'".length);
    expect(contentLength("title: Commissioner's plan  # c")).toBe("title: Commissioner's plan".length);
    expect(contentLength('url: a#b')).toBe('url: a#b'.length);
    expect(contentLength('{value: 1}\t# c')).toBe('{value: 1}'.length);
  });
});
