// The 95% Wilson score interval for a survey percentage (DESIGN §4), in percent.
import type { Interval } from '../results';

/** The two-sided 95% normal quantile, as the significance test uses it. */
export const Z95 = 1.96;

/**
 * Wilson interval for `percent` (0-100) of `n` respondents:
 * (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n), times 100. Null without a positive n.
 */
export function wilsonInterval(percent: number, n: number, z: number = Z95): Interval | null {
  if (!(n > 0) || !Number.isFinite(percent)) return null;
  const p = Math.min(1, Math.max(0, percent / 100));
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: (100 * (centre - half)) / denominator, upper: (100 * (centre + half)) / denominator };
}

/** Whether a value lies inside an interval; a value exactly on a limit is inside it. */
export function isInside(value: number, interval: Interval): boolean {
  return value >= interval.lower && value <= interval.upper;
}
