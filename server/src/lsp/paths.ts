// File URIs and paths, and the rule that packs and bibliographies must stay inside the workspace.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** Resolves symlinks where the path exists, so `..` and links cannot escape a folder. */
function real(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    // Not there yet (a bibliography to be created): resolve its parent instead.
    const parent = path.dirname(p);
    return parent === p ? p : path.join(real(parent), path.basename(p));
  }
}

export function isInside(folder: string, p: string): boolean {
  const rel = path.relative(real(folder), real(p));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function insideAny(folders: string[], p: string): boolean {
  return folders.some((f) => isInside(f, p));
}

/** Canonical form for comparing document URIs that may be encoded differently. */
export function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = uriToPath(a);
  const pb = uriToPath(b);
  return pa !== null && pb !== null && path.resolve(pa) === path.resolve(pb);
}
