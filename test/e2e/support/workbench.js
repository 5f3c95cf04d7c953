// A real VS Code workbench for tests: code-server (VS Code server + Node extension host) on a free
// 127.0.0.1 port with a fresh user-data folder, opened in headless Debian chromium via playwright-core.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { freePort, httpStatus, waitUntil, spawnGroup, killGroup, killGroupNow, tail } = require('./processes');
const { CODE_SERVER_ENTRY, CHROMIUM, REPO } = require('./prerequisites');
const { createRun, copyWorkspace } = require('./run');

/** User settings that keep a fresh workbench quiet and deterministic. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'files.autoSave': 'off',
  'editor.hover.delay': 150,
  'editor.lightbulb.enabled': 'on',
  'editor.minimap.enabled': false,
};

/**
 * Installs the built extension the way its .vsix would: into <publisher>.<name>-<version>, with the files
 * that .vscodeignore lets into the package (its "!path" lines), or manifest + dist/ without one.
 */
function installExtensionCopy(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  let entries = ['package.json', 'dist', 'README.md', 'LICENSE'];
  const ignore = path.join(REPO, '.vscodeignore');
  if (fs.existsSync(ignore)) {
    const kept = fs.readFileSync(ignore, 'utf8').split(/\r?\n/).filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim());
    if (kept.length) entries = ['package.json', ...kept];
  }
  for (const entry of entries) {
    const from = path.join(REPO, entry);
    if (!fs.existsSync(from)) continue;
    fs.mkdirSync(path.dirname(path.join(target, entry)), { recursive: true });
    fs.cpSync(from, path.join(target, entry), { recursive: true });
  }
  return target;
}

/**
 * Starts code-server. Returns { port, origin, stop() }; stop() kills its whole process group.
 * `installExtension`: copy the built extension into the extensions folder (otherwise tests load it
 * as a development extension through the payload URL parameter).
 */
async function startCodeServer(run, { settings = {}, installExtension = false, env = {} } = {}) {
  const userData = path.join(run.scratch, 'user-data');
  const extensionsDir = path.join(run.scratch, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  if (installExtension) installExtensionCopy(extensionsDir);

  const port = await freePort();
  const logPath = path.join(run.logs, 'code-server.log');
  const child = spawnGroup(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--config', path.join(run.scratch, 'code-server.yaml'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensionsDir,
    ],
    {
      logPath,
      env: {
        ...process.env,
        VSCODE_PROXY_URI: '',
        XDG_CONFIG_HOME: path.join(run.scratch, 'xdg-config'),
        XDG_DATA_HOME: path.join(run.scratch, 'xdg-data'),
        ...env,
      },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  process.on('exit', () => killGroupNow(child));
  try {
    await waitUntil(
      async () => child.exitCode === null && (await httpStatus(`${origin}/healthz`)) === 200,
      60000,
      'code-server to answer /healthz',
      300,
    );
  } catch (e) {
    await killGroup(child);
    throw new Error(`${e.message} (exit code ${child.exitCode})`);
  }
  return { port, origin, userData, logPath, child, stop: () => killGroup(child) };
}

/** Headless chromium with a fresh profile. */
async function launchBrowser(run, viewport = { width: 1280, height: 800 }) {
  const context = await chromium.launchPersistentContext(path.join(run.scratch, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    timeout: 60000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || (await context.newPage());
  return { context, page };
}

/** Prints the tails of the logs worth reading after a failure: code-server's and the extension host's. */
function printLogs(run, server) {
  const files = [];
  if (server) files.push(server.logPath);
  const walk = (dir) => {
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost|factlens|remoteagent/i.test(p) && p.endsWith('.log')) files.push(p);
    }
  };
  if (server) walk(path.join(server.userData, 'logs'));
  for (const f of files) {
    const text = tail(f, 3000);
    if (text.trim()) console.error(`----- ${f}\n${text}`);
  }
  console.error(`(logs and state kept in ${run.logs} and ${run.scratch})`);
}

module.exports = { createRun, copyWorkspace, startCodeServer, launchBrowser, printLogs };
