// What is being done, in every presentation: the scorecard's counts, the report's "What is being
// done" and "Panel recommendations" (HTML with and without scripts, Markdown). Plan text is hostile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../cli/commands/report';
import { markdown as scorecardMarkdown } from '../cli/scorecard/markdown';
import { table } from '../cli/scorecard/table';
import { reportHtml } from '../core/report/html';
import { reportMarkdown } from '../core/report/markdown';
import type { ReportModel } from '../core/report/model';
import { writePlans } from './report-fixtures';

const scriptTitle = '<script>alert("action")</script>';
const pipedText = 'Report <b>back</b> | on the boards & more';

// As of 2015-03-31. O1.1: baseline FY2012-13 (ends 2013-03-31) 44,000, target 41,800 by
// 2017-03-31; expected at 2015-02-28 = 44000 − 2200 × 699 / 1461 = 42,947.4. Twelve months of
// 3,700 total 44,400: worse than expected, off track.
const months = Array.from({ length: 12 }, (_, i) => {
  const m = 2 + i;
  return `          - {period: ${2014 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}, value: 3700}\n`;
}).join('');

const planText = `plan:
  id: actions-2013-17
  title: Plan with actions
  period: {start: 2013-04-01, end: 2017-03-31}
  recommendations:
    - {id: R1, date: 2014-06-24, from: Police and Crime Panel, text: Local policing boards report, response: {date: 2014-07-15, accepted: yes, text: Report in December}, due: 2014-12-31, closed: 2015-01-20}
    - {id: R2, date: 2015-03-02, text: ${JSON.stringify(pipedText)}}
    - {id: R3, date: 2014-02-14, text: Magistrates action plan, response: {date: 2014-03-10, accepted: partly, text: Shared once agreed}, due: 2015-03-30}
    - {id: R4, date: 2014-02-14, text: Five-year knife crime trends, response: {date: 2014-03-10, accepted: no}, due: 2015-06-30}
    - {id: R5, date: 2015-04-01, text: Made after the date}
objectives:
  - id: O1
    title: Reduce burglary
    partners: [Councils]
    due: 2017-03-31
    earlyWin: true
    actions:
      - id: A1
        title: ${JSON.stringify(scriptTitle)}
        owner: Superintendent, Operations
        due: 2015-03-30
        status: in-progress
        measures: [O1.1]
        recommendation: R3
        updates:
          - {date: 2015-01-10, text: Two weeks held}
          - {date: 2015-03-01, text: "Three weeks held <img src=x onerror=alert(1)>"}
          - {date: 2015-04-02, text: Written after the date}
      - {id: A2, title: Target hardening, owner: Crime Prevention, due: 2015-06-30, status: planned, measures: [O1.1, O1.2]}
      - {id: A3, title: Done already, status: done, done: 2015-01-15, due: 2015-01-31}
    measures:
      - id: O1.1
        title: Burglary
        tier: high-level
        type: count
        better: lower
        unit: crimes
        frequency: monthly
        baseline: {period: FY2012-13, value: 44000}
        target: {value: 41800, by: 2017-03-31}
        data:
${months}      - id: O1.2
        title: Watch schemes
        tier: high-level
        type: qualitative
        frequency: quarterly
        evidence: [{date: 2015-03-01, summary: Schemes lapsed, assessment: off-track}]
  - id: O2
    title: Support victims
    partners: [Victim Support]
    due: 2017-03-31
    measures:
      - id: O2.1
        title: Victims' services
        tier: high-level
        type: qualitative
        frequency: quarterly
        evidence: [{date: 2015-03-01, summary: Services live, assessment: on-track}]
`;

let model: ReportModel;
beforeAll(() => {
  const dir = writePlans({ 'actions.plan.yaml': planText });
  model = buildReportModel([join(dir, 'actions.plan.yaml')], { asOf: '2015-03-31' }).model;
});

const rows = (doc: Document, selector: string) => [...doc.querySelectorAll(`${selector} tbody tr`)].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('the scorecard', () => {
  it('counts each objective\'s actions with the overdue ones, and the plan\'s recommendations by state', () => {
    const result = { asOf: model.asOf, plans: model.plans, findings: [] };
    const text = table(result, { width: 120 });
    // A1 due 2015-03-30, before 2015-03-31, in progress: overdue. A2 due later, A3 done.
    expect(text).toMatch(/O1 Reduce burglary · 3 actions \(1 overdue\)/);
    expect(text).not.toMatch(/O2 Support victims ·/);
    // R3 answered, due 2015-03-30: overdue; R2 unanswered; R4 answered, due later: open; R1 closed; R5 after the date
    expect(text).toContain('Panel recommendations: 1 overdue, 1 awaiting response, 1 open, 1 closed');
    const md = scorecardMarkdown(result);
    expect(md).toContain('**O1 Reduce burglary** · 3 actions (1 overdue)');
    expect(md).toContain('**Panel recommendations:** 1 overdue, 1 awaiting response, 1 open, 1 closed');
  });
});

describe('the HTML report', () => {
  let html = '';
  let markup = '';
  beforeAll(async () => {
    const { staticMarkup } = await import('../view/static');
    markup = staticMarkup(model);
    html = reportHtml(model, { viewJs: readFileSync('dist/view.js', 'utf8'), markup });
  });

  for (const scripts of [false, true]) {
    describe(scripts ? 'drawn by the script' : 'as markup, without scripts', () => {
      let doc: Document;
      beforeAll(() => {
        doc = new JSDOM(html, scripts ? { runScripts: 'dangerously', beforeParse: (w) => void (w.alert = () => { throw new Error('alert ran'); }) } : {}).window.document;
      });

      it('lists what is being done under each objective: owner, due, status, latest update, measures', () => {
        const section = doc.querySelector('.ps-objective[data-objective-id="O1"]')!;
        expect([...section.querySelectorAll('h4')].map((h) => h.textContent)).toContain('What is being done');
        expect(rows(section as unknown as Document, '.ps-actions')).toEqual([
          [`A1 ${scriptTitle}Answers recommendation R3`, 'Superintendent, Operations', '30 March 2015', 'in progress, overdue', 'Three weeks held <img src=x onerror=alert(1)>1 March 2015', 'O1.1'],
          ['A2 Target hardening', 'Crime Prevention', '30 June 2015', 'planned', '–', 'O1.1, O1.2'],
          ['A3 Done already', '–', '31 January 2015', 'done15 January 2015', '–', '–'],
        ]);
        expect(section.querySelector('tr[data-action-id="A1"]')!.getAttribute('data-overdue')).toBe('true');
        expect(doc.querySelector('.ps-objective[data-objective-id="O2"] .ps-actions')).toBeNull();
      });

      it('puts the open actions beside each red measure, and says when there are none', () => {
        expect(doc.querySelector('.ps-chart[data-measure-id="O1.1"] .ps-being-done')!.textContent).toBe(
          `What is being done: A1 ${scriptTitle} (in progress, overdue, due 30 March 2015, Superintendent, Operations); A2 Target hardening (planned, due 30 June 2015, Crime Prevention)`,
        );
        expect(doc.querySelector('.ps-evidence[data-measure-id="O1.2"] .ps-being-done')!.textContent).toBe('What is being done: A2 Target hardening (planned, due 30 June 2015, Crime Prevention)');
        expect(doc.querySelector('.ps-evidence[data-measure-id="O2.1"] .ps-being-done')).toBeNull();
      });

      it('has a plan-level table of Panel recommendations, overdue first', () => {
        expect([...doc.querySelectorAll('.ps-plan h3')].map((h) => h.textContent)).toContain('Panel recommendations');
        expect(rows(doc, '.ps-recommendations')).toEqual([
          ['14 February 2014', 'R3 Magistrates action plan', 'Shared once agreed10 March 2014', 'partly accepted', '30 March 2015', 'overdue'],
          ['2 March 2015', `R2 ${pipedText}`, 'No response yet', '–', '–', 'awaiting response'],
          ['14 February 2014', 'R4 Five-year knife crime trends', 'Answered10 March 2014', 'not accepted', '30 June 2015', 'open'],
          ['24 June 2014', 'R1 Local policing boards reportFrom the Police and Crime Panel', 'Report in December15 July 2014', 'accepted', '31 December 2014', 'closed20 January 2015'],
        ]);
      });

      it('keeps the plan text inert: no element or handler from an action title or update', () => {
        expect(doc.querySelectorAll('img, b')).toHaveLength(0);
        expect(doc.querySelectorAll('script')).toHaveLength(2);
        for (const element of doc.querySelectorAll('*')) for (const attr of element.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
      });
    });
  }

  it('writes the action title as text in the markup', () => {
    expect(markup).toContain('&lt;script&gt;alert(&quot;action&quot;)&lt;/script&gt;');
    expect(markup).not.toContain(scriptTitle);
  });
});

describe('the Markdown report', () => {
  let md = '';
  beforeAll(() => {
    md = reportMarkdown(model);
  });

  it('has "What is being done" under the objective, with the script tag escaped', () => {
    const start = md.indexOf('What is being done:');
    expect(start).toBeGreaterThan(md.indexOf('### O1 '));
    expect(start).toBeLessThan(md.indexOf('### O2 '));
    const table = md.slice(start).split('\n').slice(2, 7);
    expect(table).toEqual([
      '| Action | Owner | Due | Status | Latest update | Meant to move |',
      '| --- | --- | --- | --- | --- | --- |',
      '| **A1** \\<script\\>alert("action")\\</script\\> (answers recommendation R3) | Superintendent, Operations | 30 March 2015 | in progress, overdue | 1 March 2015: Three weeks held \\<img src=x onerror=alert(1)\\> | O1.1 |',
      '| **A2** Target hardening | Crime Prevention | 30 June 2015 | planned | – | O1.1, O1.2 |',
      '| **A3** Done already | – | 31 January 2015 | done (15 January 2015) | – | – |',
    ]);
    expect(md).not.toContain(scriptTitle);
  });

  it('says what is being done beside each red measure', () => {
    expect(md).toContain('- **O1.1** Burglary is off-track. What is being done: **A1** \\<script\\>alert("action")\\</script\\> (in progress, overdue, due 30 March 2015, Superintendent, Operations); **A2** Target hardening (planned, due 30 June 2015, Crime Prevention)');
  });

  it('has the Panel recommendations table, overdue first, pipes escaped', () => {
    const start = md.indexOf('### Panel recommendations');
    expect(start).toBeGreaterThan(0);
    const lines = md.slice(start).split('\n').slice(4, 8);
    expect(lines[0]).toBe('| 14 February 2014 | **R3** Magistrates action plan | 10 March 2014: Shared once agreed | partly accepted | 30 March 2015 | **overdue** |');
    expect(lines[1]).toBe('| 2 March 2015 | **R2** Report \\<b\\>back\\</b\\> \\| on the boards &amp; more | No response yet | – | – | **awaiting response** |');
    expect(lines[3]).toBe('| 24 June 2014 | **R1** Local policing boards report (Police and Crime Panel) | 15 July 2014: Report in December | accepted | 31 December 2014 | **closed** (20 January 2015) |');
  });
});
