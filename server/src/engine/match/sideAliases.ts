// A claim side written "calcium in the arteries (vascular calcification)" names one thing twice:
// in plain words and by its name. A sentence that uses either wording names it, so each wording
// stands in for the concepts of the other when a claim is scored: "calcified arteries" covers
// calcium and arteries, and "calcium settles in artery walls" covers vascular calcification.
import type { Lexicon } from '../nlp/lexicon';

/** "words (name)" at the end of a side. */
const ALIASED_SIDE = /^(.+?)\s*\(([^()]+)\)\s*$/;

/**
 * For each of `keys`, the positions in `keys` of the concepts that together name the same thing
 * (null: none), or null when no side of the claim gives a second wording.
 */
export function sideAliases(sides: readonly string[], keys: readonly string[], lexicon: Lexicon): Array<number[] | null> | null {
  let out: Array<number[] | null> | null = null;
  for (const side of sides) {
    const m = ALIASED_SIDE.exec(side);
    if (!m) continue;
    const words = positions(lexicon.idsIn(m[1]), keys);
    const name = positions(lexicon.idsIn(m[2]), keys);
    // Both wordings must name something, and something different: "(osteoid)" for "bone matrix"
    // is a synonym the lexicon already knows, not a second way of saying it.
    const plain = words.filter((k) => !name.includes(k));
    if (!plain.length || !name.length) continue;
    // "calcidiol into calcitriol (activation)" names a step, and which step is in the plain words:
    // "activation" alone does not say from what into what.
    if (name.some((k) => lexicon.concepts.get(keys[k])?.category === 'process')) continue;
    out ??= keys.map(() => null);
    for (const k of plain) out[k] = name;
    for (const k of name) out[k] = plain;
  }
  return out;
}

function positions(ids: readonly string[], keys: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const k = keys.indexOf(id);
    if (k >= 0 && !out.includes(k)) out.push(k);
  }
  return out;
}
