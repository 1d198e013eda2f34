// Plans on which every rule fires: the sample plans, and one small example for each rule that
// does not fire on them. Shared by the tests that must cover every rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure, objective, plan, qualitative } from './helpers';

const sixteen = Array.from({ length: 16 }, (_, i) => objective(`O${i + 1}`, [measure(`O${i + 1}.1`)]));
const survey = (fields: Record<string, string | null>) =>
  measure('O1.1', { type: 'proportion', unit: null, better: 'higher', frequency: 'quarterly', baseline: '{period: FY2012-13, value: 80}', target: '{value: 85, by: 2017-03-31}', ...fields });

/** Twelve months of 3,700 crimes to 2015-02: off track against the helpers' target as of 2015-03-31. */
const redYear = `[${Array.from({ length: 12 }, (_, i) => `{period: ${i < 10 ? '2014' : '2015'}-${String(((i + 2) % 12) + 1).padStart(2, '0')}, value: 3700}`).join(', ')}]`;

/** One small plan on which each rule fires (rules that fire on the sample plans need none). */
export const examples: Record<string, string> = {
  'measurable-objective': plan([objective('O1', [measure('O1.1', { baseline: null, target: null }), qualitative('O1.2')])]),
  'unique-ids': plan([objective('O1'), objective('O1', [measure('O1.3'), qualitative('O1.4')])]),
  'known-references': plan([objective('O1', [measure('O1.1'), measure('O1.3', { tier: 'detailed', supports: 'O9.9' }), qualitative('O1.2')])]),
  'time-bound-target': plan([objective('O1', [measure('O1.1', { target: '{value: 41800, by: 2019-03-31}' }), qualitative('O1.2')])]),
  'target-needs-baseline': plan([objective('O1', [measure('O1.1', { baseline: null }), qualitative('O1.2')])]),
  'monitor-needs-reason': plan([objective('O1', [measure('O1.1', { target: null, monitor: '{}' }), qualitative('O1.2')])]),
  'target-already-met': plan([objective('O1', [measure('O1.1', { baseline: '{period: FY2012-13, value: 40000}' }), qualitative('O1.2')])]),
  'perception-only': plan([objective('O1', [survey({ data: '[{period: 2014-Q1, value: 81, sample: 500}]' }), qualitative('O1.2')])]),
  'partners-named': plan([objective('O1', undefined, { partners: null })]),
  'max-high-level-measures': plan(sixteen),
  'survey-needs-sample': plan([objective('O1', [survey({ title: 'Feeling safe (survey)', data: '[{period: 2014-Q1, value: 81}]' }), qualitative('O1.2')])]),
  'duplicate-period': plan([objective('O1', [measure('O1.1', { data: '[{period: 2014, value: 41000}, {period: 2014, value: 41500}]' }), qualitative('O1.2')])]),
  'data-gap': plan([objective('O1', [measure('O1.1', { frequency: 'monthly', data: '[{period: 2015-01, value: 3400}, {period: 2015-03, value: 3500}]' }), qualitative('O1.2')])]),
  'frequency-mismatch': plan([objective('O1', [measure('O1.1', { frequency: 'monthly', data: '[{period: 2015-01, value: 3400}, {period: FY2014-15, value: 41000}]' }), qualitative('O1.2')])]),
  'override-lapsed': plan([objective('O1', [measure('O1.1', { override: '{status: at-risk, reason: Recording audit, date: 2014-12-01}', data: '[{period: 2014, value: 41000}]' }), qualitative('O1.2')])]),
  'off-track-needs-action': plan([objective('O1', [measure('O1.1', { frequency: 'monthly', data: redYear }), qualitative('O1.2')])]),
  'action-overdue': plan([objective('O1', undefined, { actions: '[{id: A1.1, title: Burglary reduction week, status: in-progress, due: 2015-01-31}]' })]),
  'recommendation-unanswered': plan().replace('objectives:', '  recommendations: [{id: R1, date: 2014-06-24, text: Report on the local policing boards}]\nobjectives:'),
  placeholder: plan([objective('O1', [measure('O1.1', { title: 'TODO what is measured', baseline: '{period: TODO, value: TODO}' }), qualitative('O1.2')])]),
  'area-sum': plan([objective('O1', [measure('O1.1', { data: '[{period: 2014, value: 300}, {period: 2014, value: 100, area: north}, {period: 2014, value: 210, area: south}]' }), qualitative('O1.2')])]).replace(
    '  period:',
    '  areas: [{id: north, name: North, population: 100000}, {id: south, name: South, population: 300000}]\n  period:',
  ),
};

const root = join(__dirname, '..', '..');
const samples = ['plans', 'test/vscode/fixtures'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.plan.yaml'))
    .map((f) => ({ name: f, file: join(root, dir, f), text: readFileSync(join(root, dir, f), 'utf8') })),
);
export const corpus = [...samples, ...Object.entries(examples).map(([rule, text]) => ({ name: `example for ${rule}`, file: join(root, 'plans', 'example.plan.yaml'), text }))];

