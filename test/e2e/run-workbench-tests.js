#!/usr/bin/env node
// Runs the extension-host mocha suite (test/vscode/index.js, the @vscode/test-electron contract) offline,
// inside a real VS Code workbench served by code-server: the workbench's `payload` URL parameter carries
// extensionDevelopmentPath and extensionTestsPath, and mocha's result comes back through
// window.codeAutomationExit (0 = all passed). Exit code: 0 passed, 1 failed, 2 timed out.
'use strict';
const fs = require('fs');
const path = require('path');
const { REPO, missingFor } = require('./support/prerequisites');
const { createRun, copyWorkspace, startCodeServer, launchBrowser, printLogs } = require('./support/workbench');
const { finishRun } = require('./support/run');
const { killGroupNow } = require('./support/processes');

// Overridable so the runner itself can be tried against another extension.
const EXTENSION = path.resolve(process.env.FACTLENS_EXTENSION_PATH || REPO);
const TESTS = path.resolve(process.env.FACTLENS_TESTS_PATH || path.join(REPO, 'test/vscode/index.js'));
const LIMIT_MS = +(process.env.FACTLENS_E2E_TIMEOUT_MS || 300000);
const t0 = Date.now();
const log = (...a) => console.log(`[workbench ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/** Prints what is appended to `file`, indented, until stop() (which prints the rest). */
function follow(file) {
  let printed = 0;
  const flush = () => {
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return;
    }
    const end = text.lastIndexOf('\n') + 1; // whole lines only
    if (end > printed) process.stdout.write(text.slice(printed, end).replace(/^(?!$)/gm, '  | '));
    printed = Math.max(printed, end);
  };
  const timer = setInterval(flush, 500);
  return { stop: () => (clearInterval(timer), flush()) };
}

async function main() {
  // With another extension under test, this repository's build does not matter.
  const missing = missingFor('workbench').filter((m) => !(process.env.FACTLENS_EXTENSION_PATH && m.startsWith('dist/')));
  if (missing.length) {
    console.error(`cannot run the workbench suite, missing: ${missing.join('; ')}. Run \`npm run setup:e2e\` to install them.`);
    return 1;
  }
  const run = createRun('workbench');
  const workspace = copyWorkspace(run.scratch);
  let server, browser, follower, failed = true;

  const cleanup = async () => {
    try {
      await browser?.context.close();
    } catch {}
    await server?.stop();
  };
  const hardStop = (why, code) => {
    console.error(`workbench suite: ${why}`);
    printLogs(run, server);
    killGroupNow(server?.child);
    process.exit(code);
  };
  const timer = setTimeout(() => hardStop(`no result within ${LIMIT_MS / 1000}s`, 2), LIMIT_MS);
  process.once('SIGINT', () => hardStop('interrupted', 130));
  process.once('SIGTERM', () => hardStop('terminated', 143));

  try {
    // The extension host inherits code-server's environment; test/vscode/index.js copies mocha's
    // report into this file, which we follow while the suite runs.
    const testLog = path.join(run.logs, 'mocha.log');
    server = await startCodeServer(run, { env: { FACTLENS_TEST_LOG: testLog } });
    follower = follow(testLog);
    log('code-server on', server.origin, 'logs in', run.logs);
    browser = await launchBrowser(run);
    const { page } = browser;
    const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    // The extension host forwards its console (mocha's spec reporter) to the page in development mode.
    if (process.env.VERBOSE) page.on('console', (m) => console.log('  [page]', m.text()));
    page.on('pageerror', (e) => process.env.VERBOSE && console.log('PAGEERROR', String(e)));
    const authority = `127.0.0.1:${server.port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${authority}${EXTENSION}`],
      ['extensionTestsPath', `vscode-remote://${authority}${TESTS}`],
    ]);
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`, { timeout: 60000 });
    log('workbench opened; running the suite in the extension host');
    const serverGone = new Promise((resolve) => server.child.once('exit', (c, sig) => resolve(`code-server exited (${c ?? sig})`)));
    const code = await Promise.race([exitCode, serverGone]);
    log('codeAutomationExit', code);
    failed = code !== 0;
  } catch (e) {
    console.error('workbench runner error:', e && e.stack ? e.stack : e);
  } finally {
    clearTimeout(timer);
    follower?.stop();
    if (failed) printLogs(run, server);
    await cleanup();
    finishRun(run, !failed);
  }
  log(failed ? 'FAILED' : 'PASSED');
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
