// A plan whose every figure is out of date as of today: said once, with the date its figures
// support, so the officer can evaluate as of then in one click. No editor API here.
import type { PlanResult } from '../../core/results';

export interface StaleOffer {
  /** The end of the latest period any measure has a figure for, yyyy-mm-dd. */
  latest: string;
  /** How many measures have figures (all of them out of date). */
  measures: number;
}

/** The offer, when the plan is evaluated as of today and every measure with figures is stale. */
export function staleOffer(result: PlanResult | undefined, asOfIsToday: boolean): StaleOffer | undefined {
  if (!result || !asOfIsToday) return undefined;
  const withFigures = result.objectives.flatMap((o) => o.measures).filter((m) => m.type !== 'qualitative' && m.current);
  if (withFigures.length === 0 || !withFigures.every((m) => m.stale)) return undefined;
  const latest = withFigures.map((m) => m.current!.at).sort().at(-1)!;
  return { latest, measures: withFigures.length };
}

export function staleLens(offer: StaleOffer): string {
  return `Every figure is out of date as of today: the latest is to ${offer.latest}`;
}

export function staleAction(offer: StaleOffer): string {
  return `Evaluate as of ${offer.latest}`;
}

/** The one diagnostic that stands for every measure's stale-data warning. */
export function staleMessage(offer: StaleOffer): string {
  return `Every figure in this plan is out of date as of today (the latest is to ${offer.latest}, across ${offer.measures} measure${offer.measures === 1 ? '' : 's'}): evaluate as of ${offer.latest} to see the plan as its figures stand, or add the newer figures`;
}
