// Figures that would break the plan are refused before anything is written: a period of the
// wrong length for the measure's frequency, a year-ending figure in a series of months (or the
// reverse), an area the plan does not declare, a proportion outside 0-100, a negative count.
import { fitsFrequency, parsePeriod, type Period } from '../periods';
import type { Frequency } from '../types';
import type { ImportRow } from './table';

export interface GuardedMeasure {
  id: string;
  type: unknown;
  frequency: unknown;
  /** Periods already in the measure's series (force points). */
  existing: Period[];
}

const kindWords: Record<Period['kind'], string> = {
  month: 'a month',
  quarter: 'a quarter',
  year: 'a calendar year',
  'financial-year': 'a financial year',
  'year-ending': 'a year-ending period',
  day: 'a single day',
};

const frequencyAdvice: Record<Frequency, string> = {
  monthly: 'monthly figures (2016-03)',
  quarterly: 'quarterly figures (2016-Q1)',
  annual: 'yearly figures (FY2015-16 or 2016)',
};

function isFrequency(v: unknown): v is Frequency {
  return v === 'monthly' || v === 'quarterly' || v === 'annual';
}

/** Every row that would break the plan, each named; an empty list lets the import go on. */
export function guardProblems(rows: { row: ImportRow; measure: GuardedMeasure }[], declaredAreas: string[] | undefined): string[] {
  const problems: string[] = [];
  const seriesKinds = new Map<string, Set<Period['kind']>>();
  for (const { row, measure } of rows) {
    const { period, point } = row;
    const at = `${row.where}: measure ${measure.id}`;
    if (isFrequency(measure.frequency) && !fitsFrequency(period, measure.frequency)) {
      problems.push(`${at} is ${measure.frequency}, but ${period.text} is ${kindWords[period.kind]}: import ${frequencyAdvice[measure.frequency]}, or change the measure's frequency`);
      continue;
    }
    if (point.area === undefined) {
      let kinds = seriesKinds.get(measure.id);
      if (!kinds) seriesKinds.set(measure.id, (kinds = new Set(measure.existing.map((p) => p.kind))));
      const yearEnding = period.kind === 'year-ending';
      const clash = [...kinds].find((k) => (k === 'year-ending') !== yearEnding && k !== 'day' && period.kind !== 'day');
      if (clash) {
        problems.push(`${at} holds ${kindWords[clash]} figures, and ${period.text} is ${kindWords[period.kind]}: a series is all year-ending periods or none; import figures of one kind`);
        continue;
      }
      if (!isFrequency(measure.frequency)) {
        const first = [...kinds][0];
        if (first !== undefined && first !== period.kind && first !== 'day' && period.kind !== 'day' && !yearEnding) {
          problems.push(`${at} holds ${kindWords[first]} figures and has no frequency, but ${period.text} is ${kindWords[period.kind]}: import figures of the same length, or set the measure's frequency`);
          continue;
        }
      }
      kinds.add(period.kind);
    } else if (!declaredAreas?.includes(point.area)) {
      problems.push(
        declaredAreas && declaredAreas.length > 0
          ? `${at}: the area "${point.area}" is not declared in plan.areas (${declaredAreas.join(', ')}): use one of those ids, or declare it`
          : `${at}: the area "${point.area}" is not declared: the plan has no areas; add it under plan.areas first`,
      );
      continue;
    }
    if (measure.type === 'proportion' && (point.value < 0 || point.value > 100)) {
      problems.push(`${at} is a proportion, a percentage from 0 to 100, but the figure for ${period.text} is ${point.value}: write the percentage (86.1 for 86.1%)`);
    } else if (measure.type === 'count' && point.value < 0) {
      problems.push(`${at} is a count, but the figure for ${period.text} is ${point.value}: a count cannot be negative`);
    }
  }
  return problems;
}

/** The periods of a measure's force points, as written in the plan or its data file. */
export function periodsOf(points: unknown[]): Period[] {
  const out: Period[] = [];
  for (const p of points) {
    if (p === null || typeof p !== 'object' || (p as { area?: unknown }).area !== undefined) continue;
    const period = parsePeriod((p as { period?: unknown }).period);
    if (period) out.push(period);
  }
  return out;
}
