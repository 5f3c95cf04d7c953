import * as assert from 'assert';
import { unlabelledMentions, mentionsTrackedEntity } from '../../eval/coverage';
import { locateLabel, visibleBlocks } from '../../eval/visibleText';

const doc = [
  '---',
  'title: Magnesium and bones',
  '---',
  '',
  '# Why *magnesium* matters',
  '',
  'Magnesium helps [absorb calcium](https://example.org/vitamin-d) well.[^1]',
  '',
  '> PTH raises',
  '> blood calcium.',
  '',
  '| Nutrient | Note |',
  '|---|---|',
  '| Calcium | Calcium is one of many nutrients. |',
  '',
  '```',
  'magnesium cures everything',
  '```',
  '',
  'Use `vitamin_d` in the sheet &amp; more.',
  '',
  '[^1]: A source on magnesium, 2017.',
  '',
].join('\n');

describe('eval visible text', () => {
  const blocks = visibleBlocks(doc);

  it('keeps prose, drops front matter, code fences, link targets and footnote marks', () => {
    assert.deepStrictEqual(
      blocks.map((b) => [b.kind, b.text]),
      [
        ['heading', 'Why magnesium matters'],
        ['paragraph', 'Magnesium helps absorb calcium well.'],
        ['blockquote', 'PTH raises\nblood calcium.'],
        ['table-cell', 'Nutrient'],
        ['table-cell', 'Note'],
        ['table-cell', 'Calcium'],
        ['table-cell', 'Calcium is one of many nutrients.'],
        ['paragraph', 'Use vitamin_d in the sheet & more.'],
        ['footnote', ' A source on magnesium, 2017.'],
      ],
    );
  });

  it('gives a body row\'s later cells their row\'s first cell; header cells get none', () => {
    assert.deepStrictEqual(
      blocks.filter((b) => b.kind === 'table-cell').map((b) => b.rowSubject ?? null),
      [null, null, null, 'Calcium'],
    );
  });

  it('maps every visible character back to its document offset', () => {
    for (const b of blocks) {
      for (let i = 0; i < b.text.length; i++) {
        if (b.text[i] === '\n' || b.text[i] === '&') continue;
        assert.strictEqual(doc[b.offsets[i]], b.text[i], `${b.kind} "${b.text}" at ${i}`);
      }
    }
  });

  it('locates a label across markup and line breaks, and gives its document range', () => {
    const where = locateLabel(blocks, 'Magnesium helps absorb calcium well');
    assert.ok(where.found);
    assert.strictEqual(doc.slice(where.range.start, where.range.end), 'Magnesium helps [absorb calcium](https://example.org/vitamin-d) well');
    const quote = locateLabel(blocks, 'PTH raises blood calcium');
    assert.ok(quote.found);
    assert.strictEqual(doc.slice(quote.range.start, quote.range.end), 'PTH raises\n> blood calcium');
  });

  it('does not find text that is only in code, front matter or a link target', () => {
    for (const t of ['magnesium cures everything', 'Magnesium and bones', 'vitamin-d']) {
      assert.deepStrictEqual(locateLabel(blocks, t), { found: false, occurrences: 0 }, t);
    }
  });

  it('recognises tracked entities, but not the unit mg', () => {
    for (const t of ['low 25(OH)D', 'Mg levels', 'hypoparathyroidism', 'vitamin D3', 'calcitonin', 'cholecalciferol']) {
      assert.ok(mentionsTrackedEntity(t), t);
    }
    for (const t of ['take 600 mg daily', 'osteoblasts build bone']) assert.ok(!mentionsTrackedEntity(t), t);
  });

  it('points at tracked sentences no label covers, skipping one- and two-word names', () => {
    const found = unlabelledMentions(blocks, []).map((s) => s.text);
    assert.deepStrictEqual(found, [
      'Why magnesium matters',
      'Magnesium helps absorb calcium well.',
      'PTH raises\nblood calcium.',
      'Calcium is one of many nutrients.',
      // `vitamin_d` is an identifier in inline code, not the words "vitamin D": no label needed.
      'A source on magnesium, 2017.',
    ]);
    const labelled = locateLabel(blocks, 'PTH raises blood calcium');
    assert.ok(labelled.found);
    assert.ok(!unlabelledMentions(blocks, [labelled.range]).some((s) => s.text.startsWith('PTH')));
  });
});
