// "Taking magnesium guarantees your cramps will stop": a promise that taking a nutrient prevents or
// ends something. No claim says so, but the sources do say that a lack of it can lead to that, and
// a certain promise of the reverse goes beyond them whatever else is true. A hedged version ("may
// help with cramps") is an inference the sources do not make either way, so it stays unverified.
import { ORIENTATION, type SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { ClaimIndex } from './claimIndex';
import { rankMatches, type Match } from './matcher';
import { decideVerdict, type VerdictDecision } from './verdict';

/** What is taken: the nutrient itself ("magnesium fixes ...") or a way of taking it (its narrower concepts). */
function takenNutrient(s: SentenceFeatures, lexicon: Lexicon): { mention: SentenceFeatures['concepts'][number]; base: string; lack: string } | null {
  for (const m of s.concepts) {
    if (m.start >= s.relationAt || m.antecedent) continue;
    const concept = lexicon.concepts.get(m.id);
    if (!concept || concept.deficiencyOf) continue;
    const base = lexicon.deficiencyFor.has(m.id) ? m.id : concept.parent;
    const lack = base ? lexicon.deficiencyFor.get(base) : undefined;
    if (base && lack && !s.deficient.has(base)) return { mention: m, base, lack };
  }
  return null;
}

/**
 * The sentence read as the lack of what it promises from ("X prevents Y" as "a lack of X leads to
 * Y"), matched against the claims on that lack; only an overstatement is kept.
 */
export function promisedByIntake(index: ClaimIndex, s: SentenceFeatures, lexicon: Lexicon): { match: Match; decision: VerdictDecision } | null {
  if (!s.relation || ORIENTATION[s.relation] !== -1 || s.negated || !s.boosters.length) return null;
  const taken = takenNutrient(s, lexicon);
  // Something else must be promised: "your cramps will stop" names it before the verb.
  if (!taken || !s.concepts.some((m) => m !== taken.mention && m.id !== taken.base)) return null;
  const conceptIds = new Set<string>();
  for (const id of s.conceptIds) if (id !== taken.mention.id) conceptIds.add(id);
  conceptIds.add(taken.lack);
  conceptIds.add(taken.base);
  const excess = new Set(s.excess);
  excess.delete(taken.base);
  const reversed: SentenceFeatures = {
    ...s,
    concepts: s.concepts.map((m) => (m === taken.mention ? { ...m, id: taken.lack } : m)),
    conceptIds,
    deficient: new Set([...s.deficient, taken.base]),
    excess,
    relation: s.relation === 'prevents' ? 'causes' : 'increases',
  };
  const best = rankMatches(index, reversed)[0];
  if (!best || best.compiled.states.get(taken.base) !== -1) return null;
  const decision = decideVerdict(best.compiled, reversed, lexicon);
  if (decision.verdict !== 'overstated') return null;
  return {
    match: best,
    decision: { verdict: 'overstated', reason: `promises that taking ${taken.base} ${s.relationCue ?? 'prevents'} it; sources say only that a lack of ${taken.base} can lead to it` },
  };
}
