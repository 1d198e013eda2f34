// What a lint rule is: a small object with an id, a default severity, a docs page and a check.
import type { PlanResult } from '../results';
import type { SourceDocument } from '../source';
import type { DataPoint, DocPath, Fix, Measure, Objective, Plan, SeveritySetting } from '../types';

export interface RuleReport {
  path: DocPath;
  message: string;
  /** Put the finding on the key of the last path segment rather than on its value. */
  anchor?: 'key' | 'value';
  /** When the problem lies in a CSV data file: that file and its 1-based line. */
  csv?: { file: string; line: number };
  fixes?: Fix[];
}

export interface MeasureEntry {
  measure: Measure;
  objective: Objective;
  path: DocPath;
  /** The measure's points, read from its CSV file when `data` names one. */
  points: DataPoint[];
  /** The CSV file the points came from, relative to the plan, or undefined for inline data. */
  csvFile?: string;
}

export interface RuleContext {
  plan: Plan;
  file: string;
  options: Record<string, unknown>;
  asOf: string;
  source: SourceDocument;
  /** Every measure of the plan with its objective, path and points. */
  measures: MeasureEntry[];
  /** The plan evaluated as of `asOf` (computed once, on first use); undefined when nothing could be scored. */
  evaluation(): PlanResult | undefined;
}

/** An option a rule reads from its config entry, and what a usable value is. */
export interface RuleOption {
  kind: 'whole number' | 'number above 0';
  example: string;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  tags: string[];
  /** The options the rule reads, by name; a rule without them takes none. */
  options?: Record<string, RuleOption>;
  /**
   * 'measure' for a rule that reads `context.measures` one entry at a time and reports on that
   * entry alone (its measure, figures and result, with the plan's own settings): a re-check after
   * an edit runs it on the edited objective's measures only and keeps its findings on the others.
   */
  scope?: 'measure';
  check(context: RuleContext): RuleReport[];
}

/** The rule's docs page, relative to the package root; presenters turn it into a link. */
export function docsPage(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
