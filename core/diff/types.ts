// What a variation of a Plan changes, as typed records a Panel can read one by one.

/** Tightened: harder to meet than before; loosened: easier; changed: neither can be said. */
export type Judgement = 'tightened' | 'loosened' | 'changed';

/** `figure`: what a target written as a change asks for, moved by a re-stated baseline. */
export type TargetField = 'value' | 'change' | 'figure' | 'by' | 'tolerance';

interface Base {
  /** The objective the change sits under (in the new plan where it exists there, else the old). */
  objective: string | null;
  /** The measure concerned, when the change is about a measure. */
  measure: string | null;
}

export type Change =
  | (Base & { kind: 'objective-added'; title: string })
  | (Base & { kind: 'objective-removed'; title: string })
  | (Base & { kind: 'objective-renamed'; from: string; to: string })
  | (Base & { kind: 'measure-added'; title: string; tier: string | null })
  | (Base & { kind: 'measure-removed'; title: string; tier: string | null })
  | (Base & { kind: 'measure-renamed'; from: string; to: string })
  | (Base & { kind: 'measure-moved'; from: string; to: string })
  | (Base & { kind: 'target'; judgement: Judgement; field: TargetField; from: unknown; to: unknown })
  | (Base & { kind: 'target-added'; to: TargetText })
  | (Base & { kind: 'target-removed'; from: TargetText })
  | (Base & { kind: 'target-to-monitor'; from: TargetText; reason: string | null })
  | (Base & { kind: 'monitor-to-target'; to: TargetText; reason: string | null })
  | (Base & { kind: 'monitor-added'; reason: string | null })
  | (Base & { kind: 'monitor-removed'; reason: string | null })
  | (Base & { kind: 'tier-changed'; from: unknown; to: unknown })
  | (Base & { kind: 'baseline-added'; to: { period: unknown; value: unknown } })
  | (Base & { kind: 'baseline-removed'; from: { period: unknown; value: unknown } })
  | (Base & { kind: 'baseline-restated'; field: 'period' | 'value'; from: unknown; to: unknown })
  | (Base & { kind: 'data-changed'; added: string[]; removed: string[]; revised: { period: string; from: number; to: number }[] })
  | (Base & { kind: 'field-changed'; scope: 'plan' | 'objective' | 'measure'; field: string; from: unknown; to: unknown })
  | (Base & { kind: 'action-added'; action: string; title: string; due: string | null; owner: string | null })
  | (Base & { kind: 'action-removed'; action: string; title: string })
  | (Base & { kind: 'action-changed'; action: string; field: 'due' | 'owner' | 'status' | 'done'; from: unknown; to: unknown })
  | (Base & { kind: 'recommendation-added'; recommendation: string; text: string; date: string | null })
  | (Base & { kind: 'recommendation-removed'; recommendation: string; text: string })
  | (Base & { kind: 'recommendation-changed'; recommendation: string; field: 'due' | 'response' | 'closed'; from: unknown; to: unknown });

export type ChangeKind = Change['kind'];

/** A target as the plan writes it, for messages: value or change, by, tolerance. */
export interface TargetText {
  value?: number;
  change?: number | string;
  by?: string;
  tolerance?: number | string;
}

export interface PlanDiff {
  old: { id: string | null; title: string | null; version: string | null };
  new: { id: string | null; title: string | null; version: string | null };
  changes: Change[];
  /** Titles for headings: the new plan's where the objective or measure is in it, else the old plan's. */
  titles: { objectives: Record<string, string>; measures: Record<string, string> };
}
