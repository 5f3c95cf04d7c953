// The FactLens language server: wires documents, settings, packs and the engine to LSP features.
import * as fs from 'fs';
import * as path from 'path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine } from '../engine/createEngine';
import type { ClaimsDatabase } from '../engine/db/database';
import { loadBuiltinDatabase } from '../engine/db/load';
import type { Engine } from '../engine/engine';
import type { DocumentAnalysis } from '../engine/types';
import type { DocumentSession } from '../engine/session';
import { analyzeDocumentText, CountedRuns, countVerdicts } from './analyze';
import { codeActions, fixAllFix, toWorkspaceEdit, FIX_ALL_KIND, type ActionContext } from './codeActions';
import { analysisDiagnostics, DIAGNOSTIC_SOURCE } from './diagnostics';
import { analysisDiagnosticsJson, RenderedRuns, runsDiagnosticsJson } from './diagnosticsJson';
import { hoverAt } from './hover';
import { affectsPacks, loadPacks, type PackLoad } from './packs';
import { pathToUri, sameFile, uriToPath } from './paths';
import { COMMANDS, STATUS_NOTIFICATION, type CheckWorkspaceResult, type StatusParams } from './protocol';
import { renderReport } from './report';
import { DebouncedScheduler } from './scheduler';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { readDiskDocument } from './diskDocument';
import { documentSymbols } from './symbols';
import { extensionsFor, forEachFile, listWorkspaceFiles } from './workspaceCheck';

export interface ServerOptions {
  /**
   * The connection's encoder writes SerializedDiagnostics as they are (diagnosticsEncoder.ts):
   * publish diagnostics as JSON text instead of objects.
   */
  serializedDiagnostics?: boolean;
}

interface OpenSession {
  engine: Engine;
  maxFileSizeKb: number;
  session: DocumentSession;
  /** What was last published and counted of the session's runs: the next publish redoes only what an edit changed. */
  rendered: RenderedRuns;
  counted: CountedRuns;
}

interface CachedAnalysis {
  version: number;
  analysis: DocumentAnalysis;
}

export class FactLensServer {
  private readonly documents = new TextDocuments(TextDocument);
  private settings: Settings = DEFAULT_SETTINGS;
  private engine: Engine | null = null;
  private packs: PackLoad | null = null;
  private folders: string[] = [];
  private readonly cache = new Map<string, CachedAnalysis>();
  /** Incremental analysis per open document (engine sessions): an edit re-checks only the blocks it touched. */
  private readonly sessions = new Map<string, OpenSession>();
  private readonly scheduler: DebouncedScheduler;
  private readonly shownWarnings = new Set<string>();
  /** Closed files whose diagnostics came from a workspace check: they keep them after closing. */
  private readonly workspaceChecked = new Set<string>();
  private publishedPackFiles = new Set<string>();
  private caps = { configuration: false, dynamicConfig: false, dynamicWatch: false, documentChanges: false, progress: false };
  private initOptions: unknown = undefined;
  private readonly ready: Promise<void>;
  private markReady!: () => void;
  private watcherRegistration: { dispose(): void } | null = null;
  private watchKey = '';
  private packReloadTimer: NodeJS.Timeout | null = null;
  private workspaceCheckRun = 0;

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions = {},
  ) {
    this.scheduler = new DebouncedScheduler((uri) => void this.checkOpenDocument(uri), () => this.settings.debounceMs);
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => void this.initialized());
    c.onDidChangeConfiguration((p) => void this.configurationChanged(p.settings));
    c.onDidChangeWatchedFiles((p) => this.watchedFilesChanged(p.changes.map((ch) => ch.uri)));
    c.onHover((p) => this.withAnalysis(p.textDocument.uri, (doc, a) => hoverAt(doc, a, this.db(), p.position)));
    c.onCodeAction((p) =>
      this.withAnalysis(p.textDocument.uri, (doc, a) => codeActions(this.actionContext(doc, a), p.range, p.context.diagnostics, p.context.only)),
    );
    c.onDocumentSymbol((p) => this.withAnalysis(p.textDocument.uri, (doc, a) => documentSymbols(doc, a)));
    // Handled as a plain request so the client's workDoneToken is still in the params.
    c.onRequest(ExecuteCommandRequest.type, (p) => {
      const progress = p.workDoneToken !== undefined ? c.window.attachWorkDoneProgress(p.workDoneToken) : undefined;
      return this.executeCommand(p.command, p.arguments ?? [], progress);
    });
    c.onShutdown(() => this.scheduler.dispose());

    this.documents.onDidOpen((e) => this.scheduler.schedule(e.document.uri, true));
    this.documents.onDidChangeContent((e) => {
      this.cache.delete(e.document.uri);
      this.scheduler.schedule(e.document.uri);
    });
    this.documents.onDidClose((e) => void this.documentClosed(e.document.uri));
    this.documents.listen(c);
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const cap = params.capabilities;
    this.caps = {
      configuration: !!cap.workspace?.configuration,
      dynamicConfig: !!cap.workspace?.didChangeConfiguration?.dynamicRegistration,
      dynamicWatch: !!cap.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      documentChanges: !!cap.workspace?.workspaceEdit?.documentChanges,
      progress: !!cap.window?.workDoneProgress,
    };
    this.initOptions = params.initializationOptions;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folders.map(uriToPath).filter((p): p is string => p !== null);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'factlens-ls', version: SERVER_VERSION },
    };
  }

  private async initialized(): Promise<void> {
    try {
      if (this.caps.configuration && this.caps.dynamicConfig) {
        await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'factlens' });
      }
      this.connection.workspace.onDidChangeWorkspaceFolders?.((e) => {
        const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        this.folders = [...this.folders.filter((f) => !removed.has(f)), ...added];
        void this.reloadPacks();
      });
    } catch {
      // Registration is optional; settings still arrive through didChangeConfiguration.
    }
    try {
      await this.refreshSettings(this.initOptions);
      await this.reloadPacks(false);
    } catch (e) {
      this.reportInternalError('start-up', e);
    } finally {
      this.markReady();
    }
  }

  /** Unexpected failures are logged and shown once; the server keeps serving what it can. */
  private reportInternalError(where: string, e: unknown): void {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    this.connection.console.error(`FactLens ${where} failed: ${detail}`);
    const message = `FactLens: ${where} failed (${e instanceof Error ? e.message : String(e)}). See the FactLens output for details.`;
    if (!this.shownWarnings.has(message)) {
      this.shownWarnings.add(message);
      void this.connection.window.showErrorMessage(message);
    }
  }

  // ---- settings -------------------------------------------------------------------------------

  private async fetchRawSettings(fallback: unknown): Promise<unknown> {
    if (this.caps.configuration) {
      try {
        const [section] = await this.connection.workspace.getConfiguration([{ section: 'factlens' }]);
        // Clients without a `factlens` section (plain editors) fall back to initializationOptions.
        return section ?? fallback;
      } catch {
        return fallback;
      }
    }
    return fallback;
  }

  private async refreshSettings(fallback: unknown): Promise<void> {
    const raw = await this.fetchRawSettings(fallback);
    const { settings, warnings } = parseSettings(raw);
    for (const w of warnings) {
      if (this.shownWarnings.has(w)) continue;
      this.shownWarnings.add(w);
      void this.connection.window.showWarningMessage(w);
    }
    this.settings = settings;
  }

  private async configurationChanged(pushed: unknown): Promise<void> {
    await this.ready;
    const before = this.settings;
    await this.refreshSettings(pushed ?? this.initOptions);
    if (JSON.stringify(before.claimPacks) !== JSON.stringify(this.settings.claimPacks)) await this.reloadPacks();
    else this.recheckAll();
  }

  // ---- packs ----------------------------------------------------------------------------------

  private async reloadPacks(recheck = true): Promise<void> {
    const load = loadPacks(this.folders, this.settings.claimPacks);
    this.packs = load;
    try {
      this.engine = createEngine(load.db);
    } catch (e) {
      // A pack the schema accepts but the engine cannot use: fall back to the built-in database.
      this.reportInternalError('loading claim packs', e);
      this.engine = createEngine(loadBuiltinDatabase());
    }
    this.cache.clear();
    this.sessions.clear();
    this.publishPackIssues(load);
    await this.registerWatchers(load.watched);
    if (recheck) this.recheckAll();
  }

  private publishPackIssues(load: PackLoad): void {
    const now = new Set<string>();
    for (const [file, issues] of load.issuesByFile) {
      const uri = pathToUri(file);
      now.add(uri);
      const diagnostics: Diagnostic[] = issues.map((i) => ({
        range: {
          start: { line: Math.max(0, i.line - 1), character: Math.max(0, i.column - 1) },
          end: { line: Math.max(0, i.line - 1), character: Math.max(0, i.column - 1) + 1 },
        },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: 'claim-pack',
        message: i.message,
      }));
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of this.publishedPackFiles) if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.publishedPackFiles = now;

    const problems = [...load.issuesByFile.entries()].map(([file, issues]) => `${this.relative(file)} (${issues.length})`);
    const messages = [...load.messages];
    if (problems.length) {
      messages.push(
        `FactLens: claim pack problems in ${problems.join(', ')}; those entries were skipped and the rest of the database is in use. See the Problems panel.`,
      );
    }
    for (const m of messages) {
      // One notification per distinct problem, not one per reload.
      if (this.shownWarnings.has(m)) continue;
      this.shownWarnings.add(m);
      void this.connection.window.showWarningMessage(m);
    }
  }

  private relative(file: string): string {
    const folder = this.folders.find((f) => file.startsWith(f + path.sep));
    return folder ? path.relative(folder, file) : file;
  }

  private async registerWatchers(watched: string[]): Promise<void> {
    if (!this.caps.dynamicWatch) return;
    // Configured packs may live anywhere in the workspace: watch each with a pattern relative to it.
    const extra = watched
      .filter((w) => !w.includes(`${path.sep}.factlens${path.sep}claims`))
      .map((w) => (isDirectory(w) ? { baseUri: pathToUri(w), pattern: '**/*' } : { baseUri: pathToUri(path.dirname(w)), pattern: path.basename(w) }));
    const watchers = [{ globPattern: '**/.factlens/claims/**' }, ...extra.map((p) => ({ globPattern: p }))];
    const key = JSON.stringify(watchers);
    if (this.watchKey === key) return;
    this.watchKey = key;
    this.watcherRegistration?.dispose();
    try {
      this.watcherRegistration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch {
      this.watcherRegistration = null;
    }
  }

  private watchedFilesChanged(uris: string[]): void {
    const watched = this.packs?.watched ?? [];
    const relevant = uris.some((u) => {
      const p = uriToPath(u);
      return p !== null && (affectsPacks(p, watched) || /[\\/]\.factlens[\\/]claims[\\/]/.test(p));
    });
    if (!relevant) return;
    // Editors save and rename in bursts: reload once after they settle.
    if (this.packReloadTimer) clearTimeout(this.packReloadTimer);
    this.packReloadTimer = setTimeout(() => {
      this.packReloadTimer = null;
      void this.ready.then(() => this.reloadPacks());
    }, 100);
  }

  // ---- analysis and publishing ----------------------------------------------------------------

  private db(): ClaimsDatabase {
    return this.engine!.db;
  }

  private isTracked(doc: TextDocument): boolean {
    return this.settings.languageIds.includes(doc.languageId);
  }

  private analysisFor(doc: TextDocument): DocumentAnalysis {
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const analysis = analyzeDocumentText(this.engine!, doc.getText(), this.settings, this.sessionFor(doc.uri));
    this.cache.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  /** The document's incremental session, made anew when the engine or the size limit changed. */
  private sessionFor(uri: string): ((text: string) => DocumentAnalysis) | undefined {
    const engine = this.engine!;
    if (!engine.openDocument) return undefined;
    const kb = this.settings.maxFileSizeKb;
    const entry = this.sessions.get(uri);
    if (entry && entry.engine === engine && entry.maxFileSizeKb === kb) return (text) => entry.session.update(text);
    return (text) => {
      const session = engine.openDocument!(text, { maxSize: kb * 1024 });
      this.sessions.set(uri, { engine, maxFileSizeKb: kb, session, rendered: new RenderedRuns(), counted: new CountedRuns() });
      return session.analysis;
    };
  }

  private async withAnalysis<T>(uri: string, f: (doc: TextDocument, a: DocumentAnalysis) => T): Promise<T | null> {
    await this.ready;
    const doc = this.documents.get(uri);
    if (!doc || !this.engine || !this.isTracked(doc)) return null;
    return f(doc, this.analysisFor(doc));
  }

  private async checkOpenDocument(uri: string): Promise<void> {
    await this.ready;
    const doc = this.documents.get(uri);
    if (!doc || !this.engine) return;
    if (!this.isTracked(doc)) {
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const version = doc.version;
    let analysis: DocumentAnalysis;
    try {
      analysis = this.analysisFor(doc);
    } catch (e) {
      // Say so in the document rather than leave it silently unchecked.
      this.reportInternalError('checking a document', e);
      analysis = { claims: [], suppressed: [], skipped: { reason: `FactLens could not check this document: ${(e as Error).message ?? e}` } };
    }
    // A newer version arrived meanwhile: its own check is scheduled, this result is stale.
    if (this.documents.get(uri)?.version !== version) return;
    this.publish(doc, analysis, version);
  }

  private publish(doc: TextDocument, analysis: DocumentAnalysis, version: number | null): void {
    // An editing session's own analysis is read as the session keeps it (claimRuns.ts): reading
    // its claim lists would make shifted copies of every claim after the edit.
    const open = this.sessions.get(doc.uri);
    const lines = open?.session.lines;
    const runs = open && open.session.analysis === analysis && lines && lines.text === doc.getText() ? open.session.runs : null;
    // Rendered now, not when the writer gets to the message: the document may have changed by then.
    const diagnostics = !this.options.serializedDiagnostics
      ? analysisDiagnostics(doc, analysis, this.settings)
      : ((open && runs && lines ? runsDiagnosticsJson(runs, lines, this.settings, open.rendered) : analysisDiagnosticsJson(doc, analysis, this.settings, lines)) as unknown as Diagnostic[]);
    void this.connection.sendDiagnostics({ uri: doc.uri, version: version ?? undefined, diagnostics });
    const status: StatusParams = { uri: doc.uri, version, counts: countVerdicts(analysis, runs, open?.counted), skipped: analysis.skipped?.reason };
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  private recheckAll(): void {
    this.cache.clear();
    this.sessions.clear();
    for (const doc of this.documents.all()) this.scheduler.schedule(doc.uri, true);
  }

  private async documentClosed(uri: string): Promise<void> {
    this.scheduler.cancel(uri);
    this.cache.delete(uri);
    this.sessions.delete(uri);
    const file = uriToPath(uri);
    if (file && this.workspaceChecked.has(uri) && fs.existsSync(file)) {
      // Checked by a workspace check: keep showing the file's problems as it is on disk.
      await this.ready;
      this.checkClosedFile(file, uri);
      return;
    }
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private checkClosedFile(file: string, uri: string): DocumentAnalysis | null {
    // Bounded, binary-safe and strict about UTF-8 (a lossy decode would check garbled text).
    const read = readDiskDocument(file, this.settings);
    if ('unreadable' in read) return null;
    const text = read.text;
    const doc = TextDocument.create(uri, 'markdown', 0, text);
    let analysis: DocumentAnalysis;
    try {
      analysis = read.ok ? analyzeDocumentText(this.engine!, text, this.settings) : { claims: [], suppressed: [], skipped: { reason: read.reason } };
    } catch (e) {
      this.reportInternalError('checking a document', e);
      analysis = { claims: [], suppressed: [], skipped: { reason: `FactLens could not check this document: ${(e as Error).message ?? e}` } };
    }
    this.publish(doc, analysis, null);
    return analysis;
  }

  // ---- commands -------------------------------------------------------------------------------

  private actionContext(doc: TextDocument, analysis: DocumentAnalysis): ActionContext {
    return {
      doc,
      analysis,
      db: this.db(),
      settings: this.settings,
      workspaceFolders: this.folders,
      documentChanges: this.caps.documentChanges,
    };
  }

  private async executeCommand(command: string, args: unknown[], progress: WorkDoneProgressReporter | undefined): Promise<unknown> {
    await this.ready;
    const uriArg = typeof args[0] === 'string' ? args[0] : (args[0] as { uri?: string } | undefined)?.uri;
    switch (command) {
      case COMMANDS.checkWorkspace:
        return this.checkWorkspace(progress);
      case COMMANDS.showReport: {
        const doc = uriArg ? this.findDocument(uriArg) : null;
        if (!doc) throw new Error('factlens.showReport needs the URI of an open Markdown document');
        const analysis = this.isTracked(doc) ? this.analysisFor(doc) : analyzeDocumentText(this.engine!, doc.getText(), this.settings);
        const title = uriToPath(doc.uri) ? path.basename(uriToPath(doc.uri)!) : doc.uri;
        return renderReport(title, analysis, this.db(), (o) => doc.positionAt(o).line);
      }
      case COMMANDS.fixAll: {
        const doc = uriArg ? this.findDocument(uriArg) : null;
        if (!doc) throw new Error('factlens.fixAll needs the URI of an open Markdown document');
        const ctx = this.actionContext(doc, this.analysisFor(doc));
        const fix = fixAllFix(ctx);
        const edit = fix && toWorkspaceEdit(ctx, fix);
        if (!edit) return { applied: false, reason: 'nothing to fix' };
        const result = await this.connection.workspace.applyEdit({ label: fix!.title, edit });
        return { applied: result.applied };
      }
      default:
        throw new Error(`unknown command ${command}`);
    }
  }

  private findDocument(uri: string): TextDocument | null {
    return this.documents.get(uri) ?? this.documents.all().find((d) => sameFile(d.uri, uri)) ?? null;
  }

  private async checkWorkspace(given: WorkDoneProgressReporter | undefined): Promise<CheckWorkspaceResult> {
    const run = ++this.workspaceCheckRun;
    let progress: WorkDoneProgressReporter | null = given ?? null;
    try {
      if (!progress && this.caps.progress) progress = await this.connection.window.createWorkDoneProgress();
    } catch {
      progress = null;
    }
    const files = listWorkspaceFiles(this.folders, extensionsFor(this.settings.languageIds));
    progress?.begin('FactLens: checking workspace', 0, `${files.length} files`, false);
    let claims = 0;
    const result = await forEachFile(
      files,
      ({ file, index, total }) => {
        const uri = pathToUri(file);
        const open = this.documents.all().find((d) => sameFile(d.uri, uri));
        if (open) {
          const analysis = this.analysisFor(open);
          this.publish(open, analysis, open.version);
          claims += analysis.claims.length;
        } else {
          this.workspaceChecked.add(uri);
          claims += this.checkClosedFile(file, uri)?.claims.length ?? 0;
        }
        progress?.report(Math.round(((index + 1) / total) * 100), path.basename(file));
      },
      // A newer workspace check supersedes this one.
      () => run !== this.workspaceCheckRun,
    );
    progress?.done();
    return { files: result.checked, claims, cancelled: result.cancelled };
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export const SERVER_VERSION: string = readVersion();

function readVersion(): string {
  for (const dir of [__dirname, path.join(__dirname, '..'), path.join(__dirname, '..', '..', '..')]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'factlens' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}
