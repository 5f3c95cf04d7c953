// Inverted index from concept ids to claims, so matching a sentence looks only at claims it can
// match: the cost per sentence follows the number of viable candidates, not the size of the
// database. A claim scores above zero only when the sentence gives credit to its subject and to
// its object (matcher.ts: sidesCovered), and a sentence concept gives credit to a claim concept
// only when matcher.mayCredit says so (same, broader, narrower or sibling concept...). So claims are posted
// under their subject and object concepts, and a sentence looks up the concepts its own concepts
// credit; claims with neither side in the lexicon are found through any concept they share.
import type { ClaimT, LexiconEntryT } from '../db/schema';
import type { Lexicon } from '../nlp/lexicon';
import { compileClaim, type CompiledClaim } from './compiledClaim';
import { mayCredit } from './matcher';
import { fitsLexicon, restoreCompiled, type PrecompiledClaims } from './precompiled';

type Postings = Map<string, number[]>;

export class ClaimIndex {
  readonly claims: CompiledClaim[];
  private readonly weights = new Map<string, number>();
  /** In how many claims' wording each content word occurs. */
  readonly wordDf = new Map<string, number>();
  /** Claims with both sides in the lexicon, under each (subject concept, object concept) pair. */
  private readonly byPair = new Map<string, Postings>();
  /** Claims with only one side in the lexicon, under that side's concepts. */
  private readonly bySubjectOnly: Postings = new Map();
  private readonly byObjectOnly: Postings = new Map();
  /** Claims with neither side in the lexicon, under their keyword concepts and broader ones. */
  private readonly byKeywordConcept: Postings = new Map();
  /** For each concept, the claim concepts it gives credit to (itself, broader, narrower, siblings). */
  private readonly creditCache = new Map<string, readonly string[]>();

  /** `precompiled`: claims compiled by the build, used when they fit `lexiconEntries`. */
  constructor(claims: readonly ClaimT[], readonly lexicon: Lexicon, precompiled?: PrecompiledClaims, lexiconEntries?: readonly LexiconEntryT[]) {
    const stored = precompiled && lexiconEntries && fitsLexicon(precompiled, lexiconEntries) ? precompiled.byClaim : null;
    this.claims = claims.map((c) => {
      const pre = stored?.get(c);
      return pre ? restoreCompiled(c, pre) : compileClaim(c, lexicon);
    });
    const df = new Map<string, number>();
    this.claims.forEach((c, i) => {
      for (const k of c.keys) df.set(k, (df.get(k) ?? 0) + 1);
      const subject = c.subjectIds.length > 0;
      const object = c.objectIds.length > 0;
      if (subject && object) {
        for (const a of new Set(c.subjectIds)) {
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
    for (const c of this.claims) for (const w of c.words) this.wordDf.set(w, (this.wordDf.get(w) ?? 0) + 1);
    const n = Math.max(1, this.claims.length);
    for (const [k, d] of df) this.weights.set(k, Math.max(0.3, 1 + Math.log(n / (1 + d))));
  }

  /** How much a concept tells claims apart: common concepts (magnesium) weigh least. */
  weight(id: string): number {
    return this.weights.get(id) ?? 1 + Math.log(Math.max(1, this.claims.length));
  }

  /**
   * Claims the sentence can match: both sides credited by its concepts (a side the lexicon cannot
   * read is matched by words later), in database order.
   */
  candidates(conceptIds: Iterable<string>): CompiledClaim[] {
    const credited = new Set<string>();
    const lineage = new Set<string>();
    for (const id of conceptIds) {
      for (const c of this.creditedBy(id)) credited.add(c);
      lineage.add(id);
      for (const a of this.lexicon.ancestors(id)) lineage.add(a);
    }
    const found = new Set<number>();
    // Pairs of credited concepts: the work is bounded by the sentence's concepts, not the database.
    for (const a of credited) {
      const objects = this.byPair.get(a);
      if (objects) {
        if (objects.size < credited.size) {
          for (const [b, list] of objects) if (credited.has(b)) for (const i of list) found.add(i);
        } else {
          for (const b of credited) {
            const list = objects.get(b);
            if (list) for (const i of list) found.add(i);
          }
        }
      }
      const subjectOnly = this.bySubjectOnly.get(a);
      if (subjectOnly) for (const i of subjectOnly) found.add(i);
      const objectOnly = this.byObjectOnly.get(a);
      if (objectOnly) for (const i of objectOnly) found.add(i);
    }
    for (const id of lineage) {
      const list = this.byKeywordConcept.get(id);
      if (list) for (const i of list) found.add(i);
    }
    return [...found].sort((a, b) => a - b).map((i) => this.claims[i]);
  }

  /** Claim concepts a sentence concept gives credit to: itself, broader and narrower concepts, siblings. */
  private creditedBy(id: string): readonly string[] {
    let out = this.creditCache.get(id);
    if (out) return out;
    const set = new Set<string>([id, ...this.lexicon.relatives(id)]);
    for (const c of this.lexicon.concepts.keys()) if (mayCredit(this, c, id)) set.add(c);
    out = [...set];
    this.creditCache.set(id, out);
    return out;
  }
}

function post(postings: Postings, ids: readonly string[], claim: number): void {
  for (const id of new Set(ids)) {
    let list = postings.get(id);
    if (!list) postings.set(id, (list = []));
    list.push(claim);
  }
}
