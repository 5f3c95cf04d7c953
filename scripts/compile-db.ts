// Build step: validates the curated YAML in claims-db/ and writes the prebuilt artefact the
// bundles load at start-up (dist/claims-db.json), plus the JSON Schema for pack authors.
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { toCompiled } from '../server/src/engine/db/database';
import { loadCuratedDir } from '../server/src/engine/db/load';
import { formatIssue } from '../server/src/engine/db/parseFile';
import { withCompiledClaims } from '../server/src/engine/match/precompiled';
import { PackFile } from '../server/src/engine/db/schema';

export function compileDatabase(root: string, outFile: string): void {
  const { db, issues } = loadCuratedDir(path.join(root, 'claims-db'));
  if (issues.length) {
    for (const i of issues) console.error(formatIssue({ ...i, file: path.relative(root, i.file) }));
    throw new Error(`claims-db has ${issues.length} problem(s)`);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  // With the claims compiled for matching, so start-up does not compile them (see precompiled.ts).
  fs.writeFileSync(outFile, JSON.stringify(withCompiledClaims(toCompiled(db))));
  const schema = z.toJSONSchema(PackFile, { io: 'input', unrepresentable: 'any' });
  fs.writeFileSync(path.join(root, 'claims-db', 'schema.json'), JSON.stringify(schema, null, 2) + '\n');
  console.log(`claims-db: ${db.claims.length} claims, ${db.sources.size} sources, ${db.references.size} references, ${db.lexicon.length} lexicon entries`);
}

if (require.main === module) {
  try {
    compileDatabase(path.resolve(__dirname, '..'), path.resolve(__dirname, '..', 'dist', 'claims-db.json'));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}
