// The direction of travel said in two parts: the arrow and the words follow the figure (▲ up,
// ▼ down, ► level), and the judgement says whether that is better or worse and whether it is more
// than the figures' normal variation.
import type { Direction, MeasureResult } from '../results';
import { judgement } from './figures';
import { groupDigits } from './numbers';
import type { Tone } from './status';

type Travel = Pick<MeasureResult, 'type' | 'better'> & { direction: Direction | null };

/** ▲ up, ▼ down or ► level, by the sign of the difference. */
export function arrowOf(difference: number): { arrow: string; word: string } {
  if (difference > 0) return { arrow: '▲', word: 'up' };
  if (difference < 0) return { arrow: '▼', word: 'down' };
  return { arrow: '►', word: 'level' };
}

/** The size of a move: a percentage of the earlier figure, or percentage points for proportions. */
function sizeOf(m: Travel, direction: Direction, signed: boolean): string {
  const d = direction.difference;
  const sign = signed ? (d > 0 ? '+' : d < 0 ? '−' : '') : '';
  if (m.type === 'proportion') {
    const points = Math.abs(d);
    return `${sign}${groupDigits(points, 1)} ${points === 1 ? 'point' : 'points'}`;
  }
  if (!direction.previous) return `${sign}${groupDigits(Math.abs(d), Number.isInteger(d) ? 0 : 1)}`;
  return `${sign}${groupDigits(Math.abs((d / direction.previous) * 100), 1)}%`;
}

/** What the figure is compared with: "the previous 12 months" (counts), "a year earlier" (one figure). */
export function comparedWith(type: string): string {
  return type === 'count' ? 'the previous 12 months' : 'a year earlier';
}

const significant = 'beyond normal variation';

/** The judgement of a direction of travel: "worse, but within normal variation", "better, beyond normal variation". */
export function travelJudgement(m: Travel): string {
  const direction = m.direction;
  if (!direction) return '';
  const better = judgement(direction.difference, m.better);
  const verdict = direction.verdict as string;
  if (direction.difference === 0 && verdict !== 'change-untested') return 'no change';
  switch (verdict) {
    case 'improving':
    case 'deteriorating':
      return `${better ?? (verdict === 'improving' ? 'better' : 'worse')}, ${significant}`;
    case 'increasing':
    case 'decreasing':
      return significant;
    case 'no-significant-change':
      return better ? `${better}, but within normal variation` : 'within normal variation';
    case 'change-untested':
      return better ? `${better}; not tested against normal variation` : 'not tested against normal variation';
    default:
      return verdict;
  }
}

/** The direction of travel as a sentence: "▲ up 1.8% on the previous 12 months: worse, but within normal variation". */
export function travelText(m: Travel): string {
  const direction = m.direction;
  if (!direction) return 'no figure from a year earlier to compare with';
  const { arrow, word } = arrowOf(direction.difference);
  const move = direction.difference === 0 ? `${arrow} ${word} with ${comparedWith(m.type)}` : `${arrow} ${word} ${sizeOf(m, direction, false)} on ${comparedWith(m.type)}`;
  return `${move}: ${travelJudgement(m)}`;
}

const shortJudgements: Record<string, string> = {
  improving: 'better',
  deteriorating: 'worse',
  'no-significant-change': 'normal variation',
  'change-untested': 'untested',
  increasing: 'real rise',
  decreasing: 'real fall',
};

/** The direction of travel for a narrow column: "▲ +1.8% normal variation", "▼ −5.4% better". */
export function travelShort(m: Travel): string {
  const direction = m.direction;
  if (!direction) return '';
  const { arrow } = arrowOf(direction.difference);
  return `${arrow} ${sizeOf(m, direction, true)} ${shortJudgements[direction.verdict] ?? direction.verdict}`;
}

/** A verdict in a narrow column: "better", "worse", "normal variation", "untested". */
export function verdictShort(verdict: string | null | undefined): string {
  return verdict ? (shortJudgements[verdict] ?? verdict) : '';
}

/** Green for a significant improvement, red for a significant deterioration, grey otherwise. */
export function travelTone(verdict: string | null | undefined): Tone {
  return verdict === 'improving' ? 'good' : verdict === 'deteriorating' ? 'bad' : 'none';
}

const verdictWords: Record<string, string> = {
  improving: `better, ${significant}`,
  deteriorating: `worse, ${significant}`,
  'no-significant-change': 'within normal variation',
  'change-untested': 'not tested against normal variation',
  increasing: `a rise ${significant}`,
  decreasing: `a fall ${significant}`,
};

/** A direction verdict on its own (a monitored objective's worst): "worse, beyond normal variation". */
export function verdictText(verdict: string | null | undefined): string {
  return verdict ? (verdictWords[verdict] ?? verdict) : '–';
}
