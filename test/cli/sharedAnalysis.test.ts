// Large documents may be checked on two threads (server/src/cli/parallel): the output must be
// exactly what one thread gives, with and without a claim pack.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { cliPath, ensureBuilt, removeDir, root, tempDir } from './helpers';

/** runCli, with room for a report of a few megabytes. */
function check(args: string[], cwd: string, threads: string) {
  const r = spawnSync(process.execPath, [cliPath, 'check', ...args], { cwd, env: { ...process.env, FACTLENS_THREADS: threads }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: large documents on two threads', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    ensureBuilt();
    const drafts = fs.readdirSync(path.join(root, 'eval', 'drafts')).filter((f) => f.endsWith('.md'));
    const pieces = [fs.readFileSync(path.join(root, 'examples', 'draft.md'), 'utf8'), ...drafts.map((f) => fs.readFileSync(path.join(root, 'eval', 'drafts', f), 'utf8'))];
    let text = '';
    // Disable comments spanning many runs of segments, and a pack claim, are in there too.
    for (let k = 0; text.length < 320 * 1024; k++) {
      text += pieces[k % pieces.length] + '\n\n';
      if (k % 7 === 3) text += '<!-- factlens-disable -->\n\nMagnesium lowers PTH.\n\n';
      if (k % 7 === 5) text += '<!-- factlens-enable -->\n\nVitamin K2 helps move calcium into bones.\n\n';
    }
    dir = tempDir({ 'big.md': text });
  });
  after(() => removeDir(dir));

  for (const args of [['--format', 'json'], ['--format', 'sarif'], [], ['--claims', path.join(root, 'examples', 'packs', 'vitamin-k2'), '--format', 'json']]) {
    it(`gives the same ${args.join(' ') || 'text'} output on one thread and on two`, () => {
      const one = check([...args, 'big.md'], dir, '1');
      const two = check([...args, 'big.md'], dir, '2');
      assert.equal(one.status, 1, one.stderr);
      assert.ok(one.stdout.length > 10_000);
      assert.deepEqual(two, one);
    });
  }
});
