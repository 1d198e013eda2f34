// The series of a measure (DESIGN §4 "Series"): its force figures, read, dated, sorted, cut at the
// as-of date, less the points whose period is not of the measure's frequency. Evaluation and the
// lint rules both take the series from here, so a point left out of one is left out of the other.
import { comparePeriods, fitsFrequency, parsePeriod, type Period, type PeriodKind } from '../periods';
import type { DataPoint, Frequency, Measure } from '../types';

export interface DatedPoint {
  period: Period;
  value: number;
  sample: number | null;
  of: number | null;
  note: string | null;
}

/** A point left out of the series because its period is not of the series' kind. */
export interface MismatchedPoint {
  /** The point as written (inline, or read from its CSV line). */
  point: DataPoint;
  period: Period;
}

export interface Series {
  /** The points on or before the as-of date that belong to the series, oldest first. */
  points: DatedPoint[];
  /** `frequency` as written, or failing that the kind of the earliest force point (DESIGN v2 settled points). */
  decidedBy: { frequency: Frequency } | { kind: PeriodKind; period: Period } | null;
  /** Every point, whatever its date, whose period does not fit: reported by `frequency-mismatch`. */
  mismatched: MismatchedPoint[];
}

function finiteOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

const frequencies: readonly Frequency[] = ['monthly', 'quarterly', 'annual'];

/** The frequency a kind of period implies: a series that begins with months is monthly, and so on. */
const frequencyOfKind: Partial<Record<PeriodKind, Frequency>> = {
  month: 'monthly',
  quarter: 'quarterly',
  year: 'annual',
  'financial-year': 'annual',
};

/** The area id a point is written for, or undefined for the force's own figure. */
export function areaOf(point: { area?: unknown }): string | undefined {
  return typeof point.area === 'string' && point.area.trim() !== '' ? point.area.trim() : undefined;
}

/** A force figure: a point without `area` (DESIGN §3.1; an area's figures form series of their own). */
export function isForcePoint(point: DataPoint): boolean {
  return areaOf(point as { area?: unknown }) === undefined;
}

/**
 * Whether a period belongs in the series. With a frequency, as `fitsFrequency` says. Without one,
 * the earliest point's kind implies it; a series that begins with a year-ending period or a single
 * day has no such frequency, and takes only periods of that same kind (DESIGN §3.1: a series is all
 * year-ending periods or none).
 */
export function fitsSeries(period: Period, decidedBy: Series['decidedBy']): boolean {
  if (decidedBy === null) return true;
  if ('frequency' in decidedBy) return fitsFrequency(period, decidedBy.frequency);
  const implied = frequencyOfKind[decidedBy.kind];
  return implied ? fitsFrequency(period, implied) : period.kind === decidedBy.kind;
}

/** One period of the series: its figure, and every point written for it. */
interface ReadPoint {
  dated: DatedPoint;
  written: DataPoint[];
}

/**
 * Every period given by a point of one unit (the force when `area` is null, else that local area)
 * that is a mapping with a readable period and a finite value, oldest first (by end date, then
 * start). Where two points give the same period (a lint error), the figure written first is kept.
 */
function readPoints(data: unknown, area: string | null): ReadPoint[] {
  const byPeriod = new Map<string, ReadPoint>();
  for (const p of Array.isArray(data) ? data : []) {
    if (p === null || typeof p !== 'object' || (areaOf(p as { area?: unknown }) ?? null) !== area) continue;
    const written = p as DataPoint;
    const period = parsePeriod(written.period);
    if (!period || typeof written.value !== 'number' || !Number.isFinite(written.value)) continue;
    const key = `${period.kind}:${period.start}`;
    const known = byPeriod.get(key);
    if (known) {
      known.written.push(written);
      continue;
    }
    const dated: DatedPoint = {
      period,
      value: written.value,
      sample: finiteOrNull(written.sample),
      of: finiteOrNull(written.of),
      note: typeof written.note === 'string' ? written.note : null,
    };
    byPeriod.set(key, { dated, written: [written] });
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.dated.period, b.dated.period));
}

/**
 * The series of figures `data` (inline points, or a CSV file's points) for a measure reported at
 * `frequency`, as of `asOf`. Without a usable frequency the earliest force point on or before the
 * as-of date decides the kind; when there is none, the earliest of all (so that a check of future
 * figures still names the odd ones out).
 */
export function selectSeries(data: unknown, frequency: unknown, asOf: string, area: string | null = null): Series {
  const all = readPoints(data, area);
  let decidedBy: Series['decidedBy'] = null;
  if (frequencies.includes(frequency as Frequency)) decidedBy = { frequency: frequency as Frequency };
  else {
    const first = all.find((p) => p.dated.period.end <= asOf) ?? all[0];
    if (first) decidedBy = { kind: first.dated.period.kind, period: first.dated.period };
  }
  const points: DatedPoint[] = [];
  const mismatched: MismatchedPoint[] = [];
  for (const p of all) {
    const period = p.dated.period;
    if (!fitsSeries(period, decidedBy)) for (const point of p.written) mismatched.push({ point, period });
    else if (period.end <= asOf) points.push(p.dated);
  }
  return { points, decidedBy, mismatched };
}

const periodKey = (period: Period) => `${period.kind}:${period.start}`;

/**
 * The measure's force series as of `asOf` (see `selectSeries`); `data` that is still a file name
 * gives none. For a count, a period with no force figure but a figure for every one of `areas`
 * (the declared area ids) gets their sum, which is then a force point like any other (DESIGN §4.1).
 */
export function seriesOf(measure: Measure, asOf: string, areas: string[] = []): Series {
  const series = selectSeries(measure.data, measure.frequency, asOf);
  const ids = [...new Set(areas)];
  if (measure.type !== 'count' || ids.length === 0) return series;
  const written = new Set(series.points.map((p) => periodKey(p.period)));
  const sums = new Map<string, { point: DatedPoint; areas: number }>();
  for (const area of ids) {
    for (const p of selectSeries(measure.data, measure.frequency, asOf, area).points) {
      const key = periodKey(p.period);
      if (written.has(key)) continue;
      const sum = sums.get(key);
      if (sum) {
        sum.point.value += p.value;
        sum.areas++;
      } else sums.set(key, { point: { period: p.period, value: p.value, sample: null, of: null, note: null }, areas: 1 });
    }
  }
  const summed = [...sums.values()].filter((s) => s.areas === ids.length).map((s) => s.point);
  if (summed.length === 0) return series;
  return { ...series, points: [...series.points, ...summed].sort((a, b) => comparePeriods(a.period, b.period)) };
}

/** The points of the measure's force series whose period ends on or before `asOf`, oldest first. */
export function pointsAsOf(measure: Measure, asOf: string, areas: string[] = []): DatedPoint[] {
  return seriesOf(measure, asOf, areas).points;
}

/** One local area's series: its own points on or before `asOf` that fit the measure's frequency, oldest first. */
export function areaPointsAsOf(measure: Measure, asOf: string, area: string): DatedPoint[] {
  return selectSeries(measure.data, measure.frequency, asOf, area).points;
}

/** The point of the same kind as `like` whose period ends on `end`, if any. */
export function findByEnd(points: DatedPoint[], like: Period, end: string): DatedPoint | undefined {
  return points.find((p) => p.period.kind === like.kind && p.period.end === end);
}
