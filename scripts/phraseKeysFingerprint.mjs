// The fingerprint the build stamps the artefact's stored phrase keys with, and gives the bundles
// (server/src/engine/nlp/phraseKeys.ts): a hash of every source file the keys are worked out by
// (phraseKeys.ts and what it imports, as esbuild resolves them). Changing any of them changes the
// fingerprint, so keys stored by another build are never taken for this code's.
import * as esbuild from 'esbuild';
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import path from 'path';

export const PHRASE_KEYS_ENTRY = 'server/src/engine/nlp/phraseKeys.ts';

export async function phraseKeysFingerprint(root) {
  const { metafile } = await esbuild.build({
    entryPoints: [path.join(root, PHRASE_KEYS_ENTRY)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const hash = createHash('sha1');
  for (const input of Object.keys(metafile.inputs).sort()) {
    hash.update(input).update('\0').update(readFileSync(path.join(root, input))).update('\0');
  }
  return hash.digest('hex');
}
