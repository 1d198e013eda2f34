// Checking an edited plan again from its last check. When the edit lies inside one objective, only
// that objective's text is read again (core/recheck/spliced-source.ts) and only its measures are
// evaluated again; the schema and the rules run on the whole plan as before. Anything unusual falls
// back to the full check, whose result this always equals (test/recheck.test.ts holds it to that).
import { checkReadPlan, defaultMaxSize, type CheckedPlan, type CheckOptions, type CheckSteps } from '../check';
import { defaultLimits, parseSource, type SourceDocument } from '../source';
import { readPlanText } from '../stages/read';
import { isObject } from '../stages/shared';
import { layoutOf, type Layout } from './layout';
import { reuseFrom } from './reuse';
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
  const spliced = before && !why ? splice(before, text, options) : why!;
  if (typeof spliced === 'string') return { checked: checkKept(text, file, options), how: spliced };
  const { source, index } = spliced;
  const { checked, steps } = checkReadPlan(source, [], file, options, (now) => reuseFrom(before!.steps!, now, index));
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
function splice(before: Kept, text: string, options: CheckOptions): { source: SplicedSource; index: number } | string {
  const pieces = before.pieces ?? wholePieces(before.source);
  if (!pieces) return 'the objectives are not a plain block list';
  const old = before.text;
  const current = new SplicedSource(old, before.source.value, pieces.base, pieces.layout, pieces.patches);
  // the edit: what lies between the common start and the common end of the two texts
  const shortest = Math.min(old.length, text.length);
  let from = 0;
  while (from < shortest && old.charCodeAt(from) === text.charCodeAt(from)) from++;
  let tail = 0;
  while (tail < shortest - from && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
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
  return { source: new SplicedSource(text, { ...root, objectives }, pieces.base, pieces.layout, patches), index };
}

function wholePieces(source: SourceDocument): Pieces | undefined {
  const layout = layoutOf(source);
  return layout && { base: source, layout, patches: new Map() };
}
