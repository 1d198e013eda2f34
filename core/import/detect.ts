// What an input file is, from its first bytes: a spreadsheet (.xlsx is a zip), a police.uk
// street-level or outcomes CSV (by its heading row), another text table, or something else.

export type InputKind = 'xlsx' | 'police-street' | 'police-outcomes' | 'table' | 'binary' | 'empty';

export const policeStreetHeader = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Crime type', 'Last outcome category', 'Context'];
export const policeOutcomesHeader = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Outcome type'];

/** The first line of a text, without a BOM or its line break. */
export function firstLine(text: string): string {
  const body = text.replace(/^\uFEFF/, '');
  const end = body.search(/\r\n|\r|\n/);
  return end === -1 ? body : body.slice(0, end);
}

function headerCells(line: string): string[] {
  return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
}

/** Which police.uk file a heading row belongs to, if any. */
export function policeUkKind(line: string): 'police-street' | 'police-outcomes' | undefined {
  const cells = headerCells(line);
  const has = (names: string[]) => names.every((n) => cells.includes(n.toLowerCase()));
  if (has(['Crime ID', 'Month', 'Crime type'])) return 'police-street';
  if (has(['Month', 'Outcome type'])) return 'police-outcomes';
  return undefined;
}

/** Control bytes that no text export carries (NUL, and others beyond tab and line breaks). */
function looksBinary(bytes: Uint8Array): boolean {
  let odd = 0;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) odd++;
  }
  return n > 0 && odd / n > 0.01;
}

/** The kind of an input from its first bytes (a few kilobytes are enough). */
export function detectInput(head: Uint8Array): InputKind {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7) && (head[3] === 4 || head[3] === 6 || head[3] === 8)) return 'xlsx';
  if (looksBinary(head)) return 'binary';
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 64 * 1024));
  if (text.replace(/^\uFEFF/, '').trim() === '') return 'empty';
  return policeUkKind(firstLine(text)) ?? 'table';
}
