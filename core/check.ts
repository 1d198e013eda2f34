// The one pipeline the CLI and the editor share: read → schema → data files → lint → evaluate.
import { pathApi } from './paths';
import type { Config } from './config';
import { RuleFailure } from './rule-failure';
import { parseCsv, type CsvProblem } from './csv';
import { parsePeersCsv } from './peers-csv';
import { evaluatePlan } from './evaluate/index';
import { compareFindings, findingAt, findingOnLine } from './findings';
import type { FileSystem } from './files';
import { calendarProblems } from './calendar-check';
import { figureProblem, figureRangeProblems } from './figure-range';
import type { PlanResult } from './results';
import { allRules, ruleSetting } from './rules/index';
import type { MeasureEntry, RuleContext } from './rules/rule';
import { checkAgainstSchema } from './schema-check';
import { parseSource, type SourceDocument, type SourceLimits, defaultLimits } from './source';
import { prunePlan } from './prune';
import { placeholderPaths } from './placeholders';
import type { DataPoint, DocPath, Finding, Measure, PeerRow, Plan, Severity } from './types';

export interface CheckOptions {
  /** The date everything is evaluated as of, yyyy-mm-dd. */
  asOf: string;
  fs?: FileSystem;
  config?: Config;
  /** Files larger than this many characters are refused with a finding. */
  maxSize?: number;
  limits?: SourceLimits;
}

export interface CheckedPlan {
  file: string;
  source: SourceDocument;
  /** The plan as far as it could be read, with CSV data resolved; undefined when there is no plan to read. */
  plan: Plan | undefined;
  findings: Finding[];
  /** True when the file has schema or syntax errors. */
  broken: boolean;
  /**
   * The plan evaluated as of the check's date, minus the parts the schema rejected; or as of
   * another date (`--since` compares the two).
   */
  evaluation(asOf?: string): PlanResult | undefined;
}

const samePath = (a: DocPath, b: DocPath) => a.length === b.length && a.every((s, i) => s === b[i]);

export const defaultMaxSize = 50 * 1024 * 1024;

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Every measure with its objective and path; CSV data read through the injected file system. The
 * data files' problems are schema findings (on the CSV's line), counted in `dataProblems`.
 */
function collectMeasures(plan: Plan, file: string, fs: FileSystem | undefined, severityOf: (rule: string) => Severity | undefined, findings: Finding[], source: SourceDocument, maxSize: number): { entries: MeasureEntry[]; dataProblems: number; rejected: Set<DataPoint>; peers: Map<Measure, PeerRow[]> } {
  const entries: MeasureEntry[] = [];
  const rejected = new Set<DataPoint>();
  const peers = new Map<Measure, PeerRow[]>();
  let dataProblems = 0;
  const p = pathApi(file);
  const severity = severityOf('schema');
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
    if (severity) findings.push(findingAt(source, file, { rule: 'schema', severity, path: at, message }));
    return undefined;
  };
  const reportLines = (text: string, relative: string, at: DocPath, problems: CsvProblem[]) => {
    if (!severity) return;
    const csvName = p.join(p.dirname(file), relative);
    for (const problem of problems.sort((a, b) => a.line - b.line || a.column - b.column)) {
      findings.push(findingOnLine(text, csvName, { rule: 'schema', severity, message: problem.message, path: at, line: problem.line, column: problem.column, length: problem.length }));
    }
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
        const text = readBeside(csvFile, [...path, 'data'], 'data file');
        if (text === undefined) {
          dataProblems++;
          points = [];
        } else {
          const csv = parseCsv(text);
          const problems = [...csv.problems];
          points = csv.points;
          // a figure its type rules out is reported on its line and, as in the plan, left out of the
          // evaluation (the rules still see it, so it is not also reported as a gap)
          for (const point of csv.points) {
            const message = figureProblem(measure.type, point.value);
            if (!message) continue;
            problems.push({ line: point.csvLine ?? 1, column: point.csvValue?.column ?? 1, length: point.csvValue?.length ?? 0, message });
            rejected.add(point);
          }
          dataProblems += problems.length;
          reportLines(text, csvFile, [...path, 'data'], problems);
        }
      }
      if (typeof measure.peers === 'string' && /\.csv$/.test(measure.peers)) {
        const text = readBeside(measure.peers, [...path, 'peers'], 'peers file');
        const read = text === undefined ? { rows: [], problems: [] } : parsePeersCsv(text);
        const rows = read.rows.filter((row) => {
          const message = figureProblem(measure.type, row.value);
          if (message) read.problems.push({ line: row.csvLine ?? 1, column: 1, length: 0, message });
          return !message;
        });
        if (text === undefined) dataProblems++;
        else reportLines(text, measure.peers, [...path, 'peers'], read.problems);
        dataProblems += read.problems.length;
        peers.set(measure as Measure, rows);
      }
      entries.push({ measure: measure as Measure, objective, path, points, csvFile });
    });
  });
  return { entries, dataProblems, rejected, peers };
}

/** The plan with each CSV file's points (and peers file's rows) in place of its name, less the points its checks rejected. */
function withResolvedData(plan: Plan, measures: MeasureEntry[], rejected: Set<DataPoint>, peers: Map<Measure, PeerRow[]>): Plan {
  const byMeasure = new Map(measures.map((e) => [e.measure, e.points.filter((p) => !rejected.has(p))]));
  return {
    ...plan,
    objectives: plan.objectives.map((o) =>
      isObject(o) && Array.isArray(o.measures)
        ? { ...o, measures: o.measures.map((m) => withPeers(byMeasure.has(m) && typeof m.data === 'string' ? { ...m, data: byMeasure.get(m) } : m, peers.get(m))) }
        : o,
    ),
  };
}

/**
 * Each result with where it is written (results follow the plan's objects in order), so two
 * measures that share an id are never confused.
 */
function withPaths(result: PlanResult, plan: Plan, written: Map<object, DocPath>): PlanResult {
  const objectives = plan.objectives.filter(isObject);
  if (objectives.length !== result.objectives.length) return result;
  result.objectives.forEach((o, i) => {
    o.path = written.get(objectives[i]);
    const measures = Array.isArray(objectives[i].measures) ? objectives[i].measures.filter(isObject) : [];
    if (measures.length === o.measures.length) o.measures.forEach((m, j) => (m.path = written.get(measures[j])));
  });
  return result;
}

function withPeers(measure: Measure, rows: PeerRow[] | undefined): Measure {
  return rows ? { ...measure, peers: rows } : measure;
}

/** Checks one plan's text. Never throws for anything in the text; only a broken rule throws (RuleFailure). */
export function checkPlanText(text: string, file: string, options: CheckOptions): CheckedPlan {
  const rulesConfig = options.config?.rules ?? {};
  const severityOf = (rule: string): Severity | undefined => {
    const s = ruleSetting(rule, rulesConfig).severity;
    return s === 'off' ? undefined : s;
  };
  const findings: Finding[] = [];
  const maxSize = options.maxSize ?? defaultMaxSize;
  if (text.length > maxSize) {
    const source = parseSource('');
    findings.push({
      rule: 'syntax',
      severity: 'error',
      message: `The file is ${sizeText(text.length)}, over the ${sizeText(maxSize)} limit: split the plan or keep its figures in CSV files beside it`,
      file,
      path: [],
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      offsets: { start: 0, end: 0 },
    });
    return { file, source, plan: undefined, findings, broken: true, evaluation: () => undefined };
  }

  const source = parseSource(text, options.limits ?? defaultLimits);
  for (const p of source.problems) {
    findings.push({ rule: 'syntax', severity: 'error', message: p.message, file, path: [], range: source.rangeOf(p.start, p.end), offsets: { start: p.start, end: p.end } });
  }
  if (source.problems.length > 0) {
    return { file, source, plan: undefined, findings: findings.sort(compareFindings), broken: true, evaluation: () => undefined };
  }

  const schemaSeverity = severityOf('schema');
  const shapeProblems = checkAgainstSchema(source.value);
  const flagged = new Set(shapeProblems.map((p) => p.path.join('\u0000')));
  const valueProblems = [...calendarProblems(source.value), ...figureRangeProblems(source.value)];
  const schemaProblems = [...shapeProblems, ...valueProblems.filter((p) => !flagged.has(p.path.join('\u0000')))];
  // a placeholder is reported once, by the placeholder rule, not also as the wrong kind of value
  const placeholders = placeholderPaths(source.value);
  if (schemaSeverity) {
    for (const p of schemaProblems) {
      if (!p.unknownKey && placeholders.some((at) => samePath(at, p.path))) continue;
      findings.push(findingAt(source, file, { rule: 'schema', severity: schemaSeverity, message: p.message, path: p.path, anchor: p.anchor, firstLineOnly: p.firstLineOnly }));
    }
  }
  let broken = schemaProblems.length > 0;
  if (!isObject(source.value) || !Array.isArray(source.value.objectives)) {
    return { file, source, plan: undefined, findings: findings.sort(compareFindings), broken, evaluation: () => undefined };
  }

  const written = source.value as unknown as Plan;
  const { entries: measures, dataProblems, rejected, peers } = collectMeasures(written, file, options.fs, severityOf, findings, source, maxSize);
  broken ||= dataProblems > 0;
  const plan = withResolvedData(written, measures, rejected, peers);
  let evaluated: PlanResult | undefined | null = null;
  const evaluateAsOf = (asOf: string): PlanResult | undefined => {
    const written = new Map<object, DocPath>();
    const usable = prunePlan(plan, schemaProblems.filter((p) => !p.unknownKey).map((p) => p.path), written);
    try {
      return usable ? withPaths(evaluatePlan(usable, { asOf, file }), usable, written) : undefined;
    } catch (error) {
      if (!broken) throw error;
      return undefined;
    }
  };
  const evaluation = (asOf?: string): PlanResult | undefined => {
    if (asOf !== undefined && asOf !== options.asOf) return evaluateAsOf(asOf);
    if (evaluated === null) evaluated = evaluateAsOf(options.asOf);
    return evaluated;
  };

  const context: Omit<RuleContext, 'options'> = { plan, file, asOf: options.asOf, source, measures, evaluation };
  // each data file is read once, however many findings its lines get
  const csvTexts = new Map<string, string>();
  for (const rule of allRules) {
    const setting = ruleSetting(rule.id, rulesConfig);
    if (setting.severity === 'off') continue;
    let reports;
    try {
      reports = rule.check({ ...context, options: setting.options });
    } catch (error) {
      // On a file the schema rejected, a rule may meet shapes it cannot read; the schema findings say why.
      if (broken) continue;
      throw new RuleFailure(rule.id, file, error);
    }
    for (const r of reports) {
      if (r.csv) {
        const p = pathApi(file);
        const csvName = p.join(p.dirname(file), r.csv.file);
        const full = p.resolve(p.dirname(file), r.csv.file);
        if (!csvTexts.has(full)) csvTexts.set(full, options.fs?.readFile(full) ?? '');
        const csvText = csvTexts.get(full) as string;
        findings.push(findingOnLine(csvText, csvName, { rule: rule.id, severity: setting.severity, message: r.message, path: r.path, line: r.csv.line }));
      } else {
        const f = findingAt(source, file, { rule: rule.id, severity: setting.severity, message: r.message, path: r.path, anchor: r.anchor });
        if (r.fixes && r.fixes.length > 0) f.fixes = r.fixes;
        findings.push(f);
      }
    }
  }
  return { file, source, plan, findings: findings.sort(compareFindings), broken, evaluation };
}
export { RuleFailure } from './rule-failure';
