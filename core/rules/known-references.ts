import { replaceValueEdit, yamlString } from '../edits';
import type { Fix } from '../types';
import { actionReferences } from './action-references';
import { idText, measuresOf, objectivesOf } from './plan-readers';
import { rebaseReferences } from './rebase-references';
import type { Rule, RuleReport } from './rule';
import { areaReferenceReports } from './area-references';

const maxFixes = 3;

export const knownReferences: Rule = {
  id: 'known-references',
  description: '"supports" names a high-level measure of the plan, a figure\'s "area" a declared local area, and a peers file the plan\'s force; actions and recommendations name measures, recommendations and objectives that exist',
  defaultSeverity: 'error',
  tags: ['format', 'ids', 'tiers'],
  check(context) {
    const objectives = objectivesOf(context.plan);
    const kinds = new Map<string, string>();
    const highLevel = new Map<string, { title: string }>();
    for (const { objective } of objectives) {
      const oid = idText(objective.id);
      if (oid !== undefined && !kinds.has(oid)) kinds.set(oid, 'an objective');
      for (const { measure } of measuresOf(objective)) {
        const mid = idText(measure.id);
        if (mid === undefined) continue;
        if (measure.tier === 'high-level') {
          if (!highLevel.has(mid)) highLevel.set(mid, { title: typeof measure.title === 'string' ? measure.title : '' });
        } else if (!kinds.has(mid)) kinds.set(mid, 'a detailed measure');
      }
    }

    const reports: RuleReport[] = [];
    for (const { objective, path, name } of objectives) {
      const ownHighLevel = measuresOf(objective)
        .filter(({ measure }) => measure.tier === 'high-level')
        .map(({ measure }) => idText(measure.id))
        .filter((id): id is string => id !== undefined);
      for (const { measure, index } of measuresOf(objective)) {
        if (measure.supports === undefined || measure.supports === null) continue;
        const ref = idText(measure.supports);
        // a "supports" that is not an id at all (a list, a mapping) is the schema's finding
        if (ref === undefined && typeof measure.supports === 'object') continue;
        if (ref !== undefined && highLevel.has(ref)) continue;
        const mid = idText(measure.id) ?? 'this measure';
        const written = ref ?? String(measure.supports);
        const why =
          ref === mid
            ? 'a measure cannot support itself'
            : kinds.has(written)
              ? `"${written}" is ${kinds.get(written)}, not a high-level measure`
              : `there is no measure "${written}" in the plan`;
        const choices = ownHighLevel.filter((id) => id !== mid);
        const hint = choices.length > 0 ? ` (objective ${name} has ${choices.join(', ')})` : ' (add one with "tier: high-level")';
        const supportsPath = [...path, 'measures', index, 'supports'];
        const near = choices.sort((a, b) => Number(b.toLowerCase() === written.toLowerCase()) - Number(a.toLowerCase() === written.toLowerCase()));
        const fixes: Fix[] = [];
        for (const id of near.slice(0, maxFixes)) {
          const edit = replaceValueEdit(context.source, supportsPath, yamlString(id));
          const title = highLevel.get(id)?.title;
          if (edit) fixes.push({ title: `Support ${id}${title ? ` (${title})` : ''}`, edits: [edit] });
        }
        reports.push({
          path: supportsPath,
          message: `Measure ${mid} supports "${written}", but ${why}: set "supports" to the id of the high-level measure it sits under${hint}`,
          fixes: fixes.length > 0 ? fixes : undefined,
        });
      }
    }
    reports.push(...actionReferences(context));
    reports.push(...rebaseReferences(context));
    return [...reports, ...areaReferenceReports(context)];
  },
};
