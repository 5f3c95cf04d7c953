// Pack and document text printed by the CLI cannot drive the terminal: on a TTY only FactLens's
// own colours survive, other control sequences are shown as visible escapes.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import fc from 'fast-check';
import { sanitizeForTerminal } from '../../server/src/cli/terminal';
import { cliPath, ensureBuilt, tempDir } from '../cli/helpers';
import { BORON_SENTENCE, PACK } from '../lsp/fixtures';
import { counters, SEED } from './support';

const CLEAR_AND_RETITLE = '\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil.example\u001b\\\\click\u001b]8;;\u001b\\\\\r';

describe('robustness: terminal output', function () {
  this.timeout(120_000);

  it('sanitizeForTerminal keeps text, newlines, tabs and SGR colours, and neutralises every other control', () => {
    assert.equal(sanitizeForTerminal('plain\ttext\r\nnext\n'), 'plain\ttext\r\nnext\n');
    assert.equal(sanitizeForTerminal('\u001b[31mred\u001b[39m'), '\u001b[31mred\u001b[39m');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\t', '\r', '\u001b', '[', ']', '0', ';', 'm', '\u0007', '\u009b', '\u202e', '\\'), maxLength: 40 }), (s) => {
        counters.badInputs++;
        const out = sanitizeForTerminal(s);
        // Any ESC left must start an SGR sequence; no other C0/C1 controls; no lone CR.
        const withoutSgr = out.replace(/\u001b\[[0-9;]*m/g, '');
        assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e]/.test(withoutSgr), JSON.stringify(out));
        assert.ok(!/\r(?!\n)/.test(withoutSgr), JSON.stringify(out));
      }),
      { seed: SEED + 60, numRuns: 1000 },
    );
  });

  it('factlens check on a terminal: a hostile pack statement cannot clear the screen, retitle it or plant links', function () {
    if (!fs.existsSync('/usr/bin/script')) this.skip(); // util-linux `script` provides the pseudo-terminal
    ensureBuilt();
    const statement = `Boron may support bone strength ${CLEAR_AND_RETITLE}`;
    const pack = PACK.replace('    statement: Boron may support bone strength.', `    statement: ${JSON.stringify(statement)}`);
    assert.notEqual(pack, PACK);
    const dir = tempDir({ '.factlens/claims/pack.yaml': pack, 'doc.md': `${BORON_SENTENCE}\n` });
    counters.badInputs++;
    const r = spawnSync('/usr/bin/script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} check doc.md`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', TERM: 'xterm' },
      timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /supported/);
    assert.ok(r.stdout.includes('\\u001b]0;pwned'), `hostile sequence shown as text:\n${JSON.stringify(r.stdout)}`);
    const foreign = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    assert.ok(!foreign.includes('\u001b'), `raw escape reached the terminal:\n${JSON.stringify(r.stdout)}`);
    assert.ok(!foreign.includes('\u0007'));
    // And in a file (not a terminal) the output is exact: JSON keeps the statement byte for byte.
    const json = spawnSync(process.execPath, [cliPath, 'check', '--format', 'json', 'doc.md'], { cwd: dir, encoding: 'utf8' });
    assert.ok(JSON.parse(json.stdout).files[0].claims[0].statement.includes('\u001b]0;pwned'));
  });
});
