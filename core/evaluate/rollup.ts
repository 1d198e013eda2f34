// Roll-up (DESIGN §4): objectives from their high-level measures, and the plan's counts by status.
import type { DirectionVerdict, MeasureResult, MeasureStatus, ObjectiveStatus } from '../results';

/** How a measure is judged, which decides whether it carries a verdict in the roll-up. */
export type MeasureRole = 'targeted' | 'qualitative' | 'monitor' | 'unmeasured';

export interface RolledMeasure {
  role: MeasureRole;
  result: MeasureResult;
}

const rank: Partial<Record<MeasureStatus, { status: ObjectiveStatus; rank: number }>> = {
  'on-track': { status: 'on-track', rank: 1 },
  achieved: { status: 'on-track', rank: 1 },
  'at-risk': { status: 'at-risk', rank: 2 },
  'off-track': { status: 'off-track', rank: 3 },
  missed: { status: 'off-track', rank: 3 },
};

/**
 * Directions from worst to best, for a monitored objective's worst direction. A change that could
 * not be tested ranks below no significant change: it may hide a deterioration.
 */
const directionOrder: DirectionVerdict[] = ['deteriorating', 'change-untested', 'no-significant-change', 'improving'];

export function worstDirection(verdicts: (DirectionVerdict | null | undefined)[]): DirectionVerdict | null {
  let worst: number | null = null;
  let worstVerdict: DirectionVerdict | null = null;
  for (const v of verdicts) {
    if (!v) continue;
    // neither way is better for a neutral measure: its change ranks with no significant change
    const i = directionOrder.indexOf(v === 'increasing' || v === 'decreasing' ? 'no-significant-change' : v);
    if (i >= 0 && (worst === null || i < worst)) {
      worst = i;
      worstVerdict = v;
    }
  }
  return worstVerdict;
}

/**
 * The worst verdict among the high-level measures that carry one (targeted, overridden or
 * qualitative measures whose status is on-track, achieved, at-risk, off-track or missed); grey
 * ones are not ranked.
 * With none: `monitored`, with the worst direction of travel of its `monitor` high-level measures,
 * when it has any, else `no-data`. Detailed measures never change the objective.
 */
export function objectiveStatus(measures: RolledMeasure[]): { status: ObjectiveStatus; direction: DirectionVerdict | null } {
  const highLevel = measures.filter((m) => m.result.tier === 'high-level');
  let worst: { status: ObjectiveStatus; rank: number } | undefined;
  for (const m of highLevel) {
    // a recorded judgement ranks like a target's verdict, on a monitor measure too
    if (m.role !== 'targeted' && m.role !== 'qualitative' && !m.result.override) continue;
    const r = rank[m.result.status];
    if (r && (!worst || r.rank > worst.rank)) worst = r;
  }
  if (worst) return { status: worst.status, direction: null };
  const monitors = highLevel.filter((m) => m.role === 'monitor');
  if (monitors.length > 0) {
    return { status: 'monitored', direction: worstDirection(monitors.map((m) => m.result.direction?.verdict)) };
  }
  return { status: 'no-data', direction: null };
}

export function countBy<S extends string>(statuses: S[]): Partial<Record<S, number>> {
  const counts: Partial<Record<S, number>> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}
