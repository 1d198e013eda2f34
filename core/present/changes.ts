// What changed since the last report, in words for the Panel: one sentence per change, the
// heading and the one line said when nothing changed. Every format (terminal, Markdown, HTML,
// Word) says them the same way. Pure.
import type { Change } from '../changes/index';
import { longDate } from './dates';
import { variationOutcome } from './control';
import { verdictText } from './movement';
import { statusLabel } from './status';

/** "Since the last report (as of 31 December 2014)". */
export function sinceHeading(since: string): string {
  return `Since the last report (as of ${longDate(since)})`;
}

/** The one line a report says when nothing changed. */
export function noChangesLine(since: string): string {
  return `No changes since the last report (as of ${longDate(since)}).`;
}

/** "3 changes since the last report (as of 31 December 2014)". */
export function changesCountLine(count: number, since: string): string {
  return count === 0 ? noChangesLine(since) : `${count} ${count === 1 ? 'change' : 'changes'} since the last report (as of ${longDate(since)}):`;
}

const status = (word: string | null) => (word ? statusLabel(word) : 'none');

/** A period or date as people say it: 2015-03-31 → 31 March 2015; 2015-03 and FY2014-15 as written. */
function when(text: string | null): string {
  return text === null ? '' : longDate(text);
}

/** What happened, without saying to what: "moved from ▲ at-risk to ✖ off-track". */
export function changeWhat(change: Change): string {
  switch (change.what) {
    case 'achieved':
      return `target achieved (was ${status(change.from)})`;
    case 'missed':
      return `target missed (was ${status(change.from)})`;
    case 'status':
      return change.from === null ? `now ${status(change.to)}` : `moved from ${status(change.from)} to ${status(change.to)}`;
    case 'direction':
      return change.from === null ? `direction of travel now ${verdictText(change.to)}` : `direction of travel now ${verdictText(change.to)} (was ${verdictText(change.from)})`;
    case 'special-cause':
      return `new special-cause signal: ${variationOutcome(change.to ?? '')}`;
    case 'new-figures':
      if (/^\d{4}-\d{2}-\d{2}$/.test(change.to ?? '')) return change.from === null ? `first evidence, of ${when(change.to)}` : `new evidence, of ${when(change.to)} (the last was of ${when(change.from)})`;
      return change.from === null ? `first figures, up to ${change.to}` : `new figures, up to ${change.to} (the last were to ${change.from})`;
    case 'action-overdue':
      return 'action now overdue';
    case 'action-done':
      return 'action done';
    case 'recommendation-answered':
      return `recommendation answered (now ${change.to})`;
    case 'recommendation-closed':
      return 'recommendation closed';
    default:
      return `${String(change.what)}: ${change.from ?? 'none'} → ${change.to ?? 'none'}`;
  }
}

/** Whom the change is about: "O1.1 Victim-based crime", "Action A1.2 Burglary week", "Recommendation R1". */
export function changeSubject(change: Change): string {
  const title = change.title ? ` ${change.title}` : '';
  if (change.action !== null) return `Action ${change.action}${title}`;
  if (change.recommendation !== null) return `Recommendation ${change.recommendation}${title}`;
  return `${change.measure ?? change.objective ?? ''}${title}`;
}

/** One sentence: "O1.1 Victim-based crime: moved from ▲ at-risk to ✖ off-track." */
export function changeSentence(change: Change): string {
  return `${changeSubject(change)}: ${changeWhat(change)}.`;
}

/** The order readers see changes in: verdicts first, then signals, delivery, and new figures last. */
const readingOrder: Change['what'][] = ['achieved', 'missed', 'status', 'special-cause', 'direction', 'action-overdue', 'action-done', 'recommendation-answered', 'recommendation-closed'];

/** Text cut to at most `width` characters, ending in … when anything was cut. */
function shorten(text: string, width: number | undefined): string {
  const chars = Array.from(text);
  return width === undefined || chars.length <= width ? text : `${chars.slice(0, Math.max(1, width - 1)).join('').trimEnd()}…`;
}

/**
 * The changes as lines for a report or terminal, plan by plan: each change a sentence, most
 * telling first; new figures gathered into one line ("New figures or evidence for 3 measures:
 * O1.1, O1.2, O2.1."). `titleWidth` shortens titles so the verdict stays in view on a terminal.
 */
export function changeLinesForReaders(changes: Change[], options: { titleWidth?: number } = {}): { plan: string; lines: string[] }[] {
  const plans = [...new Set(changes.map((c) => c.plan))];
  return plans.map((plan) => {
    const own = changes.filter((c) => c.plan === plan);
    const lines: string[] = [];
    for (const what of readingOrder) for (const c of own) if (c.what === what) lines.push(changeSentence({ ...c, title: shorten(c.title, options.titleWidth) }));
    const fresh = own.filter((c) => c.what === 'new-figures');
    if (fresh.length > 0) lines.push(`New figures or evidence for ${fresh.length} ${fresh.length === 1 ? 'measure' : 'measures'}: ${fresh.map((c) => c.measure).join(', ')}.`);
    return { plan, lines };
  });
}
