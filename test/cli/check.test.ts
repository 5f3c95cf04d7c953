import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, removeDir, root, runCli, tempDir } from './helpers';

const SUPPORTED = 'Magnesium is needed to convert vitamin D into its active form.';
const OVERSTATED = 'Magnesium deficiency causes hypoparathyroidism.';
const CONTRADICTED = "About 10% of the body's magnesium is stored in bone.";
// Stays unverified while the engine is tuned: no claim in the database is about depression.
const UNVERIFIED = 'Low vitamin D levels are linked to depression.';

interface JsonOut {
  version: number;
  files: Array<{
    path: string;
    skipped?: { reason: string };
    claims: Array<{
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      text: string;
      verdict: string;
      claimId: string | null;
      cited: boolean;
      evidence: Array<{ source: string; quote: string; stance: string }>;
    }>;
  }>;
}

function checkJson(args: string[], cwd?: string): { status: number | null; json: JsonOut; stderr: string } {
  const r = runCli(['check', '--format', 'json', ...args], { cwd });
  assert.ok(r.stdout.trim().startsWith('{'), `expected JSON on stdout, got:\n${r.stdout}\n${r.stderr}`);
  return { status: r.status, json: JSON.parse(r.stdout) as JsonOut, stderr: r.stderr };
}

describe('factlens check (built CLI)', function () {
  let dir: string;
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  const write = (rel: string, content: string | Buffer) => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };

  describe('commands, help and version', () => {
    it('prints the package version', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
      for (const flag of ['--version', '-v']) {
        const r = runCli([flag]);
        assert.strictEqual(r.status, 0);
        assert.strictEqual(r.stdout.trim(), pkg.version);
      }
    });

    it('has --help for every command', () => {
      for (const args of [['--help'], ['check', '--help'], ['report', '--help'], ['db', '--help'], ['db', 'validate', '--help'], ['db', 'test', '--help']]) {
        const r = runCli(args);
        assert.strictEqual(r.status, 0, args.join(' '));
        assert.match(r.stdout, /^Usage: factlens/, args.join(' '));
      }
    });

    it('rejects unknown commands and options with exit 2', () => {
      const cmd = runCli(['frobnicate']);
      assert.strictEqual(cmd.status, 2);
      assert.match(cmd.stderr, /unknown command "frobnicate"/);
      const opt = runCli(['check', '--bogus', 'x.md']);
      assert.strictEqual(opt.status, 2);
      assert.match(opt.stderr, /--bogus/);
      assert.match(opt.stderr, /factlens check --help/);
    });

    it('needs at least one path', () => {
      const r = runCli(['check']);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /at least one file/);
    });
  });

  describe('exit codes and --fail-on', () => {
    it('exits 1 on the example draft (it has contradicted and overstated claims) and lists every verdict', () => {
      const r = runCli(['check', 'examples/']);
      assert.strictEqual(r.status, 1, r.stderr);
      for (const v of ['supported', 'contradicted', 'overstated', 'disputed', 'unverified']) {
        assert.match(r.stdout, new RegExp(`^examples/draft\\.md:\\d+:\\d+ ${v}\\s`, 'm'), `no ${v} line in:\n${r.stdout}`);
      }
      assert.match(r.stdout, /\d+ claims in \d+ files?: .*contradicted.*overstated.*disputed.*unverified.*supported/);
    });

    it('exits 0 with --fail-on none', () => {
      assert.strictEqual(runCli(['check', '--fail-on', 'none', 'examples/']).status, 0);
    });

    it('fails only on the verdicts listed', () => {
      write('supported.md', `${SUPPORTED}\n`);
      write('unverified.md', `${UNVERIFIED}\n`);
      assert.strictEqual(runCli(['check', 'supported.md'], { cwd: dir }).status, 0);
      assert.strictEqual(runCli(['check', '--fail-on', 'contradicted', 'supported.md'], { cwd: dir }).status, 0);
      assert.strictEqual(runCli(['check', '--fail-on', 'supported', 'supported.md'], { cwd: dir }).status, 1);
      assert.strictEqual(runCli(['check', 'unverified.md'], { cwd: dir }).status, 0);
      assert.strictEqual(runCli(['check', '--fail-on', 'overstated,unverified', 'unverified.md'], { cwd: dir }).status, 1);
    });

    it('rejects an unknown verdict in --fail-on with exit 2', () => {
      write('a.md', `${SUPPORTED}\n`);
      const r = runCli(['check', '--fail-on', 'contradicted,wrongish', 'a.md'], { cwd: dir });
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /unknown verdict "wrongish"/);
    });

    it('exits 2 for a missing path or a glob that matches nothing', () => {
      const missing = runCli(['check', 'nope.md'], { cwd: dir });
      assert.strictEqual(missing.status, 2);
      assert.match(missing.stderr, /nope\.md: no such file or directory/);
      const glob = runCli(['check', 'docs/**/*.md'], { cwd: dir });
      assert.strictEqual(glob.status, 2);
      assert.match(glob.stderr, /no files match/);
    });

    it('exits 2 with file:line:col lines for an invalid claim pack', () => {
      write('a.md', `${SUPPORTED}\n`);
      write('pack.yaml', 'claims:\n  - id: Not-Kebab\n');
      const r = runCli(['check', '--claims', 'pack.yaml', 'a.md'], { cwd: dir });
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /^pack\.yaml:2:\d+: /m);
    });
  });

  describe('finding files', () => {
    it('searches directories for .md and .markdown, skipping node_modules and dot-directories', () => {
      write('docs/a.md', `${SUPPORTED}\n`);
      write('docs/sub/b.markdown', `${SUPPORTED}\n`);
      write('docs/notes.txt', `${SUPPORTED}\n`);
      write('docs/node_modules/pkg/c.md', `${SUPPORTED}\n`);
      write('docs/.drafts/d.md', `${SUPPORTED}\n`);
      const { status, json } = checkJson(['docs'], dir);
      assert.strictEqual(status, 0);
      assert.deepStrictEqual(json.files.map((f) => f.path).sort(), ['docs/a.md', 'docs/sub/b.markdown']);
    });

    it('expands quoted globs', () => {
      write('docs/a.md', `${SUPPORTED}\n`);
      write('docs/sub/deeper/b.md', `${SUPPORTED}\n`);
      write('docs/sub/c.markdown', `${SUPPORTED}\n`);
      write('other/e.md', `${SUPPORTED}\n`);
      assert.deepStrictEqual(checkJson(['docs/**/*.md'], dir).json.files.map((f) => f.path).sort(), ['docs/a.md', 'docs/sub/deeper/b.md']);
      assert.deepStrictEqual(checkJson(['docs/?.md'], dir).json.files.map((f) => f.path), ['docs/a.md']);
      assert.deepStrictEqual(checkJson(['*/*.md'], dir).json.files.map((f) => f.path).sort(), ['docs/a.md', 'other/e.md']);
    });

    it('checks a file given explicitly whatever its extension, once even if named twice', () => {
      write('notes.txt', `${SUPPORTED}\n`);
      const { json } = checkJson(['notes.txt', './notes.txt'], dir);
      assert.deepStrictEqual(json.files.map((f) => f.path), ['notes.txt']);
      assert.strictEqual(json.files[0].claims[0].verdict, 'supported');
    });
  });

  describe('files that cannot be checked', () => {
    it('skips oversize, binary and invalid UTF-8 files with one stderr line each, never silently', () => {
      write('big.md', `${SUPPORTED}\n`.repeat(40)); // ~2.6 KB
      write('binary.md', Buffer.from([0x4d, 0x61, 0x00, 0x67, 0x0a]));
      write('latin1.md', Buffer.from('Magn\xe9sium is needed.\n', 'latin1'));
      write('ok.md', `${SUPPORTED}\n`);
      const r = runCli(['check', '--max-size-kb', '2', 'big.md', 'binary.md', 'latin1.md', 'ok.md'], { cwd: dir });
      assert.strictEqual(r.status, 0, r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 3, r.stderr);
      assert.match(lines[0], /^big\.md: skipped: .*over the 2 KB limit.*--max-size-kb/);
      assert.match(lines[1], /^binary\.md: skipped: .*binary/);
      assert.match(lines[2], /^latin1\.md: skipped: not valid UTF-8/);
      assert.match(r.stdout, /^ok\.md:1:1 supported/m);
      assert.match(r.stdout, /3 files skipped/);
    });

    it('lists skipped files with their reason in JSON', () => {
      write('binary.md', Buffer.from([0x00, 0x01]));
      const { json } = checkJson(['binary.md'], dir);
      assert.deepStrictEqual(json.files.map((f) => [f.path, f.claims.length, !!f.skipped]), [['binary.md', 0, true]]);
    });
  });

  describe('text output', () => {
    it('prints file:line:col verdict message, 1-based, plain when not on a terminal', () => {
      write('a.md', `# Title\n\nSome intro words here. ${OVERSTATED}\n`);
      const r = runCli(['check', 'a.md'], { cwd: dir });
      assert.strictEqual(r.status, 1);
      const col = 'Some intro words here. '.length + 1;
      assert.match(r.stdout, new RegExp(`^a\\.md:3:${col} overstated +\\S.*\\[mg-deficiency-[a-z-]+\\]$`, 'm'));
      assert.ok(!r.stdout.includes('\u001b['), 'no colour codes when piped');
      assert.ok(!/\*/.test(r.stdout), 'emphasis asterisks are stripped');
    });

    it('colours with FORCE_COLOR and never with NO_COLOR', () => {
      write('a.md', `${OVERSTATED}\n`);
      assert.ok(runCli(['check', 'a.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[33m'));
      assert.ok(!runCli(['check', 'a.md'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout.includes('\u001b['));
      assert.ok(!runCli(['check', 'a.md'], { cwd: dir, env: { FORCE_COLOR: '0' } }).stdout.includes('\u001b['));
    });

    it('--quiet lists only failing claims; --output writes to a file', () => {
      write('a.md', `${SUPPORTED}\n\n${OVERSTATED}\n`);
      const quiet = runCli(['check', '--quiet', 'a.md'], { cwd: dir });
      assert.doesNotMatch(quiet.stdout, / supported /);
      assert.match(quiet.stdout, / overstated /);
      const out = runCli(['check', '--output', 'out/result.txt', 'a.md'], { cwd: dir });
      assert.strictEqual(out.status, 1);
      assert.strictEqual(out.stdout, '');
      assert.match(fs.readFileSync(path.join(dir, 'out', 'result.txt'), 'utf8'), /a\.md:1:1 supported/);
    });
  });

  describe('JSON output contract', () => {
    it('has exactly the contract fields, lists supported claims, and uses 0-based UTF-16 positions', () => {
      // The emoji is two UTF-16 code units, so the claim starts at character 14 of line 2
      // (it would be 13 if columns counted code points, 16 if they counted UTF-8 bytes).
      const before = 'Read this 🧲. ';
      assert.strictEqual(before.length, 14);
      write('emoji.md', `# Notes\n\n${before}${SUPPORTED}\n`);
      const { status, json } = checkJson(['emoji.md'], dir);
      assert.strictEqual(status, 0);
      assert.strictEqual(json.version, 1);
      assert.strictEqual(json.files.length, 1);
      const file = json.files[0];
      assert.strictEqual(file.path, 'emoji.md');
      assert.strictEqual(file.claims.length, 1);
      const c = file.claims[0];
      for (const key of ['range', 'text', 'verdict', 'claimId', 'cited', 'evidence']) assert.ok(key in c, `missing ${key}`);
      assert.deepStrictEqual(c.range, { start: { line: 2, character: 14 }, end: { line: 2, character: 14 + SUPPORTED.length } });
      assert.strictEqual(c.text, SUPPORTED);
      assert.strictEqual(c.verdict, 'supported');
      assert.strictEqual(c.claimId, 'mg-required-for-vitamin-d-activation');
      assert.strictEqual(c.cited, false);
      assert.ok(c.evidence.length > 0);
      for (const e of c.evidence) {
        assert.strictEqual(typeof e.source, 'string');
        assert.strictEqual(typeof e.quote, 'string');
        assert.ok(['supports', 'contradicts', 'qualifies'].includes(e.stance));
      }
    });

    it('gives unverified claims a null claimId and keeps the path as given', () => {
      write('sub/u.md', `${UNVERIFIED}\n`);
      const { json } = checkJson(['./sub/u.md'], dir);
      assert.strictEqual(json.files[0].path, './sub/u.md');
      assert.strictEqual(json.files[0].claims[0].verdict, 'unverified');
      assert.strictEqual(json.files[0].claims[0].claimId, null);
      assert.deepStrictEqual(json.files[0].claims[0].evidence, []);
    });

    it('reports every verdict for the example draft, including a cited supported claim', () => {
      const { json } = checkJson(['examples/draft.md']);
      const claims = json.files[0].claims;
      const verdicts = new Set(claims.map((c) => c.verdict));
      assert.deepStrictEqual([...verdicts].sort(), ['contradicted', 'disputed', 'overstated', 'supported', 'unverified']);
      assert.ok(claims.some((c) => c.verdict === 'supported' && c.cited), 'a cited supported claim');
      assert.ok(claims.some((c) => c.text === CONTRADICTED && c.verdict === 'contradicted'));
    });
  });
});
