// "Rewrite with evidence-backed wording": replaces just the sentence with the claim's suggested wording.
import { suggestedWordingOf } from '../engine/db/wording';
import type { CheckedClaim } from '../engine/types';
import { endsWithTerminal, finalPunctuation } from './sentenceBounds';
import type { Fix } from './textEdit';

export function rewriteFix(text: string, claim: Pick<CheckedClaim, 'range' | 'verdict' | 'claim'>): Fix | null {
  if (!claim.claim || (claim.verdict !== 'overstated' && claim.verdict !== 'contradicted')) return null;
  let wording = suggestedWordingOf(claim.claim).replace(/\s+/g, ' ').trim();
  const hadTerminal = finalPunctuation(text, claim.range) !== null;
  // Keep the sentence's shape: a heading or list item without a full stop stays without one.
  if (!hadTerminal && endsWithTerminal(wording)) wording = wording.replace(/[.!?]+$/, '');
  if (hadTerminal && !endsWithTerminal(wording)) wording += '.';
  const current = text.slice(claim.range.start, claim.range.end);
  if (current === wording) return null;
  return {
    title: `Rewrite as: "${wording.length > 70 ? wording.slice(0, 69) + '…' : wording}"`,
    edits: [{ range: { ...claim.range }, newText: wording }],
    files: [],
    isPreferred: true,
  };
}
