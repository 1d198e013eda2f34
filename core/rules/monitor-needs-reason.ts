import { idText, isRecord } from './plan-readers';
import type { Rule, RuleReport } from './rule';

export const monitorNeedsReason: Rule = {
  id: 'monitor-needs-reason',
  description: 'A measure monitored without a target gives the reason',
  defaultSeverity: 'error',
  tags: ['smart', 'targets'],
  scope: 'measure',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { measure, path } of context.measures) {
      if (!('monitor' in measure)) continue;
      const monitor: unknown = measure.monitor;
      const reason = isRecord(monitor) ? monitor.reason : undefined;
      if (typeof reason === 'string' && reason.trim() !== '') continue;
      const id = idText(measure.id) ?? 'this measure';
      const hasReasonKey = isRecord(monitor) && 'reason' in monitor;
      reports.push({
        path: hasReasonKey ? [...path, 'monitor', 'reason'] : [...path, 'monitor'],
        anchor: hasReasonKey ? 'value' : 'key',
        message: `${id} is monitored without a target but does not say why: write the reason in "monitor: {reason: ...}", e.g. "Targets here risk discouraging victims from reporting", so the Panel can see that leaving out a target was a decision`,
      });
    }
    return reports;
  },
};
