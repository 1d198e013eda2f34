// Stage 3 of a check: every measure with its objective and path, and the figures of the data
// and peers files it names, read through the injected file system. The files' problems are
// schema findings on their own lines.
import { parseCsv, type CsvProblem } from '../csv';
import type { FileSystem } from '../files';
import { figureProblem } from '../figure-range';
import { findingAt, findingOnLine } from '../findings';
import { pathApi } from '../paths';
import { parsePeersCsv } from '../peers-csv';
import type { MeasureEntry } from '../rules/rule';
import type { SourceDocument } from '../source';
import type { DataPoint, DocPath, Finding, Measure, PeerRow, Plan, Severity } from '../types';
import { isObject, sizeText } from './shared';

export interface ReadDataOptions {
  plan: Plan;
  file: string;
  source: SourceDocument;
  fs?: FileSystem;
  /** The schema rule's severity; undefined when it is off (the problems are then counted, not reported). */
  severity: Severity | undefined;
  /** Files larger than this many characters are refused. */
  maxSize: number;
}

export interface PlanData {
  measures: MeasureEntry[];
  findings: Finding[];
  /** How many problems the data files had, reported or not. */
  problems: number;
  /** Figures of a type the measure rules out: the rules see them, the evaluation does not. */
  rejected: Set<DataPoint>;
  peers: Map<Measure, PeerRow[]>;
}

export function readPlanData({ plan, file, source, fs, severity, maxSize }: ReadDataOptions): PlanData {
  const data: PlanData = { measures: [], findings: [], problems: 0, rejected: new Set(), peers: new Map() };
  const p = pathApi(file);
  /** A file beside the plan, or undefined with a finding on the key that names it. */
  const readBeside = (relative: string, at: DocPath, what: string): string | undefined => {
    const text = fs?.readFile(p.resolve(p.dirname(file), relative));
    const message =
      text === undefined
        ? `Cannot read the ${what} "${relative}": check the path, which is relative to this plan file`
        : text.length > maxSize
          ? `The ${what} "${relative}" is ${sizeText(text.length)}, over the ${sizeText(maxSize)} limit: keep a measure's figures in a file of their own, or raise maxFileMB under limits: in plan-score.config.yaml`
          : undefined;
    if (message === undefined) return text;
    if (severity) data.findings.push(findingAt(source, file, { rule: 'schema', severity, path: at, message }));
    return undefined;
  };
  const reportLines = (text: string, relative: string, at: DocPath, problems: CsvProblem[]) => {
    if (!severity) return;
    const csvName = p.join(p.dirname(file), relative);
    for (const problem of problems.sort((a, b) => a.line - b.line || a.column - b.column)) {
      data.findings.push(findingOnLine(text, csvName, { rule: 'schema', severity, message: problem.message, path: at, line: problem.line, column: problem.column, length: problem.length }));
    }
  };
  /** The figures of a data file, less (and reporting) those the measure's type rules out. */
  const readFigures = (measure: Measure, csvFile: string, at: DocPath): DataPoint[] => {
    const text = readBeside(csvFile, at, 'data file');
    if (text === undefined) {
      data.problems++;
      return [];
    }
    const csv = parseCsv(text);
    const problems = [...csv.problems];
    // a figure its type rules out is reported on its line and, as in the plan, left out of the
    // evaluation (the rules still see it, so it is not also reported as a gap)
    for (const point of csv.points) {
      const message = figureProblem(measure.type, point.value);
      if (!message) continue;
      problems.push({ line: point.csvLine ?? 1, column: point.csvValue?.column ?? 1, length: point.csvValue?.length ?? 0, message });
      data.rejected.add(point);
    }
    data.problems += problems.length;
    reportLines(text, csvFile, at, problems);
    return csv.points;
  };
  const readPeers = (measure: Measure, peersFile: string, at: DocPath): PeerRow[] => {
    const text = readBeside(peersFile, at, 'peers file');
    const read = text === undefined ? { rows: [], problems: [] } : parsePeersCsv(text);
    const rows = read.rows.filter((row) => {
      const message = figureProblem(measure.type, row.value);
      if (message) read.problems.push({ line: row.csvLine ?? 1, column: 1, length: 0, message });
      return !message;
    });
    if (text === undefined) data.problems++;
    else reportLines(text, peersFile, at, read.problems);
    data.problems += read.problems.length;
    return rows;
  };

  const objectives = Array.isArray(plan.objectives) ? plan.objectives : [];
  objectives.forEach((objective, o) => {
    if (!isObject(objective) || !Array.isArray(objective.measures)) return;
    objective.measures.forEach((measure, m) => {
      if (!isObject(measure)) return;
      const path: DocPath = ['objectives', o, 'measures', m];
      let points: DataPoint[] = Array.isArray(measure.data) ? measure.data.filter(isObject) : [];
      let csvFile: string | undefined;
      // a data path the schema rejects (not a .csv file) is not read: its schema finding says why
      if (typeof measure.data === 'string' && /\.csv$/.test(measure.data)) {
        csvFile = measure.data;
        points = readFigures(measure, csvFile, [...path, 'data']);
      }
      if (typeof measure.peers === 'string' && /\.csv$/.test(measure.peers)) data.peers.set(measure, readPeers(measure, measure.peers, [...path, 'peers']));
      data.measures.push({ measure, objective, path, points, csvFile });
    });
  });
  return data;
}
