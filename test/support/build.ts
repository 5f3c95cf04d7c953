// One place that decides whether dist/ is stale: the CLI and protocol tests both run the built bundles.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const root = path.resolve(__dirname, '..', '..');

function newestMtime(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds dist/ when `bundle` is missing or older than the sources it is built from. */
export function ensureDistBuilt(bundle: string): void {
  const inputs = ['server/src', 'claims-db', 'package.json', 'scripts'].map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  const sourceTime = Math.max(...inputs.map(newestMtime));
  const builtTime = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
  if (builtTime >= sourceTime && fs.existsSync(path.join(root, 'dist', 'claims-db.json'))) return;
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
}
