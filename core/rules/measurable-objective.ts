import { addKeyEdit } from '../edits';
import type { Fix, Measure } from '../types';
import type { Rule, RuleContext, RuleReport } from './rule';

/** DESIGN §3: a target with a date, a monitor with a reason, or qualitative evidence on a schedule. */
export function isMeasurable(m: Measure): boolean {
  if (m.type === 'qualitative') return typeof m.frequency === 'string';
  if (m.target && typeof m.target === 'object' && typeof m.target.by === 'string') return true;
  return !!m.monitor && typeof m.monitor === 'object' && typeof m.monitor.reason === 'string' && m.monitor.reason.trim() !== '';
}

function skeletonFixes(context: RuleContext, path: (string | number)[], measure: Measure): Fix[] {
  const fixes: Fix[] = [];
  if (measure.type === 'qualitative') return fixes;
  const by = context.plan.plan?.period?.end ?? 'YYYY-MM-DD';
  const target = measure.target
    ? addKeyEdit(context.source, [...path, 'target'], [`by: ${by}`])
    : addKeyEdit(context.source, path, ['target: {value: 0, by: ' + by + '}  # set the value to reach by the date']);
  if (target) fixes.push({ title: measure.target ? `Add a date to ${measure.id}'s target` : `Add a target to ${measure.id}`, edits: [target] });
  if (!measure.target) {
    const monitor = addKeyEdit(context.source, path, ['monitor: {reason: "Why a target would distort priorities here"}']);
    if (monitor) fixes.push({ title: `Monitor ${measure.id} without a target (give the reason)`, edits: [monitor] });
  }
  return fixes;
}

export const measurableObjective: Rule = {
  id: 'measurable-objective',
  description: 'Every objective needs a high-level measure that is measurable',
  defaultSeverity: 'error',
  tags: ['smart'],
  check(context) {
    const reports: RuleReport[] = [];
    context.plan.objectives.forEach((objective, o) => {
      const measures = Array.isArray(objective.measures) ? objective.measures : [];
      const highLevel = measures.map((m, i) => ({ m, i })).filter(({ m }) => m.tier === 'high-level');
      if (highLevel.some(({ m }) => isMeasurable(m))) return;
      const first = highLevel[0];
      const fixes = first ? skeletonFixes(context, ['objectives', o, 'measures', first.i], first.m) : [];
      const what = highLevel.length === 0
        ? 'it has no high-level measure. Add a measure with "tier: high-level"'
        : `none of its high-level measures (${highLevel.map(({ m }) => m.id).join(', ')}) has a target with a "by" date, a "monitor" with a reason, or (if qualitative) a reporting "frequency". Add "target: {value: ..., by: ...}", or "monitor: {reason: ...}" where a target would distort priorities`;
      reports.push({
        path: ['objectives', o],
        message: `Objective ${objective.id} is not measurable: ${what}`,
        fixes,
      });
    });
    return reports;
  },
};
