// `check --format junit`: JUnit XML, one testsuite per plan file and one testcase per finding.
import type { Finding } from '../../core/types';
import type { FormatOptions } from './index';
import { groupByFile } from './stylish';

/** Characters XML 1.0 cannot carry at all, even as references (also lone surrogates). */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for an element's content. */
export function escapeXmlText(text: string): string {
  return text
    .replace(notXml, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escapes text for a double- or single-quoted attribute, keeping line breaks and tabs. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attributes(attrs: Record<string, string | number>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXmlAttribute(String(v))}"`)
    .join('');
}

function testcase(f: Finding): string {
  const where = `${f.range.start.line}:${f.range.start.column}`;
  const head = `    <testcase${attributes({ classname: f.file, name: `${where} ${f.rule}`, file: f.file, line: f.range.start.line })}>`;
  const detail = `${f.file}:${where} ${f.severity} ${f.message} (${f.rule})`;
  if (f.severity === 'info') {
    // Information is not a failure: the test passes and carries the note as output.
    return `${head}\n      <system-out>${escapeXmlText(detail)}</system-out>\n    </testcase>`;
  }
  return (
    `${head}\n` +
    `      <failure${attributes({ message: f.message, type: f.severity })}>${escapeXmlText(detail)}</failure>\n` +
    `    </testcase>`
  );
}

export function junit(findings: Finding[], options: FormatOptions = {}): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, list] of groupByFile(findings, options.files)) {
    const failed = list.filter((f) => f.severity !== 'info').length;
    const cases =
      list.length > 0
        ? list.map(testcase)
        : [`    <testcase${attributes({ classname: file, name: 'plan-score check', file })}/>`];
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite${attributes({ name: file, tests: cases.length, failures: failed, errors: 0, skipped: 0 })}>\n` +
        `${cases.join('\n')}\n` +
        `  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites${attributes({ name: 'plan-score check', tests, failures, errors: 0 })}>\n` +
    suites.map((s) => `${s}\n`).join('') +
    `</testsuites>\n`
  );
}
