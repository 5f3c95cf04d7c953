import * as assert from 'assert';
import { fromCompiled, toCompiled, type CompiledDatabase } from '../../server/src/engine/db/database';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { compileClaim } from '../../server/src/engine/match/compiledClaim';
import { fitsLexicon, restoreCompiled, withCompiledClaims } from '../../server/src/engine/match/precompiled';
import { ClaimIndex } from '../../server/src/engine/match/claimIndex';
import { MATCH_THRESHOLD, rankMatches, scoreClaim } from '../../server/src/engine/match/matcher';
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

  it('looks at fewer claims than the whole database for a specific sentence', () => {
    const features = readSentence('Calcitonin lowers blood calcium.', lexicon);
    const candidates = index.candidates(features.conceptIds);
    assert.ok(candidates.length > 0 && candidates.length < index.claims.length / 2, `${candidates.length} of ${index.claims.length}`);
  });
});

describe('prebuilt compiled claims', () => {
  it('restore to exactly what compiling gives, through JSON', () => {
    const db = loadBuiltinDatabase();
    const lexicon = new Lexicon(db.lexicon);
    const artefact = JSON.parse(JSON.stringify(withCompiledClaims(toCompiled(db)))) as CompiledDatabase;
    assert.strictEqual(artefact.compiled?.length, db.claims.length);
    const loaded = fromCompiled(artefact);
    assert.ok(loaded.precompiled);
    loaded.claims.forEach((claim, i) => {
      assert.deepStrictEqual(restoreCompiled(claim, artefact.compiled![i]), compileClaim(claim, lexicon), claim.id);
    });
    // An open interval ("over 60%") keeps its infinite bound.
    assert.ok(loaded.claims.some((c, i) => restoreCompiled(c, artefact.compiled![i]).interval?.max === Infinity));
  });

  it('are not used when packs changed the lexicon', () => {
    const db = fromCompiled(JSON.parse(JSON.stringify(withCompiledClaims(toCompiled(loadBuiltinDatabase())))) as CompiledDatabase);
    assert.ok(db.precompiled && fitsLexicon(db.precompiled, db.lexicon));
    assert.ok(!fitsLexicon(db.precompiled, [...db.lexicon, { id: 'x', terms: ['x'], category: 'other' } as never]));
  });
});
