// Diagnostics serialised straight to JSON (what the server publishes over stdio) must be exactly
// what JSON.stringify makes of the Diagnostic objects (what it publishes over node-ipc).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import type { CheckedClaim, DocumentAnalysis } from '../../server/src/engine/types';
import { analysisDiagnostics } from '../../server/src/lsp/diagnostics';
import { encodeMessage } from '../../server/src/lsp/diagnosticsEncoder';
import { CountedRuns, countVerdicts } from '../../server/src/lsp/analyze';
import { analysisDiagnosticsJson, RenderedRuns, runsDiagnosticsJson, SerializedDiagnostics } from '../../server/src/lsp/diagnosticsJson';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/lsp/settings';
import { DRAFT } from './fixtures';

const root = path.resolve(__dirname, '..', '..');
const engine = createEngine(loadBuiltinDatabase());

function documents(): TextDocument[] {
  const drafts = fs.readdirSync(path.join(root, 'eval', 'drafts')).filter((f) => f.endsWith('.md'));
  const texts = [DRAFT, fs.readFileSync(path.join(root, 'examples', 'draft.md'), 'utf8'), ...drafts.map((f) => fs.readFileSync(path.join(root, 'eval', 'drafts', f), 'utf8'))];
  // CRLF line ends and characters outside the BMP move UTF-16 columns; quotes and backslashes need escaping.
  texts.push(texts[1].replace(/\n/g, '\r\n').replace(/Magnesium/g, '😀 "Magnesium" \\'));
  return texts.map((t, i) => TextDocument.create(`file:///doc-${i}.md`, 'markdown', 1, t));
}

const SETTINGS: Settings[] = [
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, severity: { contradicted: 'hint', overstated: 'off', disputed: 'error', unverified: 'warning', supportedUncited: 'information' } },
];

describe('language server: diagnostics serialised to JSON', () => {
  it('writes exactly the JSON of the Diagnostic objects, for every document and severity setting', () => {
    let claims = 0;
    for (const settings of SETTINGS) {
      for (const doc of documents()) {
        const analysis = engine.analyze(doc.getText());
        claims += analysis.claims.length;
        const expected = JSON.stringify(analysisDiagnostics(doc, analysis, settings));
        // Twice: the second time every piece comes from the cache.
        assert.equal(analysisDiagnosticsJson(doc, analysis, settings).json.toString('utf8'), expected, doc.uri);
        assert.equal(analysisDiagnosticsJson(doc, analysis, settings).json.toString('utf8'), expected, doc.uri);
        // Positions from the engine's line index (as an editing session has it), in order and shuffled.
        const lines = new LineIndex(doc.getText());
        assert.equal(analysisDiagnosticsJson(doc, analysis, settings, lines).json.toString('utf8'), expected, doc.uri);
        const reversed = { ...analysis, claims: analysis.claims.slice().reverse() };
        assert.equal(analysisDiagnosticsJson(doc, reversed, settings, lines).json.toString('utf8'), JSON.stringify(analysisDiagnostics(doc, reversed, settings)), doc.uri);
        // An index of another text is not used.
        assert.equal(analysisDiagnosticsJson(doc, analysis, settings, new LineIndex(`x\n${doc.getText()}`)).json.toString('utf8'), expected, doc.uri);
      }
    }
    assert.ok(claims > 100, `only ${claims} claims checked`);
  });

  it('tells apart claims whose messages, verdicts or ids differ', () => {
    const doc = TextDocument.create('file:///x.md', 'markdown', 1, 'One.\nTwo.\nThree.\n');
    const base = engine.analyze(DRAFT).claims[0];
    const claim = (over: Partial<CheckedClaim>, start: number): CheckedClaim => ({ ...base, ...over, range: { start, end: start + 3 } });
    const analysis: DocumentAnalysis = {
      claims: [
        claim({}, 0),
        claim({ message: `${base.message} *more*` }, 5),
        claim({ verdict: 'disputed' }, 10),
        claim({ claimId: null, claim: null, verdict: 'unverified', message: 'No claim "matches"' }, 10),
        claim({ claimId: null, claim: null, verdict: 'unverified', message: 'No claim matches\u2028either' }, 12),
      ],
      suppressed: [],
    };
    const settings = { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity, unverified: 'warning' as const, disputed: 'error' as const } };
    for (let k = 0; k < 2; k++) {
      assert.equal(analysisDiagnosticsJson(doc, analysis, settings).json.toString('utf8'), JSON.stringify(analysisDiagnostics(doc, analysis, settings)));
    }
  });

  it('serialises a skipped document as its one Information diagnostic', () => {
    const doc = TextDocument.create('file:///big.md', 'markdown', 1, 'x'.repeat(10));
    const analysis: DocumentAnalysis = { claims: [], suppressed: [], skipped: { reason: 'too big' } };
    assert.equal(analysisDiagnosticsJson(doc, analysis, DEFAULT_SETTINGS).json.toString('utf8'), JSON.stringify(analysisDiagnostics(doc, analysis, DEFAULT_SETTINGS)));
  });

  it('encodes a publishDiagnostics message as the ordinary encoder would, and other messages unchanged', () => {
    const doc = documents()[1];
    const analysis = engine.analyze(doc.getText());
    const message = (diagnostics: unknown) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: doc.uri, version: 3, diagnostics } });
    const serialized = analysisDiagnosticsJson(doc, analysis, DEFAULT_SETTINGS);
    const expected = JSON.stringify(message(analysisDiagnostics(doc, analysis, DEFAULT_SETTINGS)));
    assert.equal(encodeMessage(message(serialized)).toString('utf8'), expected);
    // Without a version, and through toJSON() for serialisers that know nothing of it.
    const unversioned = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: doc.uri, diagnostics: serialized } };
    assert.deepEqual(JSON.parse(encodeMessage(unversioned).toString('utf8')), JSON.parse(JSON.stringify(unversioned)));
    assert.ok(serialized instanceof SerializedDiagnostics);
    // A URI longer than the room left for the message head: copied together instead.
    const long = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: `${doc.uri}?${'é'.repeat(2000)}`, version: 4, diagnostics: serialized } };
    assert.equal(encodeMessage(long).toString('utf8'), JSON.stringify({ ...long, params: { ...long.params, diagnostics: analysisDiagnostics(doc, analysis, DEFAULT_SETTINGS) } }));
    assert.equal(encodeMessage(message(serialized)).toString('utf8'), expected);
    const other = { jsonrpc: '2.0', id: 7, result: { contents: 'é "x"' } };
    assert.equal(encodeMessage(other).toString('utf8'), JSON.stringify(other));
  });

  it('writes an editing session\'s runs as the JSON of its analysis, edit after edit, and counts them alike', () => {
    const docs = documents();
    let text = ['# Notes', 'Nothing to check here.', docs[1].getText(), '<!-- factlens-disable-next-line -->', docs[0].getText(), '<!-- factlens-disable -->', docs[2].getText(), '<!-- factlens-enable -->', docs[3].getText()].join('\n\n');
    const session = engine.openDocument(text);
    const snippets = ['x', '\n', '\n\n', ' Magnesium deficiency causes hypoparathyroidism. ', '<!-- factlens-disable -->\n', '<!-- factlens-enable -->\n', '<!-- factlens-disable-next-line -->\n', '- ', '`'];
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let settings = SETTINGS[0];
    // What the server keeps per document between publishes; and the same without (everything written anew).
    const rendered = new RenderedRuns();
    const counted = new CountedRuns();
    for (let k = 0; k < 120; k++) {
      const at = Math.floor(next() * text.length);
      const r = next();
      // Now and then a claim before all others, or the first paragraph gone: the first diagnostic changes.
      // (on the same line: the runs after it keep their lines, so their diagnostics are copied).
      if (k % 8 === 3) text = text.replace('Nothing to check here.', 'Nothing to check here. Magnesium deficiency causes hypoparathyroidism.');
      else if (k % 8 === 6) text = text.replace('Nothing to check here. Magnesium deficiency causes hypoparathyroidism.', 'Nothing to check here.');
      else if (r < 0.7) text = text.slice(0, at) + snippets[Math.floor(next() * snippets.length)] + text.slice(at);
      else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
      if (k % 25 === 24) settings = SETTINGS[(k / 25) % 2 | 0];
      const analysis = session.update(text);
      const doc = TextDocument.create('file:///edited.md', 'markdown', k, text);
      const runs = session.runs!;
      const expected = JSON.stringify(analysisDiagnostics(doc, analysis, settings));
      assert.equal(runsDiagnosticsJson(runs, session.lines!, settings, rendered).json.toString('utf8'), expected, `edit ${k}`);
      assert.equal(runsDiagnosticsJson(runs, session.lines!, settings).json.toString('utf8'), expected, `edit ${k}`);
      const counts = countVerdicts(analysis);
      assert.deepEqual(countVerdicts(analysis, runs, counted), counts, `edit ${k}`);
      assert.deepEqual(countVerdicts(analysis, runs), counts, `edit ${k}`);
    }
  });
});
