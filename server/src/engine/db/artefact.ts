// Reads the prebuilt artefact (dist/claims-db.json, written by the build through
// withCompiledClaims) without parsing every claim: the index at its head says how many bytes each
// claim and each compiled claim takes, so the claims are kept as bytes and a claim is parsed the
// first time something reads it (a sentence makes it a candidate, a hover shows its evidence).
// With 100,000 claims that is what makes start-up fast and small. The file stays plain JSON (any
// JSON reader sees the same database); a file this reader cannot walk is parsed whole instead.
import * as fs from 'fs';
import type { ClaimsDatabase, CompiledDatabase } from './database';
import { emptyDatabase, fromCompiled } from './database';
import type { ClaimT, LexiconEntryT, ReferenceT, SourceT } from './schema';
import { registerPhraseKeys } from '../nlp/phraseKeys';
import { PrecompiledClaims, type ClaimSource, type StoredCompiledClaim, type StoredIndex } from '../match/precompiled';

/** The artefact already in memory (tests, tools): claims are kept as bytes and parsed on first use. */
export function readArtefact(bytes: Buffer, file = '<built-in>'): ClaimsDatabase {
  return readLazily(bytes, file) ?? fromCompiled(JSON.parse(bytes.toString('utf8')) as CompiledDatabase, file);
}

/**
 * The artefact at `file`: reads its head; each claim's JSON and its compiled form are read from the
 * file when first needed, so neither (all of the file but its head) sits in memory: with 100,000
 * claims the compiled forms alone are 30 MB, and a check touches a few hundred of them. A file of
 * at most `inMemoryMaxBytes` is read whole instead.
 */
export function openArtefact(file: string, inMemoryMaxBytes = IN_MEMORY_MAX_BYTES): ClaimsDatabase {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    // A small database (the built-in one is about 400 KB) is read whole and its claims parsed from
    // memory on first use: reading each claim from the file costs four system calls, and the first
    // check of a document reads a hundred claims.
    if (stat.size <= inMemoryMaxBytes) return readArtefact(fs.readFileSync(fd), file);
    const prefix = readUntil(fd, CLAIMS, stat.size);
    const head = prefix && readHead(prefix);
    if (head) {
      const claims = offsets(head.claimsStart, head.index.claimBytes);
      const compiled = compiledSpansInFile(fd, claims.end - 1, stat.size, head.index);
      if (compiled) {
        const text = (starts: Float64Array) => (i: number) => readStored(file, stat, starts[i], starts[i + 1] - 1);
        return assemble(head, file, text(claims.starts), text(compiled));
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return readArtefact(fs.readFileSync(file), file);
}

/** Up to this size an artefact is kept in memory (see openArtefact). */
const IN_MEMORY_MAX_BYTES = 8 * 1024 * 1024;

const SOURCES = ',"sources":[';
const CLAIMS = ',"claims":[';
const COMPILED = '],"compiled":[';

interface Head {
  index: StoredIndex;
  parts: { sources: SourceT[]; references: ReferenceT[]; lexicon: LexiconEntryT[] };
  /** Where the first claim starts. */
  claimsStart: number;
}

/** The index, sources, references and lexicon, from bytes holding at least the start of the file up to the claims. */
function readHead(bytes: Buffer): Head | null {
  const sourcesAt = bytes.indexOf(SOURCES);
  if (sourcesAt < 0) return null;
  const head = JSON.parse(bytes.toString('utf8', 0, sourcesAt) + '}') as { version?: number; index?: StoredIndex };
  const index = head.index;
  if (head.version !== 1 || !index?.claimBytes || !index.compiledBytes) return null;
  const n = index.ids.length;
  if (index.claimBytes.length !== n || index.compiledBytes.length !== n || index.facts?.length !== 2 * n) return null;
  const claimsAt = bytes.indexOf(CLAIMS, sourcesAt);
  if (claimsAt < 0) return null;
  const parts = JSON.parse(`{${bytes.toString('utf8', sourcesAt + 1, claimsAt)}}`) as Head['parts'];
  return { index, parts, claimsStart: claimsAt + CLAIMS.length };
}

/** Starts of the compiled claims in `bytes`, whose `at` is the "]" closing the claims; null unless the file ends right after them. */
function compiledSpans(bytes: Buffer, at: number, index: StoredIndex): Uint32Array | null {
  if (bytes.toString('latin1', at, at + COMPILED.length) !== COMPILED) return null;
  const compiled = spans(bytes, at + COMPILED.length, index.compiledBytes);
  if (!compiled || compiled.end !== bytes.length - 1 || bytes[bytes.length - 1] !== 0x7d /* } */) return null;
  return compiled.starts;
}

/**
 * As compiledSpans, for the file open as `fd` (of `size` bytes) without holding its compiled
 * claims: the separators the index implies are checked as the file is read through in chunks.
 */
function compiledSpansInFile(fd: number, at: number, size: number, index: StoredIndex): Float64Array | null {
  const bytes = new ChunkedReader(fd, size);
  for (let k = 0; k < COMPILED.length; k++) if (bytes.at(at + k) !== COMPILED.charCodeAt(k)) return null;
  const lengths = index.compiledBytes;
  const starts = new Float64Array(lengths.length + 1);
  let pos = at + COMPILED.length;
  for (let i = 0; i < lengths.length; i++) {
    starts[i] = pos;
    pos += lengths[i];
    if (bytes.at(pos) !== (i === lengths.length - 1 ? 0x5d /* ] */ : 0x2c) /* , */) return null;
    pos++;
  }
  if (!lengths.length) {
    if (bytes.at(pos) !== 0x5d) return null;
    pos++;
  }
  starts[lengths.length] = pos;
  return pos === size - 1 && bytes.at(pos) === 0x7d /* } */ ? starts : null;
}

/** Bytes of a file at increasing positions, read a chunk at a time. */
class ChunkedReader {
  private readonly chunk = Buffer.allocUnsafe(1 << 20);
  private from = 0;
  private length = 0;
  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {}
  /** The byte at `pos`, or -1 past the end of the file. */
  at(pos: number): number {
    if (pos < 0 || pos >= this.size) return -1;
    if (pos < this.from || pos >= this.from + this.length) {
      this.from = pos;
      this.length = fs.readSync(this.fd, this.chunk, 0, Math.min(this.chunk.length, this.size - pos), pos);
      if (pos >= this.from + this.length) return -1;
    }
    return this.chunk[pos - this.from];
  }
}

function readLazily(bytes: Buffer, file: string): ClaimsDatabase | null {
  const head = readHead(bytes);
  if (!head) return null;
  const claims = spans(bytes, head.claimsStart, head.index.claimBytes);
  const compiled = claims && compiledSpans(bytes, claims.end - 1, head.index);
  if (!claims || !compiled) return null;
  const text = (starts: Uint32Array | Float64Array) => (i: number) => bytes.toString('utf8', starts[i], starts[i + 1] - 1);
  return assemble(head, file, text(claims.starts), text(compiled));
}

function assemble(head: Head, file: string, claimText: (i: number) => string, compiledText: (i: number) => string): ClaimsDatabase {
  const { index, parts } = head;
  const read = (i: number) => JSON.parse(claimText(i)) as ClaimT;
  const { strings, facts } = index;
  const claims = index.ids.map((id, i) => new Proxy(new Slot(id, strings[facts[2 * i]], strings[facts[2 * i + 1]], i, read), LAZY) as unknown as ClaimT);
  const source: ClaimSource = {
    count: claims.length,
    claim: (i) => claims[i],
    stored: (i) => JSON.parse(compiledText(i)) as StoredCompiledClaim,
  };
  const db = emptyDatabase();
  const origin = { file, builtin: true };
  for (const s of parts.sources) {
    db.sources.set(s.id, s);
    db.sourceOrigin.set(s.id, origin);
  }
  for (const r of parts.references) db.references.set(r.id, r);
  db.lexicon = parts.lexicon;
  registerPhraseKeys(parts.lexicon, index.phraseKeys, strings);
  db.claims = claims;
  for (const id of index.ids) db.claimOrigin.set(id, origin);
  // Only what matching reads stays in memory (the byte lengths, ids and facts are used up).
  db.precompiled = new PrecompiledClaims(db.lexicon.slice(), { strings, wordDf: index.wordDf, concepts: Int32Array.from(index.concepts) }, source);
  return db;
}

/** The file's first bytes, up to and including `marker` (null when it never comes). */
function readUntil(fd: number, marker: string, size: number): Buffer | null {
  let bytes = Buffer.alloc(0);
  let chunk = 1 << 20;
  while (bytes.length < size) {
    const more = Buffer.alloc(Math.min(chunk, size - bytes.length));
    const got = fs.readSync(fd, more, 0, more.length, bytes.length);
    if (got <= 0) return null;
    const from = Math.max(0, bytes.length - marker.length);
    bytes = Buffer.concat([bytes, more.subarray(0, got)]);
    const at = bytes.indexOf(marker, from);
    if (at >= 0) return bytes.subarray(0, at + marker.length);
    chunk *= 2;
  }
  return null;
}

/** Where each of a run of values starts (and, one past the last, where the run's closing "]" ends), from their lengths alone. */
function offsets(at: number, lengths: readonly number[]): { starts: Float64Array; end: number } {
  const starts = new Float64Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) {
    starts[i] = at;
    at += lengths[i] + 1;
  }
  if (!lengths.length) at++;
  starts[lengths.length] = at;
  return { starts, end: at };
}

/**
 * One claim's JSON or compiled form, read from the file. The file must be the one loaded (same
 * size and time): a database rebuilt under a running server cannot be read piecemeal any more.
 */
function readStored(file: string, loaded: fs.Stats, start: number, end: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const now = fs.fstatSync(fd);
    const bytes = Buffer.alloc(end - start + 1);
    if (now.size !== loaded.size || now.mtimeMs !== loaded.mtimeMs || fs.readSync(fd, bytes, 0, bytes.length, start) !== bytes.length || (bytes[bytes.length - 1] !== 0x2c && bytes[bytes.length - 1] !== 0x5d)) {
      throw new Error(`${file} changed after FactLens loaded it: restart FactLens to use the new claims database`);
    }
    return bytes.toString('utf8', 0, bytes.length - 1);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Start of each of `lengths.length` JSON values written one after another from `at`, each
 * followed by "," (or "]" after the last); `starts[i + 1] - 1` is where value i ends. Null when
 * the separators are not where the lengths say.
 */
function spans(bytes: Buffer, at: number, lengths: readonly number[]): { starts: Uint32Array; end: number } | null {
  const starts = new Uint32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) {
    starts[i] = at;
    at += lengths[i];
    if (bytes[at] !== (i === lengths.length - 1 ? 0x5d /* ] */ : 0x2c) /* , */) return null;
    at++;
  }
  if (!lengths.length) {
    if (bytes[at] !== 0x5d) return null;
    at++;
  }
  starts[lengths.length] = at;
  return { starts, end: at };
}

/**
 * A claim parsed on first use, behind a Proxy: it behaves as the parsed object (property reads,
 * `in`, spreading, JSON.stringify, deep equality); the parsed object itself is never exposed.
 */
class Slot {
  full: ClaimT | null = null;
  constructor(
    readonly id: string,
    /** Read of every candidate claim while matching: known without parsing the claim. */
    readonly relation: string,
    readonly status: string,
    readonly at: number,
    readonly read: (i: number) => ClaimT,
  ) {}
  get(): ClaimT {
    return (this.full ??= this.read(this.at));
  }
}

const LAZY: ProxyHandler<Slot> = {
  get: (slot, key) => {
    if (key === 'id') return slot.id;
    if (!slot.full && key === 'relation') return slot.relation;
    if (!slot.full && key === 'status') return slot.status;
    return Reflect.get(slot.get(), key);
  },
  has: (slot, key) => key in slot.get(),
  ownKeys: (slot) => Reflect.ownKeys(slot.get()),
  getOwnPropertyDescriptor: (slot, key) => {
    const d = Reflect.getOwnPropertyDescriptor(slot.get(), key);
    if (d) d.configurable = true;
    return d;
  },
  getPrototypeOf: () => Object.prototype,
  set: (slot, key, value) => Reflect.set(slot.get(), key, value),
  defineProperty: (slot, key, d) => Reflect.defineProperty(slot.get(), key, d),
  deleteProperty: (slot, key) => Reflect.deleteProperty(slot.get(), key),
};
