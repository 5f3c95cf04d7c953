// Picks the claim a sentence is about and its verdict. When the sentence contradicts the best
// match but a disputed claim fits it almost as well, the sentence is taking one side of a
// recorded disagreement: the honest verdict is "disputed", not "contradicted".
import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { ClaimIndex } from './claimIndex';
import { rankMatches, type Match } from './matcher';
import { decideVerdict, type VerdictDecision } from './verdict';

/** How close a disputed claim's score must be to the best match to take over a contradiction. */
const DISPUTE_MARGIN = 0.1;

export function judge(index: ClaimIndex, s: SentenceFeatures, lexicon: Lexicon): { match: Match; decision: VerdictDecision } | null {
  const ranked = rankMatches(index, s);
  const best = ranked[0];
  if (!best) return null;
  const decision = decideVerdict(best.compiled, s, lexicon);
  if (decision.verdict === 'contradicted') {
    const disputed = ranked.find((m) => m !== best && m.compiled.claim.status === 'disputed' && m.score >= best.score - DISPUTE_MARGIN);
    if (disputed) {
      const alt = decideVerdict(disputed.compiled, s, lexicon);
      if (alt.verdict === 'disputed') return { match: disputed, decision: alt };
    }
  }
  return { match: best, decision };
}
