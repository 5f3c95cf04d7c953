// FactLens inside a real VS Code extension host: everything a writer sees, checked through the VS Code API
// on the fixture drafts of test/e2e/workspace/ (copied to a scratch folder by the runners).
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const vscode = require('vscode');
const { drafts } = require('../e2e/expectations');
const { plain, verbatimQuotes } = require('../e2e/support/evidence');

const EXTENSION_ID = 'factlens.factlens';
const { Error: ERROR, Warning: WARNING, Information: INFORMATION, Hint: HINT } = vscode.DiagnosticSeverity;
const SEVERITY = { contradicted: ERROR, overstated: WARNING, disputed: INFORMATION, unverified: INFORMATION, supported: HINT };
const CITATION_TITLE = /^(Cite|Insert citation)\b/;

// ---- helpers --------------------------------------------------------------------------------------

function note(...args) {
  // Through mocha's reporter log, so the code-server runner shows it too (see index.js).
  const Mocha = require('mocha');
  ((Mocha.default || Mocha).reporters.Base.consoleLog || console.log)('      ·', ...args);
}

async function waitFor(what, probe, ms = 30000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const workspaceRoot = () => vscode.workspace.workspaceFolders[0].uri;
const uriOf = (draft) => vscode.Uri.joinPath(workspaceRoot(), draft.file);
const codeOf = (d) => String(d.code && typeof d.code === 'object' ? d.code.value : d.code);
const factlensDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factlens');
const isOpen = (uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

async function open(draft) {
  const doc = await vscode.workspace.openTextDocument(uriOf(draft));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The diagnostic whose range covers exactly `sentence` (text taken from the live document). */
function diagnosticFor(doc, sentence, diagnostics = factlensDiagnostics(doc.uri)) {
  return diagnostics.find((d) => doc.getText(d.range) === sentence);
}

/** Waits until every expected sentence of `draft` has a diagnostic, returns them in order. */
async function expectedDiagnostics(doc, draft, ms = 30000) {
  return waitFor(`diagnostics on ${draft.claims.length} sentences of ${draft.file}`, () => {
    const all = factlensDiagnostics(doc.uri);
    const found = draft.claims.map((c) => diagnosticFor(doc, c.sentence, all));
    return found.every(Boolean) ? found : null;
  }, ms).catch(withDiagnostics(doc));
}

function describeDiagnostics(doc) {
  return factlensDiagnostics(doc.uri)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}/${d.severity} "${doc.getText(d.range)}"`)
    .join('\n');
}

/** For .catch(): rethrows with the document's text and current diagnostics, which say what went wrong. */
function withDiagnostics(doc) {
  return (e) => {
    throw new Error(`${e.message}\n--- ${path.basename(doc.uri.fsPath)}:\n${doc.getText()}\n--- diagnostics:\n${describeDiagnostics(doc)}`);
  };
}

function hoverMarkdown(hovers) {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Language-server processes started by this extension host (children of process.pid). */
function serverProcesses() {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const rows = out
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter(Boolean)
    .map((m) => ({ pid: +m[1], ppid: +m[2], args: m[3] }));
  const descendants = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) if (descendants.has(r.ppid) && !descendants.has(r.pid)) (descendants.add(r.pid), (grew = true));
  }
  return rows.filter((r) => r.pid !== process.pid && descendants.has(r.pid) && /dist[\\/]server\.js/.test(r.args));
}

/** Throws away unsaved edits, so the next test sees the draft as it is on disk. */
async function revert(doc) {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${path.basename(doc.uri.fsPath)} reverted`, () => !doc.isDirty, 10000);
}

async function applyAction(action) {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applyEdit failed for "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments || []));
}

async function quickFixes(doc, range) {
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
  return (actions || []).filter((a) => a.title);
}

// ---- the suite ------------------------------------------------------------------------------------

describe('FactLens in a VS Code extension host', function () {
  this.timeout(90000);
  let extension;

  afterEach(async () => {
    // A test that edits a draft reverts it itself; this also covers the ones that failed half-way.
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === 'file' && doc.isDirty) await revert(doc);
  });

  before(async () => {
    // Settings changed by a previous (failed) run would make this one lie.
    await vscode.workspace.getConfiguration('factlens').update('severity.contradicted', undefined, vscode.ConfigurationTarget.Global);
  });


  it('activates on a Markdown draft', async () => {
    extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    await open(drafts.bones);
    await waitFor('activation', () => extension.isActive, 30000);
    note('VS Code', vscode.version, 'Node', process.version, 'extension host pid', process.pid);
  });

  it('reports every checked sentence with its verdict, exact range and default severity', async () => {
    const doc = await open(drafts.bones);
    const found = await expectedDiagnostics(doc, drafts.bones);
    drafts.bones.claims.forEach((claim, i) => {
      const d = found[i];
      assert.strictEqual(codeOf(d), claim.verdict, `verdict of "${claim.sentence}"`);
      assert.strictEqual(d.severity, SEVERITY[claim.verdict], `severity of ${claim.verdict} "${claim.sentence}"`);
      assert.ok(d.message.trim().length > 10, `a message that explains the verdict: "${d.message}"`);
      const line = doc.lineAt(d.range.start.line).text;
      assert.ok(line.includes(claim.sentence), 'a range on one line of the sentence');
    });
    for (const text of drafts.bones.clean) {
      const line = doc.getText().split('\n').findIndex((l) => l.includes(text));
      assert.ok(line >= 0, `fixture has "${text}"`);
      const onLine = factlensDiagnostics(doc.uri).filter((d) => d.range.start.line <= line && d.range.end.line >= line);
      assert.deepStrictEqual(onLine.map((d) => d.message), [], `no diagnostic on "${text}"`);
    }
    assert.strictEqual(factlensDiagnostics(doc.uri).length, drafts.bones.claims.length, describeDiagnostics(doc));
    note(describeDiagnostics(doc).replace(/\n/g, '\n        '));
  });

  it('shows an evidence card with a verbatim quote and its source title on hover', async () => {
    const doc = await open(drafts.bones);
    const supported = drafts.bones.claims.find((c) => c.verdict === 'supported');
    const d = (await expectedDiagnostics(doc, drafts.bones)).find((x) => codeOf(x) === 'supported');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, d.range.start.translate(0, 3));
    const markdown = hoverMarkdown(hovers || []);
    assert.match(markdown, /Supporting evidence/, `hover on "${supported.sentence}":\n${markdown}`);
    const quotes = verbatimQuotes(markdown, path.join(extension.extensionPath, 'dist/claims-db.json'));
    note(`hover quotes ${quotes.length} passage(s), e.g. “${quotes[0].quote.slice(0, 70)}…” — ${quotes[0].sourceTitle}`);
  });

  it('offers citation, rewrite and ignore quick fixes', async () => {
    const doc = await open(drafts.bones);
    const found = await expectedDiagnostics(doc, drafts.bones);
    const byVerdict = (v) => found[drafts.bones.claims.findIndex((c) => c.verdict === v)];

    const supportedTitles = (await quickFixes(doc, byVerdict('supported').range)).map((a) => a.title);
    assert.ok(supportedTitles.some((t) => CITATION_TITLE.test(t)), `citation offered for an uncited supported claim: ${supportedTitles}`);
    assert.ok(supportedTitles.some((t) => /^Ignore\b/.test(t)), `ignore offered: ${supportedTitles}`);

    const overstatedTitles = (await quickFixes(doc, byVerdict('overstated').range)).map((a) => a.title);
    assert.ok(overstatedTitles.some((t) => /^Rewrite\b/.test(t)), `rewrite offered for an overstated claim: ${overstatedTitles}`);
    assert.ok(overstatedTitles.some((t) => /^Ignore\b/.test(t)), `ignore offered: ${overstatedTitles}`);
    note('supported:', supportedTitles.join(' | '));
    note('overstated:', overstatedTitles.join(' | '));
  });

  it('inserts a footnote citation after the sentence and its definition at the end', async () => {
    const doc = await open(drafts.bones);
    const claim = drafts.bones.claims.find((c) => c.verdict === 'supported');
    const d = diagnosticFor(doc, claim.sentence) || (await expectedDiagnostics(doc, drafts.bones)).find((x) => codeOf(x) === 'supported');
    const cite = (await quickFixes(doc, d.range)).find((a) => CITATION_TITLE.test(a.title));
    assert.ok(cite, 'a citation quick fix');
    await applyAction(cite);
    const text = doc.getText();
    const mark = new RegExp(escapeRegExp(claim.sentence) + '\\s?\\[\\^([^\\]\\s]+)\\]').exec(text);
    assert.ok(mark, `"[^id]" right after the sentence:\n${text}`);
    const lastLine = text.trimEnd().split('\n').pop();
    assert.ok(lastLine.startsWith(`[^${mark[1]}]: `), `definition "[^${mark[1]}]: ..." at the end, got "${lastLine}"`);
    // A cited supported sentence is fine: its Hint goes away, and the reference FactLens just wrote is
    // not itself flagged.
    const definitionLine = text.trimEnd().split('\n').length - 1;
    await waitFor('the cited sentence to lose its hint', () =>
      !factlensDiagnostics(doc.uri).some((x) => codeOf(x) === 'supported' && doc.getText(x.range).startsWith(claim.sentence)),
    ).catch(withDiagnostics(doc));
    await waitFor('no diagnostic on the inserted footnote definition', () =>
      !factlensDiagnostics(doc.uri).some((x) => x.range.start.line <= definitionLine && x.range.end.line >= definitionLine),
    ).catch(withDiagnostics(doc));
    note('inserted', mark[0].slice(claim.sentence.length).trim(), '+', lastLine.slice(0, 90));
    await revert(doc);
  });

  it('fixes all uncited supported claims at once (source.fixAll.factlens / factlens.fixAll)', async () => {
    const doc = await open(drafts.activation);
    await expectedDiagnostics(doc, drafts.activation);
    const supported = drafts.activation.claims.filter((c) => c.verdict === 'supported');
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, full, 'source.fixAll.factlens');
    const fixAll = (actions || []).find((a) => a.kind && a.kind.value === 'source.fixAll.factlens');
    assert.ok(fixAll, `a source.fixAll.factlens action: ${(actions || []).map((a) => a.title)}`);
    assert.match(fixAll.title, new RegExp(`\\b${supported.length}\\b`), 'its title counts the claims it cites');

    await vscode.commands.executeCommand('factlens.fixAll');
    await waitFor('fix-all to cite every supported sentence', () => supported.every((c) => new RegExp(escapeRegExp(c.sentence) + '\\s?\\[\\^').test(doc.getText())));
    await waitFor('no uncited supported claim left', () => !factlensDiagnostics(doc.uri).some((x) => codeOf(x) === 'supported')).catch(
      withDiagnostics(doc),
    );
    assert.ok(factlensDiagnostics(doc.uri).some((x) => codeOf(x) === 'overstated'), 'other verdicts are untouched');
    await revert(doc);
  });

  it('lists the claims as document symbols grouped by verdict', async () => {
    const doc = await open(drafts.bones);
    await expectedDiagnostics(doc, drafts.bones);
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = (symbols || []).flatMap((s) => [s.name, ...(s.children || []).map((c) => c.name)]);
    for (const verdict of ['contradicted', 'overstated', 'unverified']) {
      assert.ok((symbols || []).some((s) => s.name.toLowerCase().startsWith(verdict.slice(0, 6))), `a ${verdict} group in ${names}`);
    }
    const contradicted = drafts.bones.claims.find((c) => c.verdict === 'contradicted').sentence;
    assert.ok(names.some((n) => contradicted.startsWith(n.replace(/…$/, ''))), `the contradicted sentence is a symbol: ${names}`);
  });

  it('checks closed files with the Check Workspace command', async () => {
    const uri = uriOf(drafts.unopened);
    assert.ok(!isOpen(uri), 'the draft is not open');
    assert.strictEqual(factlensDiagnostics(uri).length, 0, 'no diagnostics before the check');
    await vscode.commands.executeCommand('factlens.checkWorkspace');
    const diagnostics = await waitFor('diagnostics for the closed draft', () => {
      const all = factlensDiagnostics(uri);
      return all.length >= drafts.unopened.claims.length ? all : null;
    });
    const codes = diagnostics.map(codeOf);
    for (const c of drafts.unopened.claims) assert.ok(codes.includes(c.verdict), `${c.verdict} in ${codes}`);
    const contradicted = diagnostics.find((d) => codeOf(d) === 'contradicted');
    assert.strictEqual(contradicted.severity, ERROR);
    const lines = fs.readFileSync(uri.fsPath, 'utf8').split('\n');
    const expected = drafts.unopened.claims.find((c) => c.verdict === 'contradicted').sentence;
    assert.ok(lines[contradicted.range.start.line].includes(expected), 'the range points at the sentence in the file');
    assert.ok(!isOpen(uri), 'checking does not open the file');
  });

  it('applies a changed severity setting to the published diagnostics', async () => {
    const doc = await open(drafts.bones);
    const config = vscode.workspace.getConfiguration('factlens');
    const contradicted = drafts.bones.claims.find((c) => c.verdict === 'contradicted').sentence;
    const severityNow = () => (diagnosticFor(doc, contradicted) || {}).severity;
    await waitFor('contradicted as Error', () => severityNow() === ERROR);
    try {
      await config.update('severity.contradicted', 'warning', vscode.ConfigurationTarget.Global);
      await waitFor('contradicted as Warning after the setting changed', () => severityNow() === WARNING);
      await config.update('severity.contradicted', 'off', vscode.ConfigurationTarget.Global);
      await waitFor('contradicted hidden with "off"', () => !diagnosticFor(doc, contradicted));
    } finally {
      await config.update('severity.contradicted', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('contradicted back to Error', () => severityNow() === ERROR);
  });

  it('shows a report for the active draft', async () => {
    const doc = await open(drafts.bones);
    await expectedDiagnostics(doc, drafts.bones);
    const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    await vscode.commands.executeCommand('factlens.showReport');
    const report = await waitFor('a FactLens report document', () =>
      vscode.workspace.textDocuments.find((d) => !before.has(d.uri.toString()) && /FactLens report/.test(d.getText())),
    );
    const text = report.getText();
    for (const c of drafts.bones.claims) assert.ok(plain(text).includes(c.sentence), `the report lists "${c.sentence}"`);
    note('report:', report.uri.toString(), `${text.length} chars`);
  });

  it('restarts the language server after it is killed, and diagnostics come back', async () => {
    const doc = await open(drafts.bones);
    await expectedDiagnostics(doc, drafts.bones);
    const servers = await waitFor('the language server process', () => {
      const s = serverProcesses();
      return s.length ? s : null;
    });
    const victim = servers[0].pid;
    note('killing language server pid', victim);
    process.kill(victim, 'SIGKILL');
    const restarted = await waitFor('a new language server process', () => serverProcesses().find((p) => p.pid !== victim), 60000);
    note('new language server pid', restarted.pid);
    // Prove the new server is live: a fresh contradicted sentence gets a fresh diagnostic.
    const sentence = drafts.unopened.claims.find((c) => c.verdict === 'contradicted').sentence;
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), `\n${sentence}\n`));
    await waitFor('a diagnostic for the sentence added after the restart', () => {
      const d = diagnosticFor(doc, sentence);
      return d && codeOf(d) === 'contradicted';
    }, 60000);
    await expectedDiagnostics(doc, drafts.bones);
    await revert(doc);
  });
});

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
