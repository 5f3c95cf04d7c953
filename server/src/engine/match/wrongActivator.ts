import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { ClaimIndex } from './claimIndex';
import type { CompiledClaim } from './compiledClaim';
import { scoreClaim, type Match } from './matcher';
import type { VerdictDecision } from './verdict';

/**
 * "Vitamin D is made active in the liver": the sentence says one organ activates something, while
 * the claims on activation name another. The closest match may be a claim about what that organ
 * really does ("the liver converts D3 into calcidiol"), which the sentence would seem to support;
 * naming the wrong organ for the activation is the error to report.
 */
export function wrongActivator(index: ClaimIndex, s: SentenceFeatures, lexicon: Lexicon): { match: Match; decision: VerdictDecision } | null {
  if (s.negated) return null;
  const activation = lexicon.idsIn('activation');
  if (!activation.some((id) => s.conceptIds.has(id))) return null;
  const isOrgan = (id: string) => lexicon.concepts.get(id)?.category === 'organ';
  const named = new Set(s.concepts.filter((m) => !m.antecedent && isOrgan(m.id)).map((m) => m.id));
  if (named.size !== 1) return null;
  const [organ] = named;
  if (!activatedBy(s, organ, activation)) return null;
  for (const c of index.candidates(s.conceptIds)) {
    if (!c.keys.some((k) => activation.includes(k))) continue;
    const organs = c.keys.filter(isOrgan);
    if (organs.length !== 1 || lexicon.near(organs[0], organ)) continue;
    if (!sameThingActivated(c, s, lexicon, activation)) continue;
    const decision: VerdictDecision = { verdict: 'contradicted', reason: `sentence says the ${organ} activates it; sources say the ${organs[0]}` };
    return { match: { compiled: c, score: scoreClaim(index, c, s) }, decision };
  }
  return null;
}

/** The sentence names something the claim activates (vitamin D, any of its forms), or nothing but the activation. */
function sameThingActivated(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon, activation: readonly string[]): boolean {
  const others = c.keys.filter((k) => !activation.includes(k) && lexicon.concepts.get(k)?.category !== 'organ');
  return others.some((k) => [...s.conceptIds].some((id) => lexicon.near(id, k)));
}

/** "switches vitamin D on", "turning it on": a verb and its particle. */
const SWITCHED_ON = /\b(?:switch|switches|switched|switching|turn|turns|turned|turning)\b[^.,;]{0,30}?\bon\b/i;

/** How many tokens may stand between the organ and the activation ("activate vitamin D in the liver"). */
const ACTIVATOR_REACH = 8;

/** The organ and an activation named close together, with no clause break between them. */
function activatedBy(s: SentenceFeatures, organ: string, activation: readonly string[]): boolean {
  const organs = s.concepts.filter((m) => m.id === organ && !m.antecedent);
  const acts = s.concepts.filter((m) => activation.includes(m.id));
  // "The liver switches vitamin D on": the activation told by a verb and its particle has no
  // mention of its own; the organ that opens the sentence is its subject.
  if (!acts.length) return organs.length > 0 && SWITCHED_ON.test(s.text) && s.concepts.find((m) => !m.antecedent)?.id === organ;
  return organs.some((o) => acts.some((a) => {
    const [from, to] = o.start < a.start ? [o.end, a.start] : [a.end, o.start];
    if (to - from > ACTIVATOR_REACH) return false;
    const gap = s.text.slice(s.tokens[from - 1]?.end ?? 0, s.tokens[to]?.start ?? s.text.length);
    return !/[,;:()]/.test(gap);
  }));
}
