// Claims compiled for matching at build time, so loading a large database does not re-read
// every claim's wording (compiling is most of the start-up cost of 100,000 claims). The build
// stores each CompiledClaim without its claim in a compact form (codec below, every string a
// number in one shared string table) plus, in `index`, what the claim index needs of every claim
// (its concepts, the words of the database) so that building the index decodes no claim: a claim
// is decoded the first time a sentence makes it a candidate. The stored form is used only with
// the lexicon it was compiled against: packs that add lexicon entries can change how a claim
// reads, so then claims are compiled afresh.
import type { ClaimT, LexiconEntryT } from '../db/schema';
import type { CompiledDatabase } from '../db/database';
import { Lexicon } from '../nlp/lexicon';
import { PHRASE_KEYS_FINGERPRINT, storePhraseKeys, type StoredPhraseKeys } from '../nlp/phraseKeys';
import { compileClaim, type CompiledClaim } from './compiledClaim';

/** One claim's compiled form, packed (see pack below). */
export type StoredCompiledClaim = unknown[];

/** What the claim index needs of every claim, written by the build beside the claims. */
export interface StoredIndex {
  /** Every string the packed compiled claims and `concepts`/`wordDf` refer to. */
  strings: string[];
  /** Claim ids, in database order. */
  ids: string[];
  /** Per claim: subject count, subject concepts, object count, object concepts, keyword concept count, keyword concepts (string numbers). */
  concepts: number[];
  /** Per claim: its relation and status (string numbers), which matching reads of every candidate. */
  facts: number[];
  /** Content words of the claims' wording (string numbers) and in how many claims each occurs. */
  wordDf: number[];
  /** UTF-8 byte length of each claim's JSON and of each packed compiled claim's JSON, so a loader can find them without parsing. */
  claimBytes: number[];
  compiledBytes: number[];
  /** The lexicon's phrase keys, when the writer had a fingerprint to stamp them with (phraseKeys.ts). */
  phraseKeys?: StoredPhraseKeys;
}

/** Where a database's claims come from when it was loaded from the prebuilt artefact. */
export interface ClaimSource {
  readonly count: number;
  claim(i: number): ClaimT;
  /** The packed compiled claim (decoded lazily). */
  stored(i: number): StoredCompiledClaim;
}

export interface ClaimConcepts {
  subjectIds: string[];
  objectIds: string[];
  keywordIds: string[];
}

export class PrecompiledClaims {
  constructor(
    /** The lexicon entries the claims were compiled against (the same objects as the database's). */
    readonly lexicon: readonly LexiconEntryT[],
    /** Of the stored index, what the claim index reads. */
    readonly index: Pick<StoredIndex, 'strings' | 'wordDf'> & { concepts: ArrayLike<number> },
    readonly source: ClaimSource,
  ) {}

  get count(): number {
    return this.source.count;
  }

  /** Whether `claims` are exactly this artefact's claims, in order (no pack added, replaced or retired one). */
  isWhole(claims: readonly ClaimT[]): boolean {
    if (claims.length !== this.count) return false;
    for (let i = 0; i < claims.length; i++) if (claims[i] !== this.source.claim(i)) return false;
    return true;
  }

  /** Each claim's concepts in turn, from the index (no claim decoded; the arrays are fresh each call). */
  forEachClaim(visit: (i: number, c: ClaimConcepts) => void): void {
    const { strings, concepts } = this.index;
    let at = 0;
    const take = () => {
      const n = concepts[at++];
      const ids: string[] = [];
      for (let k = 0; k < n; k++) ids.push(strings[concepts[at++]]);
      return ids;
    };
    for (let i = 0; i < this.count; i++) visit(i, { subjectIds: take(), objectIds: take(), keywordIds: take() });
  }

  wordDf(): Map<string, number> {
    const df = new Map<string, number>();
    const { strings, wordDf } = this.index;
    for (let k = 0; k < wordDf.length; k += 2) df.set(strings[wordDf[k]], wordDf[k + 1]);
    return df;
  }

  compiled(i: number): CompiledClaim {
    return restoreCompiled(this.source.claim(i), this.source.stored(i), this.index.strings);
  }
}

export function restoreCompiled(claim: ClaimT, stored: StoredCompiledClaim, strings: readonly string[]): CompiledClaim {
  const fields = unpack(stored, strings) as Record<string, unknown>;
  return { claim, ...fields } as unknown as CompiledClaim;
}

/**
 * Adds the compiled claims (and the lexicon's phrase keys) to a database about to be written as the
 * prebuilt artefact. `phraseKeysFingerprint`: what to stamp the keys with (default: this bundle's,
 * set by the build; none, no keys).
 */
export function withCompiledClaims(c: CompiledDatabase, phraseKeysFingerprint = PHRASE_KEYS_FINGERPRINT): CompiledDatabase {
  const lexicon = new Lexicon(c.lexicon);
  const table = new StringTable();
  const compiled = c.claims.map((claim) => compileClaim(claim, lexicon));
  const stored = compiled.map((cc) => {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(cc)) if (key !== 'claim') fields[key] = value;
    return pack(fields, table) as StoredCompiledClaim;
  });
  const concepts: number[] = [];
  const df = new Map<string, number>();
  for (const cc of compiled) {
    for (const ids of [cc.subjectIds, cc.objectIds, cc.keywordIds]) concepts.push(ids.length, ...ids.map((id) => table.id(id)));
    for (const w of cc.words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const wordDf = [...df].flatMap(([w, n]) => [table.id(w), n]);
  const facts = c.claims.flatMap((claim) => [table.id(claim.relation), table.id(claim.status)]);
  const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
  // Before the index takes the string table: the keys' tokens go into it.
  const phraseKeys = storePhraseKeys(c.lexicon, (s) => table.id(s), phraseKeysFingerprint);
  const index: StoredIndex = {
    strings: table.list,
    ids: c.claims.map((claim) => claim.id),
    concepts,
    facts,
    wordDf,
    claimBytes: c.claims.map(bytes),
    compiledBytes: stored.map(bytes),
    ...(phraseKeys && { phraseKeys }),
  };
  // Key order matters: the index comes first and the claims last, so that a loader can find them.
  return { version: c.version, index, sources: c.sources, references: c.references, lexicon: c.lexicon, claims: c.claims, compiled: stored };
}

class StringTable {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }
}

/**
 * Compact JSON for compiled claims: a string is its number in the string table, a number is
 * written as a string (so that Infinity survives), and containers are arrays tagged by kind.
 */
const ARRAY = 0;
const SET = 1;
const MAP = 2;
const OBJECT = 3;

function pack(value: unknown, table: StringTable): unknown {
  if (typeof value === 'string') return table.id(value);
  if (typeof value === 'number') return String(value);
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return [ARRAY, ...value.map((v) => pack(v, table))];
  if (value instanceof Set) return [SET, ...[...value].map((v) => pack(v, table))];
  if (value instanceof Map) return [MAP, ...[...value].flatMap(([k, v]) => [pack(k, table), pack(v, table)])];
  if (typeof value === 'object') {
    const out: unknown[] = [OBJECT];
    for (const [k, v] of Object.entries(value as object)) if (v !== undefined) out.push(table.id(k), pack(v, table));
    return out;
  }
  throw new Error(`cannot store ${typeof value} in a compiled claim`);
}

function unpack(value: unknown, strings: readonly string[]): unknown {
  if (typeof value === 'number') return strings[value];
  if (typeof value === 'string') return Number(value);
  if (!Array.isArray(value)) return value;
  switch (value[0]) {
    case ARRAY: {
      const out: unknown[] = [];
      for (let k = 1; k < value.length; k++) out.push(unpack(value[k], strings));
      return out;
    }
    case SET: {
      const out = new Set<unknown>();
      for (let k = 1; k < value.length; k++) out.add(unpack(value[k], strings));
      return out;
    }
    case MAP: {
      const out = new Map<unknown, unknown>();
      for (let k = 1; k < value.length; k += 2) out.set(unpack(value[k], strings), unpack(value[k + 1], strings));
      return out;
    }
    default: {
      const out: Record<string, unknown> = {};
      for (let k = 1; k < value.length; k += 2) out[strings[value[k] as number]] = unpack(value[k + 1], strings);
      return out;
    }
  }
}

/** Whether stored compilations fit a database's current lexicon. */
export function fitsLexicon(pre: PrecompiledClaims, lexicon: readonly LexiconEntryT[]): boolean {
  return pre.lexicon.length === lexicon.length && pre.lexicon.every((entry, i) => entry === lexicon[i]);
}
