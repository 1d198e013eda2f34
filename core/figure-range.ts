// What a figure can be, by the measure's type (DESIGN §3): a proportion is a percentage from 0 to
// 100, and a count of events is never negative. A figure, baseline or target value outside that
// range breaks the format, however the schema reads each number on its own.
import type { SchemaProblem } from './schema-check';
import type { DocPath } from './types';
import { isRecord } from './rules/plan-readers';

/** Why `v` cannot be a figure of a measure of `type`, in words that say what to write; else undefined. */
export function figureProblem(type: unknown, v: number): string | undefined {
  if (type === 'proportion' && !(v >= 0 && v <= 100)) return `${v} is not a percentage: a proportion is written from 0 to 100, e.g. 76.5 for 76.5%`;
  if (type === 'count' && v < 0) return `${v} cannot be a count of events: write the number of events (0 or more), e.g. 3650`;
  return undefined;
}

export function figureRangeProblems(value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (!isRecord(value) || !Array.isArray(value.objectives)) return problems;
  value.objectives.forEach((o, i) => {
    if (!isRecord(o) || !Array.isArray(o.measures)) return;
    o.measures.forEach((m, j) => {
      if (!isRecord(m)) return;
      const check = (v: unknown, path: DocPath) => {
        const message = typeof v === 'number' && Number.isFinite(v) ? figureProblem(m.type, v) : undefined;
        if (message) problems.push({ path, anchor: 'value', firstLineOnly: true, message });
      };
      const at: DocPath = ['objectives', i, 'measures', j];
      if (isRecord(m.baseline)) check(m.baseline.value, [...at, 'baseline', 'value']);
      if (isRecord(m.target)) check(m.target.value, [...at, 'target', 'value']);
      if (Array.isArray(m.data)) m.data.forEach((p, k) => isRecord(p) && check(p.value, [...at, 'data', k, 'value']));
    });
  });
  return problems;
}
