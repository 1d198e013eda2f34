// "Since the last report (as of DATE)": what changed between the last report's as-of date and
// this one, first in the report. The sentences come from the core (core/present/changes.ts).
import { changeLinesForReaders, noChangesLine, sinceHeading } from '../core/present/changes';
import type { ReportModel } from '../core/report/model';
import { el } from './dom';

/** The section, or null when the report was not asked to compare (no --since). */
export function changesSection(doc: Document, model: ReportModel): HTMLElement | null {
  if (model.since === undefined) return null;
  const changes = model.changes ?? [];
  const section = el(doc, 'section', { class: 'ps-changes', 'data-since': model.since }, el(doc, 'h2', {}, sinceHeading(model.since)));
  if (changes.length === 0) {
    section.append(el(doc, 'p', { class: 'ps-muted ps-no-changes' }, noChangesLine(model.since)));
    return section;
  }
  const groups = changeLinesForReaders(changes);
  for (const g of groups) {
    if (groups.length > 1) section.append(el(doc, 'h3', {}, model.plans.find((p) => p.id === g.plan)?.title || g.plan));
    const list = el(doc, 'ul', { class: 'ps-change-list', 'data-plan-id': g.plan });
    for (const line of g.lines) list.append(el(doc, 'li', {}, line));
    section.append(list);
  }
  return section;
}
