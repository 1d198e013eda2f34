import { describe, expect, it } from 'vitest';
import { competitionRanks, funnelLimits, funnelPosition, groupFigure, limitWidth, ratePerThousand } from '../core/evaluate/funnel';

describe('funnel arithmetic', () => {
  it('a count per 1,000 population', () => {
    // 1,420 crimes among 100,000 people: 1,420 / 100,000 × 1,000 = 14.2 per 1,000
    expect(ratePerThousand(1420, 100_000)).toBeCloseTo(14.2, 10);
  });

  it('pools rates as Σ counts / Σ population × 1,000', () => {
    // 1,200 in 100,000 (12 per 1,000) and 2,400 in 300,000 (8 per 1,000):
    // (1,200 + 2,400) / 400,000 × 1,000 = 9 per 1,000, not the plain mean of 10
    expect(groupFigure([{ figure: 12, size: 100_000 }, { figure: 8, size: 300_000 }])).toBeCloseTo(9, 10);
    expect(groupFigure([])).toBeNull();
  });

  it('draws both pairs of rate limits for two populations: r̄ ± z·sqrt(1000·r̄/N)', () => {
    // r̄ = 10 per 1,000, N = 10,000: sqrt(1000 × 10 / 10,000) = sqrt(1) = 1
    //   95%: 10 ± 1.96 × 1 = 8.04 to 11.96; 99.8%: 10 ± 3.09 × 1 = 6.91 to 13.09
    const small = funnelLimits('rate', 10, 10_000);
    expect(small.lower95).toBeCloseTo(8.04, 10);
    expect(small.upper95).toBeCloseTo(11.96, 10);
    expect(small.lower998).toBeCloseTo(6.91, 10);
    expect(small.upper998).toBeCloseTo(13.09, 10);
    // N = 250,000: sqrt(1000 × 10 / 250,000) = sqrt(0.04) = 0.2
    //   95%: 10 ± 1.96 × 0.2 = 9.608 to 10.392; 99.8%: 10 ± 3.09 × 0.2 = 9.382 to 10.618
    const large = funnelLimits('rate', 10, 250_000);
    expect(large.lower95).toBeCloseTo(9.608, 10);
    expect(large.upper95).toBeCloseTo(10.392, 10);
    expect(large.lower998).toBeCloseTo(9.382, 10);
    expect(large.upper998).toBeCloseTo(10.618, 10);
  });

  it('places a figure on each side, beyond each limit, and within', () => {
    const limits = funnelLimits('rate', 10, 10_000); // 6.91 | 8.04 | 10 | 11.96 | 13.09
    expect(funnelPosition(14, limits)).toBe('above-99.8'); // 14 > 13.09
    expect(funnelPosition(12.5, limits)).toBe('above-95'); // 11.96 < 12.5 ≤ 13.09
    expect(funnelPosition(10.5, limits)).toBe('within');
    expect(funnelPosition(8, limits)).toBe('below-95'); // 6.91 ≤ 8 < 8.04
    expect(funnelPosition(6, limits)).toBe('below-99.8'); // 6 < 6.91
    // the same figure is news for a large area and not for a small one: 10.5 at N = 250,000
    // lies beyond 10.392 but inside 10.618
    expect(funnelPosition(10.5, funnelLimits('rate', 10, 250_000))).toBe('above-95');
  });

  it('counts a figure exactly on a limit as within it', () => {
    const limits = funnelLimits('rate', 10, 10_000);
    expect(funnelPosition(limits.upper95, limits)).toBe('within');
    expect(funnelPosition(limits.lower95, limits)).toBe('within');
    // on the outer limit is inside the outer limit: above the 95% limit only
    expect(funnelPosition(limits.upper998, limits)).toBe('above-95');
    expect(funnelPosition(limits.lower998, limits)).toBe('below-95');
  });

  it('pools proportions with their denominators and draws p̄ ± z·sqrt(p̄(100 − p̄)/n)', () => {
    // 80% of 200 and 70% of 300: (80 × 200 + 70 × 300) / (200 + 300) = (16,000 + 21,000) / 500 = 74%
    const group = groupFigure([{ figure: 80, size: 200 }, { figure: 70, size: 300 }]) as number;
    expect(group).toBeCloseTo(74, 10);
    // n = 200: sqrt(74 × 26 / 200) = sqrt(9.62) = 3.101612; 1.96 × 3.101612 = 6.079160, 3.09 × 3.101612 = 9.583982
    expect(limitWidth('proportion', 74, 200, 1)).toBeCloseTo(Math.sqrt(9.62), 10);
    const n200 = funnelLimits('proportion', group, 200);
    expect(n200.lower95).toBeCloseTo(67.92084, 4);
    expect(n200.upper95).toBeCloseTo(80.07916, 4);
    expect(n200.lower998).toBeCloseTo(64.41602, 4);
    expect(n200.upper998).toBeCloseTo(83.58398, 4);
    // n = 300: sqrt(74 × 26 / 300) = sqrt(6.413333) = 2.532456; 1.96 × 2.532456 = 4.963614
    const n300 = funnelLimits('proportion', group, 300);
    expect(n300.lower95).toBeCloseTo(69.03639, 4);
    expect(n300.upper95).toBeCloseTo(78.96361, 4);
    // 80% of 200 lies just inside 80.079; 70% of 300 just inside 69.036
    expect(funnelPosition(80, n200)).toBe('within');
    expect(funnelPosition(70, n300)).toBe('within');
    expect(funnelPosition(81, n200)).toBe('above-95');
  });

  it('ranks by better with competition ranks: ties share the better rank and the next is skipped', () => {
    // lower is better: 3 and 3 share first place, 5 is third (two ahead of it), 8 fourth
    expect(competitionRanks([5, 3, 3, 8], 'lower')).toEqual([3, 1, 1, 4]);
    // higher is better: 8 first, 5 second, the two 3s share third
    expect(competitionRanks([5, 3, 3, 8], 'higher')).toEqual([2, 3, 3, 1]);
    // a unit without a figure is not ranked and does not count against the others
    expect(competitionRanks([5, null, 4], 'lower')).toEqual([2, null, 1]);
    // nothing is better when neither direction is
    expect(competitionRanks([5, 3], 'neutral')).toEqual([null, null]);
    expect(competitionRanks([5, 3], null)).toEqual([null, null]);
  });
});
