// police.uk street-level crime and outcomes files, counted by Month for each measure that says
// how in its `policeUk` key (DESIGN §3.1). Rows arrive one line at a time, so a year of a large
// force (a million rows) is counted in memory that does not grow with the file.
import { splitCsvLine } from '../csv';
import { parsePeriod } from '../periods';
import { groupDigits } from '../present/numbers';
import type { DataPoint } from '../types';
import type { ImportRow } from './table';
import { isRecord } from '../values';

export interface PoliceUkRule {
  measure: string;
  type: unknown;
  /** Lower-cased crime types the measure counts. */
  crimeTypes: Set<string>;
  /** Lower-cased outcome categories, for outcome counts and proportions. */
  outcomes?: Set<string>;
  /** LSOA code → area id, for plans with areas. */
  lsoaAreas?: Map<string, string>;
}

export type PoliceUkFileKind = 'police-street' | 'police-outcomes';

interface Tally {
  all: number;
  hit: number;
}

interface MonthTally extends Tally {
  areas: Map<string, Tally>;
}

export interface PoliceUkReport {
  files: number;
  read: number;
  used: number;
  /** Rows no measure used, by reason. */
  skipped: Map<string, number>;
  /** Plain-words notes on how the figures were counted. */
  notes: string[];
}

const lower = (s: string) => s.trim().toLowerCase();

/** Counts police.uk rows for the rules: begin a file with its heading line, then feed it line by line. */
export class PoliceUkCounter {
  private tallies = new Map<string, Map<string, MonthTally>>();
  private monthsSeen: Record<PoliceUkFileKind, Set<string>> = { 'police-street': new Set(), 'police-outcomes': new Set() };
  private crimeTypeById = new Map<string, string>();
  private kind: PoliceUkFileKind = 'police-street';
  private columns = { id: -1, month: -1, crimeType: -1, outcome: -1, lsoa: -1, width: 0 };
  private report: PoliceUkReport = { files: 0, read: 0, used: 0, skipped: new Map(), notes: [] };
  private otherTypes = new Map<string, number>();

  /**
   * @param withOutcomeFiles outcomes files are among the inputs: measures with `outcomes` are
   *   counted from them (street files then only tell each crime's type).
   * @param withStreetFiles street files are among the inputs.
   */
  constructor(
    private rules: PoliceUkRule[],
    private withOutcomeFiles: boolean,
    private withStreetFiles: boolean,
  ) {
    for (const r of rules) this.tallies.set(r.measure, new Map());
    if (withOutcomeFiles && !withStreetFiles && rules.some((r) => r.outcomes)) {
      this.report.notes.push('outcomes files do not say the type of crime: every crime type\'s outcomes were counted. Import the street files with them to count only the measure\'s crime types');
    }
  }

  get rowsRead(): number {
    return this.report.read;
  }

  /** Starts a file from its heading line; returns a problem (and the file is not read) when a column is missing. */
  begin(kind: PoliceUkFileKind, headerLine: string): string | undefined {
    const cells = splitCsvLine(headerLine.replace(/^\uFEFF/, '')).map((c) => lower(c.text));
    const find = (name: string) => cells.indexOf(name.toLowerCase());
    this.kind = kind;
    this.columns = { id: find('Crime ID'), month: find('Month'), crimeType: find('Crime type'), outcome: find(kind === 'police-street' ? 'Last outcome category' : 'Outcome type'), lsoa: find('LSOA code'), width: cells.length };
    this.report.files++;
    const missing = kind === 'police-street' ? (['month', 'crimeType'] as const).filter((k) => this.columns[k] === -1) : (['month', 'outcome'] as const).filter((k) => this.columns[k] === -1);
    if (missing.length > 0) return `the heading row has no ${missing.map((k) => ({ month: '"Month"', crimeType: '"Crime type"', outcome: '"Outcome type"' })[k]).join(' or ')} column: import the file as police.uk published it`;
    return undefined;
  }

  private skip(reason: string): void {
    this.report.skipped.set(reason, (this.report.skipped.get(reason) ?? 0) + 1);
  }

  /** Counts one row (one line of the file after its heading). */
  line(text: string): void {
    if (text === '' || text === '\r') return;
    this.report.read++;
    const cells = text.includes('"') ? splitCsvLine(text.replace(/\r$/, '')).map((c) => c.text) : text.replace(/\r$/, '').split(',');
    const c = this.columns;
    const month = (cells[c.month] ?? '').trim();
    if (!/^\d{4}-\d{2}$/.test(month) || parsePeriod(month) === null) {
      this.skip(cells.length < c.width ? 'rows with fewer cells than the heading row' : 'rows whose Month is not a month written yyyy-mm');
      return;
    }
    this.monthsSeen[this.kind].add(month);
    const lsoa = c.lsoa === -1 ? '' : (cells[c.lsoa] ?? '').trim();
    const outcome = c.outcome === -1 ? '' : lower(cells[c.outcome] ?? '');
    let crimeType: string | undefined;
    let used = false;
    if (this.kind === 'police-street') {
      crimeType = lower(cells[c.crimeType] ?? '');
      const id = c.id === -1 ? '' : (cells[c.id] ?? '').trim();
      if (this.withOutcomeFiles && id !== '' && this.rules.some((r) => r.outcomes && r.crimeTypes.has(crimeType!))) {
        this.crimeTypeById.set(id, crimeType);
        used = true;
      }
    } else if (this.withStreetFiles) {
      crimeType = this.crimeTypeById.get(c.id === -1 ? '' : (cells[c.id] ?? '').trim());
      if (crimeType === undefined) {
        this.skip('outcome rows for crimes of other types or not in the street files imported');
        return;
      }
    }
    for (const rule of this.rules) {
      const fromOutcomeFiles = rule.outcomes !== undefined && this.withOutcomeFiles;
      if ((this.kind === 'police-outcomes') !== fromOutcomeFiles) continue;
      if (crimeType !== undefined && !rule.crimeTypes.has(crimeType)) continue;
      used = true;
      const hit = rule.outcomes === undefined || rule.outcomes.has(outcome);
      const months = this.tallies.get(rule.measure)!;
      let tally = months.get(month);
      if (!tally) months.set(month, (tally = { all: 0, hit: 0, areas: new Map() }));
      tally.all++;
      if (hit) tally.hit++;
      const area = rule.lsoaAreas?.get(lsoa);
      if (area !== undefined) {
        let a = tally.areas.get(area);
        if (!a) tally.areas.set(area, (a = { all: 0, hit: 0 }));
        a.all++;
        if (hit) a.hit++;
      }
    }
    if (used) this.report.used++;
    else if (this.kind === 'police-street') {
      this.skip('rows of crime types no measure counts');
      const name = (cells[c.crimeType] ?? '').trim() || '(blank)';
      if (this.otherTypes.size < 50 || this.otherTypes.has(name)) this.otherTypes.set(name, (this.otherTypes.get(name) ?? 0) + 1);
    } else this.skip('outcome rows no measure counts');
  }

  /** The figures: per measure and month (and area), a count or a proportion with `of`. */
  figures(fileLabel: string): ImportRow[] {
    const rows: ImportRow[] = [];
    for (const rule of this.rules) {
      const kind: PoliceUkFileKind = rule.outcomes !== undefined && this.withOutcomeFiles ? 'police-outcomes' : 'police-street';
      const months = [...this.monthsSeen[kind]].sort();
      const tallies = this.tallies.get(rule.measure)!;
      const areaIds = rule.lsoaAreas ? [...new Set(rule.lsoaAreas.values())].sort() : [];
      for (const month of months) {
        const tally = tallies.get(month) ?? { all: 0, hit: 0, areas: new Map<string, Tally>() };
        const period = parsePeriod(month)!;
        const where = `${fileLabel}, ${month}`;
        const point = (t: Tally, area?: string): DataPoint | undefined => {
          const extra = area === undefined ? {} : { area };
          if (rule.type !== 'proportion') return { period: month, value: t.hit, ...extra };
          if (t.all === 0) return undefined;
          return { period: month, value: Math.round((10000 * t.hit) / t.all) / 100, of: t.all, ...extra };
        };
        const force = point(tally);
        if (force) rows.push({ measure: rule.measure, period, point: force, line: 0, where });
        for (const area of areaIds) {
          const p = point(tally.areas.get(area) ?? { all: 0, hit: 0 }, area);
          if (p) rows.push({ measure: rule.measure, period, point: p, line: 0, where: `${where}, ${area}` });
        }
      }
    }
    return rows;
  }

  summary(): PoliceUkReport {
    const top = [...this.otherTypes].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const notes = [...this.report.notes];
    if (top.length > 0) notes.push(`crime types no measure counts: ${top.map(([t, n]) => `${t} ${groupDigits(n)}`).join(', ')}${this.otherTypes.size > top.length ? ', …' : ''}`);
    return { ...this.report, notes };
  }
}

function names(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

/** A measure's `policeUk` key as counting rules; the LSOA lookup CSV's text is read by the caller. */
export function policeUkRule(measure: string, type: unknown, key: unknown, lookupText?: (path: string) => string | undefined): { rule?: PoliceUkRule; problem?: string } {
  if (!isRecord(key)) return {};
  const crimeTypes = names(key.crimeTypes);
  if (crimeTypes.length === 0) return { problem: `Measure ${measure}: policeUk names no crimeTypes: list the police.uk crime types it counts, e.g. crimeTypes: [Burglary]` };
  const outcomes = names(key.outcomes);
  const rule: PoliceUkRule = { measure, type, crimeTypes: new Set(crimeTypes.map(lower)), outcomes: outcomes.length > 0 ? new Set(outcomes.map(lower)) : undefined };
  if (type === 'proportion' && !rule.outcomes) return { problem: `Measure ${measure} is a proportion: its policeUk needs outcomes, the outcome categories whose share of the crimes it measures` };
  if (typeof key.areas === 'string') {
    const text = lookupText?.(key.areas);
    if (text === undefined) return { problem: `Measure ${measure}: cannot read its policeUk areas file "${key.areas}"` };
    const lookup = readLsoaLookup(text);
    if (typeof lookup === 'string') return { problem: `Measure ${measure}: its policeUk areas file "${key.areas}" ${lookup}` };
    rule.lsoaAreas = lookup;
  }
  return { rule };
}

/** The LSOA-to-area lookup, a CSV `lsoa,area`; a string says what is wrong with it. */
export function readLsoaLookup(text: string): Map<string, string> | string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const header = splitCsvLine(lines[0] ?? '').map((c) => lower(c.text));
  const lsoa = header.findIndex((h) => h === 'lsoa' || h === 'lsoa code');
  const area = header.indexOf('area');
  if (lsoa === -1 || area === -1) return 'has no "lsoa" and "area" columns: its first line should read "lsoa,area"';
  const map = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const cells = splitCsvLine(lines[i]);
    const code = cells[lsoa]?.text.trim() ?? '';
    const id = cells[area]?.text.trim() ?? '';
    if (code === '' || id === '') return `line ${i + 1} needs both an LSOA code and an area id, e.g. "E01008881,birmingham"`;
    map.set(code, id);
  }
  return map;
}
