// Funnel plots (DESIGN §4.1, after Spiegelhalter): each unit's figure against the group's, with
// limits that narrow as the unit grows, so that only a unit outside the funnel is news.
import type { FunnelPosition } from '../results';
import type { Better } from '../types';

/** z for the inner (95%) and outer (99.8%) limits. */
export const Z_INNER = 1.96;
export const Z_OUTER = 3.09;

/** What a unit's figure is read against: a rate per 1,000 of its population, or a percentage of its denominator. */
export type FunnelScale = 'rate' | 'proportion';

export interface FunnelUnit {
  /** The compared figure: a rate per 1,000, or a percentage 0-100. */
  figure: number;
  /** The population (rates) or the denominator (proportions). */
  size: number;
}

/** A count per 1,000 population. */
export function ratePerThousand(count: number, population: number): number {
  return (count / population) * 1000;
}

/**
 * The group's pooled figure: for rates Σ counts / Σ population × 1,000 (each count recovered as
 * rate × population / 1,000), for proportions Σ (p × n) / Σ n. Null without units.
 */
export function groupFigure(units: FunnelUnit[]): number | null {
  let weighted = 0;
  let size = 0;
  for (const u of units) {
    weighted += u.figure * u.size;
    size += u.size;
  }
  return size > 0 ? weighted / size : null;
}

/** How far a limit lies from the group figure for a unit of this size, at this z. */
export function limitWidth(scale: FunnelScale, group: number, size: number, z: number): number {
  const variance = scale === 'rate' ? (1000 * group) / size : (group * (100 - group)) / size;
  return z * Math.sqrt(Math.max(0, variance));
}

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** The two pairs of limits for a unit of this size: rates r̄ ± z·sqrt(1000·r̄/N), proportions p̄ ± z·sqrt(p̄(100 − p̄)/n). */
export function funnelLimits(scale: FunnelScale, group: number, size: number): FunnelLimits {
  const inner = limitWidth(scale, group, size, Z_INNER);
  const outer = limitWidth(scale, group, size, Z_OUTER);
  return { lower95: group - inner, upper95: group + inner, lower998: group - outer, upper998: group + outer };
}

/** Where a figure lies against its limits; a figure exactly on a limit is within it. */
export function funnelPosition(figure: number, limits: FunnelLimits): FunnelPosition {
  if (figure > limits.upper998) return 'above-99.8';
  if (figure > limits.upper95) return 'above-95';
  if (figure < limits.lower998) return 'below-99.8';
  if (figure < limits.lower95) return 'below-95';
  return 'within';
}

/**
 * Competition ranks (1, 2, 2, 4), 1 the best by `better`; ties share the better rank. Null for
 * every figure when nothing is better (`neutral`, or no direction), and for a missing figure.
 */
export function competitionRanks(figures: (number | null)[], better: Better | string | null): (number | null)[] {
  if (better !== 'higher' && better !== 'lower') return figures.map(() => null);
  const known = figures.filter((f): f is number => f !== null);
  return figures.map((f) => {
    if (f === null) return null;
    const ahead = known.filter((g) => (better === 'higher' ? g > f : g < f)).length;
    return ahead + 1;
  });
}
