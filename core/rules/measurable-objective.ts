import { addEntryEdit, addKeyEdit, yamlString } from '../edits';
import { placeholder } from '../placeholders';
import type { Fix, Measure, Objective } from '../types';
import { idText, isNumericMeasure, isRecord, measuresOf, objectivesOf, planEnd } from './plan-readers';
import type { DocPath } from '../types';
import type { Rule, RuleContext, RuleReport } from './rule';

/** DESIGN §3: a target with a date, a monitor with a reason, or qualitative evidence on a schedule. */
export function isMeasurable(m: Measure): boolean {
  if (!isRecord(m)) return false;
  if (m.type === 'qualitative') return typeof m.frequency === 'string';
  if (isRecord(m.target) && typeof m.target.by === 'string' && m.target.by.trim() !== '') return true;
  return isRecord(m.monitor) && typeof m.monitor.reason === 'string' && m.monitor.reason.trim() !== '';
}

function skeletonFixes(context: RuleContext, path: DocPath, measure: Measure): Fix[] {
  const fixes: Fix[] = [];
  const id = idText(measure.id) ?? 'the measure';
  if (measure.type === 'qualitative') {
    const edit = addEntryEdit(context.source, path, 'frequency', 'quarterly');
    if (edit) fixes.push({ title: `Add a reporting frequency to ${id}`, edits: [edit] });
    return fixes;
  }
  const by = planEnd(context.plan) ?? 'YYYY-MM-DD';
  if (isRecord(measure.target)) {
    const edit = addEntryEdit(context.source, [...path, 'target'], 'by', by);
    if (edit) fixes.push({ title: `Add a date to ${id}'s target`, edits: [edit] });
    return fixes;
  }
  if (measure.target === undefined) {
    // a target needs a baseline to be judged against: both are written, what is still to decide as placeholders
    const needsBaseline = measure.baseline === undefined;
    const lines = [...(needsBaseline ? [`baseline: {period: ${placeholder()}, value: ${placeholder()}}`] : []), `target: {value: ${placeholder()}, by: ${by}}`];
    const target = addKeyEdit(context.source, path, lines);
    if (target) fixes.push({ title: needsBaseline ? `Add a target and its baseline to ${id}` : `Add a target to ${id}`, edits: [target] });
  }
  if (measure.monitor === undefined) {
    const monitor = addKeyEdit(context.source, path, [`monitor: {reason: ${yamlString(placeholder('why a target would distort priorities here'))}}`]);
    if (monitor) fixes.push({ title: `Monitor ${id} without a target (give the reason)`, edits: [monitor] });
  }
  return fixes;
}

/** The high-level measure a fix should complete: one half-written (a target without a date) first. */
function bestCandidate(highLevel: { measure: Measure; index: number }[]) {
  return (
    highLevel.find(({ measure }) => isRecord(measure.target) && !isMeasurable(measure)) ??
    highLevel.find(({ measure }) => isNumericMeasure(measure)) ??
    highLevel[0]
  );
}

/** DESIGN §4: a numeric measure with neither a target nor a monitor is `unmeasured`, and a lint error. */
function unmeasured(context: RuleContext, objective: Objective, objectivePath: DocPath, reported: boolean): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const { measure, index } of measuresOf(objective)) {
    if (!isNumericMeasure(measure) || measure.target !== undefined || measure.monitor !== undefined) continue;
    // the objective's own finding already names its high-level measures
    if (reported && measure.tier === 'high-level') continue;
    const path: DocPath = [...objectivePath, 'measures', index];
    const id = idText(measure.id) ?? 'This measure';
    reports.push({
      path,
      message: `Measure ${id} has neither a target nor a monitor, so its progress cannot be judged and it shows as unmeasured: add "target: {value: ..., by: ...}", or "monitor: {reason: ...}" where a target would distort priorities`,
      fixes: skeletonFixes(context, path, measure),
    });
  }
  return reports;
}

export const measurableObjective: Rule = {
  id: 'measurable-objective',
  description: 'Every objective needs a high-level measure that is measurable, and every numeric measure a target or a monitor',
  defaultSeverity: 'error',
  tags: ['smart'],
  check(context) {
    const reports: RuleReport[] = [];
    for (const { objective, path, name } of objectivesOf(context.plan)) {
      const highLevel = measuresOf(objective).filter(({ measure }) => measure.tier === 'high-level');
      if (highLevel.some(({ measure }) => isMeasurable(measure))) {
        reports.push(...unmeasured(context, objective, path, false));
        continue;
      }
      const candidate = bestCandidate(highLevel);
      const fixes = candidate ? skeletonFixes(context, [...path, 'measures', candidate.index], candidate.measure) : [];
      const ids = highLevel.map(({ measure }) => idText(measure.id) ?? '(no id)').join(', ');
      const what =
        highLevel.length === 0
          ? 'it has no high-level measure. Add a measure with "tier: high-level" that says how success will be judged'
          : highLevel.every(({ measure }) => measure.type === 'qualitative')
            ? `its high-level measures (${ids}) are qualitative and none says when new evidence is due. Add "frequency: quarterly" (or monthly, annual) to one of them`
            : `none of its high-level measures (${ids}) has a target with a "by" date, a "monitor" with a reason, or (if qualitative) a reporting "frequency". Add "target: {value: ..., by: ...}", or "monitor: {reason: ...}" where a target would distort priorities`;
      reports.push({ path, message: `Objective ${name} is not measurable: ${what}`, fixes });
      reports.push(...unmeasured(context, objective, path, true));
    }
    return reports;
  },
};
