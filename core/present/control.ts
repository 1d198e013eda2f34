// Statistical process control in words: what the latest figures show against the usual range
// (control limits), and what the limits say about reaching the target.
import type { MeasureResult } from '../results';
import { periodsPerYear } from './dates';
import type { Tone } from './status';

type Controlled = Pick<MeasureResult, 'spc' | 'series'>;

/** "month", "quarter", "year" or "figure", by the series' latest period. */
export function periodWord(series: MeasureResult['series']): string {
  const last = series[series.length - 1];
  const perYear = last ? periodsPerYear(last.period) : undefined;
  return perYear === 12 ? 'month' : perYear === 4 ? 'quarter' : perYear === 1 ? 'year' : 'figure';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The latest points of the limits' own segment, oldest first. */
function segment(m: Controlled): number[] {
  const from = (m.spc as { from?: string | null } | null)?.from;
  const start = from ? m.series.findIndex((p) => p.period === from) : -1;
  return m.series.slice(Math.max(0, start)).map((p) => p.value);
}

/** How many points at the end lie strictly on one side of the centre; and how many each rise (or fall) from the one before. */
function patternAtEnd(values: number[], centre: number): { run: number; side: number; trend: number; rising: boolean } {
  const n = values.length;
  const side = Math.sign(values[n - 1] - centre);
  let run = 0;
  for (let i = n - 1; i >= 0 && side !== 0 && Math.sign(values[i] - centre) === side; i--) run++;
  const rising = n > 1 && values[n - 1] > values[n - 2];
  let trend = 1;
  for (let i = n - 1; i > 0 && (rising ? values[i] > values[i - 1] : values[i] < values[i - 1]); i--) trend++;
  return { run, side, trend, rising };
}

/** What a special cause says: improvement, concern, unusually high or low. */
export function variationOutcome(variation: string): string {
  switch (variation) {
    case 'special-cause-improvement':
      return 'improvement';
    case 'special-cause-concern':
      return 'concern';
    case 'special-cause-high':
      return 'unusually high';
    case 'special-cause-low':
      return 'unusually low';
    default:
      return variation;
  }
}

/** The latest figures against the usual range: "an unusual run of 7 months below average: improvement". */
export function variationText(m: Controlled): string {
  const spc = m.spc;
  if (!spc) return 'too few figures for control limits (12 are needed)';
  if (spc.variation === 'common-cause') return 'within normal variation: no unusual pattern';
  const values = segment(m);
  const word = periodWord(m.series);
  const latest = values[values.length - 1];
  let pattern: string;
  if (latest === undefined) pattern = 'an unusual pattern';
  else if (latest > spc.upper || latest < spc.lower) pattern = `the latest ${word} is outside the usual range (${latest > spc.upper ? 'above the upper' : 'below the lower'} limit)`;
  else {
    const { run, side, trend, rising } = patternAtEnd(values, spc.centre);
    if (trend >= 7) pattern = `an unusual run of ${plural(trend, word)} each ${rising ? 'higher' : 'lower'} than the last`;
    else if (run >= 7) pattern = `an unusual run of ${plural(run, word)} ${side > 0 ? 'above' : 'below'} average`;
    else pattern = `2 of the last 3 ${word}s close to the ${(latest ?? 0) > spc.centre ? 'upper' : 'lower'} limit`;
  }
  return `${pattern}: ${variationOutcome(spc.variation)}`;
}

/** What the control limits say about the target: "on current performance the target will be met in some months and missed in others". */
export function assuranceText(m: Controlled): string {
  const assurance = m.spc?.assurance;
  if (!assurance) return '';
  const word = periodWord(m.series);
  switch (assurance) {
    case 'hit-and-miss':
      return `on current performance the target will be met in some ${word}s and missed in others`;
    case 'consistently-passes':
      return `on current performance the target will be met every ${word}`;
    case 'consistently-fails':
      return `on current performance the target will be missed every ${word} unless something changes`;
    default:
      return assurance;
  }
}

/** Variation and assurance together, for a cell or a hover line. */
export function controlText(m: Controlled): string {
  const assurance = assuranceText(m);
  return assurance ? `${variationText(m)}; ${assurance}` : variationText(m);
}

/** Short words for a narrow column: "normal", "improvement", "concern". */
export function variationShort(variation: string | null | undefined): string {
  if (!variation) return '';
  return variation === 'common-cause' ? 'normal' : variationOutcome(variation);
}

export function variationTone(variation: string | null | undefined): Tone {
  if (variation === 'special-cause-improvement') return 'good';
  if (variation === 'special-cause-concern') return 'bad';
  return 'none';
}
