// Claim packs: `.factlens/claims/**` in every workspace folder plus the paths in `factlens.claimPacks`.
// Loaded on top of the built-in database; a broken pack is reported (in the file, at line:col) and
// skipped while the rest loads.
import * as fs from 'fs';
import * as path from 'path';
import type { ClaimsDatabase } from '../engine/db/database';
import { expandPackPaths, loadBuiltinDatabase, loadDatabaseWithPacks } from '../engine/db/load';
import type { DbIssue } from '../engine/db/parseFile';
import { insideAny } from './paths';

export const WORKSPACE_PACK_DIR = path.join('.factlens', 'claims');

export interface PackLoad {
  db: ClaimsDatabase;
  /** Pack files that were read. */
  files: string[];
  /** Problems found inside pack files, by absolute file path. */
  issuesByFile: Map<string, DbIssue[]>;
  /** Problems that have no file to show them in (missing or refused paths). */
  messages: string[];
  /** Directories and files to watch for changes. */
  watched: string[];
}

function resolveConfigured(folders: string[], p: string): string {
  if (path.isAbsolute(p)) return path.normalize(p);
  const candidates = folders.map((f) => path.resolve(f, p));
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0] ?? path.resolve(p);
}

export function loadPacks(folders: string[], configured: string[]): PackLoad {
  const messages: string[] = [];
  const roots: string[] = [];
  const watched: string[] = [];
  for (const f of folders) {
    const dir = path.join(f, WORKSPACE_PACK_DIR);
    watched.push(dir);
    if (fs.existsSync(dir)) roots.push(dir);
  }
  for (const p of configured) {
    if (!folders.length) {
      messages.push(`FactLens: claim pack "${p}" (setting factlens.claimPacks) was not loaded: open a workspace folder; packs must live inside it.`);
      continue;
    }
    const abs = resolveConfigured(folders, p);
    if (!insideAny(folders, abs)) {
      messages.push(`FactLens: claim pack "${p}" (setting factlens.claimPacks) is outside the workspace folder(s) and was not loaded; move it into the workspace.`);
      continue;
    }
    watched.push(abs);
    roots.push(abs);
  }
  const expanded = expandPackPaths(roots);
  for (const i of expanded.issues) messages.push(`FactLens: ${i.file}: ${i.message}`);
  // Symlinks inside a pack folder must not pull in files from outside the workspace.
  const files = [...new Set(expanded.files)].filter((f) => {
    if (insideAny(folders, f)) return true;
    messages.push(`FactLens: claim pack file "${f}" resolves outside the workspace folder(s) and was not loaded.`);
    return false;
  });
  const issuesByFile = new Map<string, DbIssue[]>();
  let db: ClaimsDatabase;
  try {
    // Quotes are checked against a pack source's local `file` when it lies in the workspace.
    const loaded = loadDatabaseWithPacks(files, loadBuiltinDatabase(), { sourceRoots: folders });
    db = loaded.db;
    // Editing a source text can make a quote valid (or not): watch those files too.
    for (const f of loaded.sourceFiles) if (!watched.includes(f)) watched.push(f);
    for (const issue of loaded.issues) {
      const file = path.isAbsolute(issue.file) ? issue.file : null;
      if (file && files.includes(file)) {
        const list = issuesByFile.get(file) ?? [];
        list.push(issue);
        issuesByFile.set(file, list);
      } else messages.push(`FactLens: ${issue.file}:${issue.line}:${issue.column}: ${issue.message}`);
    }
  } catch (e) {
    messages.push(`FactLens: claim packs could not be loaded (${(e as Error).message}); using the built-in database only.`);
    db = loadBuiltinDatabase();
  }
  return { db, files, issuesByFile, messages, watched };
}

/** Whether a changed file can affect the loaded packs. */
export function affectsPacks(changedPath: string, watched: string[]): boolean {
  const ext = path.extname(changedPath).toLowerCase();
  return watched.some((w) => {
    if (changedPath === w) return true;
    const rel = path.relative(w, changedPath);
    return !rel.startsWith('..') && !path.isAbsolute(rel) && ['.yaml', '.yml', '.json', ''].includes(ext);
  });
}
