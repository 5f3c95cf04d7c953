// Inverted index from concept ids to claims, so matching a sentence looks only at claims it can
// match: the cost per sentence follows the number of viable candidates, not the size of the
// database. A claim scores above zero only when the sentence gives credit to its subject and to
// its object (matcher.ts: sidesCovered), and a sentence concept gives credit to a claim concept
// only when matcher.mayCredit says so (same, broader, narrower or sibling concept...). So claims are posted
// under their subject and object concepts, and a sentence looks up the concepts its own concepts
// credit; claims with neither side in the lexicon are found through any concept they share.
// A sentence concept that credits a whole category (an organ credits every organ) is looked up
// by category, not concept by concept. Claims built by the build are decoded only when they first
// become a candidate (precompiled.ts).
import type { ClaimT, LexiconEntryT } from '../db/schema';
import type { Lexicon } from '../nlp/lexicon';
import { compileClaim, type CompiledClaim } from './compiledClaim';
import { creditedBesidesRelatives } from './matcher';
import { fitsLexicon, type PrecompiledClaims } from './precompiled';
import { MAX_CREDITORS, SideCreditors } from './sideCreditors';

type Postings = Map<string, number[]>;

/** Claim indexes by the claims array they were built from (see ClaimIndex.of). */
const built = new WeakMap<readonly ClaimT[], ClaimIndex[]>();

export class ClaimIndex {
  /**
   * The index of a database's claims, built once and shared by every engine on that database (as
   * Lexicon.of): it only depends on the claims and the lexicon, and what it works out lazily (claims
   * decoded, concepts credited, category postings) stays worked out for the next engine.
   */
  static of(claims: readonly ClaimT[], lexicon: Lexicon, precompiled?: PrecompiledClaims, lexiconEntries?: readonly LexiconEntryT[]): ClaimIndex {
    let list = built.get(claims);
    if (!list) built.set(claims, (list = []));
    const same = list.find((x) => x.lexicon === lexicon && x.builtFrom.precompiled === precompiled && x.builtFrom.lexiconEntries === lexiconEntries && x.builtFrom.count === claims.length);
    if (same) return same;
    const index = new ClaimIndex(claims, lexicon, precompiled, lexiconEntries);
    list.push(index);
    return index;
  }

  private readonly builtFrom: { precompiled?: PrecompiledClaims; lexiconEntries?: readonly LexiconEntryT[]; count: number };
  private readonly compiled: Array<CompiledClaim | undefined>;
  /** Per claim number, what the matcher keeps for scoring the claim (matcher.ts: ClaimTerms), made on first use. */
  readonly scoring: unknown[] = [];
  private readonly weights = new Map<string, number>();
  /** In how many claims' wording each content word occurs. */
  readonly wordDf: Map<string, number>;
  /** Claims with both sides in the lexicon, under each (subject concept, object concept) pair. */
  private readonly byPair = new Map<string, Postings>();
  /** Claims with only one side in the lexicon, under that side's concepts. */
  private readonly bySubjectOnly: Postings = new Map();
  private readonly byObjectOnly: Postings = new Map();
  /** Claims with neither side in the lexicon, under their keyword concepts and broader ones. */
  private readonly byKeywordConcept: Postings = new Map();
  /** For each concept, the claim concepts it gives credit to (itself, broader, narrower, siblings). */
  private readonly creditCache = new Map<string, CreditedBy>();
  private readonly precompiled: PrecompiledClaims | null = null;
  private seen: Uint32Array | null = null;
  /** Each claim's sides as numbers, for oneCreditorForBoth without reading the claim. */
  private readonly sideCreditors: SideCreditors;
  private stamp = 0;

  /**
   * `precompiled`: claims compiled by the build, used when they fit `lexiconEntries`. When
   * `claims` are exactly the build's, a claim is decoded only when it first becomes a candidate.
   */
  constructor(claims: readonly ClaimT[], readonly lexicon: Lexicon, precompiled?: PrecompiledClaims, lexiconEntries?: readonly LexiconEntryT[]) {
    this.builtFrom = { precompiled, lexiconEntries, count: claims.length };
    const pre = precompiled && lexiconEntries && fitsLexicon(precompiled, lexiconEntries) ? precompiled : null;
    if (pre && pre.isWhole(claims)) {
      this.precompiled = pre;
      this.compiled = new Array<CompiledClaim | undefined>(claims.length);
      this.wordDf = pre.wordDf();
    } else {
      const stored = new Map<ClaimT, number>();
      if (pre) for (let i = 0; i < pre.count; i++) stored.set(pre.source.claim(i), i);
      this.compiled = claims.map((c) => {
        const at = stored.get(c);
        return at !== undefined ? pre!.compiled(at) : compileClaim(c, lexicon);
      });
      this.wordDf = new Map();
      for (const c of this.compiled as CompiledClaim[]) for (const w of c.words) this.wordDf.set(w, (this.wordDf.get(w) ?? 0) + 1);
    }
    const df = new Map<string, number>();
    this.sideCreditors = new SideCreditors(lexicon);
    this.forEachClaim((i, c) => {
      if (i !== this.sideCreditors.count) throw new Error('claim index: claims visited out of order');
      this.sideCreditors.add(c.subjectIds, c.objectIds);
      for (const k of c.keys) df.set(k, (df.get(k) ?? 0) + 1);
      const subject = c.subjectIds.length > 0;
      const object = c.objectIds.length > 0;
      if (subject && object) {
        for (const a of unique(c.subjectIds)) {
          let objects = this.byPair.get(a);
          if (!objects) this.byPair.set(a, (objects = new Map()));
          post(objects, c.objectIds, i);
        }
      } else if (subject) {
        post(this.bySubjectOnly, c.subjectIds, i);
      } else if (object) {
        post(this.byObjectOnly, c.objectIds, i);
      } else {
        post(this.byKeywordConcept, c.keys.flatMap((k) => [k, ...lexicon.ancestors(k)]), i);
      }
    });
    const n = Math.max(1, this.compiled.length);
    for (const [k, d] of df) this.weights.set(k, Math.max(0.3, 1 + Math.log(n / (1 + d))));
    for (const objects of this.byPair.values()) fitPostings(objects);
    fitPostings(this.bySubjectOnly);
    fitPostings(this.byObjectOnly);
    fitPostings(this.byKeywordConcept);
  }

  /** Each claim's concepts, which the postings are built from: from the build's index when there is one (no claim decoded). */
  private forEachClaim(visit: (i: number, c: { subjectIds: readonly string[]; objectIds: readonly string[]; keys: readonly string[] }) => void): void {
    if (this.precompiled) {
      this.precompiled.forEachClaim((i, c) => visit(i, { subjectIds: c.subjectIds, objectIds: c.objectIds, keys: union(c.subjectIds, c.objectIds, c.keywordIds) }));
    } else {
      this.compiled.forEach((c, i) => visit(i, c!));
    }
  }

  /** Every claim, compiled (decodes all of them: for tests and tools, not for matching). */
  get claims(): CompiledClaim[] {
    return Array.from(this.compiled, (_, i) => this.claimAt(i));
  }

  /** Claim number `i`, compiled (decoded on first use). */
  claimAt(i: number): CompiledClaim {
    return (this.compiled[i] ??= this.precompiled!.compiled(i));
  }

  /** How much a concept tells claims apart: common concepts (magnesium) weigh least. */
  weight(id: string): number {
    return this.weights.get(id) ?? 1 + Math.log(Math.max(1, this.compiled.length));
  }

  /**
   * Claims the sentence can match: both sides credited by its concepts (a side the lexicon cannot
   * read is matched by words later), in database order.
   */
  candidates(conceptIds: Iterable<string>): CompiledClaim[] {
    return this.candidateNumbers(conceptIds).map((i) => this.claimAt(i));
  }

  /** candidates() by claim number (claimAt), none of them decoded yet. */
  candidateNumbers(conceptIds: Iterable<string>): number[] {
    // Concepts credited, each once, by number (marked with this query's stamp) and by id.
    const credited: number[] = [];
    const creditedIds: string[] = [];
    // Rarely any: made when the first one is met.
    let categories: Set<string> | null = null;
    const creditors: CreditedBy[] = [];
    // Claims found, each once: marked with this query's stamp rather than kept in a Set.
    const seen = (this.seen ??= new Uint32Array(this.compiled.length));
    if (this.stamp === 0xffffffff) {
      seen.fill((this.stamp = 0));
      this.creditedMarks.fill(0);
    }
    const stamp = ++this.stamp;
    const found: number[] = [];
    const add = (list: readonly number[] | undefined) => {
      if (!list) return;
      for (const i of list) {
        if (seen[i] === stamp) continue;
        seen[i] = stamp;
        found.push(i);
      }
    };
    for (const id of conceptIds) {
      const by = this.creditedBy(id);
      creditors.push(by);
      const marks = this.creditedMarks;
      for (let k = 0; k < by.ids.length; k++) {
        const n = by.numbers[k];
        if (marks[n] === stamp) continue;
        marks[n] = stamp;
        credited.push(n);
        creditedIds.push(by.ids[k]);
      }
      for (const c of by.categories) (categories ??= new Set()).add(c);
      // Claims with neither side in the lexicon, under the concept or one it is a kind of (each
      // claim is found once whatever the order).
      add(this.byKeywordConcept.get(id));
      for (const a of this.lexicon.ancestors(id)) add(this.byKeywordConcept.get(a));
    }
    // Pairs of credited concepts: the work is bounded by the sentence's concepts, not the database.
    const pairs = (this.pairsByNumber ??= this.numberPairs());
    const marks = this.creditedMarks;
    for (let k = 0; k < credited.length; k++) {
      const objects = pairs[credited[k]];
      // A common subject ("magnesium") has claims about thousands of objects: then the few objects
      // credited are looked up instead of each of its objects checked.
      if (objects && objects.numbers.length > credited.length * LOOKUP_OBJECTS_ABOVE) {
        const byObject = this.byPair.get(creditedIds[k])!;
        for (const b of creditedIds) add(byObject.get(b));
      } else if (objects) {
        for (let o = 0; o < objects.numbers.length; o++) if (marks[objects.numbers[o]] === stamp) add(objects.lists[o]);
      }
      add(this.bySubjectOnly.get(creditedIds[k]));
      add(this.byObjectOnly.get(creditedIds[k]));
    }
    // Whole categories credited ("the liver" for any organ): their claims are listed per category,
    // so a sentence naming an organ does not walk every organ the database knows.
    if (categories) {
      for (const cat of categories) {
        const g = this.categoryPostings(cat);
        for (const a of creditedIds) add(g.objectInCategory.get(a));
        for (const b of creditedIds) add(g.subjectInCategory.get(b));
        for (const other of categories) add(g.bothInCategories.get(other));
        add(g.subjectOnly);
        add(g.objectOnly);
      }
    }
    const out: number[] = [];
    sortNumbers(found);
    if (creditors.length <= MAX_CREDITORS) {
      this.sideCreditors.mark(creditors);
      for (const i of found) if (!this.sideCreditors.oneCreditorForBoth(i)) out.push(i);
    } else {
      for (const i of found) if (!this.oneCreditorForBoth(this.claimAt(i), creditors)) out.push(i);
    }
    return out;
  }

  /**
   * Whether a single sentence concept is all that credits both the claim's subject and its object:
   * then the claim cannot match, since its sides must be found through different words
   * (matcher.ts: sidesCovered). Mostly claims found through a category credited whole: "bone"
   * credits an organ subject and an organ object alike.
   */
  private oneCreditorForBoth(c: CompiledClaim, creditors: readonly CreditedBy[]): boolean {
    if (!c.subjectIds.length || !c.objectIds.length) return false;
    let only = -1;
    for (let k = 0; k < creditors.length; k++) {
      if (!this.creditsAny(creditors[k], c.subjectIds) && !this.creditsAny(creditors[k], c.objectIds)) continue;
      if (only !== -1) return false;
      only = k;
    }
    return true;
  }

  private creditsAny(by: CreditedBy, ids: readonly string[]): boolean {
    for (const id of ids) {
      if (by.idSet.has(id)) return true;
      if (by.categories.length && by.categories.includes(this.lexicon.concepts.get(id)?.category as string)) return true;
    }
    return false;
  }

  /**
   * Claim concepts a sentence concept gives credit to (itself, broader and narrower concepts,
   * siblings...): named one by one, except categories credited whole, which are named as such.
   */
  private creditedBy(id: string): CreditedBy {
    let out = this.creditCache.get(id);
    if (out) return out;
    // Every lexicon concept mayCredit admits, in lexicon order after the concept and its relatives
    // (test/engine/claimIndex.test.ts checks the index against a full scan).
    const set = new Set<string>([id, ...this.lexicon.relatives(id)]);
    for (const c of creditedBesidesRelatives(this, id)) set.add(c);
    const perCategory = new Map<string, number>();
    for (const c of set) {
      const cat = this.lexicon.concepts.get(c)?.category;
      if (cat !== undefined) perCategory.set(cat, (perCategory.get(cat) ?? 0) + 1);
    }
    const categories = [...perCategory].filter(([cat, n]) => n >= WHOLE_CATEGORY_MIN && n === this.categorySize(cat)).map(([cat]) => cat);
    const whole = new Set(categories);
    const ids = [...set].filter((c) => !whole.has(this.lexicon.concepts.get(c)?.category as string));
    out = { ids, numbers: ids.map((c) => this.conceptNumber(c)), idSet: new Set(ids), categories };
    this.creditCache.set(id, out);
    return out;
  }

  /** Concepts numbered as candidates() meets them, so that it can mark those credited in an array. */
  private readonly conceptNumbers = new Map<string, number>();
  /** Per concept number, this query's stamp when the concept is credited (see candidates). */
  private creditedMarks = new Uint32Array(64);
  /** byPair by concept numbers: each subject concept's object concepts and their claims, side by side. */
  private pairsByNumber: Array<{ numbers: number[]; lists: number[][] } | undefined> | null = null;

  private conceptNumber(id: string): number {
    let n = this.conceptNumbers.get(id);
    if (n === undefined) {
      this.conceptNumbers.set(id, (n = this.conceptNumbers.size));
      if (n >= this.creditedMarks.length) {
        const grown = new Uint32Array(this.creditedMarks.length * 2);
        grown.set(this.creditedMarks);
        this.creditedMarks = grown;
      }
    }
    return n;
  }

  private numberPairs(): Array<{ numbers: number[]; lists: number[][] } | undefined> {
    const out: Array<{ numbers: number[]; lists: number[][] } | undefined> = [];
    for (const [a, objects] of this.byPair) {
      const numbers: number[] = [];
      const lists: number[][] = [];
      for (const [b, list] of objects) {
        numbers.push(this.conceptNumber(b));
        lists.push(list);
      }
      // Copied to their exact length (see fitPostings).
      const entry = { numbers: numbers.slice(), lists: lists.slice() };
      const n = this.conceptNumber(a);
      while (out.length <= n) out.push(undefined);
      out[n] = entry;
    }
    return out;
  }

  private categorySizes: Map<string, number> | null = null;
  private categorySize(cat: string): number {
    if (!this.categorySizes) {
      this.categorySizes = new Map();
      for (const c of this.lexicon.concepts.values()) this.categorySizes.set(c.category, (this.categorySizes.get(c.category) ?? 0) + 1);
    }
    return this.categorySizes.get(cat) ?? 0;
  }

  /** Claims with a side in a category, built on the first sentence that credits the category whole. */
  private readonly byCategory = new Map<string, CategoryPostings>();
  private categoryPostings(cat: string): CategoryPostings {
    let g = this.byCategory.get(cat);
    if (g) return g;
    g = { objectInCategory: new Map(), subjectInCategory: new Map(), bothInCategories: new Map(), subjectOnly: [], objectOnly: [] };
    const inCat = (ids: readonly string[]) => ids.some((id) => this.lexicon.concepts.get(id)?.category === cat);
    const categoriesOf = (ids: readonly string[]) => ids.flatMap((id) => this.lexicon.concepts.get(id)?.category ?? []);
    this.forEachClaim((i, c) => {
      const subject = c.subjectIds.length > 0;
      const object = c.objectIds.length > 0;
      if (subject && object) {
        if (inCat(c.objectIds)) post(g!.objectInCategory, c.subjectIds, i);
        if (inCat(c.subjectIds)) {
          post(g!.subjectInCategory, c.objectIds, i);
          post(g!.bothInCategories, categoriesOf(c.objectIds), i);
        }
      } else if (subject) {
        if (inCat(c.subjectIds)) g!.subjectOnly.push(i);
      } else if (object) {
        if (inCat(c.objectIds)) g!.objectOnly.push(i);
      }
    });
    this.byCategory.set(cat, g);
    return g;
  }
}

/** Room for sorting claim numbers natively (see sortNumbers), grown as needed. */
let sortBuffer = new Uint32Array(256);

/**
 * Sorts claim numbers in place: by insertion when there are few (a handful per sentence, often
 * nearly in order), else through a typed array, whose numeric sort needs no comparison callback.
 */
function sortNumbers(xs: number[]): void {
  if (xs.length > 32) {
    if (sortBuffer.length < xs.length) sortBuffer = new Uint32Array(xs.length * 2);
    const sorted = sortBuffer.subarray(0, xs.length);
    for (let i = 0; i < xs.length; i++) sorted[i] = xs[i];
    sorted.sort();
    for (let i = 0; i < xs.length; i++) xs[i] = sorted[i];
    return;
  }
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j] > x) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
}

/** A subject with more objects than this many times the concepts credited: look the credited ones up. */
const LOOKUP_OBJECTS_ABOVE = 4;

/** Below this many concepts a category credited whole is simply listed concept by concept. */
const WHOLE_CATEGORY_MIN = 8;

interface CreditedBy {
  ids: readonly string[];
  /** The ids' concept numbers (ClaimIndex.conceptNumber), in the same order. */
  numbers: readonly number[];
  idSet: ReadonlySet<string>;
  categories: readonly string[];
}

/** Claims with a side in one category: under the other side's concept, or its category. */
interface CategoryPostings {
  /** Object in the category, under each subject concept. */
  objectInCategory: Postings;
  /** Subject in the category, under each object concept. */
  subjectInCategory: Postings;
  /** Subject in the category, under each object concept's category. */
  bothInCategories: Postings;
  subjectOnly: number[];
  objectOnly: number[];
}

/** The ids of all lists, each once, in first-seen order (as CompiledClaim.keys). */
function union(...lists: ReadonlyArray<readonly string[]>): string[] {
  const out: string[] = [];
  for (const list of lists) for (const id of list) if (!out.includes(id)) out.push(id);
  return out;
}

/** Each id once (most claims name one concept a side: no Set for those). */
function unique(ids: readonly string[]): Iterable<string> {
  return ids.length > 1 ? new Set(ids) : ids;
}

/**
 * Each posting list copied to its exact length. Lists grow by push, which leaves room for about
 * sixteen more numbers, and most lists hold one or two claims: with 100,000 claims the spare room
 * was over ten megabytes.
 */
function fitPostings(postings: Postings): void {
  for (const [id, list] of postings) postings.set(id, list.slice());
}

function post(postings: Postings, ids: readonly string[], claim: number): void {
  for (const id of unique(ids)) {
    let list = postings.get(id);
    if (!list) postings.set(id, (list = []));
    list.push(claim);
  }
}
