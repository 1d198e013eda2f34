// Fitting plan text into fixed-width columns. Widths count code points, so a title in any script
// is cut between characters, never inside one.
import { printable } from '../formatters/ansi';

export function widthOf(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Plan text on one line: line breaks and tabs become spaces, control characters visible escapes. */
export function oneLine(text: string | null | undefined): string {
  return printable(String(text ?? '').replace(/[\r\n\t]+/g, ' ').trim());
}

/** Cuts text to at most `width` columns, ending in … when anything was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return `${chars.slice(0, width - 1).join('').trimEnd()}…`;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - widthOf(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - widthOf(text))) + text;
}

/** Items joined with ", " after a lead, wrapped so that no line is wider than `width`; later lines indented. */
export function wrapList(lead: string, items: string[], width: number, indent = '  '): string[] {
  const lines: string[] = [];
  let line = lead;
  let hasItem = false;
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item},` : item;
    const candidate = line === '' ? piece : `${line} ${piece}`;
    if (hasItem && widthOf(candidate) > width) {
      lines.push(line);
      line = `${indent}${piece}`;
    } else line = candidate;
    hasItem = true;
  });
  lines.push(line);
  return lines.map((l) => truncate(l, width));
}

/** Text broken between words into lines of at most `width` columns; a word longer than a line is cut across lines. */
export function wrapWords(text: string, width: number): string[] {
  if (width <= 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    let rest = Array.from(word);
    if (line !== '' && widthOf(line) + 1 + rest.length <= width) {
      line += ` ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    while (rest.length > width) {
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    line = rest.join('');
  }
  lines.push(line);
  return lines;
}
