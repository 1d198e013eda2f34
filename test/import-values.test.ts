// The number and period forms officers paste, and the police.uk counter on its own.
import { describe, expect, it } from 'vitest';
import { PoliceUkCounter, readLsoaLookup } from '../core/import/police-uk';
import { readNumber, readPeriodText } from '../core/import/read-values';
import { detectInput } from '../core/import/detect';
import { checkZip } from '../core/import/zip-check';

const period = (text: string) => readPeriodText(text)?.text ?? null;

describe('periods as exports and official tables write them', () => {
  it.each([
    ['2016-03', '2016-03'],
    ['Mar-16', '2016-03'],
    ['Mar 2016', '2016-03'],
    ['March 2016', '2016-03'],
    ['Sept 2016', '2016-09'],
    ['30/06/2016', '2016-06-30'],
    ['1/7/16', '2016-07-01'],
    ['2016-06-30T00:00:00.000Z', '2016-06-30'],
    ['Apr 2015 to Mar 2016', 'YE2016-03'],
    ['April 2015 - March 2016', 'YE2016-03'],
    ['year ending Mar 2016', 'YE2016-03'],
    ['Year ending March 2016 [note 2]', 'YE2016-03'],
    ['YE Mar 16', 'YE2016-03'],
    ['Jan to Mar 2016', '2016-Q1'],
    ['Q1 2016', '2016-Q1'],
    ['2015/16', 'FY2015-16'],
    ['FY 2015/2016', 'FY2015-16'],
    ['Mar-16(1)', '2016-03'],
  ])('%s is %s', (text, expected) => {
    expect(period(text)).toBe(expected);
  });

  it.each(['31/02/2016', '2015/17', 'Apr 2015 to Sep 2015', 'Smarch 2016', 'Total', ''])('%s is no period', (text) => {
    expect(period(text)).toBeNull();
  });
});

describe('numbers as spreadsheets write them', () => {
  it.each([
    ['1204', 1204],
    ['1,204', 1204],
    ['"1,204,567"'.slice(1, -1), 1204567],
    ['86.1%', 86.1],
    ['87.25 %', 87.25],
    ['£2,500.50', 2500.5],
    ['-3', -3],
    ['\uFEFF12', 12],
  ])('%s is %d', (text, expected) => {
    expect(readNumber(text)).toEqual({ ok: true, value: expected });
  });

  it('says what to write for a decimal comma, stray commas and words', () => {
    expect(readNumber('86,1')).toEqual({ ok: false, why: '"86,1" has a decimal comma: write a decimal point, e.g. 86.1' });
    expect(readNumber('12,34,567')).toMatchObject({ ok: false, why: expect.stringContaining('commas that are not thousands separators') });
    expect(readNumber('lots')).toMatchObject({ ok: false, why: expect.stringContaining('"lots" is not a number') });
  });
});

describe('what a file is, from its first bytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('tells a police.uk street file, an outcomes file, a table, a workbook and binary apart', () => {
    expect(detectInput(bytes('\uFEFFCrime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n'))).toBe('police-street');
    expect(detectInput(bytes('Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\n'))).toBe('police-outcomes');
    expect(detectInput(bytes('period,value\n2016-03,4\n'))).toBe('table');
    expect(detectInput(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]))).toBe('xlsx');
    expect(detectInput(new Uint8Array([1, 2, 0, 4]))).toBe('binary');
    expect(detectInput(bytes('\n \n'))).toBe('empty');
  });

  it('refuses a zip with no directory as cut short', () => {
    expect(checkZip(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).toMatchObject({ ok: false, why: expect.stringContaining('cut short') });
  });
});

describe('the police.uk counter', () => {
  const header = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
  const row = (id: string, month: string, lsoa: string, type: string, outcome: string) => `${id},${month},P,P,-1.9,52.4,On or near X,${lsoa},L,${type},${outcome},`;

  it('counts each area of the LSOA lookup, with a 0 for an area with no rows that month', () => {
    const areas = readLsoaLookup('lsoa,area\nE01,north\nE02,north\nE03,south\n');
    expect(areas).toBeInstanceOf(Map);
    const counter = new PoliceUkCounter([{ measure: 'B', type: 'count', crimeTypes: new Set(['burglary']), lsoaAreas: areas as Map<string, string> }], false, true);
    expect(counter.begin('police-street', header)).toBeUndefined();
    // 2016-01: E01, E02 burglaries → north 2; E03 robbery (not counted) → south 0; force 2 + the one with no LSOA = 3
    for (const line of [row('a', '2016-01', 'E01', 'Burglary', ''), row('b', '2016-01', 'E02', 'Burglary', ''), row('c', '2016-01', 'E03', 'Robbery', ''), row('d', '2016-01', '', 'Burglary', '')]) counter.line(line);
    const points = counter.figures('test').map((r) => r.point);
    expect(points).toEqual([
      { period: '2016-01', value: 3 },
      { period: '2016-01', value: 2, area: 'north' },
      { period: '2016-01', value: 0, area: 'south' },
    ]);
    expect(counter.summary()).toMatchObject({ read: 4, used: 3, skipped: new Map([['rows of crime types no measure counts', 1]]) });
  });

  it('skips a row whose Month is not yyyy-mm, and says why', () => {
    const counter = new PoliceUkCounter([{ measure: 'B', type: 'count', crimeTypes: new Set(['burglary']) }], false, true);
    counter.begin('police-street', header);
    counter.line(row('a', 'Jan 2016', 'E01', 'Burglary', ''));
    counter.line('garbage');
    expect(counter.summary().skipped).toEqual(
      new Map([
        ['rows whose Month is not a month written yyyy-mm', 1],
        ['rows with fewer cells than the heading row', 1],
      ]),
    );
    expect(counter.figures('test')).toEqual([]);
  });

  it('refuses a heading row without a Crime type column', () => {
    const counter = new PoliceUkCounter([], false, true);
    expect(counter.begin('police-street', 'Crime ID,Month')).toContain('no "Crime type" column');
  });
});
