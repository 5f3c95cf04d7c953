// Development aid: analyse each line of a text file as its own document and print the verdicts.
import * as fs from 'fs';
import { createEngine } from '../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../server/src/engine/db/load';
const engine = createEngine(loadBuiltinDatabase());
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const [expected, text] = line.split('|').map((x) => x.trim());
  const r = engine.analyze(text);
  const got = r.claims.map((c) => `${c.verdict}(${c.claimId ?? '-'})`).join(' ') || 'not-claim';
  console.log(got.startsWith(expected) ? 'ok  ' : 'BAD ', expected.padEnd(12), '|', text, '=>', got, r.claims[0]?.reason ?? '');
}
