// Small scans over the text for the fast reader (core/source-fast.ts): separation, anchors, line
// tails and where block scalars end, each as the `yaml` library draws its ranges.
import { Decline } from './source-fast-nodes';

export const isSpace = (c: number) => c === 32 || c === 9;
export const isBreak = (c: number) => c === 10 || c === 13;
export const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
export const isFlowIndicator = (c: number) => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;

/** Past spaces, line breaks and comments. */
export function skipSeparation(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWs(c)) i++;
    else if (c === 35 && (i === 0 || isWs(text.charCodeAt(i - 1)))) {
      while (i < n && !isBreak(text.charCodeAt(i))) i++;
    } else break;
  }
  return i;
}

/** Past an anchor or tag token. */
export function skipProperty(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isWs(c) || isFlowIndicator(c)) break;
    j++;
  }
  return j;
}

/** Past a same-line comment and the line break after a node (range[2] of the `yaml` library). */
export function lineTail(text: string, i: number): number {
  const n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === 35) while (i < n && !isBreak(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  if (i < n && text.charCodeAt(i) === 10) return i + 1;
  return i;
}

export function lineStartOf(text: string, i: number): number {
  let j = i;
  while (j > 0 && !isBreak(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Where `yaml` puts an empty value: after the indicator (and any anchor), past spaces on that line. */
export function emptyPosition(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 38) i = skipProperty(text, i);
    else if (c === 33) throw new Decline('tag');
    else return i;
  }
}

/** A block scalar ends after its last line with text; with `+` (keep) after its trailing blank lines too. */
export function blockScalarEnd(text: string, start: number, rawEnd: number): number {
  const n = text.length;
  let header = start + 1;
  let keep = false;
  while (header < n && !isBreak(text.charCodeAt(header))) {
    const c = text.charCodeAt(header);
    if (c === 43) keep = true;
    if (c === 35 || isSpace(c)) break;
    header++;
  }
  const stop = Math.min(rawEnd, n);
  if (keep) {
    // up to the start of the line where reading stopped
    let j = stop;
    while (j > start && !isBreak(text.charCodeAt(j - 1))) j--;
    return j > start ? j : stop;
  }
  // the end of the last line with text, past its line break
  let lastText = -1;
  let i = lineTail(text, start);
  const firstContent = i;
  while (i < stop) {
    let k = i;
    while (k < stop && !isBreak(text.charCodeAt(k))) k++;
    let blank = true;
    for (let m = i; m < k; m++) if (!isSpace(text.charCodeAt(m))) blank = false;
    const next = k < n && text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? k + 2 : k < n ? k + 1 : k;
    if (!blank) lastText = Math.min(next, n);
    i = next;
    if (k >= stop) break;
  }
  return lastText === -1 ? firstContent : lastText;
}

/** Lines after the first of a quoted or plain scalar or a flow collection must be indented more than
 *  the block that holds it (js-yaml is lenient here; the `yaml` library is not). */
export function continuationsIndented(text: string, start: number, end: number, enclosing: number): void {
  let i = start;
  for (;;) {
    let nl = i;
    while (nl < end && !isBreak(text.charCodeAt(nl))) nl++;
    if (nl >= end) return;
    i = text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10 ? nl + 2 : nl + 1;
    let k = i;
    while (k < end && text.charCodeAt(k) === 32) k++;
    if (k < end && text.charCodeAt(k) === 9) throw new Decline('tab in continuation');
    if (k < end && !isBreak(text.charCodeAt(k)) && k - i <= enclosing) throw new Decline('continuation not indented');
  }
}

/** The ':' indicator between a key and its value (outside comments), or -1. */
export function colonAfter(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 58) return i;
    if (c === 35) {
      while (i < to && !isBreak(text.charCodeAt(i))) i++;
    } else if (isWs(c)) i++;
    else return -1;
  }
  return -1;
}
