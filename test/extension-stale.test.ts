// A plan whose figures all end long before today: the editor says so once and offers the date the
// figures support (the end of the latest period with a figure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../core/files';
import { PlanChecker } from '../core/workspace';
import { staleAction, staleLens, staleMessage, staleOffer } from '../extension/adapter/stale';

const file = join(__dirname, 'vscode', 'fixtures', 'no-target.plan.yaml');
const text = readFileSync(file, 'utf8');

function evaluate(asOf: string, source = text) {
  const checked = new PlanChecker({ asOf, fs: memoryFileSystem({ [file]: source }) }).check(file, source);
  if (checked.unreadable) throw new Error('unreadable');
  return checked.evaluation();
}

describe('every figure out of date as of today', () => {
  it('offers the end of the latest period with a figure', () => {
    // the fixture's figures run to March 2015 (2015-Q1 and 2015-03 both end 2015-03-31)
    const offer = staleOffer(evaluate('2026-11-29'), true);
    expect(offer).toEqual({ latest: '2015-03-31', measures: 3 });
    expect(staleAction(offer!)).toBe('Evaluate as of 2015-03-31');
    expect(staleLens(offer!)).toBe('Every figure is out of date as of today: the latest is to 2015-03-31');
    expect(staleMessage(offer!)).toBe(
      'Every figure in this plan is out of date as of today (the latest is to 2015-03-31, across 3 measures): evaluate as of 2015-03-31 to see the plan as its figures stand, or add the newer figures',
    );
  });

  it('says nothing when an as-of date is set, or when any measure is up to date', () => {
    expect(staleOffer(evaluate('2026-11-29'), false)).toBeUndefined();
    expect(staleOffer(evaluate('2015-03-31'), true)).toBeUndefined();
    expect(staleOffer(undefined, true)).toBeUndefined();
  });
});
