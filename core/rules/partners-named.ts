import { objectivesOf } from './plan-readers';
import type { Rule, RuleReport } from './rule';

export const partnersNamed: Rule = {
  id: 'partners-named',
  description: 'Every objective names the partners who will help deliver it',
  defaultSeverity: 'warning',
  tags: ['panel', 'partnership'],
  check(context) {
    const reports: RuleReport[] = [];
    for (const { objective, path, name } of objectivesOf(context.plan)) {
      const partners: unknown = objective.partners;
      const named = Array.isArray(partners) && partners.some((p) => typeof p === 'string' && p.trim() !== '');
      if (named) continue;
      const hasKey = 'partners' in objective;
      reports.push({
        path: hasKey ? [...path, 'partners'] : path,
        anchor: hasKey ? 'key' : 'value',
        message: `Objective ${name} names no partners: add "partners: [...]" with the organisations that will help deliver it, e.g. [Community Safety Partnerships, Local authorities, Health and Wellbeing Boards]`,
      });
    }
    return reports;
  },
};
