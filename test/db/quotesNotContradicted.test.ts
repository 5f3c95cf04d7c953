import * as assert from 'assert';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';

// A writer who copies a source's sentence word for word must never be told that the claim built
// on that very sentence contradicts it.
describe('claims-db: a supporting quote, written as a sentence, never contradicts its own claim', () => {
  const db = loadBuiltinDatabase();
  const engine = createEngine(db);

  it('checks every supporting quote of every claim', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const claim of db.claims) {
      for (const e of claim.evidence) {
        if (e.stance !== 'supports' || e.quote.length < 30) continue;
        const result = engine.checkSentence(e.quote);
        if (result.claim?.claimId !== claim.id) continue;
        checked++;
        if (result.claim.verdict === 'contradicted') bad.push(`${claim.id}: "${e.quote}"`);
      }
    }
    assert.ok(checked > 50, `only ${checked} quotes matched their own claim`);
    assert.deepStrictEqual(bad, []);
  });

  it('the verbatim quote overrides a misread negation ("may fail to")', () => {
    const result = engine.checkSentence('Supplements may fail to increase active vitamin D levels, requiring magnesium supplementation to correct the resistance.');
    assert.strictEqual(result.claim?.verdict, 'supported');
  });
});
