// score --areas: each measure's local areas beneath it in the terminal scorecard, and the Most
// Similar Group line with or without it. West Midlands' knife crime as of 31 March 2016.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli.js');
const plan = 'plans/west-midlands-2014-variation.plan.yaml';

function score(...extra: string[]) {
  const r = spawnSync(process.execPath, [cli, 'score', plan, '--as-of', '2016-03-31', ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, lines: r.stdout.split('\n').map((l) => l.trim()), stderr: r.stderr };
}

describe('score --areas', () => {
  it('lists each local area under its measure: figure, rate, position against the funnel, rank, direction of travel', () => {
    const r = score('--areas');
    expect(r.code, r.stderr).toBe(0);
    const at = r.lines.findIndex((l) => l.includes('O3.1 Knife crime'));
    const areas = r.lines.slice(at, at + 12).filter((l) => /^[A-Z][a-z]+: /.test(l));
    expect(areas).toHaveLength(7);
    // Birmingham: 912 / 1,101,000 × 1,000 = 0.828 per 1,000. The force: (912 + 183 + 130 + 209 + 72
    // + 173 + 171) = 1,850 over 2,805,000 people = 0.6595 per 1,000; Birmingham's 99.8% limits are
    // 0.6595 ± 3.09 × √(1000 × 0.6595 / 1,101,000) = 0.6595 ± 0.0756, so 0.828 is above the upper.
    // The highest rate where lower is better ranks 7th of 7; 912 against 843 a year before is not
    // beyond normal variation.
    expect(areas[0]).toBe('Birmingham: 912, 0.83 per 1,000, above the 99.8% limit, 7th of 7, normal variation');
    // Solihull: 72 / 209,000 × 1,000 = 0.344; limits 0.6595 ± 3.09 × √(659.5 / 209,000) = 0.6595 ± 0.1736,
    // so 0.344 is below the lower (0.486): the lowest rate, 1st of 7.
    expect(areas).toContain('Solihull: 72, 0.34 per 1,000, below the 99.8% limit, 1st of 7, normal variation');
  });

  it('without --areas: no area lines, and the Most Similar Group line stays', () => {
    const plain = score();
    expect(plain.code).toBe(0);
    expect(plain.lines.some((l) => l.startsWith('Birmingham:'))).toBe(false);
    const withAreas = score('--areas');
    const msg = (lines: string[]) => lines.find((l) => l.startsWith('MSG: '));
    expect(msg(plain.lines)).toMatch(/^MSG: \d+(st|nd|rd|th) of 8, /);
    expect(msg(withAreas.lines)).toBe(msg(plain.lines));
  });
});
