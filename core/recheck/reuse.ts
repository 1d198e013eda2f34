// What an earlier check lends a re-check after an edit inside one objective: the evaluated results
// and the findings of measure-by-measure rules on every objective the edit leaves alone. An
// objective counts as changed when it is the edited one, when the schema now rejects other parts
// of it, when a data file reads differently, or, for findings that name lines, when lines moved.
import type { CheckSteps, Earlier } from '../check';
import type { ObjectiveResult } from '../results';
import type { SchemaProblem } from '../schema-check';
import type { Finding } from '../types';

export interface Edit {
  file: string;
  /** The edited objective. */
  index: number;
  /** How many characters longer the text is. */
  growth: number;
  /** The edit added or removed lines, so every line after it moved. */
  linesMoved: boolean;
  /** The edit changed whether the text has Windows line breaks (the fixes follow the text's). */
  breaksChanged: boolean;
}

/** The parts of each objective the evaluation leaves out, as one string per objective. */
function leftOut(problems: SchemaProblem[]): Map<unknown, string> {
  const byObjective = new Map<unknown, string>();
  for (const p of problems) {
    if (p.unknownKey || p.path[0] !== 'objectives') continue;
    byObjective.set(p.path[1], `${byObjective.get(p.path[1]) ?? ''}|${p.path.join('\u0000')}`);
  }
  return byObjective;
}

/** A finding on the plan moved along by the edit before it (its lines did not move). */
function moved(f: Finding, growth: number, file: string): Finding {
  if (f.file !== file || growth === 0) return f;
  const shifted: Finding = { ...f };
  if (f.offsets) shifted.offsets = { start: f.offsets.start + growth, end: f.offsets.end + growth };
  if (f.fixes) shifted.fixes = f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + growth, end: e.end + growth })) }));
  return shifted;
}

export function earlierFrom(before: CheckSteps, now: CheckSteps, edit: Edit): Earlier {
  let dataChanged = false;
  for (const [file, text] of now.dataTexts) if (before.dataTexts.has(file) && before.dataTexts.get(file) !== text) dataChanged = true;
  const was = leftOut(before.validation.problems);
  const is = leftOut(now.validation.problems);
  const changed = (index: number) => dataChanged || edit.breaksChanged || index === edit.index || was.get(index) !== is.get(index) || (edit.linesMoved && index > edit.index);

  const results = new Map<unknown, ObjectiveResult>();
  for (const o of before.evaluation?.kept()?.objectives ?? []) if (o.path) results.set(o.path[1], o);
  const reuse = (index: number) => {
    const result = dataChanged || index === edit.index || was.get(index) !== is.get(index) ? undefined : results.get(index);
    return result && { ...result };
  };
  // the closures below keep the earlier check's findings and results, not the earlier check itself:
  // each check would otherwise hold on to every check before it
  const ruleFindings = before.ruleFindings;
  const kept = (rule: string, index: number) => {
    const list = ruleFindings?.get(rule)?.[index];
    return list && (index < edit.index ? list : list.map((f) => moved(f, edit.growth, edit.file)));
  };
  return { reuse, narrowed: { changed, kept } };
}
