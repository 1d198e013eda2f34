// The objective as the plan states it, and what its detailed measures say that its status does not.
import type { MeasureStatus } from '../results';
import { longDate } from './dates';

interface StatedObjective {
  status: string;
  description?: string | null;
  owner?: string | null;
  partners?: string[];
  due?: string | null;
  earlyWin?: boolean;
  measures: { tier: string; status: MeasureStatus | string }[];
}

export interface ObjectiveFacts {
  description: string | null;
  /** Owner, partners, due date, early win: each a label and its words. */
  facts: { label: string; text: string }[];
  /** Red detailed measures under an objective that is not red: "1 detailed measure off track". */
  notes: { status: string; text: string }[];
}

const red = new Set(['off-track', 'missed']);

export function objectiveFacts(o: StatedObjective): ObjectiveFacts {
  const facts: { label: string; text: string }[] = [];
  if (o.owner) facts.push({ label: 'Owner', text: o.owner });
  if (o.partners && o.partners.length > 0) facts.push({ label: 'Partners', text: o.partners.join(', ') });
  if (o.due) facts.push({ label: 'Due', text: longDate(o.due) });
  if (o.earlyWin) facts.push({ label: 'Early win', text: 'yes: a first-year focus the Panel should see evidenced early' });
  const notes: { status: string; text: string }[] = [];
  if (!red.has(o.status)) {
    const offTrack = o.measures.filter((m) => m.tier === 'detailed' && m.status === 'off-track').length;
    const missed = o.measures.filter((m) => m.tier === 'detailed' && m.status === 'missed').length;
    if (offTrack > 0) notes.push({ status: 'off-track', text: `${offTrack} detailed ${offTrack === 1 ? 'measure' : 'measures'} off track` });
    if (missed > 0) notes.push({ status: 'missed', text: `${missed} detailed ${missed === 1 ? 'measure' : 'measures'} missed ${missed === 1 ? 'its target' : 'their targets'}` });
  }
  return { description: o.description ?? null, facts, notes };
}
