// The Most Similar Group (DESIGN §4.1): the forces of a peers file compared at the latest period
// for which every one of them has what a current value needs, this force's figure taken from the
// same file so that all come from one source.
import { comparePeriods, parsePeriod, type Period } from '../periods';
import type { PeersResult } from '../results';
import type { Better, Measure, PeerRow } from '../types';
import { funnelScale, compareUnits } from './areas';
import { currentValue } from './current';
import { ratePerThousand } from './funnel';
import type { DatedPoint } from './points';

interface Force {
  name: string;
  points: DatedPoint[];
  /** Each period's row, by period key, for its population and denominators. */
  rows: Map<string, PeerRow>;
}

const keyOf = (p: Period) => `${p.kind}:${p.start}`;

/** A force's name as compared: trimmed, case ignored. */
export function sameForce(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function forcesOf(rows: PeerRow[], asOf: string): Force[] {
  const forces = new Map<string, Force>();
  for (const row of rows) {
    if (row === null || typeof row !== 'object' || typeof row.force !== 'string' || row.force.trim() === '') continue;
    const period = parsePeriod(row.period);
    if (!period || period.end > asOf || typeof row.value !== 'number' || !Number.isFinite(row.value)) continue;
    const id = row.force.trim().toLowerCase();
    let force = forces.get(id);
    if (!force) forces.set(id, (force = { name: row.force.trim(), points: [], rows: new Map() }));
    if (force.rows.has(keyOf(period))) continue;
    force.rows.set(keyOf(period), row);
    force.points.push({ period, value: row.value, sample: row.sample ?? null, of: row.of ?? null, note: null });
  }
  for (const f of forces.values()) f.points.sort((a, b) => comparePeriods(a.period, b.period));
  return [...forces.values()];
}

/** The force's current value as it stood at period `at`, or null when it has none then. */
function valueAt(force: Force, at: Period, measure: Measure): number | null {
  if (!force.rows.has(keyOf(at))) return null;
  const upTo = force.points.filter((p) => p.period.kind === at.kind && comparePeriods(p.period, at) <= 0);
  const current = currentValue(upTo, measure.type);
  return current.kind === 'value' && current.latest.period === at ? current.value : null;
}

/**
 * The group compared, or null without a peers file, without rows on or before `asOf`, or when no
 * period has a current value for every force. `force` is the plan's `area`: its rows are this force.
 */
export function evaluatePeers(measure: Measure, force: string | undefined, asOf: string, better: Better | null): PeersResult | null {
  if (!Array.isArray(measure.peers) || measure.type === 'qualitative') return null;
  const forces = forcesOf(measure.peers, asOf);
  if (forces.length === 0) return null;
  const periods = new Map<string, Period>();
  for (const f of forces) for (const p of f.points) periods.set(keyOf(p.period), p.period);
  const latestFirst = [...periods.values()].sort((a, b) => comparePeriods(b, a));
  for (const at of latestFirst) {
    const values = forces.map((f) => valueAt(f, at, measure));
    if (values.some((v) => v === null)) continue;
    const units = forces.map((f, i) => {
      const row = f.rows.get(keyOf(at)) as PeerRow;
      const value = values[i] as number;
      const population = typeof row.population === 'number' && row.population > 0 ? row.population : null;
      const rate = measure.type === 'count' && population !== null ? ratePerThousand(value, population) : null;
      const size = measure.type === 'count' ? (rate === null ? null : population) : measure.type === 'proportion' ? (row.sample ?? row.of ?? null) : null;
      return { force: f.name, value, rate, size, figure: measure.type === 'count' ? rate : value, self: force !== undefined && sameForce(f.name, force) };
    });
    const { group, positions, ranks } = compareUnits(units, funnelScale(measure.type), better);
    return {
      at: at.end,
      group,
      units: units.map((u, i) => ({ force: u.force, value: u.value, rate: u.rate, position: positions[i], rank: ranks[i], size: u.size, self: u.self })),
    };
  }
  return null;
}
