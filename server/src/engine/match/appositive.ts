// "Most blood panels only measure 25(OH)D, the storage form": the definition after the comma is
// background to what the sentence says (what the panels measure), so a claim that only defines
// that concept ("calcidiol is the storage form") is not what the sentence is about.
import type { SentenceFeatures } from '../nlp/features';
import type { CompiledClaim } from './compiledClaim';

const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'its']);
const TURN_TO = /\b(?:brings? us to|turns? to|move on to|moving on to|comes? to|coming to|on to|onto|meet|talk about|about|next up:?|enter)\s*$/i;

/** Whether the claim defines a concept that the sentence only glosses in an appositive after its own, verbless-for-us, clause. */
export function onlyGlossed(c: CompiledClaim, s: SentenceFeatures): boolean {
  // A sentence whose relation the engine reads ("is", "makes", ...) says something of its own.
  if (c.claim.relation !== 'is' || s.relation !== null) return false;
  const { tokens, text } = s;
  for (const m of s.concepts) {
    if (m.antecedent || m.start < 2 || !c.keys.includes(m.id)) continue;
    const next = tokens[m.end];
    if (!next || !APPOSITIVE_OPENERS.has(next.norm)) continue;
    // "That brings us to hypoparathyroidism, a condition in which ...": after a turn of the talk
    // to the concept, the gloss is what the sentence says.
    if (text.slice(tokens[m.end - 1].end, next.start).trim() === ',' && !TURN_TO.test(text.slice(0, tokens[m.start].start))) return true;
  }
  return false;
}
