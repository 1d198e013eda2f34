// A document read in pieces: a plan read whole once (the base), with some of its objectives read
// again on their own after edits (the patches). It answers as the whole new text read at once would:
// each path is looked up in the piece that holds it and its offsets moved to the new text.
import { lineStartsOf, positionAmong, type Anchor, type BlockInfo, type Located, type SourceDocument } from '../source';
import type { Position } from '../types';
import type { DocPath } from '../types';
import type { Layout } from './layout';

export interface Patch {
  /** The objective's text read on its own, as the one item of an `objectives:` list. */
  doc: SourceDocument;
  /** Where the objective's text starts in the patch's own text. */
  offset: number;
  /** How long the objective's text is now. */
  length: number;
}

export class SplicedSource implements SourceDocument {
  readonly problems = [];
  /** Where each objective's text starts now. */
  private readonly starts: number[];
  private readonly last: number;
  private lines?: number[];

  constructor(
    readonly text: string,
    readonly value: unknown,
    readonly base: SourceDocument,
    readonly layout: Layout,
    readonly patches: ReadonlyMap<number, Patch>,
    /** Where the text's lines start, when they can be had quicker than by reading the text. */
    private readonly lineStarts?: () => number[] | undefined,
  ) {
    let shift = 0;
    this.starts = layout.spans.map((span, i) => {
      const start = span.start + shift;
      shift += this.growth(i);
      return start;
    });
    this.last = layout.spans.length - 1;
  }

  /** How much longer the objective's text is now than in the base. */
  growth(index: number): number {
    const patch = this.patches.get(index);
    const span = this.layout.spans[index];
    return patch ? patch.length - (span.end - span.start) : 0;
  }

  /** The objective's stretch of text (see layout.ts) as it is now. */
  span(index: number): { start: number; dash: number; end: number } {
    const span = this.layout.spans[index];
    const start = this.starts[index];
    return { start, dash: start + span.dash - span.start, end: start + span.end - span.start + this.growth(index) };
  }

  /** Where each line starts, once worked out. */
  knownLineStarts(): number[] | undefined {
    return this.lines;
  }

  readonly positionAt = (offset: number): Position => {
    const starts = (this.lines ??= this.lineStarts?.() ?? lineStartsOf(this.text));
    return positionAmong(starts, this.text.length, offset);
  };

  rangeOf(start: number, end: number) {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** A base offset outside every patch, moved by the patches before it. */
  private fromBase(offset: number): number {
    let moved = offset;
    for (const index of this.patches.keys()) if (this.layout.spans[index].end <= offset) moved += this.growth(index);
    return moved;
  }

  private fromPatch(index: number, offset: number): number {
    return offset - this.patches.get(index)!.offset + this.starts[index];
  }

  private patchFor(path: DocPath): number | undefined {
    return path[0] === 'objectives' && typeof path[1] === 'number' && this.patches.has(path[1]) ? path[1] : undefined;
  }

  /** The end of the whole list of objectives, or of the whole document, which may lie in the last objective's patch. */
  private outerEnd(path: [] | ['objectives'], baseEnd: number): number {
    const patch = this.patches.get(this.last);
    if (!patch || (path.length === 0 && !this.layout.objectivesLast)) return this.fromBase(baseEnd);
    return this.fromPatch(this.last, patch.doc.locate(path).end);
  }

  locate(path: DocPath, anchor: Anchor = 'value'): Located {
    const index = this.patchFor(path);
    if (index !== undefined) {
      const at = this.patches.get(index)!.doc.locate(['objectives', 0, ...path.slice(2)], anchor);
      return { path: ['objectives', index, ...at.path.slice(2)], start: this.fromPatch(index, at.start), end: this.fromPatch(index, at.end) };
    }
    const at = this.base.locate(path, anchor);
    const start = this.fromBase(at.start);
    if (at.path.length === 0) return { path: at.path, start, end: this.outerEnd([], at.end) };
    const isListValue = at.path.length === 1 && at.path[0] === 'objectives' && !(path.length === 1 && anchor === 'key');
    return { path: at.path, start, end: isListValue ? this.outerEnd(['objectives'], at.end) : this.fromBase(at.end) };
  }

  block(path: DocPath): BlockInfo | undefined {
    const index = this.patchFor(path);
    if (index !== undefined) {
      const info = this.patches.get(index)!.doc.block(['objectives', 0, ...path.slice(2)]);
      return info && { ...info, start: this.fromPatch(index, info.start), end: this.fromPatch(index, info.end) };
    }
    const info = this.base.block(path);
    if (!info) return undefined;
    const start = this.fromBase(info.start);
    if (path.length === 0) return { ...info, start, end: this.outerEnd([], info.end) };
    if (path.length === 1 && path[0] === 'objectives') return { ...info, start, end: this.outerEnd(['objectives'], info.end) };
    return { ...info, start, end: this.fromBase(info.end) };
  }
}
