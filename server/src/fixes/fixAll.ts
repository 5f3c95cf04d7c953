// "Fix all": cites every supported-but-uncited claim with its first available citation, in one edit.
import type { ClaimsDatabase } from '../engine/db/database';
import type { CheckedClaim } from '../engine/types';
import { citationMarkEdit, citationSupportEdits, mergeSameOffset, type CitationContext } from './citationFix';
import { alreadyCited, citationCandidates, type CitationCandidate } from './citationSources';
import type { Fix, OffsetEdit } from './textEdit';

export function needsCitation(c: CheckedClaim): boolean {
  return c.verdict === 'supported' && !c.cited;
}

export function fixAll(ctx: CitationContext, claims: CheckedClaim[], db: ClaimsDatabase): Fix | null {
  const marks: OffsetEdit[] = [];
  const used: CitationCandidate[] = [];
  for (const claim of claims) {
    if (!needsCitation(claim)) continue;
    const first = citationCandidates(claim, db).find((c) => !alreadyCited(claim, c));
    if (!first) continue;
    const mark = citationMarkEdit(ctx.text, claim.range, first, ctx.style);
    if (!mark) continue;
    marks.push(mark);
    if (!used.some((u) => u.id === first.id)) used.push(first);
  }
  if (!marks.length) return null;
  const support = citationSupportEdits(ctx, used);
  if ('error' in support) return null;
  return {
    title: `Cite all ${marks.length} uncited supported claim${marks.length === 1 ? '' : 's'}`,
    edits: mergeSameOffset([...marks, ...support.edits]),
    files: support.files,
  };
}
