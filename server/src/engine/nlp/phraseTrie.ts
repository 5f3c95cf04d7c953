// Longest-match lookup of multi-word phrases over normalised tokens. Used for lexicon terms and
// for cue tables alike; building is linear in the total phrase length, lookup linear in tokens.

/**
 * Most nodes have one child or none (a 100,000-claim database adds tens of thousands of terms
 * whose tails are unique), so a node keeps a single child inline and makes a Map only for its
 * second child: a Map per node was most of the memory such a lexicon took.
 */
class TrieNode<T> {
  value: T | undefined = undefined;
  /** The only child and its token, while there is at most one. */
  onlyToken: string | undefined = undefined;
  only: TrieNode<T> | undefined = undefined;
  /** All children, once there are two or more (`only` is then unused). */
  next: Map<string, TrieNode<T>> | undefined = undefined;

  child(token: string): TrieNode<T> | undefined {
    if (this.next !== undefined) return this.next.get(token);
    return this.onlyToken === token ? this.only : undefined;
  }

  addChild(token: string): TrieNode<T> {
    const child = new TrieNode<T>();
    if (this.next !== undefined) this.next.set(token, child);
    else if (this.only === undefined) {
      this.onlyToken = token;
      this.only = child;
    } else {
      this.next = new Map([[this.onlyToken as string, this.only]]).set(token, child);
      this.onlyToken = undefined;
      this.only = undefined;
    }
    return child;
  }
}

export interface PhraseMatch<T> {
  value: T;
  /** Token index range [start, end). */
  start: number;
  end: number;
}

export class PhraseTrie<T> {
  private readonly root = new TrieNode<T>();

  /** Adds a phrase; when two values share a phrase the first one added wins. */
  add(tokens: readonly string[], value: T): void {
    if (!tokens.length) return;
    let node = this.root;
    for (const t of tokens) node = node.child(t) ?? node.addChild(t);
    if (node.value === undefined) node.value = value;
  }

  /** Longest match starting at `i`, or null; never across a token `breaks` marks as opening a new clause. */
  matchAt(tokens: readonly string[], i: number, breaks?: Uint8Array): PhraseMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let bestEnd = -1;
    let bestValue: T | undefined;
    let skipped = 0;
    for (let j = i; j < tokens.length && node; j++) {
      if (breaks !== undefined && j > i && breaks[j] === 1) break;
      // "topping up your magnesium" is the term "topping up magnesium", "the form your body
      // actually uses" is "the form your body uses": a possessive or filler adverb inside a term is
      // skipped when the term does not spell it.
      // At most a few in a row: a long run of them ("a a a ...") must not make every start scan to its end.
      const next = node.child(tokens[j]);
      if (next === undefined && j > i && SKIPPED_INSIDE_TERMS.has(tokens[j])) {
        if (++skipped > MAX_SKIPPED) break;
        continue;
      }
      skipped = 0;
      node = next;
      if (node && node.value !== undefined) {
        bestEnd = j + 1;
        bestValue = node.value;
      }
    }
    return bestEnd < 0 ? null : { value: bestValue as T, start: i, end: bestEnd };
  }

  /** Non-overlapping longest matches, left to right. */
  findAll(tokens: readonly string[], breaks?: Uint8Array): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i, breaks);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** Filler words skipped in a row inside one term, at most ("a little bit"). */
const MAX_SKIPPED = 3;
const SKIPPED_INSIDE_TERMS = new Set(['your', 'my', 'our', 'their', 'his', 'her', 'actually', 'really', 'truly', 'just', 'a', 'little', 'bit', 'slightly', 'somewhat']);
