// explain-off-track (DESIGN §5): Panels ask for the owner's narrative beside every red figure. A
// measure whose evaluated status is `off-track` or `missed` needs a `commentary` entry dated
// within its latest reporting period: on or after the first day of the period of its latest point
// (on or before the as-of date) and no later than the as-of date. Figures are published after
// their period closes, so a note written then still belongs to that round of reporting.
// Qualitative measures are not checked: their evidence summary is already the narrative.
import { addKeyEdit, appendItemEdit } from '../edits';
import type { SourceDocument } from '../source';
import { placeholder } from '../placeholders';
import type { Fix } from '../types';
import {
  isDate,
  isRecord,
  measureName,
  pointRefs,
  resultFor,
  resultsById,
  slotEnd,
  slotLabel,
  slotOf,
  slotStart,
  type Slot,
} from './data-helpers';
import type { MeasureEntry, Rule, RuleReport } from './rule';
import { formatNumber } from '../present/numbers';

const commentaryPlaceholder = placeholder('why the figure is off track and what is being done about it');

function latestSlot(entry: MeasureEntry, asOf: string): Slot | undefined {
  let latest: Slot | undefined;
  for (const ref of pointRefs(entry)) {
    const slot = slotOf(ref.point.period);
    if (!slot || slotEnd(slot) > asOf) continue;
    if (!latest || slotEnd(slot) > slotEnd(latest)) latest = slot;
  }
  return latest;
}

function commentaryFix(source: SourceDocument, entry: MeasureEntry, date: string, id: string): Fix | undefined {
  const item = `{date: ${date}, text: ${commentaryPlaceholder}}`;
  const has = isRecord(entry.measure) && entry.measure.commentary !== undefined;
  const edit = has
    ? appendItemEdit(source, [...entry.path, 'commentary'], item)
    : addKeyEdit(source, entry.path, ['commentary:', `  - ${item}`]);
  return edit ? { title: `Add a commentary entry to ${id} explaining the figure`, edits: [edit] } : undefined;
}

export const explainOffTrack: Rule = {
  id: 'explain-off-track',
  description: 'An off-track or missed measure needs commentary dated in its latest reporting period',
  defaultSeverity: 'warning',
  tags: ['reporting', 'panel'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    const results = resultsById(context);
    for (const entry of context.measures) {
      const m = entry.measure;
      if (!isRecord(m) || m.type === 'qualitative') continue;
      const result = resultFor(results, entry);
      if (!result || (result.status !== 'off-track' && result.status !== 'missed')) continue;
      const slot = latestSlot(entry, context.asOf);
      if (!slot) continue;
      const from = slotStart(slot);
      const commentary = Array.isArray(m.commentary) ? m.commentary : [];
      const explained = commentary.some((c) => {
        const date = isRecord(c) && typeof c.date === 'string' ? c.date.trim() : undefined;
        return date !== undefined && isDate(date) && date >= from && date <= context.asOf;
      });
      if (explained) continue;

      const name = measureName(entry);
      const unit = typeof m.unit === 'string' ? m.unit.trim() : '';
      // figures as the CodeLens and the scorecard write them
      const shown = (n: number) => (result.type === 'proportion' ? formatNumber(n, 'proportion') : `${formatNumber(n, result.type)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`);
      const figure =
        result.current && typeof result.current.value === 'number'
          ? result.status === 'missed' && result.target
            ? ` (${shown(result.current.value)} against a target of ${shown(result.target.value)})`
            : typeof result.expected === 'number'
              ? ` (${shown(result.current.value)} against an expected ${shown(result.expected)})`
              : ` (${shown(result.current.value)})`
          : '';
      const id = typeof m.id === 'string' ? m.id : 'the measure';
      const fix = commentaryFix(context.source, entry, context.asOf, id);
      reports.push({
        path: commentary.length > 0 ? [...entry.path, 'commentary'] : entry.path,
        anchor: commentary.length > 0 ? 'key' : undefined,
        message:
          `${name.charAt(0).toUpperCase() + name.slice(1)} ${result.status === 'missed' ? 'has missed its target' : 'is off track'}${figure}, with no commentary dated since ${from}, the start of its latest period (${slotLabel(slot)}): ` +
          `add a "commentary" entry {date: ${context.asOf}, text: ...} saying why the figure is red and what is being done about it`,
        fixes: fix ? [fix] : [],
      });
    }
    return reports;
  },
};
