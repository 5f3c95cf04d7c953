// A lexicon entry's phrase keys: the normalised token sequences of its terms, then of its id, which
// the lexicon's trie is built from. Tokenizing 3,000-odd terms took about a tenth of building the
// engine at start-up, so the build works the keys out and stores them in the artefact
// (precompiled.ts writes them, the loaders register them here). Stored keys are used only when the
// artefact says they were worked out by exactly this code: the build stamps them with a
// fingerprint of this module's sources and tokenize.ts (scripts/phraseKeysFingerprint.mjs) and
// gives the bundles the same fingerprint. Keys from another build, or that do not fit the entries
// they came with, are ignored and worked out again, so they can make start-up slower, never wrong.
import type { LexiconEntryT } from '../db/schema';
import { phraseKey } from './tokenize';

declare const __FACTLENS_PHRASE_KEYS_FINGERPRINT__: string | undefined;

/** What the build stamped this bundle with (undefined when run from source: stored keys are then never used or written). */
export const PHRASE_KEYS_FINGERPRINT: string | undefined =
  typeof __FACTLENS_PHRASE_KEYS_FINGERPRINT__ === 'string' ? __FACTLENS_PHRASE_KEYS_FINGERPRINT__ : undefined;

/** The entry's keys, worked out: one per term, in order, then the id's ("vitamin-k2" -> "vitamin k2", so structured claim fields can name ids). */
export function entryPhraseKeys(e: LexiconEntryT): string[][] {
  const keys: string[][] = [];
  for (const term of e.terms) keys.push(phraseKey(term));
  keys.push(phraseKey(e.id.replace(/-/g, ' ')));
  return keys;
}

/** Keys read from an artefact, by the entry objects loaded with them. */
const stored = new WeakMap<LexiconEntryT, readonly (readonly string[])[]>();

/** The entry's keys: as stored in the artefact it was loaded from, else worked out. */
export function phraseKeysOf(e: LexiconEntryT): readonly (readonly string[])[] {
  return stored.get(e) ?? entryPhraseKeys(e);
}

/** The keys of an artefact's lexicon, as written (see StoredIndex.phraseKeys). */
export interface StoredPhraseKeys {
  fingerprint: string;
  /**
   * Per entry, in lexicon order: its number of keys (terms + 1), then for each key its number of
   * tokens and the tokens (numbers in the artefact's string table).
   */
  keys: number[];
}

/** The stored form of `entries`' keys, or undefined when this code has no fingerprint to stamp them with. */
export function storePhraseKeys(
  entries: readonly LexiconEntryT[],
  stringId: (s: string) => number,
  fingerprint = PHRASE_KEYS_FINGERPRINT,
): StoredPhraseKeys | undefined {
  if (fingerprint === undefined) return undefined;
  const keys: number[] = [];
  for (const e of entries) {
    const list = entryPhraseKeys(e);
    keys.push(list.length);
    for (const key of list) keys.push(key.length, ...key.map(stringId));
  }
  return { fingerprint, keys };
}

/**
 * Registers an artefact's stored keys for its lexicon entries, when they were written by this code
 * (same fingerprint) and fit the entries (one key per term and one for the id, tokens in the string
 * table, nothing left over). Returns whether they were taken; when not, keys are worked out as usual.
 */
export function registerPhraseKeys(
  entries: readonly LexiconEntryT[],
  data: StoredPhraseKeys | undefined,
  strings: readonly string[],
  fingerprint = PHRASE_KEYS_FINGERPRINT,
): boolean {
  if (fingerprint === undefined || !data || data.fingerprint !== fingerprint || !Array.isArray(data.keys)) return false;
  const { keys } = data;
  const read: Array<string[][]> = [];
  let at = 0;
  const next = (): number => {
    const v = at < keys.length ? keys[at++] : -1;
    return Number.isInteger(v) && v >= 0 ? v : -1;
  };
  for (const e of entries) {
    const count = next();
    if (count !== e.terms.length + 1) return false;
    const list: string[][] = [];
    for (let k = 0; k < count; k++) {
      const length = next();
      if (length < 0) return false;
      const key: string[] = [];
      for (let t = 0; t < length; t++) {
        const s = strings[next()];
        if (typeof s !== 'string') return false;
        key.push(s);
      }
      list.push(key);
    }
    read.push(list);
  }
  if (at !== keys.length) return false;
  entries.forEach((e, i) => stored.set(e, read[i]));
  return true;
}
