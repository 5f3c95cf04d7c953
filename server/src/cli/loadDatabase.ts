// The database a command works with: the built-in claims plus claim packs from --claims and,
// when present, the workspace's .factlens/claims/ directory. A broken pack stops the run (exit 2)
// because results against a half-loaded database would look trustworthy and not be.
import * as fs from 'fs';
import * as path from 'path';
import type { ClaimsDatabase } from '../engine/db/database';
import { findCuratedDir, loadBuiltinDatabase, loadCuratedDir, loadDatabaseWithPacks } from '../engine/db/load';
import { formatIssue } from '../engine/db/formatIssue';
import { InputError } from './args';

/** Claim packs in this directory of the current working directory are loaded automatically. */
export const WORKSPACE_PACK_DIR = path.join('.factlens', 'claims');

export interface LoadedDatabase {
  db: ClaimsDatabase;
  /** Pack paths in load order, as given (the workspace directory last). */
  packs: string[];
  /** Claims files read from those packs. */
  files: string[];
}

export interface LoadOptions {
  /**
   * Read the built-in claims from the curated YAML (claims-db/) when it is beside the bundle, so
   * messages name the YAML file of each claim; falls back to the prebuilt database. For curators.
   */
  preferCurated?: boolean;
}

export function loadCliDatabase(claimsArgs: string[], cwd: string, options: LoadOptions = {}): LoadedDatabase {
  const packs = [...claimsArgs];
  const workspace = path.join(cwd, WORKSPACE_PACK_DIR);
  const alreadyGiven = packs.some((p) => path.resolve(cwd, p) === workspace);
  if (!alreadyGiven && fs.existsSync(workspace) && fs.statSync(workspace).isDirectory()) packs.push(WORKSPACE_PACK_DIR);
  const base = (options.preferCurated && curatedDatabase()) || loadBuiltinDatabase();
  const { db, issues, files } = loadDatabaseWithPacks(packs.map((p) => path.resolve(cwd, p)), base, { sourceRoots: [cwd] });
  if (issues.length) {
    const shown = issues.map((i) => formatIssue({ ...i, file: displayPath(i.file, cwd) }));
    throw new InputError([...shown, `invalid claim pack: ${issues.length} problem(s); fix them or drop the pack from --claims`]);
  }
  return { db, packs, files: files.map((f) => displayPath(f, cwd)) };
}

/** Paths under the working directory are shown relative to it, the rest absolute. */
export function displayPath(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function curatedDatabase(): ClaimsDatabase | null {
  const dir = findCuratedDir();
  if (!dir) return null;
  const { db, issues } = loadCuratedDir(dir);
  return issues.length ? null : db;
}
