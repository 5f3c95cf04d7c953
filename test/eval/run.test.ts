import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The runner's command line: exit codes, messages and the JSON it writes. Engine accuracy is not asserted.
const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function run(args: string[]) {
  const r = spawnSync(tsx, [path.join(root, 'eval', 'run.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function draftsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-eval-run-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('eval runner (npm run eval)', function () {
  this.timeout(60000);
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('exits 2 and names the file, line and text of a label that is not in its draft', () => {
    const dir = draftsDir({
      'a.md': '# Notes\n\nMagnesium helps the body absorb calcium.\n',
      'a.labels.yaml': 'split: dev\nsentences:\n  - text: "Magnesium helps the body absorb iron"\n    label: supported\n',
    });
    dirs.push(dir);
    const r = run(['--drafts', dir]);
    assert.strictEqual(r.code, 2, r.err);
    assert.match(r.err, /a\.labels\.yaml:3: label text not found .*"Magnesium helps the body absorb iron"/);
  });

  it('exits 1 for an unknown split', () => {
    const r = run(['--split', 'train']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /--split must be dev, test or all/);
  });

  it('measures a small set, prints every split and writes the figures as JSON', () => {
    const dir = draftsDir({
      'a.md': '# Notes\n\nMagnesium helps the body absorb calcium from food.\n\nI bought a magnesium supplement yesterday.\n',
      'a.labels.yaml':
        'split: dev\nsentences:\n  - text: "Magnesium helps the body absorb calcium from food"\n    label: supported\n' +
        '  - text: "I bought a magnesium supplement yesterday"\n    label: not-claim\n',
      'b.md': 'Calcitonin pulls calcium out of bone into the blood.\n',
      'b.labels.yaml': 'split: test\nsentences:\n  - text: "Calcitonin pulls calcium out of bone into the blood"\n    label: contradicted\n',
    });
    dirs.push(dir);
    const json = path.join(dir, 'figures.json');
    const r = run(['--drafts', dir, '--json', json, '--verbose']);
    assert.strictEqual(r.code, 0, r.err);
    for (const heading of ['== all: 2 drafts, 3 labels', '== dev: 1 drafts, 2 labels', '== test: 1 drafts, 1 labels', 'errors (dev):']) {
      assert.ok(r.out.includes(heading), `missing "${heading}" in:\n${r.out}`);
    }
    const figures = JSON.parse(fs.readFileSync(json, 'utf8'));
    assert.deepStrictEqual(Object.keys(figures.splits), ['all', 'dev', 'test']);
    assert.deepStrictEqual(Object.keys(figures.drafts).sort(), ['a', 'b']);
    assert.strictEqual(figures.splits.all.claimLabels, 2);
    assert.strictEqual(figures.splits.all.notClaimLabels, 1);
    assert.strictEqual(figures.drafts.b.split, 'test');
  });

  it('with --split reports only that split', () => {
    const dir = draftsDir({
      'a.md': 'Magnesium helps the body absorb calcium from food.\n',
      'a.labels.yaml': 'split: test\nsentences:\n  - text: "Magnesium helps the body absorb calcium from food"\n    label: supported\n',
    });
    dirs.push(dir);
    const r = run(['--drafts', dir, '--split', 'test']);
    assert.strictEqual(r.code, 0, r.err);
    assert.ok(r.out.includes('== test: 1 drafts'));
    assert.ok(!r.out.includes('== all'));
    assert.ok(!r.out.includes('== dev'));
  });
});
