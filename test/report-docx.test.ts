// report --format docx: the Panel paper in Word, opened by a real reader. LibreOffice converts it
// to PDF and to plain text; the text has each objective's title and status word, hostile plan
// text comes through verbatim (control characters dropped), and the first two pages are saved as
// images in test-output/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { statusSymbol } from '../core/present/index';
import { containsIgnoringSpace, foldedText, pageCount, pageTexts } from './paper-pages';

const cli = join(process.cwd(), 'dist/cli.js');
const out = resolve('test-output');
const work = mkdtempSync(join(tmpdir(), 'plan-score-docx-'));

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** LibreOffice, headless, with a profile of its own: the .docx converted to `to` (pdf, or txt). */
function convert(docx: string, to: 'pdf' | 'txt:Text (encoded):UTF8'): string {
  const profile = `file://${join(work, 'profile')}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', work, docx], { encoding: 'utf8', timeout: 600_000 });
  const target = join(work, basename(docx).replace(/\.docx$/, to === 'pdf' ? '.pdf' : '.txt'));
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('convert');
  return target;
}

const hostileTitle = `Keep <script>alert("x")</script> & </w:t><w:p><w:r><w:t>injected ${'long title '.repeat(910)}end`;
const controlTitle = 'Bell\u0007 and\u0001 escape\u001b characters';
function hostilePlan(): string {
  return `plan:
  id: hostile
  title: ${JSON.stringify(hostileTitle)}
  period: {start: 2013-04-01, end: 2017-03-31}
objectives:
  - id: O1
    title: ${JSON.stringify(controlTitle)}
    description: "</w:t></w:r></w:p><w:p><w:r><w:t>statement <b>bold</b>"
    partners: [Councils]
    due: 2017-03-31
    measures:
      - id: O1.1
        title: "<img src=x onerror=alert(1)> crimes ]]> <![CDATA["
        tier: high-level
        type: count
        better: lower
        frequency: annual
        baseline: {period: FY2012-13, value: 1000}
        target: {value: 900, by: 2017-03-31}
        commentary:
          - {date: 2014-05-01, text: "Figures </w:t> rose & fell"}
        data:
          - {period: FY2013-14, value: 950}
`;
}

let samplePdf = '';
let sampleText = '';

beforeAll(() => {
  for (const script of ['ensure-chromium.sh', 'ensure-poppler.sh', 'ensure-libreoffice.sh']) execFileSync('sh', [join('scripts', script)], { stdio: 'inherit', timeout: 900_000 });
  mkdirSync(out, { recursive: true });
}, 2_700_000);

describe('report --format docx', () => {
  it('LibreOffice opens the paper: every objective title and status word, and page images of its first two pages', () => {
    const docx = join(out, 'panel-paper.docx');
    const r = run(['report', 'plans/west-mercia-2013-17.plan.yaml', '--as-of', '2015-03-31', '--since', '2014-12-31', '--format', 'docx', '--output', docx]);
    expect(r.stderr).toBe(`plan-score: wrote ${docx}\n`);
    expect(r.code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
    samplePdf = convert(docx, 'pdf');
    sampleText = foldedText(samplePdf);
    const score = JSON.parse(run(['score', 'plans/west-mercia-2013-17.plan.yaml', '--as-of', '2015-03-31', '--format', 'json']).stdout);
    for (const o of score.plans[0].objectives) {
      expect(containsIgnoringSpace(sampleText, `${o.id} ${o.title}: ${statusSymbol(o.status)} ${o.status}`), o.id).toBe(true);
      for (const m of o.measures) expect(containsIgnoringSpace(sampleText, m.status), m.id).toBe(true);
    }
    expect(sampleText).toContain('How to read this report');
    expect(sampleText).toContain('Since the last report (as of 31 December 2014)');
    const pages = pageTexts(samplePdf);
    expect(pages[0]).toContain('Page 1 of');
    // the key on page 1 or 2, after what changed and before the first objective
    expect(pages.slice(0, 2).join(' ')).toContain('How to read this report');
    // the charts are images (Chromium is here): no chart left in words
    expect(sampleText).not.toContain('no browser was available');
    for (const n of [1, 2]) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', samplePdf, join(out, `word-paper-page-${n}`)]);
    expect(readFileSync(join(out, 'word-paper-page-1.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readFileSync(join(out, 'word-paper-page-2.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pageCount(samplePdf)).toBeGreaterThan(score.plans[0].objectives.length);
  }, 1_200_000);

  it('hostile plan text comes out verbatim, control characters dropped, and the files still open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-score-hostile-'));
    writeFileSync(join(dir, 'hostile.plan.yaml'), hostilePlan());
    const docx = join(work, 'hostile.docx');
    const pdf = join(work, 'hostile-chromium.pdf');
    expect(run(['report', join(dir, 'hostile.plan.yaml'), '--as-of', '2015-03-31', '--output', docx]).code).toBe(0);
    expect(run(['report', join(dir, 'hostile.plan.yaml'), '--as-of', '2015-03-31', '--output', pdf]).code).toBe(0);
    const wordText = readFileSync(convert(docx, 'txt:Text (encoded):UTF8'), 'utf8');
    const wordPdfText = foldedText(convert(docx, 'pdf'));
    const chromiumText = foldedText(pdf);
    const expected = [hostileTitle, 'Bell and escape characters', '</w:t></w:r></w:p><w:p><w:r><w:t>statement <b>bold</b>', '<img src=x onerror=alert(1)> crimes ]]> <![CDATA[', 'Figures </w:t> rose & fell'];
    for (const text of expected) {
      expect(wordText.includes(text), `Word text: ${text.slice(0, 40)}`).toBe(true);
      expect(containsIgnoringSpace(wordPdfText, text), `Word PDF: ${text.slice(0, 40)}`).toBe(true);
      // the HTML report (and so its PDF) shows no objective statements: the Word paper does
      if (!text.includes('statement')) expect(containsIgnoringSpace(chromiumText, text), `Chromium PDF: ${text.slice(0, 40)}`).toBe(true);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 1_200_000);

  it('without Chromium the charts are in words with a note, never a failure', () => {
    const docx = join(work, 'no-chromium.docx');
    const r = run(['report', 'plans/warwickshire-2013-17.plan.yaml', '--as-of', '2015-03-31', '--format', 'docx', '--output', docx], { PLAN_SCORE_CHROMIUM: '/nonexistent/chromium' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the charts are described in words');
    const text = readFileSync(convert(docx, 'txt:Text (encoded):UTF8'), 'utf8');
    expect(text).toContain('The chart is described in words: no browser was available to draw it when this paper was made.');
    expect(text).toMatch(/\d+ figures from \S+ to \S+; latest/);
  }, 1_200_000);
});
