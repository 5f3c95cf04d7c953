import { strict as assert } from 'assert';
import { applyEdits, citationCandidates, fixAll, insertCitationFix, type CitationContext } from '../../server/src/fixes';
import { checked, testDb } from './fixtures';

const db = testDb();

function applyFix(text: string, ctx: Omit<CitationContext, 'text'>, sentence: string, which = 0): string | null {
  const claim = checked(text, sentence, 'supported');
  const cand = citationCandidates(claim, db)[which];
  const fix = insertCitationFix({ ...ctx, text }, claim, cand);
  return fix ? applyEdits(text, fix.edits) : null;
}

describe('citation candidates', () => {
  it('lists references first, then evidence sources with http(s) URLs only', () => {
    const c = citationCandidates(checked('Mg helps.', 'Mg helps.', 'supported'), db);
    assert.deepEqual(
      c.map((x) => [x.id, x.url]),
      [
        ['pmid-123', 'https://pubmed.ncbi.nlm.nih.gov/123/'],
        ['vendor', 'https://example.org/mg-bones'],
      ],
    );
  });
});

describe('footnote citations', () => {
  const S = 'Magnesium helps PTH release.';
  it('puts the mark after the final punctuation and the definition at the end', () => {
    const text = `# Title\n\n${S} More text.\n`;
    assert.equal(
      applyFix(text, { style: 'footnote' }, S),
      `# Title\n\n${S}[^pmid-123] More text.\n\n[^pmid-123]: Magnesium and \\[PTH\\] secretion. https://pubmed.ncbi.nlm.nih.gov/123/\n`,
    );
  });
  it('reuses an existing definition and never duplicates it', () => {
    const text = `${S}\n\n[^pmid-123]: Already defined.\n`;
    assert.equal(applyFix(text, { style: 'footnote' }, S), `${S}[^pmid-123]\n\n[^pmid-123]: Already defined.\n`);
  });
  it('is a no-op the second time', () => {
    const once = applyFix(`${S}\n`, { style: 'footnote' }, S)!;
    assert.equal(applyFix(once, { style: 'footnote' }, S), null);
  });
  it('appends definitions after existing ones without a blank line and handles a missing final newline', () => {
    assert.equal(
      applyFix(`${S}[^a]\n\n[^a]: A.`, { style: 'footnote' }, S, 1),
      `${S}[^a][^vendor]\n\n[^a]: A.\n[^vendor]: Magnesium & Bone \\<Health\\>. https://example.org/mg-bones\n`,
    );
  });
  it('goes after closing emphasis and keeps CRLF line endings', () => {
    const text = `*${S}*\r\nNext line.\r\n`;
    assert.equal(
      applyFix(text, { style: 'footnote' }, S),
      `*${S}*[^pmid-123]\r\nNext line.\r\n\r\n[^pmid-123]: Magnesium and \\[PTH\\] secretion. https://pubmed.ncbi.nlm.nih.gov/123/\r\n`,
    );
  });
});

describe('link citations', () => {
  const S = 'Magnesium helps PTH release.';
  it('adds the link after the sentence, once', () => {
    const text = `${S} Next.`;
    const once = applyFix(text, { style: 'link' }, S)!;
    assert.equal(once, `${S} ([Magnesium and \\[PTH\\] secretion](https://pubmed.ncbi.nlm.nih.gov/123/)) Next.`);
    assert.equal(applyFix(once, { style: 'link' }, S), null);
  });
});

describe('pandoc citations', () => {
  const S = 'Magnesium helps PTH release.';
  it('creates front matter with a references block when there is none', () => {
    const out = applyFix(`${S}\n`, { style: 'pandoc' }, S)!;
    assert.equal(
      out,
      '---\nreferences:\n- id: "pmid-123"\n  type: article-journal\n  title: "Magnesium and [PTH] secretion"\n  URL: "https://pubmed.ncbi.nlm.nih.gov/123/"\n  PMID: "123"\n---\n\n' +
        'Magnesium helps PTH release [@pmid-123].\n',
    );
    assert.equal(applyFix(out, { style: 'pandoc' }, S.replace('.', ' [@pmid-123].')), null);
  });
  it('adds to an existing references list and extends an existing [@key]', () => {
    const text = `---\ntitle: T\nreferences:\n  - id: other\n    title: Other\nlang: en\n---\n\nMagnesium helps PTH release [@other].\n`;
    const sentence = 'Magnesium helps PTH release [@other].';
    const out = applyFix(text, { style: 'pandoc' }, sentence)!;
    assert.equal(
      out,
      `---\ntitle: T\nreferences:\n  - id: other\n    title: Other\n  - id: "pmid-123"\n    type: article-journal\n    title: "Magnesium and [PTH] secretion"\n    URL: "https://pubmed.ncbi.nlm.nih.gov/123/"\n    PMID: "123"\nlang: en\n---\n\nMagnesium helps PTH release [@other; @pmid-123].\n`,
    );
  });
  it('adds a references key to front matter that has none', () => {
    const text = `---\ntitle: T\n---\n${S}\n`;
    const out = applyFix(text, { style: 'pandoc' }, S)!;
    assert.ok(out.startsWith('---\ntitle: T\nreferences:\n- id: "pmid-123"\n'), out);
    assert.ok(out.endsWith('---\nMagnesium helps PTH release [@pmid-123].\n'), out);
  });
  it('edits a CSL-JSON bibliography named in the front matter, only when the key is absent', () => {
    const text = `---\nbibliography: refs.json\n---\n${S}\n`;
    const claim = checked(text, S, 'supported');
    const [cand] = citationCandidates(claim, db);
    const files: Record<string, string> = { 'refs.json': '[\n  {"id": "x", "title": "X"}\n]\n' };
    const fix = insertCitationFix({ text, style: 'pandoc', readFile: (p) => files[p] ?? null }, claim, cand)!;
    assert.equal(applyEdits(text, fix.edits), `---\nbibliography: refs.json\n---\nMagnesium helps PTH release [@pmid-123].\n`);
    assert.equal(fix.files.length, 1);
    const bib = applyEdits(files['refs.json'], fix.files[0].edits);
    const parsed = JSON.parse(bib) as Array<{ id: string; URL?: string }>;
    assert.deepEqual(parsed.map((p) => p.id), ['x', 'pmid-123']);
    assert.equal(parsed[1].URL, 'https://pubmed.ncbi.nlm.nih.gov/123/');
    assert.ok(bib.startsWith('[\n  {"id": "x", "title": "X"},\n'), 'existing text untouched');
    // Key present: only the mark is inserted, the bibliography is not touched.
    files['refs.json'] = bib;
    const again = insertCitationFix({ text, style: 'pandoc', readFile: (p) => files[p] ?? null }, claim, cand)!;
    assert.equal(again.files.length, 0);
  });
  it('creates a missing BibTeX file and appends to an existing one', () => {
    const text = `---\nbibliography: [refs.bib]\n---\n${S}\n`;
    const claim = checked(text, S, 'supported');
    const [cand] = citationCandidates(claim, db);
    const created = insertCitationFix({ text, style: 'pandoc', readFile: () => null }, claim, cand)!;
    assert.equal(created.files[0].create, true);
    const bib = applyEdits('', created.files[0].edits);
    assert.match(bib, /^@misc\{pmid-123,\n  title = \{Magnesium and \[PTH\] secretion\},\n  url = \{https:\/\/pubmed.ncbi.nlm.nih.gov\/123\/\},/);
    const existing = '@article{x,\n  title = {X}\n}\n';
    const appended = insertCitationFix({ text, style: 'pandoc', readFile: () => existing }, claim, cand)!;
    const out = applyEdits(existing, appended.files[0].edits);
    assert.ok(out.startsWith(existing + '\n@misc{pmid-123,'), out);
    const none = insertCitationFix({ text, style: 'pandoc', readFile: () => out }, claim, cand)!;
    assert.equal(none.files.length, 0);
  });
});

describe('fix all', () => {
  it('cites every supported uncited claim in one edit, defining a shared footnote once', () => {
    const a = 'Magnesium helps PTH release.';
    const b = 'PTH needs magnesium too.';
    const text = `${a}\n\n- ${b}\n\nContradicted thing.\n`;
    const claims = [
      checked(text, a, 'supported'),
      checked(text, b, 'supported'),
      checked(text, 'Contradicted thing.', 'contradicted'),
    ];
    const fix = fixAll({ text, style: 'footnote' }, claims, db)!;
    const out = applyEdits(text, fix.edits);
    assert.equal(
      out,
      `${a}[^pmid-123]\n\n- ${b}[^pmid-123]\n\nContradicted thing.\n\n[^pmid-123]: Magnesium and \\[PTH\\] secretion. https://pubmed.ncbi.nlm.nih.gov/123/\n`,
    );
    const cited = [
      checked(out, a, 'supported', { cited: true }),
      checked(out, b, 'supported', { cited: true }),
    ];
    assert.equal(fixAll({ text: out, style: 'footnote' }, cited, db), null);
  });
});
