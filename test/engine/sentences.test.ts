import * as assert from 'assert';
import { extractProse } from '../../server/src/engine/markdown/extractProse';
import { splitSentences } from '../../server/src/engine/text/sentences';
import type { ProseSegment } from '../../server/src/engine/types';
import { splitLeadingLabel, glossaryAsSentence } from '../../server/src/engine/text/leadingLabel';

/** A segment whose text is exactly the document (identity offsets). */
function plainSegment(text: string): ProseSegment {
  const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
  return { kind: 'paragraph', text, offsets, blockRange: { start: 0, end: text.length }, line: 0, citations: [] };
}

function sentencesOf(text: string): string[] {
  return splitSentences(plainSegment(text)).map((s) => s.text);
}

describe('splitSentences', () => {
  it('splits ordinary sentences and trims them', () => {
    assert.deepStrictEqual(sentencesOf('  Magnesium is a mineral. Vitamin D is a hormone!  Is PTH high? Yes.  '), [
      'Magnesium is a mineral.',
      'Vitamin D is a hormone!',
      'Is PTH high?',
      'Yes.',
    ]);
  });

  it('keeps wiki-style citation markers with the sentence they follow', () => {
    assert.deepStrictEqual(sentencesOf('Magnesium activates vitamin D.[1][2] PTH raises calcium.[citation needed] Calcitonin lowers it.[3]'), [
      'Magnesium activates vitamin D.[1][2]',
      'PTH raises calcium.[citation needed]',
      'Calcitonin lowers it.[3]',
    ]);
    assert.deepStrictEqual(sentencesOf('Magnesium activates vitamin D. [4] PTH raises calcium. [@dean2017] Calcitonin lowers it.'), [
      'Magnesium activates vitamin D. [4]',
      'PTH raises calcium. [@dean2017]',
      'Calcitonin lowers it.',
    ]);
    // A bracket that opens a sentence of its own stays with it.
    assert.deepStrictEqual(sentencesOf('Magnesium activates vitamin D. [Editor: check this.] PTH raises calcium.'), [
      'Magnesium activates vitamin D.',
      '[Editor: check this.]',
      'PTH raises calcium.',
    ]);
  });

  it('does not split after titles and common abbreviations', () => {
    assert.deepStrictEqual(sentencesOf('Dr. Smith and Prof. Jones met Mr. Brown and Mrs. Green at St. Mary. They agreed.'), [
      'Dr. Smith and Prof. Jones met Mr. Brown and Mrs. Green at St. Mary.',
      'They agreed.',
    ]);
    assert.deepStrictEqual(sentencesOf('Some forms, e.g. Magnesium citrate, i.e. Mg citrate, work. Others fail.'), [
      'Some forms, e.g. Magnesium citrate, i.e. Mg citrate, work.',
      'Others fail.',
    ]);
    assert.deepStrictEqual(sentencesOf('Vitamin D vs. Placebo was tested in approx. 300 adults (Fig. 2, No. 5). Done.'), [
      'Vitamin D vs. Placebo was tested in approx. 300 adults (Fig. 2, No. 5).',
      'Done.',
    ]);
    // "No." abbreviates "number" only before a figure; as an answer it is a sentence of its own.
    assert.deepStrictEqual(sentencesOf('Is PTH made by the thyroid? No. PTH is made by the parathyroid glands. The answer is no. Ask again.'), [
      'Is PTH made by the thyroid?',
      'No.',
      'PTH is made by the parathyroid glands.',
      'The answer is no.',
      'Ask again.',
    ]);
    assert.deepStrictEqual(sentencesOf('Smith et al. Reported it first. Take 400 mg. Daily dosing is common.'), [
      'Smith et al. Reported it first.',
      'Take 400 mg. Daily dosing is common.',
    ]);
  });

  it('keeps dotted initialisms (U.S., U.K.) inside the sentence', () => {
    assert.deepStrictEqual(sentencesOf('The U.S. Food and Drug Administration and the U.K. NHS agree. Next.'), [
      'The U.S. Food and Drug Administration and the U.K. NHS agree.',
      'Next.',
    ]);
  });

  it('treats "etc." as final only before a capitalized word', () => {
    assert.deepStrictEqual(sentencesOf('Calcium, magnesium, etc. are minerals. Zinc, iron, etc. Vitamin D is not.'), [
      'Calcium, magnesium, etc. are minerals.',
      'Zinc, iron, etc.',
      'Vitamin D is not.',
    ]);
  });

  it('keeps decimals, ranges, p-values and vitamin D notations intact', () => {
    assert.deepStrictEqual(
      sentencesOf(
        'HbA1c fell from 8.2 to 2.8% (P < 0.0001). Serum 1,25(OH)2 D3 rose while 25(OH)D stayed at 30.5 ng/mL. Done.',
      ),
      [
        'HbA1c fell from 8.2 to 2.8% (P < 0.0001).',
        'Serum 1,25(OH)2 D3 rose while 25(OH)D stayed at 30.5 ng/mL.',
        'Done.',
      ],
    );
    assert.deepStrictEqual(sentencesOf('The dose was 8. 2 mg was not enough.'), ['The dose was 8. 2 mg was not enough.']);
  });

  it('returns a list item without a full stop as one sentence', () => {
    assert.deepStrictEqual(sentencesOf('Magnesium supports muscle function'), ['Magnesium supports muscle function']);
    assert.deepStrictEqual(sentencesOf('400 mg/day'), ['400 mg/day']);
  });

  it('attaches a fragment without words to the preceding sentence', () => {
    assert.deepStrictEqual(sentencesOf('Magnesium helps. (!) Calcium too.'), ['Magnesium helps. (!)', 'Calcium too.']);
    assert.deepStrictEqual(sentencesOf('Yes. "?" Next.'), ['Yes. "?"', 'Next.']);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepStrictEqual(splitSentences(plainSegment('')), []);
    assert.deepStrictEqual(splitSentences(plainSegment('   ')), []);
  });

  it('gives exact, trimmed source ranges and segment indices', () => {
    const text = '  First one.   Second one.  ';
    const sentences = splitSentences(plainSegment(text));
    for (const s of sentences) {
      assert.strictEqual(text.slice(s.range.start, s.range.end), s.text);
      assert.strictEqual(text.slice(s.segmentStart, s.segmentStart + s.text.length), s.text);
    }
    assert.deepStrictEqual(
      sentences.map((s) => s.range),
      [
        { start: 2, end: 12 },
        { start: 15, end: 26 },
      ],
    );
  });

  it('does not split a hard-wrapped paragraph at its line breaks', () => {
    const doc = 'Magnesium is needed\r\nfor vitamin D\r\nactivation. Calcitonin lowers\ncalcium.\n';
    const [segment] = extractProse(doc).segments;
    const sentences = splitSentences(segment);
    assert.deepStrictEqual(
      sentences.map((s) => s.text),
      ['Magnesium is needed\nfor vitamin D\nactivation.', 'Calcitonin lowers\ncalcium.'],
    );
    assert.deepStrictEqual(
      sentences.map((s) => doc.slice(s.range.start, s.range.end)),
      ['Magnesium is needed\r\nfor vitamin D\r\nactivation.', 'Calcitonin lowers\ncalcium.'],
    );
  });

  it('ends a sentence at a line that ends with a full stop even if the next line starts in lower case', () => {
    const doc = 'Magnesium ALWAYS prevents it, no exceptions.\ncalcitonin helps put calcium back into bone, e.g.\nthe hip.\nlower case start';
    const [segment] = extractProse(doc).segments;
    assert.deepStrictEqual(
      splitSentences(segment).map((s) => s.text),
      ['Magnesium ALWAYS prevents it, no exceptions.', 'calcitonin helps put calcium back into bone, e.g.\nthe hip.', 'lower case start'],
    );
    // Notes and threads start sentences in lower case on the same line too; abbreviations still join.
    assert.deepStrictEqual(sentencesOf('It works. then it fails'), ['It works.', 'then it fails']);
    assert.deepStrictEqual(sentencesOf('Take it with food, e.g. the evening meal.'), ['Take it with food, e.g. the evening meal.']);
    assert.deepStrictEqual(sentencesOf('Calcium, iron, zinc etc. and magnesium.'), ['Calcium, iron, zinc etc. and magnesium.']);
  });

  it('keeps markup out of the range ends and maps through removed markup', () => {
    const doc = '**Magnesium lowers blood pressure.** It is cheap [^1]. See [the review](https://x.org/mg "t").';
    const [segment] = extractProse(doc).segments;
    const sentences = splitSentences(segment);
    assert.deepStrictEqual(
      sentences.map((s) => doc.slice(s.range.start, s.range.end)),
      ['Magnesium lowers blood pressure.', 'It is cheap [^1].', 'See [the review](https://x.org/mg "t").'],
    );
    assert.deepStrictEqual(
      sentences.map((s) => s.text),
      ['Magnesium lowers blood pressure.', 'It is cheap .', 'See the review.'],
    );
  });

  it('ends a sentence that finishes with an entity after the whole entity', () => {
    const doc = 'Calcium &amp; magnesium &amp;';
    const [segment] = extractProse(doc).segments;
    const [sentence] = splitSentences(segment);
    assert.strictEqual(sentence.text, 'Calcium & magnesium &');
    assert.strictEqual(doc.slice(sentence.range.start, sentence.range.end), doc);
  });

  it('never splits a surrogate pair', () => {
    const text = 'Sunlight 😀 helps. 🌞 Vitamin D too.';
    const sentences = splitSentences(plainSegment(text));
    assert.deepStrictEqual(sentences.map((s) => s.text), ['Sunlight 😀 helps.', '🌞 Vitamin D too.']);
    for (const s of sentences) assert.strictEqual(text.slice(s.range.start, s.range.end), s.text);
  });
});

describe('engine: leading labels and glossary lines', () => {
  it('splits a short label at a colon, dash or equals sign', () => {
    assert.deepStrictEqual(splitLeadingLabel('Summary: Magnesium is essential.'), { label: 'Summary', body: 'Magnesium is essential.' });
    assert.deepStrictEqual(splitLeadingLabel('PTH — raises blood calcium'), { label: 'PTH', body: 'raises blood calcium' });
    assert.deepStrictEqual(splitLeadingLabel('Calcidiol = storage form'), { label: 'Calcidiol', body: 'storage form' });
  });
  it('leaves sentences, long lead-ins and ranges alone', () => {
    assert.strictEqual(splitLeadingLabel('Magnesium is essential. Note: it helps.'), null);
    assert.strictEqual(splitLeadingLabel('Serum calcium normally runs 8.5 - 10.5 mg/dL'), null);
    assert.strictEqual(splitLeadingLabel('This is a very long lead-in that goes on and on: Magnesium helps.'), null);
  });
  it('reads a glossary line as the sentence it stands for', () => {
    assert.strictEqual(glossaryAsSentence('Calcitriol', 'The active form of vitamin D.'), 'Calcitriol is the active form of vitamin D.');
    assert.strictEqual(glossaryAsSentence('PTH', 'Raises blood calcium'), 'PTH raises blood calcium');
    assert.strictEqual(glossaryAsSentence('Magnesium', 'It is needed for bones'), null);
  });
});
