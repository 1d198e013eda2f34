// Words, symbols and rounding shared by the report formats and the browser view. Pure: no DOM, no fs.
import type { AssuranceVerdict, DirectionVerdict, MeasureResult, MeasureStatus, ObjectiveStatus, Variation } from '../results';
import type { MeasureType } from '../types';

export type AnyStatus = MeasureStatus | ObjectiveStatus;

/** A shape per status, so that status reads without colour (print, colour blindness). */
const statusSymbols: Record<AnyStatus, string> = {
  'on-track': '●',
  achieved: '✔',
  'at-risk': '▲',
  'off-track': '✖',
  missed: '✖',
  monitored: '◆',
  'no-data': '○',
  'insufficient-data': '◌',
  unmeasured: '·',
};

export function statusSymbol(status: string): string {
  return statusSymbols[status as AnyStatus] ?? '?';
}

/** The colour family of a status: good, warn, bad, watch (monitored) or none (grey). */
export type Tone = 'good' | 'warn' | 'bad' | 'watch' | 'none';

export function statusTone(status: string): Tone {
  switch (status) {
    case 'on-track':
    case 'achieved':
      return 'good';
    case 'at-risk':
      return 'warn';
    case 'off-track':
    case 'missed':
      return 'bad';
    case 'monitored':
      return 'watch';
    default:
      return 'none';
  }
}

/** Good news first, grey last: the order summaries list statuses in. */
export const statusOrder: AnyStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'missed', 'monitored', 'no-data', 'insufficient-data', 'unmeasured'];

/** Counts in status order, then any status this version does not know, skipping zeros. */
export function orderedCounts(counts: Partial<Record<string, number>>): [string, number][] {
  const known = statusOrder.filter((s) => (counts[s] ?? 0) > 0);
  const others = Object.keys(counts).filter((s) => (counts[s] ?? 0) > 0 && !statusOrder.includes(s as AnyStatus)).sort();
  return [...known, ...others].map((s) => [s, counts[s] as number]);
}

const directionArrows: Record<DirectionVerdict, string> = {
  improving: '↑',
  deteriorating: '↓',
  'no-significant-change': '→',
  'change-untested': '~',
};

export function directionText(verdict: DirectionVerdict | string | null | undefined): string {
  if (!verdict) return '–';
  const arrow = directionArrows[verdict as DirectionVerdict];
  return arrow ? `${arrow} ${verdict}` : String(verdict);
}

export function directionTone(verdict: string | null | undefined): Tone {
  return verdict === 'improving' ? 'good' : verdict === 'deteriorating' ? 'bad' : 'none';
}

/** The SPC verdict in one phrase: the latest point's variation, and the assurance of the target. */
export function spcText(spc: MeasureResult['spc']): string {
  if (!spc) return '–';
  const variation: Record<Variation, string> = {
    'common-cause': 'common cause',
    'special-cause-improvement': 'special cause: improvement',
    'special-cause-concern': 'special cause: concern',
  };
  const assurance: Record<AssuranceVerdict, string> = {
    'consistently-passes': 'target consistently passes',
    'consistently-fails': 'target consistently fails',
    'hit-and-miss': 'target hit and miss',
  };
  const parts = [variation[spc.variation] ?? spc.variation];
  if (spc.assurance) parts.push(assurance[spc.assurance] ?? spc.assurance);
  return parts.join('; ');
}

export function spcTone(spc: MeasureResult['spc']): Tone {
  if (spc?.variation === 'special-cause-improvement') return 'good';
  if (spc?.variation === 'special-cause-concern') return 'bad';
  return 'none';
}

function groupDigits(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '−' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

function decimalsFor(value: number): number {
  const size = Math.abs(value);
  if (size >= 100 || size === 0) return 0;
  if (size >= 10) return 1;
  return 2;
}

/** A value for people: proportions as percentages to one decimal, counts whole, others to about three figures. */
export function formatNumber(value: number | null | undefined, type: MeasureType | string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (type === 'proportion') return `${groupDigits(value, 1)}%`;
  if (type === 'count') return groupDigits(value, Number.isInteger(value) || Math.abs(value) >= 10 ? 0 : 1);
  return groupDigits(value, decimalsFor(value));
}

/** A gap, signed so that + is better: "+1,250", "−3.4 pts", "±0". */
export function formatGap(value: number | null | undefined, type: MeasureType | string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = type === 'proportion' ? `${groupDigits(value, 1)} pts` : formatNumber(value, type);
  if (/^−?0(\.0+)?( pts)?$/.test(text)) return `±${text.replace('−', '')}`;
  return value > 0 ? `+${text}` : text;
}

/** A value with its unit where the unit is a word (proportions carry their %). */
export function withUnit(value: number | null | undefined, measure: Pick<MeasureResult, 'type' | 'unit'>): string {
  const text = formatNumber(value, measure.type);
  if (text === '–' || measure.type === 'proportion' || !measure.unit || measure.unit === '%') return text;
  return `${text} ${measure.unit}`;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2016-03-31 → "31 March 2016"; anything else as it is. */
export function longDate(date: string | null | undefined): string {
  if (!date) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? monthNames[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** Links are followed only when they are plain web addresses; anything else (javascript:, data:) is shown as text. */
export function safeLink(link: string | null | undefined): string | undefined {
  if (typeof link !== 'string') return undefined;
  const trimmed = link.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Periods in a year for a series' period text: 12 for 2014-06, 4 for 2014-Q2, 1 for 2014 or FY2014-15; undefined for days. */
export function periodsPerYear(period: string): number | undefined {
  if (/^\d{4}-\d{2}$/.test(period)) return 12;
  if (/^\d{4}-Q[1-4]$/.test(period)) return 4;
  if (/^(FY)?\d{4}(-\d{2})?$/.test(period)) return 1;
  return undefined;
}
