// The plan file format (DESIGN §3) as schema/plan.schema.json states it: what passes, what fails,
// and that every key carries a description an officer can read on hover.
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../schema/plan.schema.json';
import { checkAgainstSchema } from '../core/schema-check';

// As strict as the core's own validator: unknown keywords, loose types and undefined required
// properties all stop the schema compiling.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addVocabulary(['markdownDescription']);
const validate = ajv.compile(schema);

type Json = Record<string, any>;

/** The example of DESIGN §3, with its commented alternatives as further measures. */
function example(): Json {
  return {
    plan: {
      id: 'west-mercia-2013-17',
      title: 'Police and Crime Plan for West Mercia 2013-2017',
      area: 'West Mercia',
      commissioner: 'Bill Longmore',
      period: { start: '2013-04-01', end: '2017-03-31' },
      version: 'draft',
    },
    objectives: [
      {
        id: 'O1',
        title: 'Reduce crime and disorder',
        description: 'Fewer victims of crime across West Mercia.',
        priority: 1,
        earlyWin: true,
        owner: 'Deputy PCC',
        partners: ['Community Safety Partnerships', 'Local authorities'],
        due: '2017-03-31',
        measures: [
          {
            id: 'O1.1',
            title: 'Victim-based crime',
            tier: 'high-level',
            type: 'count',
            better: 'lower',
            unit: 'crimes',
            frequency: 'monthly',
            source: 'Force crime recording system',
            owner: 'ACC Local Policing',
            commentary: [{ date: '2015-02-10', text: 'Rise follows the recording audit; see note on 2013-05' }],
            baseline: { period: 'FY2012-13', value: 44000 },
            target: { value: 41800, by: '2017-03-31', tolerance: '2%' },
            data: [
              { period: '2013-04', value: 3650 },
              { period: '2013-05', value: 3712, note: 'Recording audit changed practice' },
            ],
          },
          {
            id: 'O1.2',
            title: 'Domestic burglary',
            tier: 'detailed',
            supports: 'O1.1',
            type: 'count',
            better: 'lower',
            baseline: { period: 2012, value: 2100 },
            target: { change: '-5%', by: '2017-03-31' },
            data: 'data/wm-domestic-burglary.csv',
          },
          {
            id: 'O1.3',
            title: 'Reported sexual offences',
            tier: 'high-level',
            type: 'count',
            better: 'higher',
            monitor: { reason: 'Targets here risk discouraging victims from reporting' },
            data: [{ period: '2013-Q2', value: 210 }],
            spc: { fixAfter: 12 },
          },
          {
            id: 'O1.4',
            title: 'People who feel safe after dark',
            tier: 'high-level',
            type: 'proportion',
            better: 'higher',
            unit: '%',
            frequency: 'quarterly',
            baseline: { period: '2013-03-31', value: 71.5 },
            target: { value: 75, by: '2017-03-31', tolerance: 1.5 },
            data: [{ period: '2013-Q3', value: 72.1, sample: 1200 }, { period: '2013-Q4', value: 72.4, of: 900 }],
          },
          {
            id: 'O1.5',
            title: 'Effective Watch schemes',
            tier: 'high-level',
            type: 'qualitative',
            frequency: 'quarterly',
            evidence: [
              { date: '2014-03-31', summary: 'Six new schemes set up', assessment: 'on-track', link: 'https://example.org/case-study' },
              { date: '2014-06-30', summary: 'Two schemes lapsed', assessment: 'at-risk' },
            ],
          },
        ],
      },
    ],
  };
}

function passes(doc: unknown): boolean {
  return validate(doc) as boolean;
}

/** The example changed by `edit` (applied to a fresh copy). */
function changed(edit: (doc: Json) => void): Json {
  const doc = example();
  edit(doc);
  return doc;
}

const m = (doc: Json, i = 0): Json => doc.objectives[0].measures[i];

function expectRejected(doc: Json) {
  expect(passes(doc)).toBe(false);
  // Every rejection reaches the officer as at least one plain-words problem.
  expect(checkAgainstSchema(doc).length).toBeGreaterThan(0);
}

describe('plan schema', () => {
  it('is draft 2020-12 with an id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(schema.title).toBeTruthy();
  });

  it('accepts the full example of the format', () => {
    expect(passes(example()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a minimal plan', () => {
    expect(passes({ plan: { id: 'a', title: 'A', period: { start: '2013-04-01', end: '2017-03-31' } }, objectives: [{ id: 'O1', title: 'T' }] })).toBe(true);
  });

  describe('unknown keys are errors', () => {
    const places: [string, (d: Json) => Json][] = [
      ['the root', (d) => d],
      ['plan', (d) => d.plan],
      ['plan period', (d) => d.plan.period],
      ['an objective', (d) => d.objectives[0]],
      ['a measure', (d) => m(d)],
      ['a comment', (d) => m(d).commentary[0]],
      ['a baseline', (d) => m(d).baseline],
      ['a target', (d) => m(d).target],
      ['a data point', (d) => m(d).data[0]],
      ['a monitor', (d) => m(d, 2).monitor],
      ['spc', (d) => m(d, 2).spc],
      ['an evidence item', (d) => m(d, 4).evidence[0]],
    ];
    for (const [name, at] of places) {
      it(`in ${name}`, () => expectRejected(changed((d) => { at(d).colour = 'red'; })));
    }
    it('including a typo of a known key', () => expectRejected(changed((d) => { m(d).tolerence = '2%'; })));
  });

  describe('required keys', () => {
    const cases: [string, (d: Json) => void][] = [
      ['plan', (d) => delete d.plan],
      ['objectives', (d) => delete d.objectives],
      ['plan.id', (d) => delete d.plan.id],
      ['plan.title', (d) => delete d.plan.title],
      ['plan.period', (d) => delete d.plan.period],
      ['plan.period.start', (d) => delete d.plan.period.start],
      ['plan.period.end', (d) => delete d.plan.period.end],
      ['objective id', (d) => delete d.objectives[0].id],
      ['objective title', (d) => delete d.objectives[0].title],
      ['measure id', (d) => delete m(d).id],
      ['measure title', (d) => delete m(d).title],
      ['measure tier', (d) => delete m(d).tier],
      ['measure type', (d) => delete m(d).type],
      ['baseline period', (d) => delete m(d).baseline.period],
      ['baseline value', (d) => delete m(d).baseline.value],
      ['data point period', (d) => delete m(d).data[0].period],
      ['data point value', (d) => delete m(d).data[0].value],
      ['comment date', (d) => delete m(d).commentary[0].date],
      ['comment text', (d) => delete m(d).commentary[0].text],
      ['evidence date', (d) => delete m(d, 4).evidence[0].date],
      ['evidence summary', (d) => delete m(d, 4).evidence[0].summary],
      ['evidence assessment', (d) => delete m(d, 4).evidence[0].assessment],
    ];
    for (const [name, edit] of cases) {
      it(`missing ${name} fails`, () => expectRejected(changed(edit)));
    }

    it('at least one objective', () => expectRejected(changed((d) => { d.objectives = []; })));

    it('better is left to the direction-required rule', () => {
      expect(passes(changed((d) => delete m(d).better))).toBe(true);
    });
    it('a monitor reason and a target date are left to their lint rules', () => {
      expect(passes(changed((d) => { m(d, 2).monitor = {}; }))).toBe(true);
      expect(passes(changed((d) => delete m(d).target.by))).toBe(true);
    });
  });

  describe('periods', () => {
    const good: unknown[] = ['2014-06', '2014-12', '2014-Q1', '2014-Q4', '2014', 2014, 1900, 2200, 'FY2014-15', '2014-06-30', '2014-01-31'];
    const bad: unknown[] = ['2014-13', '2014-00', '2014-Q5', '2014-Q0', 'FY2014', 'FY14-15', 'fy2014-15', '2014-6', '14-06', '2014-06-32', '2014-13-01', 'June 2014', '', 1899, 2201, 2014.5, true];
    for (const p of good) {
      it(`accepts ${JSON.stringify(p)} in data and baseline`, () => {
        expect(passes(changed((d) => { m(d).data[0].period = p; m(d).baseline.period = p; }))).toBe(true);
      });
    }
    for (const p of bad) {
      it(`rejects ${JSON.stringify(p)} in data`, () => expectRejected(changed((d) => { m(d).data[0].period = p; })));
      it(`rejects ${JSON.stringify(p)} in a baseline`, () => expectRejected(changed((d) => { m(d).baseline.period = p; })));
    }
  });

  describe('dates', () => {
    it('accepts yyyy-mm-dd, leaving calendar checks to the code', () => {
      expect(passes(changed((d) => { d.objectives[0].due = '2015-02-29'; }))).toBe(true);
    });
    for (const bad of ['2017-13-01', '2017-03-32', '2017-3-31', '31/03/2017', '2017-03', 20170331]) {
      it(`rejects ${JSON.stringify(bad)}`, () => {
        expectRejected(changed((d) => { d.objectives[0].due = bad; }));
        expectRejected(changed((d) => { m(d).target.by = bad; }));
        expectRejected(changed((d) => { d.plan.period.end = bad; }));
      });
    }
  });

  describe('targets', () => {
    it('accepts a change as a signed percentage or a number', () => {
      for (const change of ['-5%', '+2.5%', '2%', -200, 150.5]) {
        expect(passes(changed((d) => { m(d).target = { change, by: '2017-03-31' }; })), String(change)).toBe(true);
      }
    });
    it('rejects a change in any other form', () => {
      for (const change of ['-5', '5 percent', '%', '-5%%', 'minus 5%']) expectRejected(changed((d) => { m(d).target = { change, by: '2017-03-31' }; }));
    });
    it('accepts a tolerance as a percentage or a number, never negative', () => {
      for (const tolerance of ['2%', '+2.5%', 0, 150]) expect(passes(changed((d) => { m(d).target.tolerance = tolerance; }))).toBe(true);
      for (const tolerance of ['-2%', -1, '2', 'two']) expectRejected(changed((d) => { m(d).target.tolerance = tolerance; }));
    });
    it('rejects both value and change', () => expectRejected(changed((d) => { m(d).target.change = '-5%'; })));
    it('rejects neither value nor change', () => expectRejected(changed((d) => { delete m(d).target.value; })));
    it('rejects a target and a monitor on the same measure', () => {
      expectRejected(changed((d) => { m(d).monitor = { reason: 'Would distort recording' }; }));
    });
    it('rejects a value that is not a number', () => expectRejected(changed((d) => { m(d).target.value = '41,800'; })));
  });

  describe('data', () => {
    it('accepts the path of a CSV file', () => {
      expect(passes(changed((d) => { m(d).data = 'data/wm-victim-based-crime.csv'; }))).toBe(true);
    });
    it('rejects any other text', () => expectRejected(changed((d) => { m(d).data = 'data/wm.xlsx'; })));
    it('rejects a sample or denominator that is not a whole number of at least 1', () => {
      for (const n of [0, 1.5, -3, '100']) {
        expectRejected(changed((d) => { m(d).data[0].sample = n; }));
        expectRejected(changed((d) => { m(d).data[0].of = n; }));
      }
    });
    it('rejects a value that is not a number', () => expectRejected(changed((d) => { m(d).data[0].value = '3,650'; })));
  });

  describe('measure types', () => {
    it('rejects figures on a qualitative measure', () => {
      expectRejected(changed((d) => { m(d, 4).data = [{ period: '2014-06', value: 1 }]; }));
      expectRejected(changed((d) => { m(d, 4).baseline = { period: '2014', value: 1 }; }));
      expectRejected(changed((d) => { m(d, 4).target = { value: 1, by: '2017-03-31' }; }));
    });
    it('rejects evidence on a measure with figures', () => {
      expectRejected(changed((d) => { m(d).evidence = [{ date: '2014-03-31', summary: 'x', assessment: 'on-track' }]; }));
    });
    it('rejects unknown words for tier, type, better, frequency and assessment', () => {
      expectRejected(changed((d) => { m(d).tier = 'headline'; }));
      expectRejected(changed((d) => { m(d).type = 'percentage'; }));
      expectRejected(changed((d) => { m(d).better = 'down'; }));
      expectRejected(changed((d) => { m(d).frequency = 'weekly'; }));
      expectRejected(changed((d) => { m(d, 4).evidence[0].assessment = 'green'; }));
    });
    it('rejects supports on a high-level measure', () => expectRejected(changed((d) => { m(d).supports = 'O1.3'; })));
  });

  describe('other values', () => {
    it('rejects a plan id that is not lowercase letters, digits and hyphens', () => {
      for (const id of ['West-Mercia', 'west mercia', 'west_mercia', '-west', '']) expectRejected(changed((d) => { d.plan.id = id; }));
    });
    it('rejects a priority below 1 or not whole', () => {
      for (const priority of [0, 1.5, 'high']) expectRejected(changed((d) => { d.objectives[0].priority = priority; }));
    });
    it('rejects earlyWin other than true or false', () => expectRejected(changed((d) => { d.objectives[0].earlyWin = 'yes'; })));
    it('rejects partners that are not a list of names', () => {
      expectRejected(changed((d) => { d.objectives[0].partners = 'Local authorities'; }));
      expectRejected(changed((d) => { d.objectives[0].partners = [3]; }));
    });
    it('rejects spc.fixAfter below 2', () => expectRejected(changed((d) => { m(d, 2).spc.fixAfter = 1; })));
    it('rejects empty titles', () => expectRejected(changed((d) => { d.objectives[0].title = ''; })));
  });

  describe('descriptions', () => {
    /** Every property definition in the schema, with where it is. `if` conditions only test, so they are skipped. */
    function properties(node: unknown, where: string, out: [string, Json][]) {
      if (Array.isArray(node)) node.forEach((n, i) => properties(n, `${where}/${i}`, out));
      else if (node !== null && typeof node === 'object') {
        for (const [key, child] of Object.entries(node as Json)) {
          if (key === 'if') continue;
          if (key === 'properties') {
            for (const [name, def] of Object.entries(child as Json)) {
              out.push([`${where}/properties/${name}`, def]);
              properties(def, `${where}/properties/${name}`, out);
            }
          } else properties(child, `${where}/${key}`, out);
        }
      }
    }
    const all: [string, Json][] = [];
    properties(schema, '#', all);

    it('finds the properties', () => expect(all.length).toBeGreaterThan(60));

    it('gives every property a description', () => {
      const without = all.filter(([, def]) => typeof def !== 'object' || typeof def.description !== 'string' || def.description.trim().length < 10).map(([w]) => w);
      expect(without).toEqual([]);
    });

    it('gives every shared definition a description', () => {
      for (const [name, def] of Object.entries(schema.$defs as Json)) expect(def.description, name).toBeTruthy();
    });

    it('shows examples where they help', () => {
      const defs = schema.$defs as Json;
      const measure = defs.measure.properties;
      for (const def of [defs.target, defs.monitor, defs.period, defs.evidence, defs.target.properties.tolerance, measure.data, measure.supports, defs.baseline]) {
        expect(def.markdownDescription).toMatch(/```yaml|`\d{4}/);
      }
    });
  });

  describe('actions and recommendations (format 1.1)', () => {
    const withBoth = (edit: (d: Json) => void = () => {}) =>
      changed((d) => {
        d.plan.recommendations = [
          {
            id: 'R1',
            date: '2014-06-24',
            from: 'Police and Crime Panel',
            text: 'Report back on the local policing boards',
            objectives: ['O1'],
            response: { date: '2014-07-15', accepted: 'yes', text: 'A report will come to the December meeting' },
            due: '2014-12-31',
            closed: '2015-01-20',
          },
        ];
        d.objectives[0].actions = [
          {
            id: 'A1.1',
            title: 'Burglary reduction week in each local area',
            owner: 'Superintendent, Operations',
            due: '2015-06-30',
            status: 'done',
            done: '2015-06-20',
            measures: ['O1.2'],
            recommendation: 'R1',
            updates: [{ date: '2015-03-01', text: 'Two of the five weeks held' }],
          },
        ];
        edit(d);
      });
    const action = (d: Json) => d.objectives[0].actions[0];
    const rec = (d: Json) => d.plan.recommendations[0];

    it('accepts the example of DESIGN §3.1', () => expect(passes(withBoth()), JSON.stringify(validate.errors)).toBe(true));
    it('accepts a bare action and a bare recommendation', () => {
      expect(passes(withBoth((d) => { d.objectives[0].actions = [{ id: 'A1', title: 'Summit with magistrates', status: 'planned' }]; }))).toBe(true);
      expect(passes(withBoth((d) => { d.plan.recommendations = [{ id: 'R1', date: '2014-02-14', text: 'Share the action plan' }]; }))).toBe(true);
      expect(passes(withBoth((d) => { rec(d).response = { date: '2014-03-01' }; }))).toBe(true);
    });
    it('requires done for a done or dropped action, and says so on the action', () => {
      expectRejected(withBoth((d) => { delete action(d).done; }));
      expectRejected(withBoth((d) => { delete action(d).done; action(d).status = 'dropped'; }));
      expect(passes(withBoth((d) => { delete action(d).done; action(d).status = 'in-progress'; }))).toBe(true);
      const problems = checkAgainstSchema(withBoth((d) => { delete action(d).done; }));
      expect(problems.map((p) => [p.path, p.message])).toEqual([
        [['objectives', 0, 'actions', 0], 'Objective O1 › action A1.1 has no "done": add "done:". A done or dropped action needs the date it was finished or dropped, for example done: 2015-06-20.'],
      ]);
    });
    it('rejects unknown words for status and accepted', () => {
      expectRejected(withBoth((d) => { action(d).status = 'finished'; }));
      expectRejected(withBoth((d) => { rec(d).response.accepted = true; }));
      expect(checkAgainstSchema(withBoth((d) => { rec(d).response.accepted = 'maybe'; }))[0].message).toBe(
        '"maybe" is not allowed for the plan › recommendation R1 › response › accepted: write one of yes, no, partly',
      );
    });
    it('rejects unknown keys and missing ids, titles, dates and texts', () => {
      expectRejected(withBoth((d) => { action(d).colour = 'red'; }));
      expectRejected(withBoth((d) => { rec(d).colour = 'red'; }));
      expectRejected(withBoth((d) => { rec(d).response.colour = 'red'; }));
      expectRejected(withBoth((d) => { action(d).updates[0].colour = 'red'; }));
      for (const key of ['id', 'title', 'status']) expectRejected(withBoth((d) => { delete action(d)[key]; }));
      for (const key of ['id', 'date', 'text']) expectRejected(withBoth((d) => { delete rec(d)[key]; }));
      expectRejected(withBoth((d) => { delete rec(d).response.date; }));
    });
    it('rejects dates not written yyyy-mm-dd and references that are not lists', () => {
      expectRejected(withBoth((d) => { action(d).due = '30/06/2015'; }));
      expectRejected(withBoth((d) => { rec(d).closed = '2015'; }));
      expectRejected(withBoth((d) => { action(d).measures = 'O1.2'; }));
      expectRejected(withBoth((d) => { rec(d).objectives = 'O1'; }));
    });
  });
});
