// Development aid: claim detection for sentences given on the command line.
import { loadBuiltinDatabase } from '../server/src/engine/db/load';
import { Lexicon } from '../server/src/engine/nlp/lexicon';
import { readSentence } from '../server/src/engine/nlp/features';
import { detectClaim } from '../server/src/engine/detect/claimDetector';
const lx = new Lexicon(loadBuiltinDatabase().lexicon);
for (const s of process.argv.slice(2)) {
  const f = readSentence(s, lx);
  console.log(JSON.stringify(s), detectClaim(s, 'paragraph', f), f.relation, f.concepts.map((c) => c.id));
}
