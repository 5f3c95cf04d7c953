import * as assert from 'assert';
import { emptyDatabase } from '../../server/src/engine/db/database';
import type { ClaimT } from '../../server/src/engine/db/schema';
import { checkExample, collectExamples, formatMismatch, runSelfTest, type ExampleCase } from '../../server/src/engine/db/selfTest';
import type { Engine } from '../../server/src/engine/engine';
import type { CheckedClaim, Verdict } from '../../server/src/engine/types';

// The self-test logic is pure: a scripted engine stands in for the real one so each rule
// (verdict and claim must match; unverified checks the verdict only) is tested in isolation.
function scripted(answers: Record<string, Array<[Verdict, string | null]>>): Engine {
  return {
    db: emptyDatabase(),
    analyze(text: string) {
      const claims = (answers[text] ?? []).map(
        ([verdict, claimId]): CheckedClaim => ({
          range: { start: 0, end: text.length },
          text,
          verdict,
          claimId,
          claim: null,
          cited: false,
          citations: [],
          evidence: [],
          message: '',
          reason: '',
          score: 1,
          kind: 'paragraph',
        }),
      );
      return { claims, suppressed: [] };
    },
  };
}

const example = (text: string, expected: Verdict, claimId = 'mg-x'): ExampleCase => ({ claimId, file: 'pack.yaml', text, expected });

describe('claims self-test (db test)', () => {
  const engine = scripted({
    right: [['supported', 'mg-x']],
    'wrong claim': [['supported', 'mg-y']],
    'wrong verdict': [['overstated', 'mg-x']],
    'unmatched': [['unverified', null]],
    'two sentences': [['unverified', null], ['contradicted', 'mg-x']],
  });

  it('passes when verdict and matched claim agree', () => {
    assert.strictEqual(checkExample(engine, example('right', 'supported')).passed, true);
  });

  it('fails when the verdict is right but another claim matched', () => {
    const o = checkExample(engine, example('wrong claim', 'supported'));
    assert.strictEqual(o.passed, false);
    assert.strictEqual(formatMismatch(o), 'pack.yaml: mg-x: "wrong claim": expected supported, got supported (matched mg-y)');
  });

  it('fails on a different verdict', () => {
    assert.strictEqual(checkExample(engine, example('wrong verdict', 'supported')).passed, false);
  });

  it('checks only the verdict of unverified examples', () => {
    assert.strictEqual(checkExample(engine, example('unmatched', 'unverified')).passed, true);
    assert.strictEqual(checkExample(engine, example('right', 'unverified')).passed, false);
  });

  it('fails when no claim is detected at all, and says so', () => {
    const o = checkExample(engine, example('nothing here', 'unverified'));
    assert.strictEqual(o.passed, false);
    assert.match(formatMismatch(o), /expected unverified, got nothing \(no claim detected\) \(matched none\)$/);
  });

  it('uses the detected claim matched to the example when the text splits into several', () => {
    assert.strictEqual(checkExample(engine, example('two sentences', 'contradicted')).passed, true);
  });

  it('collects examples with their origin and counts passes and failures', () => {
    const db = emptyDatabase();
    const claim = { id: 'mg-x', examples: [{ text: 'right', verdict: 'supported' }, { text: 'wrong verdict', verdict: 'supported' }] } as unknown as ClaimT;
    db.claims.push(claim, { id: 'mg-z', examples: [{ text: 'right', verdict: 'supported' }] } as unknown as ClaimT);
    db.claimOrigin.set('mg-x', { file: 'a.yaml', builtin: false });
    const all = collectExamples(db);
    assert.deepStrictEqual(all.map((e) => [e.file, e.claimId, e.text]), [['a.yaml', 'mg-x', 'right'], ['a.yaml', 'mg-x', 'wrong verdict'], ['<unknown>', 'mg-z', 'right']]);
    const onlyA = collectExamples(db, (_id, file) => file === 'a.yaml');
    const result = runSelfTest(engine, onlyA);
    assert.deepStrictEqual([result.passed, result.failed], [1, 1]);
  });
});
