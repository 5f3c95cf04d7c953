// A minimal LSP client over stdio for the benchmarks: spawns dist/server.js, frames JSON-RPC
// messages, answers the server's requests (configuration, registrations) and lets the caller
// wait for published diagnostics of a given document version.
import { spawn } from 'child_process';

export class LspClient {
  constructor(serverPath, settings) {
    this.settings = settings;
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.chunks = [];
    this.received = 0;
    /** Bytes the incomplete message needs (0: unknown until its header is complete). */
    this.needed = 0;
    this.proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (chunk) => this.receive(chunk));
    this.proc.stderr.on('data', () => {});
    this.exited = new Promise((resolve) => this.proc.on('exit', resolve));
  }

  receive(chunk) {
    // Chunks are gathered until the message they belong to is complete: concatenating the buffer
    // on every 64 KB chunk would cost the square of a multi-megabyte publish.
    this.chunks.push(chunk);
    this.received += chunk.length;
    if (this.needed !== 0 && this.received < this.needed) return;
    let buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.received);
    this.chunks = [];
    this.received = 0;
    this.needed = 0;
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) break;
      const match = /Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
      const length = Number(match?.[1] ?? 0);
      if (buffer.length < headerEnd + 4 + length) {
        this.needed = headerEnd + 4 + length;
        break;
      }
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
    // Keep the incomplete rest as the first gathered chunk.
    if (buffer.length) {
      this.chunks.push(buffer);
      this.received = buffer.length;
    }
  }

  dispatch(msg) {
    if (msg.id !== undefined && msg.method) {
      // A request from the server.
      let result = null;
      if (msg.method === 'workspace/configuration') result = (msg.params?.items ?? []).map((i) => (i.section === 'factlens' ? this.settings : null));
      this.write({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const at = performance.now();
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== msg.params.uri || (w.version !== undefined && msg.params.version !== w.version)) return true;
        w.resolve({ at, diagnostics: msg.params.diagnostics });
        return false;
      });
    }
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    this.write({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the time (performance.now()) the diagnostics of `uri` (at `version`, if given) arrived. */
  diagnostics(uri, version, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  async initialize(rootUri) {
    await this.request('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { factlens: this.settings },
      workspaceFolders: null,
    });
    this.notify('initialized', {});
  }

  async close() {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}
