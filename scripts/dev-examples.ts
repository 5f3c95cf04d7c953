// Development aid: runs every claim example through the sentence pipeline and prints mismatches.
import * as path from 'path';
import { loadCuratedDir } from '../server/src/engine/db/load';
import { detectClaim } from '../server/src/engine/detect/claimDetector';
import { ClaimIndex } from '../server/src/engine/match/claimIndex';
import { judge } from '../server/src/engine/match/judge';
import { readSentence } from '../server/src/engine/nlp/features';
import { Lexicon } from '../server/src/engine/nlp/lexicon';

const { db } = loadCuratedDir(path.resolve(__dirname, '..', 'claims-db'));
const lexicon = new Lexicon(db.lexicon);
const index = new ClaimIndex(db.claims, lexicon);
let pass = 0, fail = 0;
const byKind: Record<string, number> = {};
for (const claim of db.claims) {
  for (const ex of claim.examples) {
    const f = readSentence(ex.text, lexicon);
    const det = detectClaim(ex.text, 'paragraph', f);
    let got = 'not-claim', id: string | null = null, reason = det.reason ?? '', score = 0;
    if (det.isClaim) {
      const j = judge(index, f, lexicon);
      if (!j) got = 'unverified';
      else { got = j.decision.verdict; id = j.match.compiled.claim.id; reason = j.decision.reason; score = j.match.score; }
    }
    const ok = got === ex.verdict && (ex.verdict === 'unverified' || id === claim.id);
    if (ok) pass++; else {
      fail++;
      const k = `${ex.verdict}->${got}${got === ex.verdict ? '(wrong id)' : ''}`;
      byKind[k] = (byKind[k] ?? 0) + 1;
      if (process.argv.includes('-v')) console.log(`${claim.id}: "${ex.text}" expected ${ex.verdict}, got ${got} (${id} ${score.toFixed(2)}; ${reason}) rel=${f.relation} neg=${f.negated} cert=${f.certainty} concepts=${[...f.conceptIds].join(',')} def=${[...f.deficient].join(',')}`);
    }
  }
}
console.log(byKind);
console.log(`${pass} passed, ${fail} failed`);
