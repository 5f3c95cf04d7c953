// Claims compiled for matching at build time, so loading a large database does not re-read
// every claim's wording (compiling is most of the start-up cost of 100,000 claims). The build
// stores each CompiledClaim without its claim, Sets and Maps written as tagged arrays; loading
// restores them. The stored form is used only with the lexicon it was compiled against: packs
// that add lexicon entries can change how a claim reads, so then claims are compiled afresh.
import type { ClaimT, LexiconEntryT } from '../db/schema';
import type { CompiledDatabase } from '../db/database';
import { Lexicon } from '../nlp/lexicon';
import { compileClaim, type CompiledClaim } from './compiledClaim';

export type StoredCompiledClaim = Record<string, unknown>;

export interface PrecompiledClaims {
  /** The lexicon entries the claims were compiled against (the same objects as the database's). */
  lexicon: readonly LexiconEntryT[];
  byClaim: WeakMap<ClaimT, StoredCompiledClaim>;
}

export function storeCompiled(c: CompiledClaim): StoredCompiledClaim {
  const out: StoredCompiledClaim = {};
  for (const [key, value] of Object.entries(c)) if (key !== 'claim' && value !== undefined) out[key] = encode(value);
  return out;
}

export function restoreCompiled(claim: ClaimT, stored: StoredCompiledClaim): CompiledClaim {
  const out: Record<string, unknown> = { claim };
  for (const [key, value] of Object.entries(stored)) out[key] = decode(value);
  return out as unknown as CompiledClaim;
}

/** Adds the compiled claims to a database about to be written as the prebuilt artefact. */
export function withCompiledClaims(c: CompiledDatabase): CompiledDatabase {
  const lexicon = new Lexicon(c.lexicon);
  return { ...c, compiled: c.claims.map((claim) => storeCompiled(compileClaim(claim, lexicon))) };
}

/** JSON-safe form: Sets, Maps and non-finite numbers (open intervals) are tagged. */
function encode(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $num: String(value) };
  if (value instanceof Set) return { $set: [...value].map(encode) };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encode(k), encode(v)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    return out;
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if ('$num' in o) return Number(o.$num);
  if ('$set' in o) return new Set((o.$set as unknown[]).map(decode));
  if ('$map' in o) return new Map((o.$map as Array<[unknown, unknown]>).map(([k, v]) => [decode(k), decode(v)]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = decode(v);
  return out;
}

/** Whether stored compilations fit a database's current lexicon. */
export function fitsLexicon(pre: PrecompiledClaims, lexicon: readonly LexiconEntryT[]): boolean {
  return pre.lexicon.length === lexicon.length && pre.lexicon.every((entry, i) => entry === lexicon[i]);
}
