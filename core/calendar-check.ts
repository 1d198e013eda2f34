// The calendar checks a schema pattern cannot make: 2015-02-29, 2014-04-31, FY2014-16, and a plan
// period that ends before it starts. Reported as schema findings, since they break the format.
import { isValidDate, parsePeriod } from './periods';
import type { SchemaProblem } from './schema-check';
import type { DocPath } from './types';
import { isRecord } from './rules/plan-readers';

const dayShape = /^\d{4}-\d{2}-\d{2}$/;
const periodShape = /^(\d{4}(-\d{2}(-\d{2})?|-Q\d)?|FY\d{4}-\d{2})$/;


function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function calendarProblems(value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const date = (v: unknown, path: DocPath) => {
    if (typeof v === 'string' && dayShape.test(v) && !isValidDate(v)) {
      problems.push({ path, anchor: 'value', firstLineOnly: true, message: `"${v}" is not a date on the calendar: check the day of the month (yyyy-mm-dd)` });
    }
  };
  const period = (v: unknown, path: DocPath) => {
    if ((typeof v === 'string' && periodShape.test(v)) || typeof v === 'number') {
      if (parsePeriod(v) === null) {
        const hint = typeof v === 'string' && v.startsWith('FY')
          ? 'a financial year runs over two consecutive years, e.g. FY2014-15'
          : 'write a month as yyyy-mm, a quarter as yyyy-Q1 to Q4, a year as yyyy or a day as yyyy-mm-dd';
        problems.push({ path, anchor: 'value', firstLineOnly: true, message: `"${v}" is not a real period: ${hint}` });
      }
    }
  };
  if (!isRecord(value)) return problems;
  const plan = value.plan;
  if (isRecord(plan) && isRecord(plan.period)) {
    date(plan.period.start, ['plan', 'period', 'start']);
    date(plan.period.end, ['plan', 'period', 'end']);
    const { start, end } = plan.period;
    if (typeof start === 'string' && typeof end === 'string' && isValidDate(start) && isValidDate(end) && end < start) {
      problems.push({ path: ['plan', 'period', 'end'], anchor: 'value', firstLineOnly: true, message: `The plan period ends (${end}) before it starts (${start}): swap the dates` });
    }
  }
  list(value.objectives).forEach((o, i) => {
    if (!isRecord(o)) return;
    date(o.due, ['objectives', i, 'due']);
    list(o.measures).forEach((m, j) => {
      if (!isRecord(m)) return;
      const at: DocPath = ['objectives', i, 'measures', j];
      if (isRecord(m.baseline)) period(m.baseline.period, [...at, 'baseline', 'period']);
      if (isRecord(m.target)) date(m.target.by, [...at, 'target', 'by']);
      list(m.data).forEach((p, k) => isRecord(p) && period(p.period, [...at, 'data', k, 'period']));
      list(m.commentary).forEach((c, k) => isRecord(c) && date(c.date, [...at, 'commentary', k, 'date']));
      list(m.evidence).forEach((e, k) => isRecord(e) && date(e.date, [...at, 'evidence', k, 'date']));
    });
  });
  return problems;
}
