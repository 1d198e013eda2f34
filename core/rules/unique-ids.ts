import { replaceValueEdit, yamlString } from '../edits';
import type { DocPath } from '../types';
import { idText, measuresOf, objectivesOf } from './plan-readers';
import type { Rule, RuleReport } from './rule';

interface Holder {
  kind: 'objective' | 'measure';
  id: string;
  path: DocPath;
}

/** `O1.2` → `O1.2-2`, `O1.2-3` ... the first one not in use. */
function freshId(id: string, used: Set<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export const uniqueIds: Rule = {
  id: 'unique-ids',
  description: 'Objectives and measures share one id space: every id is used once in the plan',
  defaultSeverity: 'error',
  tags: ['format', 'ids'],
  check(context) {
    const holders: Holder[] = [];
    for (const { objective, path } of objectivesOf(context.plan)) {
      const oid = idText(objective.id);
      if (oid !== undefined) holders.push({ kind: 'objective', id: oid, path });
      for (const { measure, index } of measuresOf(objective)) {
        const mid = idText(measure.id);
        if (mid !== undefined) holders.push({ kind: 'measure', id: mid, path: [...path, 'measures', index] });
      }
    }
    const used = new Set(holders.map((h) => h.id));
    const first = new Map<string, Holder>();
    const reports: RuleReport[] = [];
    for (const h of holders) {
      const earlier = first.get(h.id);
      if (!earlier) {
        first.set(h.id, h);
        continue;
      }
      const idPath = [...h.path, 'id'];
      const line = context.source.positionAt(context.source.locate([...earlier.path, 'id']).start).line;
      const suggestion = freshId(h.id, used);
      used.add(suggestion);
      const edit = replaceValueEdit(context.source, idPath, yamlString(suggestion));
      reports.push({
        path: idPath,
        message:
          `The id "${h.id}" is already used by the ${earlier.kind} on line ${line}: ids must be unique across all objectives and measures. ` +
          `Give this ${h.kind} its own id (e.g. ${suggestion}) and check that any "supports" meant for it names the new id`,
        fixes: edit ? [{ title: `Rename this ${h.kind} to ${suggestion}`, edits: [edit] }] : undefined,
      });
    }
    return reports;
  },
};
