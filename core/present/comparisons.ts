// How a measure's comparisons read (DESIGN §4.1): each funnel plot's units, limits as curves, and
// sentences for readers without the chart. Pure: the report, the preview, the scorecard and the
// editor all take their words from here.
import { funnelScale } from '../evaluate/areas';
import { funnelLimits, type FunnelScale } from '../evaluate/funnel';
import type { DirectionVerdict, FunnelPosition, MeasureResult } from '../results';
import { longDate } from './dates';
import { verdictShort, verdictText } from './movement';
import { formatNumber } from './numbers';

export type FunnelKind = 'areas' | 'peers';

export interface FunnelUnitView {
  label: string;
  /** The unit's current value (counts: the twelve-month total) or its figure at the period compared. */
  value: number | null;
  /** Counts: per 1,000 population; else null. */
  rate: number | null;
  /** What the funnel plots: the rate for counts, else the value. */
  figure: number | null;
  /** Population or denominator, the funnel's x; null when the unit cannot be tested. */
  size: number | null;
  position: FunnelPosition | null;
  rank: number | null;
  /** This plan's own force (peers only). */
  self: boolean;
  direction: DirectionVerdict | null;
}

export interface FunnelView {
  kind: FunnelKind;
  measureId: string;
  title: string;
  scale: FunnelScale | null;
  group: number | null;
  /** The date compared (peers), else null: each area stands at its own current value. */
  at: string | null;
  units: FunnelUnitView[];
  /** Words after a figure: "per 1,000" or "%". */
  per: string;
  /** What the units are measured against, for sentences: "the force as a whole" or "the group as a whole". */
  whole: string;
}

type Comparable = Pick<MeasureResult, 'id' | 'title' | 'type' | 'better' | 'areas' | 'areasGroup' | 'peers'>;

/** A rate per 1,000 to one decimal place (14.2, 1,234.5), or two below 10 where one would hide differences (0.77). */
export function rateText(value: number): string {
  const places = Math.abs(value) < 10 ? 2 : 1;
  return value.toLocaleString('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places });
}

/** A unit's plotted figure with its scale: "14.2 per 1,000", "74.0%", or the value as a measure of its type reads. */
export function comparedFigureText(view: Pick<FunnelView, 'scale' | 'per'>, figure: number | null, type: string): string {
  if (figure === null || !Number.isFinite(figure)) return '–';
  if (view.scale === 'rate') return `${rateText(figure)} ${view.per}`;
  return formatNumber(figure, type);
}

export function funnelViews(measure: Comparable): FunnelView[] {
  const views: FunnelView[] = [];
  const scale = funnelScale(measure.type);
  const per = scale === 'rate' ? 'per 1,000' : scale === 'proportion' ? '%' : '';
  const figureOf = (u: { rate: number | null; value: number | null }) => (measure.type === 'count' ? u.rate : u.value);
  if (measure.areas && measure.areas.length > 0) {
    views.push({
      kind: 'areas',
      measureId: measure.id,
      title: `${measure.title}: local areas`,
      scale,
      group: measure.areasGroup ?? null,
      at: null,
      per,
      whole: 'the force as a whole',
      units: measure.areas.map((a) => {
        const value = a.current?.value ?? null;
        return { label: a.name || a.id, value, rate: a.rate, figure: figureOf({ rate: a.rate, value }), size: a.size ?? null, position: a.position, rank: a.rank, self: false, direction: a.direction?.verdict ?? null };
      }),
    });
  }
  if (measure.peers && measure.peers.units.length > 0) {
    views.push({
      kind: 'peers',
      measureId: measure.id,
      title: `${measure.title}: Most Similar Group`,
      scale,
      group: measure.peers.group,
      at: measure.peers.at,
      per,
      whole: 'the group as a whole',
      units: measure.peers.units.map((u) => ({ label: u.force, value: u.value, rate: u.rate, figure: figureOf(u), size: u.size ?? null, position: u.position, rank: u.rank, self: u.self === true, direction: null })),
    });
  }
  return views;
}

const limitWords: Record<FunnelPosition, string> = {
  'above-99.8': 'above the 99.8% limit',
  'above-95': 'above the 95% limit',
  within: 'within the limits',
  'below-95': 'below the 95% limit',
  'below-99.8': 'below the 99.8% limit',
};

/** Where a unit lies, and what that means by `better`: "above the 99.8% limit (worse than the force as a whole beyond chance)". */
export function positionWords(position: FunnelPosition | null, better: string | null, whole: string): string {
  if (position === null) return 'not tested (no population or sample to test it by)';
  if (position === 'within') return `within the limits (no different from ${whole} beyond chance)`;
  const high = position.startsWith('above');
  const strength = position.endsWith('99.8') ? ' beyond chance' : ', probably not by chance alone';
  const judged = better === 'higher' || better === 'lower' ? (high === (better === 'higher') ? 'better' : 'worse') : high ? 'higher' : 'lower';
  return `${limitWords[position]} (${judged} than ${whole}${strength})`;
}

/** "6th", "1st", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** One unit in words, for readers without the chart: "Birmingham: 14.2 per 1,000, above the 99.8% limit (worse than the force as a whole beyond chance)". */
export function unitSentence(view: FunnelView, unit: FunnelUnitView, measure: Pick<MeasureResult, 'type' | 'better'>): string {
  const rank = unit.rank !== null ? `, ${ordinal(unit.rank)} of ${view.units.filter((u) => u.rank !== null).length}` : '';
  return `${unit.label}${unit.self ? ' (this force)' : ''}: ${comparedFigureText(view, unit.figure, measure.type)}, ${positionWords(unit.position, measure.better, view.whole)}${rank}`;
}

/** The plot in words, for readers without the chart: the group's figure, then one sentence per unit. */
export function funnelSentences(view: FunnelView, measure: Pick<MeasureResult, 'type' | 'better'>): string[] {
  const when = view.at ? ` (${longDate(view.at)})` : ' (each at its latest twelve months)';
  const whole = `${view.whole.charAt(0).toUpperCase()}${view.whole.slice(1)}`;
  const group = view.group === null ? `Not tested against ${view.whole}: ${view.scale === null ? 'figures of this kind are ranked only' : 'no population or sample to test by'}.` : `${whole}: ${comparedFigureText(view, view.group, measure.type)}${when}.`;
  return [group, ...view.units.map((u) => `${unitSentence(view, u, measure)}.`)];
}

/** The headings of a comparison's table: unit, figure, rate, position, rank, direction of travel. */
export function comparisonHeads(view: FunnelView, type: string): string[] {
  return [view.kind === 'areas' ? 'Local area' : 'Force', type === 'count' ? 'Twelve months' : 'Figure', 'Rate per 1,000', 'Position', 'Rank', 'Direction of travel'];
}

export interface ComparisonRow {
  unit: string;
  figure: string;
  rate: string;
  position: string;
  rank: string;
  /** In words; a Most Similar Group's forces have none (the peers file holds one period). */
  direction: string;
  unitView: FunnelUnitView;
}

/** A comparison's table as words, one row per unit in the order of the plan or the peers file. */
export function comparisonRows(view: FunnelView, measure: Pick<MeasureResult, 'type' | 'better'>): ComparisonRow[] {
  const ranked = view.units.filter((u) => u.rank !== null).length;
  return view.units.map((u) => ({
    unit: `${u.label}${u.self ? ' (this force)' : ''}`,
    figure: formatNumber(u.value, measure.type),
    rate: u.rate === null ? '–' : rateText(u.rate),
    position: positionWords(u.position, measure.better, view.whole),
    rank: u.rank === null ? '–' : `${ordinal(u.rank)} of ${ranked}`,
    direction: view.kind === 'peers' ? '–' : verdictText(u.direction),
    unitView: u,
  }));
}

/** Short words for a scorecard: "within range", "above the 95% limit". */
export function shortPosition(position: FunnelPosition | null): string {
  if (position === null) return 'not tested';
  return position === 'within' ? 'within range' : limitWords[position];
}

/** The scorecard's line for the Most Similar Group: "MSG: 6th of 8, within range"; null without peers or this force among them. */
export function msgLine(measure: Comparable): string | null {
  const units = measure.peers?.units ?? [];
  const self = units.find((u) => u.self);
  if (!self) return null;
  const ranked = units.filter((u) => u.rank !== null).length;
  const place = self.rank !== null ? `${ordinal(self.rank)} of ${ranked}, ` : '';
  return `MSG: ${place}${shortPosition(self.position)}`;
}

/** The scorecard's line for each local area: "Birmingham: 6,100, 5.4 per 1,000, above the 99.8% limit, 7th of 7, worse". */
export function areaLines(measure: Comparable): string[] {
  const view = funnelViews(measure).find((v) => v.kind === 'areas');
  if (!view) return [];
  const ranked = view.units.filter((u) => u.rank !== null).length;
  return view.units.map((u) => {
    const parts = [formatNumber(u.value, measure.type)];
    if (u.rate !== null) parts.push(comparedFigureText(view, u.rate, measure.type));
    parts.push(shortPosition(u.position));
    if (u.rank !== null) parts.push(`${ordinal(u.rank)} of ${ranked}`);
    if (u.direction) parts.push(verdictShort(u.direction));
    return `${u.label}: ${parts.join(', ')}`;
  });
}

export interface LimitPoint {
  size: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** The funnel's limits sampled over the units' range of sizes (a little beyond each end), for drawing as curves. */
export function limitCurves(view: FunnelView, steps = 48): LimitPoint[] {
  const sizes = view.units.map((u) => u.size).filter((s): s is number => s !== null && s > 0);
  if (view.scale === null || view.group === null || sizes.length === 0) return [];
  const from = Math.min(...sizes) * 0.8;
  const to = Math.max(...sizes) * 1.1;
  const points: LimitPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    // spaced evenly in 1/sqrt(size), where the limits change fastest at the small end
    const size = 1 / (1 / Math.sqrt(from) - (i / steps) * (1 / Math.sqrt(from) - 1 / Math.sqrt(to))) ** 2;
    const limits = funnelLimits(view.scale, view.group, size);
    points.push({ size, ...limits });
  }
  return points;
}
