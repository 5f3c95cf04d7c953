import * as assert from 'assert';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { collectExamples, formatMismatch, runSelfTest } from '../../server/src/engine/db/selfTest';

// The built-in database's labelled examples double as tests of the engine: every paraphrase a
// curator wrote must get its labelled verdict, matched to its own claim.
describe('claims-db: built-in examples get their labelled verdicts', () => {
  const db = loadBuiltinDatabase();
  const examples = collectExamples(db);

  it('every claim has at least one supported or disputed example', () => {
    const without = db.claims.filter((c) => !c.examples.some((e) => e.verdict === 'supported' || e.verdict === 'disputed')).map((c) => c.id);
    assert.deepStrictEqual(without, []);
  });

  it('the engine gives each example its label', () => {
    assert.ok(examples.length >= 300, `expected at least 300 examples, found ${examples.length}`);
    const result = runSelfTest(createEngine(db), examples);
    assert.deepStrictEqual(result.outcomes.filter((o) => !o.passed).map(formatMismatch), []);
  });
});
