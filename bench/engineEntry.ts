// Entry point bundled by bench/run.mjs (esbuild -> dist/bench-engine.cjs): the engine pieces the
// benchmark times in-process, built from the same sources as dist/server.js and dist/cli.js.
export { createEngine } from '../server/src/engine/createEngine';
export { extractProse } from '../server/src/engine/markdown/extractProse';
export { parseBlocks } from '../server/src/engine/markdown/blockParser';
export { fromCompiled } from '../server/src/engine/db/database';
export { openArtefact, readArtefact } from '../server/src/engine/db/artefact';
export { loadBuiltinDatabase } from '../server/src/engine/db/load';
export { ClaimIndex } from '../server/src/engine/match/claimIndex';
export { Lexicon } from '../server/src/engine/nlp/lexicon';
export { readSentence } from '../server/src/engine/nlp/features';
export { rankMatches } from '../server/src/engine/match/matcher';
export { withCompiledClaims } from '../server/src/engine/match/precompiled';
