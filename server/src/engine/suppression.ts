// Inline control, like markdownlint's: <!-- factlens-disable [ids] --> ... <!-- factlens-enable [ids] -->
// and <!-- factlens-disable-next-line [ids] -->. Listed ids limit a directive to those claims.
import { LineIndex } from './text/lineIndex';
import type { CheckedClaim, DisableDirective, DocumentAnalysis } from './types';

export function applyDirectives(text: string, claims: CheckedClaim[], directives: DisableDirective[]): DocumentAnalysis {
  if (!directives.length) return { claims, suppressed: [] };
  const lines = new LineIndex(text);
  const sorted = directives.slice().sort((a, b) => a.range.start - b.range.start);
  const kept: CheckedClaim[] = [];
  const suppressed: CheckedClaim[] = [];
  for (const claim of claims) {
    (isSuppressed(claim, sorted, lines) ? suppressed : kept).push(claim);
  }
  return { claims: kept, suppressed };
}

function applies(d: DisableDirective, claim: CheckedClaim): boolean {
  return d.ids.length === 0 || (claim.claimId !== null && d.ids.includes(claim.claimId));
}

function isSuppressed(claim: CheckedClaim, directives: DisableDirective[], lines: LineIndex): boolean {
  const claimLine = lines.lineAt(claim.range.start);
  // Region directives: the last applicable disable/enable before the claim decides.
  let disabled = false;
  for (const d of directives) {
    if (d.range.start > claim.range.start) break;
    if (d.kind === 'disable-next-line') {
      if (lines.lineAt(d.range.end) + 1 === claimLine && applies(d, claim)) return true;
      continue;
    }
    if (!applies(d, claim)) continue;
    disabled = d.kind === 'disable';
  }
  return disabled;
}
