import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { emptyDatabase, type ClaimsDatabase } from '../../server/src/engine/db/database';
import type { ClaimT } from '../../server/src/engine/db/schema';
import type { CheckedClaim, DocumentAnalysis, Verdict } from '../../server/src/engine/types';
import { renderClaimReview } from '../../server/src/render/report/claimReview';
import { renderReportHtml, renderReportHtmlSet } from '../../server/src/render/report/html';
import { renderReportMarkdown } from '../../server/src/render/report/markdown';

// Hand-built analysis results: the renderers are pure, so they are tested without the engine.
const HOSTILE = 'Magnesium <img src=x onerror=alert(1)> | helps [click](javascript:alert(1)).';

function database(): ClaimsDatabase {
  const db = emptyDatabase();
  db.sources.set('vendor', { id: 'vendor', title: 'Magnesium & Bone Health', kind: 'vendor-page', url: 'https://example.org/mg', reliability: 'low' });
  db.sources.set('sneaky', { id: 'sneaky', title: 'Sneaky <b>source</b>', kind: 'website', url: 'javascript:alert(1)', reliability: 'moderate' });
  db.references.set('ref-1', { id: 'ref-1', title: 'A study of magnesium', url: 'https://pubmed.example/1', citedBy: [] });
  return db;
}

function claimT(id: string, statement: string): ClaimT {
  return {
    id,
    statement,
    subject: 'magnesium',
    relation: 'requires',
    object: 'vitamin D activation',
    polarity: 'affirms',
    strength: 'established',
    status: 'supported',
    evidence: [{ source: 'vendor', quote: 'We need magnesium for this vitamin D activation', stance: 'supports' }],
    caveats: [],
    suggestedWording: 'Magnesium is needed for the enzymes that convert vitamin D.',
    references: ['ref-1'],
    keywords: [],
    examples: [],
  };
}

function checked(text: string, doc: string, verdict: Verdict, claim: ClaimT | null, extra: Partial<CheckedClaim> = {}): CheckedClaim {
  const start = doc.indexOf(text);
  assert.ok(start >= 0, `"${text}" is in the document`);
  return {
    range: { start, end: start + text.length },
    text,
    verdict,
    claimId: claim?.id ?? null,
    claim,
    cited: false,
    citations: [],
    evidence: claim ? claim.evidence : [],
    message: verdict === 'unverified' ? 'No claim in the database covers this.' : `Sources say *${verdict}*.`,
    reason: '',
    score: claim ? 0.9 : 0,
    kind: 'paragraph',
    ...extra,
  };
}

const DOC = ['# Draft', '', 'Magnesium is needed to activate vitamin D.', '', HOSTILE, '', 'Magnesium improves sleep.', ''].join('\n');

function analysis(): DocumentAnalysis {
  const supported = claimT('mg-activates-d', 'Magnesium is needed to convert vitamin D into its active form.');
  const sneaky: ClaimT = { ...claimT('sneaky-claim', 'A <script>bad()</script> statement'), evidence: [{ source: 'sneaky', quote: 'quote with <tags> & "quotes"', stance: 'contradicts' }] };
  return {
    claims: [
      checked('Magnesium is needed to activate vitamin D.', DOC, 'supported', supported, { cited: true }),
      checked(HOSTILE, DOC, 'contradicted', sneaky),
      checked('Magnesium improves sleep.', DOC, 'unverified', null),
    ],
    suppressed: [],
  };
}

describe('report renderers', () => {
  describe('Markdown', () => {
    const md = renderReportMarkdown('docs/draft.md', analysis(), database(), DOC);

    it('has a totals table, a claims table with 1-based lines and the matched statements', () => {
      assert.match(md, /^# FactLens claims report: docs\/draft\\\.md$/m);
      assert.match(md, /^\| ❌ Contradicted \| 1 \|$/m);
      assert.match(md, /^\| ✅ Supported \| 1 \|$/m);
      assert.match(md, /^\| \*\*Total\*\* \| \*\*3\*\* \|$/m);
      assert.match(md, /^\| 3 \| ✅ Supported \(cited\) \| Magnesium is needed to activate vitamin D\\\. \| Magnesium is needed to convert vitamin D into its active form\\\. \(`mg-activates-d`\) \|$/m);
      assert.match(md, /^\| 7 \| ❔ Unverified \| Magnesium improves sleep\\\. \| — \|$/m);
    });

    it('quotes evidence with source title, kind and reliability, and links only http(s) sources', () => {
      assert.match(md, /Supports: “We need magnesium for this vitamin D activation” — \[Magnesium &amp; Bone Health\]\(https:\/\/example\.org\/mg\) \(vendor page, low reliability\)/);
      assert.match(md, /\[A study of magnesium\]\(https:\/\/pubmed\.example\/1\)/);
      assert.doesNotMatch(md, /\]\(javascript:/);
    });

    it('renders as CommonMark/GFM: two tables, one row per claim, no raw HTML, only http(s) links', () => {
      const html = new MarkdownIt({ html: false }).render(md);
      assert.strictEqual(html.match(/<table>/g)?.length, 2);
      const claimsTable = html.split('<table>')[2];
      assert.strictEqual(claimsTable.split('</table>')[0].match(/<tr>/g)?.length, 1 + 3, 'header + 3 claims');
      assert.doesNotMatch(html, /<img|<script/);
      for (const href of html.match(/href="[^"]*"/g) ?? []) assert.match(href, /^href="https:\/\//);
      assert.match(html, /<h3>Line 5: ❌ Contradicted<\/h3>/);
    });

    it('escapes document text so it cannot become HTML, links or table cells', () => {
      assert.doesNotMatch(md, /<img/);
      assert.doesNotMatch(md, /<script/);
      const row = md.split('\n').find((l) => l.startsWith('| 5 |'))!;
      assert.ok(row, 'row for line 5');
      assert.strictEqual(row.split(/(?<!\\)\|/).length, 6, 'the | in the sentence is escaped, the row keeps 4 cells');
    });
  });

  describe('HTML', () => {
    const html = renderReportHtml('docs/draft.md', analysis(), database(), DOC);

    it('is one self-contained page: inline CSS, no scripts, no external assets', () => {
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /<style>[\s\S]+<\/style>/);
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /<link\b/i);
      assert.doesNotMatch(html, /<[^>]*\ssrc=/i);
      assert.doesNotMatch(html, /url\(/i);
    });

    it('escapes document and database text and links only http(s) URLs', () => {
      assert.ok(html.includes('Magnesium &lt;img src=x onerror=alert(1)&gt; | helps'));
      assert.ok(html.includes('A &lt;script&gt;bad()&lt;/script&gt; statement'));
      assert.ok(html.includes('quote with &lt;tags&gt; &amp; &quot;quotes&quot;'));
      assert.ok(html.includes('Sneaky &lt;b&gt;source&lt;/b&gt;'));
      assert.doesNotMatch(html, /href="javascript/i);
      assert.match(html, /<a href="https:\/\/example\.org\/mg">Magnesium &amp; Bone Health<\/a>/);
    });

    it('shows line, verdict, sentence, matched claim, evidence and totals', () => {
      assert.match(html, /<td class="line">3<\/td><td><span class="badge supported">Supported<\/span><span class="cited">cited in text<\/span><\/td>/);
      assert.match(html, /<div class="total contradicted"><b>1<\/b><span>contradicted<\/span><\/div>/);
      assert.match(html, /<div class="total"><b>3<\/b><span>claims<\/span><\/div>/);
      assert.match(html, /Matched claim: Magnesium is needed to convert vitamin D into its active form\. <code>mg-activates-d<\/code>/);
      assert.match(html, /vendor page · low reliability/);
    });

    it('puts several documents in one page', () => {
      const page = renderReportHtmlSet([
        { path: 'a.md', analysis: analysis(), text: DOC },
        { path: 'b.md', analysis: { claims: [], suppressed: [] }, text: '' },
      ], database());
      assert.strictEqual(page.match(/<section class="document">/g)?.length, 2);
      assert.match(page, /No claims about the tracked topics/);
    });
  });

  describe('ClaimReview', () => {
    const reviews = renderClaimReview('docs/draft.md', analysis(), database(), DOC) as Array<Record<string, any>>;

    it('has one schema.org ClaimReview per checked claim', () => {
      assert.strictEqual(reviews.length, 3);
      for (const r of reviews) {
        assert.strictEqual(r['@context'], 'https://schema.org');
        assert.strictEqual(r['@type'], 'ClaimReview');
        assert.deepStrictEqual(r.author, { '@type': 'Organization', name: 'FactLens' });
        assert.strictEqual(r.itemReviewed['@type'], 'Claim');
        assert.strictEqual(r.itemReviewed.appearance.url, 'docs/draft.md');
        assert.strictEqual(r.itemReviewed.firstAppearance.url, 'docs/draft.md');
      }
      assert.strictEqual(reviews[1].claimReviewed, HOSTILE);
    });

    it('maps verdicts to ratings; unverified carries no numeric rating', () => {
      const [supported, contradicted, unverified] = reviews.map((r) => r.reviewRating);
      assert.deepStrictEqual([supported.alternateName, supported.ratingValue, supported.bestRating, supported.worstRating], ['supported', 5, 5, 1]);
      assert.deepStrictEqual([contradicted.alternateName, contradicted.ratingValue], ['contradicted', 1]);
      assert.strictEqual(unverified.alternateName, 'unverified');
      assert.strictEqual(unverified.ratingValue, undefined);
      assert.strictEqual(unverified['@type'], 'Rating');
    });

    it('cites evidence sources and references as CreativeWork', () => {
      assert.deepStrictEqual(reviews[0].citation, [
        { '@type': 'CreativeWork', name: 'Magnesium & Bone Health', url: 'https://example.org/mg' },
        { '@type': 'CreativeWork', name: 'A study of magnesium', url: 'https://pubmed.example/1' },
      ]);
      assert.strictEqual(reviews[2].citation, undefined);
    });
  });
});
