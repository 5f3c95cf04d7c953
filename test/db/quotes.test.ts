import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCuratedDir } from '../../server/src/engine/db/load';
import { findSeedsDir, verifyQuotes } from '../../server/src/engine/db/quotes';

const root = path.resolve(__dirname, '..', '..');

describe('claims-db evidence quotes', () => {
  const { db, issues } = loadCuratedDir(path.join(root, 'claims-db'));
  const seeds = findSeedsDir(root);

  it('the curated database loads without problems', () => {
    assert.deepStrictEqual(issues, []);
  });

  it('every quote appears verbatim in its source document', function () {
    if (!seeds) {
      console.log('    SKIPPED: seed documents not found (set FACTLENS_SOURCES or put shared/seeds beside the checkout)');
      this.skip();
    }
    const result = verifyQuotes(db, (id) => {
      const file = db.sources.get(id)?.file;
      if (!file) return null;
      const p = path.join(seeds!, file);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    });
    assert.deepStrictEqual(result.unchecked.map((u) => `${u.claimId}: ${u.source}`), [], 'every source text must be available');
    assert.deepStrictEqual(result.problems.map((p) => `${p.claimId} [${p.source}]: ${p.quote}`), []);
    assert.ok(result.checked > 0, 'at least one quote was checked');
  });

  it('a quote that is not in the source is caught', () => {
    const claim = db.claims[0];
    assert.ok(claim, 'database has claims');
    const tampered = { ...db, claims: [{ ...claim, evidence: [{ ...claim.evidence[0], quote: 'Magnesium cures everything.' }] }] };
    const result = verifyQuotes(tampered, () => 'Magnesium helps.');
    assert.strictEqual(result.problems.length, 1);
  });
});
