// Verdict wording and order shared by every report and output format, so the CLI, the
// reports and the language server describe a verdict the same way.
import { VERDICTS } from '../../engine/db/wording';
import type { CheckedClaim, Verdict } from '../../engine/types';

/** Most serious first: the order tables, totals and summaries use. */
export const VERDICT_ORDER: readonly Verdict[] = ['contradicted', 'overstated', 'disputed', 'unverified', 'supported'];

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  overstated: 'Overstated',
  disputed: 'Disputed',
  unverified: 'Unverified',
};

export const VERDICT_DESCRIPTIONS: Record<Verdict, string> = {
  supported: 'The sentence says what the evidence in the claims database says.',
  contradicted: 'The evidence in the claims database says otherwise (for example a different quantity or the opposite effect).',
  overstated: 'The evidence supports a weaker version of the sentence (for example "can contribute to" rather than "causes").',
  disputed: 'The sources disagree about this claim: some support it, some contradict it.',
  unverified: 'The sentence makes a claim about a tracked topic that no entry in the claims database covers.',
};

export function isVerdict(s: string): s is Verdict {
  return (VERDICTS as readonly string[]).includes(s);
}

export function countVerdicts(claims: readonly CheckedClaim[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { supported: 0, contradicted: 0, overstated: 0, disputed: 0, unverified: 0 };
  for (const c of claims) counts[c.verdict]++;
  return counts;
}

/** "2 contradicted, 1 supported" (most serious first, zero counts left out; "no claims" when empty). */
export function describeCounts(counts: Record<Verdict, number>): string {
  const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
  return parts.length ? parts.join(', ') : 'no claims';
}

/** Diagnostics messages may carry *emphasis*; plain-text outputs drop the asterisks. */
export function stripEmphasis(message: string): string {
  return message.replace(/\*\*?([^*]+)\*\*?/g, '$1');
}

/** The one-line message for a checked claim, never empty. */
export function claimMessage(c: CheckedClaim): string {
  const m = stripEmphasis(c.message || c.reason || '').trim();
  if (m) return m;
  return c.verdict === 'unverified' ? 'No entry in the claims database covers this claim.' : VERDICT_DESCRIPTIONS[c.verdict];
}
