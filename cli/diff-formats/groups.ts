// Changes grouped for reading: the plan's own first, then objective by objective, and within an
// objective the objective's own changes before its measures'.
import type { Change, PlanDiff } from '../../core/diff/index';

export interface ChangeGroup {
  /** null for changes to the plan as a whole. */
  objective: string | null;
  title: string;
  changes: Change[];
  measures: { measure: string; title: string; changes: Change[] }[];
}

export function groupChanges(diff: PlanDiff): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  const byObjective = new Map<string | null, ChangeGroup>();
  for (const change of diff.changes) {
    let group = byObjective.get(change.objective);
    if (!group) {
      const title = change.objective === null ? 'The plan' : (diff.titles.objectives[change.objective] ?? '');
      group = { objective: change.objective, title, changes: [], measures: [] };
      byObjective.set(change.objective, group);
      groups.push(group);
    }
    if (change.measure === null) {
      group.changes.push(change);
      continue;
    }
    let entry = group.measures.find((m) => m.measure === change.measure);
    if (!entry) {
      entry = { measure: change.measure, title: diff.titles.measures[change.measure] ?? '', changes: [] };
      group.measures.push(entry);
    }
    entry.changes.push(change);
  }
  return groups;
}

export function countChanges(diff: PlanDiff): { total: number; tightened: number; loosened: number; added: number; removed: number } {
  const c = diff.changes;
  return {
    total: c.length,
    tightened: c.filter((x) => x.kind === 'target' && x.judgement === 'tightened').length,
    loosened: c.filter((x) => x.kind === 'target' && x.judgement === 'loosened').length,
    added: c.filter((x) => x.kind === 'measure-added' || x.kind === 'objective-added').length,
    removed: c.filter((x) => x.kind === 'measure-removed' || x.kind === 'objective-removed').length,
  };
}

export interface DiffFormatOptions {
  color: boolean;
  oldFile: string;
  newFile: string;
}
