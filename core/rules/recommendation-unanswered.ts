// recommendation-unanswered (DESIGN §5): a Panel recommendation still awaiting a response more
// than `days` days (default 28) after it was made, as of the check's date. Made on 2014-06-24, it
// may wait until 2014-07-22 (28 days); from 2014-07-23 it is reported. A closed one is not.
import { recommendationState } from '../evaluate/actions';
import { daysBetween, isValidDate } from '../periods';
import { idText, recommendationsOf } from './plan-readers';
import type { Rule, RuleReport } from './rule';

export const defaultResponseDays = 28;

function daysOption(options: Record<string, unknown> | undefined): number {
  const days = options?.days;
  return typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : defaultResponseDays;
}

export const recommendationUnanswered: Rule = {
  id: 'recommendation-unanswered',
  description: 'A Panel recommendation has had no response for more than the option "days" (default 28)',
  defaultSeverity: 'warning',
  tags: ['recommendations', 'panel'],
  options: { days: { kind: 'whole number', example: 'days: 42' } },
  check(context) {
    const days = daysOption(context.options);
    const reports: RuleReport[] = [];
    for (const { item, index, path } of recommendationsOf(context.plan)) {
      if (!isValidDate(item.date) || item.date > context.asOf) continue;
      if (recommendationState(item, context.asOf) !== 'awaiting-response') continue;
      const waited = daysBetween(item.date, context.asOf);
      if (waited <= days) continue;
      const id = idText(item.id);
      const from = idText(item.from);
      reports.push({
        path,
        message:
          `Recommendation ${id ?? index + 1}${from ? ` from the ${from.replace(/^the /i, '')}` : ''}, made on ${item.date}, has had no response for ${waited} days (more than ${days}): ` +
          `add "response: {date: ..., accepted: yes, text: ...}" with the date and words of the answer (accepted: yes, no or partly), or "closed:" with the date if it has been set aside`,
      });
    }
    return reports;
  },
};
