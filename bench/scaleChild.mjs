// Run by bench/run.mjs in a fresh process: loads a compiled claims database the way the product
// loads dist/claims-db.json (read, parse, engine construction: lexicon + claim index), then
// times matching per sentence and reports the process's resident memory.
// Usage: node bench/scaleChild.mjs <db.json> <sentences.json>
import { readFileSync } from 'fs';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const E = require('../dist/bench-engine.cjs');
const [dbFile, sentencesFile] = process.argv.slice(2);
const sentences = JSON.parse(readFileSync(sentencesFile, 'utf8'));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const t0 = performance.now();
const db = E.openArtefact(dbFile);
const engine = E.createEngine(db);
const loadMs = performance.now() - t0;

// Whole per-sentence pipeline (features, detection, matching, verdict) through the engine.
const checkRuns = [];
for (let rep = 0; rep < 6; rep++) {
  const t = performance.now();
  for (const s of sentences) engine.checkSentence(s);
  if (rep > 0) checkRuns.push(((performance.now() - t) * 1000) / sentences.length);
}
global.gc?.();
const rssMb = process.memoryUsage().rss / 1024 / 1024;

// Matching alone: candidate lookup in the claim index, scoring and ranking, on precomputed features.
const lexicon = new E.Lexicon(db.lexicon);
const index = new E.ClaimIndex(db.claims, lexicon);
const features = sentences.map((s) => E.readSentence(s, lexicon));
const matchRuns = [];
let candidates = 0;
for (const f of features) candidates += index.candidates(f.conceptIds).length;
for (let rep = 0; rep < 6; rep++) {
  const t = performance.now();
  for (const f of features) E.rankMatches(index, f);
  if (rep > 0) matchRuns.push(((performance.now() - t) * 1000) / features.length);
}
process.stdout.write(
  JSON.stringify({
    claims: db.claims.length,
    concepts: db.lexicon.length,
    loadMs,
    rssMb,
    checkUsPerSentence: median(checkRuns),
    matchUsPerSentence: median(matchRuns),
    candidatesPerSentence: candidates / features.length,
  }),
);
