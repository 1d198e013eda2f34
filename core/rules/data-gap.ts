// data-gap (DESIGN §5): a missing period inside a monthly or quarterly series. A gap makes a
// twelve-month total impossible, breaks SPC's moving ranges and hides a month the Panel may ask
// about. The months of a measure form one series and its quarters another; a gap is a run of
// periods missing between the earliest and the latest point of that series (all points in the
// file, whatever the as-of date). One finding per gap, on the first point after it.
import {
  kindNoun,
  listWords,
  measureName,
  pointRefs,
  reportAt,
  slotLabel,
  slotOf,
  slotPlus,
  type PointRef,
  type Slot,
} from './data-helpers';
import type { Rule, RuleReport } from './rule';

/** Up to this many missing periods are listed one by one; more are given as a range. */
const listLimit = 6;

function describeMissing(after: Slot, count: number): string {
  const label = (steps: number) => {
    const slot = slotPlus(after, steps);
    return slot ? slotLabel(slot) : '?';
  };
  if (count <= listLimit) return listWords(Array.from({ length: count }, (_, i) => label(i + 1)));
  return `${label(1)} to ${label(count)} (${count} ${kindNoun(after.kind, true)})`;
}

export const dataGap: Rule = {
  id: 'data-gap',
  description: 'A monthly or quarterly series is missing a period',
  defaultSeverity: 'warning',
  tags: ['data', 'reporting'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    for (const entry of context.measures) {
      const name = measureName(entry);
      for (const kind of ['month', 'quarter'] as const) {
        // The first point written for each slot of this kind.
        const bySlot = new Map<number, { slot: Slot; ref: PointRef }>();
        for (const ref of pointRefs(entry)) {
          const slot = slotOf(ref.point.period);
          if (slot?.kind === kind && !bySlot.has(slot.index)) bySlot.set(slot.index, { slot, ref });
        }
        const indexes = [...bySlot.keys()].sort((a, b) => a - b);
        for (let i = 1; i < indexes.length; i++) {
          const missing = indexes[i] - indexes[i - 1] - 1;
          if (missing <= 0) continue;
          const before = bySlot.get(indexes[i - 1])!.slot;
          const after = bySlot.get(indexes[i])!;
          const nouns = missing === 1 ? `the ${kindNoun(kind)}` : `the ${missing} ${kindNoun(kind, true)}`;
          const message =
            `${name.charAt(0).toUpperCase() + name.slice(1)} has no figure for ${describeMissing(before, missing)}, between ${slotLabel(before)} and ${slotLabel(after.slot)}: ` +
            `add ${nouns} from the force's records (with a "note" where a figure is provisional or estimated)`;
          reports.push(reportAt(after.ref, message));
        }
      }
    }
    return reports;
  },
};
