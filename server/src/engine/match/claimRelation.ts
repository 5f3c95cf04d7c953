// A sentence with several verbs says several things: "A deficiency in magnesium can interfere with
// vitamin D metabolism and impair calcium absorption, further exacerbating the hypoparathyroidism."
// Against a claim about magnesium deficiency and hypoparathyroidism, the verb to judge is the one
// that leads to that claim's object ("exacerbating"), not the strongest verb in the sentence.
import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { CompiledClaim } from './compiledClaim';

/** One of the claim's concepts is this one, or the lack of it. */
function namesExactly(lexicon: Lexicon, ids: readonly string[], id: string): boolean {
  return ids.some((k) => k === id || lexicon.concepts.get(k)?.deficiencyOf === id);
}

/** ... or a broader or narrower concept. */
function namesLoosely(lexicon: Lexicon, ids: readonly string[], id: string): boolean {
  return namesExactly(lexicon, ids, id) || ids.some((k) => lexicon.related(k, id));
}

/** The sentence as read against this claim: its relation replaced by the verb linking the claim's sides. */
export function readForClaim(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): SentenceFeatures {
  if (s.relationCues.length < 2) return verbAboutSomethingElse(c, s, lexicon) ? { ...s, relation: null, relationCue: null, relationAt: -1 } : s;
  // "keep PTH from driving bone loss": the verb after "keep ... from" is what is prevented.
  if (s.relationCue === 'keep from') return s;
  const exactly = (ids: readonly string[], id: string) => namesExactly(lexicon, ids, id);
  const loosely = (ids: readonly string[], id: string) => namesLoosely(lexicon, ids, id);
  const mentions = s.concepts;
  // The concept itself where the sentence names it, else a broader or narrower one.
  const find = (ids: readonly string[], after: number, not: readonly string[]) =>
    (mentions.find((m) => m.start > after && exactly(ids, m.id) && !loosely(not, m.id)) ??
      mentions.find((m) => m.start > after && loosely(ids, m.id) && !loosely(not, m.id)))?.start;
  const subjectAt = find(c.subjectIds, -1, []);
  if (subjectAt === undefined) return s;
  // Where the object is fully named: "raises how much calcium you absorb ... and cuts how much the
  // kidneys lose" names calcium early, but calcium lost in urine only at "lose".
  let objectAt: number | undefined;
  for (const id of c.objectIds) {
    const at = find([id], subjectAt, c.subjectIds);
    if (at !== undefined && (objectAt === undefined || at > objectAt)) objectAt = at;
  }
  if (objectAt === undefined) return s;
  // The last verb between the two sides governs the object.
  let chosen: SentenceFeatures['relationCues'][number] | undefined;
  for (const r of s.relationCues) if (r.at > subjectAt && r.at < objectAt) chosen = r;
  if (!chosen || chosen.at === s.relationAt || chosen.fam === s.relation) return s;
  return { ...s, relation: chosen.fam, relationCue: chosen.cue, relationAt: chosen.at };
}

/**
 * "Magnesium stimulates calcitonin, which ... impacts the risk of arthritis": against a claim about
 * magnesium and arthritis, the one verb acts on calcitonin, which the claim does not name, while
 * the claim's object comes later. The verb says nothing about this claim.
 */
function verbAboutSomethingElse(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): boolean {
  if (s.relationAt < 0) return false;
  const first = s.concepts.find((m) => m.start > s.relationAt && !m.antecedent);
  if (!first) return false;
  if (namesLoosely(lexicon, c.keys, first.id)) return false;
  // "... on calcitonin is to damp its secretion down": "its" ties it to what was named before.
  const before = s.tokens[first.start - 1]?.norm;
  if (before === 'its' || before === 'their') return false;
  // ... and a clause boundary after that concept: "impair the formation of new bone" still acts on bone.
  const object = s.concepts.find((m) => m.start > first.start && namesLoosely(lexicon, c.objectIds, m.id));
  if (!object) return false;
  for (let k = first.end; k < object.start; k++) {
    if (CLAUSE_WORDS.has(s.tokens[k].norm) || /[,;:]/.test(gapBefore(s, k))) return true;
  }
  return false;
}

const CLAUSE_WORDS = new Set(['which', 'that', 'who', 'while', 'whereas']);

/** The characters between token k - 1 and token k: where punctuation sits. */
function gapBefore(s: SentenceFeatures, k: number): string {
  return s.text.slice(s.tokens[k - 1].end, s.tokens[k].start);
}
