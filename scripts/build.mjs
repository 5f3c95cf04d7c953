// Builds everything the package runs: the extension client, the language server, the CLI
// (each one self-contained esbuild bundle) and the prebuilt claims database beside them.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'fs';
import { createRequire } from 'module';
import path from 'path';
import { fileURLToPath } from 'url';
import { phraseKeysFingerprint } from './phraseKeysFingerprint.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const production = process.argv.includes('--production');

const bundles = [
  { entry: 'client/src/extension.ts', out: 'client.js', external: ['vscode'] },
  { entry: 'server/src/lsp/main.ts', out: 'server.bundle.js' },
  { entry: 'server/src/cli/main.ts', out: 'cli.bundle.js' },
  // What `node dist/server.js` and `node dist/cli.js` start: a few lines that run the bundle above
  // through a V8 code cache (server/src/bootstrap/codeCache.ts).
  { entry: 'server/src/bootstrap/server.ts', out: 'server.js' },
  { entry: 'server/src/bootstrap/cli.ts', out: 'cli.js' },
];

/**
 * Modules the bundles load with require() only when needed (claim packs, an invalid setting). They
 * are built as files of their own beside the bundles, so starting the server or the CLI does not
 * parse the YAML pack parser and the validation library (zod) it rarely uses.
 */
const lazyModules = [
  { entry: 'server/src/engine/db/parseFile.ts', out: 'parseFile.js' },
  { entry: 'server/src/lsp/settingsSchema.ts', out: 'settingsSchema.js' },
];
const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    build.onResolve({ filter: /^\.\/(parseFile|settingsSchema)$/ }, (args) => {
      if (args.kind !== 'require-call') return undefined;
      const target = path.join(args.resolveDir, args.path.slice(2) + '.ts');
      const lazy = lazyModules.find((m) => path.join(root, m.entry) === target);
      return lazy ? { path: `./${lazy.out}`, external: true } : undefined;
    });
  },
};

// Stamps the phrase keys the build stores in the artefact, and tells the bundles which keys are theirs.
const fingerprint = await phraseKeysFingerprint(root);

const common = {
  define: { __FACTLENS_PHRASE_KEYS_FINGERPRINT__: JSON.stringify(fingerprint) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

// 1. The claims database: validate the curated YAML and write dist/claims-db.json.
const compiler = path.join(dist, '.compile-db.cjs');
await esbuild.build({ ...common, sourcemap: false, entryPoints: ['scripts/compile-db.ts'], outfile: compiler });
const require = createRequire(import.meta.url);
try {
  require(compiler).compileDatabase(root, path.join(dist, 'claims-db.json'));
} catch (e) {
  console.error(e.message);
  process.exit(2);
} finally {
  rmSync(compiler, { force: true });
}

// 2. The bundles. Code caches of the previous build are stale (and would be refused): drop them.
for (const f of existsSync(dist) ? readdirSync(dist) : []) if (f.endsWith('.cache')) rmSync(path.join(dist, f), { force: true });
const missing = bundles.filter((b) => !existsSync(path.join(root, b.entry)));
if (missing.length) {
  console.error(`build: missing entry point(s): ${missing.map((b) => b.entry).join(', ')}`);
  process.exit(2);
}
await Promise.all([
  ...bundles.map((b) =>
    esbuild.build({ ...common, entryPoints: [b.entry], outfile: path.join(dist, b.out), external: b.external ?? [], plugins: [lazyChunks] }),
  ),
  ...lazyModules.map((m) => esbuild.build({ ...common, entryPoints: [m.entry], outfile: path.join(dist, m.out) })),
]);
