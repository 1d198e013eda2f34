// The references of actions and recommendations, checked under known-references: the measures an
// action is meant to move, the recommendation it answers, and the objectives a recommendation concerns.
import type { DocPath } from '../types';
import { actionsOf, idText, measuresOf, objectivesOf, recommendationsOf } from './plan-readers';
import type { RuleContext, RuleReport } from './rule';

/** A short list of ids for a hint: the first few, then how many more. */
function listed(ids: string[]): string {
  const shown = ids.slice(0, 6).join(', ');
  return ids.length > 6 ? `${shown} and ${ids.length - 6} more` : shown;
}

export function actionReferences(context: Pick<RuleContext, 'plan'>): RuleReport[] {
  const objectives = objectivesOf(context.plan);
  const recommendations = recommendationsOf(context.plan);
  const kinds = new Map<string, string>();
  const measureIds: string[] = [];
  const objectiveIds: string[] = [];
  const recommendationIds: string[] = [];
  const note = (id: unknown, kind: string, list: string[]) => {
    const text = idText(id);
    if (text === undefined || kinds.has(text)) return;
    kinds.set(text, kind);
    list.push(text);
  };
  for (const { item } of recommendations) note(item.id, 'a recommendation', recommendationIds);
  for (const { objective } of objectives) {
    note(objective.id, 'an objective', objectiveIds);
    for (const { measure } of measuresOf(objective)) note(measure.id, 'a measure', measureIds);
    for (const { item } of actionsOf(objective)) note(item.id, 'an action', []);
  }
  const why = (written: string, wanted: string) =>
    kinds.has(written) ? `"${written}" is ${kinds.get(written)}, not ${wanted}` : `there is no ${wanted.replace(/^an? /, '')} "${written}" in the plan`;

  const reports: RuleReport[] = [];
  /** Each item of a list of ids that names nothing of the kind wanted. */
  const checkList = (value: unknown, path: DocPath, known: string[], report: (written: string, at: DocPath) => void) => {
    if (!Array.isArray(value)) return;
    value.forEach((v, k) => {
      const ref = idText(v);
      // an item that is not an id at all (a list, a mapping) is the schema's finding
      if (ref === undefined) return;
      if (!known.includes(ref)) report(ref, [...path, k]);
    });
  };

  for (const { objective, path } of objectives) {
    const own = measuresOf(objective).map(({ measure }) => idText(measure.id)).filter((id): id is string => id !== undefined);
    const hint = own.length > 0 ? ` (objective ${idText(objective.id) ?? 'here'} has ${listed(own)})` : '';
    for (const { item, index } of actionsOf(objective)) {
      const at: DocPath = [...path, 'actions', index];
      const name = idText(item.id) ? `Action ${idText(item.id)}` : 'This action';
      checkList(item.measures, [...at, 'measures'], measureIds, (written, where) =>
        reports.push({
          path: where,
          message: `${name} is meant to move "${written}", but ${why(written, 'a measure')}: under "measures" write the ids of the measures it should move${hint}`,
        }),
      );
      const rec = item.recommendation;
      if (rec === undefined || rec === null) continue;
      const ref = idText(rec);
      if (ref === undefined || recommendationIds.includes(ref)) continue;
      const choices = recommendationIds.length > 0 ? ` (the plan has ${listed(recommendationIds)})` : ', or add the recommendation under "recommendations:" in the plan block';
      reports.push({
        path: [...at, 'recommendation'],
        message: `${name} answers recommendation "${ref}", but ${why(ref, 'a recommendation')}: write the id of the Panel recommendation it answers${choices}`,
      });
    }
  }

  for (const { item, path } of recommendations) {
    const name = idText(item.id) ? `Recommendation ${idText(item.id)}` : 'This recommendation';
    checkList(item.objectives, [...path, 'objectives'], objectiveIds, (written, where) =>
      reports.push({
        path: where,
        message: `${name} concerns "${written}", but ${why(written, 'an objective')}: under "objectives" write the ids of the objectives it concerns (the plan has ${listed(objectiveIds)})`,
      }),
    );
  }
  return reports;
}
