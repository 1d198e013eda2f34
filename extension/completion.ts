// Completion and snippets of our own from the plan schema, for when the YAML extension (which
// completes from the contributed schema itself) is not active; `planScore.completion` can force
// either way, as `planScore.schemaDiagnostics` does for schema problems.
import * as vscode from 'vscode';
import { completionsAt, type CompletionData } from './adapter/completion';
import { YAML_EXTENSION } from './plans';

const kinds: Record<CompletionData['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  snippet: vscode.CompletionItemKind.Snippet,
};

export function ownCompletionWanted(): boolean {
  const setting = vscode.workspace.getConfiguration('planScore').get<string>('completion', 'auto');
  if (setting === 'always') return true;
  if (setting === 'never') return false;
  return !(vscode.extensions.getExtension(YAML_EXTENSION)?.isActive ?? false);
}

export class PlanCompletion implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!ownCompletionWanted()) return [];
    const word = doc.getWordRangeAtPosition(position, /[A-Za-z][\w-]*/);
    return completionsAt(doc.getText(), position.line, position.character).map((c, i) => {
      const item = new vscode.CompletionItem(c.label, kinds[c.kind]);
      item.insertText = c.kind === 'snippet' ? new vscode.SnippetString(c.insert) : c.insert;
      if (word && c.kind !== 'snippet') item.range = word;
      item.detail = c.detail;
      if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
      item.sortText = String(i).padStart(3, '0');
      if (c.kind === 'key') item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
      return item;
    });
  }
}
