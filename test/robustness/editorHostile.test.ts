// The built server with hostile packs and settings in the workspace: an alias bomb, a pack over
// the size limit, a FIFO, a symlink out of the workspace and invalid settings. It keeps checking
// documents with the rest of the database, shows each problem once, and uses defaults for bad settings.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MAX_PACK_BYTES } from '../../server/src/engine/db/load';
import { ensureServerBuilt, messageOf, tempWorkspace, TestClient, uriOf } from '../lsp/harness';
import { BORON_SENTENCE, CONTRADICTED, PACK } from '../lsp/fixtures';
import { counters } from './support';

function aliasBomb(): string {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
  return levels.join('\n') + '\n';
}

describe('robustness: hostile workspace packs and settings in the editor', function () {
  this.timeout(120_000);
  before(function () {
    this.timeout(240_000);
    ensureServerBuilt();
  });

  it('keeps serving with the good pack; each bad pack is reported, the notification shown once', async () => {
    const outside = tempWorkspace({ 'stolen.yaml': PACK.replace(/boron/g, 'stolen') });
    const dir = tempWorkspace({ '.factlens/claims/good.yaml': PACK, '.factlens/claims/bomb.yaml': aliasBomb() });
    const huge = path.join(dir, '.factlens/claims/huge.yaml');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, MAX_PACK_BYTES + 1);
    fs.symlinkSync(path.join(outside, 'stolen.yaml'), path.join(dir, '.factlens/claims/link.yaml'));
    let fifo = true;
    try {
      execFileSync('mkfifo', [path.join(dir, '.factlens/claims/fifo.yaml')]);
    } catch {
      fifo = false;
    }
    counters.badInputs += 4;
    const client = await TestClient.start({ folder: dir, settings: { debounceMs: -1, severity: { contradicted: 'loud' }, claimPacks: 'not-a-list' } });
    try {
      const uri = uriOf(path.join(dir, 'draft.md'));
      await client.open(uri, `${BORON_SENTENCE}\n\n${CONTRADICTED}\n\nStolen may support bone strength.\n`);
      const diags = await client.diagnosticsFor(uri);
      // The good pack loaded, the built-in database too, defaults replaced the bad severity; the
      // pack behind the symlink (outside the workspace) did not load.
      assert.deepEqual(
        diags.map((d) => [d.code, d.severity, (d.data as { claimId: string | null }).claimId]),
        [['supported', 4, 'boron-supports-bone-strength'], ['contradicted', 1, 'mg-over-60-percent-in-bone']],
      );
      const packDiag = async (name: string) => (await client.latestDiagnostics(uriOf(path.join(dir, '.factlens/claims', name)))).map(messageOf).join('\n');
      assert.match(await packDiag('bomb.yaml'), /alias|cannot read/i);
      assert.match(await packDiag('huge.yaml'), /over the 5 MB limit/);
      if (fifo) assert.match(await packDiag('fifo.yaml'), /not a regular file/);
      await client.waitFor(() => client.messages.find((m) => /link\.yaml.*outside the workspace/.test(m.message)), 'symlink refused');
      for (const setting of ['debounceMs', 'severity.contradicted', 'claimPacks']) {
        await client.waitFor(() => client.messages.find((m) => m.message.includes(`"factlens.${setting}"`) && /using the default/.test(m.message)), `warning for ${setting}`);
      }
      // A reload (a pack file changed) must not repeat the notifications.
      const before = client.messages.length;
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(dir, '.factlens/claims/good.yaml')), type: 2 }] });
      const published = client.diagnostics.length;
      await client.waitFor(() => client.diagnostics.length > published + 1, 'republished after reload');
      assert.equal(client.messages.length, before, JSON.stringify(client.messages.slice(before)));
      assert.equal(client.proc.exitCode, null);
    } finally {
      await client.stop();
    }
  });

  it('workspace check: closed files that are binary, not UTF-8 or too big get one Information diagnostic each, naming the setting', async () => {
    const dir = tempWorkspace({ 'good.md': `${CONTRADICTED}\n`, 'big.md': `${CONTRADICTED}\n`.repeat(40) });
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.concat([Buffer.from('Magnesium is stored in bone. '), Buffer.from([0xe9, 0x28, 0xff])]));
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    counters.badInputs += 3;
    const client = await TestClient.start({ folder: dir, settings: { maxFileSizeKb: 1 } });
    try {
      await client.executeCommand('factlens.checkWorkspace', []);
      const expectations: Array<[string, RegExp]> = [
        ['big.md', /over the 1 KB limit.*"factlens\.maxFileSizeKb"/],
        ['binary.md', /NUL bytes.*"factlens\.languageIds"/],
        ['latin1.md', /not valid UTF-8/],
      ];
      for (const [file, reason] of expectations) {
        const diags = await client.latestDiagnostics(uriOf(path.join(dir, file)));
        assert.equal(diags.length, 1, file);
        assert.equal(diags[0].severity, 3, `${file}: Information`);
        assert.match(messageOf(diags[0]), reason);
      }
      const good = await client.latestDiagnostics(uriOf(path.join(dir, 'good.md')));
      assert.deepEqual(good.map((d) => d.code), ['contradicted']);
    } finally {
      await client.stop();
    }
  });
});
