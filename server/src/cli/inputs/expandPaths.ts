// Turns the paths a user typed into the list of documents to check: files as they are,
// directories searched for Markdown, glob patterns expanded. Paths keep the form the user gave.
import * as fs from 'fs';
import * as path from 'path';
import { globToRegExp, hasGlobChars, splitGlob } from './glob';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];

export interface ExpandedPaths {
  files: string[];
  /** One line per argument that could not be used (missing, unreadable, matched nothing). */
  problems: string[];
}

const isMarkdown = (name: string) => MARKDOWN_EXTENSIONS.includes(path.extname(name).toLowerCase());
/** Dependencies and hidden directories (.git, .vscode, .factlens) are never documents to check. */
const skipDir = (name: string) => name === 'node_modules' || name.startsWith('.');

/** Files under `dir` (relative, `/`-separated, sorted), skipping dependency and hidden directories. */
function walk(dir: string, keep: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skipDir(e.name)) visit(childRel);
      } else if (e.isFile() && keep(childRel)) out.push(childRel);
    }
  };
  visit('');
  return out;
}

function joinAsGiven(base: string, rel: string): string {
  if (base === '.' ) return rel;
  return base.endsWith('/') || base.endsWith(path.sep) ? base + rel : `${base}/${rel}`;
}

export function expandPaths(args: string[], cwd: string): ExpandedPaths {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = path.resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(p);
    }
  };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      if (!hasGlobChars(arg)) {
        problems.push(`${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : `cannot read (${(e as NodeJS.ErrnoException).code})`}`);
        continue;
      }
    }
    try {
      if (stat?.isDirectory()) {
        const found = walk(abs, isMarkdown);
        if (!found.length) problems.push(`${arg}: no Markdown files (.md, .markdown) in this directory`);
        found.forEach((rel) => add(joinAsGiven(arg, rel)));
      } else if (stat) {
        add(arg);
      } else {
        const { base, rest } = splitGlob(arg);
        const re = globToRegExp(rest);
        const baseAbs = path.resolve(cwd, base);
        const found = fs.existsSync(baseAbs) && fs.statSync(baseAbs).isDirectory() ? walk(baseAbs, (rel) => re.test(rel)) : [];
        if (!found.length) problems.push(`${arg}: no files match this pattern`);
        found.forEach((rel) => add(joinAsGiven(base, rel)));
      }
    } catch (e) {
      problems.push(`${arg}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return { files, problems };
}
