// dist/cli.js runs its bundle through a V8 code cache (server/src/bootstrap/codeCache.ts): the
// output must not depend on whether the cache is absent, valid, stale or corrupt, and a missing or
// unusable cache is replaced by one for this bundle.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, removeDir, root, tempDir } from './helpers';

describe('CLI: code cache', function () {
  this.timeout(120_000);
  let dir: string;
  let cache: string;
  before(() => {
    ensureBuilt();
    // A copy of the built CLI, so this test owns its cache file.
    dir = tempDir();
    for (const f of ['cli.js', 'cli.bundle.js', 'claims-db.json', 'parseFile.js']) fs.copyFileSync(path.join(root, 'dist', f), path.join(dir, f));
    cache = path.join(dir, 'cli.bundle.js.cache');
  });
  after(() => removeDir(dir));

  const check = () => {
    const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'check', '--format', 'json', path.join(root, 'examples', 'draft.md')], { encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const key = () => {
    const source = fs.readFileSync(path.join(dir, 'cli.bundle.js'), 'utf8');
    return createHash('sha1').update(process.version).update('\0').update(process.arch).update('\0').update(source).digest('hex');
  };

  it('gives the same output without, with, and with a stale or corrupt cache, and rewrites a bad one', () => {
    assert.ok(!fs.existsSync(cache));
    const first = check();
    assert.equal(first.status, 1, first.stderr);
    assert.ok(JSON.parse(first.stdout).files.length === 1);
    assert.ok(fs.existsSync(cache), 'a run without a cache writes one');
    assert.equal(fs.readFileSync(cache).toString('latin1', 0, 40), key());
    const written = fs.statSync(cache).mtimeMs;

    assert.deepEqual(check(), first);
    assert.equal(fs.statSync(cache).mtimeMs, written, 'a valid cache is used, not rewritten');

    // Right key, garbage after it: V8 refuses it, the bundle compiles as usual, a good one replaces it.
    fs.writeFileSync(cache, Buffer.concat([Buffer.from(key(), 'latin1'), Buffer.alloc(4096, 7)]));
    assert.deepEqual(check(), first);
    assert.ok(fs.statSync(cache).size > 4096 + 40);

    // Made for another bundle (or Node version): ignored and replaced.
    const good = fs.readFileSync(cache);
    fs.writeFileSync(cache, Buffer.concat([Buffer.from('0'.repeat(40), 'latin1'), good.subarray(40)]));
    assert.deepEqual(check(), first);
    assert.equal(fs.readFileSync(cache).toString('latin1', 0, 40), key());

    // Too short to hold a key.
    fs.writeFileSync(cache, 'x');
    assert.deepEqual(check(), first);
  });
});
