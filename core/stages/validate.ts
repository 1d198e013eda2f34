// Stage 2 of a check: the plan against the schema, the calendar and the figures' ranges.
import { calendarProblems } from '../calendar-check';
import { figureRangeProblems } from '../figure-range';
import { findingAt } from '../findings';
import { placeholderPaths } from '../placeholders';
import { checkAgainstSchema, type SchemaProblem } from '../schema-check';
import type { SourceDocument } from '../source';
import type { DocPath, Finding, Severity } from '../types';
import { isObject } from './shared';

export interface Validation {
  /** Every problem, reported or not: the evaluation leaves their parts out. */
  problems: SchemaProblem[];
  /** The problems as schema findings (none when the schema rule is off). */
  findings: Finding[];
  /** The calendar's and the figures' problems, each in document order. */
  valueProblems: { calendar: SchemaProblem[]; figures: SchemaProblem[] };
}

/** A re-check's earlier validation, and the one objective the edit changed: the others' calendar and figures are as they were. */
export interface EarlierValidation {
  index: number;
  before: Validation;
}

const samePath = (a: DocPath, b: DocPath) => a.length === b.length && a.every((s, i) => s === b[i]);

export function validatePlan(source: SourceDocument, file: string, severity: Severity | undefined, earlier?: EarlierValidation): Validation {
  const shapeProblems = checkAgainstSchema(source.value);
  const flagged = new Set(shapeProblems.map((p) => p.path.join('\u0000')));
  const valueProblems = earlier ? valueProblemsAfterEdit(source.value, earlier) : { calendar: calendarProblems(source.value), figures: figureRangeProblems(source.value) };
  // a value problem where the shape is already wrong would say the same thing twice
  const problems = [...shapeProblems, ...[...valueProblems.calendar, ...valueProblems.figures].filter((p) => !flagged.has(p.path.join('\u0000')))];
  const findings: Finding[] = [];
  if (!severity) return { problems, findings, valueProblems };
  // a placeholder is reported once, by the placeholder rule, not also as the wrong kind of value
  let placeholders: DocPath[] | undefined;
  for (const p of problems) {
    if (!p.unknownKey && (placeholders ??= placeholderPaths(source.value)).some((at) => samePath(at, p.path))) continue;
    findings.push(findingAt(source, file, { rule: 'schema', severity, message: p.message, path: p.path, anchor: p.anchor, firstLineOnly: p.firstLineOnly }));
  }
  return { problems, findings, valueProblems };
}

/** The calendar's and the figures' problems after an edit inside one objective: that objective's found again, the rest kept. */
function valueProblemsAfterEdit(value: unknown, { index, before }: EarlierValidation): Validation['valueProblems'] {
  const objectives = isObject(value) && Array.isArray(value.objectives) ? value.objectives : [];
  // the edited objective alone, in its place (both checks pass over the gaps)
  const alone = new Array(objectives.length);
  alone[index] = objectives[index];
  const only = { objectives: alone };
  const at = (p: SchemaProblem) => (p.path[0] === 'objectives' && typeof p.path[1] === 'number' ? p.path[1] : -1);
  // problems come in document order: the plan's own first, then objective by objective
  const spliced = (kept: SchemaProblem[], fresh: SchemaProblem[]) => [...kept.filter((p) => at(p) < index), ...fresh, ...kept.filter((p) => at(p) > index)];
  return { calendar: spliced(before.valueProblems.calendar, calendarProblems(only)), figures: spliced(before.valueProblems.figures, figureRangeProblems(only)) };
}
