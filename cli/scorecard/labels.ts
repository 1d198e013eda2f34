// The words and symbols the scorecard shows for statuses and verdicts, readable without colour.
import type { AssuranceVerdict, Direction, MeasureStatus, ObjectiveStatus, Variation } from '../../core/results';
import type { Palette, Style } from '../formatters/ansi';

export type AnyStatus = MeasureStatus | ObjectiveStatus;

const symbols: Record<AnyStatus, string> = {
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '✖',
  achieved: '✔',
  missed: '✖',
  'no-data': '○',
  'insufficient-data': '◌',
  monitored: '◆',
  unmeasured: '·',
};

export function statusSymbol(status: AnyStatus): string {
  return symbols[status] ?? '?';
}

/** Green for good, amber for at risk, red for bad, grey where there is no verdict. */
export function statusStyle(status: AnyStatus, p: Palette): Style {
  switch (status) {
    case 'on-track':
    case 'achieved':
      return p.green;
    case 'at-risk':
      return p.yellow;
    case 'off-track':
    case 'missed':
      return p.red;
    case 'monitored':
      return p.cyan;
    default:
      return p.dim;
  }
}

/** Statuses in the order the summary lists them: good news first, grey last. */
export const statusOrder: AnyStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'missed', 'monitored', 'no-data', 'insufficient-data', 'unmeasured'];

export function countsText(counts: Partial<Record<string, number>>): string {
  const known = statusOrder.filter((s) => counts[s]);
  const others = Object.keys(counts).filter((s) => counts[s] && !statusOrder.includes(s as AnyStatus));
  const parts = [...known, ...others].map((s) => `${counts[s]} ${s}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

const directionWords = {
  improving: { arrow: '↑', short: 'improving' },
  deteriorating: { arrow: '↓', short: 'deteriorating' },
  'no-significant-change': { arrow: '→', short: 'not sig.' },
  'change-untested': { arrow: '~', short: 'untested' },
} as const;

/** The direction of travel in short: ↑ improving, ↓ deteriorating, → not significant, ~ untested. */
export function directionShort(direction: Direction | string | null | undefined): string {
  const verdict = typeof direction === 'string' ? direction : direction?.verdict;
  const words = verdict ? directionWords[verdict as keyof typeof directionWords] : undefined;
  return words ? `${words.arrow} ${words.short}` : '';
}

/** The direction with its word as §4 spells it, for reports: "↑ improving", "→ no-significant-change". */
export function directionLong(direction: Direction | string | null | undefined): string {
  const verdict = typeof direction === 'string' ? direction : direction?.verdict;
  const words = verdict ? directionWords[verdict as keyof typeof directionWords] : undefined;
  return words ? `${words.arrow} ${verdict}` : '';
}

export function directionStyle(direction: Direction | string | null | undefined, p: Palette): Style {
  const verdict = typeof direction === 'string' ? direction : direction?.verdict;
  if (verdict === 'improving') return p.green;
  if (verdict === 'deteriorating') return p.red;
  return p.dim;
}

const variationWords: Record<Variation, string> = {
  'common-cause': 'common',
  'special-cause-improvement': 'improvement',
  'special-cause-concern': 'concern',
};

/** The SPC variation of the latest point in a word: common, improvement or concern. */
export function variationShort(variation: Variation | null | undefined): string {
  return variation ? (variationWords[variation] ?? variation) : '';
}

export function variationStyle(variation: Variation | null | undefined, p: Palette): Style {
  if (variation === 'special-cause-improvement') return p.green;
  if (variation === 'special-cause-concern') return p.red;
  return p.dim;
}

const assuranceWords: Record<AssuranceVerdict, string> = {
  'consistently-passes': 'passes',
  'consistently-fails': 'fails',
  'hit-and-miss': 'hit-and-miss',
};

export function assuranceShort(assurance: AssuranceVerdict | null | undefined): string {
  return assurance ? (assuranceWords[assurance] ?? assurance) : '';
}
