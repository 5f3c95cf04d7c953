// Workspace-level behaviour of the built server: checking closed files, claim packs (loading,
// broken packs reported in the pack file, reloading on change, paths outside the workspace).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureServerBuilt, messageOf, tempWorkspace, TestClient, uriOf } from './harness';
import { BORON_SENTENCE, CONTRADICTED, DRAFT, PACK, SUPPORTED } from './fixtures';

describe('language server: workspace check', function () {
  before(function () {
    this.timeout(180_000);
    ensureServerBuilt();
  });

  it('checks every Markdown file, open or not, with progress, skipping node_modules', async () => {
    const dir = tempWorkspace({
      'open.md': `${SUPPORTED}\n`,
      'docs/closed.md': DRAFT,
      'docs/notes.markdown': `${CONTRADICTED}\n`,
      'node_modules/pkg/README.md': `${CONTRADICTED}\n`,
      'other.txt': `${CONTRADICTED}\n`,
    });
    const client = await TestClient.start({ folder: dir });
    try {
      const openUri = uriOf(path.join(dir, 'open.md'));
      await client.open(openUri, `${SUPPORTED}\n\n${CONTRADICTED}\n`); // unsaved edits: the open text wins
      await client.diagnosticsFor(openUri);
      const result = (await client.executeCommand('factlens.checkWorkspace', [], 'check-1')) as { files: number; claims: number };
      assert.equal(result.files, 3);
      assert.equal(result.claims, 2 + 3 + 1);
      const closed = client.published(uriOf(path.join(dir, 'docs', 'closed.md')));
      assert.deepEqual(closed[closed.length - 1].diagnostics.map((d) => d.code), ['supported', 'overstated', 'contradicted']);
      const notes = client.published(uriOf(path.join(dir, 'docs', 'notes.markdown')));
      assert.deepEqual(notes[notes.length - 1].diagnostics.map((d) => d.code), ['contradicted']);
      assert.equal(client.published(uriOf(path.join(dir, 'node_modules', 'pkg', 'README.md'))).length, 0);
      const open = client.published(openUri);
      assert.deepEqual(open[open.length - 1].diagnostics.map((d) => d.code), ['supported', 'contradicted']);
      const kinds = client.progress.map((p) => (p as { token: string; value: { kind: string } })).filter((p) => p.token === 'check-1').map((p) => p.value.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds[kinds.length - 1], 'end');
    } finally {
      await client.stop();
    }
  });

  it('returns a Markdown report of the current document', async () => {
    const dir = tempWorkspace();
    const client = await TestClient.start({ folder: dir });
    try {
      const uri = uriOf(path.join(dir, 'r.md'));
      await client.open(uri, DRAFT);
      const report = (await client.executeCommand('factlens.showReport', [uri])) as string;
      assert.match(report, /^# FactLens report: r\\?\.md/);
      assert.match(report, /\| ✗ Contradicted \| 1 \|/);
      assert.match(report, /## Contradicted \(1\)\n\n### Line 5/);
      assert.ok(report.includes('**Supporting evidence**'));
    } finally {
      await client.stop();
    }
  });
});

describe('language server: claim packs', function () {
  before(function () {
    this.timeout(180_000);
    ensureServerBuilt();
  });

  it('loads workspace packs, reports a broken pack in the file and keeps answering', async () => {
    const broken = 'claims:\n  - id: broken-claim\n    statement: "unterminated\n';
    const badSource = PACK.replace(/boron-review/g, 'boron-review').replace('      - source: boron-review', '      - source: no-such-source').replace(/boron/g, 'bor').replace('id: bor-review', 'id: bor-review');
    const dir = tempWorkspace({
      '.factlens/claims/boron.yaml': PACK,
      '.factlens/claims/broken.yaml': broken,
      '.factlens/claims/unknown-source.yml': badSource,
    });
    const client = await TestClient.start({ folder: dir });
    try {
      const uri = uriOf(path.join(dir, 'boron.md'));
      await client.open(uri, `${BORON_SENTENCE}\n\n${CONTRADICTED}\n`);
      const diags = await client.diagnosticsFor(uri);
      assert.deepEqual(
        diags.map((d) => [d.code, (d.data as { claimId: string }).claimId]),
        [['supported', 'boron-supports-bone-strength'], ['contradicted', 'mg-over-60-percent-in-bone']],
      );
      const brokenDiags = await client.latestDiagnostics(uriOf(path.join(dir, '.factlens/claims/broken.yaml')));
      assert.equal(brokenDiags.length >= 1, true);
      assert.match(messageOf(brokenDiags[0]), /YAML syntax error/);
      assert.ok(brokenDiags[0].range.start.line >= 2, JSON.stringify(brokenDiags[0].range));
      const unknown = await client.latestDiagnostics(uriOf(path.join(dir, '.factlens/claims/unknown-source.yml')));
      assert.equal(unknown.length, 1);
      assert.match(messageOf(unknown[0]), /unknown source id "no-such-source"/);
      const evidenceLine = badSource.split('\n').findIndex((l) => l.includes('no-such-source'));
      assert.equal(unknown[0].range.start.line, evidenceLine);
      assert.equal(unknown[0].range.start.character, badSource.split('\n')[evidenceLine].indexOf('no-such-source'));
      const notes = await client.waitFor(() => client.messages.filter((m) => /claim pack problems/.test(m.message)), 'pack notification');
      assert.equal(notes.length, 1);
      assert.match(messageOf(notes[0]), /broken\.yaml/);
      // Still answering requests.
      const hover = await client.hover(uri, 0, 2);
      assert.ok(hover && (hover.contents as { value: string }).value.includes('Boron and bone'));
    } finally {
      await client.stop();
    }
  });

  it('reloads packs when they change and clears fixed pack diagnostics', async () => {
    const dir = tempWorkspace({ '.factlens/claims/boron.yaml': 'claims: [oops\n' });
    const client = await TestClient.start({ folder: dir });
    try {
      const packUri = uriOf(path.join(dir, '.factlens/claims/boron.yaml'));
      const uri = uriOf(path.join(dir, 'boron.md'));
      await client.open(uri, `${BORON_SENTENCE}\n`);
      assert.deepEqual((await client.diagnosticsFor(uri)).map((d) => d.code), [], 'boron is unknown without the pack');
      assert.ok((await client.latestDiagnostics(packUri)).length >= 1);
      const watcher = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.ok(JSON.stringify(watcher?.registerOptions).includes('**/.factlens/claims/**'));
      const publishedBefore = client.published(packUri).length;
      const docBefore = client.published(uri).length;
      fs.writeFileSync(path.join(dir, '.factlens/claims/boron.yaml'), PACK);
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
      assert.deepEqual(await client.latestDiagnostics(packUri, publishedBefore), []);
      const after = await client.latestDiagnostics(uri, docBefore);
      assert.deepEqual(after.map((d) => [d.code, (d.data as { claimId: string }).claimId]), [['supported', 'boron-supports-bone-strength']]);
    } finally {
      await client.stop();
    }
  });

  it('refuses pack paths outside the workspace with a message naming the setting', async () => {
    const outside = tempWorkspace({ 'pack.yaml': PACK });
    const dir = tempWorkspace({ 'inside/pack.yaml': PACK });
    const client = await TestClient.start({ folder: dir, settings: { claimPacks: [path.join(outside, 'pack.yaml'), '../' + path.basename(outside) + '/pack.yaml'] } });
    try {
      const uri = uriOf(path.join(dir, 'b.md'));
      await client.open(uri, `${BORON_SENTENCE}\n`);
      assert.deepEqual((await client.diagnosticsFor(uri)).map((d) => d.code), [], 'boron is unknown without the pack');
      const refusals = client.messages.filter((m) => /outside the workspace/.test(m.message));
      assert.equal(refusals.length, 2, JSON.stringify(client.messages));
      assert.match(messageOf(refusals[0]), /factlens\.claimPacks/);
      // A configured pack inside the workspace loads.
      const count = client.published(uri).length;
      await client.setSettings({ claimPacks: ['inside/pack.yaml'] });
      const after = await client.latestDiagnostics(uri, count);
      assert.deepEqual(after.map((d) => d.code), ['supported']);
    } finally {
      await client.stop();
    }
  });
});
