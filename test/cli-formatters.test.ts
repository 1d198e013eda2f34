import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { allRules, builtInFindings } from '../core/rules/index';
import type { Finding } from '../core/types';
import { checkFormatters, type FormatOptions } from '../cli/formatters/index';
import { github, escapeData, escapeProperty } from '../cli/formatters/github';
import { json } from '../cli/formatters/json';
import { junit } from '../cli/formatters/junit';
import { sarif } from '../cli/formatters/sarif';
import { stylish } from '../cli/formatters/stylish';

const tricky = 'Objective "O1" <Reduce crime & disorder>, has no measure: add one\nthen list its partners';
const spaced = 'plans/west mercia.plan.yaml';

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'measurable-objective',
    severity: 'error',
    message: 'message',
    file: spaced,
    path: ['objectives', 0],
    range: { start: { line: 3, column: 5 }, end: { line: 3, column: 17 } },
    offsets: { start: 40, end: 52 },
    fixes: [{ title: 'Add a measure', edits: [{ start: 52, end: 52, text: 'measures: []' }] }],
    ...over,
  };
}

const findings: Finding[] = [
  finding({ message: tricky }),
  finding({
    rule: 'stale-data',
    severity: 'warning',
    message: "The latest point is 100% old, it's from 2014-06",
    path: ['objectives', 0, 'measures', 2],
    range: { start: { line: 41, column: 9 }, end: { line: 41, column: 30 } },
  }),
  finding({
    rule: 'early-wins',
    severity: 'info',
    message: 'No objective is marked earlyWin',
    file: 'plans/north-wales.plan.yaml',
    path: ['objectives'],
    range: { start: { line: 12, column: 1 }, end: { line: 12, column: 12 } },
  }),
];

const files = [spaced, 'plans/north-wales.plan.yaml', 'plans/dyfed powys.plan.yaml'];
const options: FormatOptions = { cwd: '/home/officer/plans-repo', version: '0.1.0', files };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('checkFormatters', () => {
  it('offers the five formats of DESIGN §6', () => {
    expect(Object.keys(checkFormatters).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
  });

  it('are pure: the same output twice, and the findings left untouched', () => {
    const frozen = deepFreeze(structuredClone(findings));
    for (const format of Object.values(checkFormatters)) {
      const first = format(frozen, options);
      expect(format(frozen, options)).toBe(first);
      expect(first.endsWith('\n')).toBe(true);
    }
    expect(frozen).toEqual(findings);
  });
});

describe('stylish', () => {
  const plain = stylish(findings, { ...options, color: false });

  it('has no escape codes without colour', () => {
    expect(plain).not.toContain('\u001b');
    expect(stylish(findings, {})).not.toContain('\u001b');
  });

  it('groups by file with a header line and aligned columns', () => {
    const lines = plain.split('\n');
    const header = lines.indexOf(spaced);
    expect(header).toBeGreaterThanOrEqual(0);
    const errorRow = lines[header + 1];
    const continuation = lines[header + 2];
    const warningRow = lines[header + 3];
    expect(errorRow).toMatch(/^ {2}3:5 {3}error {4}Objective "O1" <Reduce crime & disorder>, has no measure: add one +measurable-objective$/);
    expect(warningRow).toMatch(/^ {2}41:9 {2}warning {2}The latest point is 100% old, it's from 2014-06 +stale-data$/);
    // Columns line up: the message and the rule id start at the same place on both rows.
    expect(errorRow.indexOf('Objective')).toBe(warningRow.indexOf('The latest'));
    expect(errorRow.indexOf('measurable-objective')).toBe(warningRow.indexOf('stale-data'));
    // The second line of a message sits under the message column.
    expect(continuation.trim()).toBe('then list its partners');
    expect(continuation.indexOf('then')).toBe(errorRow.indexOf('Objective'));

    const other = lines.indexOf('plans/north-wales.plan.yaml');
    expect(other).toBeGreaterThan(header);
    expect(lines[other + 1]).toBe('  12:1  info  No objective is marked earlyWin  early-wins');
    // A file without findings gets no header.
    expect(plain).not.toContain('dyfed powys');
  });

  it('ends with the summary line', () => {
    expect(plain.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (1 error, 1 warning, 1 info)');
    const two = stylish([findings[0], findings[0]], { color: false });
    expect(two.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (2 errors, 0 warnings, 0 infos)');
    expect(stylish(findings.filter((f) => f.severity === 'info'), { color: false }).trimEnd().split('\n').at(-1)).toMatch(/^ℹ \d+ problems? \(0 errors, 0 warnings, /);
    expect(stylish(findings.filter((f) => f.severity === 'warning'), { color: false }).trimEnd().split('\n').at(-1)).toMatch(/^⚠ \d+ problems? \(0 errors, /);
  });

  it('colours severities and dims rule ids when asked', () => {
    const coloured = stylish(findings, { ...options, color: true });
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(coloured).toContain('\u001b[36minfo');
    expect(coloured).toContain('\u001b[2mmeasurable-objective\u001b[22m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('does not pass control characters from plan text to the terminal', () => {
    const out = stylish([finding({ message: 'id \u001b[2J"O1"' })], { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('id \\x1b[2J"O1"');
  });

  it('says so when there is nothing to report', () => {
    expect(stylish([], { color: false, files })).toBe('✔ No problems found in 3 files\n');
    expect(stylish([], { color: false })).not.toContain('\u001b');
  });
});

describe('json', () => {
  it('prints exactly {"findings": [...]} with the fields of DESIGN §6', () => {
    const parsed = JSON.parse(json(findings, options));
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings).toHaveLength(3);
    for (const f of parsed.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'file', 'path', 'range']);
    }
    expect(parsed.findings[0]).toEqual({
      rule: 'measurable-objective',
      severity: 'error',
      message: tricky,
      file: spaced,
      path: ['objectives', 0],
      range: { start: { line: 3, column: 5 }, end: { line: 3, column: 17 } },
    });
    expect(parsed.findings[1].path).toEqual(['objectives', 0, 'measures', 2]);
  });

  it('prints an empty list when all is well', () => {
    expect(JSON.parse(json([], {}))).toEqual({ findings: [] });
  });
});

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // unicodeRegExp: false because one pattern of the published schema is not valid in unicode mode.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false });
  const validate = ajv.compile(schema);
  // The same schema with its URI formats checked too: helpUri must then be absolute.
  const strictAjv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  strictAjv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s) && URL.canParse(s));
  strictAjv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'https://example.org/base/'));
  strictAjv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validateStrictly = strictAjv.compile(schema);

  function expectValid(log: unknown): void {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  }

  const log = JSON.parse(sarif(findings, options));
  const run = log.runs[0];

  it('validates against the official SARIF 2.1.0 schema', () => {
    expectValid(log);
    expectValid(JSON.parse(sarif([], {})));
    expectValid(JSON.parse(sarif(findings, {})));
  });

  it('fails that validation when the log is broken, so the check can fail', () => {
    const noVersion = structuredClone(log);
    delete noVersion.version;
    expect(validate(noVersion)).toBe(false);

    const badLevel = structuredClone(log);
    badLevel.runs[0].results[0].level = 'fatal';
    expect(validate(badLevel)).toBe(false);

    const badRegion = structuredClone(log);
    badRegion.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(badRegion)).toBe(false);

    const noMessage = structuredClone(log);
    delete noMessage.runs[0].results[0].message;
    expect(validate(noMessage)).toBe(false);
  });

  it('describes the tool and every rule', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = run.tool.driver;
    expect(driver.name).toBe('plan-score');
    expect(driver.version).toBe('0.1.0');
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining([...Object.keys(builtInFindings), ...allRules.map((r) => r.id)]));
    const schemaRule = driver.rules.find((r: { id: string }) => r.id === 'schema');
    expect(schemaRule).toEqual({
      id: 'schema',
      shortDescription: { text: builtInFindings.schema.description },
      helpUri: 'docs/rules/schema.md',
      defaultConfiguration: { level: 'error' },
    });
    const measurable = driver.rules.find((r: { id: string }) => r.id === 'measurable-objective');
    expect(measurable.helpUri).toBe('docs/rules/measurable-objective.md');
    // Rules not in the registry still get an entry, so every ruleIndex points somewhere.
    expect(ids).toContain('stale-data');
    expect(ids).toContain('early-wins');
  });

  it('builds helpUri from docsBaseUri', () => {
    const base = 'https://example.org/plan-score/docs/rules/';
    const other = JSON.parse(sarif(findings, { ...options, docsBaseUri: base }));
    for (const r of other.runs[0].tool.driver.rules) expect(r.helpUri).toBe(`${base}${r.id}.md`);
    expectValid(other);
    // With an absolute base every URI in the log passes the schema's format checks as well.
    expect(validateStrictly(other)).toBe(true);
    const spacedUri = structuredClone(other);
    spacedUri.runs[0].artifacts[0].location.uri = 'plans/west mercia.plan.yaml';
    expect(validateStrictly(spacedUri)).toBe(false);
  });

  it('maps each finding to a result', () => {
    expect(run.results).toHaveLength(3);
    const [first, second, third] = run.results;
    expect(first).toMatchObject({
      ruleId: 'measurable-objective',
      level: 'error',
      message: { text: tricky },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'plans/west%20mercia.plan.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 17 },
          },
        },
      ],
    });
    expect(second.level).toBe('warning');
    expect(third.level).toBe('note');
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      const location = result.locations[0].physicalLocation.artifactLocation;
      expect(run.artifacts[location.index].location.uri).toBe(location.uri);
    }
  });

  it('lists every file checked as an artifact, with the source root', () => {
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      'plans/west%20mercia.plan.yaml',
      'plans/north-wales.plan.yaml',
      'plans/dyfed%20powys.plan.yaml',
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///home/officer/plans-repo/');
  });

  it('makes absolute paths relative to cwd, and gives a file URI outside it', () => {
    const inside = finding({ file: '/home/officer/plans-repo/plans/a b.plan.yaml' });
    const outside = finding({ file: '/srv/other/c.plan.yaml' });
    const out = JSON.parse(sarif([inside, outside], { cwd: '/home/officer/plans-repo' }));
    const [a, b] = out.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);
    expect(a).toMatchObject({ uri: 'plans/a%20b.plan.yaml', uriBaseId: '%SRCROOT%' });
    expect(b.uri).toBe('file:///srv/other/c.plan.yaml');
    expect(b.uriBaseId).toBeUndefined();
    expectValid(out);
  });
});

describe('junit', () => {
  const xml = junit(findings, options);
  const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;

  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('testsuites');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  });

  it('notices broken XML, so the check above can fail', () => {
    // jsdom's XML parser throws on a document that is not well-formed.
    expect(() => new JSDOM('<testsuites><testsuite name="a & b"></testsuites>', { contentType: 'text/xml' })).toThrow();
    expect(() => new JSDOM('<testsuites><failure>1 < 2</failure></testsuites>', { contentType: 'text/xml' })).toThrow();
  });

  it('has one testsuite per file and one testcase per finding', () => {
    const suites = [...doc.getElementsByTagName('testsuite')];
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(files);
    expect(suites.map((s) => s.getElementsByTagName('testcase').length)).toEqual([2, 1, 1]);
    expect(suites.map((s) => s.getAttribute('tests'))).toEqual(['2', '1', '1']);
    expect(suites.map((s) => s.getAttribute('failures'))).toEqual(['2', '0', '0']);
    expect(doc.documentElement.getAttribute('tests')).toBe('4');
    expect(doc.documentElement.getAttribute('failures')).toBe('2');
  });

  it('fails errors and warnings, passes information and clean files', () => {
    const failures = [...doc.getElementsByTagName('failure')];
    expect(failures).toHaveLength(2);
    expect(failures[0].getAttribute('message')).toBe(tricky);
    expect(failures[0].getAttribute('type')).toBe('error');
    expect(failures[0].textContent).toContain(tricky);
    expect(failures[1].getAttribute('type')).toBe('warning');

    const suites = doc.getElementsByTagName('testsuite');
    const infoCase = suites[1].getElementsByTagName('testcase')[0];
    expect(infoCase.getElementsByTagName('failure')).toHaveLength(0);
    expect(infoCase.textContent).toContain('No objective is marked earlyWin');
    const clean = suites[2].getElementsByTagName('testcase');
    expect(clean).toHaveLength(1);
    expect(clean[0].getElementsByTagName('failure')).toHaveLength(0);
    expect(clean[0].getAttribute('classname')).toBe('plans/dyfed powys.plan.yaml');
  });

  it('escapes everything, including characters XML cannot hold', () => {
    expect(xml).not.toContain('<Reduce');
    expect(xml).toContain('&lt;Reduce crime &amp; disorder&gt;');
    const odd = junit([finding({ message: 'bell\u0007 "q" \'a\' ]]> \ud800', file: 'a<b>&"c".plan.yaml' })], {});
    const parsed = new JSDOM(odd, { contentType: 'text/xml' }).window.document;
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.getElementsByTagName('testsuite')[0].getAttribute('name')).toBe('a<b>&"c".plan.yaml');
    expect(parsed.getElementsByTagName('failure')[0].getAttribute('message')).toBe('bell\ufffd "q" \'a\' ]]> \ufffd');
  });

  it('is a valid empty report when nothing was checked', () => {
    const empty = new JSDOM(junit([], {}), { contentType: 'text/xml' }).window.document;
    expect(empty.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(empty.documentElement.getAttribute('tests')).toBe('0');
  });
});

describe('github', () => {
  it('escapes data and properties as workflow commands require', () => {
    expect(escapeData('100%\r\nnext: a, b')).toBe('100%25%0D%0Anext: a, b');
    expect(escapeProperty('100%\r\nnext: a, b')).toBe('100%25%0D%0Anext%3A a%2C b');
  });

  it('prints one annotation per finding', () => {
    const lines = github(findings, options).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(
      '::error file=plans/west mercia.plan.yaml,line=3,col=5,endLine=3,endColumn=17,title=measurable-objective::' +
        'Objective "O1" <Reduce crime & disorder>, has no measure: add one%0Athen list its partners',
    );
    expect(lines[1]).toBe(
      "::warning file=plans/west mercia.plan.yaml,line=41,col=9,endLine=41,endColumn=30,title=stale-data::The latest point is 100%25 old, it's from 2014-06",
    );
    expect(lines[2]).toBe(
      '::notice file=plans/north-wales.plan.yaml,line=12,col=1,endLine=12,endColumn=12,title=early-wins::No objective is marked earlyWin',
    );
  });

  it('escapes file names and makes them relative to cwd', () => {
    const out = github([finding({ file: '/repo/plans/a,b:c%.plan.yaml', message: 'x\ry' })], { cwd: '/repo' });
    expect(out).toBe('::error file=plans/a%2Cb%3Ac%25.plan.yaml,line=3,col=5,endLine=3,endColumn=17,title=measurable-objective::x%0Dy\n');
  });

  it('prints nothing when all is well', () => {
    expect(github([], options)).toBe('');
  });
});
