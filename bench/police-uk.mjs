// Generates a year of police.uk street-level crime files for the benchmark: one folder per month
// (YYYY-MM/YYYY-MM-midshire-street.csv), rows in police.uk's own columns, and a plan whose
// measures count them. Deterministic: the same options give the same files.
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

const header = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const crimeTypes = ['Anti-social behaviour', 'Burglary', 'Criminal damage and arson', 'Other theft', 'Public order', 'Robbery', 'Shoplifting', 'Vehicle crime', 'Violence and sexual offences', 'Drugs'];
const outcomes = ['Investigation complete; no suspect identified', 'Unable to prosecute suspect', 'Under investigation', 'Suspect charged', 'Offender sent to prison', 'Status update unavailable'];
const places = ['On or near Parking Area', 'On or near High Street', 'On or near Station Road', '"On or near Church Road, Aston"', 'On or near Supermarket'];

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

/** Writes `rows` rows spread over twelve months of 2016 under `dir`; returns the folder and the plan's path. */
export function generatePoliceUkYear(dir, rows, seed = 1) {
  const next = random(seed);
  const perMonth = Math.ceil(rows / 12);
  let written = 0;
  const folder = join(dir, 'police-uk');
  for (let m = 1; m <= 12 && written < rows; m++) {
    const month = `2016-${String(m).padStart(2, '0')}`;
    mkdirSync(join(folder, month), { recursive: true });
    const fd = openSync(join(folder, month, `${month}-midshire-street.csv`), 'w');
    let chunk = header + '\n';
    for (let i = 0; i < perMonth && written < rows; i++, written++) {
      const type = crimeTypes[Math.floor(next() * crimeTypes.length)];
      const asb = type === 'Anti-social behaviour';
      const id = asb ? '' : (written * 2654435761 + seed).toString(16).padStart(16, '0').repeat(4);
      const lsoa = Math.floor(next() * 400);
      chunk += `${id},${month},Midshire Police,Midshire Police,${(-1.9 + next() / 10).toFixed(6)},${(52.4 + next() / 10).toFixed(6)},${places[lsoa % places.length]},E0100${String(lsoa).padStart(4, '0')},Midshire ${String(lsoa).padStart(3, '0')}A,${type},${asb ? '' : outcomes[Math.floor(next() * outcomes.length)]},\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    closeSync(fd);
  }
  const plan = join(dir, 'midshire-police-uk.plan.yaml');
  writeFileSync(
    plan,
    `plan:
  id: midshire-police-uk
  title: Midshire figures from police.uk
  area: Midshire
  period: {start: 2015-04-01, end: 2019-03-31}
objectives:
  - id: O1
    title: Fewer burglaries and robberies
    measures:
${[
      ['O1.1', 'Burglary', 'count', 'lower', '{crimeTypes: [Burglary]}'],
      ['O1.2', 'Robbery and vehicle crime', 'count', 'lower', '{crimeTypes: [Robbery, Vehicle crime]}'],
      ['O1.3', 'Violence charged', 'proportion', 'higher', '{crimeTypes: [Violence and sexual offences], outcomes: [Suspect charged, Offender sent to prison]}'],
    ]
      .map(([id, title, type, better, policeUk]) => `      - id: ${id}\n        title: ${title}\n        tier: ${id === 'O1.1' ? 'high-level' : 'detailed'}\n${id === 'O1.1' ? '' : '        supports: O1.1\n'}        type: ${type}\n        better: ${better}\n        frequency: monthly\n        monitor: {reason: From police.uk}\n        policeUk: ${policeUk}\n`)
      .join('')}`,
  );
  return { folder, plan, rows: written };
}
