// area-sum (DESIGN §5, §4.1): a count's force figure differs from the sum of its local areas'
// figures for the same period by more than the option `tolerance` (a percentage of the force
// figure, default 0.5). Local plans build the force plan: when the parts do not add up to the
// whole, one of the figures is wrong or an area is missing from plan: areas.
import { areaOf } from '../evaluate/points';
import { messageNumber as formatNumber } from '../present/numbers';
import { allPointRefs, isFiniteNumber, isRecord, measureName, periodText, reportAt } from './data-helpers';
import { periodKey } from './duplicate-period';
import type { Rule, RuleReport } from './rule';

export const defaultAreaSumTolerance = 0.5;

function toleranceOption(options: Record<string, unknown> | undefined): number {
  const t = options?.tolerance;
  return typeof t === 'number' && Number.isFinite(t) && t > 0 ? t : defaultAreaSumTolerance;
}

export const areaSum: Rule = {
  id: 'area-sum',
  description: "A count's force figure is the sum of its local areas' figures, within the option \"tolerance\" (default 0.5%)",
  defaultSeverity: 'warning',
  tags: ['data', 'areas'],
  options: { tolerance: { kind: 'number above 0', example: 'tolerance: 1' } },
  check(context) {
    const tolerance = toleranceOption(context.options);
    const list: unknown = isRecord(context.plan?.plan) ? context.plan.plan.areas : undefined;
    const areas = [...new Set((Array.isArray(list) ? list : []).filter(isRecord).map((a) => (typeof a.id === 'string' ? a.id.trim() : '')).filter((id) => id !== ''))];
    if (areas.length === 0) return [];
    const reports: RuleReport[] = [];
    for (const entry of context.measures) {
      if (entry.measure.type !== 'count') continue;
      const refs = allPointRefs(entry).filter((r) => isFiniteNumber(r.point.value));
      // each area's first figure for each period
      const byArea = new Map<string, number>();
      for (const ref of refs) {
        const area = areaOf(ref.point);
        const period = periodKey(ref.point.period);
        if (area === undefined || period === undefined || byArea.has(`${period} ${area}`)) continue;
        byArea.set(`${period} ${area}`, ref.point.value);
      }
      const seen = new Set<string>();
      for (const ref of refs) {
        const period = periodKey(ref.point.period);
        if (areaOf(ref.point) !== undefined || period === undefined || seen.has(period)) continue;
        seen.add(period);
        const parts = areas.map((a) => byArea.get(`${period} ${a}`));
        if (parts.some((v) => v === undefined)) continue;
        const sum = (parts as number[]).reduce((a, b) => a + b, 0);
        const force = ref.point.value;
        const difference = sum - force;
        if (Math.abs(difference) <= (tolerance / 100) * Math.abs(force)) continue;
        const share = force !== 0 ? `, ${formatNumber((Math.abs(difference) / Math.abs(force)) * 100)}% of the force figure` : '';
        const message =
          `${capitalise(measureName(entry))} has ${formatNumber(force)} for ${periodText(ref.point.period)}, but its ${areas.length} areas add up to ${formatNumber(sum)} ` +
          `(${formatNumber(Math.abs(difference))} ${difference > 0 ? 'more' : 'fewer'}${share}; up to ${formatNumber(tolerance)}% is allowed): ` +
          'correct the force figure or the areas\' figures, or declare under "plan: areas" every area that makes up the force';
        reports.push(reportAt(ref, message));
      }
    }
    return reports;
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
