// Where the end-to-end tools live and which of them are missing. Shared by the runners and by
// test/e2e/editors.test.ts, so "skip because X is missing" and "run" agree on what X is.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const REPO = path.resolve(__dirname, '../../..');
const CODE_SERVER_ENTRY =
  process.env.FACTLENS_CODE_SERVER_ENTRY ||
  path.join(REPO, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.FACTLENS_CHROMIUM || '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, '.e2e-artifacts'); // git-ignored

function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Emacs is only useful with eglot (built in from Emacs 29, Debian package elpa-eglot for 28). */
function emacsHasEglot() {
  try {
    execFileSync('emacs', ['--batch', '--eval', '(progn (package-initialize) (require (quote eglot)))'], {
      stdio: 'ignore',
      timeout: 20000,
    });
    return true;
  } catch {
    return false;
  }
}

const checks = {
  build: () => (fs.existsSync(path.join(REPO, 'dist/server.js')) && fs.existsSync(path.join(REPO, 'dist/client.js')) ? null : 'dist/server.js and dist/client.js (`npm run build`)'),
  codeServer: () => (fs.existsSync(CODE_SERVER_ENTRY) ? null : 'code-server in .vscode-test/code-server'),
  chromium: () => (fs.existsSync(CHROMIUM) ? null : `chromium at ${CHROMIUM}`),
  neovim: () => (onPath('nvim') ? null : 'nvim'),
  emacs: () => (!onPath('emacs') ? 'emacs' : emacsHasEglot() ? null : 'eglot for Emacs'),
};

const suites = {
  workbench: ['build', 'codeServer', 'chromium'],
  ui: ['build', 'codeServer', 'chromium'],
  neovim: ['build', 'neovim'],
  emacs: ['build', 'emacs'],
};

/** Human-readable list of what `suite` needs and does not find; empty when it can run. */
function missingFor(suite) {
  return suites[suite].map((name) => checks[name]()).filter(Boolean);
}

module.exports = { REPO, CODE_SERVER_ENTRY, CHROMIUM, ARTIFACTS, missingFor };
