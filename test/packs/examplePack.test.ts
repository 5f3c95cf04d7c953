// The documented example pack (examples/packs/vitamin-k2) must stay valid, pass its own
// self-tests, leave the built-in examples alone and give its draft every verdict.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { Claim, LexiconEntry, PackFile, Reference, Source } from '../../server/src/engine/db/schema';
import { ensureBuilt, root, runCli } from '../cli/helpers';

const PACK_DIR = path.join('examples', 'packs', 'vitamin-k2');
const PACK_FILE = path.join(PACK_DIR, 'vitamin-k2.yaml');
const pack = parseYaml(fs.readFileSync(path.join(root, PACK_FILE), 'utf8')) as {
  claims: Array<{ id: string; examples?: Array<{ verdict: string }> }>;
  sources: Array<{ file?: string }>;
};
const exampleCount = pack.claims.reduce((n, c) => n + (c.examples?.length ?? 0), 0);

describe('example claim pack: vitamin K2', function () {
  this.timeout(120_000);
  before(function () {
    this.timeout(180_000);
    ensureBuilt();
  });

  it('is a real pack: 5-8 claims, each with labelled examples, quotes from a local source file', () => {
    assert.ok(pack.claims.length >= 5 && pack.claims.length <= 8, `${pack.claims.length} claims`);
    for (const c of pack.claims) assert.ok((c.examples?.length ?? 0) >= 1, `${c.id} has examples`);
    assert.ok(pack.sources.every((s) => s.file && fs.existsSync(path.join(root, PACK_DIR, s.file))), 'every source has its text beside the pack');
    // The topic is new: none of its claim ids exist in the built-in database.
    const builtin = JSON.parse(runCli(['db', '--format', 'json']).stdout) as { claims: Array<{ id: string }> };
    const ids = new Set(builtin.claims.map((c) => c.id));
    for (const c of pack.claims) assert.equal(ids.has(c.id), false, c.id);
  });

  it('db validate: schema, ids, references and every quote against k2-notes.txt', () => {
    const r = runCli(['db', 'validate', PACK_DIR]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.trim(), `ok: ${pack.claims.length} claims in 1 file`);
  });

  it('db test: every labelled example of the pack gets its verdict and claim', () => {
    const r = runCli(['db', 'test', '--packs-only', PACK_DIR]);
    assert.equal(r.stdout.trim(), `${exampleCount} passed, 0 failed`, r.stdout + r.stderr);
    assert.equal(r.status, 0);
  });

  it('db test with the built-in examples: the pack changes none of their outcomes', () => {
    const mismatches = (out: string) => out.split('\n').filter((l) => l && !/^\d+ passed, \d+ failed$/.test(l));
    const without = runCli(['db', 'test']);
    const withPack = runCli(['db', 'test', PACK_DIR]);
    assert.deepEqual(mismatches(withPack.stdout), mismatches(without.stdout));
    const count = (out: string) => Number(/^(\d+) passed/m.exec(out)![1]);
    assert.equal(count(withPack.stdout), count(without.stdout) + exampleCount);
  });

  it('the draft gets every verdict, from the pack claims', () => {
    const r = runCli(['check', '--format', 'json', '--claims', PACK_DIR, path.join(PACK_DIR, 'draft.md')]);
    assert.equal(r.status, 1, r.stderr);
    const claims = (JSON.parse(r.stdout) as { files: Array<{ claims: Array<{ text: string; verdict: string; claimId: string | null }> }> }).files[0].claims;
    const verdictOf = (sentence: string) => {
      const c = claims.find((x) => x.text.replace(/\s+/g, ' ') === sentence);
      assert.ok(c, `${sentence} not found in ${JSON.stringify(claims.map((x) => x.text))}`);
      return [c.verdict, c.claimId];
    };
    assert.deepEqual(verdictOf('Menaquinone may help move calcium into the bones.'), ['supported', 'k2-directs-calcium-to-bone']);
    assert.deepEqual(verdictOf('Fermented foods contain no vitamin K2.'), ['contradicted', 'k2-found-in-fermented-foods']);
    assert.deepEqual(verdictOf('Vitamin K2 always puts calcium into your bones.'), ['overstated', 'k2-directs-calcium-to-bone']);
    assert.deepEqual(verdictOf('Vitamin K2 supplements prevent fractures.'), ['disputed', 'k2-supplements-prevent-fractures']);
    assert.deepEqual(verdictOf('Vitamin K2 also improves memory.'), ['unverified', null]);
    // Without the pack none of it is checked against vitamin K2 claims.
    const bare = runCli(['check', '--format', 'json', '--fail-on', 'none', path.join(PACK_DIR, 'draft.md')]);
    const bareClaims = (JSON.parse(bare.stdout) as { files: Array<{ claims: Array<{ claimId: string | null }> }> }).files[0].claims;
    assert.ok(bareClaims.every((c) => !c.claimId?.startsWith('k2-')));
  });

  it('the README documents every field of the schema', () => {
    const readme = fs.readFileSync(path.join(root, PACK_DIR, 'README.md'), 'utf8');
    for (const schema of [PackFile, Source, Reference, LexiconEntry, Claim]) {
      for (const field of Object.keys(schema.shape)) assert.ok(readme.includes(`\`${field}\``), `README.md documents \`${field}\``);
    }
  });
});
