// Checking an edited plan again from its last check. When the edit lies inside one objective, only
// that objective's text is read again (core/recheck/spliced-source.ts) and only its measures are
// evaluated again; the schema and the rules run on the whole plan as before. Anything unusual falls
// back to the full check, whose result this always equals (test/recheck.test.ts holds it to that).
import { checkReadPlan, defaultMaxSize, type CheckedPlan, type CheckOptions, type CheckSteps } from '../check';
import { defaultLimits, parseSource, type SourceDocument } from '../source';
import { readPlanText } from '../stages/read';
import { isObject } from '../stages/shared';
import { layoutOf, type Layout } from './layout';
import { earlierFrom, type Edit } from './reuse';
import { SplicedSource, type Patch } from './spliced-source';

/** What is kept of a check for the next one. */
interface Kept {
  text: string;
  file: string;
  options: CheckOptions;
  source: SourceDocument;
  steps?: CheckSteps;
  /** The whole text as read once, and the objectives read again since. */
  pieces?: Pieces;
}

interface Pieces {
  base: SourceDocument;
  layout: Layout;
  patches: ReadonlyMap<number, Patch>;
}

const kept = new WeakMap<CheckedPlan, Kept>();

export interface Recheck {
  checked: CheckedPlan;
  /** 'objective' when only the edited objective was read again; otherwise why the whole text was. */
  how: string;
}

/** The full check, kept so that the next check of an edited text can start from it. */
export function checkKept(text: string, file: string, options: CheckOptions): CheckedPlan {
  const read = readPlanText(text, file, { maxSize: options.maxSize ?? defaultMaxSize, limits: options.limits ?? defaultLimits });
  const { checked, steps } = checkReadPlan(read.source, read.findings, file, options);
  kept.set(checked, { text, file, options, source: read.source, steps });
  return checked;
}

/** Checks `text`, an edit of the text `previous` checked; the result is the full check's, found faster when it can be. */
export function recheckPlanText(previous: CheckedPlan | undefined, text: string, file: string, options: CheckOptions): Recheck {
  const before = previous && kept.get(previous);
  const why = before ? unusable(before, text, file, options) : 'no earlier check';
  const spliced = before && !why ? splice(before, text, file, options) : why!;
  if (typeof spliced === 'string') return { checked: checkKept(text, file, options), how: spliced };
  const { source, edit } = spliced;
  const earlier = before!.steps!;
  const { checked, steps } = checkReadPlan(source, [], file, options, { validation: { index: edit.index, before: earlier.validation }, lend: (now) => earlierFrom(earlier, now, edit) });
  kept.set(checked, { text, file, options, source, steps, pieces: { base: source.base, layout: source.layout, patches: source.patches } });
  return { checked, how: 'objective' };
}

/** Why the earlier check cannot be started from, if it cannot. */
function unusable(before: Kept, text: string, file: string, options: CheckOptions): string | undefined {
  if (before.file !== file) return 'another file';
  const a = before.options;
  const sameOptions = a.asOf === options.asOf && a.fs === options.fs && a.maxSize === options.maxSize && JSON.stringify([a.config?.rules, a.limits]) === JSON.stringify([options.config?.rules, options.limits]);
  if (!sameOptions) return 'other options';
  if (!before.steps || before.source.problems.length > 0) return 'the earlier text did not read';
  if (text.length > (options.maxSize ?? defaultMaxSize)) return 'over the size limit';
  return undefined;
}

/** Anchors, aliases and tags tie an objective's text to the rest of the document: such an objective is read with the whole. */
const tied = /[&*!]\S/;

/** The new text read as the earlier document with the one edited objective read again, or why not. */
function splice(before: Kept, text: string, file: string, options: CheckOptions): { source: SplicedSource; edit: Edit } | string {
  const pieces = before.pieces ?? wholePieces(before.source);
  if (!pieces) return 'the objectives are not a plain block list';
  const old = before.text;
  const current = new SplicedSource(old, before.source.value, pieces.base, pieces.layout, pieces.patches);
  const { from, tail } = editBetween(old, text);
  if (from === old.length && old.length === text.length) return 'no edit';
  const oldEnd = old.length - tail;
  const growth = text.length - old.length;
  const count = pieces.layout.spans.length;
  let index = -1;
  for (let i = 0; i < count && index < 0; i++) {
    const span = current.span(i);
    if (span.dash < from && oldEnd <= span.end) index = i;
  }
  if (index < 0) return 'the edit is not inside one objective';
  const span = current.span(index);
  const written = text.slice(span.start, span.end + growth);
  if (tied.test(written) || tied.test(old.slice(span.start, span.end))) return 'anchors, aliases or tags';
  if (/\r(?!\n)|^(?:---|\.\.\.)/m.test(written)) return 'a lone carriage return or a document marker';

  const { indent, lineBreak, objectivesLast } = pieces.layout;
  const isLast = index === count - 1;
  const prefix = `objectives:${lineBreak}`;
  // what follows the objective decides where its trailing comments belong: another dash, a key or the end
  const follows = !isLast ? `${' '.repeat(indent)}- 0${lineBreak}` : objectivesLast ? '' : `z: 0${lineBreak}`;
  const doc = parseSource(prefix + written + follows, options.limits ?? defaultLimits);
  const read = doc.value;
  if (doc.problems.length > 0 || !isObject(read) || Object.keys(read).length !== (follows.startsWith('z') ? 2 : 1)) return 'the objective does not read on its own';
  const items = read.objectives;
  if (!Array.isArray(items) || items.length !== (isLast ? 1 : 2) || (!isLast && items[1] !== 0) || doc.block(['objectives'])?.indent !== indent) return 'the objectives are split or joined';

  const patches = new Map(pieces.patches);
  patches.set(index, { doc, offset: prefix.length, length: written.length });
  const root = before.source.value as Record<string, unknown>;
  const objectives = [...(root.objectives as unknown[])];
  objectives[index] = items[0];
  const lines = (s: string) => s.split('\n').length;
  const edit: Edit = {
    file,
    index,
    growth,
    linesMoved: lines(old.slice(from, oldEnd)) !== lines(text.slice(from, text.length - tail)),
    breaksChanged: old.includes('\r\n') !== text.includes('\r\n'),
  };
  // the lines before the edit start where they did, those after it moved along with it
  const earlierLines = before.source instanceof SplicedSource ? before.source.knownLineStarts() : undefined;
  const lineStarts = earlierLines && (() => movedLineStarts(earlierLines, text, from, oldEnd, growth));
  return { source: new SplicedSource(text, { ...root, objectives }, pieces.base, pieces.layout, patches, lineStarts), edit };
}

/**
 * The edit that turns one text into the other: how long their common start and common end are.
 * Compared a stretch at a time, long stretches first (a comparison of two strings is far quicker
 * than one of their characters after another).
 */
export function editBetween(old: string, text: string): { from: number; tail: number } {
  const shortest = Math.min(old.length, text.length);
  let from = 0;
  for (let step = 4096; step >= 1; step >>= 2) {
    while (from + step <= shortest && old.slice(from, from + step) === text.slice(from, from + step)) from += step;
  }
  let tail = 0;
  for (let step = 4096; step >= 1; step >>= 2) {
    while (tail + step <= shortest - from && old.slice(old.length - tail - step, old.length - tail) === text.slice(text.length - tail - step, text.length - tail)) tail += step;
  }
  return { from, tail };
}

/** The line starts of the text after an edit of [from, oldEnd) that made it `growth` longer, from those before it (no lone \r in either). */
function movedLineStarts(earlier: number[], text: string, from: number, oldEnd: number, growth: number): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < earlier.length && earlier[i] <= from) starts.push(earlier[i++]);
  for (let at = text.indexOf('\n', from); at !== -1 && at < oldEnd + growth; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  while (i < earlier.length && earlier[i] <= oldEnd) i++;
  while (i < earlier.length) starts.push(earlier[i++] + growth);
  return starts;
}

function wholePieces(source: SourceDocument): Pieces | undefined {
  const layout = layoutOf(source);
  return layout && { base: source, layout, patches: new Map() };
}
