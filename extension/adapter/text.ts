// What the editor shows about an evaluated plan, as plain data and text: the outline, the CodeLens
// titles, the hover, the status bar and a terminal-style summary. No editor API here.
import { idText, isRecord } from '../../core/values';
import { ukDate } from '../../core/periods';
import type { MeasureResult, ObjectiveResult, PlanResult } from '../../core/results';
import type { SourceDocument } from '../../core/source';
import type { DocPath } from '../../core/types';
import { controlText, countStatuses, countsText, currentText, currentWhen, figureText, formatNumber, formatZ, gapText, judgedStatus, judgementReason, markdownCell, markdownText, travelText, verdictText, yearToDateText } from '../../core/present/index';

export interface OutlineNode {
  kind: 'objective' | 'measure';
  id: string;
  title: string;
  path: DocPath;
  /** The whole entry. */
  start: number;
  end: number;
  /** Its id (or the entry's start when it has none). */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineNode[];
}

/** An entry of the plan where it is written: the whole entry, and its id to select. */
export interface Placed<K extends string> extends Omit<OutlineNode, 'kind' | 'children'> {
  kind: K;
}

export function placeOf<K extends string>(source: SourceDocument, kind: K, path: DocPath, entry: Record<string, unknown>, fallback: string, titleKey = 'title'): Placed<K> | undefined {
  const at = source.locate(path, 'value');
  if (at.path.length !== path.length) return undefined;
  const idAt = source.locate([...path, 'id'], 'value');
  const hasId = idAt.path.length === path.length + 1;
  return {
    kind,
    id: idText(entry.id) ?? fallback,
    title: idText(entry[titleKey]) ?? '',
    path,
    start: at.start,
    end: at.end,
    selectionStart: hasId ? idAt.start : at.start,
    selectionEnd: hasId ? idAt.end : at.start,
  };
}

function node(source: SourceDocument, kind: OutlineNode['kind'], path: DocPath, entry: Record<string, unknown>, fallback: string): OutlineNode | undefined {
  const placed = placeOf(source, kind, path, entry, fallback);
  return placed && { ...placed, children: [] };
}

/** Objectives and their measures with where they are written, for the outline, CodeLens and hover. */
export function outlineOf(source: SourceDocument): OutlineNode[] {
  const value = source.value;
  if (!isRecord(value) || !Array.isArray(value.objectives)) return [];
  const out: OutlineNode[] = [];
  value.objectives.forEach((objective: unknown, o: number) => {
    if (!isRecord(objective)) return;
    const obj = node(source, 'objective', ['objectives', o], objective, `objective ${o + 1}`);
    if (!obj) return;
    if (Array.isArray(objective.measures)) {
      objective.measures.forEach((measure: unknown, m: number) => {
        if (!isRecord(measure)) return;
        const child = node(source, 'measure', ['objectives', o, 'measures', m], measure, `measure ${m + 1}`);
        if (child) obj.children.push(child);
      });
    }
    out.push(obj);
  });
  return out;
}

// ---- CodeLens and hover ----

/** A place in the plan: where it is written (what results are matched by), or an id alone. */
export type Place = string | { id: string; path?: DocPath };

function matches(result: { id: string; path?: DocPath }, place: Place): boolean {
  if (typeof place === 'string') return result.id === place;
  // where both know where they are written, that decides: two measures may share an id
  if (place.path && result.path) return place.path.length === result.path.length && place.path.every((s, i) => s === result.path![i]);
  return result.id === place.id;
}

export function findObjective(result: PlanResult | undefined, place: Place): ObjectiveResult | undefined {
  return result?.objectives.find((o) => matches(o, place));
}

export function findMeasure(result: PlanResult | undefined, place: Place): MeasureResult | undefined {
  for (const o of result?.objectives ?? []) {
    const m = o.measures.find((x) => matches(x, place));
    if (m) return m;
  }
  return undefined;
}

export function objectiveLens(o: ObjectiveResult): string {
  const parts = countsText(countStatuses(o.measures.map((m) => m.status)), ', ', '');
  const dir = o.status === 'monitored' && o.direction ? ` (worst direction: ${verdictText(o.direction)})` : '';
  return `${o.id}: ${o.status}${dir} · ${o.measures.length} measure${o.measures.length === 1 ? '' : 's'}${parts ? `: ${parts}` : ''}`;
}

export function measureLens(m: MeasureResult): string {
  const parts = [`${m.id}: ${m.status}${m.stale ? ' (stale)' : ''}`];
  if (m.type === 'qualitative') {
    const latest = m.evidence.at(-1);
    if (latest) parts.push(`latest evidence ${latest.date}: ${latest.assessment}`);
    return parts.join(' · ');
  }
  if (m.current) {
    let current = `current ${figureText(m.current.value, m, m.interval)} (${currentWhen(m)})`;
    if (m.expected !== null) current += ` vs expected ${formatNumber(m.expected, m.type)}`;
    parts.push(current);
  }
  if (m.gap !== null) parts.push(gapText(m));
  else if (m.target && !m.current) parts.push(`target ${formatNumber(m.target.value, m.type)} by ${m.target.by}`);
  if (m.status === 'monitored' && m.direction) parts.push(travelText(m));
  return parts.join(' · ');
}

/** The hover on a measure, as Markdown. Plan text is escaped. */
export function measureHover(m: MeasureResult): string {
  // plan text in the table: one line each (a newline would end the row), pipes escaped
  const esc = markdownCell;
  const rows: [string, string][] = [];
  rows.push(['Status', `${m.override ? esc(judgedStatus(m)) : m.status}${m.stale ? ' (stale: figures are out of date)' : ''}`]);
  if (m.override) rows.push(['Judgement', esc(judgementReason(m))]);
  if (m.type !== 'qualitative') {
    rows.push(['Current', m.current ? esc(currentText(m)) : 'no figures']);
    if (m.expected !== null) rows.push(['Expected', `${formatNumber(m.expected, m.type)} on the trajectory to ${m.target ? `${formatNumber(m.target.value, m.type)} by ${m.target.by}` : 'the target'}`]);
    else if (m.target) rows.push(['Target', `${formatNumber(m.target.value, m.type)} by ${m.target.by}`]);
    if (m.gap !== null) rows.push(['Gap', gapText(m)]);
    if (m.direction) {
      const z = m.direction.z === null ? 'untested' : formatZ(m.direction.z);
      rows.push(['Direction of travel', `${travelText(m)} (${z}; previous ${formatNumber(m.direction.previous, m.type)})`]);
    } else rows.push(['Direction of travel', 'needs figures from twelve months earlier']);
    if (m.yearToDate) rows.push(['Year to date', yearToDateText(m.yearToDate, m.better)]);
    if (m.spc) {
      rows.push(['Control limits', `${controlText(m)} (average ${formatNumber(m.spc.centre, m.type)}, usual range ${formatNumber(m.spc.lower, m.type)} to ${formatNumber(m.spc.upper, m.type)})`]);
    } else rows.push(['Control limits', controlText(m)]);
    if (m.interval) rows.push(['Margin of error', `95% likely between ${formatNumber(m.interval.lower, m.type)} and ${formatNumber(m.interval.upper, m.type)}`]);
  } else {
    const latest = m.evidence.at(-1);
    rows.push(['Latest evidence', latest ? `${latest.date}, ${latest.assessment}: ${esc(latest.summary)}` : 'none yet']);
  }
  if (m.monitorReason) rows.push(['No target, by decision', esc(m.monitorReason)]);
  const comment = m.commentary?.at(-1);
  if (comment) rows.push(['Latest commentary', `${comment.date}: ${esc(comment.text)}`]);
  const head = `**${markdownText(m.id)} ${markdownText(m.title)}** (${m.tier}, ${m.type}${m.better ? `, ${m.better} is better` : ''})`;
  return [head, '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

// ---- status bar and summary ----

export function statusText(result: PlanResult | undefined): string {
  if (!result) return 'Plan: not scored';
  return `Plan: ${countsText(result.summary.objectives, ' · ', 'no objectives')}`;
}

export function statusTooltip(result: PlanResult | undefined, errors: number): string {
  if (!result) return errors > 0 ? `The plan has ${errors} error${errors === 1 ? '' : 's'}: fix them to score it` : 'Open a *.plan.yaml file to score it';
  const m = countsText(result.summary.measures);
  return `${result.title}\nObjectives by status; measures: ${m}${errors ? `\n${errors} error${errors === 1 ? '' : 's'} in the file` : ''}\nClick to open the scorecard`;
}

/** A terminal-style scorecard of one plan. */
export function summaryText(result: PlanResult, asOf: string): string {
  const lines = [`${result.title} (${result.id}), as of ${asOf}`, statusText(result).replace(/^Plan: /, 'Objectives: ')];
  const measures = countsText(result.summary.measures);
  lines.push(`Measures: ${measures}`, '');
  for (const o of result.objectives) {
    lines.push(`${o.status.padEnd(17)} ${o.id}  ${o.title}`);
    for (const m of o.measures) {
      const detail = measureLens(m).replace(/^[^:]*: [^ ]+( \(stale\))?( · )?/, '');
      lines.push(`  ${m.status.padEnd(17)} ${m.id.padEnd(7)} ${m.title}${detail ? `  [${detail}]` : ''}`);
    }
  }
  return lines.join('\n');
}

// ---- settings ----

const severities = ['off', 'info', 'warning', 'error'];

/** planScore.rules → the core's config overrides, and what in it could not be used. */
export function rulesFromSettings(value: unknown, known: Set<string>): { rules: Record<string, { severity: 'off' | 'info' | 'warning' | 'error'; options: Record<string, unknown> }>; problems: string[] } {
  const rules: Record<string, { severity: 'off' | 'info' | 'warning' | 'error'; options: Record<string, unknown> }> = {};
  const problems: string[] = [];
  if (!isRecord(value)) return { rules, problems };
  for (const [id, setting] of Object.entries(value)) {
    if (!known.has(id)) {
      problems.push(`planScore.rules: there is no rule "${id}"`);
      continue;
    }
    const [severity, options] = Array.isArray(setting) ? setting : [setting, {}];
    if (!severities.includes(severity as string) || !isRecord(options ?? {})) {
      problems.push(`planScore.rules: "${id}" should be off, info, warning or error, or [severity, {options}]`);
      continue;
    }
    rules[id] = { severity: severity as 'off', options: (options ?? {}) as Record<string, unknown> };
  }
  return { rules, problems };
}

export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today in the UK, as the command line has it too. */
export function today(now = new Date()): string {
  return ukDate(now);
}
