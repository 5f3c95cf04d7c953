// Runs a CommonJS bundle with a V8 code cache beside it (<bundle>.cache). Starting the server or
// the CLI otherwise parses a megabyte of JavaScript and compiles each function the first time it
// runs, on every start. The cache holds that compiled bytecode, never results. It is written when
// a process that ran without a usable cache exits, and used only when its header names exactly
// this bundle text, Node version and architecture; V8 may still reject it (other V8 flags), and
// then the bundle compiles as usual. Any failure to read or write it is ignored.
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';

/** Hex SHA-1 of what the cache is valid for: 40 bytes at the head of the cache file. */
const KEY_LENGTH = 40;

/** Hashes the bundle's bytes: the same digest as its text encoded as UTF-8, without encoding a megabyte again. */
function keyOf(bundleBytes: Buffer): string {
  return createHash('sha1').update(process.version).update('\0').update(process.arch).update('\0').update(bundleBytes).digest('hex');
}

function readCache(file: string, key: string): Buffer | undefined {
  try {
    const data = fs.readFileSync(file);
    return data.length > KEY_LENGTH && data.toString('latin1', 0, KEY_LENGTH) === key ? data.subarray(KEY_LENGTH) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, key: string, script: vm.Script): void {
  // Another process may be writing the same file: write aside, then rename over it.
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more to do: the next start compiles as usual
    }
  }
}

/** Loads and runs `bundle` as the CommonJS module it was built as. */
export function runBundle(bundle: string): void {
  const bytes = fs.readFileSync(bundle);
  const source = bytes.toString('utf8');
  const cacheFile = `${bundle}.cache`;
  const key = keyOf(bytes);
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit every function the run needed is compiled, so the cache covers them all.
    process.once('exit', () => writeCache(cacheFile, key, script));
  }
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  const mod = new Module(bundle, require.main);
  mod.filename = bundle;
  mod.loaded = true;
  run.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
}
