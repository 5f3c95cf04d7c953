import { loadBuiltinDatabase } from '../server/src/engine/db/load';
import { Lexicon } from '../server/src/engine/nlp/lexicon';
import { ClaimIndex } from '../server/src/engine/match/claimIndex';
const db = loadBuiltinDatabase(); const lx = new Lexicon(db.lexicon); const ix = new ClaimIndex(db.claims, lx);
for (const c of ix.claims) if (process.argv.slice(2).some(a => c.claim.id.includes(a))) console.log(c.claim.id, c.subjectIds, c.objectIds, c.keywordWords, c.keys.map(k=>k+':'+ix.weight(k).toFixed(2)).join(' '));
