// Offsets (UTF-16 code units, as the core reports them) to 0-based line/character, as editors count.
// Line breaks are \n, \r\n or a lone \r, the same as VS Code's text model.

export interface LineCharacter {
  line: number;
  character: number;
}

export interface SpanData {
  start: LineCharacter;
  end: LineCharacter;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): LineCharacter {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo] };
  }

  span(start: number, end: number): SpanData {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** A 1-based line/column range (as findings carry it) to 0-based positions. */
export function spanFromRange(range: { start: { line: number; column: number }; end: { line: number; column: number } }): SpanData {
  const pos = (p: { line: number; column: number }) => ({ line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) });
  return { start: pos(range.start), end: pos(range.end) };
}
