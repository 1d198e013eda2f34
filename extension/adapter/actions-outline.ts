// Where a plan's actions, recommendations and local areas are written, for the outline, CodeLens and
// hover, and their evaluation found by that place. No editor API here.
import { actionDetails, comparisonRows, recommendationDetails, type DetailRows } from '../../core/present/action-lens';
import { msgLine } from '../../core/present/comparisons';
import { markdownCell, markdownText } from '../../core/present/index';
import type { ActionResult, MeasureResult, PlanResult, RecommendationResult } from '../../core/results';
import type { SourceDocument } from '../../core/source';
import type { DocPath } from '../../core/types';
import { isRecord } from '../../core/values';
import { placeOf, type OutlineNode } from './text';

/** Placed like an objective or measure in the outline. */
export interface PlaceNode extends Omit<OutlineNode, 'kind' | 'children'> {
  kind: 'action' | 'recommendation' | 'areas' | 'area';
  children: PlaceNode[];
}

export interface PlanPlaces {
  /** Each objective's actions, by the objective's index in `objectives`. */
  actions: Map<number, PlaceNode[]>;
  recommendations: PlaceNode[];
  /** `plan.areas` as one node with an area for each entry; undefined when the plan declares none. */
  areas: PlaceNode | undefined;
}

function place(source: SourceDocument, kind: PlaceNode['kind'], path: DocPath, entry: Record<string, unknown>, fallback: string, titleKey = 'title'): PlaceNode | undefined {
  const placed = placeOf(source, kind, path, entry, fallback, titleKey);
  return placed && { ...placed, children: [] };
}

function entries(source: SourceDocument, kind: PlaceNode['kind'], list: unknown, path: DocPath, fallback: string, titleKey?: string): PlaceNode[] {
  if (!Array.isArray(list)) return [];
  const out: PlaceNode[] = [];
  list.forEach((entry: unknown, i: number) => {
    if (!isRecord(entry)) return;
    const node = place(source, kind, [...path, i], entry, `${fallback} ${i + 1}`, titleKey);
    if (node) out.push(node);
  });
  return out;
}

/** The plan's actions (by objective), recommendations and declared areas, with where each is written. */
export function planPlaces(source: SourceDocument): PlanPlaces {
  const value = source.value;
  const places: PlanPlaces = { actions: new Map(), recommendations: [], areas: undefined };
  if (!isRecord(value)) return places;
  if (Array.isArray(value.objectives)) {
    value.objectives.forEach((objective: unknown, o: number) => {
      if (!isRecord(objective)) return;
      const actions = entries(source, 'action', objective.actions, ['objectives', o, 'actions'], 'action');
      if (actions.length > 0) places.actions.set(o, actions);
    });
  }
  const plan = isRecord(value.plan) ? value.plan : undefined;
  if (plan) {
    // a recommendation's title is its text
    places.recommendations = entries(source, 'recommendation', plan.recommendations, ['plan', 'recommendations'], 'recommendation', 'text');
    const areas = entries(source, 'area', plan.areas, ['plan', 'areas'], 'area', 'name');
    const at = source.locate(['plan', 'areas'], 'value');
    if (areas.length > 0 && at.path.length === 2) {
      const keyAt = source.locate(['plan', 'areas'], 'key');
      places.areas = { kind: 'areas', id: 'Local areas', title: `${areas.length} declared`, path: ['plan', 'areas'], start: keyAt.start, end: at.end, selectionStart: keyAt.start, selectionEnd: keyAt.end, children: areas };
    }
  }
  return places;
}

/**
 * A measure's local areas under it in the outline: each at its first point written in the plan
 * (`area:` on a point), else at the measure's `data` (a CSV file's `area` column), else at the measure.
 */
export function measureAreas(source: SourceDocument, measurePath: DocPath, measure: Pick<MeasureResult, 'areas'> | undefined): PlaceNode[] {
  const areas = measure?.areas ?? [];
  if (areas.length === 0) return [];
  const at = source.locate(measurePath, 'value');
  if (at.path.length !== measurePath.length) return [];
  const data = source.locate([...measurePath, 'data'], 'value');
  const fallback = data.path.length === measurePath.length + 1 ? data : at;
  let points: unknown[] = [];
  let written: unknown = source.value;
  for (const step of [...measurePath, 'data']) written = isRecord(written) || Array.isArray(written) ? (written as Record<string | number, unknown>)[step] : undefined;
  if (Array.isArray(written)) points = written;
  return areas.map((a) => {
    const index = points.findIndex((p) => isRecord(p) && p.area === a.id);
    const point = index >= 0 ? source.locate([...measurePath, 'data', index], 'value') : undefined;
    const where = point && point.path.length === measurePath.length + 2 ? point : fallback;
    return { kind: 'area', id: a.name || a.id, title: a.id, path: [...measurePath, 'areas', a.id], start: where.start, end: where.end, selectionStart: where.start, selectionEnd: where.start, children: [] };
  });
}

/** The evaluation of the action written at `objectives[o].actions[i]`: found by id under that objective. */
export function findAction(result: PlanResult | undefined, node: Pick<PlaceNode, 'id' | 'path'>): ActionResult | undefined {
  const o = node.path[1];
  // where evaluations say where they are written, that decides; else the objective's position
  const objective = result?.objectives.some((x) => x.path) ? result.objectives.find((x) => x.path?.[1] === o) : typeof o === 'number' ? result?.objectives[o] : undefined;
  return objective?.actions?.find((a) => a.id === node.id);
}

export function findRecommendation(result: PlanResult | undefined, node: Pick<PlaceNode, 'id'>): RecommendationResult | undefined {
  return result?.recommendations?.find((r) => r.id === node.id);
}

/** The title of a measure of the plan, by id. */
export function measureTitles(result: PlanResult | undefined): (id: string) => string | undefined {
  const titles = new Map<string, string>();
  for (const o of result?.objectives ?? []) for (const m of o.measures) if (!titles.has(m.id)) titles.set(m.id, m.title);
  return (id) => titles.get(id);
}

/** Rows as a Markdown hover: a bold heading and a two-column table; plan text escaped, one line a row. */
export function detailsMarkdown(details: DetailRows): string {
  return [`**${markdownText(details.heading)}**`, '', '| | |', '| --- | --- |', ...details.rows.map(([k, v]) => `| ${markdownCell(k)} | ${markdownCell(v)} |`)].join('\n');
}

export function actionHover(action: ActionResult, result: PlanResult | undefined): string {
  return detailsMarkdown(actionDetails(action, measureTitles(result)));
}

export function recommendationHover(r: RecommendationResult): string {
  return detailsMarkdown(recommendationDetails(r));
}

/** The measure's lens with its Most Similar Group place after it: "… · MSG: 6th of 8, within range". */
export function withComparisonLens(lens: string, measure: MeasureResult): string {
  const msg = msgLine(measure);
  return msg ? `${lens} · ${msg}` : lens;
}

/** The measure's hover (a table ending the text) with rows for its comparisons added to the table. */
export function withComparisonRows(hover: string, measure: MeasureResult): string {
  const rows = comparisonRows(measure);
  if (rows.length === 0) return hover;
  return [hover, ...rows.map(([k, v]) => `| ${markdownCell(k)} | ${markdownCell(v)} |`)].join('\n');
}
