import * as assert from 'assert';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { readCorrectedBelief } from '../../server/src/engine/nlp/correctedBelief';

describe('engine: a belief reported in order to correct it', () => {
  it('splits the belief from a denial or a correction', () => {
    assert.deepStrictEqual(readCorrectedBelief("People often assume the D3 in a supplement is already active, but it isn't."), { belief: 'the D3 in a supplement is already active', denied: true });
    assert.deepStrictEqual(readCorrectedBelief("You'll often hear that stress drains magnesium, but there's no real link between the two."), { belief: 'stress drains magnesium', denied: true });
    assert.deepStrictEqual(readCorrectedBelief("It's a myth that calcitonin raises blood calcium."), { belief: 'calcitonin raises blood calcium.', denied: true });
    assert.deepStrictEqual(readCorrectedBelief('Lots of people assume sunshine vitamin D is ready to go, but it is still inactive.'), { belief: 'sunshine vitamin D is ready to go', denied: false, correction: 'it is still inactive.' });
    // No reported belief, or no correction of it: nothing to split.
    assert.strictEqual(readCorrectedBelief('Magnesium is needed, but only in small amounts.'), null);
    assert.strictEqual(readCorrectedBelief('People often assume the D3 in a supplement is already active.'), null);
    assert.strictEqual(readCorrectedBelief("It's the kidneys that make calcitriol."), null);
  });

  const engine = createEngine(loadBuiltinDatabase());
  const verdict = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
  it('gives a denied belief the opposite verdict', () => {
    assert.deepStrictEqual(verdict("People often assume the D3 in a supplement is already the active form, but it isn't."), [['supported', 'vitamin-d3-is-inactive']]);
    assert.deepStrictEqual(verdict("You'll often hear that stress drains magnesium, but there's no real link between the two."), [['contradicted', 'stress-depletes-mg']]);
    assert.deepStrictEqual(verdict("It's a myth that stress drains magnesium."), [['contradicted', 'stress-depletes-mg']]);
    assert.deepStrictEqual(verdict('It is not true that the D3 in a supplement is already the active form.'), [['supported', 'vitamin-d3-is-inactive']]);
  });
  it('reads a verdict after a reported belief ("..., and he wasn\'t wrong", "..., but she was wrong")', () => {
    assert.deepStrictEqual(readCorrectedBelief("He had read that cramps can be a sign of low magnesium, and he wasn't wrong."), { belief: 'He had read that cramps can be a sign of low magnesium', denied: false, correction: 'He had read that cramps can be a sign of low magnesium' });
    assert.deepStrictEqual(verdict("He had read that cramps can be a sign of low magnesium, and he wasn't wrong.")[0]?.[0], 'supported');
    assert.deepStrictEqual(verdict('My GP told me calcitriol is made in the liver, but she was wrong.')[0]?.[0], 'supported');
    assert.deepStrictEqual(verdict('My GP told me calcitriol is made in the kidneys, but she was wrong.')[0]?.[0], 'contradicted');
  });
  it('judges a correction in place of the belief, referring back to it', () => {
    assert.deepStrictEqual(verdict("Lots of people assume the vitamin D you make in the sun is ready to go, but it's actually still inactive at that stage."), [['supported', 'vitamin-d3-is-inactive']]);
  });
  it('reads "ready to use" said of vitamin D as active', () => {
    assert.deepStrictEqual(verdict('Unlike the capsule kind, the vitamin D your skin makes in sunshine is ready to use straight away.')[0]?.[0], 'contradicted');
    assert.deepStrictEqual(verdict("The vitamin D in supplements isn't ready to use until your liver and kidneys convert it."), [['supported', 'vitamin-d3-is-inactive']]);
  });
  it('reads a state word after "not already" or "not immediately" as denied', () => {
    assert.deepStrictEqual(verdict('Vitamin D3 is not already active.'), [['supported', 'vitamin-d3-is-inactive']]);
    assert.deepStrictEqual(verdict('The D3 in tablets is not immediately active.'), [['supported', 'vitamin-d3-is-inactive']]);
    assert.deepStrictEqual(verdict('The D3 in tablets is already active.'), [['contradicted', 'vitamin-d3-is-inactive']]);
  });
});
