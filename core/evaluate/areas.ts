// Local areas (DESIGN §4.1): each declared area's series evaluated like the force's, then the areas
// compared with one another by funnel plot at each area's own current value.
import type { AreaResult, FunnelPosition } from '../results';
import type { Area, Better, Measure, MeasureType, Plan } from '../types';
import type { Current } from './current';
import { competitionRanks, funnelLimits, funnelPosition, groupFigure, ratePerThousand, type FunnelScale } from './funnel';
import { areaOf, areaPointsAsOf } from './points';
import { evaluateSeries } from './series';

/** The plan's declared areas that have an id and a name, first of each id kept. */
export function declaredAreas(plan: Plan | undefined): Area[] {
  const list: unknown = plan?.plan?.areas;
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const out: Area[] = [];
  for (const a of list) {
    if (a === null || typeof a !== 'object' || typeof a.id !== 'string' || seen.has(a.id.trim())) continue;
    seen.add(a.id.trim());
    const population = typeof a.population === 'number' && Number.isFinite(a.population) && a.population > 0 ? a.population : undefined;
    out.push({ id: a.id.trim(), name: typeof a.name === 'string' ? a.name : a.id, population });
  }
  return out;
}

/** How a type's figures are tested on a funnel; null for rates and values, which are ranked only. */
export function funnelScale(type: MeasureType): FunnelScale | null {
  return type === 'count' ? 'rate' : type === 'proportion' ? 'proportion' : null;
}

/** A unit's compared figure and the size its funnel limits read (null where there is none). */
export interface Compared {
  figure: number | null;
  size: number | null;
}

/**
 * Positions and ranks of units by their compared figures: the group figure pooled over the units
 * that have a size, each of those placed against its limits; ranks among all units with a figure.
 */
export function compareUnits(units: Compared[], scale: FunnelScale | null, better: Better | string | null): { group: number | null; positions: (FunnelPosition | null)[]; ranks: (number | null)[] } {
  const testable = scale ? units.filter((u): u is { figure: number; size: number } => u.figure !== null && u.size !== null) : [];
  const group = scale ? groupFigure(testable) : null;
  const positions = units.map((u) => (scale && group !== null && u.figure !== null && u.size !== null ? funnelPosition(u.figure, funnelLimits(scale, group, u.size)) : null));
  return { group, positions, ranks: competitionRanks(units.map((u) => u.figure), better) };
}

function comparedOf(type: MeasureType, current: Current, population: number | undefined): Compared & { rate: number | null } {
  if (current.kind !== 'value') return { figure: null, size: null, rate: null };
  if (type === 'count') {
    const rate = population ? ratePerThousand(current.value, population) : null;
    return { figure: rate, size: rate === null ? null : (population as number), rate };
  }
  if (type === 'proportion') return { figure: current.value, size: current.latest.sample ?? current.latest.of, rate: null };
  return { figure: current.value, size: null, rate: null };
}

/**
 * Every declared area of a numeric measure with any area figure: its current value, direction of
 * travel and SPC (no trajectory: targets are force-wide), its rate per 1,000 for counts, and its
 * position and rank among the areas. Null when the plan declares no areas or the measure has no
 * figure for any of them.
 */
export function evaluateAreas(measure: Measure, areas: Area[], asOf: string, better: Better | null): { areas: AreaResult[]; group: number | null } | null {
  if (areas.length === 0 || measure.type === 'qualitative' || !Array.isArray(measure.data)) return null;
  const ids = new Set(areas.map((a) => a.id));
  if (!measure.data.some((p) => p !== null && typeof p === 'object' && ids.has(areaOf(p) ?? ''))) return null;
  const evaluated = areas.map((area) => {
    const series = evaluateSeries(areaPointsAsOf(measure, asOf, area.id), measure, better, null);
    return { area, series, compared: comparedOf(measure.type, series.current, area.population) };
  });
  const { group, positions, ranks } = compareUnits(evaluated.map((e) => e.compared), funnelScale(measure.type), better);
  return {
    group,
    areas: evaluated.map(({ area, series, compared }, i) => ({
      id: area.id,
      name: area.name,
      current: series.current.kind === 'value' ? { value: series.current.value, at: series.current.at } : null,
      rate: compared.rate,
      direction: series.direction,
      spc: series.spc,
      position: positions[i],
      rank: ranks[i],
      size: compared.size,
    })),
  };
}
