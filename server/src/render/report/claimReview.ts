// schema.org ClaimReview JSON-LD, one object per checked claim, for publishing fact-check
// results in a form search engines and fact-check tools read.
// Rating scale 1-5, most trustworthy best: supported 5, disputed 3, overstated 2, contradicted 1.
// Unverified claims carry no numeric rating (there is no evidence to score them against), only
// their alternateName.
import type { ClaimsDatabase } from '../../engine/db/database';
import type { DocumentAnalysis, Verdict } from '../../engine/types';
import { buildReportModel, type ReportRow } from './model';
import { VERDICT_LABELS } from './verdicts';

export const CLAIM_REVIEW_RATINGS: Record<Exclude<Verdict, 'unverified'>, number> = {
  supported: 5,
  disputed: 3,
  overstated: 2,
  contradicted: 1,
};

interface CreativeWork {
  '@type': 'CreativeWork';
  name: string;
  url?: string;
}

export function renderClaimReview(path: string, analysis: DocumentAnalysis, db: ClaimsDatabase, text: string): object[] {
  const model = buildReportModel(path, analysis, db, text);
  return model.rows.map((r) => claimReview(path, r));
}

function claimReview(path: string, r: ReportRow): object {
  const appearance: CreativeWork = { '@type': 'CreativeWork', name: path, url: path };
  const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: r.verdict, name: VERDICT_LABELS[r.verdict] };
  if (r.verdict !== 'unverified') {
    Object.assign(rating, { ratingValue: CLAIM_REVIEW_RATINGS[r.verdict], bestRating: 5, worstRating: 1 });
  }
  rating.ratingExplanation = r.message;
  const review: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: r.sentence,
    reviewRating: rating,
    itemReviewed: { '@type': 'Claim', appearance, firstAppearance: appearance },
    author: { '@type': 'Organization', name: 'FactLens' },
  };
  const citation = citations(r);
  if (citation.length) review.citation = citation;
  if (r.statement) review.reviewBody = r.statement;
  return review;
}

/** Each evidence source once, then the claim's references. */
function citations(r: ReportRow): CreativeWork[] {
  const out: CreativeWork[] = [];
  const seen = new Set<string>();
  for (const e of r.evidence) {
    if (seen.has(`s:${e.sourceId}`)) continue;
    seen.add(`s:${e.sourceId}`);
    out.push({ '@type': 'CreativeWork', name: e.sourceTitle, ...(e.url ? { url: e.url } : {}) });
  }
  for (const ref of r.references) {
    if (seen.has(`r:${ref.id}`)) continue;
    seen.add(`r:${ref.id}`);
    out.push({ '@type': 'CreativeWork', name: ref.title, ...(ref.url ? { url: ref.url } : {}) });
  }
  return out;
}
