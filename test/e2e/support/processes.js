// Child processes for the end-to-end runners: each one in its own process group (so a kill takes its
// children too), its output in a log file, every wait bounded.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const http = require('http');

/** A free TCP port on 127.0.0.1 (never on a public interface). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** HTTP status of a GET, or 0 when nothing answers within two seconds. */
function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value; throws naming `what` after `ms`. */
async function waitUntil(probe, ms, what, intervalMs = 250) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Starts `command` detached (its own process group) with stdout+stderr appended to `logPath`. */
function spawnGroup(command, args, { logPath, env, cwd } = {}) {
  const out = logPath ? fs.openSync(logPath, 'a') : 'ignore';
  const child = spawn(command, args, {
    cwd,
    env: env || process.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  if (typeof out === 'number') fs.closeSync(out);
  child.on('error', () => {}); // reported through exit code / waits; never crash the runner
  return child;
}

/** Kills a process group started by spawnGroup: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
async function killGroup(child, graceMs = 3000) {
  if (!child || !child.pid) return;
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await sleep(100);
  if (alive()) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
}

/** Synchronous last-resort kill, for process 'exit' handlers. */
function killGroupNow(child) {
  if (!child || !child.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {}
}

/** Last `maxChars` characters of a file, or '' when it does not exist. */
function tail(file, maxChars = 4000) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.length > maxChars ? '…' + text.slice(-maxChars) : text;
  } catch {
    return '';
  }
}

module.exports = { freePort, httpStatus, sleep, waitUntil, spawnGroup, killGroup, killGroupNow, tail };
