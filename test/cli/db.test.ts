import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, removeDir, runCli, tempDir } from './helpers';

// A small pack whose expectations this test controls: a local source text, a tracked entity of
// its own, and one claim with labelled examples.
const SOURCE_TEXT = 'Field notes.\nBoron is found in bone, where it is\nstored with calcium and magnesium.\n';
const GOOD_PACK = `name: Boron test pack
sources:
  - id: boron-notes
    title: Boron field notes
    kind: other
    file: boron-notes.txt
lexicon:
  - id: boron
    terms: [boron]
    category: mineral
claims:
  - id: boron-stored-in-bone
    statement: Boron is stored in bone.
    subject: boron
    relation: located-in
    object: bone
    strength: established
    evidence:
      - {source: boron-notes, quote: "Boron is found in bone, where it is stored", stance: supports}
    suggestedWording: Boron is found in bone.
    examples:
      - {text: "Boron is stored in bone.", verdict: supported}
      - {text: "Boron improves eyesight.", verdict: unverified}
`;

describe('factlens db (built CLI)', () => {
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = tempDir({ 'pack/boron.yaml': GOOD_PACK, 'pack/boron-notes.txt': SOURCE_TEXT });
  });
  afterEach(() => removeDir(dir));
  const write = (rel: string, content: string) => fs.writeFileSync(path.join(dir, rel), content);

  describe('db (show)', () => {
    it('prints the whole database as JSON', () => {
      const r = runCli(['db', '--format', 'json'], { cwd: dir });
      assert.strictEqual(r.status, 0, r.stderr);
      const db = JSON.parse(r.stdout);
      assert.ok(db.sources.length >= 5);
      for (const s of db.sources) for (const k of ['id', 'title', 'kind']) assert.ok(s[k], `source.${k}`);
      assert.ok(db.sources.some((s: { file?: string }) => s.file), 'sources name their seed file');
      assert.ok(db.claims.length > 10);
      for (const c of db.claims) {
        for (const k of ['id', 'statement', 'status']) assert.ok(c[k], `claim.${k}`);
        assert.ok(c.evidence.length > 0);
        for (const e of c.evidence) for (const k of ['source', 'quote', 'stance']) assert.ok(e[k], `evidence.${k}`);
      }
      assert.ok(Array.isArray(db.references) && db.references.length > 0);
      assert.ok(Array.isArray(db.lexicon) && db.lexicon.length > 0);
      assert.deepStrictEqual(db.packs, []);
    });

    it('summarises counts per status, topic and source, and the packs loaded', () => {
      const plain = runCli(['db'], { cwd: dir });
      assert.strictEqual(plain.status, 0, plain.stderr);
      assert.match(plain.stdout, /^  \d+ claims \(\d+ supported, \d+ disputed\), 5 sources, \d+ references, \d+ lexicon entries$/m);
      assert.match(plain.stdout, /packs loaded: none/);
      for (const heading of ['Claims per status:', 'Claims per topic:', 'Claims per source']) assert.ok(plain.stdout.includes(heading), heading);
      assert.match(plain.stdout, /^  mghealth-bones +\d+  Magnesium & Bone Health \(vendor-page, reliability low\)$/m);

      const withPack = runCli(['db', '--claims', 'pack/boron.yaml'], { cwd: dir });
      assert.match(withPack.stdout, /packs loaded: pack\/boron\.yaml/);
      const count = (out: string) => Number(/^  (\d+) claims/m.exec(out)![1]);
      assert.strictEqual(count(withPack.stdout), count(plain.stdout) + 1);
    });

    it('loads packs from .factlens/claims/ in the working directory', () => {
      fs.mkdirSync(path.join(dir, '.factlens', 'claims'), { recursive: true });
      fs.copyFileSync(path.join(dir, 'pack', 'boron.yaml'), path.join(dir, '.factlens', 'claims', 'boron.yaml'));
      fs.copyFileSync(path.join(dir, 'pack', 'boron-notes.txt'), path.join(dir, '.factlens', 'claims', 'boron-notes.txt'));
      const r = runCli(['db', '--format', 'json'], { cwd: dir });
      assert.strictEqual(r.status, 0, r.stderr);
      const db = JSON.parse(r.stdout);
      assert.deepStrictEqual(db.packs, [path.join('.factlens', 'claims', 'boron.yaml')]);
      assert.ok(db.claims.some((c: { id: string }) => c.id === 'boron-stored-in-bone'));
    });

    it('rejects an unknown format or subcommand with exit 2', () => {
      assert.strictEqual(runCli(['db', '--format', 'xml']).status, 2);
      assert.strictEqual(runCli(['db', 'frobnicate']).status, 2);
    });
  });

  describe('db validate', () => {
    it('accepts a good pack, quotes checked against its local source file', () => {
      const r = runCli(['db', 'validate', 'pack/boron.yaml'], { cwd: dir });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.strictEqual(r.stdout.trim(), 'ok: 1 claim in 1 file');
    });

    it('reports a YAML syntax error with file:line:col', () => {
      write('broken.yaml', 'claims:\n  - id: broken\n    statement: Magnesium: the mineral\n');
      const r = runCli(['db', 'validate', 'broken.yaml'], { cwd: dir });
      assert.strictEqual(r.status, 2);
      assert.match(r.stdout, /^broken\.yaml:3:16: YAML syntax error: /m);
    });

    it('reports a schema violation at the offending value', () => {
      write(
        'schema.yaml',
        [
          'claims:',
          '  - id: mg-cures-all',
          '    statement: Magnesium cures everything.',
          '    subject: magnesium',
          '    relation: cures',
          '    object: everything',
          '    strength: established',
          '    evidence:',
          '      - {source: mghealth-bones, quote: "magnesium", stance: supports}',
          '    suggestedWording: Magnesium does a lot.',
          '',
        ].join('\n'),
      );
      const r = runCli(['db', 'validate', 'schema.yaml'], { cwd: dir });
      assert.strictEqual(r.status, 2);
      assert.match(r.stdout, /^schema\.yaml:5:15: claims\[0\]\.relation: /m);
    });

    it('reports an unknown source id and a duplicate claim id with their positions', () => {
      write(
        'refs.yaml',
        [
          'claims:',
          '  - id: mg-required-for-vitamin-d-activation',
          '    statement: Magnesium is needed to convert vitamin D into its active form.',
          '    subject: magnesium',
          '    relation: requires',
          '    object: vitamin D activation',
          '    strength: established',
          '    evidence:',
          '      - {source: mghealth-bones, quote: "magnesium", stance: supports}',
          '    suggestedWording: Magnesium is needed.',
          '  - id: mg-helps-something',
          '    statement: Magnesium helps something.',
          '    subject: magnesium',
          '    relation: increases',
          '    object: something',
          '    strength: may',
          '    evidence:',
          '      - {source: no-such-source, quote: "magnesium", stance: supports}',
          '    suggestedWording: Magnesium may help.',
          '',
        ].join('\n'),
      );
      const r = runCli(['db', 'validate', 'refs.yaml'], { cwd: dir });
      assert.strictEqual(r.status, 2);
      const lines = r.stdout.trim().split('\n');
      assert.strictEqual(lines.length, 2, r.stdout);
      assert.match(lines[0], /^refs\.yaml:2:9: duplicate claim id "mg-required-for-vitamin-d-activation" .*overrides/);
      assert.match(lines[1], /^refs\.yaml:18:18: unknown source id "no-such-source"/);
    });

    it('reports a quote that is not verbatim in the local source file, and a missing source file', () => {
      write('pack/boron.yaml', GOOD_PACK.replace('Boron is found in bone, where it is stored', 'Boron is found in every bone'));
      const bad = runCli(['db', 'validate', 'pack'], { cwd: dir });
      assert.strictEqual(bad.status, 2);
      assert.match(bad.stdout, /^pack\/boron\.yaml:19:38: quote not found verbatim in boron-notes\.txt/m);

      fs.rmSync(path.join(dir, 'pack', 'boron-notes.txt'));
      const missing = runCli(['db', 'validate', 'pack/boron.yaml'], { cwd: dir });
      assert.strictEqual(missing.status, 2);
      assert.match(missing.stdout, /^pack\/boron\.yaml:6:11: source file not found: boron-notes\.txt/m);
    });

    it('exits 2 for a missing pack path or no arguments', () => {
      assert.strictEqual(runCli(['db', 'validate', 'nope.yaml'], { cwd: dir }).status, 2);
      assert.strictEqual(runCli(['db', 'validate'], { cwd: dir }).status, 2);
    });
  });

  describe('db test', () => {
    it('passes when every labelled example of the pack gets its verdict and claim', () => {
      const r = runCli(['db', 'test', '--packs-only', 'pack/boron.yaml'], { cwd: dir });
      assert.strictEqual(r.stdout.trim(), '2 passed, 0 failed', r.stdout + r.stderr);
      assert.strictEqual(r.status, 0);
    });

    it('prints each mismatch and exits 1', () => {
      write('pack/boron.yaml', GOOD_PACK.replace('{text: "Boron is stored in bone.", verdict: supported}', '{text: "Boron is stored in bone.", verdict: contradicted}'));
      const r = runCli(['db', 'test', '--packs-only', 'pack/boron.yaml'], { cwd: dir });
      assert.strictEqual(r.status, 1);
      assert.strictEqual(
        r.stdout,
        'pack/boron.yaml: boron-stored-in-bone: "Boron is stored in bone.": expected contradicted, got supported (matched boron-stored-in-bone)\n1 passed, 1 failed\n',
      );
    });

    it('runs the built-in examples too, with an exit code that matches the summary', () => {
      const r = runCli(['db', 'test'], { cwd: dir });
      const m = /^(\d+) passed, (\d+) failed$/m.exec(r.stdout);
      assert.ok(m, r.stdout + r.stderr);
      assert.ok(Number(m[1]) + Number(m[2]) > 10, 'the built-in database has labelled examples');
      assert.strictEqual(r.status, Number(m[2]) > 0 ? 1 : 0);
      assert.strictEqual(r.stdout.trim().split('\n').length, Number(m[2]) + 1, 'one line per mismatch');
    });

    it('exits 2 for an invalid pack', () => {
      write('bad.yaml', 'claims: [\n');
      assert.strictEqual(runCli(['db', 'test', 'bad.yaml'], { cwd: dir }).status, 2);
    });
  });
});
