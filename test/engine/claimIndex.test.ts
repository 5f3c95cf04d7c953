import * as assert from 'assert';
import { fromCompiled, toCompiled, type CompiledDatabase } from '../../server/src/engine/db/database';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { compileClaim } from '../../server/src/engine/match/compiledClaim';
import { fitsLexicon, withCompiledClaims } from '../../server/src/engine/match/precompiled';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openArtefact, readArtefact } from '../../server/src/engine/db/artefact';
import { ClaimIndex } from '../../server/src/engine/match/claimIndex';
import { creditedBesidesRelatives, MATCH_THRESHOLD, mayCredit, rankMatches, scoreClaim } from '../../server/src/engine/match/matcher';
import { readSentence } from '../../server/src/engine/nlp/features';
import { Lexicon } from '../../server/src/engine/nlp/lexicon';

// The index only prunes: ranking through it must equal scoring every claim in the database.
describe('claim index', () => {
  const db = loadBuiltinDatabase();
  const lexicon = new Lexicon(db.lexicon);
  const index = new ClaimIndex(db.claims, lexicon);
  const sentences = db.claims.flatMap((c) => [c.statement, c.suggestedWording, c.subject + ' ' + c.relation + ' ' + c.object, ...c.examples.map((e) => e.text)].filter((s): s is string => !!s));

  it('finds every claim that scores above the threshold (same order as a full scan)', () => {
    assert.ok(sentences.length > 100);
    let matched = 0;
    for (const text of sentences) {
      const features = readSentence(text, lexicon);
      const brute = index.claims
        .map((compiled) => ({ compiled, score: scoreClaim(index, compiled, features) }))
        .filter((m) => m.score >= MATCH_THRESHOLD)
        .sort((a, b) => b.score - a.score)
        .map((m) => `${m.compiled.claim.id}:${m.score}`);
      const indexed = rankMatches(index, features).map((m) => `${m.compiled.claim.id}:${m.score}`);
      assert.deepStrictEqual(indexed, brute, text);
      if (brute.length) matched++;
    }
    assert.ok(matched > sentences.length / 2, `most database sentences match something (${matched}/${sentences.length})`);
  });

  it('a concept credits the same lexicon concepts, in the same order, as asking mayCredit of each', () => {
    const ids = [...lexicon.concepts.keys(), 'not-a-concept'];
    for (const s of ids) {
      const scan = new Set<string>([s, ...lexicon.relatives(s)]);
      for (const c of lexicon.concepts.keys()) if (mayCredit(index, c, s)) scan.add(c);
      const grouped = new Set<string>([s, ...lexicon.relatives(s)]);
      for (const c of creditedBesidesRelatives(index, s)) grouped.add(c);
      assert.deepStrictEqual([...grouped], [...scan], s);
    }
  });

  it('looks at fewer claims than the whole database for a specific sentence', () => {
    const features = readSentence('Calcitonin lowers blood calcium.', lexicon);
    const candidates = index.candidates(features.conceptIds);
    assert.ok(candidates.length > 0 && candidates.length < index.claims.length / 2, `${candidates.length} of ${index.claims.length}`);
  });
});

describe('prebuilt compiled claims', () => {
  const db = loadBuiltinDatabase();
  const lexicon = new Lexicon(db.lexicon);
  const json = JSON.stringify(withCompiledClaims(toCompiled(db)));

  for (const [how, load] of [
    ['parsed whole', () => fromCompiled(JSON.parse(json) as CompiledDatabase)],
    ['read lazily', () => readArtefact(Buffer.from(json))],
  ] as const) {
    it(`restore to exactly what compiling gives (${how})`, () => {
      const loaded = load();
      assert.ok(loaded.precompiled);
      assert.strictEqual(loaded.precompiled.count, db.claims.length);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(loaded.claims)), JSON.parse(JSON.stringify(db.claims)));
      loaded.claims.forEach((claim, i) => {
        assert.deepStrictEqual(loaded.precompiled!.compiled(i), compileClaim(claim, lexicon), claim.id);
      });
      // An open interval ("over 60%") keeps its infinite bound.
      assert.ok(loaded.claims.some((_, i) => loaded.precompiled!.compiled(i).interval?.max === Infinity));
      // The index built from the stored form equals the one built by compiling.
      const index = new ClaimIndex(loaded.claims, new Lexicon(loaded.lexicon), loaded.precompiled, loaded.lexicon);
      assert.deepStrictEqual(index.claims, new ClaimIndex(loaded.claims, lexicon).claims);
      assert.deepStrictEqual(index.wordDf, new ClaimIndex(loaded.claims, lexicon).wordDf);
    });
  }

  it('lazy claims read, spread and serialise as the claims they stand for', () => {
    const fresh = readArtefact(Buffer.from(json));
    fresh.claims.forEach((claim, i) => {
      // Fields known before the claim is parsed.
      assert.strictEqual(claim.relation, db.claims[i].relation);
      assert.strictEqual(claim.status, db.claims[i].status);
    });
    const loaded = readArtefact(Buffer.from(json));
    loaded.claims.forEach((claim, i) => {
      assert.deepStrictEqual(claim, db.claims[i]);
      assert.deepStrictEqual({ ...claim }, db.claims[i]);
      assert.strictEqual(JSON.stringify(claim), JSON.stringify(db.claims[i]));
    });
  });

  it('read from a file: claims are read from it when first used', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-artefact-')), 'claims-db.json');
    fs.writeFileSync(file, json);
    // A file this small is normally read whole (below): 0 makes it be read claim by claim, as a large one.
    const loaded = openArtefact(file, 0);
    assert.ok(loaded.precompiled);
    assert.strictEqual(JSON.stringify(loaded.claims), JSON.stringify(db.claims));
    loaded.claims.forEach((claim, i) => assert.deepStrictEqual(loaded.precompiled!.compiled(i), compileClaim(claim, lexicon), claim.id));
    // Read whole, the same claims, which a rewritten file no longer affects.
    const whole = openArtefact(file);
    assert.ok(whole.precompiled);
    // Rewritten under a running server: a claim not read yet cannot be read from the new file.
    const other = openArtefact(file, 0);
    fs.writeFileSync(file, json.replace('"statement":"', '"statement":"Changed: '));
    assert.throws(() => other.claims[0].statement, /changed after FactLens loaded it/);
    // The compiled forms are read from the file too.
    assert.throws(() => other.precompiled!.compiled(1), /changed after FactLens loaded it/);
    assert.strictEqual(JSON.stringify(whole.claims), JSON.stringify(db.claims));
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('a file whose compiled claims are not where its index says is parsed whole', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-artefact-')), 'claims-db.json');
    const broken = JSON.parse(json) as CompiledDatabase & { index: { compiledBytes: number[] } };
    broken.index.compiledBytes[5] += 1;
    for (const [what, text] of [
      ['a compiled claim longer than it is', JSON.stringify(broken)],
      ['something after the compiled claims', json.slice(0, -1) + ',"more":1}'],
      ['cut short', json.slice(0, -2)],
    ]) {
      fs.writeFileSync(file, text);
      let loaded: ReturnType<typeof openArtefact> | undefined;
      try {
        loaded = openArtefact(file, 0);
      } catch {
        assert.strictEqual(what, 'cut short', 'only a file that is not JSON fails to load');
        continue;
      }
      assert.strictEqual(JSON.stringify(loaded.claims), JSON.stringify(db.claims), what);
      loaded.claims.forEach((claim, i) => assert.deepStrictEqual(loaded!.precompiled?.compiled(i) ?? compileClaim(claim, lexicon), compileClaim(claim, lexicon), claim.id));
    }
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('a file the lazy reader cannot walk is parsed whole', () => {
    const loaded = readArtefact(Buffer.from(JSON.stringify(JSON.parse(json), null, 1)));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(loaded.claims)), JSON.parse(JSON.stringify(db.claims)));
    assert.ok(loaded.precompiled);
  });

  it('are not used when packs changed the lexicon', () => {
    const loaded = readArtefact(Buffer.from(json));
    assert.ok(loaded.precompiled && fitsLexicon(loaded.precompiled, loaded.lexicon));
    assert.ok(!fitsLexicon(loaded.precompiled, [...loaded.lexicon, { id: 'x', terms: ['x'], category: 'other' } as never]));
  });
});
