import type { Measure } from '../types';
import { idText, isRecord } from './plan-readers';
import type { Rule, RuleReport } from './rule';
import { messageNumber } from '../present/numbers';

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * The value a target asks for: its `value`, or the baseline moved by its `change` (a signed
 * percentage of the baseline such as "-5%", or a signed number in the measure's unit).
 */
export function resolveTargetValue(target: unknown, baseline: number): number | undefined {
  if (!isRecord(target)) return undefined;
  if (finite(target.value)) return target.value;
  const change = target.change;
  if (finite(change)) return baseline + change;
  if (typeof change !== 'string') return undefined;
  const percent = /^\s*([+-]?\d+(?:\.\d+)?)\s*%\s*$/.exec(change);
  if (percent) return baseline * (1 + Number(percent[1]) / 100);
  const plain = /^\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(change);
  return plain ? baseline + Number(plain[1]) : undefined;
}

function withUnit(value: number, m: Measure): string {
  const written = typeof m.unit === 'string' ? m.unit.trim() : '';
  const unit = written === '%' || (written === '' && m.type === 'proportion') ? '%' : written !== '' ? ` ${written}` : '';
  return `${messageNumber(value)}${unit}`;
}

export const targetAlreadyMet: Rule = {
  id: 'target-already-met',
  description: 'The baseline already meets the target: it asks for no improvement',
  defaultSeverity: 'warning',
  tags: ['smart', 'targets'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { measure, path } of context.measures) {
      const better: unknown = measure.better;
      if (better !== 'higher' && better !== 'lower') continue;
      const baseline: unknown = measure.baseline;
      if (!isRecord(baseline) || !finite(baseline.value)) continue;
      const target: unknown = measure.target;
      if (!isRecord(target)) continue;
      const goal = resolveTargetValue(target, baseline.value);
      if (goal === undefined) continue;
      const met = better === 'lower' ? baseline.value <= goal : baseline.value >= goal;
      if (!met) continue;
      const id = idText(measure.id) ?? 'this measure';
      const usesValue = finite(target.value);
      const asked = usesValue ? withUnit(goal, measure) : `a change of ${String(target.change)} (${withUnit(goal, measure)})`;
      const when = baseline.period !== undefined && baseline.period !== null ? ` in ${String(baseline.period)}` : '';
      const direction = better === 'lower' ? 'below' : 'above';
      reports.push({
        path: [...path, 'target', usesValue ? 'value' : 'change'],
        message:
          `The baseline of ${id} (${withUnit(baseline.value, measure)}${when}) already meets its target of ${asked}, with ${better} better: the target asks for no improvement. ` +
          `Set a target ${direction} ${withUnit(baseline.value, measure)}, or, if holding the present level is the aim, say so in the description`,
      });
    }
    return reports;
  },
};
