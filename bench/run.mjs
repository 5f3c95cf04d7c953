// FactLens benchmark suite: `npm run bench` (build, then `node --expose-gc bench/run.mjs`).
// Prints a table; `--json <file>` also writes the figures (medians after warm-up, milliseconds
// unless the key says otherwise). `--quick` runs fewer repetitions (for a smoke test).
// Drafts and the 100k-claim database are generated deterministically (bench/generate.mjs,
// bench/generateDb.mjs); nothing is downloaded.
import { spawn } from 'child_process';
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import os from 'os';
import path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { generateDraft } from './generate.mjs';
import { generateDatabase } from './generateDb.mjs';
import { LspClient } from './lspClient.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt !== -1 ? args[jsonAt + 1] : null;
if (jsonAt !== -1 && !jsonFile) {
  console.error('bench: --json needs a file name');
  process.exit(2);
}
const quick = args.includes('--quick');
const reps = (n) => (quick ? Math.max(2, Math.ceil(n / 4)) : n);

await esbuild.build({
  entryPoints: [path.join(root, 'bench/engineEntry.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: path.join(dist, 'bench-engine.cjs'),
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const E = require(path.join(dist, 'bench-engine.cjs'));
const builtin = () => E.fromCompiled(JSON.parse(readFileSync(path.join(dist, 'claims-db.json'), 'utf8')));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'factlens-bench-'));

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const gc = () => global.gc?.();
const mb = (bytes) => bytes / 1024 / 1024;
const log = (s) => process.stderr.write(`bench: ${s}\n`);

const results = {};
const extra = {};

// ---- in-process analysis ------------------------------------------------------------------------
const KB30 = 30_000;
const MB1 = 1_000_000;
{
  log('analysis 30 KB / 1 MB');
  const db = builtin();
  // Warm-up: JIT the whole pipeline on drafts not timed below.
  const warm = E.createEngine(db);
  for (let s = 900; s < 903; s++) warm.analyze(generateDraft(KB30, s));
  warm.analyze(generateDraft(MB1, 950));

  // Cold cache: a new engine (empty result cache) and a draft never seen before, every run.
  const cold30 = [];
  const re30 = [];
  for (let s = 1; s <= reps(20); s++) {
    const text = generateDraft(KB30, s);
    const engine = E.createEngine(db);
    cold30.push(time(() => engine.analyze(text)));
    re30.push(time(() => engine.analyze(text)));
  }
  const cold1m = [];
  const re1m = [];
  const parse1m = [];
  const extract1m = [];
  for (let s = 101; s <= 100 + reps(5); s++) {
    const text = generateDraft(MB1, s);
    gc();
    parse1m.push(time(() => E.parseBlocks(text)));
    extract1m.push(time(() => E.extractProse(text)));
    const engine = E.createEngine(db);
    gc();
    cold1m.push(time(() => engine.analyze(text)));
    re1m.push(time(() => engine.analyze(text)));
  }
  results.analyze30kMs = median(cold30);
  results.analyze1mMs = median(cold1m);
  results.parse1mMs = median(parse1m);
  extra.reanalyze30kMs = median(re30);
  extra.reanalyze1mMs = median(re1m);
  extra.extractProse1mMs = median(extract1m);
  if (typeof E.createEngine(db).openDocument === 'function') {
    // Incremental: a one-character edit in an open 1 MB document, through the engine's session.
    const text = generateDraft(MB1, 777);
    const engine = E.createEngine(db);
    const session = engine.openDocument(text);
    const edits = [];
    let current = text;
    for (let k = 0; k < reps(40); k++) {
      const at = Math.floor((current.length * (k + 0.5)) / reps(40));
      current = current.slice(0, at) + 'x' + current.slice(at);
      edits.push(time(() => session.update(current)));
    }
    extra.sessionEdit1mMs = median(edits.slice(3));
  }
}

// ---- heap over 1000 edits -------------------------------------------------------------------------
{
  log('heap over 1000 edits');
  const db = builtin();
  const engine = E.createEngine(db);
  const incremental = typeof engine.openDocument === 'function';
  // With a session the edits go to the 1 MB draft; plain re-analysis is too slow for 1000 edits
  // of 1 MB in a benchmark run, so then the 30 KB draft is edited instead.
  let text = generateDraft(incremental ? MB1 : KB30, 4242);
  const session = incremental ? engine.openDocument(text) : null;
  const analyze = (t) => (session ? session.update(t) : engine.analyze(t));
  analyze(text);
  let seed = 12345;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const edit = () => {
    const at = Math.floor(next() * text.length);
    // Typing and deleting: an inserted letter, a deleted character, now and then a new sentence.
    const r = next();
    if (r < 0.6) text = text.slice(0, at) + 'abcdefghij'[Math.floor(next() * 10)] + text.slice(at);
    else if (r < 0.95) text = text.slice(0, at) + text.slice(at + 1);
    else text = text.slice(0, at) + ' Magnesium lowers PTH. ' + text.slice(at);
    analyze(text);
  };
  edit();
  gc();
  const first = mb(process.memoryUsage().heapUsed);
  for (let k = 1; k < 1000; k++) edit();
  gc();
  results.heapAfter1000EditsMb = mb(process.memoryUsage().heapUsed);
  extra.heapAfterFirstEditMb = first;
  extra.heapEditedDocument = incremental ? '1 MB' : '30 KB';
}

// ---- language server over stdio -------------------------------------------------------------------
const server = path.join(dist, 'server.js');
const DEBOUNCE = 200;
const settings = { debounceMs: DEBOUNCE, maxFileSizeKb: 4096 };
{
  log('server cold start');
  const text30 = generateDraft(KB30, 3);
  const runs = [];
  for (let k = 0; k < reps(6); k++) {
    const uri = pathToFileURL(path.join(tmp, `cold-${k}.md`)).href;
    const t0 = performance.now();
    const client = new LspClient(server, settings);
    await client.initialize(pathToFileURL(tmp).href);
    const got = client.diagnostics(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: text30 } });
    const { at } = await got;
    runs.push(at - t0);
    await client.close();
  }
  results.coldStartMs = median(runs.slice(quick ? 0 : 1));
}
{
  log('server edit latency (1 MB)');
  const text = generateDraft(MB1, 5);
  const uri = pathToFileURL(path.join(tmp, 'edit.md')).href;
  const client = new LspClient(server, settings);
  await client.initialize(pathToFileURL(tmp).href);
  const opened = client.diagnostics(uri, 1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const lines = text.split('\n');
  const runs = [];
  for (let v = 2; v <= reps(24) + 1; v++) {
    // One character typed at the start of a word in a line spread over the document.
    const line = Math.floor(((v * 7919) % 997) / 997 * (lines.length - 1));
    const character = Math.max(0, lines[line].indexOf(' ') + 1);
    const got = client.diagnostics(uri, v);
    const t0 = performance.now();
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    const { at } = await got;
    runs.push(at - t0 - DEBOUNCE);
  }
  results.editLatency1mMs = median(runs.slice(quick ? 0 : 2));
  await client.close();
}

// ---- whole processes on the same 1 MB file -------------------------------------------------------
function runProcess(argv, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('exit', (code) => {
      const ms = performance.now() - t0;
      // factlens exits 1 when it finds contradicted/overstated claims; markdownlint-cli2 exits 1 on lint errors.
      if (code !== 0 && code !== 1) reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(0, 500)}`));
      else resolve(ms);
    });
  });
}
{
  log('CLI vs markdownlint-cli2 (1 MB)');
  const file = path.join(tmp, 'draft-1mb.md');
  writeFileSync(file, generateDraft(MB1, 9));
  const cli = [];
  const lint = [];
  const cliArgv = [path.join(dist, 'cli.js'), 'check', file];
  const lintArgv = [path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), path.basename(file)];
  await runProcess(cliArgv, tmp);
  await runProcess(lintArgv, tmp);
  for (let k = 0; k < reps(6); k++) {
    cli.push(await runProcess(cliArgv, tmp));
    lint.push(await runProcess(lintArgv, tmp));
  }
  results.cli1mMs = median(cli);
  results.markdownlint1mMs = median(lint);
}

// ---- 100,000-claim database ----------------------------------------------------------------------
{
  log('100k-claim database');
  const dbFile = path.join(tmp, 'claims-100k.json');
  // Written the way the build writes dist/claims-db.json: with the claims compiled for matching.
  writeFileSync(dbFile, JSON.stringify(E.withCompiledClaims(generateDatabase(100_000))));
  const real = builtin();
  // Sentences about the real concepts: the densest part of the synthetic database.
  const sentences = [...new Set(real.claims.flatMap((c) => [c.statement, ...c.examples.map((e) => e.text)]))];
  const sentencesFile = path.join(tmp, 'sentences.json');
  writeFileSync(sentencesFile, JSON.stringify(sentences));
  const child = (db) =>
    new Promise((resolve, reject) => {
      const p = spawn(process.execPath, ['--expose-gc', path.join(root, 'bench/scaleChild.mjs'), db, sentencesFile], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`scaleChild exited ${code}`))));
    });
  const runs = [];
  for (let k = 0; k < reps(3); k++) runs.push(await child(dbFile));
  const small = await child(path.join(dist, 'claims-db.json'));
  results.load100kMs = median(runs.map((r) => r.loadMs));
  results.match100kUsPerSentence = median(runs.map((r) => r.matchUsPerSentence));
  results.rss100kMb = median(runs.map((r) => r.rssMb));
  extra.check100kUsPerSentence = median(runs.map((r) => r.checkUsPerSentence));
  extra.candidates100kPerSentence = runs[0].candidatesPerSentence;
  extra.concepts100k = runs[0].concepts;
  extra.matchBuiltinUsPerSentence = small.matchUsPerSentence;
  extra.checkBuiltinUsPerSentence = small.checkUsPerSentence;
  extra.candidatesBuiltinPerSentence = small.candidatesPerSentence;
  extra.builtinClaims = small.claims;
  extra.sentences = sentences.length;
}
rmSync(tmp, { recursive: true, force: true });

// ---- report --------------------------------------------------------------------------------------
const TARGETS = {
  analyze30kMs: [(v) => v <= 5, '≤ 5'],
  analyze1mMs: [(v, r) => v <= 150 && v <= 3 * r.parse1mMs, '≤ 150 and ≤ 3 × parse1mMs'],
  parse1mMs: [() => true, '(reference)'],
  editLatency1mMs: [(v) => v <= 30, '≤ 30'],
  coldStartMs: [(v) => v <= 300, '≤ 300'],
  cli1mMs: [(v, r) => v <= 0.25 * r.markdownlint1mMs, '≤ 0.25 × markdownlint1mMs'],
  markdownlint1mMs: [() => true, '(reference)'],
  load100kMs: [(v) => v <= 1500, '≤ 1500'],
  match100kUsPerSentence: [(v) => v <= 100, '≤ 100'],
  rss100kMb: [(v) => v <= 300, '≤ 300'],
  heapAfter1000EditsMb: [(v) => v <= extra.heapAfterFirstEditMb + 20, `≤ first edit + 20`],
};
const fmt = (v) => (typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : String(v));
const rows = Object.entries(TARGETS).map(([key, [ok, target]]) => {
  const v = results[key];
  const status = target.startsWith('(') ? '' : ok(v, results) ? 'met' : 'NOT MET';
  return [key, fmt(v), target, status];
});
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['figure', 'value', 'target', ''][i].length));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(['figure', 'value', 'target', '']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('\nAlso measured:');
for (const [k, v] of Object.entries(extra)) console.log(`  ${k}: ${fmt(v)}`);
console.log(`\nnode ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
  log(`figures written to ${jsonFile}`);
}
