import * as assert from 'assert';
import { asciiSentenceBreaks } from '../../server/src/engine/text/asciiSentenceBreaks';

/** What splitSentences used before the ASCII fast path, and still uses for other text. */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const reference = (text: string) => Array.from(segmenter.segment(text), (p) => p.index);

describe('asciiSentenceBreaks', () => {
  it('leaves non-ASCII text and line breaks to the segmenter', () => {
    assert.strictEqual(asciiSentenceBreaks('Vitamin D \u2015 cholecalciferol.'), null);
    assert.strictEqual(asciiSentenceBreaks('Caf\u00e9 au lait.'), null);
    assert.strictEqual(asciiSentenceBreaks('One.\nTwo.'), null);
  });

  it('breaks where Intl.Segmenter does', () => {
    const samples = [
      'Magnesium helps. Calcium too.',
      'See e.g. the U.S. data. It is 1.5 mg. Dr. Smith agrees.',
      'Really?! Yes... no. "Quoted." (Bracketed.) Next; then: more - and so, on.',
      'It rose. 5 people. a lower case start. [A] {b} \'c\'.',
    ];
    for (const s of samples) assert.deepStrictEqual(asciiSentenceBreaks(s), reference(s), s);
  });

  it('agrees with Intl.Segmenter on random ASCII text with curly quotes and dashes', () => {
    const atoms = ['a', 'z', 'A', 'Z', '0', '7', ' ', ' ', '.', '.', '!', '?', ',', ';', ':', '-', '"', "'", '(', ')', '[', ']', '{', '}', '*', '/', '#', '\t', '\u000b', '\u000c', '\u0000', '\u007f', '~', '&',
      'the ', 'Magnesium ', 'e.g. ', 'U.S. ', 'Dr. ', '1.5 ', '... ', '?! ', '.) ', '." ', 'word', 'OK.',
      // The few characters above U+007F it reads itself: curly quotes, dashes, the no-break space.
      '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u00a0', 'it\u2019s ', '.\u201d ', '\u2014 '];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const length = 1 + Math.floor(random() * random() * 60);
      for (let j = 0; j < length; j++) s += atoms[Math.floor(random() * atoms.length)];
      assert.deepStrictEqual(asciiSentenceBreaks(s), reference(s), JSON.stringify(s));
    }
  });
});
