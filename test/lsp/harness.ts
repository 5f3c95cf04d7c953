// A minimal LSP client for protocol-level tests: starts the BUILT server (dist/server.js) over
// stdio, answers the requests a real editor answers and records what the server sends.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
  DocumentSymbol,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

import { ensureDistBuilt, root } from '../support/build';

export { root };
export const serverPath = path.join(root, 'dist', 'server.js');

/** Builds dist/ when dist/server.js is missing or older than its sources. */
export function ensureServerBuilt(): void {
  ensureDistBuilt(serverPath);
}

export function tempWorkspace(files: Record<string, string> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-lsp-')));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

export const uriOf = (p: string) => pathToFileURL(p).href;

export interface StartOptions {
  folder: string;
  /** Answer for workspace/configuration (section factlens). */
  settings?: Record<string, unknown>;
  /** Omit workspace/configuration support: settings come from initializationOptions. */
  noConfigurationSupport?: boolean;
  initializationOptions?: unknown;
  /** Extra node options before the server script (e.g. `-r guard.js` in the no-network test). */
  execArgv?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly statuses: Array<{ uri: string; counts: Record<string, number> }> = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly progress: unknown[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  settings: Record<string, unknown>;
  private readonly texts = new Map<string, { text: string; version: number }>();
  private waiters: Array<() => void> = [];
  private stderr = '';

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
    readonly folder: string,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(opts: StartOptions): Promise<TestClient> {
    const proc = spawn(process.execPath, [...(opts.execArgv ?? []), serverPath, '--stdio'], {
      cwd: opts.folder,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: opts.env ? { ...process.env, ...opts.env } : process.env,
    });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn, opts.folder, opts.settings ?? {});
    proc.stderr!.on('data', (d) => (client.stderr += String(d)));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => client.record(() => client.diagnostics.push(p)));
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => client.record(() => client.messages.push(p)));
    conn.onNotification('factlens/status', (p: { uri: string; counts: Record<string, number> }) => client.record(() => client.statuses.push(p)));
    conn.onNotification('$/progress', (p: unknown) => client.record(() => client.progress.push(p)));
    conn.onNotification('window/logMessage', () => undefined);
    conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (i.section === 'factlens' ? client.settings : null)),
    );
    conn.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      client.record(() => client.messages.push(p));
      return null;
    });
    conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      client.record(() => client.appliedEdits.push(p.edit));
      return { applied: true };
    });
    conn.listen();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(opts.folder),
      workspaceFolders: [{ uri: uriOf(opts.folder), name: path.basename(opts.folder) }],
      initializationOptions: opts.initializationOptions,
      capabilities: {
        workspace: {
          configuration: !opts.noConfigurationSupport,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          workspaceFolders: true,
        },
        window: { workDoneProgress: true, showMessage: {} },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  private record(f: () => void): void {
    f();
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }

  /** Waits until `check` returns a value (re-evaluated on every message from the server). */
  async waitFor<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  version(uri: string): number {
    return this.texts.get(uri)!.version;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.texts.set(uri, { text, version: 1 });
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, text: string): Promise<number> {
    const version = this.version(uri) + 1;
    this.texts.set(uri, { text, version });
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Diagnostics published for the document's current version (waits for them). */
  async diagnosticsFor(uri: string, version = this.version(uri)): Promise<Diagnostic[]> {
    const p = await this.waitFor(
      () => [...this.diagnostics].reverse().find((d) => d.uri === uri && d.version === version),
      `diagnostics for ${uri} v${version}`,
    );
    return p.diagnostics;
  }

  /** The latest diagnostics published for a URI (any version), waiting for at least `after` publications. */
  async latestDiagnostics(uri: string, after = 0): Promise<Diagnostic[]> {
    const list = await this.waitFor(() => {
      const all = this.diagnostics.filter((d) => d.uri === uri);
      return all.length > after ? all : undefined;
    }, `diagnostics for ${uri}`);
    return list[list.length - 1].diagnostics;
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.filter((d) => d.uri === uri);
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  symbols(uri: string): Promise<DocumentSymbol[]> {
    return this.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  executeCommand(command: string, args: unknown[] = [], workDoneToken?: string): Promise<unknown> {
    return this.conn.sendRequest('workspace/executeCommand', { command, arguments: args, workDoneToken });
  }

  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { factlens: settings } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }

  serverStderr(): string {
    return this.stderr;
  }
}

/** Applies LSP text edits to a text (all ranges refer to the original, as the protocol says). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create('file:///x', 'markdown', 0, text);
  return TextDocument.applyEdits(doc, edits);
}

/** Applies a WorkspaceEdit to in-memory files (uri -> text); created files start empty. */
export function applyWorkspaceEdit(files: Map<string, string>, edit: WorkspaceEdit): Map<string, string> {
  const out = new Map(files);
  if (edit.changes) for (const [uri, edits] of Object.entries(edit.changes)) out.set(uri, applyTextEdits(out.get(uri) ?? '', edits));
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create' && !out.has(change.uri)) out.set(change.uri, '');
      continue;
    }
    const uri = change.textDocument.uri;
    if (!out.has(uri)) {
      // Files the editor has not opened are edited on disk.
      const file = fileURLToPath(uri);
      if (!fs.existsSync(file)) throw new Error(`edit to a file that does not exist and was not created: ${uri}`);
      out.set(uri, fs.readFileSync(file, 'utf8'));
    }
    out.set(uri, applyTextEdits(out.get(uri)!, change.edits as TextEdit[]));
  }
  return out;
}

/** A diagnostic's message as text (LSP 3.18 allows MarkupContent there). */
export function messageOf(d: { message: string | { value: string } }): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
