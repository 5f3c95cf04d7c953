// Merges parsed claims files (the built-in database first, then packs) into one database and
// checks what no single file can: unique ids, evidence that names a known source, references
// that resolve, retire/override targets that exist.
import type { ClaimT, LexiconEntryT, PackFileT, ReferenceT, SourceT } from './schema';
import type { DbIssue, ParsedFile } from './parseFile';
import { PrecompiledClaims, type StoredCompiledClaim, type StoredIndex } from '../match/precompiled';
import { registerPhraseKeys } from '../nlp/phraseKeys';

export interface ClaimsDatabase {
  sources: Map<string, SourceT>;
  references: Map<string, ReferenceT>;
  lexicon: LexiconEntryT[];
  claims: ClaimT[];
  /** Which file each claim came from, and whether it is built in. */
  claimOrigin: Map<string, { file: string; builtin: boolean }>;
  /** File each source came from (quotes are checked against the source's `file`, resolved from there). */
  sourceOrigin: Map<string, { file: string; builtin: boolean }>;
  /** Claims compiled for matching by the build (prebuilt artefact), when loaded from one. */
  precompiled?: PrecompiledClaims;
}

export interface DatabaseInput {
  parsed: ParsedFile;
  builtin: boolean;
}

/** The serialisable form written to dist/claims-db.json by the build. */
export interface CompiledDatabase {
  version: 1;
  sources: SourceT[];
  references: ReferenceT[];
  lexicon: LexiconEntryT[];
  claims: ClaimT[];
  /** The claims compiled for matching, parallel to `claims`, and what the claim index needs of them (written by the build). */
  index?: StoredIndex;
  compiled?: StoredCompiledClaim[];
}

export function emptyDatabase(): ClaimsDatabase {
  return {
    sources: new Map(),
    references: new Map(),
    lexicon: [],
    claims: [],
    claimOrigin: new Map(),
    sourceOrigin: new Map(),
  };
}

export function fromCompiled(c: CompiledDatabase, file = '<built-in>'): ClaimsDatabase {
  const db = emptyDatabase();
  for (const s of c.sources) {
    db.sources.set(s.id, s);
    db.sourceOrigin.set(s.id, { file, builtin: true });
  }
  for (const r of c.references) db.references.set(r.id, r);
  db.lexicon = c.lexicon.slice();
  db.claims = c.claims.slice();
  const origin = { file, builtin: true };
  for (const cl of c.claims) db.claimOrigin.set(cl.id, origin);
  const claims = db.claims;
  const compiled = c.compiled;
  if (c.index) registerPhraseKeys(c.lexicon, c.index.phraseKeys, c.index.strings);
  if (c.index && compiled && compiled.length === claims.length) {
    db.precompiled = new PrecompiledClaims(db.lexicon.slice(), c.index, { count: claims.length, claim: (i) => claims[i], stored: (i) => compiled[i] });
  }
  return db;
}

export function toCompiled(db: ClaimsDatabase): CompiledDatabase {
  return {
    version: 1,
    sources: [...db.sources.values()],
    references: [...db.references.values()],
    lexicon: db.lexicon,
    claims: db.claims,
  };
}

export interface MergeOptions {
  /** Quotes that fail this check (pack quotes against local source texts) skip their claim. */
  checkQuotes?: (claim: ClaimT) => Array<{ evidence: number; message: string }>;
}

/**
 * Adds files to a database. Files with errors are skipped whole (their issues reported); a file
 * whose cross-references fail keeps its valid parts, so one bad claim never hides a whole pack.
 */
export function mergeFiles(
  base: ClaimsDatabase,
  inputs: DatabaseInput[],
  options: MergeOptions = {},
): { db: ClaimsDatabase; issues: DbIssue[] } {
  const db: ClaimsDatabase = {
    sources: new Map(base.sources),
    references: new Map(base.references),
    lexicon: base.lexicon.slice(),
    claims: base.claims.slice(),
    claimOrigin: new Map(base.claimOrigin),
    sourceOrigin: new Map(base.sourceOrigin),
    precompiled: base.precompiled,
  };
  const issues: DbIssue[] = [];
  const lexiconIds = new Set(db.lexicon.map((l) => l.id));
  const claimIndex = new Map(db.claims.map((c, i) => [c.id, i]));
  const pending: Array<{ input: DatabaseInput; data: PackFileT }> = [];

  // Pass 1: definitions, so that files may refer to each other in any order.
  for (const input of inputs) {
    const { parsed, builtin } = input;
    issues.push(...parsed.issues);
    if (!parsed.data) continue;
    const data = parsed.data;
    const err = (path: Array<string | number>, message: string) =>
      issues.push({ file: parsed.file, ...parsed.locate(path), message });
    data.sources.forEach((s, i) => {
      if (db.sources.has(s.id)) return err(['sources', i, 'id'], `duplicate source id "${s.id}" (already defined in ${db.sourceOrigin.get(s.id)?.file})`);
      db.sources.set(s.id, s);
      db.sourceOrigin.set(s.id, { file: parsed.file, builtin });
    });
    data.references.forEach((r, i) => {
      if (db.references.has(r.id)) return err(['references', i, 'id'], `duplicate reference id "${r.id}"`);
      db.references.set(r.id, r);
    });
    data.lexicon.forEach((l, i) => {
      if (lexiconIds.has(l.id)) return err(['lexicon', i, 'id'], `duplicate lexicon id "${l.id}"`);
      lexiconIds.add(l.id);
      // Entities a pack adds are what its team writes about: track them unless told otherwise.
      db.lexicon.push(builtin || l.tracked !== undefined ? l : { ...l, tracked: true });
    });
    pending.push({ input, data });
  }

  // Pass 2: claims, retirements and overrides, checked against everything defined above.
  for (const { input, data } of pending) {
    const { parsed, builtin } = input;
    const err = (path: Array<string | number>, message: string) =>
      issues.push({ file: parsed.file, ...parsed.locate(path), message });
    const checkClaim = (c: ClaimT, section: 'claims' | 'overrides', i: number): boolean => {
      let ok = true;
      c.evidence.forEach((e, j) => {
        if (!db.sources.has(e.source)) {
          ok = false;
          err([section, i, 'evidence', j, 'source'], `unknown source id "${e.source}": define it under sources`);
        }
      });
      c.references.forEach((r, j) => {
        if (!db.references.has(r)) {
          ok = false;
          err([section, i, 'references', j], `unknown reference id "${r}": define it under references`);
        }
      });
      for (const q of options.checkQuotes?.(c) ?? []) {
        ok = false;
        err([section, i, 'evidence', q.evidence, 'quote'], q.message);
      }
      return ok;
    };
    data.claims.forEach((c, i) => {
      if (claimIndex.has(c.id)) {
        const origin = db.claimOrigin.get(c.id);
        const hint = origin?.builtin && !builtin ? '; to replace the built-in claim, list it under overrides' : '';
        return err(['claims', i, 'id'], `duplicate claim id "${c.id}" (already defined in ${origin?.file})${hint}`);
      }
      if (!checkClaim(c, 'claims', i)) return;
      claimIndex.set(c.id, db.claims.length);
      db.claims.push(c);
      db.claimOrigin.set(c.id, { file: parsed.file, builtin });
    });
    data.overrides.forEach((c, i) => {
      const at = claimIndex.get(c.id);
      if (at === undefined) return err(['overrides', i, 'id'], `cannot override unknown claim "${c.id}"`);
      if (!checkClaim(c, 'overrides', i)) return;
      db.claims[at] = c;
      db.claimOrigin.set(c.id, { file: parsed.file, builtin });
    });
    data.retire.forEach((id, i) => {
      if (!claimIndex.has(id)) return err(['retire', i], `cannot retire unknown claim "${id}"`);
      db.claims = db.claims.filter((c) => c.id !== id);
      db.claimOrigin.delete(id);
      claimIndex.clear();
      db.claims.forEach((c, k) => claimIndex.set(c.id, k));
    });
  }

  for (const l of db.lexicon) {
    if (l.opposite && !lexiconIds.has(l.opposite)) {
      issues.push({ file: '<lexicon>', line: 1, column: 1, message: `lexicon entry "${l.id}" has unknown opposite "${l.opposite}"` });
    }
    if (l.parent && !lexiconIds.has(l.parent)) {
      issues.push({ file: '<lexicon>', line: 1, column: 1, message: `lexicon entry "${l.id}" has unknown parent "${l.parent}"` });
    }
  }
  return { db, issues };
}
