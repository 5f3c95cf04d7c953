// The minimal claim pack of issue 8 must load and work as is (no suggestedWording, no examples)
// through every door: the engine, the CLI and the language server.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadDatabaseWithPacks, readClaimsFile } from '../../server/src/engine/db/load';
import { suggestedWordingOf } from '../../server/src/engine/db/schema';
import { ensureBuilt, removeDir, runCli, tempDir } from '../cli/helpers';
import { ensureServerBuilt, TestClient, tempWorkspace, uriOf } from '../lsp/harness';

const PACK_FILE = path.join(__dirname, '..', 'fixtures', 'packs', 'k2-minimal.yaml');
const PACK = fs.readFileSync(PACK_FILE, 'utf8');
const CLAIM_ID = 'k2-directs-calcium-to-bone';
const SUPPORTED = 'Menaquinone may help move calcium into the bones.';
const CONTRADICTED = 'Vitamin K2 has no effect on where calcium ends up in bone.';
const OVERSTATED = 'Vitamin K2 always moves calcium into your bones.';
const DRAFT = `# Vitamin K2\n\n${SUPPORTED}\n\n${CONTRADICTED}\n`;

type Diag = { code?: string | number; data?: unknown; range: { start: { line: number } } };
const verdicts = (diags: Diag[]) => diags.map((d) => [d.code, (d.data as { claimId?: string } | undefined)?.claimId ?? null]);

describe('claim packs: the minimal pack from the issue', function () {
  this.timeout(60_000);

  describe('engine', () => {
    const { db, issues, files } = loadDatabaseWithPacks([PACK_FILE]);
    const engine = createEngine(db);

    it('loads without problems although it has no suggestedWording and no examples', () => {
      assert.deepEqual(issues, []);
      assert.deepEqual(files, [PACK_FILE]);
      const parsed = readClaimsFile(PACK_FILE);
      const claim = parsed.data!.claims[0];
      assert.equal(claim.suggestedWording, undefined);
      assert.deepEqual(claim.examples, []);
      assert.equal(db.sources.get('k2-review')?.kind, 'review-article');
      assert.equal(db.sources.get('k2-review')?.url, 'https://example.org/k2');
      // Entities a pack adds are tracked (sentences about them are checked) unless it says otherwise.
      assert.equal(db.lexicon.find((l) => l.id === 'vitamin-k2')?.tracked, true);
      assert.equal(db.claimOrigin.get(CLAIM_ID)?.builtin, false);
    });

    it('a synonym from the lexicon with a hedge: supported by the pack claim', () => {
      const [c, ...rest] = engine.analyze(SUPPORTED).claims;
      assert.deepEqual(rest, []);
      assert.equal(c.verdict, 'supported');
      assert.equal(c.claimId, CLAIM_ID);
      assert.equal(c.evidence[0].source, 'k2-review');
    });

    it('a denial of the effect: contradicted by the pack claim', () => {
      const [c, ...rest] = engine.analyze(CONTRADICTED).claims;
      assert.deepEqual(rest, []);
      assert.equal(c.verdict, 'contradicted');
      assert.equal(c.claimId, CLAIM_ID);
    });

    it('overstated: the message offers the statement when the pack gives no suggested wording', () => {
      const [c] = engine.analyze(OVERSTATED).claims;
      assert.equal(c.verdict, 'overstated');
      assert.equal(c.claimId, CLAIM_ID);
      assert.equal(suggestedWordingOf(c.claim!), 'Vitamin K2 helps direct calcium into bone.');
      assert.ok(c.message.includes('vitamin K2 helps direct calcium into bone'), c.message);
    });

    it('without the pack the same sentences match nothing in the built-in database', () => {
      const builtin = createEngine(loadDatabaseWithPacks([]).db);
      for (const s of [SUPPORTED, CONTRADICTED]) {
        for (const c of builtin.analyze(s).claims) assert.notEqual(c.claimId, CLAIM_ID);
      }
    });
  });

  describe('CLI (built)', () => {
    let dir: string;
    before(function () {
      this.timeout(180_000);
      ensureBuilt();
    });
    beforeEach(() => (dir = tempDir({ 'packs/k2.yaml': PACK, 'draft.md': DRAFT })));
    afterEach(() => removeDir(dir));

    const claimsOf = (stdout: string) =>
      (JSON.parse(stdout) as { files: Array<{ claims: Array<{ verdict: string; claimId: string | null; suggestedWording: string | null; range: { start: { line: number } } }> }> })
        .files[0].claims;

    it('check --claims <pack> gives supported and contradicted with the pack claim id', () => {
      const r = runCli(['check', '--format', 'json', '--claims', 'packs/k2.yaml', 'draft.md'], { cwd: dir });
      assert.equal(r.status, 1, r.stderr); // a contradicted claim fails the run by default
      const claims = claimsOf(r.stdout);
      assert.deepEqual(
        claims.map((c) => [c.range.start.line, c.verdict, c.claimId]),
        [
          [2, 'supported', CLAIM_ID],
          [4, 'contradicted', CLAIM_ID],
        ],
      );
      // JSON output falls back to the statement for the missing suggested wording.
      assert.equal(claims[1].suggestedWording, 'Vitamin K2 helps direct calcium into bone.');
    });

    it('loads the pack from .factlens/claims/ without --claims', () => {
      fs.mkdirSync(path.join(dir, '.factlens', 'claims'), { recursive: true });
      fs.renameSync(path.join(dir, 'packs', 'k2.yaml'), path.join(dir, '.factlens', 'claims', 'k2.yaml'));
      const r = runCli(['check', '--format', 'json', '--fail-on', 'none', 'draft.md'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(claimsOf(r.stdout).map((c) => c.verdict), ['supported', 'contradicted']);
    });

    it('db validate accepts it; db test reports that it has no labelled examples', () => {
      const v = runCli(['db', 'validate', 'packs/k2.yaml'], { cwd: dir });
      assert.equal(v.status, 0, v.stdout + v.stderr);
      assert.equal(v.stdout.trim(), 'ok: 1 claim in 1 file');
      const t = runCli(['db', 'test', '--packs-only', 'packs/k2.yaml'], { cwd: dir });
      assert.equal(t.status, 0, t.stdout + t.stderr);
      assert.equal(t.stdout.trim(), '0 passed, 0 failed');
      assert.match(t.stderr, /no labelled examples/);
    });
  });

  describe('language server (built)', () => {
    before(function () {
      this.timeout(180_000);
      ensureServerBuilt();
    });

    it('workspace pack: diagnostics appear, and follow the pack when it changes on disk', async () => {
      const dir = tempWorkspace({ '.factlens/claims/k2.yaml': PACK });
      const client = await TestClient.start({ folder: dir });
      try {
        const uri = uriOf(path.join(dir, 'draft.md'));
        await client.open(uri, DRAFT);
        assert.deepEqual(verdicts(await client.diagnosticsFor(uri)), [
          ['supported', CLAIM_ID],
          ['contradicted', CLAIM_ID],
        ]);
        // The pack's curator renames the claim and drops "menaquinone" from the lexicon.
        const packFile = path.join(dir, '.factlens/claims/k2.yaml');
        const edited = PACK.replace(CLAIM_ID, 'k2-moves-calcium-into-bone').replace('terms: [vitamin K2, menaquinone, MK-7]', 'terms: [vitamin K2, MK-7]');
        const before = client.published(uri).length;
        fs.writeFileSync(packFile, edited);
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(packFile), type: 2 }] });
        const after = await client.latestDiagnostics(uri, before);
        // Line 2 (menaquinone, about calcium) no longer matches the claim; line 4 follows the renamed claim.
        assert.deepEqual(
          after.map((d) => [d.range.start.line, ...verdicts([d])[0]]),
          [
            [2, 'unverified', null],
            [4, 'contradicted', 'k2-moves-calcium-into-bone'],
          ],
        );
      } finally {
        await client.stop();
        removeDir(dir);
      }
    });

    it('a pack named in factlens.claimPacks loads, and reloads when it changes', async () => {
      const dir = tempWorkspace({ 'team-packs/k2.yaml': PACK });
      const client = await TestClient.start({ folder: dir, settings: { claimPacks: ['team-packs/k2.yaml'] } });
      try {
        const uri = uriOf(path.join(dir, 'draft.md'));
        await client.open(uri, DRAFT);
        assert.deepEqual(verdicts(await client.diagnosticsFor(uri)), [
          ['supported', CLAIM_ID],
          ['contradicted', CLAIM_ID],
        ]);
        const watcher = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
        assert.ok(JSON.stringify(watcher?.registerOptions).includes('k2.yaml'), JSON.stringify(watcher));
        const packFile = path.join(dir, 'team-packs/k2.yaml');
        const before = client.published(uri).length;
        // The team empties its pack: the verdicts that came from it go away.
        fs.writeFileSync(packFile, 'name: emptied\n');
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(packFile), type: 2 }] });
        const after = await client.latestDiagnostics(uri, before);
        assert.ok(after.every((d) => verdicts([d])[0][1] !== CLAIM_ID), JSON.stringify(after));
      } finally {
        await client.stop();
        removeDir(dir);
      }
    });
  });
});
