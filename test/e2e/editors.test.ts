// FactLens in real editors, as part of `npm test`: the extension-host suite inside a VS Code workbench
// (code-server), the workbench UI test (chromium), Neovim and Emacs + eglot. Each suite runs as a child
// process when its tools are installed (`npm run setup:e2e`) and is skipped, saying what is missing,
// otherwise. With FACTLENS_REQUIRE_E2E=1 (CI) a missing tool is a failure instead.
import { spawn } from 'child_process';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { missingFor, REPO } = require('./support/prerequisites.js') as {
  missingFor: (suite: string) => string[];
  REPO: string;
};

const REQUIRED = process.env.FACTLENS_REQUIRE_E2E === '1';
/** Each runner bounds itself (FACTLENS_E2E_TIMEOUT_MS, default 300 s); this is the backstop. */
const SUITE_TIMEOUT_MS = 420_000;

interface Outcome {
  code: number | string | null;
  output: string;
}

/** Runs `node <script> ...args` in its own process group; on timeout, SIGTERM (the runner cleans up), then SIGKILL. */
function runNode(script: string, args: string[], timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO, script), ...args], {
      cwd: REPO,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const group = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      group('SIGTERM');
      setTimeout(() => group('SIGKILL'), 5000).unref();
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? 'timeout' : (code ?? signal), output });
    });
  });
}

function defineSuite(title: string, prerequisites: string, script: string, args: string[] = []): void {
  it(title, async function () {
    this.timeout(SUITE_TIMEOUT_MS + 10_000);
    const missing = missingFor(prerequisites);
    if (missing.length) {
      const message = `${title}: missing ${missing.join('; ')}. Run \`npm run setup:e2e\` to enable it.`;
      if (REQUIRED) throw new Error(`${message} (FACTLENS_REQUIRE_E2E=1 makes this a failure)`);
      console.log(`      skipped — ${message}`);
      this.skip();
    }
    const started = Date.now();
    const { code, output } = await runNode(script, args, SUITE_TIMEOUT_MS);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${code} after ${seconds}s:\n${output}`);
    if (process.env.FACTLENS_E2E_VERBOSE === '1') console.log(output);
  });
}

describe('FactLens in real editors (end-to-end)', () => {
  defineSuite('extension-host suite in a VS Code workbench (code-server)', 'workbench', 'test/e2e/run-workbench-tests.js');
  defineSuite('workbench UI: squiggles, Problems, hover, quick fix (chromium)', 'ui', 'test/e2e/ui.e2e.js');
  defineSuite('Neovim built-in LSP client', 'neovim', 'test/e2e/lsp-clients.js', ['neovim']);
  defineSuite('Emacs + eglot', 'emacs', 'test/e2e/lsp-clients.js', ['emacs']);
});
