// A spreadsheet's zip container checked before any library opens it: its directory read from the
// end of the file, each entry's stated size added up, so that a truncated download or a zip bomb
// is refused in words, and the inflating that follows can be held to the sizes stated here.

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

/** A workbook's parts may unpack to this much in all; ONS tables are a few megabytes. */
export const maxUnpackedBytes = 200 * 1024 * 1024;

export type ZipCheck = { ok: true; entries: ZipEntry[] } | { ok: false; why: string };

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** Reads the zip's central directory; says why the file cannot be a whole workbook when it is not. */
export function checkZip(bytes: Uint8Array, maxUnpacked = maxUnpackedBytes): ZipCheck {
  const cut = { ok: false as const, why: 'the file is cut short or damaged (its zip directory is missing or incomplete): download or save it again' };
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return cut;
  const count = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) return { ok: false, why: 'it is a zip of more than 4 GB or 65,535 parts: far larger than any spreadsheet of figures' };
  if (dirOffset + dirSize > end) return cut;
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) return cut;
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      offset: u32(bytes, at + 42),
    };
    if (entry.offset + 30 > bytes.length || u32(bytes, entry.offset) !== 0x04034b50) return cut;
    const dataStart = entry.offset + 30 + u16(bytes, entry.offset + 26) + u16(bytes, entry.offset + 28);
    if (dataStart + entry.compressedSize > bytes.length) return cut;
    if (entry.method !== 0 && entry.method !== 8) return { ok: false, why: `its part "${entry.name}" is packed in a way spreadsheets do not use: save it again from Excel or LibreOffice as .xlsx` };
    total += entry.size;
    if (total > maxUnpacked) return { ok: false, why: `it would unpack to over ${Math.round(maxUnpacked / 1024 / 1024)} MB (a "zip bomb", or far more than a table of figures): it was not opened` };
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    return { ok: false, why: 'it is a zip file but not an Excel workbook (it has no xl/workbook.xml): save the spreadsheet as .xlsx, or export it as CSV' };
  }
  return { ok: true, entries };
}

/** Where an entry's packed bytes are. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const start = entry.offset + 30 + u16(bytes, entry.offset + 26) + u16(bytes, entry.offset + 28);
  return bytes.subarray(start, start + entry.compressedSize);
}
