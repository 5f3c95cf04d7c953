#!/usr/bin/env node
// Runs the FactLens language server (node dist/server.js --stdio) under real non-VS Code clients:
// headless Neovim (test/e2e/neovim.lua) and batch Emacs + eglot (test/e2e/emacs.el).
// Usage: node test/e2e/lsp-clients.js [neovim] [emacs]   (default: both)
// Each client gets a fresh copy of the fixture workspace and a bounded time; its process group is killed
// on every path. Exit code 0 when every requested client passed.
'use strict';
const fs = require('fs');
const path = require('path');
const { REPO, missingFor } = require('./support/prerequisites');
const { createRun, copyWorkspace, finishRun } = require('./support/run');
const { spawnGroup, killGroup, killGroupNow } = require('./support/processes');
const { verbatimQuotes } = require('./support/evidence');
const { drafts, DEFAULT_LSP_SEVERITY } = require('./expectations');

const LIMIT_MS = +(process.env.FACTLENS_LSP_CLIENT_TIMEOUT_MS || 120000);
const SERVER = path.join(REPO, 'dist/server.js');
const DB = path.join(REPO, 'dist/claims-db.json');

const CLIENTS = {
  neovim: (script) => ['nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], 'neovim.lua'],
  emacs: (script) => ['emacs', ['--batch', '-l', script], 'emacs.el'],
};

/** Runs one client to completion (or the time limit) and checks what it printed. */
async function runClient(name) {
  const t0 = Date.now();
  const missing = missingFor(name);
  if (missing.length) return { name, ok: false, why: `missing: ${missing.join('; ')}. Run \`npm run setup:e2e\` to install them.` };
  const run = createRun(name);
  const workspace = copyWorkspace(run.scratch);
  const bones = drafts.bones;
  const expect = {
    claims: bones.claims.map((c) => ({ sentence: c.sentence, verdict: c.verdict, severity: DEFAULT_LSP_SEVERITY[c.verdict] })),
    cite: bones.claims.find((c) => c.verdict === 'supported').sentence,
  };
  const [command, base] = CLIENTS[name](path.join(__dirname, CLIENTS[name]('')[2]));
  const logPath = path.join(run.logs, `${name}.log`);
  const child = spawnGroup(command, base, {
    logPath,
    cwd: workspace,
    env: {
      ...process.env,
      HOME: run.scratch, // no user init files, no state written to the real home
      XDG_CONFIG_HOME: path.join(run.scratch, 'config'),
      XDG_DATA_HOME: path.join(run.scratch, 'data'),
      XDG_STATE_HOME: path.join(run.scratch, 'state'),
      FACTLENS_SERVER: SERVER,
      FACTLENS_FILE: path.join(workspace, bones.file),
      FACTLENS_EXPECT: JSON.stringify(expect),
    },
  });
  const onExit = () => killGroupNow(child);
  process.on('exit', onExit);
  const code = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), LIMIT_MS);
    child.on('exit', (c, signal) => (clearTimeout(timer), resolve(c ?? signal)));
  });
  await killGroup(child); // the language server too, if the client left it behind
  process.off('exit', onExit);
  const output = fs.readFileSync(logPath, 'utf8');
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const fail = (why) => ({ name, ok: false, why, output, seconds, logPath });
  if (code === 'timeout') return fail(`no result within ${LIMIT_MS / 1000}s`);
  if (code !== 0 || !/^OK$/m.test(output)) return fail(`exit code ${code}`);
  const hoverLine = /^HOVER (.*)$/m.exec(output);
  if (!hoverLine) return fail('no HOVER line');
  let quotes;
  try {
    const markdown = JSON.parse(hoverLine[1]);
    if (!/Supporting evidence/.test(markdown)) throw new Error(`no "Supporting evidence" in the hover:\n${markdown}`);
    quotes = verbatimQuotes(markdown, DB);
  } catch (e) {
    return fail(e.message);
  }
  finishRun(run, true);
  const last = (/^LAST (.*)$/m.exec(output) || [])[1];
  return { name, ok: true, output, seconds, detail: `${quotes.length} verbatim quote(s) in the hover; citation inserted, last line "${last}"` };
}

async function main() {
  const requested = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CLIENTS);
  const unknown = requested.filter((n) => !CLIENTS[n]);
  if (unknown.length) {
    console.error(`unknown client(s): ${unknown.join(', ')}; choose from ${Object.keys(CLIENTS).join(', ')}`);
    return 2;
  }
  let failed = 0;
  for (const name of requested) {
    const r = await runClient(name);
    if (r.ok) {
      console.log(`[${name}] PASSED in ${r.seconds}s: ${r.detail}`);
      if (process.env.VERBOSE) console.log(r.output.replace(/^/gm, '  | '));
    } else {
      failed++;
      console.error(`[${name}] FAILED${r.seconds ? ` after ${r.seconds}s` : ''}: ${r.why}`);
      if (r.output) console.error(r.output.replace(/^/gm, '  | '));
      if (r.logPath) console.error(`(log: ${r.logPath})`);
    }
  }
  return failed ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
main().then((code) => process.exit(code));
