// A sentence with several verbs says several things: "A deficiency in magnesium can interfere with
// vitamin D metabolism and impair calcium absorption, further exacerbating the hypoparathyroidism."
// Against a claim about magnesium deficiency and hypoparathyroidism, the verb to judge is the one
// that leads to that claim's object ("exacerbating"), not the strongest verb in the sentence.
import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { CompiledClaim } from './compiledClaim';

/** The sentence as read against this claim: its relation replaced by the verb linking the claim's sides. */
export function readForClaim(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): SentenceFeatures {
  if (s.relationCues.length < 2) return s;
  const names = (ids: readonly string[], id: string) =>
    ids.some((k) => k === id || lexicon.concepts.get(k)?.deficiencyOf === id || lexicon.related(k, id));
  const mentions = s.concepts.filter((m) => m.end > m.start);
  const subjectAt = mentions.find((m) => names(c.subjectIds, m.id))?.start;
  if (subjectAt === undefined) return s;
  const objectAt = mentions.find((m) => m.start > subjectAt && names(c.objectIds, m.id) && !names(c.subjectIds, m.id))?.start;
  if (objectAt === undefined) return s;
  // The last verb between the two sides governs the object.
  let chosen: SentenceFeatures['relationCues'][number] | undefined;
  for (const r of s.relationCues) if (r.at > subjectAt && r.at < objectAt) chosen = r;
  if (!chosen || chosen.at === s.relationAt || chosen.fam === s.relation) return s;
  return { ...s, relation: chosen.fam, relationCue: chosen.cue, relationAt: chosen.at };
}
