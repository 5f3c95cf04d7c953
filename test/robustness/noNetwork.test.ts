// FactLens makes no network requests. The built CLI and server run with a preload that replaces
// every Node network API by a recording stub; a full CLI run (check, report, db, db validate,
// db test) and a full LSP session (open, hover, code action, fix-all, report, workspace check)
// must record nothing. A positive control proves the guard catches real attempts.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliPath, ensureBuilt, tempDir } from '../cli/helpers';
import { ensureServerBuilt, serverPath, TestClient, uriOf } from '../lsp/harness';
import { DRAFT, PACK, positionOf, SUPPORTED } from '../lsp/fixtures';

const GUARD = path.join(__dirname, 'network-guard.js');

function newLog(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-net-')), 'net.log');
  fs.writeFileSync(file, '');
  return file;
}

function lines(log: string): Array<{ loaded?: number; api?: string }> {
  return fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Recorded network attempts (after checking the guard was loaded into `processes` processes). */
function attempts(log: string, processes = 1): string[] {
  const all = lines(log);
  assert.ok(all.filter((l) => l.loaded).length >= processes, 'the guard was preloaded');
  return all.filter((l) => !l.loaded).map((l) => JSON.stringify(l));
}

function guardedCli(args: string[], cwd: string, log: string) {
  const r = spawnSync(process.execPath, ['-r', GUARD, cliPath, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, FACTLENS_NET_LOG: log } });
  if (r.error) throw r.error;
  return r;
}

describe('robustness: no network', function () {
  this.timeout(180_000);
  before(function () {
    this.timeout(240_000);
    ensureBuilt();
    ensureServerBuilt();
  });

  it('positive control: the guard records and blocks fetch, sockets, http(s), tls, dgram and dns', () => {
    const log = newLog();
    const script = `
      const tryIt = (f) => { try { const p = f(); if (p && p.catch) p.catch(() => {}); } catch {} };
      tryIt(() => fetch('https://example.org'));
      tryIt(() => require('net').connect(9, '127.0.0.1'));
      tryIt(() => require('http').get('http://127.0.0.1:9'));
      tryIt(() => require('https').request('https://127.0.0.1:9'));
      tryIt(() => require('tls').connect(9, '127.0.0.1'));
      tryIt(() => require('dgram').createSocket('udp4'));
      tryIt(() => require('dns').lookup('example.org', () => {}));`;
    const r = spawnSync(process.execPath, ['-r', GUARD, '-e', script], { encoding: 'utf8', env: { ...process.env, FACTLENS_NET_LOG: log } });
    assert.equal(r.status, 0, r.stderr);
    const apis = lines(log).map((l) => l.api).filter(Boolean);
    for (const api of ['fetch', 'net.Socket.connect', 'http.get', 'https.request', 'tls.connect', 'dgram.createSocket', 'dns.lookup']) {
      assert.ok(apis.includes(api), `${api} recorded (got ${apis.join(', ')})`);
    }
  });

  it('the CLI (check, report, db, db validate, db test) opens no connection', () => {
    const log = newLog();
    const dir = tempDir({
      'docs/draft.md': DRAFT,
      'docs/cited.md': `${SUPPORTED} (https://example.org/cite) [link](https://example.org/x)\n`,
      '.factlens/claims/pack.yaml': PACK,
    });
    const runs = [
      ['check', 'docs'],
      ['check', '--format', 'sarif', 'docs'],
      ['check', '--format', 'json', 'docs'],
      ['report', '--format', 'html', 'docs'],
      ['report', '--format', 'claimreview', 'docs'],
      ['report', 'docs'],
      ['db'],
      ['db', '--format', 'json'],
      ['db', 'validate', '.factlens/claims/pack.yaml'],
      ['db', 'test', '--packs-only', '.factlens/claims'],
    ];
    for (const args of runs) {
      const r = guardedCli(args, dir, log);
      assert.ok(r.status === 0 || r.status === 1, `factlens ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    }
    assert.deepEqual(attempts(log, runs.length), []);
  });

  it('a full language-server session opens no connection', async () => {
    const log = newLog();
    const dir = tempDir({ 'closed.md': DRAFT, '.factlens/claims/pack.yaml': PACK });
    const client = await TestClient.start({ folder: dir, execArgv: ['-r', GUARD], env: { FACTLENS_NET_LOG: log } });
    try {
      const uri = uriOf(path.join(dir, 'open.md'));
      await client.open(uri, DRAFT);
      const diags = await client.diagnosticsFor(uri);
      assert.ok(diags.length > 0, 'the server really checked the document');
      const pos = positionOf(DRAFT, SUPPORTED);
      const hover = await client.hover(uri, pos.line, pos.character + 3);
      assert.ok(hover);
      const actions = await client.codeActions(uri, diags[0].range, diags);
      assert.ok(actions.length > 0);
      await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, [], ['source.fixAll.factlens']);
      await client.executeCommand('factlens.fixAll', [uri]);
      await client.executeCommand('factlens.showReport', [uri]);
      await client.executeCommand('factlens.checkWorkspace', []);
      await client.latestDiagnostics(uriOf(path.join(dir, 'closed.md')));
    } finally {
      await client.stop();
    }
    assert.ok(fs.existsSync(serverPath));
    assert.deepEqual(attempts(log), []);
  });

  it('the bundles contain no fetch or HTTP/TLS/UDP client code at all (static scan)', () => {
    const bundles = { 'dist/cli.js': cliPath, 'dist/server.js': serverPath };
    for (const [name, file] of Object.entries(bundles)) {
      const code = fs.readFileSync(file, 'utf8');
      for (const mod of ['http', 'https', 'http2', 'tls', 'dgram', 'dns']) {
        assert.ok(!new RegExp(`require\\("(node:)?${mod}"\\)`).test(code), `${name} requires ${mod}`);
      }
      assert.ok(!/\bfetch\s*\(/.test(code), `${name} calls fetch`);
      assert.ok(!/\bXMLHttpRequest\b|\bWebSocket\b/.test(code), `${name} uses XMLHttpRequest/WebSocket`);
    }
    // The CLI needs no sockets at all; the server bundles `net` only for vscode-languageserver's
    // optional --socket/--pipe transports, which connect to the editor that started it.
    assert.ok(!/require\("(node:)?net"\)/.test(fs.readFileSync(cliPath, 'utf8')), 'dist/cli.js requires net');
  });
});
