// A proportion is a percentage from 0 to 100 (DESIGN §3): a figure, baseline or target value
// outside that range breaks the format, however the schema reads each number on its own.
import type { SchemaProblem } from './schema-check';
import type { DocPath } from './types';
import { isRecord } from './rules/plan-readers';

export function isPercentage(v: number): boolean {
  return v >= 0 && v <= 100;
}

export function percentageMessage(v: number): string {
  return `${v} is not a percentage: a proportion is written from 0 to 100, e.g. 76.5 for 76.5%`;
}

export function proportionProblems(value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const check = (v: unknown, path: DocPath) => {
    if (typeof v === 'number' && Number.isFinite(v) && !isPercentage(v)) problems.push({ path, anchor: 'value', firstLineOnly: true, message: percentageMessage(v) });
  };
  if (!isRecord(value) || !Array.isArray(value.objectives)) return problems;
  value.objectives.forEach((o, i) => {
    if (!isRecord(o) || !Array.isArray(o.measures)) return;
    o.measures.forEach((m, j) => {
      if (!isRecord(m) || m.type !== 'proportion') return;
      const at: DocPath = ['objectives', i, 'measures', j];
      if (isRecord(m.baseline)) check(m.baseline.value, [...at, 'baseline', 'value']);
      if (isRecord(m.target)) check(m.target.value, [...at, 'target', 'value']);
      if (Array.isArray(m.data)) m.data.forEach((p, k) => isRecord(p) && check(p.value, [...at, 'data', k, 'value']));
    });
  });
  return problems;
}
