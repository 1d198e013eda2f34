// Keeps every plan in the workspace checked: open editors from their text (throttled, stale
// versions dropped), the rest from disk at start-up and when files change; publishes diagnostics.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import type { FileSystem } from '../core/files';
import type { PlanResult } from '../core/results';
import { knownRuleIds } from '../core/rules/index';
import type { Finding } from '../core/types';
import { PlanChecker, type PlanCheck } from '../core/workspace';
import { groupFindings, showSchemaFindings, type DiagnosticData, type SchemaDiagnosticsSetting } from './adapter/diagnostics';
import { Throttle, VersionGate } from './adapter/scheduler';
import { outlineOf, rulesFromSettings, today, type OutlineNode } from './adapter/text';
import { planPlaces, type PlanPlaces } from './adapter/actions-outline';
import { staleMessage, staleOffer, type StaleOffer } from './adapter/stale';

export const YAML_EXTENSION = 'redhat.vscode-yaml';
const CONFIG_NAME = 'plan-score.config.yaml';

/** One checked version of a plan. */
export class PlanState {
  private outlineCache?: OutlineNode[];
  private placesCache?: PlanPlaces;
  private evaluated?: { value: PlanResult | undefined };

  constructor(
    readonly uri: vscode.Uri,
    readonly version: number,
    readonly file: string,
    readonly text: string,
    readonly check: PlanCheck | undefined,
    readonly asOf: string,
    /** True when no as-of date is set: the plan is evaluated as of today. */
    readonly asOfIsToday = false,
  ) {}

  /** When every figure is out of date as of today: the date the figures support. */
  get stale(): StaleOffer | undefined {
    return staleOffer(this.evaluation, this.asOfIsToday);
  }

  get findings(): Finding[] {
    return this.check?.findings.filter((f) => f.file === this.file) ?? [];
  }

  get outline(): OutlineNode[] {
    this.outlineCache ??= this.check ? outlineOf(this.check.source) : [];
    return this.outlineCache;
  }

  /** Where the plan's actions, recommendations and declared areas are written. */
  get places(): PlanPlaces {
    this.placesCache ??= this.check ? planPlaces(this.check.source) : { actions: new Map(), recommendations: [], areas: undefined };
    return this.placesCache;
  }

  get evaluation(): PlanResult | undefined {
    if (!this.evaluated) {
      let value: PlanResult | undefined;
      try {
        value = this.check?.evaluation();
      } catch {
        value = undefined;
      }
      this.evaluated = { value };
    }
    return this.evaluated.value;
  }

  get errors(): number {
    return this.findings.filter((f) => f.severity === 'error').length;
  }
}

export function isPlanPath(path: string): boolean {
  return path.endsWith('.plan.yaml');
}

/** A document to check: a *.plan.yaml file, or an untitled YAML buffer that reads like a plan. */
export function isPlanDocument(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme === 'untitled') return doc.languageId === 'yaml' && /^objectives\s*:/m.test(doc.getText()) && /^plan\s*:/m.test(doc.getText());
  return doc.uri.scheme === 'file' && isPlanPath(doc.uri.fsPath);
}

const severityOf: Record<DiagnosticData['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class PlanService implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('plan-score');
  private readonly states = new VersionGate<PlanState>();
  private readonly throttle: Throttle;
  /** Diagnostics on other files (CSV data, config), by the plan that produced them. */
  private readonly foreign = new Map<string, Map<string, vscode.Diagnostic[]>>();
  private checker!: PlanChecker;
  /** Which checker made each check: a re-check starts only from a check of the current one (same settings, same configs). */
  private readonly checkerOf = new WeakMap<PlanCheck, PlanChecker>();
  private checkerDate = '';
  private readonly changed = new vscode.EventEmitter<PlanState>();
  readonly onDidCheck = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  settingsProblems: string[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.throttle = new Throttle(200, (key) => this.runScheduled(key));
    this.rebuildChecker();
    this.disposables.push(this.diagnostics, this.changed);
  }

  // ---- settings ----

  asOf(): string {
    return this.asOfSetting() || today();
  }

  private asOfSetting(): string {
    return vscode.workspace.getConfiguration('planScore').get<string>('asOf', '').trim();
  }

  private schemaSetting(): SchemaDiagnosticsSetting {
    const v = vscode.workspace.getConfiguration('planScore').get<string>('schemaDiagnostics', 'auto');
    return v === 'always' || v === 'never' ? v : 'auto';
  }

  showSchema(): boolean {
    return showSchemaFindings(this.schemaSetting(), vscode.extensions.getExtension(YAML_EXTENSION)?.isActive ?? false);
  }

  /** A new checker for new settings (or a new day); configs are read again. */
  rebuildChecker(): void {
    const { rules, problems } = rulesFromSettings(vscode.workspace.getConfiguration('planScore').get('rules'), knownRuleIds());
    this.settingsProblems = problems;
    this.checkerDate = this.asOf();
    this.checker = new PlanChecker({ asOf: this.checkerDate, fs: this.fileSystem(), overrides: { rules } });
    for (const key of this.foreign.keys()) if (key.startsWith('config:')) this.foreign.delete(key);
  }

  private currentChecker(): PlanChecker {
    if (this.asOf() !== this.checkerDate) this.rebuildChecker();
    return this.checker;
  }

  /** Files as the editor has them: open documents' text first, then the disk. */
  private fileSystem(): FileSystem {
    const open = (path: string) => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === path);
    return {
      readFile(path) {
        const doc = open(path);
        if (doc) return doc.getText();
        try {
          return readFileSync(path, 'utf8');
        } catch {
          return undefined;
        }
      },
      exists(path) {
        if (open(path)) return true;
        try {
          return existsSync(path) && statSync(path).isFile();
        } catch {
          return false;
        }
      },
    };
  }

  // ---- checking ----

  private fileOf(uri: vscode.Uri): string {
    if (uri.scheme === 'file') return uri.fsPath;
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    return join(root?.scheme === 'file' ? root.fsPath : tmpdir(), `${basename(uri.path)}.plan.yaml`);
  }

  /**
   * A plan opened in an editor. When its text is what was last checked from disk, with the same
   * as-of date, that check serves: opening a plan does not check the same text again (a large plan
   * then shows its CodeLens at once, and the editor's wait before asking again stays short).
   */
  opened(doc: vscode.TextDocument): PlanState | undefined {
    if (!isPlanDocument(doc)) return undefined;
    const key = doc.uri.toString();
    const fromDisk = this.states.get(key, -1);
    const asOfIsToday = this.asOfSetting() === '';
    if (!fromDisk?.check || fromDisk.text !== doc.getText() || fromDisk.asOf !== this.asOf() || fromDisk.asOfIsToday !== asOfIsToday) return this.checkDocument(doc);
    const state = new PlanState(doc.uri, doc.version, fromDisk.file, fromDisk.text, fromDisk.check, fromDisk.asOf, asOfIsToday);
    if (!this.states.offer(key, doc.version, state)) return this.states.get(key);
    this.changed.fire(state);
    return state;
  }

  /** Checks an open document now and publishes the result (dropped if a newer version is already out). */
  checkDocument(doc: vscode.TextDocument): PlanState | undefined {
    if (!isPlanDocument(doc)) return undefined;
    return this.checkText(doc.uri, doc.version, doc.getText());
  }

  /**
   * Checks an open document after edits, from its last check: an edit inside one objective is
   * re-checked on its own (the result is the full check's either way).
   */
  private checkEdited(doc: vscode.TextDocument): PlanState | undefined {
    if (!isPlanDocument(doc)) return undefined;
    return this.checkText(doc.uri, doc.version, doc.getText(), this.states.get(doc.uri.toString())?.check);
  }

  /**
   * A plan saved, or changed on disk: a plan open in an editor is checked from the editor's text,
   * so only a version not yet checked is checked (a save, by hand or auto save, and the file event
   * it causes do not check the same text twice more).
   */
  fileChanged(uri: vscode.Uri): PlanState | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc && isPlanDocument(doc) ? this.stateFor(doc) : this.checkFile(uri);
  }

  /** Checks a plan file that is not open, from disk. */
  checkFile(uri: vscode.Uri): PlanState | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) return this.checkDocument(doc);
    let text: string;
    try {
      text = readFileSync(uri.fsPath, 'utf8');
    } catch {
      this.forget(uri);
      return undefined;
    }
    return this.checkText(uri, -1, text);
  }

  private checkText(uri: vscode.Uri, version: number, text: string, previous?: PlanCheck): PlanState | undefined {
    const file = this.fileOf(uri);
    let check: PlanCheck | undefined;
    try {
      const checker = this.currentChecker();
      const result = previous && checker === this.checkerOf.get(previous) ? checker.recheck(previous, file, text) : checker.check(file, text);
      if (!result.unreadable) this.checkerOf.set(result, checker);
      check = result.unreadable ? undefined : result;
    } catch (error) {
      // a rule failed: say so on the file rather than leave stale squiggles
      check = undefined;
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `plan-score could not check this file: ${error instanceof Error ? error.message : String(error)}`, vscode.DiagnosticSeverity.Error);
      d.source = 'plan-score';
      this.diagnostics.set(uri, [d]);
    }
    const state = new PlanState(uri, version, file, text, check, this.checkerDate, this.asOfSetting() === '');
    const key = uri.toString();
    if (!this.states.offer(key, version, state)) return this.states.get(key);
    if (check) this.publish(state);
    this.changed.fire(state);
    return state;
  }

  private toDiagnostic(d: DiagnosticData): vscode.Diagnostic {
    const range = new vscode.Range(d.span.start.line, d.span.start.character, d.span.end.line, d.span.end.character);
    const diagnostic = new vscode.Diagnostic(range, d.message, severityOf[d.severity]);
    diagnostic.source = d.source;
    diagnostic.code = { value: d.rule, target: vscode.Uri.joinPath(this.extensionUri, d.docs) };
    return diagnostic;
  }

  private publish(state: PlanState): void {
    const grouped = groupFindings(state.file, state.text, state.check!.findings, { schema: this.showSchema() });
    const stale = state.stale;
    const plan = stale ? grouped.plan.filter((d) => d.rule !== 'stale-data') : grouped.plan;
    const diagnostics = plan.map((d) => this.toDiagnostic(d));
    if (stale && plan.length < grouped.plan.length) diagnostics.unshift(this.staleDiagnostic(state, stale));
    this.diagnostics.set(state.uri, diagnostics);
    const planKey = state.uri.toString();
    const touched = new Set<string>();
    for (const [file, list] of grouped.others) {
      const isConfig = basename(file) === CONFIG_NAME;
      // config findings come once per config file (until the checker is reset): keep them
      const key = isConfig ? `config:${file}` : planKey;
      const byFile = this.foreign.get(key) ?? new Map<string, vscode.Diagnostic[]>();
      if (!isConfig && !touched.has(key)) byFile.clear();
      touched.add(key);
      byFile.set(file, list.map((d) => this.toDiagnostic(d)));
      this.foreign.set(key, byFile);
    }
    if (!touched.has(planKey) && this.foreign.has(planKey)) this.foreign.delete(planKey);
    this.republishForeign();
  }

  /** One warning, on the plan key, in place of a stale-data warning on every measure. */
  private staleDiagnostic(state: PlanState, offer: StaleOffer): vscode.Diagnostic {
    const at = state.check!.source.locate(['plan'], 'key');
    const start = at.path.length === 1 ? at.start : 0;
    const end = at.path.length === 1 ? at.end : 0;
    const lines = state.text.slice(0, start).split(/\r\n|\r|\n/);
    const line = lines.length - 1;
    const character = lines[line].length;
    const d = new vscode.Diagnostic(new vscode.Range(line, character, line, character + (end - start)), staleMessage(offer), vscode.DiagnosticSeverity.Warning);
    d.source = 'plan-score';
    d.code = { value: 'stale-data', target: vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', 'stale-data.md') };
    return d;
  }

  private foreignFiles = new Set<string>();

  private republishForeign(): void {
    const all = new Map<string, vscode.Diagnostic[]>();
    for (const byFile of this.foreign.values()) for (const [file, list] of byFile) all.set(file, [...(all.get(file) ?? []), ...list]);
    for (const file of this.foreignFiles) if (!all.has(file)) this.diagnostics.delete(vscode.Uri.file(file));
    for (const [file, list] of all) this.diagnostics.set(vscode.Uri.file(file), list);
    this.foreignFiles = new Set(all.keys());
  }

  /** Forgets a plan (deleted, or an untitled buffer closed). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.throttle.cancel(key);
    this.states.delete(key);
    this.diagnostics.delete(uri);
    if (this.foreign.delete(key)) this.republishForeign();
  }

  // ---- events ----

  /** An edit: check soon (throttled); the newest text is read when the check runs. */
  scheduleCheck(doc: vscode.TextDocument): void {
    if (isPlanDocument(doc)) this.throttle.schedule(doc.uri.toString());
  }

  private runScheduled(key: string): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc) this.checkEdited(doc);
  }

  /** The state for the document as it is now: checked at once when the last check is older. */
  stateFor(doc: vscode.TextDocument): PlanState | undefined {
    if (!isPlanDocument(doc)) return undefined;
    const key = doc.uri.toString();
    const current = this.states.get(key, doc.version);
    if (current) return current;
    this.throttle.cancel(key);
    return this.checkEdited(doc);
  }

  latest(uri: vscode.Uri): PlanState | undefined {
    return this.states.get(uri.toString());
  }

  closed(doc: vscode.TextDocument): void {
    if (!isPlanDocument(doc) && !(doc.uri.scheme === 'file' && isPlanPath(doc.uri.fsPath))) return;
    this.throttle.cancel(doc.uri.toString());
    this.states.delete(doc.uri.toString());
    if (doc.uri.scheme === 'file' && existsSync(doc.uri.fsPath)) this.checkFile(doc.uri);
    else this.forget(doc.uri);
  }

  /** Every plan in the workspace (and every open one), checked; yields between files. */
  async checkWorkspace(token?: vscode.CancellationToken): Promise<PlanState[]> {
    const uris = await vscode.workspace.findFiles('**/*.plan.yaml', '**/{node_modules,.git,.cache}/**');
    const seen = new Set<string>();
    const out: PlanState[] = [];
    for (const uri of uris) {
      if (token?.isCancellationRequested) break;
      seen.add(uri.toString());
      const s = this.checkFile(uri);
      if (s) out.push(s);
      await new Promise((r) => setImmediate(r));
    }
    for (const doc of vscode.workspace.textDocuments) {
      if (seen.has(doc.uri.toString()) || !isPlanDocument(doc)) continue;
      const s = this.checkDocument(doc);
      if (s) out.push(s);
    }
    return out;
  }

  /** Re-checks every plan already known (after a config, data or settings change). */
  recheckKnown(filter?: (state: PlanState) => boolean): void {
    for (const key of this.states.keys()) {
      const state = this.states.get(key);
      if (!state || (filter && !filter(state))) continue;
      this.checkFile(state.uri);
    }
    for (const doc of vscode.workspace.textDocuments) if (isPlanDocument(doc) && !this.states.get(doc.uri.toString())) this.checkDocument(doc);
  }

  /** A config file changed: read configs again and re-check everything. */
  configChanged(): void {
    this.checker.reset();
    for (const key of [...this.foreign.keys()]) if (key.startsWith('config:')) this.foreign.delete(key);
    this.republishForeign();
    this.recheckAll();
  }

  /** Re-checks every known plan, forcing past the version gate (results for the same version are replaced). */
  recheckAll(): void {
    this.recheckKnown();
  }

  /** A CSV data file changed: re-check the plans that name it. */
  dataChanged(uri: vscode.Uri): void {
    const name = basename(uri.fsPath);
    this.recheckKnown((s) => s.text.includes(name));
  }

  dispose(): void {
    this.throttle.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
