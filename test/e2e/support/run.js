// Per-run folders for the end-to-end suites: scratch state (profiles, user data, the workspace copy)
// in a fresh OS temp folder, logs and screenshots in the git-ignored .e2e-artifacts/<suite>-<time>/.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { REPO, ARTIFACTS } = require('./prerequisites');

function createRun(name) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `factlens-${name}-`));
  const logs = path.join(ARTIFACTS, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  fs.mkdirSync(logs, { recursive: true });
  return { scratch, logs };
}

/** Copies the fixture workspace, so tests may edit and save drafts without touching the repository. */
function copyWorkspace(scratch) {
  const ws = path.join(scratch, 'workspace');
  fs.cpSync(path.join(REPO, 'test/e2e/workspace'), ws, { recursive: true });
  return ws;
}

/** Removes the scratch state after a passing run; a failing run keeps it for inspection. */
function finishRun(run, passed) {
  if (passed) fs.rmSync(run.scratch, { recursive: true, force: true });
}

module.exports = { createRun, copyWorkspace, finishRun };
