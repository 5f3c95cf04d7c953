// Which claims a single sentence concept would have to credit on both sides (ClaimIndex's
// oneCreditorForBoth), answered from numbers kept by the index instead of from the claims: about
// half the claims a sentence finds are dropped by that test, and reading their compiled form for
// it (or decoding it, for the build's claims) cost more than the rest of finding candidates in a
// large database. Claim concepts and categories are numbered once per index; a query marks, for
// each concept the sentence credits, which of the sentence's concepts credit it (a bit each).
import type { Lexicon } from '../nlp/lexicon';

/** What a sentence concept credits: claim concepts one by one, and categories credited whole. */
export interface Crediting {
  ids: readonly string[];
  categories: readonly string[];
}

/** Most sentence concepts a query can tell apart (bits of a mask); above this the caller decides the slow way. */
export const MAX_CREDITORS = 31;

export class SideCreditors {
  private readonly conceptNumbers = new Map<string, number>();
  private readonly categoryNumbers = new Map<string, number>();
  /** Category number of each concept number (-1: a concept the lexicon does not know). */
  private readonly categoryOf: number[] = [];
  /** Per claim, its subject and object concept numbers: sides[sideStart[i] .. sideStart[i + 1]). */
  private sides: number[] = [];
  private sideStart: number[] = [0];
  /** Per claim: 1 when it has both a subject and an object concept. */
  private bothSides: number[] = [];
  private conceptMask = new Uint32Array(0);
  private conceptStamp = new Uint32Array(0);
  private categoryMask = new Uint32Array(0);
  private categoryStamp = new Uint32Array(0);
  private stamp = 0;

  constructor(private readonly lexicon: Lexicon) {}

  /** Claims added so far. */
  get count(): number {
    return this.bothSides.length;
  }

  /** Adds the next claim (claims are added in index order). */
  add(subjectIds: readonly string[], objectIds: readonly string[]): void {
    this.bothSides.push(subjectIds.length > 0 && objectIds.length > 0 ? 1 : 0);
    for (const id of subjectIds) this.sides.push(this.number(id));
    for (const id of objectIds) this.sides.push(this.number(id));
    this.sideStart.push(this.sides.length);
  }

  private number(id: string): number {
    let n = this.conceptNumbers.get(id);
    if (n === undefined) {
      n = this.conceptNumbers.size;
      this.conceptNumbers.set(id, n);
      const category = this.lexicon.concepts.get(id)?.category;
      this.categoryOf.push(category === undefined ? -1 : this.categoryNumber(category));
    }
    return n;
  }

  private categoryNumber(category: string): number {
    let n = this.categoryNumbers.get(category);
    if (n === undefined) this.categoryNumbers.set(category, (n = this.categoryNumbers.size));
    return n;
  }

  /**
   * Marks what each sentence concept credits (at most MAX_CREDITORS of them), for
   * oneCreditorForBoth below until the next call.
   */
  mark(creditors: readonly Crediting[]): void {
    if (this.conceptStamp.length !== this.conceptNumbers.size) {
      this.conceptMask = new Uint32Array(this.conceptNumbers.size);
      this.conceptStamp = new Uint32Array(this.conceptNumbers.size);
      this.categoryMask = new Uint32Array(this.categoryNumbers.size);
      this.categoryStamp = new Uint32Array(this.categoryNumbers.size);
      this.stamp = 0;
    }
    if (this.stamp === 0xffffffff) {
      this.conceptStamp.fill(0);
      this.categoryStamp.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (let k = 0; k < creditors.length; k++) {
      const bit = 1 << k;
      for (const id of creditors[k].ids) {
        const n = this.conceptNumbers.get(id);
        if (n === undefined) continue; // no claim names it
        if (this.conceptStamp[n] !== stamp) {
          this.conceptStamp[n] = stamp;
          this.conceptMask[n] = 0;
        }
        this.conceptMask[n] |= bit;
      }
      for (const category of creditors[k].categories) {
        const n = this.categoryNumbers.get(category);
        if (n === undefined) continue;
        if (this.categoryStamp[n] !== stamp) {
          this.categoryStamp[n] = stamp;
          this.categoryMask[n] = 0;
        }
        this.categoryMask[n] |= bit;
      }
    }
  }

  /**
   * Whether at most one of the marked sentence concepts credits any of the claim's subject and
   * object concepts, for a claim with both (false for a claim with one side or none).
   */
  oneCreditorForBoth(claim: number): boolean {
    if (this.bothSides[claim] === 0) return false;
    const stamp = this.stamp;
    let mask = 0;
    for (let p = this.sideStart[claim], end = this.sideStart[claim + 1]; p < end; p++) {
      const n = this.sides[p];
      if (this.conceptStamp[n] === stamp) mask |= this.conceptMask[n];
      const category = this.categoryOf[n];
      if (category >= 0 && this.categoryStamp[category] === stamp) mask |= this.categoryMask[category];
    }
    return (mask & (mask - 1)) === 0;
  }
}
