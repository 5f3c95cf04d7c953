// Checked claims are cached relative to their block; this moves one to where the block now is.
import type { CheckedClaim } from './types';

export function shiftClaim(c: CheckedClaim, by: number): CheckedClaim {
  if (by === 0) return c;
  return {
    ...c,
    range: { start: c.range.start + by, end: c.range.end + by },
    citations: c.citations.map((m) => ({ ...m, range: { start: m.range.start + by, end: m.range.end + by } })),
  };
}
