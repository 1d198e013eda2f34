// Which objectives' results an earlier evaluation can lend a new one: every objective but the
// edited one, when the schema rejects the same parts of it and its data files read the same.
import type { CheckSteps, ObjectiveReuse } from '../check';
import type { ObjectiveResult } from '../results';
import type { SchemaProblem } from '../schema-check';

/** The parts of each objective the evaluation leaves out, as one string per objective. */
function leftOut(problems: SchemaProblem[]): Map<unknown, string> {
  const byObjective = new Map<unknown, string>();
  for (const p of problems) {
    if (p.unknownKey || p.path[0] !== 'objectives') continue;
    byObjective.set(p.path[1], `${byObjective.get(p.path[1]) ?? ''}|${p.path.join('\u0000')}`);
  }
  return byObjective;
}

export function reuseFrom(before: CheckSteps, now: CheckSteps, edited: number): ObjectiveReuse | undefined {
  const earlier = before.evaluation?.kept();
  if (!earlier) return undefined;
  for (const [file, text] of now.dataTexts) if (before.dataTexts.has(file) && before.dataTexts.get(file) !== text) return undefined;
  const results = new Map<unknown, ObjectiveResult>();
  for (const o of earlier.objectives) if (o.path) results.set(o.path[1], o);
  const was = leftOut(before.problems);
  const is = leftOut(now.problems);
  return (index) => {
    const result = index === edited || was.get(index) !== is.get(index) ? undefined : results.get(index);
    return result && { ...result };
  };
}
