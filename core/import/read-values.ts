// The number and period forms analysts paste from spreadsheets and official tables: "1,204",
// "86.1%", "£2,500", "30/06/2016", "Mar-16", "March 2016", "Apr 2015 to Mar 2016",
// "year ending Mar 2016", "2015/16". Each reads to a plain number or one of the plan's periods.
import { parsePeriod, type Period } from '../periods';

export type Read<T> = { ok: true; value: T } | { ok: false; why: string };

/** Cells official tables use for "no figure": not an error, just nothing to import. */
export function isNoFigure(text: string): boolean {
  return /^(\.\.|\.|-|–|—|x|\[x\]|\[c\]|\[z\]|\[low\]|\[u\]|:|\*|n\/a|na)$/i.test(text.trim());
}

/** A number as written in a spreadsheet export; the words say what to write when it cannot be read. */
export function readNumber(raw: string): Read<number> {
  let text = raw.replace(/^\uFEFF/, '').trim();
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trim();
  text = text.replace(/^([+-]?)\s*£\s*/, '$1');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (/^[+-]?\d+(\.\d+)?$/.test(text) || /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n)) return { ok: true, value: n };
  }
  if (/^[+-]?\d+,\d{1,2}$/.test(text)) return { ok: false, why: `"${raw.trim()}" has a decimal comma: write a decimal point, e.g. ${text.replace(',', '.')}` };
  if (/^[+-]?\d+(,\d+)+/.test(text)) return { ok: false, why: `"${raw.trim()}" has commas that are not thousands separators: write the figure as digits, e.g. 1204 or 1,204` };
  return { ok: false, why: `"${raw.trim()}" is not a number: write the figure as digits, e.g. 1204, 1,204, 86.1% or £2,500` };
}

const monthNames = 'january february march april may june july august september october november december'.split(' ');

/** "Mar", "March", "Sept" → 3, 3, 9; undefined for anything else. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = monthNames.findIndex((m) => m.startsWith(w));
  return index === -1 ? undefined : index + 1;
}

/** A two- or four-digit year: "16" → 2016, "98" → 1998. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** "Mar-16", "Mar 2016", "March 2016", "2016 Mar": [year, month]. */
function monthYear(text: string): [number, number] | undefined {
  let m = /^([A-Za-z]{3,9}\.?)[\s\-/']*(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? [fullYear(m[2]), month] : undefined;
  }
  m = /^(\d{4})[\s\-/]+([A-Za-z]{3,9})$/.exec(text);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? [Number(m[1]), month] : undefined;
  }
  return undefined;
}

const monthIndex = (y: number, m: number) => y * 12 + m - 1;

/** A span "Apr 2015 to Mar 2016": twelve months is a year-ending period, three a quarter, one a month. */
function span(from: [number, number], to: [number, number]): Period | null {
  const months = monthIndex(...to) - monthIndex(...from) + 1;
  if (months === 12) return parsePeriod(`YE${to[0]}-${pad2(to[1])}`);
  if (months === 3 && to[1] % 3 === 0) return parsePeriod(`${to[0]}-Q${to[1] / 3}`);
  if (months === 1) return parsePeriod(`${to[0]}-${pad2(to[1])}`);
  return null;
}

/** Footnote marks official tables add to headings: "Mar-16 [note 3]", "2015/16(1)", "Mar 2016¹". */
function withoutNoteMarks(text: string): string {
  return text
    .replace(/\s*\[(note\s*)?[^\]]*\]\s*$/i, '')
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, '')
    .trim();
}

/**
 * A period as written in an export or an official table, or null. Reads the plan's own forms
 * (2016-03, 2016-Q1, 2016, FY2015-16, YE2016-03, 2016-03-31) and the forms in the file comment.
 */
export function readPeriodText(raw: string): Period | null {
  const text = withoutNoteMarks(raw.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' '));
  if (text === '') return null;
  const own = parsePeriod(text);
  if (own) return own;
  let m: RegExpExecArray | null;
  // UK dates: day first. 30/06/2016, 30-06-2016, 30.06.16; a time after it is ignored.
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(:\d{2})?)?$/.exec(text))) {
    return parsePeriod(`${fullYear(m[3])}-${pad2(Number(m[2]))}-${pad2(Number(m[1]))}`);
  }
  // ISO date-time, as spreadsheet dates come out: 2016-06-30T00:00:00.000Z
  if ((m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text))) return parsePeriod(m[1]);
  const lower = text.toLowerCase();
  // year ending Mar 2016, YE Mar 16, 12 months to March 2016, year to March 2016
  if ((m = /^(?:year ending|year end|ye|12 months (?:to|ending)|twelve months (?:to|ending)|year to)\s*:?\s*(.+)$/i.exec(text))) {
    const my = monthYear(m[1].trim());
    return my ? parsePeriod(`YE${my[0]}-${pad2(my[1])}`) : null;
  }
  // Apr 2015 to Mar 2016, Apr 15 - Mar 16, April 2015 – March 2016; Jan to Mar 2016
  if ((m = /^(.+?)\s*(?:\bto\b|-|–|—)\s*(.+)$/i.exec(text))) {
    const to = monthYear(m[2].trim());
    if (to) {
      const fromText = m[1].trim();
      const from = monthYear(fromText) ?? (monthNumber(fromText) ? ([to[0] - (monthNumber(fromText)! > to[1] ? 1 : 0), monthNumber(fromText)!] as [number, number]) : undefined);
      if (from) return span(from, to);
    }
  }
  const my = monthYear(text);
  if (my) return parsePeriod(`${my[0]}-${pad2(my[1])}`);
  // financial years: 2015/16, 2015-16, 2015/2016, FY 2015/16, FY15/16
  if ((m = /^(?:fy\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})$/i.exec(lower))) {
    const first = fullYear(m[1]);
    const second = fullYear(m[2].length === 2 && m[1].length === 4 ? String(first).slice(0, 2) + m[2] : m[2]);
    return second === first + 1 ? parsePeriod(`FY${first}-${pad2(second % 100)}`) : null;
  }
  // quarters: Q1 2016, 2016 Q1, 2016Q1, Q1-2016
  if ((m = /^q([1-4])[\s-]*(\d{4})$/i.exec(text)) || (m = /^(\d{4})[\s-]*q([1-4])$/i.exec(text))) {
    const [year, quarter] = /^q/i.test(text) ? [m[2], m[1]] : [m[1], m[2]];
    return parsePeriod(`${year}-Q${quarter}`);
  }
  return null;
}

export const periodAdvice =
  'write a month as 2016-03 (or Mar-16, March 2016), a quarter as 2016-Q1, a financial year as FY2015-16 (or 2015/16), the year ending March 2016 as YE2016-03 (or "Apr 2015 to Mar 2016", "year ending Mar 2016") or a day as 2016-06-30 (or 30/06/2016)';
