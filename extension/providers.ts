// The editor features over a checked plan: quick fixes, CodeLens, hover and the outline.
import * as vscode from 'vscode';
import { selectActions } from './adapter/actions';
import { actionHover, findAction, findRecommendation, measureAreas, recommendationHover, withComparisonLens, withComparisonRows, type PlaceNode } from './adapter/actions-outline';
import { actionLens, actionState, recommendationLens, recommendationStateLine } from '../core/present/action-lens';
import { staleAction, staleLens } from './adapter/stale';
import { findMeasure, findObjective, measureHover, measureLens, objectiveLens } from './adapter/text';
import type { PlanService } from './plans';

export const PLAN_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', pattern: '**/*.plan.yaml' },
  { scheme: 'untitled', language: 'yaml' },
];

export class PlanCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: PlanService) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.service.stateFor(doc);
    if (!state) return [];
    const wanted = { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'plan-score');
    const diagnosticFor = (f: { rule: string; message: string; offsets?: { start: number; end: number } }) =>
      [...context.diagnostics, ...diagnostics].find(
        (d) => d.source === 'plan-score' && d.message === f.message && f.offsets && doc.offsetAt(d.range.start) === f.offsets.start,
      );
    const actions = selectActions(state.findings, wanted).map((a) => {
      const action = new vscode.CodeAction(a.title, vscode.CodeActionKind.QuickFix);
      const edit = new vscode.WorkspaceEdit();
      for (const e of a.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
      action.edit = edit;
      action.isPreferred = a.preferred;
      action.diagnostics = a.findings.map(diagnosticFor).filter((d): d is vscode.Diagnostic => d !== undefined);
      return action;
    });
    const stale = state.stale;
    const staleHere = [...context.diagnostics, ...diagnostics].find((d) => d.source === 'plan-score' && d.range.intersection(range) && d.message.startsWith('Every figure in this plan is out of date'));
    if (stale && staleHere) {
      const action = new vscode.CodeAction(staleAction(stale), vscode.CodeActionKind.QuickFix);
      action.command = { title: staleAction(stale), command: 'planScore.setAsOf', arguments: [stale.latest] };
      action.diagnostics = [staleHere];
      action.isPreferred = true;
      actions.unshift(action);
    }
    return actions;
  }
}

function lineRange(doc: vscode.TextDocument, offset: number): vscode.Range {
  const line = doc.positionAt(offset).line;
  return new vscode.Range(line, 0, line, 0);
}

export class PlanCodeLenses implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  /** The version of each document the editor last asked lenses for. */
  private readonly shown = new Map<string, number>();

  constructor(private readonly service: PlanService) {
    // After an edit the editor asks for lenses by itself, 250 ms or more after the keystroke;
    // announcing a change restarts that wait. So only a check of the text the editor already has
    // lenses for is announced (new settings, data, as-of date or a save).
    service.onDidCheck((state) => {
      if (this.shown.get(state.uri.toString()) === state.version) this.emitter.fire();
    });
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const state = this.service.stateFor(doc);
    this.shown.set(doc.uri.toString(), doc.version);
    const result = state?.evaluation;
    if (!state || !result) return [];
    const lenses: vscode.CodeLens[] = [];
    const stale = state.stale;
    if (stale) {
      const top = new vscode.Range(0, 0, 0, 0);
      lenses.push(new vscode.CodeLens(top, { title: `$(warning) ${staleLens(stale)}`, command: 'planScore.openPreview', arguments: [doc.uri] }));
      lenses.push(new vscode.CodeLens(top, { title: staleAction(stale), command: 'planScore.setAsOf', arguments: [stale.latest], tooltip: `Sets planScore.asOf to ${stale.latest} for this workspace` }));
    }
    const command = (title: string, node: { title: string }): vscode.Command => ({
      title,
      command: 'planScore.openPreview',
      arguments: [doc.uri],
      tooltip: node.title,
    });
    for (const o of state.outline) {
      const or = findObjective(result, o);
      if (or) lenses.push(new vscode.CodeLens(lineRange(doc, o.start), command(objectiveLens(or), o)));
      for (const m of o.children) {
        const mr = findMeasure(result, m);
        if (mr) lenses.push(new vscode.CodeLens(lineRange(doc, m.start), command(withComparisonLens(measureLens(mr), mr), m)));
      }
      for (const a of state.places.actions.get(o.path[1] as number) ?? []) {
        const ar = findAction(result, a);
        if (ar) lenses.push(new vscode.CodeLens(lineRange(doc, a.start), command(actionLens(ar), a)));
      }
    }
    for (const r of state.places.recommendations) {
      const rr = findRecommendation(result, r);
      if (rr) lenses.push(new vscode.CodeLens(lineRange(doc, r.start), command(recommendationLens(rr), r)));
    }
    lenses.sort((a, b) => a.range.start.line - b.range.start.line);
    return lenses;
  }
}

export class PlanHover implements vscode.HoverProvider {
  constructor(private readonly service: PlanService) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.service.stateFor(doc);
    const result = state?.evaluation;
    if (!state || !result) return undefined;
    const offset = doc.offsetAt(position);
    const within = (n: { start: number; end: number }) => offset >= n.start && offset <= n.end;
    const hover = (markdown: string, n: PlaceNode) => {
      const md = new vscode.MarkdownString(markdown);
      md.isTrusted = false;
      md.supportHtml = false;
      const id = new vscode.Range(doc.positionAt(n.selectionStart), doc.positionAt(n.selectionEnd));
      // over its id, that is the range; anywhere else in the entry, the word under the pointer
      return new vscode.Hover(md, id.contains(position) ? id : undefined);
    };
    for (const r of state.places.recommendations) {
      const rr = within(r) ? findRecommendation(result, r) : undefined;
      if (rr) return hover(recommendationHover(rr), r);
    }
    for (const o of state.outline) {
      if (offset < o.start || offset > o.end) continue;
      for (const a of state.places.actions.get(o.path[1] as number) ?? []) {
        const ar = within(a) ? findAction(result, a) : undefined;
        if (ar) return hover(actionHover(ar, result), a);
      }
      for (const m of o.children) {
        if (offset < m.start || offset > m.end) continue;
        // on the measure's first lines (id, title), not deep in its figures
        const head = doc.positionAt(m.start).line;
        const onHead = position.line <= head + 1 || (offset >= m.selectionStart && offset <= m.selectionEnd);
        if (!onHead) return undefined;
        const mr = findMeasure(result, m);
        if (!mr) return undefined;
        const md = new vscode.MarkdownString(withComparisonRows(measureHover(mr), mr));
        md.isTrusted = false;
        md.supportHtml = false;
        return new vscode.Hover(md, new vscode.Range(doc.positionAt(m.selectionStart), doc.positionAt(m.selectionEnd)));
      }
    }
    return undefined;
  }
}

export class PlanSymbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: PlanService) {}

  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    const state = this.service.stateFor(doc);
    if (!state) return [];
    const result = state.evaluation;
    const symbolOf = (n: { id: string; start: number; end: number; selectionStart: number; selectionEnd: number }, detail: string, kind: vscode.SymbolKind): vscode.DocumentSymbol => {
      const range = new vscode.Range(doc.positionAt(n.start), doc.positionAt(n.end));
      const sel = new vscode.Range(doc.positionAt(n.selectionStart), doc.positionAt(n.selectionEnd));
      return new vscode.DocumentSymbol(n.id, detail, kind, range, range.contains(sel) ? sel : range);
    };
    const titled = (title: string, status: string | undefined) => [title, status ? `(${status})` : ''].filter(Boolean).join(' ');
    const byPlace = (a: vscode.DocumentSymbol, b: vscode.DocumentSymbol) => a.range.start.compareTo(b.range.start);
    const symbols = state.outline.map((o) => {
      const symbol = symbolOf(o, titled(o.title, findObjective(result, o)?.status), vscode.SymbolKind.Module);
      const measures = o.children.map((m) => {
        const mr = findMeasure(result, m);
        const child = symbolOf(m, titled(m.title, mr?.status), vscode.SymbolKind.Field);
        child.children = measureAreas(state.check!.source, m.path, mr).map((a) => symbolOf(a, 'local area', vscode.SymbolKind.EnumMember));
        return child;
      });
      const actions = (state.places.actions.get(o.path[1] as number) ?? []).map((a) => {
        const ar = findAction(result, a);
        return symbolOf(a, titled(a.title, ar ? actionState(ar) : undefined), vscode.SymbolKind.Event);
      });
      symbol.children = [...measures, ...actions].sort(byPlace);
      return symbol;
    });
    for (const r of state.places.recommendations) {
      const rr = findRecommendation(result, r);
      symbols.push(symbolOf(r, titled(r.title, rr ? recommendationStateLine(rr) : undefined), vscode.SymbolKind.Object));
    }
    const areas = state.places.areas;
    if (areas) {
      const symbol = symbolOf(areas, areas.title, vscode.SymbolKind.Namespace);
      symbol.children = areas.children.map((a) => symbolOf({ ...a, id: a.title || a.id }, a.id, vscode.SymbolKind.EnumMember));
      symbols.push(symbol);
    }
    return symbols.sort(byPlace);
  }
}
