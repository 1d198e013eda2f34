// Targets and the trajectory to them (DESIGN §4 "Trajectory"): the expected value on a straight
// line, counted in days, from the baseline (at the end of its period) to the target (at `by`).
import { daysBetween, isValidDate } from '../periods';
import type { Better, Target } from '../types';
import type { MeasureStatus } from '../results';

const percentPattern = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A signed amount as written: '-5%' (a percentage), -200 or '-200' (a number). Null when unreadable. */
export function readAmount(v: unknown): { amount: number; percent: boolean } | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { amount: v, percent: false } : null;
  if (typeof v !== 'string') return null;
  const text = v.trim();
  let m = percentPattern.exec(text);
  if (m) return { amount: Number(m[1]), percent: true };
  m = numberPattern.exec(text);
  return m ? { amount: Number(text), percent: false } : null;
}

export interface ResolvedTarget {
  value: number;
  by: string;
}

/**
 * The target value and date. `value` wins over `change`; a `change` is a percentage of the
 * baseline value ('-5%' of 44000 → 41800) or a signed number added to it. Null when there is no
 * real `by` date, or no value can be worked out (a `change` without a baseline).
 */
export function resolveTarget(target: Target | undefined, baselineValue: number | null): ResolvedTarget | null {
  if (!target || typeof target !== 'object' || !isValidDate(target.by)) return null;
  if (typeof target.value === 'number' && Number.isFinite(target.value)) return { value: target.value, by: target.by };
  const change = readAmount(target.change);
  if (!change || baselineValue === null) return null;
  const value = change.percent ? baselineValue * (1 + change.amount / 100) : baselineValue + change.amount;
  return { value, by: target.by };
}

/**
 * The expected value at date `t`: the baseline value up to the baseline's end, the target value
 * from `by` on, and the straight line in days between. Without a baseline (a lint error) there is
 * no line to follow, and the target value itself is expected throughout.
 */
export function expectedAt(baseline: { at: string; value: number } | null, target: ResolvedTarget, t: string): number {
  if (!baseline) return target.value;
  if (t >= target.by) return target.value;
  if (t <= baseline.at) return baseline.value;
  const span = daysBetween(baseline.at, target.by);
  const elapsed = daysBetween(baseline.at, t);
  const straight = baseline.value + ((target.value - baseline.value) * elapsed) / span;
  if (Number.isFinite(straight)) return straight;
  // figures near the largest number overflow the difference: weigh the two ends instead
  const f = elapsed / span;
  return baseline.value * (1 - f) + target.value * f;
}

/** current − expected, signed so that a positive gap is better. */
export function gapOf(current: number, expected: number, better: Better): number {
  const gap = better === 'lower' ? expected - current : current - expected;
  // two figures near the largest number can differ by more than it
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, gap));
}

/** The amber band in the measure's unit: a percentage of |expected| ('2%') or a plain number; 0 by default. */
export function toleranceOf(tolerance: unknown, expected: number): number {
  const t = readAmount(tolerance);
  if (!t) return 0;
  return t.percent ? (Math.abs(expected) * Math.abs(t.amount)) / 100 : Math.abs(t.amount);
}

/** At least as good as the target. */
export function meets(current: number, target: number, better: Better): boolean {
  return better === 'lower' ? current <= target : current >= target;
}

export interface TrajectoryVerdict {
  status: Extract<MeasureStatus, 'on-track' | 'at-risk' | 'off-track' | 'achieved' | 'missed'>;
  expected: number;
  gap: number;
}

export function trajectoryVerdict(
  current: { value: number; at: string },
  baseline: { at: string; value: number } | null,
  target: ResolvedTarget,
  tolerance: unknown,
  better: Better,
): TrajectoryVerdict {
  const expected = expectedAt(baseline, target, current.at);
  const gap = gapOf(current.value, expected, better);
  if (current.at >= target.by) {
    return { status: meets(current.value, target.value, better) ? 'achieved' : 'missed', expected, gap };
  }
  if (gap >= 0) return { status: 'on-track', expected, gap };
  if (Math.abs(gap) <= toleranceOf(tolerance, expected)) return { status: 'at-risk', expected, gap };
  return { status: 'off-track', expected, gap };
}
