import { strict as assert } from 'assert';
import { renderHoverCard } from '../../server/src/render/hoverCard';
import { checked, testClaim, testDb } from '../fixes/fixtures';

describe('hover card', () => {
  const db = testDb();
  const text = 'Magnesium deficiency causes low PTH.';
  const card = renderHoverCard(checked(text, text, 'overstated'), db);

  it('shows the verdict, the canonical statement and the strength in words', () => {
    assert.match(card, /^\*\*FactLens: Overstated\*\*/);
    assert.ok(card.includes('**Matched claim:** Magnesium is needed for the parathyroid gland to release PTH\\.'), card);
    assert.ok(card.includes('**Strength:** sources say it *can* happen'));
  });

  it('groups evidence by stance with verbatim (escaped) quotes and human source kinds', () => {
    const supporting = card.indexOf('**Supporting evidence**');
    const qualifying = card.indexOf('**Qualifying evidence');
    assert.ok(supporting >= 0 && qualifying > supporting, card);
    assert.ok(card.includes('> “Magnesium is \\*needed\\* to release PTH”'), card);
    assert.ok(card.includes("(supplement vendor's page, reliability: low)"), card);
    assert.ok(card.includes('(AI-generated answer, reliability: low)'), card);
    assert.ok(!card.includes('**Conflicting evidence**'), 'no empty sections');
  });

  it('shows conflicting evidence under its own heading', () => {
    const claim = testClaim({
      status: 'disputed',
      dispute: 'Sources disagree.',
      evidence: [
        { source: 'vendor', quote: 'yes', stance: 'supports' },
        { source: 'explainer', quote: 'no', stance: 'contradicts' },
      ],
    });
    const out = renderHoverCard({ ...checked(text, text, 'disputed'), claim, evidence: claim.evidence }, db);
    assert.ok(out.indexOf('**Conflicting evidence**') > out.indexOf('**Supporting evidence**'), out);
    assert.ok(out.includes('**Disputed:** Sources disagree\\.'), out);
  });

  it('never emits raw HTML, unsafe links or command links', () => {
    assert.ok(!/<[a-z]/i.test(card), 'no HTML tags');
    assert.ok(card.includes('&lt;b&gt;blocks&lt;/b&gt;'), card);
    assert.ok(!card.includes('](javascript:'), 'javascript: URL is not a link');
    assert.ok(!card.includes('command:') || !card.includes('](command:'));
    assert.ok(card.includes('[Magnesium and \\[PTH\\] secretion](https://pubmed.ncbi.nlm.nih.gov/123/)'), card);
    assert.ok(card.includes('[Magnesium &amp; Bone &lt;Health&gt;](https://example.org/mg-bones)'), card);
  });

  it('shows caveats and suggested wording', () => {
    assert.ok(card.includes('**Caveats**\n\n- Only severe deficiency has this effect\\.'), card);
    assert.ok(card.includes('**Suggested wording**\n\n> Severe magnesium deficiency can reduce PTH release\\.'), card);
  });

  it('explains an unverified sentence', () => {
    const out = renderHoverCard(checked('Calcitonin cures all.', 'Calcitonin cures all.', 'unverified'), db);
    assert.match(out, /\*\*FactLens: Unverified\*\*/);
    assert.match(out, /No claim in the FactLens database matches/);
  });
});
