// Generates Police and Crime Plans at real size for the benchmark: 13 objectives, ~100 measures,
// 60 monthly points each written inline, comments, commentary, survey and qualitative measures.
// Deterministic: the same options give the same text.
//
//   node bench/generate.mjs [--points 60] [--seed 1] [--force Name] > my.plan.yaml

/** A small seeded generator (mulberry32), so every run measures the same text. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const objectiveTitles = [
  'Reduce crime and disorder',
  'Protect people from harm',
  'Put victims and witnesses first',
  'Tackle anti-social behaviour in our neighbourhoods',
  'Reduce reoffending with our partners',
  'Make our roads safer',
  'Tackle serious and organised crime',
  'Improve public confidence in policing',
  'Support the rural and business communities',
  'Reduce the harm caused by alcohol and drugs',
  'Protect vulnerable people from exploitation',
  'Provide value for money',
  'Strengthen the response to domestic abuse',
];

const countMeasures = [
  ['Victim-based crime', 'crimes', 52000],
  ['Burglary of dwellings', 'burglaries', 4200],
  ['Vehicle crime', 'offences', 6100],
  ['Violence with injury', 'offences', 7800],
  ['Anti-social behaviour incidents', 'incidents', 38000],
  ['Killed or seriously injured on the roads', 'casualties', 460],
  ['Business crime', 'crimes', 5300],
  ['Rural crime', 'crimes', 2100],
  ['Hate crime reports', 'reports', 900],
  ['Domestic abuse repeat incidents', 'incidents', 3100],
  ['Child sexual exploitation referrals', 'referrals', 380],
  ['Cyber-enabled fraud reports', 'reports', 2600],
  ['First-time entrants to the youth justice system', 'young people', 640],
];

const surveyMeasures = [
  ['Victims satisfied with the whole experience', 84],
  ['Residents who feel safe in their area after dark', 71],
  ['Residents who agree the police deal with local concerns', 58],
  ['Victims kept informed of progress', 80],
  ['Confidence that the police would treat you fairly', 76],
];

const valueMeasures = [
  ['Average days to charge in rape cases', 'days', 'lower', 120],
  ['Emergency calls answered within 10 seconds', '%', 'higher', 90],
  ['Cost of policing per resident', '£', 'lower', 170],
  ['Officers on neighbourhood duty per 1,000 residents', 'officers', 'higher', 1.1],
];

const partners = [
  'Community Safety Partnerships',
  'Local authorities',
  'Fire and Rescue Service',
  'National Probation Service',
  'Clinical Commissioning Groups',
  'Youth Offending Service',
  'Victim Support',
  'Highways England',
  'Crown Prosecution Service',
  'Neighbourhood Watch',
];

const owners = ['ACC Local Policing', 'ACC Crime', 'Head of Public Protection', 'Chief Finance Officer', 'Deputy Police and Crime Commissioner', 'Head of Roads Policing'];

function month(startYear, startMonth, offset) {
  const m = startMonth - 1 + offset;
  const y = startYear + Math.floor(m / 12);
  return `${y}-${String((m % 12) + 1).padStart(2, '0')}`;
}

function quote(text) {
  return /[:#'"{}\[\],&*!|>%@`]/.test(text) ? JSON.stringify(text) : text;
}

/**
 * Builds one plan. `points` monthly points per numeric measure (60 by default), ending March 2018;
 * the plan runs April 2013 - March 2018 whatever the number of points.
 */
export function generatePlan({ points = 60, seed = 1, force = 'Midshire', objectives = 13 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const slug = force.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const startIndex = 2018 * 12 + 2 - (points - 1); // the last point is March 2018
  const firstYear = Math.floor(startIndex / 12);
  const firstMonth = (startIndex % 12) + 1;
  const out = [];
  out.push(`# Police and Crime Plan for ${force} 2013-2018: objectives and success measures.`);
  out.push('#');
  out.push('# ILLUSTRATIVE FIGURES: generated for the benchmark; not official statistics.');
  out.push('# Counts: monthly figures; baselines and targets are financial-year totals.');
  out.push('');
  out.push('plan:');
  out.push(`  id: ${slug}-2013-18`);
  out.push(`  title: Police and Crime Plan for ${force} 2013-2018`);
  out.push(`  area: ${force}`);
  out.push('  commissioner: A. N. Commissioner');
  out.push('  period: {start: 2013-04-01, end: 2018-03-31}');
  out.push('  version: published');
  out.push('');
  out.push('objectives:');
  let measureNo = 0;
  for (let o = 1; o <= objectives; o++) {
    const title = objectiveTitles[(o - 1) % objectiveTitles.length];
    out.push(`  # ---- Objective ${o} ----`);
    out.push('  # Measures agreed with the Panel; detailed measures sit under the high-level one they support.');
    out.push('  # Figures come from the force systems each month and are checked before each Panel meeting.');
    out.push(`  - id: O${o}`);
    out.push(`    title: ${title}`);
    out.push(`    description: ${quote(`${title} across ${force}, working with partners on shared priorities and reporting to the Panel every quarter.`)}`);
    if (o <= 3) out.push(`    priority: ${o}`);
    if (o % 4 === 1) out.push('    earlyWin: true');
    out.push(`    owner: ${pick(owners)}`);
    out.push(`    partners: [${[pick(partners), pick(partners), pick(partners)].filter((p, i, a) => a.indexOf(p) === i).join(', ')}]`);
    out.push('    due: 2018-03-31');
    out.push('    measures:');
    const count = 8;
    let highLevel;
    for (let k = 1; k <= count; k++) {
      measureNo++;
      const id = `O${o}.${k}`;
      const tier = k === 1 ? 'high-level' : 'detailed';
      if (k === 1) highLevel = id;
      const kind = k === count && o % 4 === 0 ? 'qualitative' : k === 3 && o % 3 !== 2 ? 'survey' : k === 5 ? 'value' : 'count';
      out.push(`      # ${id}: owner's figures, checked by the performance team`);
      out.push(`      - id: ${id}`);
      const about = `How the Commissioner and partners will know whether "${title.toLowerCase()}" is working: reported to the Police and Crime Panel each quarter with the owner's commentary beside the figures. Figures are published on the Commissioner's website after each Panel meeting.`;
      if (kind === 'qualitative') {
        out.push(`        title: Partnership work on ${title.toLowerCase()} evidenced to the Panel`);
        out.push(`        tier: ${tier}`);
        if (tier === 'detailed') out.push(`        supports: ${highLevel}`);
        out.push('        type: qualitative');
        out.push('        frequency: quarterly');
        out.push(`        owner: ${pick(owners)}`);
        out.push('        evidence:');
        for (let e = 0; e < 4; e++) {
          out.push(`          - date: ${2014 + e}-0${1 + e}-15`);
          out.push(`            summary: ${quote(`Inspection finding ${e + 1}: partners report progress on ${title.toLowerCase()}; case studies presented to the Panel`)}`);
          out.push(`            assessment: ${e === 3 && rnd() < 0.3 ? 'at-risk' : 'on-track'}`);
        }
        continue;
      }
      if (kind === 'survey') {
        const [name, level] = surveyMeasures[(o + k) % surveyMeasures.length];
        out.push(`        title: ${name}`);
        out.push(`        tier: ${tier}`);
        if (tier === 'detailed') out.push(`        supports: ${highLevel}`);
        out.push(`        description: ${quote(about)}`);
        out.push('        type: proportion');
        out.push('        better: higher');
        out.push('        unit: "%"');
        out.push('        frequency: monthly');
        out.push('        source: Public attitude survey (telephone, rolling monthly sample)');
        out.push(`        owner: ${pick(owners)}`);
        out.push(`        baseline: {period: FY2012-13, value: ${level}}`);
        out.push(`        target: {value: ${level + 3}, by: 2018-03-31, tolerance: 1}`);
        out.push('        data:');
        for (let p = 0; p < points; p++) {
          const v = Math.round((level + (rnd() - 0.45) * 6) * 10) / 10;
          out.push(`          - {period: ${month(firstYear, firstMonth, p)}, value: ${v}, sample: ${300 + Math.floor(rnd() * 300)}}`);
        }
        continue;
      }
      if (kind === 'value') {
        const [name, unit, better, level] = valueMeasures[(o + k) % valueMeasures.length];
        out.push(`        title: ${name}`);
        out.push(`        tier: ${tier}`);
        if (tier === 'detailed') out.push(`        supports: ${highLevel}`);
        out.push(`        description: ${quote(about)}`);
        out.push('        type: value');
        out.push(`        better: ${better}`);
        out.push(`        unit: ${quote(unit)}`);
        out.push('        frequency: monthly');
        out.push(`        owner: ${pick(owners)}`);
        if (o % 5 === 0) {
          out.push('        # A target here would distort priorities: monitored only.');
          out.push('        monitor: {reason: Targets here risk distorting operational priorities}');
        } else {
          out.push(`        baseline: {period: FY2012-13, value: ${level}}`);
          const target = Math.round(level * (better === 'lower' ? 0.9 : 1.05) * 100) / 100;
          out.push(`        target: {value: ${target}, by: 2018-03-31, tolerance: 2%}`);
        }
        out.push('        data:');
        for (let p = 0; p < points; p++) {
          const v = Math.round(level * (0.9 + rnd() * 0.2) * 100) / 100;
          out.push(`          - {period: ${month(firstYear, firstMonth, p)}, value: ${v}}`);
        }
        continue;
      }
      const [name, unit, annual] = countMeasures[(o * 3 + k) % countMeasures.length];
      out.push(`        title: ${name}`);
      out.push(`        tier: ${tier}`);
      if (tier === 'detailed') out.push(`        supports: ${highLevel}`);
      out.push('        type: count');
      out.push('        better: lower');
      out.push(`        unit: ${unit}`);
      out.push('        frequency: monthly');
      out.push('        source: Force crime recording system');
      out.push(`        owner: ${pick(owners)}`);
      if (rnd() < 0.6) {
        out.push('        commentary:');
        out.push(`          - {date: 2016-02-10, text: ${quote('Rise follows the recording audit; see the note on 2015-05')}}`);
        out.push(`          - {date: 2018-02-20, text: Twelve-month total falling again after the change of practice}`);
      }
      out.push(`        baseline: {period: FY2012-13, value: ${annual}}`);
      if (rnd() < 0.5) out.push(`        target: {change: -5%, by: 2018-03-31, tolerance: 2%}`);
      else out.push(`        target: {value: ${Math.round(annual * 0.95)}, by: 2018-03-31, tolerance: 2%}`);
      out.push('        data:');
      const monthly = annual / 12;
      for (let p = 0; p < points; p++) {
        if (p % 12 === 0) out.push(`          # ${month(firstYear, firstMonth, p)} onwards`);
        const trend = 1 - 0.012 * (p / 12) * (k % 3);
        const season = 1 + 0.08 * Math.sin((p / 12) * 2 * Math.PI);
        const v = Math.max(0, Math.round(monthly * trend * season * (0.93 + rnd() * 0.12)));
        const note = rnd() < 0.06 ? ', note: Recording audit changed practice' : '';
        out.push(`          - {period: ${month(firstYear, firstMonth, p)}, value: ${v}${note}}`);
      }
    }
    out.push('');
  }
  return { text: out.join('\n') + '\n', measures: measureNo };
}

/** The 43 territorial police forces of England and Wales, for a national set. */
export const forces = [
  'Avon and Somerset', 'Bedfordshire', 'Cambridgeshire', 'Cheshire', 'City of London', 'Cleveland', 'Cumbria', 'Derbyshire',
  'Devon and Cornwall', 'Dorset', 'Durham', 'Dyfed-Powys', 'Essex', 'Gloucestershire', 'Greater Manchester', 'Gwent',
  'Hampshire', 'Hertfordshire', 'Humberside', 'Kent', 'Lancashire', 'Leicestershire', 'Lincolnshire', 'Merseyside',
  'Metropolitan', 'Norfolk', 'North Wales', 'North Yorkshire', 'Northamptonshire', 'Northumbria', 'Nottinghamshire', 'South Wales',
  'South Yorkshire', 'Staffordshire', 'Suffolk', 'Surrey', 'Sussex', 'Thames Valley', 'Warwickshire', 'West Mercia',
  'West Midlands', 'West Yorkshire', 'Wiltshire',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  process.stdout.write(generatePlan({ points: Number(arg('points', 60)), seed: Number(arg('seed', 1)), force: arg('force', 'Midshire') }).text);
}
