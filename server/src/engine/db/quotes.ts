// Evidence is sacred: every quote must appear verbatim in its source's text. Whitespace is
// collapsed on both sides because seeds wrap lines and YAML folds them; nothing else is forgiven.
import * as fs from 'fs';
import * as path from 'path';
import type { ClaimsDatabase } from './database';

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface QuoteProblem {
  claimId: string;
  source: string;
  quote: string;
  message: string;
}

/**
 * Checks quotes against source texts. `resolveText` returns a source's text, or null when it is
 * not available (the quote is then reported in `unchecked`, never silently passed).
 */
export function verifyQuotes(
  db: ClaimsDatabase,
  resolveText: (sourceId: string) => string | null,
): { problems: QuoteProblem[]; checked: number; unchecked: QuoteProblem[] } {
  const cache = new Map<string, string | null>();
  const text = (id: string) => {
    if (!cache.has(id)) {
      const t = resolveText(id);
      cache.set(id, t === null ? null : collapseWhitespace(t));
    }
    return cache.get(id)!;
  };
  const problems: QuoteProblem[] = [];
  const unchecked: QuoteProblem[] = [];
  let checked = 0;
  for (const claim of db.claims) {
    for (const e of claim.evidence) {
      const t = text(e.source);
      if (t === null) {
        unchecked.push({ claimId: claim.id, source: e.source, quote: e.quote, message: 'source text not available' });
        continue;
      }
      checked++;
      if (!t.includes(collapseWhitespace(e.quote))) {
        problems.push({ claimId: claim.id, source: e.source, quote: e.quote, message: 'quote not found verbatim in source text' });
      }
    }
  }
  return { problems, checked, unchecked };
}

/** Where the seed documents are: $FACTLENS_SOURCES, else ../shared/seeds beside the checkout. */
export function findSeedsDir(repoRoot: string): string | null {
  const candidates = [process.env.FACTLENS_SOURCES, path.join(repoRoot, '..', 'shared', 'seeds')].filter(
    (p): p is string => !!p,
  );
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}
