// The editor features over a checked plan: quick fixes, CodeLens, hover and the outline.
import * as vscode from 'vscode';
import { selectActions } from './adapter/actions';
import { staleAction, staleLens } from './adapter/stale';
import { findMeasure, findObjective, measureHover, measureLens, objectiveLens, type OutlineNode } from './adapter/text';
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

  constructor(private readonly service: PlanService) {
    service.onDidCheck(() => {
      // Announced after every check: announcing only checks of the text already shown left the
      // lenses of an edit unshown until the next check (the real-VS-Code check caught it).
      this.emitter.fire();
    });
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const state = this.service.stateFor(doc);
    const result = state?.evaluation;
    if (!state || !result) return [];
    const lenses: vscode.CodeLens[] = [];
    const stale = state.stale;
    if (stale) {
      const top = new vscode.Range(0, 0, 0, 0);
      lenses.push(new vscode.CodeLens(top, { title: `$(warning) ${staleLens(stale)}`, command: 'planScore.openPreview', arguments: [doc.uri] }));
      lenses.push(new vscode.CodeLens(top, { title: staleAction(stale), command: 'planScore.setAsOf', arguments: [stale.latest], tooltip: `Sets planScore.asOf to ${stale.latest} for this workspace` }));
    }
    const command = (title: string, node: OutlineNode): vscode.Command => ({
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
        if (mr) lenses.push(new vscode.CodeLens(lineRange(doc, m.start), command(measureLens(mr), m)));
      }
    }
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
    for (const o of state.outline) {
      if (offset < o.start || offset > o.end) continue;
      for (const m of o.children) {
        if (offset < m.start || offset > m.end) continue;
        // on the measure's first lines (id, title), not deep in its figures
        const head = doc.positionAt(m.start).line;
        const onHead = position.line <= head + 1 || (offset >= m.selectionStart && offset <= m.selectionEnd);
        if (!onHead) return undefined;
        const mr = findMeasure(result, m);
        if (!mr) return undefined;
        const md = new vscode.MarkdownString(measureHover(mr));
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
    const toSymbol = (n: OutlineNode): vscode.DocumentSymbol => {
      const status = n.kind === 'objective' ? findObjective(result, n)?.status : findMeasure(result, n)?.status;
      const detail = [n.title, status ? `(${status})` : ''].filter(Boolean).join(' ');
      const range = new vscode.Range(doc.positionAt(n.start), doc.positionAt(n.end));
      const sel = new vscode.Range(doc.positionAt(n.selectionStart), doc.positionAt(n.selectionEnd));
      const symbol = new vscode.DocumentSymbol(n.id, detail, n.kind === 'objective' ? vscode.SymbolKind.Module : vscode.SymbolKind.Field, range, range.contains(sel) ? sel : range);
      symbol.children = n.children.map(toSymbol);
      return symbol;
    };
    return state.outline.map(toSymbol);
  }
}
