import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { ClaimIndex } from './claimIndex';
import { scoreClaim, type Match } from './matcher';
import type { VerdictDecision } from './verdict';

/**
 * "Most of your body's magnesium sits in your muscles": the sentence puts the greater part of
 * something in one place, while a claim puts the greater part of it somewhere else ("over 60% of
 * the body's magnesium is in bone"). Both cannot hold, whichever figures they give. The sentence
 * names the wrong place, so no claim about that place matches it; the claim on where most of it is
 * has to be looked for.
 */

/** Adverbs that put the greater part of something in one place ("stored mainly in muscle"). */
const MOSTLY = new Set(['mainly', 'mostly', 'largely', 'chiefly', 'primarily', 'predominantly']);

/** Where things are kept. */
const PLACES = new Set(['tissue', 'organ']);

export function wrongStore(index: ClaimIndex, s: SentenceFeatures, lexicon: Lexicon): { match: Match; decision: VerdictDecision } | null {
  if (s.relation !== 'located-in' || s.negated) return null;
  // "Most of it", "over 60%", or "stored mainly in muscle".
  const most = s.quantities.some((q) => q.unit === '%' && q.min >= 50) || s.tokens.some((t, k) => MOSTLY.has(t.norm) && k > s.relationAt - 2);
  if (!most) return null;
  const isPlace = (id: string) => PLACES.has(lexicon.concepts.get(id)?.category ?? '');
  // The place the sentence asserts: named after the verb, and not denied ("..., not your bones").
  const asserted = s.concepts.filter((m) => !m.antecedent && m.start > s.relationAt && isPlace(m.id) && !deniedAt(s, m.start));
  if (asserted.length !== 1) return null;
  const place = asserted[0].id;
  // The claim names a place the sentence does not, so it is looked up with every place (rare: only
  // sentences that put most of something somewhere get here).
  for (const c of index.candidates([...s.conceptIds, ...placesOf(lexicon)])) {
    if (c.claim.relation !== 'located-in' || !c.interval || c.interval.unit !== '%' || c.interval.min < 50) continue;
    const claimPlaces = c.keys.filter(isPlace);
    if (claimPlaces.length !== 1 || lexicon.near(claimPlaces[0], place)) continue;
    // What is stored must be the same ("magnesium"), named or narrower.
    const stored = c.keys.filter((k) => k !== claimPlaces[0]);
    if (!stored.length || !stored.every((k) => [...s.conceptIds].some((id) => lexicon.near(id, k)))) continue;
    const decision: VerdictDecision = { verdict: 'contradicted', reason: `sentence puts most of it in the ${place}; sources say the ${claimPlaces[0]}` };
    return { match: { compiled: c, score: scoreClaim(index, c, s) }, decision };
  }
  return null;
}

const placesByLexicon = new WeakMap<Lexicon, string[]>();

function placesOf(lexicon: Lexicon): string[] {
  let places = placesByLexicon.get(lexicon);
  if (!places) placesByLexicon.set(lexicon, (places = [...lexicon.concepts.values()].filter((c) => PLACES.has(c.category)).map((c) => c.id)));
  return places;
}

/** "not your bones", "rather than bone": a place named to be denied. */
function deniedAt(s: SentenceFeatures, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const w = s.tokens[k].norm;
    if (w === 'not' || (w === 'than' && s.tokens[k - 1]?.norm === 'rather')) return true;
  }
  return false;
}
