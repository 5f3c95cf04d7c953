// Random and mutated Markdown: analysis never throws, every range lies inside the document on
// UTF-16 character boundaries, and results are deterministic (cached engine == fresh engine).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import {
  assertWellFormed,
  checkDocument,
  counters,
  fixturesDir,
  freshEngine,
  markdownDocument,
  mutate,
  mutation,
  SEED,
  SEED_DOCUMENTS,
  sharedEngine,
} from './support';

interface RegressionCase {
  name: string;
  found: string;
  prefix: string;
  unit: string;
  repeat: number;
  suffix: string;
}

describe('robustness: Markdown fuzzing of the engine', function () {
  this.timeout(120_000);
  const fresh = freshEngine();

  it('never throws on random Markdown; ranges inside the text, on character boundaries; deterministic', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        counters.documents++;
        checkDocument(text, fresh);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('never throws on mutated real drafts (insertions, deletions, duplications, replacements)', () => {
    assert.ok(SEED_DOCUMENTS.length > 0, 'seed drafts found');
    fc.assert(
      fc.property(fc.nat(SEED_DOCUMENTS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.boolean(), (i, ms, crlf) => {
        let text = SEED_DOCUMENTS[i];
        if (crlf) text = text.replace(/\r?\n/g, '\r\n');
        for (const m of ms) text = mutate(text, m);
        counters.documents++;
        checkDocument(text, fresh);
      }),
      { seed: SEED + 1, numRuns: 400 },
    );
  });

  it('an edited document gives the same result as the same text analysed from scratch (paragraph cache is safe)', () => {
    fc.assert(
      fc.property(fc.nat(SEED_DOCUMENTS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 20 }), (i, ms) => {
        const engine = freshEngine();
        let text = SEED_DOCUMENTS[i];
        engine.analyze(text);
        for (const m of ms) {
          text = mutate(text, m);
          counters.edits++;
          const incremental = engine.analyze(text);
          assertWellFormed(text, incremental);
          assert.deepStrictEqual(incremental, fresh.analyze(text));
        }
      }),
      { seed: SEED + 2, numRuns: 25 },
    );
  });

  it('real drafts keep their claims: fuzzing did not make the engine find nothing', () => {
    // Guards the tests above against passing because analysis silently returns empty results.
    const claims = SEED_DOCUMENTS.map((t) => sharedEngine().analyze(t).claims.length);
    assert.ok(claims.some((n) => n > 0), `claims per seed draft: ${claims.join(', ')}`);
  });

  describe('regression fixtures: inputs that once made analysis hang (test/robustness/fixtures/pathological.json)', () => {
    const { cases } = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'pathological.json'), 'utf8')) as { cases: RegressionCase[] };
    for (const c of cases) {
      // A super-linear regression turns seconds into hours; the timeout catches it without measuring time.
      it(`${c.name} (${c.found})`, function () {
        this.timeout(60_000);
        const text = c.prefix + c.unit.repeat(c.repeat) + c.suffix;
        counters.documents++;
        const a = sharedEngine().analyze(text, { maxSize: text.length });
        assert.equal(a.skipped, undefined);
        assertWellFormed(text, a);
      });
    }
  });

  it('Markdown seeds kept as regression fixtures (*.md in fixtures/) analyse cleanly', () => {
    const files = fs.readdirSync(fixturesDir).filter((f) => f.endsWith('.md'));
    assert.ok(files.length > 0, 'regression fixtures present');
    for (const f of files) {
      const text = fs.readFileSync(path.join(fixturesDir, f), 'utf8');
      counters.documents++;
      checkDocument(text, fresh);
    }
  });
});
