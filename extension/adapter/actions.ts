// Which quick fixes to offer for a range of a plan: the core's fixes of the findings there, the
// first marked preferred, and "fix all" for a rule only where that rule has fixes on several findings.
import type { Finding, TextEdit } from '../../core/types';

export interface ActionData {
  title: string;
  edits: TextEdit[];
  /** The findings the action resolves (their diagnostics are attached to it). */
  findings: Finding[];
  preferred: boolean;
  fixAll: boolean;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a finding's offsets touch the requested range (an empty request at a position included). */
export function touches(finding: Finding, range: { start: number; end: number }): boolean {
  const o = finding.offsets;
  if (!o) return false;
  if (range.start === range.end) return o.start <= range.start && range.start <= o.end;
  return overlaps(o, range) || (o.start === o.end && range.start <= o.start && o.start <= range.end);
}

/** The edits of several fixes that can be applied together: later ones that clash are left out. */
export function compatibleEdits(fixes: TextEdit[][]): { edits: TextEdit[]; used: number[] } {
  const edits: TextEdit[] = [];
  const used: number[] = [];
  fixes.forEach((fix, i) => {
    const clash = fix.some((e) => edits.some((d) => overlaps(e, d) || (e.start === d.start && (e.start === e.end || d.start === d.end))));
    if (clash) return;
    edits.push(...fix);
    used.push(i);
  });
  return { edits, used };
}

export function selectActions(findings: Finding[], range: { start: number; end: number }): ActionData[] {
  const actions: ActionData[] = [];
  const here = findings.filter((f) => f.fixes && f.fixes.length > 0 && touches(f, range));
  let preferredGiven = false;
  for (const f of here) {
    f.fixes!.forEach((fix, i) => {
      const preferred = i === 0 && !preferredGiven;
      if (preferred) preferredGiven = true;
      actions.push({ title: fix.title, edits: fix.edits, findings: [f], preferred, fixAll: false });
    });
  }
  const rules = [...new Set(here.map((f) => f.rule))];
  for (const rule of rules) {
    const all = findings.filter((f) => f.rule === rule && f.fixes && f.fixes.length > 0);
    if (all.length < 2) continue;
    const { edits, used } = compatibleEdits(all.map((f) => f.fixes![0].edits));
    if (used.length < 2) continue;
    actions.push({ title: `Fix all ${rule} problems in this file (${used.length})`, edits, findings: used.map((i) => all[i]), preferred: false, fixAll: true });
  }
  return actions;
}
