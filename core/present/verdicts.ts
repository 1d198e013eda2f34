// Direction of travel, SPC variation and assurance in words.
import type { AssuranceVerdict, Direction, DirectionVerdict, MeasureResult, Variation } from '../results';
import type { Tone } from './status';

type DirectionLike = Direction | DirectionVerdict | string | null | undefined;

const verdictOf = (direction: DirectionLike): string | undefined => (typeof direction === 'string' ? direction : (direction?.verdict ?? undefined));

const directionWords: Record<DirectionVerdict, { arrow: string; short: string }> = {
  improving: { arrow: '↑', short: 'improving' },
  deteriorating: { arrow: '↓', short: 'deteriorating' },
  increasing: { arrow: '↗', short: 'increasing' },
  decreasing: { arrow: '↘', short: 'decreasing' },
  'no-significant-change': { arrow: '→', short: 'not sig.' },
  'change-untested': { arrow: '~', short: 'untested' },
};

/** A §4 word read aloud: "no-significant-change" → "no significant change". */
export function spoken(word: string): string {
  return word.replace(/-/g, ' ');
}

/** The direction of travel with its §4 word: "↑ improving", "→ no-significant-change"; `none` without one. */
export function directionText(direction: DirectionLike, none = '–'): string {
  const verdict = verdictOf(direction);
  if (!verdict) return none;
  const words = directionWords[verdict as DirectionVerdict];
  return words ? `${words.arrow} ${verdict}` : verdict;
}

/** The direction of travel in a narrow column: "↑ improving", "→ not sig.", "~ untested"; empty without one. */
export function directionShort(direction: DirectionLike): string {
  const verdict = verdictOf(direction);
  const words = verdict ? directionWords[verdict as DirectionVerdict] : undefined;
  return words ? `${words.arrow} ${words.short}` : (verdict ?? '');
}

export function directionTone(direction: DirectionLike): Tone {
  const verdict = verdictOf(direction);
  return verdict === 'improving' ? 'good' : verdict === 'deteriorating' ? 'bad' : 'none';
}

const variationPhrases: Record<Variation, { phrase: string; short: string }> = {
  'common-cause': { phrase: 'common cause', short: 'common' },
  'special-cause-improvement': { phrase: 'special cause: improvement', short: 'improvement' },
  'special-cause-concern': { phrase: 'special cause: concern', short: 'concern' },
  'special-cause-high': { phrase: 'special cause: high', short: 'high' },
  'special-cause-low': { phrase: 'special cause: low', short: 'low' },
};

const assurancePhrases: Record<AssuranceVerdict, { phrase: string; short: string }> = {
  'consistently-passes': { phrase: 'target consistently passes', short: 'passes' },
  'consistently-fails': { phrase: 'target consistently fails', short: 'fails' },
  'hit-and-miss': { phrase: 'target hit and miss', short: 'hit-and-miss' },
};

/** The SPC verdict in one phrase: the latest point's variation, and the assurance of the target. */
export function spcText(spc: MeasureResult['spc'] | null | undefined): string {
  if (!spc) return '–';
  const parts = [variationPhrases[spc.variation]?.phrase ?? spc.variation];
  if (spc.assurance) parts.push(assurancePhrases[spc.assurance]?.phrase ?? spc.assurance);
  return parts.join('; ');
}

/** The latest point's variation in a word: common, improvement or concern. */
export function variationShort(variation: Variation | string | null | undefined): string {
  return variation ? (variationPhrases[variation as Variation]?.short ?? variation) : '';
}

/** The assurance in a word: passes, fails, hit-and-miss. */
export function assuranceShort(assurance: AssuranceVerdict | string | null | undefined): string {
  return assurance ? (assurancePhrases[assurance as AssuranceVerdict]?.short ?? assurance) : '';
}

export function variationTone(variation: Variation | string | null | undefined): Tone {
  if (variation === 'special-cause-improvement') return 'good';
  if (variation === 'special-cause-concern') return 'bad';
  return 'none';
}

export function spcTone(spc: MeasureResult['spc'] | null | undefined): Tone {
  return variationTone(spc?.variation);
}
