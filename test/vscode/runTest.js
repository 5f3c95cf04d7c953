#!/usr/bin/env node
// Runs the extension-host suite (test/vscode/index.js) in desktop VS Code through @vscode/test-electron,
// for contributors whose machine can download VS Code. CI runs the same suite offline in code-server:
// `npm run test:workbench` (test/e2e/run-workbench-tests.js).
// mocha 12 in the extension host needs require(esm), i.e. Node >= 20.19: VS Code 1.101 or newer.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '../..');
  // A scratch copy of the fixture drafts (tests edit them) and a fresh profile per run.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-vscode-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(root, 'test/e2e/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions', // only FactLens (the development extension) runs
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
        `--extensions-dir=${path.join(scratch, 'extensions')}`,
      ],
    });
  } catch (e) {
    console.error('VS Code tests failed:', e && e.message ? e.message : e);
    process.exitCode = 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main();
