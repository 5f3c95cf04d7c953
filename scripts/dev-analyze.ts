import * as fs from 'fs';
import { loadBuiltinDatabase } from '../server/src/engine/db/load';
import { createEngine } from '../server/src/engine/createEngine';
const e = createEngine(loadBuiltinDatabase());
const text = fs.readFileSync(process.argv[2], 'utf8');
const r = e.analyze(text);
for (const c of r.claims) console.log(JSON.stringify(text.slice(c.range.start, c.range.end)), c.verdict, c.claimId, c.cited, '|', c.message);
