// Status words, their symbols, their colour families and the order lists give them. The words
// are §4's own (score JSON and every display use them); the symbol lets status read without colour.
import type { MeasureStatus, ObjectiveStatus } from '../results';

export type AnyStatus = MeasureStatus | ObjectiveStatus;

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

/** The status as every display writes it: symbol and word, "● on-track". */
export function statusLabel(status: string): string {
  return `${statusSymbol(status)} ${status}`;
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
  const others = Object.keys(counts)
    .filter((s) => (counts[s] ?? 0) > 0 && !statusOrder.includes(s as AnyStatus))
    .sort();
  return [...known, ...others].map((s) => [s, counts[s] as number]);
}

/** "10 on-track, 3 at-risk" in status order, or `none` when nothing is counted. */
export function countsText(counts: Partial<Record<string, number>>, separator = ', ', none = 'none'): string {
  const entries = orderedCounts(counts ?? {});
  return entries.length > 0 ? entries.map(([s, n]) => `${n} ${s}`).join(separator) : none;
}

/** How many of each status in a list. */
export function countStatuses<S extends string>(statuses: S[]): Partial<Record<S, number>> {
  const out: Partial<Record<S, number>> = {};
  for (const s of statuses) out[s] = (out[s] ?? 0) + 1;
  return out;
}
