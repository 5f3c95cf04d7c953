// Hand-built claims and database for the pure fix and render tests (no engine involved).
import { emptyDatabase, type ClaimsDatabase } from '../../server/src/engine/db/database';
import type { ClaimT } from '../../server/src/engine/db/schema';
import type { CheckedClaim, Verdict } from '../../server/src/engine/types';

export function testDb(): ClaimsDatabase {
  const db = emptyDatabase();
  db.sources.set('vendor', {
    id: 'vendor',
    title: 'Magnesium & Bone <Health>',
    kind: 'vendor-page',
    url: 'https://example.org/mg-bones',
    reliability: 'low',
  });
  db.sources.set('ai', { id: 'ai', title: 'AI answers', kind: 'ai-generated-answer', reliability: 'low' });
  db.sources.set('explainer', { id: 'explainer', title: 'Explainer', kind: 'explainer-article', reliability: 'moderate' });
  db.references.set('pmid-123', { id: 'pmid-123', title: 'Magnesium and [PTH] secretion', pmid: '123', citedBy: [] });
  db.references.set('bad-link', { id: 'bad-link', title: 'Sneaky', url: 'javascript:alert(1)', citedBy: [] });
  return db;
}

export function testClaim(over: Partial<ClaimT> = {}): ClaimT {
  return {
    id: 'mg-needed-for-pth',
    statement: 'Magnesium is needed for the parathyroid gland to release PTH.',
    subject: 'magnesium',
    relation: 'requires',
    object: 'PTH secretion',
    polarity: 'affirms',
    strength: 'can',
    status: 'supported',
    evidence: [
      { source: 'vendor', quote: 'Magnesium is *needed* to release PTH', stance: 'supports' },
      { source: 'ai', quote: 'low magnesium <b>blocks</b> PTH', stance: 'supports' },
      { source: 'explainer', quote: 'only severe deficiency matters', stance: 'qualifies' },
    ],
    caveats: ['Only severe deficiency has this effect.'],
    suggestedWording: 'Severe magnesium deficiency can reduce PTH release.',
    references: ['pmid-123', 'bad-link'],
    keywords: [],
    examples: [],
    ...over,
  };
}

/** A checked claim for the sentence `sentence`, found in `text`. */
export function checked(text: string, sentence: string, verdict: Verdict, over: Partial<CheckedClaim> = {}): CheckedClaim {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  const claim = verdict === 'unverified' ? null : testClaim();
  return {
    range: { start, end: start + sentence.length },
    text: sentence,
    verdict,
    claimId: claim?.id ?? null,
    claim,
    cited: false,
    citations: [],
    evidence: claim?.evidence ?? [],
    message: `${verdict}: sources say magnesium *can* matter`,
    reason: 'test',
    score: 0.9,
    kind: 'paragraph',
    ...over,
  };
}
