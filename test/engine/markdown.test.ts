import * as assert from 'assert';
import * as fc from 'fast-check';
import { extractProse } from '../../server/src/engine/markdown/extractProse';
import { splitSentences } from '../../server/src/engine/text/sentences';
import type { MarkdownProse, ProseSegment } from '../../server/src/engine/types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isSpace = (ch: string) => ch !== undefined && ch.trim() === '';

/**
 * The invariants every segment must satisfy: offsets are in range and non-decreasing, each prose
 * character is the document character at its offset (entities and line breaks excepted), and a
 * surrogate pair is never split.
 */
function assertSegmentMapsToSource(doc: string, seg: ProseSegment): void {
  const { text, offsets } = seg;
  // Messages are built only on failure: these loops run over megabytes in the hostile cases.
  const fail = (message: string) => assert.fail(`${message} in segment ${JSON.stringify(text.slice(0, 200))}`);
  if (offsets.length !== text.length + 1) fail('need one offset per character plus the end');
  for (let i = 0; i <= text.length; i++) {
    const o = offsets[i];
    if (!(Number.isInteger(o) && o >= 0 && o <= doc.length)) fail(`offset ${o} out of range`);
    if (i > 0 && o < offsets[i - 1]) fail(`offsets decrease at ${i}`);
  }
  for (let i = 0; i < text.length; i++) {
    const o = offsets[i];
    const t = text[i];
    const d = doc[o];
    const ok = t === d || (isSpace(t) && isSpace(d)) || d === '&' || (d === '\0' && t === '\uFFFD');
    if (!ok) fail(`text[${i}]=${JSON.stringify(t)} but doc[${o}]=${JSON.stringify(d)}`);
    if (o > 0 && isLow(doc.charCodeAt(o)) && isHigh(doc.charCodeAt(o - 1)) && t === d) {
      if (!(i > 0 && offsets[i - 1] === o - 1 && text[i - 1] === doc[o - 1])) fail(`surrogate pair split at ${o}`);
    }
    if (isHigh(text.charCodeAt(i)) && t === d && isLow(doc.charCodeAt(o + 1)) && text[i + 1] !== doc[o + 1]) {
      fail(`surrogate pair split after ${o}`);
    }
  }
  if (text.length > 0 && !(offsets[text.length] > offsets[text.length - 1])) fail('end must lie after the last character');
  const block = seg.blockRange;
  if (!(block.start >= 0 && block.end <= doc.length && block.start <= block.end)) fail('block range out of the document');
  if (seg.text.trim() !== seg.text || seg.text.length === 0) fail('segments must be trimmed and non-empty');
}

function extract(doc: string): MarkdownProse {
  const prose = extractProse(doc);
  for (const seg of prose.segments) assertSegmentMapsToSource(doc, seg);
  return prose;
}

function texts(doc: string): string[] {
  return extract(doc).segments.map((s) => s.text);
}

function kindsAndTexts(doc: string): Array<[string, string]> {
  return extract(doc).segments.map((s) => [s.kind, s.text]);
}

/** The source text a segment covers, from its first to its last prose character. */
function sourceOf(doc: string, seg: ProseSegment): string {
  return doc.slice(seg.offsets[0], seg.offsets[seg.text.length]);
}

describe('extractProse', () => {
  describe('blocks', () => {
    it('reads paragraphs and headings with exact offsets and lines', () => {
      const doc = '# Vitamin D\n\nMagnesium is a mineral.\n\nSetext title\n============\n\n## Closed heading ##\n';
      const prose = extract(doc);
      assert.deepStrictEqual(
        prose.segments.map((s) => [s.kind, s.text, s.line]),
        [
          ['heading', 'Vitamin D', 0],
          ['paragraph', 'Magnesium is a mineral.', 2],
          ['heading', 'Setext title', 4],
          ['heading', 'Closed heading', 7],
        ],
      );
      const para = prose.segments[1];
      assert.strictEqual(para.offsets[0], doc.indexOf('Magnesium'));
      assert.deepStrictEqual(para.blockRange, { start: 13, end: 13 + 'Magnesium is a mineral.'.length });
      assert.deepStrictEqual(prose.segments[0].blockRange, { start: 0, end: 11 }, 'heading block includes its #');
    });

    it('joins hard-wrapped lines, mapping each break to its line terminator (CRLF)', () => {
      const doc = 'Magnesium   \r\nis needed\\\r\n  for vitamin D\r\n\r\nNext.\r\n';
      const [first, second] = extract(doc).segments;
      assert.strictEqual(first.text, 'Magnesium\nis needed\nfor vitamin D');
      assert.strictEqual(first.offsets[9], doc.indexOf('\r'), 'trailing spaces dropped, break at the \\r');
      assert.strictEqual(first.offsets[19], doc.indexOf('\r\n  for'), 'backslash hard break keeps the break only');
      assert.strictEqual(sourceOf(doc, first), 'Magnesium   \r\nis needed\\\r\n  for vitamin D');
      assert.strictEqual(second.text, 'Next.');
      assert.strictEqual(second.line, 4);
      assert.strictEqual(doc.slice(second.offsets[0], second.offsets[5]), 'Next.');
    });

    it('handles a CRLF document end to end', () => {
      const lf = [
        '---',
        'title: x',
        '---',
        '# Magnesium *facts*',
        '',
        '> Quoted **claim** about',
        '> calcium.',
        '',
        '- First item with [a link](https://x.org/magnesium)',
        '- Second item',
        '',
        '| Form | Use |',
        '|------|-----|',
        '| D3 | `code` bones |',
        '',
        '```',
        'code',
        '```',
        'Last paragraph &amp; end.',
      ].join('\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      const a = extract(lf);
      const b = extract(crlf);
      assert.deepStrictEqual(
        b.segments.map((s) => [s.kind, s.text.replace(/\n/g, ' '), s.line]),
        a.segments.map((s) => [s.kind, s.text.replace(/\n/g, ' '), s.line]),
      );
      const visible = (s: string) => s.replace(/[*`]|\[|\]\([^)]*\)|&amp;/g, (m) => (m === '&amp;' ? '&' : '')).replace(/\r?\n(> )?/g, '\n');
      for (const seg of b.segments) assert.strictEqual(visible(sourceOf(crlf, seg)), seg.text, `segment ${seg.text}`);
      assert.deepStrictEqual(
        b.segments.map((s) => s.text),
        ['Magnesium facts', 'Quoted claim about\ncalcium.', 'First item with a link', 'Second item', 'Form', 'Use', 'D3', 'bones', 'Last paragraph & end.'],
      );
    });

    it('strips blockquote markers, nested too, and keeps lazy continuation lines', () => {
      const doc = '> Outer quote\n> > Inner quote that\n> > wraps\nlazy line\n';
      assert.deepStrictEqual(kindsAndTexts(doc), [
        ['blockquote', 'Outer quote'],
        ['blockquote', 'Inner quote that\nwraps\nlazy line'],
      ]);
    });

    it('reads list items, and a blockquote nested in a list item', () => {
      const doc = '- Magnesium\n- Vitamin D\n  > Quoted inside\n  > the item.\n\n1. Ordered *one*\n2) Ordered two\n';
      const prose = extract(doc);
      assert.deepStrictEqual(
        prose.segments.map((s) => [s.kind, s.text]),
        [
          ['list-item', 'Magnesium'],
          ['list-item', 'Vitamin D'],
          ['blockquote', 'Quoted inside\nthe item.'],
          ['list-item', 'Ordered one'],
          ['list-item', 'Ordered two'],
        ],
      );
      assert.strictEqual(sourceOf(doc, prose.segments[2]), 'Quoted inside\n  > the item.');
    });

    it('drops GFM task list check boxes', () => {
      const doc = '- [ ] Check magnesium dose\n- [x] Done\n- [link](u) item\n- [X]\n';
      assert.deepStrictEqual(texts(doc), ['Check magnesium dose', 'Done', 'link item']);
    });

    it('reads tables cell by cell, with escaped pipes and code spans', () => {
      const doc = [
        '| Nutrient | Effect \\| note |',
        '|:---|---:|',
        '| Vitamin D3 | raises `a|b` calcium |',
        '| Magnesium | `x\\|y` cofactor | extra cell |',
        '| only one |',
      ].join('\n');
      const prose = extract(doc);
      assert.deepStrictEqual(
        prose.segments.map((s) => [s.kind, s.text, s.line]),
        [
          ['table-cell', 'Nutrient', 0],
          ['table-cell', 'Effect | note', 0],
          ['table-cell', 'Vitamin D3', 2],
          ['table-cell', 'raises `a', 2],
          ['table-cell', 'Magnesium', 3],
          ['table-cell', 'cofactor', 3],
          ['table-cell', 'only one', 4],
        ],
      );
      // Each body cell after the first knows its row's first cell: the subject in a reference table.
      // Header cells name columns, so none is the subject of another.
      assert.deepStrictEqual(prose.segments.map((s) => s.rowHeader ?? null), [null, null, null, 'Vitamin D3', null, 'Magnesium', null]);
      const cell = prose.segments[1];
      assert.strictEqual(doc.slice(cell.blockRange.start, cell.blockRange.end), 'Effect \\| note');
      assert.strictEqual(cell.offsets[7], doc.indexOf('|', doc.indexOf('\\|')), 'escaped pipe maps to the pipe');
    });

    it('reads a table inside a blockquote', () => {
      const doc = '> | A | B |\n> |---|---|\n> | calcium | PTH |\n';
      assert.deepStrictEqual(texts(doc), ['A', 'B', 'calcium', 'PTH']);
    });

    it('skips fenced, unclosed fenced and indented code', () => {
      const doc = [
        'Before.',
        '',
        '```python',
        'magnesium = 1',
        '```',
        '',
        '~~~',
        'tilde magnesium',
        '~~~',
        '',
        '    indented magnesium code',
        '',
        'Middle.',
        '',
        '```',
        'never closed magnesium',
        '',
        'still code',
      ].join('\n');
      assert.deepStrictEqual(texts(doc), ['Before.', 'Middle.']);
    });

    it('skips HTML blocks and inline HTML, keeping the text between tags', () => {
      const doc = '<div class="x">\nmagnesium inside html\n</div>\n\nText <span title="magnesium">kept</span> and <br/> <em>more</em>.\n';
      assert.deepStrictEqual(texts(doc), ['Text kept and  more.']);
    });

    it('skips link reference definitions and thematic breaks', () => {
      const doc = 'See [the review][mg] and [Mg2][].\n\n[mg]: https://example.org/magnesium "Magnesium title"\n[MG]: https://ignored.org/second-definition\n[mg2]: <https://example.org/magnesium2>\n\n---\n\nEnd.';
      const prose = extract(doc);
      assert.deepStrictEqual(prose.segments.map((s) => s.text), ['See the review and Mg2.', 'End.']);
      assert.deepStrictEqual(
        prose.segments[0].citations.map((c) => [c.kind, c.key, doc.slice(c.range.start, c.range.end)]),
        [
          ['link', 'https://example.org/magnesium', '[the review][mg]'],
          ['link', 'https://example.org/magnesium2', '[Mg2][]'],
        ],
      );
    });

    it('reads a document starting with a byte-order mark', () => {
      assert.deepStrictEqual(kindsAndTexts('\uFEFF# Title\n\nBody.'), [
        ['heading', 'Title'],
        ['paragraph', 'Body.'],
      ]);
    });
  });

  describe('front matter', () => {
    it('skips YAML front matter and reads bibliography and references', () => {
      const doc = '---\ntitle: "Magnesium"\nbibliography: refs.bib\nreferences:\n  - id: a\n---\n\nBody text.\n';
      const prose = extract(doc);
      assert.deepStrictEqual(prose.segments.map((s) => [s.text, s.line]), [['Body text.', 7]]);
      assert.deepStrictEqual(prose.frontMatter, { range: { start: 0, end: doc.indexOf('\n\nBody') }, bibliography: ['refs.bib'], hasReferences: true });
    });

    it('reads a bibliography list, and no references key', () => {
      const prose = extract('---\r\nbibliography:\r\n  - a.bib\r\n  - b.json\r\n...\r\nText.');
      assert.deepStrictEqual(prose.frontMatter?.bibliography, ['a.bib', 'b.json']);
      assert.strictEqual(prose.frontMatter?.hasReferences, false);
      assert.deepStrictEqual(prose.segments.map((s) => s.text), ['Text.']);
    });

    it('reads TOML front matter', () => {
      const prose = extract('+++\ntitle = "x"\nbibliography = ["a.bib", "b.bib"]\n+++\nText.');
      assert.deepStrictEqual(prose.frontMatter?.bibliography, ['a.bib', 'b.bib']);
      assert.deepStrictEqual(prose.segments.map((s) => s.text), ['Text.']);
    });

    it('survives invalid YAML and treats an unclosed fence as content', () => {
      const broken = extract('---\nbibliography: [unclosed\n---\nText.');
      assert.strictEqual(broken.frontMatter?.bibliography, undefined);
      assert.deepStrictEqual(broken.segments.map((s) => s.text), ['Text.']);
      const unclosed = extract('---\nnot front matter\n');
      assert.strictEqual(unclosed.frontMatter, undefined);
      assert.deepStrictEqual(unclosed.segments.map((s) => s.text), ['not front matter']);
    });

    it('does not mistake prose between two thematic breaks for front matter', () => {
      const prose = extract('---\nMagnesium is essential for bones.\n---\n\nMore.');
      assert.strictEqual(prose.frontMatter, undefined);
      assert.deepStrictEqual(prose.segments.map((s) => s.text), ['Magnesium is essential for bones.', 'More.']);
      assert.deepStrictEqual(extract('---\n---\nText.').frontMatter?.range, { start: 0, end: 7 }, 'empty front matter');
    });

    it('only recognizes front matter at the very start', () => {
      const prose = extract('Intro.\n\n---\nbibliography: x.bib\n---\n');
      assert.strictEqual(prose.frontMatter, undefined);
    });
  });

  describe('inline markup', () => {
    it('removes emphasis and strikethrough markers but keeps literal asterisks and underscores', () => {
      assert.deepStrictEqual(texts('Take *magnesium* with __food__ and ***care***, ~~not~~ snake_case_name, 2 * 3 = 6, P<0.05*.'), [
        'Take magnesium with food and care, not snake_case_name, 2 * 3 = 6, P<0.05*.',
      ]);
    });

    it('decodes backslash escapes to the escaped character', () => {
      const doc = 'Not \\*emphasis\\* and a \\[bracket\\] and C:\\path';
      const [seg] = extract(doc).segments;
      assert.strictEqual(seg.text, 'Not *emphasis* and a [bracket] and C:\\path');
      assert.strictEqual(seg.offsets[4], 5, 'the * maps to the *, not the backslash');
    });

    it('decodes entities and maps them to the entity start', () => {
      const doc = 'Calcium &amp; magnesium&nbsp;daily &#8212; &#x1F600; &bogus; \0x';
      const [seg] = extract(doc).segments;
      assert.strictEqual(seg.text, 'Calcium & magnesium\u00a0daily \u2014 \u{1F600} &bogus; \uFFFDx');
      assert.strictEqual(seg.offsets[8], doc.indexOf('&amp;'));
      assert.strictEqual(seg.offsets[9], doc.indexOf('&amp;') + 5);
      const emoji = seg.text.indexOf('\u{1F600}');
      assert.strictEqual(seg.offsets[emoji], doc.indexOf('&#x1F600;'));
      assert.strictEqual(seg.offsets[emoji + 1], doc.indexOf('&#x1F600;'), 'both halves of the pair map to the entity');
    });

    it('removes inline code spans, and keeps unmatched backticks as text', () => {
      assert.deepStrictEqual(texts('Use `magnesium()` or ``a ` b`` daily. A lone ` tick.'), ['Use  or  daily. A lone ` tick.']);
    });

    it('keeps link text and drops destinations and titles', () => {
      const doc = 'Read [this *study*](https://example.org/magnesium-study "Magnesium trial") and [that](<https://x.org/a b>) [empty]().';
      const [seg] = extract(doc).segments;
      assert.strictEqual(seg.text, 'Read this study and that empty.');
      assert.ok(!seg.text.includes('magnesium') && !seg.text.includes('Magnesium'));
      assert.deepStrictEqual(
        seg.citations.map((c) => [c.kind, c.key, doc.slice(c.range.start, c.range.end)]),
        [
          ['link', 'https://example.org/magnesium-study', '[this *study*](https://example.org/magnesium-study "Magnesium trial")'],
          ['link', 'https://x.org/a b', '[that](<https://x.org/a b>)'],
          ['link', '', '[empty]()'],
        ],
      );
    });

    it('handles link destinations with parentheses and a link spanning lines', () => {
      const doc = 'See [the\nreview](https://en.wikipedia.org/wiki/Magnesium_(element)) now.';
      const [seg] = extract(doc).segments;
      assert.strictEqual(seg.text, 'See the\nreview now.');
      assert.strictEqual(seg.citations[0].key, 'https://en.wikipedia.org/wiki/Magnesium_(element)');
    });

    it('leaves brackets that are not links as text', () => {
      assert.deepStrictEqual(texts('Levels [normal range] and [undefined ref][nope] and [unclosed.'), [
        'Levels [normal range] and [undefined ref][nope] and [unclosed.',
      ]);
    });

    it('drops images entirely, including alt text', () => {
      assert.deepStrictEqual(texts('Before ![magnesium pills](pills.png "Magnesium") after ![ref image][img].\n\n[img]: x.png'), [
        'Before  after .',
      ]);
    });

    it('drops autolinks and bare URLs and records them as link citations', () => {
      const doc = 'See <https://example.org/magnesium> or <info@example.org> or https://pubmed.gov/123?q=magnesium). Done.';
      const [seg] = extract(doc).segments;
      assert.strictEqual(seg.text, 'See  or  or ). Done.');
      assert.deepStrictEqual(
        seg.citations.map((c) => c.key),
        ['https://example.org/magnesium', 'info@example.org', 'https://pubmed.gov/123?q=magnesium'],
      );
    });

    it('removes HTML comments', () => {
      assert.deepStrictEqual(texts('Magnesium <!-- a comment\nover lines --> helps.'), ['Magnesium  helps.']);
    });

    it('keeps tabs, accents, Greek letters and emoji with exact offsets', () => {
      const doc = '-\tCafé naïve β-carotene Ω 😀 and 🌞\tend\n';
      const [seg] = extract(doc).segments;
      assert.strictEqual(seg.text, 'Café naïve β-carotene Ω 😀 and 🌞\tend');
      assert.strictEqual(seg.offsets[0], 2);
      assert.strictEqual(sourceOf(doc, seg), seg.text);
    });
  });

  describe('citations', () => {
    it('turns footnote references into citations and reads footnote definitions', () => {
      const doc = 'Magnesium helps[^1] and calcium too[^note-2].\n\n[^1]: Smith 2020, a trial.\n[^note-2]: A review that\n    continues here.\n\n    Second paragraph of the note.\n\nAfter.';
      const prose = extract(doc);
      assert.deepStrictEqual(
        prose.segments.map((s) => [s.kind, s.text]),
        [
          ['paragraph', 'Magnesium helps and calcium too.'],
          ['footnote', 'Smith 2020, a trial.'],
          ['footnote', 'A review that\ncontinues here.'],
          ['footnote', 'Second paragraph of the note.'],
          ['paragraph', 'After.'],
        ],
      );
      assert.deepStrictEqual(
        prose.segments[0].citations.map((c) => [c.kind, c.key, doc.slice(c.range.start, c.range.end)]),
        [
          ['footnote', '1', '[^1]'],
          ['footnote', 'note-2', '[^note-2]'],
        ],
      );
      const def1 = prose.footnoteDefinitions.get('1')!;
      assert.strictEqual(doc.slice(def1.start, def1.end), '[^1]: Smith 2020, a trial.');
      const def2 = prose.footnoteDefinitions.get('note-2')!;
      assert.strictEqual(doc.slice(def2.start, def2.end), '[^note-2]: A review that\n    continues here.\n\n    Second paragraph of the note.');
    });

    it('reads Pandoc citations and removes them from the text', () => {
      const doc = 'Vitamin D matters [@holick2007]. PTH rises [see @smith:2020, p. 3; -@doe_j.2019]. Mail [me at a@b.org].';
      const [seg] = extract(doc).segments;
      assert.strictEqual(seg.text, 'Vitamin D matters . PTH rises . Mail [me at a@b.org].');
      assert.deepStrictEqual(
        seg.citations.map((c) => [c.kind, c.key, doc.slice(c.range.start, c.range.end)]),
        [
          ['pandoc', 'holick2007', '[@holick2007]'],
          ['pandoc', 'smith:2020', '[see @smith:2020, p. 3; -@doe_j.2019]'],
          ['pandoc', 'doe_j.2019', '[see @smith:2020, p. 3; -@doe_j.2019]'],
        ],
      );
    });
  });

  describe('disable directives', () => {
    it('reads directives on their own line, inline, and with claim ids', () => {
      const doc = [
        '<!-- factlens-disable -->',
        'Magnesium cures all. <!-- factlens-disable-next-line mg-cure, vd-bones -->',
        '',
        '<!-- factlens-enable -->',
        '',
        '> <!-- factlens-disable-next-line mg-foo bar-baz -->',
        '> Quoted.',
        '',
        '```',
        '<!-- factlens-disable -->',
        '```',
        '<!-- factlens-disabled not a directive -->',
      ].join('\n');
      const prose = extract(doc);
      assert.deepStrictEqual(
        prose.directives.map((d) => [d.kind, d.ids, doc.slice(d.range.start, d.range.end)]),
        [
          ['disable', [], '<!-- factlens-disable -->'],
          ['disable-next-line', ['mg-cure', 'vd-bones'], '<!-- factlens-disable-next-line mg-cure, vd-bones -->'],
          ['enable', [], '<!-- factlens-enable -->'],
          ['disable-next-line', ['mg-foo', 'bar-baz'], '<!-- factlens-disable-next-line mg-foo bar-baz -->'],
        ],
      );
    });
  });

  describe('hostile input', () => {
    const cases: Array<[string, string]> = [
      ['deeply nested quotes', '>'.repeat(10000) + ' deep\n'],
      ['deeply nested lists', Array.from({ length: 3000 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n')],
      ['many unclosed brackets', '['.repeat(20000) + 'text'],
      ['many unclosed comments', '<!-- '.repeat(20000)],
      ['many unclosed tags', '<a href="x '.repeat(20000)],
      ['many backtick runs', Array.from({ length: 3000 }, (_, i) => '`'.repeat((i % 50) + 1) + 'x').join(' ')],
      ['many emphasis markers', '*a _b '.repeat(20000)],
      ['a very long line', 'Magnesium '.repeat(100000)],
      ['unclosed link destination', '[a](' + 'x'.repeat(100000)],
      ['nested parentheses in destination', '[a](' + '('.repeat(50000)],
      ['many footnote definitions nested', '[^a]: '.repeat(5000) + 'x'],
      ['many entities', '&amp;&bogus;&#99999999;'.repeat(10000)],
      ['bare URL with many closing parentheses', 'https://x.org/' + ')'.repeat(50000)],
      ['NUL and lone surrogates', 'a\0b \ud800 c \udc00 d'],
    ];
    for (const [name, doc] of cases) {
      it(`never throws on ${name}`, () => {
        const prose = extract(doc);
        for (const seg of prose.segments) splitSentences(seg);
      });
    }

    it('still reads prose after the nesting limit', () => {
      const doc = '>'.repeat(10000) + ' deep\n\nAfter the quotes.';
      assert.ok(texts(doc).includes('After the quotes.'));
    });
  });

  describe('properties', () => {
    const fragments = [
      '# Heading', 'Magnesium is *good*', '**bold**', '_under_', '~~strike~~', '`code`', '```', '~~~', '    indented',
      '> quote', '> > nested', '- item', '1. item', '  - sub', '| a | b |', '|---|---|', '| `x\\|y` | z |', '[^1]', '[^1]: note',
      '[@key, p. 3]', '[text](http://x.org/magnesium "t")', '![img](x.png)', '<http://auto.link>', '<span>', '</span>',
      '<!-- factlens-disable mg-a -->', '<div>', '&amp;', '&#x1F600;', '&nbsp;', '\\*', '\\', '😀', 'Ωμέγα', 'café', '\t',
      '---', '+++', 'bibliography: a.bib', '[ref]: http://r.org', '[ref]', '*', '_', '[', ']', '(', ')', '<', '>', '&', '\r', '\0',
      'https://bare.org/x', '\ud83d', '\ude00', 'vitamin D3', 'P < 0.0001.', 'Dr. Smith',
    ];
    const separators = ['', ' ', '\n', '\r\n', '\n\n', '\r\n\r\n', '\r', '  \n'];
    const markdownArb = fc
      .array(
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...fragments) },
          { weight: 2, arbitrary: fc.constantFrom(...separators) },
          { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
        ),
        { maxLength: 80 },
      )
      .map((parts) => parts.join(''));
    // Mutations of a realistic document: insert, delete or replace characters at random places.
    const base = [
      '---', 'bibliography: refs.bib', '---', '# Magnesium and *vitamin D*', '',
      'Magnesium is a cofactor[^1] for vitamin D activation [@uwitonze2018, p. 4].', 'It is cheap &amp; safe.', '',
      '> Quoted [link](https://x.org/magnesium) text', '> > nested', '', '- item `code` one', '- item two', '',
      '| a | b |', '|---|---|', '| 25(OH)D | `x\\|y` |', '', '<!-- factlens-disable-next-line mg-a -->', 'Claim.', '',
      '```', 'code', '```', '', '[^1]: Footnote 😀.',
    ].join('\r\n');
    const mutatedArb = fc
      .array(fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 3 }), fc.constantFrom('', '*', '`', '[', ']', '\n', '>', '|', '\\', '<', '&', '😀', '\ud83d')), {
        maxLength: 12,
      })
      .map((edits) => {
        let doc = base;
        for (const [at, remove, insert] of edits) doc = doc.slice(0, at) + insert + doc.slice(at + remove);
        return doc;
      });

    function checkDocument(doc: string): void {
      const prose = extract(doc);
      for (const seg of prose.segments) {
        for (const c of seg.citations) assert.ok(c.range.start >= 0 && c.range.start < c.range.end && c.range.end <= doc.length);
        for (const s of splitSentences(seg)) {
          assert.ok(s.text.length > 0 && s.text === s.text.trim());
          assert.strictEqual(seg.text.slice(s.segmentStart, s.segmentStart + s.text.length), s.text);
          assert.ok(s.range.start >= 0 && s.range.start < s.range.end && s.range.end <= doc.length);
          for (const at of [s.range.start, s.range.end]) {
            assert.ok(!(isLow(doc.charCodeAt(at)) && isHigh(doc.charCodeAt(at - 1))), `sentence boundary ${at} splits a surrogate pair`);
          }
        }
      }
      for (const d of prose.directives) assert.ok(d.range.start >= 0 && d.range.start < d.range.end && d.range.end <= doc.length);
      for (const range of prose.footnoteDefinitions.values()) assert.ok(range.start >= 0 && range.start <= range.end && range.end <= doc.length);
    }

    it('holds the offset invariants on random Markdown', () => {
      fc.assert(fc.property(markdownArb, checkDocument), { numRuns: 300, seed: 42 });
    });

    it('holds the offset invariants on mutated documents', () => {
      fc.assert(fc.property(mutatedArb, checkDocument), { numRuns: 300, seed: 7 });
    });
  });
});
