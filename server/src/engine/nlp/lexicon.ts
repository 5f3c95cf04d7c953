// The domain lexicon compiled for matching: surface terms -> concept ids, plus what the engine
// needs to know about each concept (category, broader concept, whether FactLens tracks it).
import type { LexiconEntryT } from '../db/schema';
import { phraseKeysOf } from './phraseKeys';
import { PhraseTrie } from './phraseTrie';
import { phraseKey, type Token } from './tokenize';

export interface Concept {
  id: string;
  category: string;
  parent?: string;
  tracked: boolean;
  /**
   * For deficiency concepts ("magnesium-deficiency"), the concept they are a lack of. A sentence
   * about a deficiency says the opposite of the same sentence about the nutrient itself.
   */
  deficiencyOf?: string;
}

export interface ConceptMention {
  id: string;
  /** Token index range. */
  start: number;
  end: number;
  /** Carried over from the previous sentence: "it" or "the hormone" stands for it here. */
  antecedent?: true;
}

/** Lexicons by the entries they were built from (see Lexicon.of). */
const built = new WeakMap<readonly LexiconEntryT[], Lexicon>();

export class Lexicon {
  /**
   * The lexicon of a database's entries, built once and shared by every engine on that database: it
   * only depends on the entries, and what it works out lazily (ancestors, relatives) stays worked out.
   */
  static of(entries: readonly LexiconEntryT[]): Lexicon {
    let lexicon = built.get(entries);
    if (!lexicon) built.set(entries, (lexicon = new Lexicon(entries)));
    return lexicon;
  }

  readonly concepts = new Map<string, Concept>();
  private readonly trie = new PhraseTrie<string>();
  /** Deficiency concept for a base concept: "magnesium" -> "magnesium-deficiency". */
  readonly deficiencyFor = new Map<string, string>();
  /** Processes that undo each other, both ways round: "reabsorption" <-> "excretion". */
  readonly opposites = new Map<string, string>();

  constructor(entries: readonly LexiconEntryT[]) {
    for (const e of entries) {
      const deficiencyOf = e.id.endsWith('-deficiency') ? (e.parent ?? e.id.slice(0, -'-deficiency'.length)) : undefined;
      this.concepts.set(e.id, { id: e.id, category: e.category, parent: e.parent, tracked: e.tracked === true, deficiencyOf });
      if (deficiencyOf && !this.deficiencyFor.has(deficiencyOf)) this.deficiencyFor.set(deficiencyOf, e.id);
      if (e.opposite) {
        this.opposites.set(e.id, e.opposite);
        this.opposites.set(e.opposite, e.id);
      }
      // Its terms, then its id as a term too (phraseKeys.ts), stored by the build when it could.
      for (const key of phraseKeysOf(e)) this.trie.add(key, e.id);
    }
  }

  /** Concept mentions in a token sequence, longest match first, non-overlapping. */
  /**
   * Concept mentions, longest first. With the text the tokens were read from, no term spans a
   * clause break: in "when magnesium is low, calcium builds up", "low, calcium" is not "low calcium".
   */
  find(tokens: readonly Token[], text?: string): ConceptMention[] {
    const norms: string[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) norms[i] = tokens[i].norm;
    const found = this.trie.findAll(norms, text === undefined ? undefined : clauseBreaks(tokens, text));
    const out: ConceptMention[] = new Array(found.length);
    for (let i = 0; i < found.length; i++) out[i] = { id: found[i].value, start: found[i].start, end: found[i].end };
    return out;
  }

  /**
   * Ids found in a phrase (used for claims' subject/object/keywords, and by rules that look up a
   * concept by a word, such as "made by"). Remembered: the rules ask for the same few phrases for
   * every sentence. The array is shared: do not modify it.
   */
  idsIn(phrase: string): string[] {
    let ids = this.idsInCache.get(phrase);
    if (!ids) {
      const known = this.concepts.has(phrase) ? [phrase] : [];
      const found = this.trie.findAll(phraseKey(phrase)).map((m) => m.value);
      ids = [...new Set([...known, ...found])];
      if (this.idsInCache.size < IDS_IN_CACHE_LIMIT) this.idsInCache.set(phrase, ids);
    }
    return ids;
  }

  private readonly idsInCache = new Map<string, string[]>();

  /** ancestors() is called for every candidate claim of every sentence: computed once per id. */
  private readonly ancestorCache = new Map<string, readonly string[]>();
  private relativesCache: Map<string, ReadonlySet<string>> | null = null;

  /** The concept and its broader concepts, nearest first. The array is shared: do not modify it. */
  ancestors(id: string): readonly string[] {
    let out = this.ancestorCache.get(id);
    if (!out) this.ancestorCache.set(id, (out = this.computeAncestors(id)));
    return out;
  }

  /** Whether one concept is broader than the other (either way round). */
  related(a: string, b: string): boolean {
    return this.relatives(a).has(b);
  }

  /** The same concept, or one broader than the other. */
  near(a: string, b: string): boolean {
    return a === b || this.related(a, b);
  }

  /** Concepts broader or narrower than `id` (not `id` itself). */
  relatives(id: string): ReadonlySet<string> {
    if (!this.relativesCache) {
      const map = new Map<string, Set<string>>();
      const at = (k: string) => {
        let set = map.get(k);
        if (!set) map.set(k, (set = new Set()));
        return set;
      };
      for (const c of this.concepts.keys()) {
        for (const a of this.ancestors(c)) {
          at(c).add(a);
          at(a).add(c);
        }
      }
      this.relativesCache = map;
    }
    return this.relativesCache.get(id) ?? NONE;
  }

  private computeAncestors(id: string): string[] {
    const out: string[] = [];
    let cur = this.concepts.get(id)?.parent;
    const seen = new Set([id]);
    while (cur && !seen.has(cur)) {
      out.push(cur);
      seen.add(cur);
      cur = this.concepts.get(cur)?.parent;
    }
    return out;
  }

  /** The first tracked concept among mentions: what a sentence is mainly about, for the next to refer back to. */
  firstTracked(mentions: readonly ConceptMention[]): string | undefined {
    return mentions.find((c) => this.isTracked(c.id))?.id;
  }

  isTracked(id: string): boolean {
    const c = this.concepts.get(id);
    if (!c) return false;
    if (c.tracked) return true;
    return this.ancestors(id).some((a) => this.concepts.get(a)?.tracked);
  }
}

const NONE: ReadonlySet<string> = new Set();

/** Claims' fields are looked up once each while compiling; a bound keeps a huge pack from growing it without end. */
const IDS_IN_CACHE_LIMIT = 10_000;

/** Punctuation that ends a clause when a space follows it: ", " but not the comma in "1,25(OH)2D". */
const CLAUSE_BREAK = /[,;:!?)\]]\s|\.\s|\s[([]|\s[-–—]\s/;

/** breaks[j] = 1 when a clause break lies between token j - 1 and token j. */
function clauseBreaks(tokens: readonly Token[], text: string): Uint8Array | undefined {
  let breaks: Uint8Array | undefined;
  for (let j = 1; j < tokens.length; j++) {
    const from = tokens[j - 1].end;
    const to = tokens[j].start;
    // Most gaps are one space.
    if (to - from < 2) continue;
    if (CLAUSE_BREAK.test(text.slice(from, to + 1))) (breaks ??= new Uint8Array(tokens.length))[j] = 1;
  }
  return breaks;
}
