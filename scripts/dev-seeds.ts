// Development aid: checks the source documents themselves (../shared/seeds) as drafts. A seed's own
// sentences should mostly come back supported (or disputed/overstated where that source says more
// than the others); "contradicted" or "unverified" points at a reading bug or a gap in the database.
// Usage: npx tsx scripts/dev-seeds.ts [verdict-to-list ...]
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { loadBuiltinDatabase } from '../server/src/engine/db/load';
import { createEngine } from '../server/src/engine/createEngine';

const dir = path.resolve(__dirname, '../../shared/seeds');
const engine = createEngine(loadBuiltinDatabase());
const list = new Set(process.argv.slice(2));
const total: Record<string, number> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  for (const c of engine.analyze(readFileSync(path.join(dir, file), 'utf8')).claims) {
    total[c.verdict] = (total[c.verdict] ?? 0) + 1;
    if (list.has(c.verdict)) console.log(`${file.slice(0, 3)} ${c.verdict} ${c.claimId} | ${c.text.slice(0, 160)}\n    ${c.reason ?? ''}`);
  }
}
console.log(JSON.stringify(total));
