// Claim packs are data: broken ones are reported at file:line:col and skipped, hostile ones
// (alias bombs, huge files, devices, paths outside the workspace, regex metacharacters) are refused
// or read as plain text, and nothing a pack holds is executed.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { createEngine } from '../../server/src/engine/createEngine';
import { mergeFiles } from '../../server/src/engine/db/database';
import { loadBuiltinDatabase, MAX_PACK_BYTES, readClaimsFile } from '../../server/src/engine/db/load';
import { parseClaimsFile } from '../../server/src/engine/db/parseFile';
import { ensureBuilt, runCli, tempDir } from '../cli/helpers';
import { PACK } from '../lsp/fixtures';
import { assertWellFormed, counters, mutate, mutation, SEED } from './support';

const builtin = loadBuiltinDatabase();

function issuesOf(text: string, file = 'pack.yaml') {
  const parsed = parseClaimsFile(file, text);
  return mergeFiles(builtin, [{ parsed, builtin: false }]).issues;
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): { line: number; column: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `not found: ${needle}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('robustness: broken and hostile claim packs', function () {
  this.timeout(120_000);

  it('the fixture pack is valid (so the mutations below start from a good pack)', () => {
    assert.deepEqual(issuesOf(PACK), []);
  });

  it('YAML syntax error: reported at its line and column', () => {
    const text = PACK.replace('    kind: review-article', '    kind: [review-article');
    counters.badInputs++;
    const issues = issuesOf(text);
    assert.ok(issues.length >= 1);
    assert.match(issues[0].message, /YAML syntax error/);
    assert.ok(issues[0].line >= at(text, 'kind: [review').line, JSON.stringify(issues[0]));
  });

  it('schema violation, unknown source id and duplicate id: each at the offending value', () => {
    const schema = PACK.replace('    kind: review-article', '    kind: blog-post');
    const unknown = PACK.replace('      - source: boron-review', '      - source: no-such-source');
    const duplicate = PACK + PACK.slice(PACK.indexOf('  - id: boron-supports-bone-strength'));
    counters.badInputs += 3;
    const s = issuesOf(schema);
    assert.equal(s.length, 1);
    assert.deepEqual({ line: s[0].line, column: s[0].column }, at(schema, 'blog-post'));
    assert.match(s[0].message, /sources\[0\]\.kind/);
    const u = issuesOf(unknown);
    assert.equal(u.length, 1);
    assert.deepEqual({ line: u[0].line, column: u[0].column }, at(unknown, 'no-such-source'));
    assert.match(u[0].message, /unknown source id "no-such-source"/);
    const d = issuesOf(duplicate);
    const dupAt = duplicate.lastIndexOf('boron-supports-bone-strength');
    const dupLine = duplicate.slice(0, dupAt).split('\n').length;
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0].line, dupLine);
    assert.match(d[0].message, /duplicate claim id/);
  });

  it('refuses a YAML alias bomb ("billion laughs") instead of expanding it', function () {
    this.timeout(20_000); // expansion would need ~10^9 nodes: minutes and gigabytes
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    const text = `name: bomb\ndescription: x\n${levels.join('\n')}\n`;
    counters.badInputs++;
    const parsed = parseClaimsFile('bomb.yaml', text);
    assert.equal(parsed.data, null);
    assert.ok(parsed.issues.length > 0);
    assert.match(parsed.issues[0].message, /alias|cannot read/i);
  });

  it('refuses packs over the size limit, devices and FIFOs without reading them', function () {
    const dir = tempDir();
    const huge = path.join(dir, 'huge.yaml');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, MAX_PACK_BYTES + 1); // sparse: no need to write 5 MB
    counters.badInputs += 3;
    assert.match(readClaimsFile(huge).issues[0].message, /over the 5 MB limit/);
    assert.match(readClaimsFile('/dev/zero').issues[0].message, /not a regular file/);
    const fifo = path.join(dir, 'fifo.yaml');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system: the /dev/zero case above covers devices
    }
    // Reading a FIFO with no writer blocks forever: the test would time out.
    assert.match(readClaimsFile(fifo).issues[0].message, /not a regular file/);
  });

  it('mutated packs never throw; issues point inside the file; the engine builds on what loads', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (ms, asJson) => {
        let text = asJson ? JSON.stringify(parseClaimsFile('p.yaml', PACK).data, null, 2) : PACK;
        for (const m of ms) text = mutate(text, m);
        counters.badInputs++;
        const parsed = parseClaimsFile(asJson ? 'pack.json' : 'pack.yaml', text);
        const { db, issues } = mergeFiles(builtin, [{ parsed, builtin: false }]);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const i of issues) {
          assert.ok(i.line >= 1 && i.column >= 1, JSON.stringify(i));
          if (i.file === (asJson ? 'pack.json' : 'pack.yaml')) assert.ok(i.line <= lines + 1, `${JSON.stringify(i)} beyond ${lines} lines`);
          assert.ok(i.message.length > 0);
        }
        const engine = createEngine(db);
        const doc = 'Boron may support bone strength. Magnesium is stored in bone.';
        assertWellFormed(doc, engine.analyze(doc));
      }),
      { seed: SEED + 10, numRuns: 80 },
    );
  });

  it('terms and keywords full of regular-expression syntax are matched as plain text, in bounded time', function () {
    this.timeout(30_000);
    const evil = ['(a+)+$', '(x|x)*y', '[', '\\', '.*.*.*=.*', '(?<=a)b', '$&', '^(([a-z])+.)+[A-Z]([a-z])+$'];
    const pack = {
      sources: [{ id: 'evil-source', title: '<img src=x onerror=alert(1)>', kind: 'website', url: 'javascript:alert(1)' }],
      lexicon: [{ id: 'evil-term', terms: evil, category: 'substance' }],
      claims: [
        {
          id: 'evil-claim',
          statement: '(a+)+$ raises calcium.',
          subject: '(a+)+$',
          relation: 'increases',
          object: 'calcium',
          strength: 'may',
          keywords: evil,
          evidence: [{ source: 'evil-source', quote: '(a+)+$ may raise calcium', stance: 'supports' }],
          suggestedWording: '(a+)+$ may raise calcium.',
        },
      ],
    };
    const parsed = parseClaimsFile('evil.json', JSON.stringify(pack));
    const { db, issues } = mergeFiles(builtin, [{ parsed, builtin: false }]);
    assert.deepEqual(issues, []);
    const engine = createEngine(db);
    counters.badInputs++;
    // Inputs that would backtrack catastrophically if a term were used as a regex.
    const text = `${'a'.repeat(5000)}! (a+)+$ raises calcium. ${'x'.repeat(5000)} ${'ab'.repeat(3000)}A`;
    const a = engine.analyze(text);
    assertWellFormed(text, a);
    assert.ok(a.claims.some((c) => c.claimId === 'evil-claim'), 'the literal term is matched as text');
  });

  describe('CLI', () => {
    before(function () {
      this.timeout(180_000);
      ensureBuilt();
    });

    it('a broken --claims pack: exit 2 and file:line:col: message on stderr', () => {
      const bad = PACK.replace('      - source: boron-review', '      - source: no-such-source');
      const dir = tempDir({ 'pack.yaml': bad, 'doc.md': 'Magnesium is stored in bone.\n' });
      counters.badInputs++;
      const r = runCli(['check', '--claims', 'pack.yaml', 'doc.md'], { cwd: dir });
      assert.equal(r.status, 2, r.stderr);
      const { line, column } = at(bad, 'no-such-source');
      assert.ok(r.stderr.includes(`pack.yaml:${line}:${column}: unknown source id "no-such-source"`), r.stderr);
    });

    it('db validate never reads a source `file` outside the workspace and the pack folder', () => {
      const outside = tempDir({ 'secret.txt': 'boron may support bone strength' });
      const pack = PACK.replace('    reliability: high', `    reliability: high\n    file: ${path.join(outside, 'secret.txt')}`);
      const relative = PACK.replace('    reliability: high', `    reliability: high\n    file: ${path.relative(path.join(tempDir(), 'x'), path.join(outside, 'secret.txt'))}`);
      for (const text of [pack, relative]) {
        const dir = tempDir({ 'packs/pack.yaml': text });
        counters.badInputs++;
        const r = runCli(['db', 'validate', 'packs/pack.yaml'], { cwd: dir });
        assert.equal(r.status, 2, r.stdout + r.stderr);
        assert.match(r.stdout, /pack\.yaml:\d+:\d+: source file .* is outside the workspace/);
      }
      // Inside the pack's folder it is read (and the quote found): the refusal above is about the place.
      const ok = tempDir({ 'packs/pack.yaml': PACK.replace('    reliability: high', '    reliability: high\n    file: source.txt'), 'packs/source.txt': 'boron may support bone strength' });
      const r = runCli(['db', 'validate', 'packs/pack.yaml'], { cwd: ok });
      assert.equal(r.status, 0, r.stdout + r.stderr);
    });
  });
});
