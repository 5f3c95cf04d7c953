// Pack quotes are checked against their source's text when the pack names a local `file` for the
// source (a path relative to the pack file); a source without one is taken as given. Pack content
// is data: a `file` may only name a regular file inside the pack's own folder or an allowed root
// (the workspace), never /etc/passwd or /dev/zero.
import * as fs from 'fs';
import * as path from 'path';
import type { ClaimT } from './schema';
import type { DbIssue, ParsedFile } from './parseFile';
import { collapseWhitespace } from './quotes';

/** Source texts are plain text files of reasonable size; anything bigger is refused, not read. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export interface PackSourceTexts {
  /** Whitespace-collapsed text of each pack source that names a readable local file, by source id. */
  texts: Map<string, { text: string; file: string }>;
  /** Absolute paths of the source files read (an editor watches them to reload packs). */
  files: string[];
  /** Sources whose `file` is missing, refused or unreadable, at the `file` value. */
  issues: DbIssue[];
}

/** A claim's evidence quotes that are not in their source's local text. */
export type QuoteChecker = (claim: ClaimT) => Array<{ evidence: number; message: string }>;

/** Resolves symlinks (where the path exists) so `..` and links cannot leave a folder. */
function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function isInside(folder: string, p: string): boolean {
  const rel = path.relative(realPath(folder), realPath(p));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function readSourceFile(packFile: string, name: string, roots: readonly string[]): { text: string; path: string } | { error: string } {
  const resolved = path.resolve(path.dirname(packFile), name);
  if (![path.dirname(packFile), ...roots].some((r) => isInside(r, resolved))) {
    return {
      error: `source file ${name} (resolved to ${resolved}) is outside the workspace and the pack's folder; FactLens reads source files only inside them`,
    };
  }
  try {
    const stat = fs.statSync(resolved);
    if (!stat.isFile()) return { error: `source file ${name} is not a regular file` };
    if (stat.size > MAX_SOURCE_BYTES) return { error: `source file ${name} is over ${MAX_SOURCE_BYTES / 1024 / 1024} MB; source texts must be plain text` };
    return { text: fs.readFileSync(resolved, 'utf8'), path: resolved };
  } catch {
    return { error: `source file not found: ${name} (resolved to ${resolved}); paths are relative to the pack file` };
  }
}

/** Reads the local texts of the sources the packs define. `roots` are extra folders files may live in. */
export function readPackSourceTexts(parsed: readonly ParsedFile[], roots: readonly string[] = []): PackSourceTexts {
  const out: PackSourceTexts = { texts: new Map(), files: [], issues: [] };
  for (const p of parsed) {
    p.data?.sources.forEach((s, i) => {
      if (!s.file) return;
      const read = readSourceFile(p.file, s.file, roots);
      if ('text' in read) {
        out.texts.set(s.id, { text: collapseWhitespace(read.text), file: s.file });
        out.files.push(read.path);
      } else out.issues.push({ file: p.file, ...p.locate(['sources', i, 'file']), message: read.error });
    });
  }
  return out;
}

export function quoteChecker(texts: PackSourceTexts['texts']): QuoteChecker {
  return (claim) => {
    const problems: Array<{ evidence: number; message: string }> = [];
    claim.evidence.forEach((e, j) => {
      const source = texts.get(e.source);
      if (source && !source.text.includes(collapseWhitespace(e.quote))) {
        problems.push({
          evidence: j,
          message: `quote not found verbatim in ${source.file} (source "${e.source}"); copy it exactly from the source`,
        });
      }
    });
    return problems;
  };
}
