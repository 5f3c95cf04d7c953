// Words a writer reads in hovers and reports for the database's enum values.
import type { SourceT, StrengthT } from '../engine/db/schema';
import type { Verdict } from '../engine/types';

export const SOURCE_KIND_LABELS: Record<SourceT['kind'], string> = {
  'ai-generated-answer': 'AI-generated answer',
  'vendor-page': "supplement vendor's page",
  'news-article': 'news or health-site article',
  'explainer-article': 'explainer article',
  'study-digest': 'study digest',
  'review-article': 'review article',
  'primary-study': 'primary study',
  guideline: 'clinical guideline',
  book: 'book',
  website: 'website',
  other: 'other source',
};

export const STRENGTH_LABELS: Record<StrengthT, string> = {
  opinion: 'expert or vendor opinion only',
  'animal-study': 'animal studies only',
  'one-small-study': 'one small human study',
  associated: 'an association, not shown to be cause and effect',
  may: 'sources say it *may* happen',
  can: 'sources say it *can* happen',
  established: 'established physiology',
};

export { VERDICT_LABELS } from './report/verdicts';

export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  contradicted: '✗',
  overstated: '⚠',
  disputed: '⇄',
  unverified: '?',
  supported: '✓',
};

/** Messages may carry *emphasis* for renderers that show Markdown; plain-text places strip it. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*+([^*]+)\*+/g, '$1').replace(/\*/g, '');
}
