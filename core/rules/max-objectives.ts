import type { Rule } from './rule';

export const defaultMaxObjectives = 10;

/** A whole-number limit from the rule's options, or the default when it is missing or unusable. */
export function maxOption(options: Record<string, unknown> | undefined, fallback: number): number {
  const max = options?.max;
  return typeof max === 'number' && Number.isInteger(max) && max >= 0 ? max : fallback;
}

export const maxObjectives: Rule = {
  id: 'max-objectives',
  description: 'The plan has no more objectives than the option "max" (default 10)',
  defaultSeverity: 'warning',
  tags: ['panel', 'focus'],
  options: { max: { kind: 'whole number', example: 'max: 13' } },
  check(context) {
    const max = maxOption(context.options, defaultMaxObjectives);
    const list: unknown = context.plan?.objectives;
    if (!Array.isArray(list) || list.length <= max) return [];
    return [
      {
        path: ['objectives', max],
        message:
          `The plan has ${list.length} objectives, more than ${max}: a long list spreads effort thin and may be read as a priority order. ` +
          `Merge related objectives or move some into the description of others; if this many is deliberate, set "max-objectives: [warning, {max: ${list.length}}]" in plan-score.config.yaml`,
      },
    ];
  },
};
