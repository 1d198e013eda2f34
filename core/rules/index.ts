// The registry of lint rules (DESIGN §5). Retired ids are never reused.
import type { RuleSetting } from '../config';
import type { RuleOption } from './rule';
import { directionRequired } from './direction-required';
import { earlyWins } from './early-wins';
import { knownReferences } from './known-references';
import { maxHighLevelMeasures } from './max-high-level-measures';
import { maxObjectives } from './max-objectives';
import { measurableObjective } from './measurable-objective';
import { monitorNeedsReason } from './monitor-needs-reason';
import { objectiveTimescale } from './objective-timescale';
import { partnersNamed } from './partners-named';
import { perceptionOnly } from './perception-only';
import { qualitativeEvidence } from './qualitative-evidence';
import { targetAlreadyMet } from './target-already-met';
import { targetNeedsBaseline } from './target-needs-baseline';
import { timeBoundTarget } from './time-bound-target';
import { uniqueIds } from './unique-ids';
import { ambitiousTarget } from './ambitious-target';
import { dataGap } from './data-gap';
import { duplicatePeriod } from './duplicate-period';
import { explainOffTrack } from './explain-off-track';
import { frequencyMismatch } from './frequency-mismatch';
import { overrideLapsed } from './override-lapsed';
import { considerRebase } from './consider-rebase';
import { staleData } from './stale-data';
import { surveyNeedsSample } from './survey-needs-sample';
import { placeholder } from './placeholder';
import { actionOverdue } from './action-overdue';
import { offTrackNeedsAction } from './off-track-needs-action';
import { recommendationUnanswered } from './recommendation-unanswered';
import { areaSum } from './area-sum';
import type { Rule } from './rule';

export const allRules: Rule[] = [
  measurableObjective,
  uniqueIds,
  knownReferences,
  timeBoundTarget,
  targetNeedsBaseline,
  directionRequired,
  monitorNeedsReason,
  targetAlreadyMet,
  perceptionOnly,
  partnersNamed,
  objectiveTimescale,
  earlyWins,
  maxObjectives,
  maxHighLevelMeasures,
  qualitativeEvidence,
  ambitiousTarget,
  surveyNeedsSample,
  staleData,
  dataGap,
  duplicatePeriod,
  explainOffTrack,
  placeholder,
  frequencyMismatch,
  overrideLapsed,
  offTrackNeedsAction,
  actionOverdue,
  recommendationUnanswered,
  considerRebase,
  areaSum,
];

/** Findings that come from the pipeline itself rather than a rule object. */
export const builtInFindings: Record<string, { description: string; defaultSeverity: 'error' }> = {
  syntax: { description: 'The file is not readable YAML', defaultSeverity: 'error' },
  schema: { description: 'The file breaks the plan format (schema/plan.schema.json)', defaultSeverity: 'error' },
};

/** The options a rule reads (none for built-in findings and rules without options). */
export function ruleOptions(id: string): Record<string, RuleOption> {
  return allRules.find((r) => r.id === id)?.options ?? {};
}

export function knownRuleIds(): Set<string> {
  return new Set([...Object.keys(builtInFindings), ...allRules.map((r) => r.id)]);
}

export function ruleSetting(id: string, configured: Record<string, RuleSetting>): RuleSetting {
  const rule = allRules.find((r) => r.id === id);
  const fallback = rule?.defaultSeverity ?? builtInFindings[id]?.defaultSeverity ?? 'error';
  const set = configured[id];
  return { severity: set?.severity ?? fallback, options: set?.options ?? {} };
}
