// Code actions of the built server: each edit applied to the text gives the expected document,
// and applying a fix a second time changes nothing.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, ensureServerBuilt, root, tempWorkspace, TestClient, uriOf } from './harness';
import { CONTRADICTED, CONTRADICTED_ID, DRAFT, OVERSTATED, SUPPORTED, SUPPORTED_ID } from './fixtures';

interface Db {
  claims: Array<{ id: string; references: string[]; suggestedWording: string }>;
  references: Array<{ id: string; title: string; url?: string }>;
}

function firstReference(claimId: string) {
  const db = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'claims-db.json'), 'utf8')) as Db;
  const claim = db.claims.find((c) => c.id === claimId)!;
  const ref = db.references.find((r) => r.id === claim.references[0])!;
  return { claim, ref };
}

describe('language server: code actions', function () {
  let client: TestClient;
  let dir: string;
  let counter = 0;
  before(async function () {
    this.timeout(180_000);
    ensureServerBuilt();
    dir = tempWorkspace();
    client = await TestClient.start({ folder: dir });
  });
  after(async () => client?.stop());

  async function openDraft(text: string): Promise<string> {
    const uri = uriOf(path.join(dir, `draft${++counter}.md`));
    fs.writeFileSync(path.join(dir, `draft${counter}.md`), text);
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    return uri;
  }

  async function actionsFor(uri: string, code: string): Promise<{ diag: Diagnostic | undefined; actions: CodeAction[] }> {
    const diags = await client.diagnosticsFor(uri);
    const diag = diags.find((d) => d.code === code);
    if (!diag) return { diag, actions: [] };
    return { diag, actions: await client.codeActions(uri, diag.range, [diag]) };
  }

  /** Applies the action's edit to the open document (and other files), as an editor would. */
  async function apply(uri: string, action: CodeAction): Promise<string> {
    const files = new Map([[uri, client.text(uri)]]);
    const out = applyWorkspaceEdit(files, action.edit!);
    const text = out.get(uri)!;
    await client.change(uri, text);
    for (const [other, content] of out) {
      if (other !== uri) fs.writeFileSync(new URL(other), content);
    }
    return text;
  }

  it('inserts a footnote citation and its definition; afterwards the claim is cited and no action repeats it', async () => {
    const uri = await openDraft(DRAFT);
    const { actions } = await actionsFor(uri, 'supported');
    const { ref } = firstReference(SUPPORTED_ID);
    const cite = actions.find((a) => a.title.startsWith('Cite') && a.kind === 'quickfix');
    assert.ok(cite, JSON.stringify(actions.map((a) => a.title)));
    const text = await apply(uri, cite);
    assert.equal(
      text,
      DRAFT.replace(SUPPORTED, `${SUPPORTED}[^${ref.id}]`) + `\n[^${ref.id}]: ${ref.title}. ${ref.url}\n`,
    );
    const diags = await client.diagnosticsFor(uri);
    assert.ok(!diags.some((d) => d.code === 'supported'), 'supported and cited: no diagnostic');
    // The sentence's range offers no citation action any more.
    const again = await client.codeActions(uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
    assert.ok(!again.some((a) => a.title === cite.title), JSON.stringify(again.map((a) => a.title)));
  });

  it('rewrites an overstated sentence with the evidence-backed wording, once', async () => {
    const uri = await openDraft(DRAFT);
    const { actions } = await actionsFor(uri, 'overstated');
    const rewrite = actions.find((a) => a.title.startsWith('Rewrite'));
    assert.ok(rewrite, JSON.stringify(actions.map((a) => a.title)));
    const text = await apply(uri, rewrite);
    const { claim } = firstReference(SUPPORTED_ID);
    assert.equal(text, DRAFT.replace(OVERSTATED, claim.suggestedWording));
    const after = await actionsFor(uri, 'overstated');
    assert.ok(!after.actions.some((a) => a.title.startsWith('Rewrite')));
  });

  it('ignores a sentence with a disable comment above its line, once', async () => {
    const uri = await openDraft(DRAFT);
    const { actions } = await actionsFor(uri, 'contradicted');
    const ignore = actions.find((a) => a.title.startsWith('Ignore'));
    assert.ok(ignore);
    const text = await apply(uri, ignore);
    assert.equal(text, DRAFT.replace(CONTRADICTED, `<!-- factlens-disable-next-line ${CONTRADICTED_ID} -->\n${CONTRADICTED}`));
    const after = await actionsFor(uri, 'contradicted');
    assert.equal(after.diag, undefined, 'the claim is suppressed');
  });

  it('fix all cites every supported uncited claim in one edit (code action and command)', async () => {
    const second = 'Low magnesium is linked to a higher risk of osteoporosis.';
    const draft = `${SUPPORTED}\n\n- ${second}\n`;
    const uri = await openDraft(draft);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    const all = actions.find((a) => a.kind === 'source.fixAll.factlens');
    assert.ok(all, JSON.stringify(actions));
    const expected = applyWorkspaceEdit(new Map([[uri, draft]]), all.edit!).get(uri)!;
    assert.equal((expected.match(/\[\^[^\]]+\]/g) ?? []).length, 4, expected);
    // The command applies the same edit through workspace/applyEdit.
    const result = (await client.executeCommand('factlens.fixAll', [uri])) as { applied: boolean };
    assert.equal(result.applied, true);
    const applied = client.appliedEdits[client.appliedEdits.length - 1];
    assert.equal(applyWorkspaceEdit(new Map([[uri, draft]]), applied).get(uri), expected);
    await client.change(uri, expected);
    const diags = await client.diagnosticsFor(uri);
    assert.deepEqual(diags, []);
    const again = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(again, []);
  });

  it('pandoc style adds [@key] and an entry to the CSL-JSON bibliography in the same edit', async () => {
    await client.setSettings({ citationStyle: 'pandoc' });
    try {
      fs.writeFileSync(path.join(dir, 'refs.json'), '[]\n');
      const draft = `---\ntitle: Notes\nbibliography: refs.json\n---\n\n${SUPPORTED}\n`;
      const uri = await openDraft(draft);
      const { actions } = await actionsFor(uri, 'supported');
      const cite = actions.find((a) => a.title.startsWith('Cite') && a.title.endsWith('(pandoc)'));
      assert.ok(cite, JSON.stringify(actions.map((a) => a.title)));
      const { ref } = firstReference(SUPPORTED_ID);
      const text = await apply(uri, cite);
      assert.equal(text, draft.replace(SUPPORTED, SUPPORTED.replace(/\.$/, ` [@${ref.id}].`)));
      const bib = JSON.parse(fs.readFileSync(path.join(dir, 'refs.json'), 'utf8')) as Array<{ id: string; title: string }>;
      assert.deepEqual(bib.map((b) => [b.id, b.title]), [[ref.id, ref.title]]);
      const diags = await client.diagnosticsFor(uri);
      assert.ok(!diags.some((d) => d.code === 'supported'), JSON.stringify(diags));
    } finally {
      await client.setSettings({});
    }
  });

  it('link style adds ([Title](url)) after the sentence', async () => {
    await client.setSettings({ citationStyle: 'link' });
    try {
      const uri = await openDraft(`${SUPPORTED}\n`);
      const { actions } = await actionsFor(uri, 'supported');
      const cite = actions.find((a) => a.title.endsWith('(link)'))!;
      const { ref } = firstReference(SUPPORTED_ID);
      const text = await apply(uri, cite);
      assert.equal(text, `${SUPPORTED} ([${ref.title}](${ref.url}))\n`);
      // The same citation is not offered again.
      const again = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
      assert.ok(!again.some((a) => a.title === cite.title), JSON.stringify(again.map((a) => a.title)));
    } finally {
      await client.setSettings({});
    }
  });
});
