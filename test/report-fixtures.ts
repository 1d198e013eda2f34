// Plans for the report tests: one with hostile text in every place a string can go, written to a temp folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportModel } from '../cli/commands/report';
import type { ReportModel } from '../core/report/model';

function monthly(values: number[], extra: (i: number) => string = () => ''): string {
  return values
    .map((v, i) => {
      const m = 3 + i;
      return `          - {period: ${2013 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}, value: ${v}${extra(i)}}\n`;
    })
    .join('');
}

const crime = [3700, 3720, 3690, 3710, 3705, 3698, 3702, 3712, 3695, 3701, 3708, 3699, 3500, 3510, 3490, 3505, 3495, 3502, 3498, 3507, 3493, 3501, 3499, 3504];
const survey = [80, 81, 79, 82, 80, 81, 83, 82, 84, 85, 84, 86, 85, 86, 87, 86, 85, 87, 88, 86, 87, 88, 87, 88];

export const hostile = {
  objectiveTitle: '<script>alert(1)</script>',
  measureTitle: '"><img src=x onerror=alert(1)>',
  evidenceSummary: '</script><script>alert(2)</script> & <!-- \u2028 -->',
  badLink: 'javascript:alert(1)',
  goodLink: 'https://example.org/evidence?a=1&b=2',
  commentary: '<img src=x onerror=alert(3)> & "quoted" | piped',
};

export const hostilePlan = `plan:
  id: hostile-2013-17
  title: "Plan <b>with</b> | pipes & </script>"
  period: {start: 2013-04-01, end: 2017-03-31}
objectives:
  - id: O1
    title: ${JSON.stringify(hostile.objectiveTitle)}
    partners: [Council]
    due: 2017-03-31
    earlyWin: true
    measures:
      - id: O1.1
        title: ${JSON.stringify(hostile.measureTitle)}
        tier: high-level
        type: count
        better: lower
        unit: crimes
        frequency: monthly
        baseline: {period: FY2012-13, value: 44400}
        target: {value: 41000, by: 2017-03-31, tolerance: 2%}
        commentary:
          - {date: 2014-11-20, text: An older comment}
          - {date: 2015-02-10, text: ${JSON.stringify(hostile.commentary)}}
          - {date: 2015-06-01, text: A comment after the as-of date}
        data:
${monthly(crime)}
  - id: O2
    title: "Victims | witnesses\\nand a second line"
    partners: [Council]
    due: 2017-03-31
    measures:
      - id: O2.1
        title: Victims' services
        tier: high-level
        type: qualitative
        frequency: quarterly
        evidence:
          - {date: 2014-06-30, summary: ${JSON.stringify(hostile.evidenceSummary)}, assessment: at-risk, link: ${JSON.stringify(hostile.badLink)}}
          - {date: 2015-01-15, summary: Commissioned services live, assessment: on-track, link: ${JSON.stringify(hostile.goodLink)}}
      - id: O2.2
        title: Victims satisfied
        tier: high-level
        type: proportion
        better: higher
        frequency: monthly
        baseline: {period: FY2012-13, value: 80}
        target: {value: 90, by: 2017-03-31, tolerance: 1}
        data:
${monthly(survey, () => ', sample: 400')}
`;

/** A plan the schema rejects in one measure (a type it does not know), the rest still scoreable. */
export const brokenPlan = hostilePlan.replace('        type: count\n', '        type: tally\n').replace('id: hostile-2013-17', 'id: broken-2013-17');

export function writePlans(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-score-report-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function modelOf(file: string, asOf = '2015-03-31'): ReportModel {
  return buildReportModel([file], { asOf, withFindings: true }).model;
}
