// File-system side of the database: finds the built-in database (prebuilt JSON when bundled,
// the curated YAML when running from source) and reads claim packs.
import * as fs from 'fs';
import * as path from 'path';
import { openArtefact } from './artefact';
import { emptyDatabase, mergeFiles, type ClaimsDatabase } from './database';
import type { DbIssue, ParsedFile } from './parseFile';
import { quoteChecker, readPackSourceTexts } from './packSources';

export const PACK_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Packs are curated text; anything bigger is a mistake (or an attack) and is refused. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** Lists claims files under a directory, recursively, in a stable order. */
export function listClaimsFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (PACK_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) && entry.name !== 'schema.json') out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function readClaimsFile(file: string): ParsedFile {
  let text: string;
  try {
    const stat = fs.statSync(file);
    // A FIFO or device (/dev/zero) reports size 0 and would block or never end: files only.
    if (!stat.isFile()) return failed(file, 'not a regular file: a claims file must be a YAML or JSON file');
    if (stat.size > MAX_PACK_BYTES) {
      return failed(file, `claims file is ${Math.round(stat.size / 1024)} KB, over the ${MAX_PACK_BYTES / 1024 / 1024} MB limit`);
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return failed(file, `cannot read claims file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseFile().parseClaimsFile(file, text);
}

/**
 * The YAML/JSON pack parser and its schema, loaded on first use: most sessions read no pack, and
 * the bundled database is prebuilt, so start-up need not load the YAML and validation libraries.
 */
function parseFile(): typeof import('./parseFile') {
  return require('./parseFile') as typeof import('./parseFile');
}

function failed(file: string, message: string): ParsedFile {
  return { file, data: null, issues: [{ file, line: 1, column: 1, message }], locate: () => ({ line: 1, column: 1 }) };
}

/** Expands pack arguments (files or directories) into claims files; a missing path is an issue. */
export function expandPackPaths(paths: string[]): { files: string[]; issues: DbIssue[] } {
  const files: string[] = [];
  const issues: DbIssue[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      issues.push({ file: p, line: 1, column: 1, message: 'claim pack not found: check the path (a YAML/JSON file or a directory of them)' });
      continue;
    }
    if (stat.isDirectory()) files.push(...listClaimsFiles(p));
    else files.push(p);
  }
  return { files, issues };
}

/** Where the curated YAML lives when running from a checkout. */
export function findCuratedDir(from = __dirname): string | null {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'claims-db');
    if (fs.existsSync(path.join(candidate, 'sources.yaml'))) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}

let builtinCache: ClaimsDatabase | null = null;

/**
 * The built-in database. Bundles ship `claims-db.json` beside them (compiled and validated by the
 * build, so start-up does no YAML parsing); from source we read the curated YAML.
 */
export function loadBuiltinDatabase(): ClaimsDatabase {
  if (builtinCache) return builtinCache;
  const compiled = path.join(__dirname, 'claims-db.json');
  if (fs.existsSync(compiled)) {
    builtinCache = openArtefact(compiled);
    return builtinCache;
  }
  const dir = findCuratedDir();
  if (!dir) throw new Error('built-in claims database not found (expected claims-db.json beside the bundle or claims-db/ in the checkout)');
  const { db, issues } = loadCuratedDir(dir);
  if (issues.length) throw new Error(`built-in claims database is invalid:\n${issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`).join('\n')}`);
  builtinCache = db;
  return db;
}

export function loadCuratedDir(dir: string): { db: ClaimsDatabase; issues: DbIssue[] } {
  const inputs = listClaimsFiles(dir).map((f) => ({ parsed: readClaimsFile(f), builtin: true }));
  return mergeFiles(emptyDatabase(), inputs);
}

export interface PackLoadOptions {
  /**
   * Folders (besides each pack's own) that a pack source's `file` may live in: the workspace.
   * Quotes of sources with a local file are checked against it; a claim whose quote is not
   * there is reported and skipped.
   */
  sourceRoots?: string[];
}

/** Built-in database plus packs. Broken packs are reported and skipped; the rest still loads. */
export function loadDatabaseWithPacks(packPaths: string[], base: ClaimsDatabase = loadBuiltinDatabase(), options: PackLoadOptions = {}) {
  const { files, issues } = expandPackPaths(packPaths);
  const parsed = files.map((f) => readClaimsFile(f));
  const sources = readPackSourceTexts(parsed, options.sourceRoots);
  const merged = mergeFiles(
    base,
    parsed.map((p) => ({ parsed: p, builtin: false })),
    { checkQuotes: quoteChecker(sources.texts) },
  );
  return { db: merged.db, issues: [...issues, ...sources.issues, ...merged.issues], files, parsed, sourceFiles: sources.files };
}
