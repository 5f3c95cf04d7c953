// Longest-match lookup of multi-word phrases over normalised tokens. Used for lexicon terms and
// for cue tables alike; building is linear in the total phrase length, lookup linear in tokens.
// Every word any trie holds gets a number when it is added, and each token looks its word's
// number up once when it is made (tokenize.ts): walking the lexicon and cue tables over a
// sentence then compares small integers instead of hashing the same strings once per table.

/** Numbers of the words phrase tries hold; a word no trie holds has none (-1). */
const wordNumbers = new Map<string, number>();

/** The number of a word some phrase trie holds, -1 for any other word. */
export function wordNumber(word: string): number {
  return wordNumbers.get(word) ?? -1;
}

function numberWord(word: string): number {
  let n = wordNumbers.get(word);
  if (n === undefined) wordNumbers.set(word, (n = wordNumbers.size));
  return n;
}

interface TrieNode<T> {
  /** Children by word number: an array indexed by it at the root (most lookups), a Map below. */
  next: Map<number, TrieNode<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** Token index range [start, end). */
  start: number;
  end: number;
}

export class PhraseTrie<T> {
  /** First words' nodes by word number (holes for words no phrase starts with). */
  private readonly roots: Array<TrieNode<T> | undefined> = [];

  /** Adds a phrase; when two values share a phrase the first one added wins. */
  add(tokens: readonly string[], value: T): void {
    if (!tokens.length) return;
    const first = numberWord(tokens[0]);
    let node: TrieNode<T> | undefined = this.roots[first];
    if (!node) {
      while (this.roots.length < first) this.roots.push(undefined);
      node = this.roots[first] = { next: new Map() };
    }
    for (let k = 1; k < tokens.length; k++) {
      const t = numberWord(tokens[k]);
      let child: TrieNode<T> | undefined = node.next.get(t);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest match starting at `i` of words given by number (see wordNumber), or null. */
  matchAt(words: ArrayLike<number>, i: number): PhraseMatch<T> | null {
    const first = words[i];
    let node: TrieNode<T> | undefined = first >= 0 ? this.roots[first] : undefined;
    if (!node) return null;
    let bestEnd = node.value !== undefined ? i + 1 : -1;
    let bestValue: T | undefined = node.value;
    for (let j = i + 1; j < words.length; j++) {
      const w = words[j];
      node = w >= 0 ? node.next.get(w) : undefined;
      if (!node) break;
      if (node.value !== undefined) {
        bestEnd = j + 1;
        bestValue = node.value;
      }
    }
    return bestEnd < 0 ? null : { value: bestValue as T, start: i, end: bestEnd };
  }

  /** Non-overlapping longest matches, left to right, over words given by number (see wordNumber). */
  findAll(words: ArrayLike<number>): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; ) {
      const m = this.matchAt(words, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** findAll over words given as strings (phrases from the database, not sentences). */
  findAllWords(words: readonly string[]): PhraseMatch<T>[] {
    return this.findAll(words.map(wordNumber));
  }
}
