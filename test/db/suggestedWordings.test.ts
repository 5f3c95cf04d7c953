import * as assert from 'assert';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';

// The "rewrite to evidence-backed wording" quick fix puts a claim's suggested wording in place of the
// writer's sentence. The engine must not then flag that wording: a writer who accepts the fix would
// be told the new sentence is contradicted or overstated, and be stuck.
describe('claims-db: a suggested wording is never flagged by the engine', () => {
  const db = loadBuiltinDatabase();
  const engine = createEngine(db);

  it('checks every claim\'s suggested wording on its own', () => {
    const flagged: string[] = [];
    let checked = 0;
    for (const claim of db.claims) {
      if (!claim.suggestedWording) continue;
      checked++;
      for (const c of engine.analyze(claim.suggestedWording).claims) {
        if (c.verdict === 'contradicted' || c.verdict === 'overstated') flagged.push(`${claim.id}: "${c.text}" is ${c.verdict} (${c.claimId}: ${c.reason})`);
      }
    }
    assert.ok(checked > 150, `only ${checked} claims have a suggested wording`);
    assert.deepStrictEqual(flagged, []);
  });
});
