import type { Rule } from './rule';
import { maxOption } from './max-objectives';

export const defaultMaxHighLevelMeasures = 15;

export const maxHighLevelMeasures: Rule = {
  id: 'max-high-level-measures',
  description: 'The plan has no more high-level measures than the option "max" (default 15)',
  defaultSeverity: 'warning',
  tags: ['panel', 'focus', 'tiers'],
  options: { max: { kind: 'whole number', example: 'max: 20' } },
  check(context) {
    const max = maxOption(context.options, defaultMaxHighLevelMeasures);
    const highLevel = context.measures.filter((e) => e.measure.tier === 'high-level');
    if (highLevel.length <= max) return [];
    return [
      {
        path: highLevel[max].path,
        message:
          `The plan has ${highLevel.length} high-level measures, more than ${max}: keep a small number of high-level measures and move the rest to "tier: detailed" with "supports:" naming the high-level measure they sit under. ` +
          `If this many is deliberate, set "max-high-level-measures: [warning, {max: ${highLevel.length}}]" in plan-score.config.yaml`,
      },
    ];
  },
};
