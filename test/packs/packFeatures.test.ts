// What a claim pack can do besides adding claims: override and retire built-in claims by id,
// come as JSON, and have its quotes checked against a local source text. And what it cannot:
// reuse a built-in id without saying so, or read a source file outside its folder and the workspace.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase, loadDatabaseWithPacks } from '../../server/src/engine/db/load';
import { ensureBuilt, removeDir, runCli, tempDir } from '../cli/helpers';
import { ensureServerBuilt, messageOf, TestClient, tempWorkspace, uriOf } from '../lsp/harness';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'packs');
const K2 = fs.readFileSync(path.join(FIXTURES, 'k2-minimal.yaml'), 'utf8');
const TEAM = fs.readFileSync(path.join(FIXTURES, 'team', 'team.yaml'), 'utf8');
const TEXTBOOK = fs.readFileSync(path.join(FIXTURES, 'team', 'textbook.txt'), 'utf8');

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): { line: number; column: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `not found: ${needle}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function load(files: Record<string, string>, options: { roots?: (dir: string) => string[] } = {}) {
  const dir = tempDir(files);
  const packs = Object.keys(files).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => path.join(dir, f));
  const loaded = loadDatabaseWithPacks(packs, loadBuiltinDatabase(), { sourceRoots: options.roots?.(dir) });
  return { dir, ...loaded, engine: createEngine(loaded.db), file: (rel: string) => path.join(dir, rel) };
}

const analyze = (engine: ReturnType<typeof createEngine>, text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);

describe('claim packs: override, retire, collisions, JSON, local source texts', function () {
  this.timeout(60_000);
  const builtin = loadBuiltinDatabase();
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));
  const track = <T extends { dir: string }>(x: T) => (dirs.push(x.dir), x);

  describe('override and retire by id', () => {
    it('an override replaces the built-in claim: the engine matches the pack version', () => {
      const { db, issues, engine, file } = track(load({ 'team/team.yaml': TEAM, 'team/textbook.txt': TEXTBOOK }));
      assert.deepEqual(issues, []);
      const claim = db.claims.find((c) => c.id === 'mg-over-60-percent-in-bone')!;
      assert.equal(claim.statement, "About 50-60% of the body's magnesium is stored in the skeleton.");
      assert.deepEqual(db.claimOrigin.get(claim.id), { file: file('team/team.yaml'), builtin: false });
      assert.equal(db.claims.filter((c) => c.id === claim.id).length, 1, 'replaced, not duplicated');
      const [c] = engine.analyze('Only about 10% of your magnesium is found in your bones.').claims;
      assert.deepEqual([c.verdict, c.claimId, c.evidence[0].source], ['contradicted', 'mg-over-60-percent-in-bone', 'team-textbook']);
      assert.deepEqual(analyze(engine, "About 55% of the body's magnesium is stored in the skeleton."), [['supported', 'mg-over-60-percent-in-bone']]);
      // The built-in database itself is untouched (packs merge into a copy).
      assert.equal(builtin.claims.find((x) => x.id === claim.id)!.statement, "Over 60% of the body's magnesium is found in bone.");
    });

    it('a retired claim is gone: no sentence matches it any more', () => {
      const sentence = 'Magnesium gives bones malleability, which helps them absorb force.';
      assert.deepEqual(analyze(createEngine(builtin), sentence), [['supported', 'mg-gives-bone-malleability']]);
      const { db, engine } = track(load({ 'team/team.yaml': TEAM, 'team/textbook.txt': TEXTBOOK }));
      assert.equal(db.claims.some((c) => c.id === 'mg-gives-bone-malleability'), false);
      assert.equal(db.claimOrigin.has('mg-gives-bone-malleability'), false);
      assert.equal(db.claims.length, builtin.claims.length - 1);
      for (const c of engine.analyze(sentence).claims) assert.notEqual(c.claimId, 'mg-gives-bone-malleability');
    });

    it('retiring or overriding an id that does not exist is an error at the id', () => {
      const text = TEAM.replace('  - mg-gives-bone-malleability', '  - no-such-claim').replace('  - id: mg-over-60-percent-in-bone', '  - id: no-such-override');
      const { issues, file } = track(load({ 'team/team.yaml': text, 'team/textbook.txt': TEXTBOOK }));
      assert.deepEqual(
        issues.map((i) => [i.file, i.line, i.column, i.message]),
        [
          [file('team/team.yaml'), at(text, 'no-such-override').line, at(text, 'no-such-override').column, 'cannot override unknown claim "no-such-override"'],
          [file('team/team.yaml'), at(text, 'no-such-claim').line, at(text, 'no-such-claim').column, 'cannot retire unknown claim "no-such-claim"'],
        ],
      );
    });
  });

  describe('ids cannot silently collide with built-in ones', () => {
    it('a claim, source, reference or lexicon id reused without `overrides` is an error at file:line:col', () => {
      const reused = K2.replace('id: k2-directs-calcium-to-bone', 'id: mg-over-60-percent-in-bone')
        .replace('{id: k2-review,', '{id: mghealth-bones,')
        .replace('source: k2-review', 'source: mghealth-bones')
        .replace('{id: vitamin-k2,', '{id: magnesium,')
        .replace('subject: vitamin-k2', 'subject: magnesium');
      const withRef = reused + `references:\n  - {id: ${[...builtin.references.keys()][0]}, title: Same id}\n`;
      const { issues, db } = track(load({ 'k2.yaml': withRef }));
      const refId = [...builtin.references.keys()][0];
      const pos = (needle: string, shift = 0) => `${at(withRef, needle).line}:${at(withRef, needle).column + shift}`;
      const got = issues.map((i) => `${i.line}:${i.column}: ${i.message}`);
      const expected = [
        new RegExp(`^${pos('mghealth-bones,')}: duplicate source id "mghealth-bones" \\(already defined in .*sources\\.yaml\\)$`),
        new RegExp(`^${pos(`id: ${refId}`, 4)}: duplicate reference id "${refId}"$`),
        new RegExp(`^${pos('magnesium,')}: duplicate lexicon id "magnesium"$`),
        new RegExp(
          `^${pos('mg-over-60-percent-in-bone')}: duplicate claim id "mg-over-60-percent-in-bone" \\(already defined in .*bone\\.yaml\\); to replace the built-in claim, list it under overrides$`,
        ),
      ];
      assert.equal(got.length, expected.length, got.join('\n'));
      expected.forEach((re, i) => assert.match(got[i], re));
      // Nothing built in was replaced by the colliding definitions.
      assert.equal(db.claims.find((c) => c.id === 'mg-over-60-percent-in-bone')!.statement, "Over 60% of the body's magnesium is found in bone.");
      assert.equal(db.sources.get('mghealth-bones'), builtin.sources.get('mghealth-bones'));
    });

    it('two packs defining the same claim id: the second is an error naming the first', () => {
      const { issues, file } = track(load({ 'a.yaml': K2, 'b.yaml': K2.replace(/k2-review/g, 'k2-review-b').replace(/vitamin-k2\b/g, 'vitamin-k2-b') }));
      assert.equal(issues.length, 1, JSON.stringify(issues));
      assert.equal(issues[0].file, file('b.yaml'));
      assert.match(issues[0].message, new RegExp(`duplicate claim id "k2-directs-calcium-to-bone" \\(already defined in ${file('a.yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\)`));
    });
  });

  describe('JSON packs', () => {
    const json = JSON.stringify(parseYaml(K2), null, 2);

    it('the minimal pack as JSON loads and works like the YAML one', () => {
      const { issues, engine } = track(load({ 'k2.json': json }));
      assert.deepEqual(issues, []);
      assert.deepEqual(analyze(engine, 'Menaquinone may help move calcium into the bones.'), [['supported', 'k2-directs-calcium-to-bone']]);
      assert.deepEqual(analyze(engine, 'Vitamin K2 has no effect on where calcium ends up in bone.'), [['contradicted', 'k2-directs-calcium-to-bone']]);
    });

    it('a JSON syntax error and a schema error are reported at their line and column', () => {
      const broken = json.replace('"strength": "may"', '"strength": "may",,');
      const { issues: syntax } = track(load({ 'k2.json': broken }));
      assert.equal(syntax.length >= 1, true);
      assert.match(syntax[0].message, /syntax error/);
      assert.equal(syntax[0].line, at(broken, ',,').line);
      const wrong = json.replace('"relation": "increases"', '"relation": "boosts"');
      const { issues: schema } = track(load({ 'k2.json': wrong }));
      assert.deepEqual(
        schema.map((i) => [i.line, i.column]),
        [[at(wrong, '"boosts"').line, at(wrong, '"boosts"').column]],
      );
      assert.match(schema[0].message, /^claims\[0\]\.relation: /);
    });
  });

  describe('quotes against a local source text', () => {
    it('a quote not verbatim in the source file is an error at the quote, and its claim is skipped', () => {
      const text = TEAM.replace("50-60%, is stored in the skeleton", '50-60%, is locked in the skeleton');
      const { issues, db } = track(load({ 'team/team.yaml': text, 'team/textbook.txt': TEXTBOOK }));
      assert.equal(issues.length, 1, JSON.stringify(issues));
      assert.deepEqual([issues[0].line, issues[0].column], [at(text, 'About half to sixty').line, at(text, 'About half to sixty').column - 1]);
      assert.match(issues[0].message, /^quote not found verbatim in textbook\.txt \(source "team-textbook"\)/);
      // The failed override leaves the built-in claim in place; the retirement still applies.
      assert.equal(db.claims.find((c) => c.id === 'mg-over-60-percent-in-bone')!.statement, "Over 60% of the body's magnesium is found in bone.");
      assert.equal(db.claims.some((c) => c.id === 'mg-gives-bone-malleability'), false);
    });

    it('whitespace differences (line wraps in the source) are forgiven, nothing else', () => {
      const rewrapped = TEXTBOOK.replace("magnesium, 50-60%, is stored in the\nskeleton", 'magnesium,\n   50-60%,   is stored\n\nin the skeleton');
      assert.deepEqual(track(load({ 'team/team.yaml': TEAM, 'team/textbook.txt': rewrapped })).issues, []);
      const changed = TEXTBOOK.replace("body's", 'bodys');
      assert.equal(track(load({ 'team/team.yaml': TEAM, 'team/textbook.txt': changed })).issues.length, 1);
    });

    it('a source without a local file is taken as given', () => {
      const { issues, db } = track(load({ 'k2.yaml': K2 }));
      assert.deepEqual(issues, []);
      assert.equal(db.claims.some((c) => c.id === 'k2-directs-calcium-to-bone'), true);
    });

    it('a missing source file, or one outside the pack folder and the workspace, is an error at `file`', () => {
      const missing = track(load({ 'team/team.yaml': TEAM }));
      assert.equal(missing.issues.length, 1);
      assert.deepEqual([missing.issues[0].line, missing.issues[0].column], [at(TEAM, 'textbook.txt').line, at(TEAM, 'textbook.txt').column]);
      assert.match(missing.issues[0].message, /^source file not found: textbook\.txt/);

      const up = TEAM.replace('file: textbook.txt', 'file: ../notes/textbook.txt');
      const files = { 'ws/packs/team.yaml': up, 'ws/notes/textbook.txt': TEXTBOOK };
      const outside = track(load(files));
      assert.equal(outside.issues.length, 1, JSON.stringify(outside.issues));
      assert.match(outside.issues[0].message, /is outside the workspace and the pack's folder/);
      // The same layout is fine when the workspace (a source root) contains the file.
      assert.deepEqual(track(load(files, { roots: (dir) => [path.join(dir, 'ws')] })).issues, []);

      const device = TEAM.replace('file: textbook.txt', 'file: /dev/zero');
      assert.match(track(load({ 'team/team.yaml': device }, { roots: () => ['/dev'] })).issues[0].message, /not a regular file/);
    });
  });

  describe('CLI and language server (built)', () => {
    before(function () {
      this.timeout(180_000);
      ensureBuilt();
      ensureServerBuilt();
    });

    it('check: a bad quote in a pack stops the run with file:line:col (results would not be trustworthy)', () => {
      const text = TEAM.replace("50-60%, is stored in the skeleton", '50-60%, is locked in the skeleton');
      const dir = tempDir({ 'team/team.yaml': text, 'team/textbook.txt': TEXTBOOK, 'doc.md': 'Magnesium is stored in bone.\n' });
      dirs.push(dir);
      const r = runCli(['check', '--claims', 'team', 'doc.md'], { cwd: dir });
      assert.equal(r.status, 2, r.stdout + r.stderr);
      const { line, column } = at(text, 'About half to sixty');
      assert.ok(r.stderr.includes(`team${path.sep}team.yaml:${line}:${column - 1}: quote not found verbatim in textbook.txt`), r.stderr);
    });

    it('language server: a bad quote is shown in the pack; fixing the source text reloads and clears it', async () => {
      const dir = tempWorkspace({
        '.factlens/claims/team.yaml': TEAM,
        '.factlens/claims/textbook.txt': TEXTBOOK.replace("body's magnesium, 50-60%", "body's magnesium (50-60%)"),
      });
      dirs.push(dir);
      const client = await TestClient.start({ folder: dir });
      try {
        const packUri = uriOf(path.join(dir, '.factlens/claims/team.yaml'));
        const uri = uriOf(path.join(dir, 'draft.md'));
        await client.open(uri, "About 55% of the body's magnesium is stored in the skeleton.\n");
        const packDiags = await client.latestDiagnostics(packUri);
        assert.equal(packDiags.length, 1);
        assert.match(messageOf(packDiags[0]), /quote not found verbatim in textbook\.txt/);
        assert.equal(packDiags[0].range.start.line, at(TEAM, 'About half to sixty').line - 1);
        // The override was skipped: the built-in "over 60%" claim is in force.
        const before = await client.diagnosticsFor(uri);
        assert.equal((before[0].data as { claimId: string }).claimId, 'mg-over-60-percent-in-bone');
        assert.match(messageOf(before[0]), /over 60% of the body's magnesium is found in bone/);

        const published = client.published(packUri).length;
        const docPublished = client.published(uri).length;
        const sourceFile = path.join(dir, '.factlens/claims/textbook.txt');
        fs.writeFileSync(sourceFile, TEXTBOOK);
        await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(sourceFile), type: 2 }] });
        assert.deepEqual(await client.latestDiagnostics(packUri, published), []);
        const after = await client.latestDiagnostics(uri, docPublished);
        assert.deepEqual(after.map((d) => [d.code, (d.data as { claimId: string }).claimId]), [['supported', 'mg-over-60-percent-in-bone']]);
        assert.match(messageOf(after[0]), /about 50-60% of the body's magnesium is stored in the skeleton/);
      } finally {
        await client.stop();
      }
    });
  });
});
