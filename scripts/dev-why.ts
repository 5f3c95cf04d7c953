// Development aid: shows how a sentence is read and its top candidate claims.
import { loadBuiltinDatabase } from '../server/src/engine/db/load';
import { Lexicon } from '../server/src/engine/nlp/lexicon';
import { ClaimIndex } from '../server/src/engine/match/claimIndex';
import { readSentence } from '../server/src/engine/nlp/features';
import { scoreClaim } from '../server/src/engine/match/matcher';
import { decideVerdict } from '../server/src/engine/match/verdict';
const db = loadBuiltinDatabase(); const lx = new Lexicon(db.lexicon); const ix = new ClaimIndex(db.claims, lx);
const f = readSentence(process.argv[2], lx);
console.log({ ...f, tokens: f.tokens.map((t) => t.norm).join(' '), concepts: undefined });
for (const c of ix.candidates(f.conceptIds).map((c) => ({ c, s: scoreClaim(ix, c, f) })).sort((a, b) => b.s - a.s).slice(0, 6)) {
  console.log(c.s.toFixed(3), c.c.claim.id, c.c.keys.join(','), decideVerdict(c.c, f, lx));
}
