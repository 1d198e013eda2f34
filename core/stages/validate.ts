// Stage 2 of a check: the plan against the schema, the calendar and the figures' ranges.
import { calendarProblems } from '../calendar-check';
import { figureRangeProblems } from '../figure-range';
import { findingAt } from '../findings';
import { placeholderPaths } from '../placeholders';
import { checkAgainstSchema, type SchemaProblem } from '../schema-check';
import type { SourceDocument } from '../source';
import type { DocPath, Finding, Severity } from '../types';

export interface Validation {
  /** Every problem, reported or not: the evaluation leaves their parts out. */
  problems: SchemaProblem[];
  /** The problems as schema findings (none when the schema rule is off). */
  findings: Finding[];
}

const samePath = (a: DocPath, b: DocPath) => a.length === b.length && a.every((s, i) => s === b[i]);

export function validatePlan(source: SourceDocument, file: string, severity: Severity | undefined): Validation {
  const shapeProblems = checkAgainstSchema(source.value);
  const flagged = new Set(shapeProblems.map((p) => p.path.join('\u0000')));
  const valueProblems = [...calendarProblems(source.value), ...figureRangeProblems(source.value)];
  // a value problem where the shape is already wrong would say the same thing twice
  const problems = [...shapeProblems, ...valueProblems.filter((p) => !flagged.has(p.path.join('\u0000')))];
  const findings: Finding[] = [];
  if (!severity) return { problems, findings };
  // a placeholder is reported once, by the placeholder rule, not also as the wrong kind of value
  const placeholders = placeholderPaths(source.value);
  for (const p of problems) {
    if (!p.unknownKey && placeholders.some((at) => samePath(at, p.path))) continue;
    findings.push(findingAt(source, file, { rule: 'schema', severity, message: p.message, path: p.path, anchor: p.anchor, firstLineOnly: p.firstLineOnly }));
  }
  return { problems, findings };
}
