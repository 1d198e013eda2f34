// The short list of what changed since the last report, printed above the terminal scorecard
// and (with its own escaping) at the top of the Markdown scorecard. The words come from the core (core/present/changes.ts).
import { changeLinesForReaders, changesCountLine } from '../../core/present/changes';
import type { ScoreResult } from '../../core/results';
import { oneLine, truncate } from './text';

/** At most this many changes are listed in the terminal; the rest are counted. */
export const terminalChangeLimit = 20;

/** Lines for the terminal, each fitted to the width; none without --since. */
export function changeLines(result: ScoreResult, width: number): string[] {
  if (result.since === undefined) return [];
  const changes = result.changes ?? [];
  const groups = changeLinesForReaders(changes, { titleWidth: Math.max(20, Math.floor(width / 2) - 10) });
  const items = groups.flatMap((g) => (groups.length > 1 ? [`${oneLine(g.plan)}:`, ...g.lines.map((l) => `  ${oneLine(l)}`)] : g.lines.map(oneLine)));
  const lines = [truncate(changesCountLine(changes.length, result.since), width)];
  for (const item of items.slice(0, terminalChangeLimit)) lines.push(truncate(`  ${item}`, width));
  if (items.length > terminalChangeLimit) lines.push(`  and ${items.length - terminalChangeLimit} more lines: see --format json or the report`);
  lines.push('');
  return lines;
}
