import { objectivesOf } from './plan-readers';
import type { Rule } from './rule';

export const earlyWins: Rule = {
  id: 'early-wins',
  description: 'At least one objective is marked as an early win',
  defaultSeverity: 'info',
  tags: ['panel'],
  check(context) {
    const objectives = objectivesOf(context.plan);
    if (objectives.length === 0) return [];
    if (objectives.some(({ objective }) => objective.earlyWin === true)) return [];
    return [
      {
        path: ['objectives'],
        anchor: 'key',
        message: 'No objective is marked as an early win: add "earlyWin: true" to the objectives the Commissioner wants to see evidenced in the first year, so the Panel knows where to look first',
      },
    ];
  },
};
