// "Twice as much calcium as magnesium", "a 2:1 intake of calcium and magnesium": a ratio figure
// between two things speaks of their ratio even when the word "ratio" is missing. The ratio is
// found through the lexicon ("calcium to magnesium ratio"), so packs' own ratios work too.
import type { ConceptMention, Lexicon } from './lexicon';
import type { Token } from './tokenize';

export function ratioConcepts(tokens: readonly Token[], concepts: readonly ConceptMention[], lexicon: Lexicon): string[] {
  const named: Array<{ id: string; words: string }> = [];
  for (const c of concepts) {
    if (c.antecedent || named.some((n) => n.id === c.id)) continue;
    named.push({ id: c.id, words: tokens.slice(c.start, c.end).map((t) => t.raw).join(' ') });
  }
  // Pairs in the order they are named ("calcium ... magnesium"), other concepts in between
  // ("people", "intake") notwithstanding.
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const [a, b] = [named[i], named[j]];
      const ids = lexicon.idsIn(`${a.words} to ${b.words} ratio`).filter((id) => id !== a.id && id !== b.id);
      if (ids.length) return ids;
    }
  }
  return [];
}
