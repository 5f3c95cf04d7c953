// Checked claims are cached relative to their block; this moves one to where the block now is.
import type { CheckedClaim } from './types';

export function shiftClaim(c: CheckedClaim, by: number): CheckedClaim {
  if (by === 0) return c;
  // Field by field rather than an object spread (several times faster), in the order claims are made.
  return {
    text: c.text,
    verdict: c.verdict,
    claimId: c.claimId,
    claim: c.claim,
    cited: c.cited,
    evidence: c.evidence,
    message: c.message,
    reason: c.reason,
    score: c.score,
    range: { start: c.range.start + by, end: c.range.end + by },
    // Most claims cite nothing: their empty list is shared rather than copied on every edit.
    citations: c.citations.length === 0 ? c.citations : c.citations.map((m) => ({ kind: m.kind, key: m.key, range: { start: m.range.start + by, end: m.range.end + by } })),
    kind: c.kind,
  };
}
