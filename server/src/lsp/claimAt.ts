// Finds the checked claims at a position or overlapping a range.
import type { CheckedClaim, DocumentAnalysis, OffsetRange } from '../engine/types';

export function claimAt(analysis: DocumentAnalysis, offset: number): CheckedClaim | null {
  let best: CheckedClaim | null = null;
  for (const c of analysis.claims) {
    if (c.range.start <= offset && offset <= c.range.end) {
      if (!best || c.range.end - c.range.start < best.range.end - best.range.start) best = c;
    }
  }
  return best;
}

export function claimsOverlapping(analysis: DocumentAnalysis, r: OffsetRange): CheckedClaim[] {
  return analysis.claims.filter((c) => c.range.start <= r.end && r.start <= c.range.end);
}
