// Bad input gets a clear answer: oversized, binary and non-UTF-8 files are skipped with one line
// (CLI) or one Information diagnostic (editor) that says why and which setting to change; invalid
// settings give a warning and the defaults. Never a crash, never a silent skip.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocumentText } from '../../server/src/lsp/analyze';
import { analysisDiagnostics } from '../../server/src/lsp/diagnostics';
import { readDiskDocument } from '../../server/src/lsp/diskDocument';
import { DEFAULT_SETTINGS, parseSettings, SEVERITY_NAMES } from '../../server/src/lsp/settings';
import { ensureBuilt, runCli, tempDir } from '../cli/helpers';
import { messageOf } from '../lsp/harness';
import { counters, SEED, sharedEngine } from './support';

const GOOD = 'Only about 10% of your magnesium is found in your bones.\n';
const INVALID_UTF8 = Buffer.concat([Buffer.from('Magnesium is stored in bone. '), Buffer.from([0xc3, 0x28, 0xff, 0xfe])]);
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

describe('robustness: bad input gets a clear answer', function () {
  this.timeout(120_000);

  describe('CLI', () => {
    before(function () {
      this.timeout(180_000);
      ensureBuilt();
    });

    it('skips an oversized, a binary and a non-UTF-8 file with one stderr line each, and checks the rest', () => {
      const dir = tempDir({ 'good.md': GOOD, 'big.md': GOOD.repeat(100), 'binary.md': BINARY, 'latin1.md': INVALID_UTF8 });
      counters.badInputs += 3;
      const r = runCli(['check', '--format', 'json', '--max-size-kb', '1', '.'], { cwd: dir });
      assert.equal(r.status, 1, r.stderr); // the good file has a contradicted claim
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 3, r.stderr);
      assert.match(r.stderr, /^big\.md: skipped: file is [\d.]+ KB, over the 1 KB limit \(raise it with --max-size-kb\)$/m);
      assert.match(r.stderr, /^binary\.md: skipped: looks binary/m);
      assert.match(r.stderr, /^latin1\.md: skipped: not valid UTF-8; re-save the file as UTF-8/m);
      const report = JSON.parse(r.stdout) as { files: Array<{ path: string; claims: unknown[]; skipped?: { reason: string } }> };
      const byPath = new Map(report.files.map((f) => [f.path, f]));
      assert.ok(byPath.get('good.md')!.claims.length > 0);
      for (const p of ['big.md', 'binary.md', 'latin1.md']) assert.ok(byPath.get(p)?.skipped?.reason, `${p} reported as skipped in the output too`);
    });

    it('a FIFO or device given as a document is refused (exit 2), not read forever', () => {
      const dir = tempDir({ 'good.md': GOOD });
      counters.badInputs++;
      const dev = runCli(['check', '/dev/zero'], { cwd: dir });
      assert.equal(dev.status, 2);
      assert.match(dev.stderr, /\/dev\/zero: not a regular file/);
      try {
        execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
      } catch {
        return;
      }
      counters.badInputs++;
      const fifo = runCli(['check', 'pipe.md'], { cwd: dir });
      assert.equal(fifo.status, 2);
      assert.match(fifo.stderr, /pipe\.md: not a regular file/);
    });
  });

  describe('editor', () => {
    const settings = { ...DEFAULT_SETTINGS, maxFileSizeKb: 1 };

    it('an open document over the size limit or with NUL characters: one Information diagnostic naming the setting', () => {
      for (const text of [GOOD.repeat(100), `${GOOD}\u0000\u0000`, '\u0000']) {
        counters.badInputs++;
        const analysis = analyzeDocumentText(sharedEngine(), text, settings);
        assert.ok(analysis.skipped, 'skipped');
        const diags = analysisDiagnostics(TextDocument.create('file:///x.md', 'markdown', 1, text), analysis, settings);
        assert.equal(diags.length, 1);
        assert.equal(diags[0].severity, DiagnosticSeverity.Information);
        assert.match(messageOf(diags[0]), /factlens\.(maxFileSizeKb|languageIds)/);
        assert.equal(diags[0].range.start.line, 0);
      }
    });

    it('the size limit counts UTF-8 bytes, not characters: 1 KB of emoji is over a 1 KB limit', () => {
      counters.badInputs++;
      const text = '😀'.repeat(200); // 400 UTF-16 units, 800 bytes
      assert.equal(analyzeDocumentText(sharedEngine(), text, settings).skipped, undefined);
      const over = '😀'.repeat(300); // 1200 bytes
      assert.match(analyzeDocumentText(sharedEngine(), over, settings).skipped!.reason, /factlens\.maxFileSizeKb/);
    });

    it('closed files (workspace check) that are too big, binary or not UTF-8 are skipped with a reason, never decoded lossily', () => {
      const dir = tempDir({ 'good.md': GOOD, 'big.md': GOOD.repeat(100), 'binary.md': BINARY, 'latin1.md': INVALID_UTF8 });
      counters.badInputs += 3;
      assert.deepEqual(readDiskDocument(path.join(dir, 'good.md'), settings), { ok: true, text: GOOD });
      const reasons = ['big.md', 'binary.md', 'latin1.md'].map((f) => {
        const r = readDiskDocument(path.join(dir, f), settings);
        assert.ok(!r.ok && 'reason' in r, f);
        return r.reason;
      });
      assert.match(reasons[0], /over the 1 KB limit.*factlens\.maxFileSizeKb/);
      assert.match(reasons[1], /NUL bytes.*factlens\.languageIds/);
      assert.match(reasons[2], /not valid UTF-8/);
      assert.deepEqual(readDiskDocument('/dev/zero', settings), { ok: false, unreadable: true });
      assert.deepEqual(readDiskDocument(path.join(dir, 'missing.md'), settings), { ok: false, unreadable: true });
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('invalid settings of any shape: never throw, each bad value warned about by name, defaults used', () => {
      const keys = ['severity.contradicted', 'severity.overstated', 'severity.disputed', 'severity.unverified', 'severity.supportedUncited', 'citationStyle', 'debounceMs', 'maxFileSizeKb', 'claimPacks', 'languageIds'];
      const anyValue = fc.oneof(fc.anything(), fc.constantFrom(-1, 1e12, NaN, '', 'off', 'footnote', [], [''], {}, null, '__proto__'));
      const raw = fc.oneof(
        fc.anything(),
        fc.dictionary(fc.constantFrom(...keys, ...keys.map((k) => `factlens.${k}`), 'severity', '__proto__', 'constructor'), anyValue),
        fc.record({ factlens: fc.dictionary(fc.constantFrom(...keys, 'severity'), anyValue) }),
      );
      fc.assert(
        fc.property(raw, (input) => {
          counters.badInputs++;
          const { settings: s, warnings } = parseSettings(input);
          for (const k of Object.keys(s.severity) as Array<keyof typeof s.severity>) assert.ok(SEVERITY_NAMES.includes(s.severity[k]), k);
          assert.ok(['footnote', 'pandoc', 'link'].includes(s.citationStyle));
          assert.ok(Number.isInteger(s.debounceMs) && s.debounceMs >= 0 && s.debounceMs <= 10_000);
          assert.ok(Number.isInteger(s.maxFileSizeKb) && s.maxFileSizeKb >= 1);
          assert.ok(Array.isArray(s.claimPacks) && s.claimPacks.every((p) => typeof p === 'string'));
          assert.ok(Array.isArray(s.languageIds) && s.languageIds.length > 0);
          for (const w of warnings) assert.match(w, /^FactLens: setting "factlens\.[a-zA-Z.]+" has an invalid value .*; using the default /);
        }),
        { seed: SEED + 20, numRuns: 500 },
      );
      // And the defaults object itself is never mutated by a bad input.
      assert.equal(DEFAULT_SETTINGS.severity.contradicted, 'error');
      const { settings: s, warnings } = parseSettings({ factlens: { debounceMs: -5, citationStyle: 'mla', severity: { contradicted: 'loud' } } });
      assert.equal(s.debounceMs, 200);
      assert.equal(s.citationStyle, 'footnote');
      assert.equal(s.severity.contradicted, 'error');
      assert.equal(warnings.length, 3);
    });
  });
});
