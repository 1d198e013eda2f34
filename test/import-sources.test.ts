// Each import source in its own layout (test/fixtures/import), imported through the command's
// code in-process, figures checked against totals worked out by hand from the fixture files.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport, type ImportCommandOptions } from '../cli/commands/import';
import type { CliIO } from '../cli/io';
import { parse } from 'yaml';

let dir: string;
let planFile: string;
let original: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-score-sources-'));
  cpSync('test/fixtures/import', dir, { recursive: true });
  planFile = join(dir, 'west-midlands.plan.yaml');
  original = readFileSync(planFile, 'utf8');
});

async function run(inputs: string[], options: Partial<ImportCommandOptions> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: { NO_COLOR: '1' } };
  let code: number;
  try {
    code = await runImport(
      inputs.map((i) => join(dir, i)),
      { plan: planFile, asOf: '2017-07-31', progress: false, ...options },
      io,
    );
  } catch (error) {
    return { code: 2, stdout, stderr: stderr + (error as Error).message };
  }
  return { code, stdout, stderr };
}

type Point = { period: string | number; value: number; sample?: number; of?: number; note?: string };
function pointsOf(id: string): Point[] {
  const plan = parse(readFileSync(planFile, 'utf8'));
  for (const o of plan.objectives) for (const m of o.measures) if (m.id === id) return m.data ?? [];
  throw new Error(`no measure ${id}`);
}

describe('a wide force export: measures down, months across, semicolons, a BOM, thousands commas and %', () => {
  it('reads each measure\'s row and writes its figures', async () => {
    const r = await run(['force-export-wide.csv'], { write: true });
    expect(r.stderr).toContain('wrote');
    expect(r.code).toBe(0);
    // O2.1 is kept in data/victim-based-crime.csv (2016-03 already there): "1,204" + 1,187 + "1,250" = 3,641 added
    const csv = readFileSync(join(dir, 'data/victim-based-crime.csv'), 'utf8');
    expect(csv).toBe('period,value,note\n2016-03,1199,\n2016-04,1204,\n2016-05,1187,\n2016-06,1250,\n');
    const added = csv.split('\n').slice(2, 5).map((l) => Number(l.split(',')[1]));
    expect(added.reduce((a, b) => a + b, 0)).toBe(1204 + 1187 + 1250); // 3641
    // O2.2: 86.1%, 85%, "87.25 %" → 86.1, 85, 87.25
    expect(pointsOf('O2.2')).toEqual([
      { period: '2016-04', value: 86.1 },
      { period: '2016-05', value: 85 },
      { period: '2016-06', value: 87.25 },
    ]);
  });

  it('reports per measure what would be added, without --write writing nothing', async () => {
    const r = await run(['force-export-wide.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/O2\.1 Victim-based crime \(in .*victim-based-crime\.csv\)\n {2}3 added: 2016-04, 2016-05, 2016-06\n {2}0 unchanged/);
    expect(r.stdout).toMatch(/O2\.2 Victims satisfied with the service \(new data list\)\n {2}3 added/);
    expect(readFileSync(planFile, 'utf8')).toBe(original);
  });
});

describe('a CSEW-style year-ending table with notes rows above its heading', () => {
  it('reads "Mar 2015" under "Year ending", "year ending Mar 2016" and "Apr 2016 to Mar 2017" as year-ending periods with their samples', async () => {
    const r = await run(['csew-confidence.csv'], { measure: 'O3.1', write: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('column "Lower CI" not used');
    // Unweighted bases "1,812", "1,790", "1,755" are the samples; 61.2%, 63.0% and 64.4 the values.
    expect(pointsOf('O3.1')).toEqual([
      { period: 'YE2015-03', value: 61.2, sample: 1812 },
      { period: 'YE2016-03', value: 63, sample: 1790 },
      { period: 'YE2017-03', value: 64.4, sample: 1755 },
    ]);
  });
});

describe('a tab-separated export with UK dates, quoted cells and a "no figure" cell', () => {
  it('reads 30/06/2016 as the day 2016-06-30 and passes over ".."', async () => {
    const r = await run(['charging-days.csv'], { measure: 'O2.4', write: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('line 4: ".." (no figure) passed over');
    expect(pointsOf('O2.4')).toEqual([
      { period: '2016-06-30', value: 41.5, note: 'First month of the new process' },
      { period: '2016-07-31', value: 39 },
    ]);
  });
});

describe('figures that would break the plan refuse the whole import, naming the row', () => {
  it('a financial year into a monthly series', async () => {
    writeFileSync(join(dir, 'fy.csv'), 'period,value\n2016-04,1204\nFY2015-16,50700\n');
    const r = await run(['fy.csv'], { measure: 'O2.1', write: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fy.csv line 3: measure O2.1 is monthly, but FY2015-16 is a financial year: import monthly figures (2016-03), or change the measure\'s frequency');
    expect(readFileSync(join(dir, 'data/victim-based-crime.csv'), 'utf8')).toBe('period,value,note\n2016-03,1199,\n');
  });

  it('a proportion over 100 and a negative count, in one file across two measures: both named, nothing written', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'measure,period,value\nO2.2,2016-04,86.1\nO2.2,2016-05,861\nO1.1,2016-01,-3\n');
    const r = await run(['bad.csv'], { write: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 figures would break the plan');
    expect(r.stderr).toContain('bad.csv line 3: measure O2.2 is a proportion, a percentage from 0 to 100, but the figure for 2016-05 is 861');
    expect(r.stderr).toContain('bad.csv line 4: measure O1.1 is a count, but the figure for 2016-01 is -3: a count cannot be negative');
    expect(readFileSync(planFile, 'utf8')).toBe(original);
  });

  it('an area the plan does not declare', async () => {
    writeFileSync(join(dir, 'area.csv'), 'period,value,area\n2016-04,120,solihull\n');
    const r = await run(['area.csv'], { measure: 'O2.1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('area.csv line 2: measure O2.1: the area "solihull" is not declared');
  });

  it('a year-ending figure into a series of months', async () => {
    writeFileSync(join(dir, 'ye.csv'), 'period,value\nyear ending Mar 2016,14000\n');
    const r = await run(['ye.csv'], { measure: 'O1.1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a series is all year-ending periods or none');
  });

  it('every unreadable cell, with its line, column and what to write', async () => {
    writeFileSync(join(dir, 'messy.csv'), 'period,value\nJune 2016,"1,2"\n2016-13,4\nMar-16,"86,1"\n');
    const r = await run(['messy.csv'], { measure: 'O2.1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('messy.csv line 2, column 2: "1,2" has a decimal comma: write a decimal point, e.g. 1.2');
    expect(r.stderr).toContain('messy.csv line 3, column 1: "2016-13" is not a period: write a month as 2016-03');
    expect(r.stderr).toContain('messy.csv line 4, column 2: "86,1" has a decimal comma');
  });
});

describe('police.uk street-level and outcomes files', () => {
  // 2016-01 street file, 10 rows: Burglary a1 a2 a3 a10 (4); Robbery a6 and Vehicle crime a7 a8 (3);
  //   Anti-social behaviour 2 and Violence and sexual offences 1 (3 rows no measure counts).
  //   Burglary with a listed outcome: a2 Suspect charged, a10 Offender sent to prison → 2 of 4 = 50%.
  // 2016-02 street file, 6 rows: Burglary b1 b2 b3 (3); Robbery b4 (1); Shoplifting 1 and
  //   Anti-social behaviour 1 (2 rows no measure counts). Burglary charged: b1 → 1 of 3 = 33.33%.
  it('a folder of YYYY-MM/*-street.csv: counts per Month for each measure with policeUk', async () => {
    const r = await run(['police-uk/2016-01', 'police-uk/2016-02/2016-02-west-midlands-street.csv'], { write: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('police.uk: 2 files, 16 rows read, 11 used, 5 skipped'); // 10 + 6 read; 7 + 4 used
    expect(r.stdout).toContain('5 skipped: rows of crime types no measure counts');
    expect(pointsOf('O1.1')).toEqual([
      { period: '2015-12', value: 4 },
      { period: '2016-01', value: 4 },
      { period: '2016-02', value: 3 },
    ]);
    expect(pointsOf('O1.2')).toEqual([
      { period: '2016-01', value: 3 },
      { period: '2016-02', value: 1 },
    ]);
    expect(pointsOf('O1.3')).toEqual([
      { period: '2016-01', value: 50, of: 4 }, // 100 × 2 / 4
      { period: '2016-02', value: 33.33, of: 3 }, // 100 × 1 / 3 = 33.333… to two places
    ]);
    expect(readFileSync(planFile, 'utf8')).toContain('          - {period: 2015-12, value: 4}   # keyed in by hand before the import\n          - {period: 2016-01, value: 4}\n');
  });

  it('a street file many reading pieces long, with accented place names throughout, counts every row', async () => {
    // 3,000 rows of about 155 bytes (some 460 KB, read 32 KB at a time): rows and multi-byte
    // characters fall across the pieces' edges
    const heading = readFileSync(join(dir, 'police-uk/2016-01/2016-01-west-midlands-street.csv'), 'utf8').split('\n')[0];
    const types = ['Burglary', 'Robbery', 'Drugs'];
    const rows = Array.from({ length: 3000 }, (_, i) => `id${i},2016-03,West Midlands Police,West Midlands Police,-1.89,52.48,On or near Café Ñandú ${'é'.repeat(i % 7)},E01009001,Birmingham 050A,${types[i % 3]},Under investigation,`);
    const file = join(dir, 'police-uk/2016-03/2016-03-west-midlands-street.csv');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${heading}\n${rows.join('\n')}\n`);
    expect(readFileSync(file).length).toBeGreaterThan(14 * 32 * 1024);
    const r = await run(['police-uk/2016-03'], { write: true });
    expect(r.code).toBe(0);
    // i % 3 = 0 is a burglary (1,000 rows), 1 a robbery (1,000), 2 drugs (1,000, counted by no measure)
    expect(r.stdout).toContain('police.uk: 1 file, 3,000 rows read, 2,000 used, 1,000 skipped');
    expect(pointsOf('O1.1').find((p) => p.period === '2016-03')).toEqual({ period: '2016-03', value: 1000 });
    expect(pointsOf('O1.2').find((p) => p.period === '2016-03')).toEqual({ period: '2016-03', value: 1000 });
  });

  it('with the outcomes file beside the street files, outcome measures count its Outcome type rows of the crime types', async () => {
    // Outcomes 2016-02, 5 rows: a1 (no suspect), a3 charged, b2 charged, b3 caution are burglaries (4);
    // a6 charged is a robbery (skipped). Listed outcomes: a3, b2 → 100 × 2 / 4 = 50%, of 4.
    const r = await run(['police-uk'], { measure: 'O1.3' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('police.uk: 3 files, 21 rows read');
    expect(r.stdout).toContain('1 skipped: outcome rows for crimes of other types or not in the street files imported');
    expect(r.stdout).toMatch(/O1\.3 .*\n {2}1 added: 2016-02\n/);
  });

  it('an outcomes file alone counts every crime type\'s outcomes, and says so', async () => {
    // 5 rows; listed outcomes: a3, b2, a6 (Suspect charged) → 100 × 3 / 5 = 60%, of 5.
    const r = await run(['police-uk/2016-02/2016-02-west-midlands-outcomes.csv'], { measure: 'O1.3', write: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('outcomes files do not say the type of crime');
    expect(pointsOf('O1.3')).toEqual([{ period: '2016-02', value: 60, of: 5 }]);
  });

  it('a plan with no policeUk measure is told what to add', async () => {
    const r = await run(['police-uk/2016-01'], { measure: 'O2.1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No measure O2.1 in');
    expect(r.stderr).toContain('policeUk: {crimeTypes: [Burglary]}');
  });
});

describe('an ONS-style workbook', () => {
  // Table P1, the row "West Midlands" (not "West Midlands region"): 181,234; 196,543; 214,870.
  it('finds the heading row below the notes, the force\'s row by plan.area, and ONS period wording', async () => {
    const r = await run(['ons-police-recorded-crime.xlsx'], { measure: 'O2.3', write: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sheet "Table P1" read; sheet "Table P2" also holds figures: choose with --sheet <name>');
    expect(pointsOf('O2.3')).toEqual([
      { period: 'YE2015-03', value: 181234 },
      { period: 'YE2016-03', value: 196543 },
      { period: 'YE2017-03', value: 214870 },
    ]);
  });

  it('--sheet reads another sheet: months as dates formatted mmm-yy, the force row "West Midlands Police"', async () => {
    // Table P2: Jan-16 15,010; Feb-16 14,250; Mar-16 15,302 — the plan's CSV has 1,199 for 2016-03: a conflict.
    const r = await run(['ons-police-recorded-crime.xlsx'], { measure: 'O2.1', sheet: 'Table P2', write: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2 added: 2016-01, 2016-02');
    expect(r.stdout).toContain('conflict 2016-03: the plan has 1199, the import 15302');
    expect(readFileSync(join(dir, 'data/victim-based-crime.csv'), 'utf8')).toBe('period,value,note\n2016-03,1199,\n');
  });
});

describe('wide tables with one row, or two rows of the same name', () => {
  it('takes the one row of figures for the measure named, whatever its label', async () => {
    writeFileSync(join(dir, 'one-row.csv'), 'Indicator,Apr 2014 to Mar 2015,Apr 2015 to Mar 2016\nAll police recorded crime,"181,234","196,543"\n');
    const r = await run(['one-row.csv'], { measure: 'O2.3', write: true });
    expect(r.code).toBe(0);
    expect(pointsOf('O2.3')).toEqual([
      { period: 'YE2015-03', value: 181234 },
      { period: 'YE2016-03', value: 196543 },
    ]);
  });

  it('a region and a force of the same name: told to name the row by its code, which then reads', async () => {
    const table = 'Area Code,Area Name,Apr 2015 to Mar 2016\nE12000005,West Midlands,289001\nE23000014,West Midlands,196543\n';
    writeFileSync(join(dir, 'same-name.csv'), table);
    const refused = await run(['same-name.csv'], { measure: 'O2.3' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('2 rows are labelled "West Midlands" (a region and a force of the same name?): name the force\'s row by its code with --row <code>');
    const r = await run(['same-name.csv'], { measure: 'O2.3', row: 'E23000014', write: true });
    expect(r.code).toBe(0);
    expect(pointsOf('O2.3')).toEqual([{ period: 'YE2016-03', value: 196543 }]);
  });
});
