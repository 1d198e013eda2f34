import { replaceValueEdit, yamlString } from '../edits';
import type { DocPath } from '../types';
import { actionsOf, idText, measuresOf, objectivesOf, recommendationsOf } from './plan-readers';
import type { Rule, RuleReport } from './rule';

interface Holder {
  kind: 'objective' | 'measure' | 'action' | 'recommendation';
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

/** Where other parts of the plan name each kind of id. */
const referrers: Partial<Record<Holder['kind'], string>> = {
  objective: 'recommendation\'s "objectives"',
  measure: '"supports" or action\'s "measures"',
  recommendation: 'action\'s "recommendation"',
};

export const uniqueIds: Rule = {
  id: 'unique-ids',
  description: 'Objectives, measures, actions and recommendations share one id space: every id is used once in the plan',
  defaultSeverity: 'error',
  tags: ['format', 'ids'],
  check(context) {
    const holders: Holder[] = [];
    const add = (kind: Holder['kind'], id: unknown, path: DocPath) => {
      const text = idText(id);
      if (text !== undefined) holders.push({ kind, id: text, path });
    };
    for (const { item, path } of recommendationsOf(context.plan)) add('recommendation', item.id, path);
    for (const { objective, path } of objectivesOf(context.plan)) {
      add('objective', objective.id, path);
      for (const { item, index } of actionsOf(objective)) add('action', item.id, [...path, 'actions', index]);
      for (const { measure, index } of measuresOf(objective)) add('measure', measure.id, [...path, 'measures', index]);
    }
    // the first in the file keeps its id, wherever its kind is written
    const offsets = new Map(holders.map((h) => [h, context.source.locate([...h.path, 'id']).start]));
    holders.sort((a, b) => (offsets.get(a) as number) - (offsets.get(b) as number));
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
          `The id "${h.id}" is already used by the ${earlier.kind} on line ${line}: ids must be unique across all objectives, measures, actions and recommendations. ` +
          `Give this ${h.kind} its own id (e.g. ${suggestion})` +
          (referrers[h.kind] ? ` and check that any ${referrers[h.kind]} meant for it names the new id` : ''),
        fixes: edit ? [{ title: `Rename this ${h.kind} to ${suggestion}`, edits: [edit] }] : undefined,
      });
    }
    return reports;
  },
};
