// Qualitative measures (DESIGN §4): the status is the assessment of the latest evidence on or
// before the as-of date.
import { isValidDate } from '../periods';
import type { CommentItem, EvidenceItem } from '../results';
import type { Commentary, Evidence } from '../types';

const assessments = new Set(['on-track', 'at-risk', 'off-track']);

/**
 * The evidence dated on or before `asOf`, oldest first; items without a real date or a known
 * assessment are left out. Items of the same date keep their written order, so the one written
 * last counts as the latest.
 */
export function evidenceAsOf(evidence: Evidence[] | undefined, asOf: string): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const e of Array.isArray(evidence) ? evidence : []) {
    if (e === null || typeof e !== 'object' || !isValidDate(e.date) || e.date > asOf) continue;
    if (!assessments.has(e.assessment)) continue;
    items.push({
      date: e.date,
      summary: typeof e.summary === 'string' ? e.summary : '',
      assessment: e.assessment,
      link: typeof e.link === 'string' ? e.link : null,
    });
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The owner's commentary dated on or before `asOf`, oldest first (written order within a date). */
export function commentaryAsOf(commentary: Commentary[] | undefined, asOf: string): CommentItem[] {
  const items: CommentItem[] = [];
  for (const c of Array.isArray(commentary) ? commentary : []) {
    if (c === null || typeof c !== 'object' || !isValidDate(c.date) || c.date > asOf || typeof c.text !== 'string') continue;
    items.push({ date: c.date, text: c.text });
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
