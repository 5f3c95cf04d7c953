// The built server under load: thousands of rapid random edits (incremental and full) to several
// documents, interleaved with hovers, code actions, symbols and cancelled requests. It must not
// crash or publish stale diagnostics; the final diagnostics equal a fresh analysis of the final
// text; its memory stays bounded.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocumentText } from '../../server/src/lsp/analyze';
import { analysisDiagnostics } from '../../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { ensureServerBuilt, tempWorkspace, TestClient, uriOf } from '../lsp/harness';
import { counters, freshEngine, markdownDocument, mutate, mutation, SEED, SEED_DOCUMENTS, type Mutation } from './support';

const EDITS = 3000;
const DOCS = 3;

/** Resident memory of a process in MB (Linux /proc), or null where that is not available. */
function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The range and replacement a mutation makes, as an incremental LSP change. */
function asChange(text: string, m: Mutation): { start: number; end: number; newText: string } {
  const after = mutate(text, m);
  let start = 0;
  while (start < text.length && start < after.length && text[start] === after[start]) start++;
  let endOld = text.length;
  let endNew = after.length;
  while (endOld > start && endNew > start && text[endOld - 1] === after[endNew - 1]) {
    endOld--;
    endNew--;
  }
  return { start, end: endOld, newText: after.slice(start, endNew) };
}

function comparable(d: Diagnostic[]) {
  return d.map((x) => ({ range: x.range, severity: x.severity, code: x.code, source: x.source, message: x.message, data: x.data }));
}

describe('robustness: language server under load', function () {
  this.timeout(600_000);
  let client: TestClient;
  let dir: string;

  before(async function () {
    this.timeout(240_000);
    ensureServerBuilt();
    dir = tempWorkspace();
    client = await TestClient.start({ folder: dir, settings: { debounceMs: 10 } });
  });
  after(async () => client?.stop());

  it(`${EDITS} random edits with interleaved and cancelled requests: no crash, no stale diagnostics, final = fresh analysis`, async () => {
    const pool = fc.sample(markdownDocument, { seed: SEED + 50, numRuns: 60 });
    const mutations = fc.sample(mutation, { seed: SEED + 51, numRuns: EDITS });
    const picks = fc.sample(fc.tuple(fc.nat(DOCS - 1), fc.nat(99), fc.nat(10_000), fc.nat(10_000)), { seed: SEED + 52, numRuns: EDITS });
    const docs = Array.from({ length: DOCS }, (_, i) => ({ uri: uriOf(path.join(dir, `load-${i}.md`)), text: SEED_DOCUMENTS[i % SEED_DOCUMENTS.length], version: 1 }));
    for (const d of docs) await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.text } });

    const pending: Array<Promise<unknown>> = [];
    const ignore = (p: Promise<unknown>) => pending.push(p.catch(() => undefined));
    let memoryAfterWarmUp: number | null = null;
    for (let i = 0; i < EDITS; i++) {
      const [which, dice, a, b] = picks[i];
      const d = docs[which];
      const doc = TextDocument.create(d.uri, 'markdown', d.version, d.text);
      d.version++;
      if (dice < 3) {
        // Replace everything (paste over the whole draft).
        d.text = pool[a % pool.length];
        await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ text: d.text }] });
      } else {
        const c = asChange(d.text, mutations[i]);
        const range = { start: doc.positionAt(c.start), end: doc.positionAt(c.end) };
        // The text as the server sees it: positions cannot point between \r and \n, so apply the
        // change the way the protocol defines it rather than by string offsets.
        d.text = TextDocument.update(doc, [{ range, text: c.newText }], d.version).getText();
        await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ range, text: c.newText }] });
      }
      counters.edits++;
      const now = TextDocument.create(d.uri, 'markdown', d.version, d.text);
      const pos = now.positionAt(d.text.length ? a % (d.text.length + 1) : 0);
      const pos2 = now.positionAt(d.text.length ? b % (d.text.length + 1) : 0);
      const range = pos.line < pos2.line || (pos.line === pos2.line && pos.character <= pos2.character) ? { start: pos, end: pos2 } : { start: pos2, end: pos };
      if (dice % 7 === 0) ignore(client.conn.sendRequest('textDocument/hover', { textDocument: { uri: d.uri }, position: pos }));
      if (dice % 11 === 0) ignore(client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: d.uri }, range, context: { diagnostics: [] } }));
      if (dice % 13 === 0) ignore(client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: d.uri } }));
      if (dice % 5 === 0) {
        // Requests the editor gives up on at once (the cursor moved on).
        const source = new CancellationTokenSource();
        ignore(client.conn.sendRequest('textDocument/hover', { textDocument: { uri: d.uri }, position: pos }, source.token));
        ignore(client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: d.uri }, range, context: { diagnostics: [] } }, source.token));
        source.cancel();
      }
      if (i % 100 === 99) {
        // Let the server breathe now and then, as a typist does, so debounced checks really run.
        await Promise.all(pending.splice(0));
        if (i === 499) memoryAfterWarmUp = rssMb(client.proc.pid!);
      }
    }
    await Promise.all(pending.splice(0));

    // Final diagnostics for each document's final version equal a fresh analysis of its final text.
    const engine = freshEngine();
    const settings = { ...DEFAULT_SETTINGS, debounceMs: 10 };
    for (const d of docs) {
      const published = await client.waitFor(
        () => [...client.diagnostics].reverse().find((p) => p.uri === d.uri && p.version === d.version),
        `final diagnostics for ${d.uri} v${d.version}`,
        60_000,
      );
      const expected = analysisDiagnostics(TextDocument.create(d.uri, 'markdown', d.version, d.text), analyzeDocumentText(engine, d.text, settings), settings);
      assert.deepEqual(comparable(published.diagnostics), comparable(expected), `final diagnostics of ${d.uri}`);
    }
    // And nothing stale arrives afterwards: versions only ever go up, the last one is the final one.
    await new Promise((r) => setTimeout(r, 500));
    for (const d of docs) {
      const versions = client.diagnostics.filter((p) => p.uri === d.uri).map((p) => p.version ?? 0);
      assert.ok(versions.length > 1, 'published more than once');
      for (let k = 1; k < versions.length; k++) assert.ok(versions[k] >= versions[k - 1], `stale diagnostics: v${versions[k]} published after v${versions[k - 1]}`);
      assert.equal(versions[versions.length - 1], d.version);
    }
    assert.equal(client.proc.exitCode, null, `server exited:\n${client.serverStderr()}`);
    assert.ok(!client.messages.some((m) => /failed/.test(m.message)), JSON.stringify(client.messages));

    const end = rssMb(client.proc.pid!);
    if (memoryAfterWarmUp !== null && end !== null) {
      // Generous bounds: a leak over thousands of edits (a cache keyed by every version, say) breaks them.
      assert.ok(end < 600, `server uses ${end.toFixed(0)} MB after ${EDITS} edits`);
      assert.ok(end - memoryAfterWarmUp < 250, `server memory grew from ${memoryAfterWarmUp.toFixed(0)} to ${end.toFixed(0)} MB`);
    }
  });

  it('survives malformed and out-of-range requests and garbage settings', async () => {
    const uri = uriOf(path.join(dir, 'load-0.md'));
    const unknown = uriOf(path.join(dir, 'never-opened.md'));
    const weird = [
      { line: -1, character: -1 },
      { line: 1e9, character: 1e9 },
      { line: 0, character: 2 ** 31 },
    ];
    const garbage = fc.sample(fc.anything(), { seed: SEED + 53, numRuns: 40 });
    const calls: Array<Promise<unknown>> = [];
    for (const target of [uri, unknown, 'untitled:x', 'not a uri', '']) {
      for (const position of weird) {
        counters.badInputs++;
        calls.push(client.conn.sendRequest('textDocument/hover', { textDocument: { uri: target }, position }));
        calls.push(client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: target }, range: { start: weird[1], end: position }, context: { diagnostics: [] } }));
        calls.push(client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: target } }));
      }
      calls.push(client.conn.sendRequest('workspace/executeCommand', { command: 'factlens.showReport', arguments: [target] }));
      calls.push(client.conn.sendRequest('workspace/executeCommand', { command: 'factlens.fixAll', arguments: [{ uri: target }] }));
    }
    for (const g of garbage) {
      counters.badInputs++;
      calls.push(client.conn.sendRequest('workspace/executeCommand', { command: 'factlens.showReport', arguments: [g] }));
      calls.push(client.conn.sendRequest('workspace/executeCommand', { command: 'factlens.nope', arguments: [g] }));
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { factlens: g } });
    }
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: unknown, version: 5 }, contentChanges: [{ text: 'x' }] });
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: unknown } });
    await Promise.all(calls.map((c) => c.catch(() => undefined)));
    client.settings = { debounceMs: 10 };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { factlens: client.settings } });
    assert.equal(client.proc.exitCode, null, `server exited:\n${client.serverStderr()}`);
  });

  it('still answers normally afterwards (a fresh document gets fresh diagnostics)', async () => {
    const uri = uriOf(path.join(dir, 'after.md'));
    await client.open(uri, 'Only about 10% of your magnesium is found in your bones.\n');
    const diags = await client.diagnosticsFor(uri);
    assert.deepEqual(diags.map((d) => d.code), ['contradicted']);
  });
});
