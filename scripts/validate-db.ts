// Development helper: `npx tsx scripts/validate-db.ts` validates claims-db/ and prints problems.
import * as path from 'path';
import { loadCuratedDir } from '../server/src/engine/db/load';
import { formatIssue } from '../server/src/engine/db/parseFile';

const { db, issues } = loadCuratedDir(path.resolve(__dirname, '..', 'claims-db'));
for (const i of issues) console.log(formatIssue(i));
console.log(`${db.claims.length} claims, ${db.sources.size} sources, ${db.references.size} references, ${db.lexicon.length} lexicon entries; ${issues.length} problem(s)`);
process.exit(issues.length ? 2 : 0);
