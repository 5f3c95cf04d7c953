// Document and pack text is data. Hovers and reports escape it: rendered as Markdown with raw
// HTML and linkify switched ON (the most permissive renderer), it stays literal text: no tags, no
// links but http(s) ones the server built, and never a `command:` link.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { createEngine } from '../../server/src/engine/createEngine';
import { mergeFiles } from '../../server/src/engine/db/database';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { parseClaimsFile } from '../../server/src/engine/db/parseFile';
import { renderReport } from '../../server/src/lsp/report';
import { renderHoverCard } from '../../server/src/render/hoverCard';
import { escapeMarkdown, safeLink } from '../../server/src/render/markdownEscape';
import { renderReportHtml } from '../../server/src/render/report/html';
import { renderReportMarkdown } from '../../server/src/render/report/markdown';
import { counters, SEED } from './support';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false });

/** Tags markdown-it produced, e.g. ['p', 'strong', 'a href="https://x"']. */
function tags(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)].map((m) => (m[1] + m[2]).trim());
}

function textContent(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](command:workbench.action.terminal.new)',
  '[x](javascript:alert(1))',
  '<command:factlens.fixAll>',
  '![i](https://evil.example/t.png)',
  'www.evil.example',
  'https://evil.example/?q=<b>',
  '&lt;b&gt; &#60;script&#62;',
  '**bold** _em_ `code` ~~s~~',
  '# heading\n---\n| a | b |',
  '[ref]\n\n[ref]: https://evil.example',
  'a\\\\\\*b',
  '<!-- comment -->',
  '<https://evil.example>',
  'x@evil.example',
  '$$x$$ :smile: ^sup^',
];

const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: fc.constantFrom(...'<>[]()!*_`~#|\\&;:/."\'-=+ \nawxj@1'.split('')), maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 4 }).map((a) => a.join(' ')),
);

describe('robustness: trust (escaping, links, no HTML)', function () {
  this.timeout(120_000);

  it('escapeMarkdown: any text renders as exactly that text, with no tags besides <p>', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        counters.badInputs++;
        const html = md.render(escapeMarkdown(s));
        const t = tags(html);
        assert.ok(t.every((x) => x === 'p'), `unexpected tags ${JSON.stringify(t)} for ${JSON.stringify(s)}: ${html}`);
        assert.equal(textContent(html), s.replace(/\r\n?|\n/g, ' ').trim());
      }),
      { seed: SEED + 30, numRuns: 1500 },
    );
  });

  it('safeLink: only http(s) targets become links; the label is escaped', () => {
    for (const url of ['command:factlens.fixAll', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>', 'vscode://x', ' https://ok.example']) {
      const html = md.renderInline(safeLink('[t](command:x)', url));
      const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(links.every((l) => /^https?:\/\//.test(l)), `${url} -> ${html}`);
    }
    assert.match(md.renderInline(safeLink('ok', 'https://example.org/a(b)')), /^<a href="https:\/\/example\.org\/a(\(|%28)b(\)|%29)">ok<\/a>$/);
  });

  it('hover cards and reports escape hostile pack and document text; links are only http(s)', () => {
    const evil = '<img src=x onerror=alert(1)> [run](command:workbench.action.terminal.new) <script>x</script>';
    const pack = {
      sources: [
        { id: 'evil-source', title: evil, kind: 'website', url: 'command:workbench.action.terminal.new', publisher: evil, description: evil },
        { id: 'ok-source', title: `OK ${evil}`, kind: 'website', url: 'https://example.org/ok' },
      ],
      references: [{ id: 'evil-ref', title: evil, url: 'javascript:alert(1)' }],
      lexicon: [{ id: 'rubidium', terms: ['rubidium'], category: 'mineral' }],
      claims: [
        {
          id: 'rubidium-raises-calcium',
          statement: `Rubidium raises calcium ${evil}`,
          subject: 'rubidium',
          relation: 'increases',
          object: 'calcium',
          strength: 'may',
          status: 'disputed',
          dispute: evil,
          caveats: [evil],
          references: ['evil-ref'],
          evidence: [
            { source: 'evil-source', quote: `rubidium may raise calcium ${evil}`, stance: 'supports', note: evil },
            { source: 'ok-source', quote: `rubidium does not raise calcium ${evil}`, stance: 'contradicts' },
          ],
          suggestedWording: `Rubidium may raise calcium ${evil}`,
        },
      ],
    };
    const parsed = parseClaimsFile('evil.json', JSON.stringify(pack));
    const { db, issues } = mergeFiles(loadBuiltinDatabase(), [{ parsed, builtin: false }]);
    assert.deepEqual(issues, []);
    const engine = createEngine(db);
    const text = `# <b>Title</b> [x](command:factlens.fixAll)\n\nRubidium may raise calcium <img src=x onerror=alert(1)> [run](command:workbench.action.terminal.new).\n`;
    const analysis = engine.analyze(text);
    const claim = analysis.claims.find((c) => c.claimId === 'rubidium-raises-calcium');
    assert.ok(claim, `claim found: ${JSON.stringify(analysis.claims.map((c) => c.claimId))}`);
    counters.badInputs++;

    const outputs: Array<[string, string]> = [
      ['hover', renderHoverCard(claim, db)],
      ['editor report', renderReport('<b>doc</b>.md', analysis, db, () => 0)],
      ['markdown report', renderReportMarkdown('<b>doc</b>.md', analysis, db, text)],
    ];
    for (const [name, markdown] of outputs) {
      const html = md.render(markdown);
      const bad = tags(html).filter((t) => /^(img|script|iframe|object|embed|svg|style|form|input|button)\b/i.test(t) || /\bon[a-z]+=/i.test(t));
      assert.deepEqual(bad, [], `${name}: dangerous tags`);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(hrefs.every((h) => /^https?:\/\//.test(h)), `${name}: non-http links ${JSON.stringify(hrefs)}`);
      assert.ok(!/command:/.test(hrefs.join(' ')), `${name}: command link`);
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), `${name}: hostile text shown literally`);
    }
    const page = renderReportHtml('<b>doc</b>.md', analysis, db, text);
    assert.ok(!/<img|<script>x|<b>doc/i.test(page), 'HTML report escapes everything');
    assert.ok(!/href="(?!https?:)/i.test(page), 'HTML report links are http(s) only');
    assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
  });
});
