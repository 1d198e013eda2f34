// The Markdown report: summary, a table per objective with status words, evidence, comparisons
// (tables and funnel plots in words, as the HTML report has them), findings, as-of and sources.
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { reportMarkdown } from '../core/report/markdown';
import { markdownCell as cellText } from '../core/present/index';
import type { ReportModel } from '../core/report/model';
import { brokenPlan, hostile, hostilePlan, modelOf, writePlans } from './report-fixtures';
import { buildReportModel } from '../cli/commands/report';
import { staticMarkup } from '../view/static';

/** The rows of the table that follows a heading line starting with `heading`. */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  let i = lines.findIndex((l) => l.startsWith(heading));
  expect(i, heading).toBeGreaterThanOrEqual(0);
  while (!lines[i].startsWith('|')) i++;
  const rows: string[][] = [];
  for (i += 2; lines[i]?.startsWith('|'); i++) {
    // Split on pipes not escaped with a backslash.
    rows.push(lines[i].slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  return rows;
}

describe('reportMarkdown', () => {
  const dir = writePlans({ 'hostile.plan.yaml': hostilePlan, 'broken.plan.yaml': brokenPlan });
  const model: ReportModel = modelOf(join(dir, 'hostile.plan.yaml'));
  const markdown = reportMarkdown(model);

  it('starts with the title and the as-of date, and summarises by status', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Plan \\<b\\>with\\</b\\> | pipes &amp; \\</script\\>');
    expect(markdown).toContain('As of 31 March 2015.');
    expect(markdown).toContain('**Objectives:** 2 on-track');
    expect(markdown).toContain('**Measures:** 3 on-track');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('has a table per objective with the status word on each row', () => {
    for (const objective of model.plans[0].objectives) {
      const rows = tableAfter(markdown, `### ${objective.id} `);
      expect(rows).toHaveLength(objective.measures.length);
      objective.measures.forEach((m, i) => {
        expect(rows[i]).toHaveLength(7);
        expect(rows[i][0]).toMatch(new RegExp(` ${m.status}$`));
        expect(rows[i][1]).toContain(`**${m.id}**`);
      });
    }
    const o1 = tableAfter(markdown, '### O1 ')[0];
    expect(o1[2]).toBe('42,004 crimes in the 12 months to March 2015');
    // 42,004 against 44,440 the twelve months before: 2,436 fewer, 5.48%, a significant fall where lower is better;
    // the year to date is the whole of 2014/15 as of March 2015, the same comparison, so it is not said twice
    expect(o1[5]).toBe('▼ down 5.5% on the previous 12 months: better, beyond normal variation');
  });

  it('lists the latest commentary as of the date, and the reasons for monitoring, under each objective', () => {
    const dir = writePlans({ 'hostile.plan.yaml': hostilePlan });
    const md = reportMarkdown(modelOf(join(dir, 'hostile.plan.yaml')));
    const lines = md.slice(md.indexOf('Commentary:')).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Commentary:', '']);
    expect(lines[2]).toMatch(/^- \*\*O1\.1\*\* .*, commentary of 10 February 2015: /);
    expect(lines[2]).toContain('commentary of 10 February 2015: \\<img src=x onerror=alert(3)\\> &amp; "quoted" | piped'); // escaped as the rest of the report
    expect(lines[2]).not.toMatch(/(^|[^\\])<img/);
    expect(lines[3]).toBe('');
    expect(md).not.toContain('A comment after the as-of date');
    const samples = reportMarkdown(buildReportModel(['plans/nottinghamshire-2015-18.plan.yaml'], { asOf: '2016-03-31' }).model);
    expect(samples).toContain('- **O4.2** Residents who say people using or dealing drugs is a very or fairly big problem: no target, by decision. A perception that follows media coverage');
  });

  it('escapes pipes and folds newlines so that cells stay cells', () => {
    expect(cellText('a | b\nc\r\nd')).toBe('a \\| b c d');
    const overview = tableAfter(markdown, '| Status | Objective |');
    expect(overview).toHaveLength(2);
    expect(overview[1][1]).toBe('**O2** Victims \\| witnesses and a second line');
    // Hostile text is shown, not acted on: no raw tag survives.
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|b>|!--|\/script)/i);
    expect(markdown).toContain(cellText(hostile.measureTitle));
  });

  it('lists evidence newest first, with only http(s) links', () => {
    const at = markdown.indexOf('Qualitative evidence:');
    const block = markdown.slice(at, markdown.indexOf('\n\n###', at) === -1 ? undefined : markdown.indexOf('\n\n###', at));
    expect(block.indexOf('15 January 2015')).toBeLessThan(block.indexOf('30 June 2014'));
    expect(block).toContain(`<${hostile.goodLink}>`);
    expect(block).toContain('(javascript:alert(1))');
    expect(block).not.toContain('](javascript');
    expect(block).not.toContain('<javascript');
  });

  it('lists findings, the as-of date and the source files', () => {
    expect(markdown).toContain(`## Findings (${model.findings.length})`);
    for (const f of model.findings) expect(markdown).toContain(`(${f.rule})`);
    expect(markdown).toContain('Evaluated as of 31 March 2015 (2015-03-31)');
    expect(markdown).toContain(`- \`${join(dir, 'hostile.plan.yaml')}\``);
  });

  it('reports what it can of a broken plan, with its schema findings', () => {
    const { model: broken } = buildReportModel([join(dir, 'broken.plan.yaml')], { asOf: '2015-03-31', withFindings: true });
    const text = reportMarkdown(broken);
    expect(text).toContain('No measures.');
    expect(text).toMatch(/\*\*error\*\* `[^`]*broken\.plan\.yaml:\d+:\d+` .*\(schema\)/);
    expect(reportMarkdown({ asOf: '2015-03-31', plan: undefined, findings: [] })).toContain('Nothing to score');
  });

  it('has no chart', () => {
    expect(markdown).not.toMatch(/canvas|!\[/);
  });
});

describe('reportMarkdown: comparisons with local areas and the Most Similar Group', () => {
  const { model } = buildReportModel(['plans/west-midlands-2014-variation.plan.yaml'], { asOf: '2015-03-31' });
  const markdown = reportMarkdown(model);
  const html = new JSDOM(`<main>${staticMarkup(model)}</main>`).window.document;

  /** The HTML report's comparison table for a measure: its header cells and each row's cells, as text. */
  function htmlTable(measureId: string, kind: string): { heads: string[]; rows: string[][]; words: string[] } {
    const figure = html.querySelector(`figure.ps-funnel[data-measure-id="${measureId}"][data-kind="${kind}"]`)!;
    expect(figure, `${measureId} ${kind}`).not.toBeNull();
    return {
      heads: [...figure.querySelectorAll('thead th')].map((c) => c.textContent!),
      rows: [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!)),
      words: [...figure.querySelectorAll('.ps-funnel-words li')].map((li) => li.textContent!),
    };
  }

  /** The Markdown table's header, its rows (bold taken off) and the bullets of "The funnel plot in words" after it. */
  function markdownTable(heading: string): { heads: string[]; rows: string[][]; words: string[] } {
    const lines = markdown.split('\n');
    const at = lines.indexOf(heading);
    expect(at, heading).toBeGreaterThanOrEqual(0);
    const cells = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replace(/^\*\*(.*)\*\*$/, '$1'));
    const heads = cells(lines[at + 2]);
    const rows: string[][] = [];
    let i = at + 4;
    for (; lines[i].startsWith('|'); i++) rows.push(cells(lines[i]));
    expect(lines[i + 1]).toBe('The funnel plot in words:');
    const words: string[] = [];
    for (i += 3; lines[i]?.startsWith('- '); i++) words.push(lines[i].slice(2));
    return { heads, rows, words };
  }

  it('has a table of the local areas with the words of the HTML report, and the plot in words', () => {
    const md = markdownTable('**O3.1** Knife crime offences: local areas:');
    expect(md.heads).toEqual(['Local area', 'Twelve months', 'Rate per 1,000', 'Position', 'Rank', 'Direction of travel']);
    expect(md.rows).toHaveLength(7);
    // Birmingham, as the sample plan's figures give it: 843 offences in the twelve months to March
    // 2015 over its 1,101,000 people (the plan's population) is 843 / 1,101,000 × 1,000 = 0.77 per 1,000, above the
    // force's 0.60 beyond the 99.8% limit: worse (better: lower), the highest rate of the seven
    expect(md.rows[0]).toEqual(['Birmingham', '843', '0.77', 'above the 99.8% limit (worse than the force as a whole beyond chance)', '7th of 7', 'within normal variation']);
    expect(md.words[0]).toBe('The force as a whole: 0.60 per 1,000 (each at its latest twelve months).');
    expect(md.words[1]).toBe('Birmingham: 0.77 per 1,000, above the 99.8% limit (worse than the force as a whole beyond chance), 7th of 7.');
    expect(md).toEqual(htmlTable('O3.1', 'areas'));
  });

  it('has a table of the Most Similar Group, this force in bold, with the HTML report\'s words', () => {
    const heading = '**O1.1** Total recorded crime: Most Similar Group, 31 March 2015:';
    expect(markdown).toContain('| **West Midlands (this force)** | 165,300 | 58.8 | below the 99.8% limit (better than the group as a whole beyond chance) | 3rd of 8 | – |');
    const md = markdownTable(heading);
    expect(md.rows).toHaveLength(8);
    expect(md.words[0]).toBe('The group as a whole: 63.5 per 1,000 (31 March 2015).');
    expect(md).toEqual(htmlTable('O1.1', 'peers'));
  });

  it('has no comparison for a plan without areas or peers', () => {
    const { model: plain } = buildReportModel(['plans/warwickshire-2013-17.plan.yaml'], { asOf: '2015-03-31' });
    expect(reportMarkdown(plain)).not.toContain('The funnel plot in words');
  });
});
