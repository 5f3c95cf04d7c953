// Protocol-level tests of the built server: diagnostics, hover, symbols, status, settings.
import { strict as assert } from 'assert';
import * as path from 'path';
import { ensureServerBuilt, messageOf, tempWorkspace, TestClient, uriOf } from './harness';
import { CONTRADICTED, CONTRADICTED_ID, DRAFT, OVERSTATED, SUPPORTED, SUPPORTED_ID, positionOf, rangeOf } from './fixtures';

describe('language server: diagnostics, hover, symbols', function () {
  let client: TestClient;
  let dir: string;
  before(async function () {
    this.timeout(180_000);
    ensureServerBuilt();
    dir = tempWorkspace();
    client = await TestClient.start({ folder: dir });
  });
  after(async () => client?.stop());

  it('publishes one diagnostic per checked claim with range, severity, code, source and claim id', async () => {
    const uri = uriOf(path.join(dir, 'draft.md'));
    await client.open(uri, DRAFT);
    const diags = await client.diagnosticsFor(uri);
    const summary = diags.map((d) => [d.code, d.severity, d.source, (d.data as { claimId: string }).claimId, d.range]);
    assert.deepEqual(summary, [
      ['supported', 4, 'factlens', SUPPORTED_ID, rangeOf(DRAFT, SUPPORTED)],
      ['overstated', 2, 'factlens', SUPPORTED_ID, rangeOf(DRAFT, OVERSTATED)],
      ['contradicted', 1, 'factlens', CONTRADICTED_ID, rangeOf(DRAFT, CONTRADICTED)],
    ]);
    for (const d of diags) assert.ok(messageOf(d).length > 10 && !messageOf(d).includes('*'), messageOf(d));
    const status = await client.waitFor(() => client.statuses.find((s) => s.uri === uri), 'status');
    assert.equal(status.counts.contradicted, 1);
    assert.equal(status.counts.overstated, 1);
    assert.equal(status.counts.supported, 1);
  });

  it('hover shows the verdict, a verbatim quote and its source title', async () => {
    const uri = uriOf(path.join(dir, 'draft.md'));
    const pos = positionOf(DRAFT, CONTRADICTED);
    const hover = await client.hover(uri, pos.line, pos.character + 5);
    assert.ok(hover, 'hover expected');
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.match(value, /\*\*FactLens: Contradicted\*\*/);
    assert.match(value, /\*\*Supporting evidence\*\*/);
    assert.ok(value.includes('Magnesium &amp; Bone Health'), value);
    assert.ok(!/<[a-z]/i.test(value), 'no HTML');
    assert.deepEqual(hover.range, rangeOf(DRAFT, CONTRADICTED));
    const none = await client.hover(uri, 0, 2);
    assert.equal(none, null);
  });

  it('lists claims as document symbols grouped by verdict', async () => {
    const uri = uriOf(path.join(dir, 'draft.md'));
    const symbols = await client.symbols(uri);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => [c.name, c.detail, c.range])]),
      [
        ['Contradicted (1)', [[CONTRADICTED, CONTRADICTED_ID, rangeOf(DRAFT, CONTRADICTED)]]],
        ['Overstated (1)', [[OVERSTATED, SUPPORTED_ID, rangeOf(DRAFT, OVERSTATED)]]],
        ['Supported (1)', [[SUPPORTED, SUPPORTED_ID, rangeOf(DRAFT, SUPPORTED)]]],
      ],
    );
  });

  it('honours disable comments', async () => {
    const uri = uriOf(path.join(dir, 'disabled.md'));
    const text = `<!-- factlens-disable-next-line ${CONTRADICTED_ID} -->\n${CONTRADICTED}\n\n${OVERSTATED}\n`;
    await client.open(uri, text);
    const diags = await client.diagnosticsFor(uri);
    assert.deepEqual(diags.map((d) => d.code), ['overstated']);
  });

  it('after rapid edits publishes diagnostics equal to a fresh analysis of the final text, never a stale version', async () => {
    const uri = uriOf(path.join(dir, 'rapid.md'));
    await client.open(uri, '# Draft\n');
    await client.diagnosticsFor(uri);
    const before = client.published(uri).length;
    const parts = [SUPPORTED, OVERSTATED, CONTRADICTED];
    let text = '# Draft\n';
    for (let i = 0; i < 12; i++) {
      text += `\n${parts[i % 3]}${' '.repeat(i % 2)}\n`;
      await client.change(uri, text);
    }
    const finalVersion = client.version(uri);
    const final = await client.diagnosticsFor(uri, finalVersion);
    const versions = client.published(uri).slice(before).map((p) => p.version!);
    assert.ok(versions.every((v, i) => i === 0 || v >= versions[i - 1]), `versions never go back: ${versions}`);
    assert.equal(versions[versions.length - 1], finalVersion);
    const freshUri = uriOf(path.join(dir, 'fresh.md'));
    await client.open(freshUri, text);
    const fresh = await client.diagnosticsFor(freshUri);
    assert.deepEqual(final, fresh);
    assert.equal(final.length, 12);
  });

  it('reports oversize and binary documents with one Information diagnostic naming the setting', async () => {
    const big = uriOf(path.join(dir, 'big.md'));
    await client.open(big, `${CONTRADICTED}\n` + 'x'.repeat(2049 * 1024));
    const bigDiags = await client.diagnosticsFor(big);
    assert.equal(bigDiags.length, 1);
    assert.equal(bigDiags[0].severity, 3);
    assert.equal(bigDiags[0].range.start.line, 0);
    assert.match(messageOf(bigDiags[0]), /factlens\.maxFileSizeKb/);
    const bin = uriOf(path.join(dir, 'binary.md'));
    await client.open(bin, `${CONTRADICTED}\u0000\u0001\u0002`);
    const binDiags = await client.diagnosticsFor(bin);
    assert.equal(binDiags.length, 1);
    assert.equal(binDiags[0].severity, 3);
    assert.match(messageOf(binDiags[0]), /binary/);
  });
});

describe('language server: settings', function () {
  let dir: string;
  before(function () {
    this.timeout(180_000);
    ensureServerBuilt();
    dir = tempWorkspace();
  });

  it('applies severity changes, and "off" removes the diagnostics', async () => {
    const client = await TestClient.start({ folder: dir });
    try {
      const uri = uriOf(path.join(dir, 'a.md'));
      await client.open(uri, DRAFT);
      assert.equal((await client.diagnosticsFor(uri)).length, 3);
      const count = client.published(uri).length;
      await client.setSettings({ severity: { contradicted: 'off', overstated: 'error', supportedUncited: 'off' } });
      const after = await client.latestDiagnostics(uri, count);
      assert.deepEqual(after.map((d) => [d.code, d.severity]), [['overstated', 1]]);
    } finally {
      await client.stop();
    }
  });

  it('warns about a bad setting by name, uses the default and keeps working', async () => {
    const client = await TestClient.start({ folder: dir, settings: { debounceMs: 'soon', severity: { overstated: 'loud' } } });
    try {
      const uri = uriOf(path.join(dir, 'b.md'));
      await client.open(uri, DRAFT);
      const diags = await client.diagnosticsFor(uri);
      assert.deepEqual(diags.map((d) => [d.code, d.severity]), [['supported', 4], ['overstated', 2], ['contradicted', 1]]);
      const warnings = client.messages.filter((m) => m.type === 2).map((m) => m.message);
      assert.ok(warnings.some((w) => w.includes('factlens.debounceMs') && w.includes('200')), warnings.join('\n'));
      assert.ok(warnings.some((w) => w.includes('factlens.severity.overstated') && w.includes('"warning"')), warnings.join('\n'));
    } finally {
      await client.stop();
    }
  });

  it('reads settings from initializationOptions when the client has no workspace/configuration', async () => {
    const client = await TestClient.start({
      folder: dir,
      noConfigurationSupport: true,
      initializationOptions: { factlens: { severity: { contradicted: 'hint' } } },
    });
    try {
      const uri = uriOf(path.join(dir, 'c.md'));
      await client.open(uri, `${CONTRADICTED}\n`);
      assert.deepEqual((await client.diagnosticsFor(uri)).map((d) => [d.code, d.severity]), [['contradicted', 4]]);
      const count = client.published(uri).length;
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { factlens: { severity: { contradicted: 'warning' } } } });
      const after = await client.latestDiagnostics(uri, count);
      assert.deepEqual(after.map((d) => [d.code, d.severity]), [['contradicted', 2]]);
    } finally {
      await client.stop();
    }
  });

  it('prints --version and --help without starting', () => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const { serverPath } = require('./harness') as typeof import('./harness');
    const version = spawnSync(process.execPath, [serverPath, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/);
    const help = spawnSync(process.execPath, [serverPath, '--help'], { encoding: 'utf8' });
    assert.match(help.stdout, /--stdio/);
    assert.match(help.stdout, /--node-ipc/);
  });
});
