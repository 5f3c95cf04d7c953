import * as assert from 'assert';
import fc from 'fast-check';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import type { DocumentAnalysis } from '../../server/src/engine/types';

// Incremental updates must give exactly what a fresh analysis of the same text gives, whatever
// the edit does to the block structure (opening fences, joining paragraphs, indenting lines
// into lists, adding reference definitions or disable comments...).
const db = loadBuiltinDatabase();
const fresh = createEngine(db);

const BASE = [
  '---',
  'title: Draft',
  '---',
  '',
  '# Magnesium and bones',
  '',
  'Magnesium deficiency causes hypoparathyroidism. About 10% of the body\'s magnesium is',
  'stored in bone.[^a] Calcitonin lowers blood calcium.',
  '',
  '- Low magnesium raises PTH levels.',
  '- Vitamin D supplements deplete magnesium.',
  '',
  '  Magnesium is needed to convert vitamin D into its active form.',
  '',
  '> The kidneys turn calcidiol into calcitriol.',
  '',
  '```',
  'Magnesium deficiency causes hypoparathyroidism.',
  '```',
  '',
  '| Nutrient | Note |',
  '| --- | --- |',
  '| Magnesium | Magnesium improves sleep quality. |',
  '',
  '<!-- factlens-disable-next-line -->',
  'Magnesium deficiency causes hypoparathyroidism.',
  '',
  '    Calcitonin lowers blood calcium.',
  '',
  'Setext heading about PTH',
  '------------------------',
  '',
  '## Calcitriol',
  '',
  'It helps the gut absorb more of the calcium you eat.',
  '',
  '1. Parathyroid hormone raises blood calcium.',
  '2. See [the review][r] on [calcium](https://example.org).',
  '',
  '[r]: https://example.org/review',
  '',
  '[^a]: Magnesium is stored in bone. https://example.org/a',
  '',
].join('\n');

const SNIPPETS = [
  'x', ' ', '\n', '\n\n', '```\n', '- ', '> ', '    ', '# ', '---\n', '===', '|', '[^a]', '[r]: /u\n', '<!-- factlens-disable -->\n',
  '<!-- factlens-enable -->', '<div>\n', '</div>\n\n', 'Magnesium deficiency causes hypoparathyroidism. ', '*', '**', '\\', '1. ',
  'Low magnesium raises PTH levels.\n', '\r\n', '[^b]: note\n', '<!--', '-->', '`', 'Calcitonin', '## Calcidiol\n\n', 'It raises blood calcium. ',
];

type Edit = { at: number; remove: number; insert: string };
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')),
}) as unknown as fc.Arbitrary<Edit>;

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

const plain = (a: DocumentAnalysis) => JSON.parse(JSON.stringify(a));

describe('incremental analysis (engine.openDocument)', () => {
  it('starts with the same analysis as analyze()', () => {
    const engine = createEngine(db);
    const session = engine.openDocument(BASE);
    assert.deepStrictEqual(plain(session.analysis), plain(fresh.analyze(BASE)));
    assert.ok(session.analysis.claims.length >= 8);
  });

  // Without link reference definitions most edits take the incremental path (with them, edits
  // near a definition re-parse the whole document).
  const NO_REFERENCES = BASE.replace('[r]: https://example.org/review', 'Calcitonin lowers blood calcium.').replace('[the review][r]', 'the review');
  const engine = createEngine(db);
  for (const [name, base] of [['with reference definitions', BASE], ['without reference definitions', NO_REFERENCES]] as const) {
    it(`equals a fresh analysis after every edit of random edit sequences (${name})`, () => {
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
          const session = engine.openDocument(base);
          let text = base;
          for (const e of edits) {
            text = apply(text, e);
            assert.deepStrictEqual(plain(session.update(text)), plain(fresh.analyze(text)), `after edits ${JSON.stringify(edits)}`);
            // The session's line index (kept up to date edit by edit) indexes the text as a new one would.
            const lines = session.lines;
            assert.ok(lines && lines.text === text);
            const expected = new LineIndex(text);
            assert.equal(lines.lineCount, expected.lineCount);
            for (let l = 0; l < expected.lineCount; l++) assert.deepStrictEqual([lines.lineStart(l), lines.lineContentEnd(l)], [expected.lineStart(l), expected.lineContentEnd(l)]);
          }
        }),
        { numRuns: 100, seed: 20261121 },
      );
    });
  }

  it('keeps the analysis right when typing a sentence one character at a time', () => {
    const engine = createEngine(db);
    const session = engine.openDocument(BASE);
    const sentence = ' Magnesium lowers PTH.';
    const at = BASE.indexOf('Calcitonin lowers blood calcium.') + 'Calcitonin lowers blood calcium.'.length;
    let text = BASE;
    for (let k = 1; k <= sentence.length; k++) {
      text = BASE.slice(0, at) + sentence.slice(0, k) + BASE.slice(at);
      assert.deepStrictEqual(plain(session.update(text)), plain(fresh.analyze(text)));
    }
    assert.ok(session.analysis.claims.some((c) => c.text === 'Magnesium lowers PTH.'));
  });

  it('re-reads the paragraph under a heading when the heading it refers back to is edited', () => {
    const engine = createEngine(db);
    const before = 'Intro.\n\n## Calcitriol\n\nIt helps the gut absorb more of the calcium you eat.\n\nMore below.\n\nThe end.\n';
    const session = engine.openDocument(before);
    assert.deepStrictEqual(session.analysis.claims.map((c) => [c.verdict, c.claimId]), [['supported', 'calcitriol-increases-intestinal-calcium-absorption']]);
    // Only the heading's line changes: the paragraph's block is otherwise reused as it was.
    for (const heading of ['Calcitonin', 'Notes', 'Calcitriol']) {
      const text = before.replace('Calcitriol', heading);
      assert.deepStrictEqual(plain(session.update(text)), plain(fresh.analyze(text)), heading);
    }
    assert.notDeepStrictEqual(plain(fresh.analyze(before.replace('Calcitriol', 'Notes'))), plain(fresh.analyze(before)));
  });

  it('re-parses the whole document when typing makes or breaks a reference definition next to lines starting with links', () => {
    const base = [
      'Magnesium lowers PTH, says [the review][rv].',
      '',
      '- [Calcium](https://example.org/ca) is stored in bone.',
      '[Vitamin D](https://example.org/d) raises calcium absorption.',
      '',
      '',
      'Calcitonin lowers blood calcium.',
      '',
    ].join('\n');
    const at = base.indexOf('\n\n\nCalcitonin') + 2;
    for (const typed of ['[rv]: https://example.org/review\n', '[r\\]v\n: x\n', '[rv\nx]: /u\n']) {
      const engine = createEngine(db);
      const session = engine.openDocument(base);
      let text = base;
      for (let k = 1; k <= typed.length; k++) {
        text = base.slice(0, at) + typed.slice(0, k) + base.slice(at);
        assert.deepStrictEqual(plain(session.update(text)), plain(fresh.analyze(text)), JSON.stringify(text));
      }
      // ... and deleting it again from its end, one character at a time.
      for (let k = typed.length - 1; k >= 0; k--) {
        text = base.slice(0, at) + typed.slice(0, k) + base.slice(at);
        assert.deepStrictEqual(plain(session.update(text)), plain(fresh.analyze(text)), JSON.stringify(text));
      }
    }
  });

  it('keeps disable comments right while they are typed, changed and deleted between blocks', () => {
    const paragraphs = ['Magnesium deficiency causes hypoparathyroidism.', 'Calcitonin lowers blood calcium.', 'Low magnesium raises PTH levels.', 'Vitamin D supplements deplete magnesium.'];
    const base = [...paragraphs, ...paragraphs, ...paragraphs].join('\n\n') + '\n';
    const blockStart = (n: number) => base.split('\n\n').slice(0, n).join('\n\n').length + 2;
    for (const typed of ['<!-- factlens-disable -->\n\n', '<!-- factlens-disable low-magnesium-raises-pth -->\n\n', '<!-- factlens-disable-next-line -->\n', '<!-- factlens-enable -->\n\n']) {
      for (const at of [blockStart(2), blockStart(7)]) {
        // A disable comment already further on, so that typing one makes or breaks a pair.
        const start = typed.includes('enable -->') ? base.slice(0, blockStart(1)) + '<!-- factlens-disable -->\n\n' + base.slice(blockStart(1)) : base;
        const where = typed.includes('enable -->') ? at + '<!-- factlens-disable -->\n\n'.length : at;
        const session = createEngine(db).openDocument(start);
        let text = start;
        const check = () => assert.deepStrictEqual(plain(session.update(text)), plain(fresh.analyze(text)), JSON.stringify(text.slice(0, where + typed.length + 20)));
        for (let k = 1; k <= typed.length; k++) {
          text = start.slice(0, where) + typed.slice(0, k) + start.slice(where);
          check();
        }
        // A blank line typed after it and deleted again (a disable-next-line then silences nothing).
        const full = text;
        text = start.slice(0, where) + typed.slice(0, -1) + ' \n' + typed.slice(-1) + start.slice(where);
        check();
        text = full;
        check();
        // Turned into its opposite in place, then deleted from its start.
        const flipped = typed.includes('enable -->') && !typed.includes('disable') ? typed.replace('enable', 'disable') : typed.replace('disable', 'enable');
        text = start.slice(0, where) + flipped + start.slice(where);
        check();
        for (let k = 1; k <= flipped.length; k++) {
          text = start.slice(0, where) + flipped.slice(k) + start.slice(where);
          check();
        }
      }
    }
  });

  it('reports a skipped document and recovers when it becomes checkable again', () => {
    const engine = createEngine(db);
    const session = engine.openDocument(BASE, { maxSize: BASE.length + 10 });
    assert.ok(session.update(BASE + 'x'.repeat(20)).skipped);
    assert.deepStrictEqual(plain(session.update(BASE)), plain(fresh.analyze(BASE)));
  });
});
