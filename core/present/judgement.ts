// A recorded judgement (override, DESIGN §3.1) in words, for every output: the status judged
// always beside the status computed from the figures, and the reason.
import type { MeasureResult } from '../results';
import { longDate } from './dates';

/** A status read aloud: "off-track" → "off track". */
const spoken = (word: string) => word.replace(/-/g, ' ');

type Judged = Pick<MeasureResult, 'status' | 'computedStatus' | 'override'>;

/** "at risk (judged; computed: off track)", or null when no judgement applies. */
export function judgedStatus(m: Judged): string | null {
  if (!m.override) return null;
  return `${spoken(m.status)} (judged; computed: ${spoken(m.computedStatus ?? m.status)})`;
}

/** "Judged at risk by Chief Executive on 10 April 2015: <reason>", or null when no judgement applies. */
export function judgementReason(m: Judged): string | null {
  const o = m.override;
  if (!o) return null;
  return `Judged ${spoken(o.status)}${o.by ? ` by ${o.by}` : ''} on ${longDate(o.date)}: ${o.reason}`;
}
