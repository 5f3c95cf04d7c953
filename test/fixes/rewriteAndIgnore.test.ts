import { strict as assert } from 'assert';
import { applyEdits, ignoreFix, rewriteFix } from '../../server/src/fixes';
import { checked } from './fixtures';

describe('rewrite fix', () => {
  it('replaces only the sentence with the suggested wording', () => {
    const text = 'Intro. Magnesium deficiency causes hypoparathyroidism. Outro.';
    const claim = checked(text, 'Magnesium deficiency causes hypoparathyroidism.', 'overstated');
    const fix = rewriteFix(text, claim)!;
    const out = applyEdits(text, fix.edits);
    assert.equal(out, 'Intro. Severe magnesium deficiency can reduce PTH release. Outro.');
    const after = checked(out, 'Severe magnesium deficiency can reduce PTH release.', 'overstated');
    assert.equal(rewriteFix(out, after), null, 'second application is a no-op');
  });
  it('keeps a heading without a full stop', () => {
    const text = '## Magnesium deficiency causes hypoparathyroidism\n';
    const claim = checked(text, 'Magnesium deficiency causes hypoparathyroidism', 'contradicted');
    assert.equal(applyEdits(text, rewriteFix(text, claim)!.edits), '## Severe magnesium deficiency can reduce PTH release\n');
  });
  it('is not offered for supported or unverified claims', () => {
    const text = 'Magnesium helps.';
    assert.equal(rewriteFix(text, checked(text, text, 'supported')), null);
    assert.equal(rewriteFix(text, checked(text, text, 'unverified')), null);
  });
});

describe('ignore fix', () => {
  const apply = (text: string, sentence: string, claimId: string | null = 'mg-needed-for-pth') => {
    const fix = ignoreFix(text, { ...checked(text, sentence, 'overstated'), claimId });
    return fix ? applyEdits(text, fix.edits) : null;
  };
  it('inserts the comment on its own line above, with the same indentation', () => {
    assert.equal(
      apply('Para.\n\n   Mg causes it. More.\n', 'Mg causes it.'),
      'Para.\n\n   <!-- factlens-disable-next-line mg-needed-for-pth -->\n   Mg causes it. More.\n',
    );
  });
  it('keeps block quote prefixes', () => {
    assert.equal(apply('> Quote.\n> Mg causes it.\n', 'Mg causes it.'), '> Quote.\n> <!-- factlens-disable-next-line mg-needed-for-pth -->\n> Mg causes it.\n');
  });
  it('keeps a list in one piece', () => {
    assert.equal(
      apply('- one\n- Mg causes it.\n', 'Mg causes it.'),
      '- one\n  <!-- factlens-disable-next-line mg-needed-for-pth -->\n- Mg causes it.\n',
    );
    assert.equal(apply('- Mg causes it.\n', 'Mg causes it.'), '<!-- factlens-disable-next-line mg-needed-for-pth -->\n- Mg causes it.\n');
  });
  it('is a no-op when already ignored, and extends a comment for another claim on the line', () => {
    const once = apply('Mg causes it.\n', 'Mg causes it.')!;
    assert.equal(apply(once, 'Mg causes it.'), null);
    assert.equal(
      apply(once, 'Mg causes it.', 'other-claim'),
      '<!-- factlens-disable-next-line mg-needed-for-pth other-claim -->\nMg causes it.\n',
    );
    assert.equal(apply('Mg causes it.\n', 'Mg causes it.', null), '<!-- factlens-disable-next-line -->\nMg causes it.\n');
  });
  it('works on the first line of a CRLF document', () => {
    assert.equal(apply('Mg causes it.\r\nNext.\r\n', 'Mg causes it.'), '<!-- factlens-disable-next-line mg-needed-for-pth -->\r\nMg causes it.\r\nNext.\r\n');
  });
});
