// Files that are not what they seem: each gives one clear message and exit 2, never a stack trace,
// and the plan is left as it was.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../cli/commands/import';
import type { CliIO } from '../cli/io';

let dir: string;
let planFile: string;
let original: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-score-bad-files-'));
  cpSync('test/fixtures/import', dir, { recursive: true });
  planFile = join(dir, 'west-midlands.plan.yaml');
  original = readFileSync(planFile, 'utf8');
});

async function run(input: string, options: Record<string, string> = {}) {
  let stderr = '';
  const io: CliIO = { stdout: () => {}, stderr: (t) => (stderr += t), isTTY: false, env: {} };
  try {
    const code = await runImport([join(dir, input)], { plan: planFile, asOf: '2017-07-31', progress: false, measure: 'O2.3', write: true, ...options }, io);
    return { code, message: stderr };
  } catch (error) {
    // the command line prints this message alone and exits 2
    return { code: 2, message: (error as Error).message, name: (error as Error).constructor.name };
  }
}

/** A zip of one entry, its sizes as stated (which may lie). */
function zipOf(name: string, data: Buffer, statedSize = data.length): Buffer {
  const packed = deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(statedSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(statedSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

describe('bad workbooks', () => {
  it('a truncated download', async () => {
    const whole = readFileSync(join(dir, 'ons-police-recorded-crime.xlsx'));
    writeFileSync(join(dir, 'cut.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await run('cut.xlsx');
    expect(r).toMatchObject({ code: 2, message: expect.stringMatching(/cut\.xlsx cannot be opened as a spreadsheet: the file is cut short or damaged .*download or save it again$/) });
    expect(readFileSync(planFile, 'utf8')).toBe(original);
  });

  it('a zip bomb is refused from its stated sizes, before anything is unpacked', async () => {
    writeFileSync(join(dir, 'bomb.xlsx'), zipOf('xl/workbook.xml', Buffer.alloc(16), 1024 * 1024 * 1024));
    const r = await run('bomb.xlsx');
    expect(r).toMatchObject({ code: 2, message: expect.stringContaining('would unpack to over 200 MB (a "zip bomb"') });
  });

  it('a zip bomb that understates its sizes stops when a part unpacks beyond them (unpacking is held to the stated 1 KB)', async () => {
    // 64 MB of zeros packs to about 64 KB; the directory claims 1 KB.
    writeFileSync(join(dir, 'liar.xlsx'), zipOf('xl/workbook.xml', Buffer.alloc(64 * 1024 * 1024), 1024));
    const r = await run('liar.xlsx');
    expect(r).toMatchObject({ code: 2, message: expect.stringContaining('a part unpacks to more than the workbook says it holds') });
  });

  it('a zip that is not a workbook', async () => {
    writeFileSync(join(dir, 'other.xlsx'), zipOf('readme.txt', Buffer.from('hello')));
    expect(await run('other.xlsx')).toMatchObject({ code: 2, message: expect.stringContaining('it is a zip file but not an Excel workbook') });
  });

  it('an .xlsx that is a renamed CSV is read as the CSV it is, and said so', async () => {
    writeFileSync(join(dir, 'renamed.xlsx'), 'period,value\nFY2016-17,1\n');
    const r = await run('renamed.xlsx', { measure: 'O2.3' });
    expect(r.code).toBe(0);
    expect(readFileSync(planFile, 'utf8')).toContain('- {period: FY2016-17, value: 1}');
  });

  it('a formula with no saved result', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Table');
    sheet.addRow(['Force', 'Apr 2015 to Mar 2016', 'Apr 2016 to Mar 2017']);
    sheet.addRow(['West Midlands', 196543, { formula: 'B2*1.1' }]);
    await workbook.xlsx.writeFile(join(dir, 'formula.xlsx'));
    const r = await run('formula.xlsx');
    expect(r).toMatchObject({ code: 2, message: expect.stringContaining('formula.xlsx sheet "Table" cell C2 holds a formula with no saved result: open the workbook in Excel or LibreOffice and save it') });
    expect(readFileSync(planFile, 'utf8')).toBe(original);
  });

  it('merged cells in the heading row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Table');
    sheet.addRow(['Force', 'Apr 2015 to Mar 2016', '', 'Apr 2016 to Mar 2017']);
    sheet.mergeCells('B1:C1');
    sheet.addRow(['West Midlands', 196543, 196543, 214870]);
    await workbook.xlsx.writeFile(join(dir, 'merged.xlsx'));
    const r = await run('merged.xlsx');
    expect(r).toMatchObject({ code: 2, message: expect.stringContaining('merged.xlsx sheet "Table" cells B1:C1 of the heading row are merged: unmerge them') });
  });
});

describe('bad CSVs', () => {
  it('a 100 MB "street" CSV of junk is refused from its first bytes, without reading it all', async () => {
    const fd = openSync(join(dir, '2016-01-west-midlands-street.csv'), 'w');
    const junk = Buffer.alloc(1024 * 1024, 'qwerty uiop asdf;');
    for (let i = 0; i < 100; i++) writeSync(fd, junk);
    closeSync(fd);
    const r = await run('2016-01-west-midlands-street.csv');
    expect(r).toMatchObject({ code: 2, message: expect.stringMatching(/is 100 MB and not a police\.uk file \(its first line, ".*", is not the police\.uk heading row\)/) });
  });

  it('binary bytes', async () => {
    writeFileSync(join(dir, 'image.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    expect(await run('image.csv')).toMatchObject({ code: 2, message: expect.stringContaining('is not a CSV or an .xlsx spreadsheet (it holds binary data)') });
  });

  it('a police.uk file whose rows turn into one endless line', async () => {
    const header = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n';
    writeFileSync(join(dir, 'street.csv'), header + 'x'.repeat(200 * 1024));
    const r = await run('street.csv', { measure: 'O1.1' });
    expect(r).toMatchObject({ code: 2, message: expect.stringContaining('street.csv line 2 is longer than any police.uk row') });
  });

  it('a quote that never closes', async () => {
    writeFileSync(join(dir, 'quote.csv'), 'period,value,note\n2016-04,1,"never closed\n2016-05,2,\n');
    expect(await run('quote.csv', { measure: 'O2.1' })).toMatchObject({ code: 2, message: expect.stringContaining('a double quote opened here is never closed') });
  });
});
