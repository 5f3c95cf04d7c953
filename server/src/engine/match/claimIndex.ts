// Inverted index from concept ids to claims, so matching a sentence looks only at claims that
// share a concept with it: the cost per sentence follows the number of candidates, not the
// size of the database.
import type { ClaimT } from '../db/schema';
import type { Lexicon } from '../nlp/lexicon';
import { compileClaim, type CompiledClaim } from './compiledClaim';

export class ClaimIndex {
  readonly claims: CompiledClaim[];
  private readonly byConcept = new Map<string, number[]>();
  private readonly weights = new Map<string, number>();
  /** In how many claims' wording each content word occurs. */
  readonly wordDf = new Map<string, number>();

  constructor(claims: readonly ClaimT[], readonly lexicon: Lexicon) {
    this.claims = claims.map((c) => compileClaim(c, lexicon));
    const df = new Map<string, number>();
    this.claims.forEach((c, i) => {
      const seen = new Set<string>();
      for (const k of c.keys) {
        df.set(k, (df.get(k) ?? 0) + 1);
        // Index under the concept and its broader concepts, so "vitamin D" finds calcitriol claims.
        for (const id of [k, ...lexicon.ancestors(k)]) {
          if (seen.has(id)) continue;
          seen.add(id);
          let list = this.byConcept.get(id);
          if (!list) this.byConcept.set(id, (list = []));
          list.push(i);
        }
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

  /** Claims sharing at least one concept (or a broader/narrower one) with the sentence. */
  candidates(conceptIds: Iterable<string>): CompiledClaim[] {
    const found = new Set<number>();
    for (const id of conceptIds) {
      for (const key of [id, ...this.lexicon.ancestors(id)]) {
        const list = this.byConcept.get(key);
        if (list) for (const i of list) found.add(i);
      }
    }
    return [...found].sort((a, b) => a - b).map((i) => this.claims[i]);
  }
}
