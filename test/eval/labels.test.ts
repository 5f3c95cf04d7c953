import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  MINIMUM_DRAFTS,
  MINIMUM_LABELS,
  MINIMUM_PER_LABEL,
  MINIMUM_TEST_DRAFTS,
  countLabels,
  coverageErrors,
  loadDataset,
  scopeErrors,
} from '../../eval/checkLabels';
import { GOLD_LABELS, parseLabelFile } from '../../eval/labelFile';

// Checks the evaluation label set itself (eval/drafts/*.labels.yaml), never the engine's accuracy.
describe('eval label set', () => {
  const { drafts, errors } = loadDataset();

  it('every sidecar parses and every label text occurs exactly once in its draft', () => {
    assert.deepStrictEqual(
      errors.map((e) => `${e.file}:${e.line}: ${e.message}`),
      [],
    );
  });

  it('every sentence that mentions a tracked entity is labelled', () => {
    assert.deepStrictEqual(
      coverageErrors(drafts).map((e) => `${e.file}:${e.line}: ${e.message}`),
      [],
    );
  });

  it('every claim label sits on a sentence about a tracked entity, named or referred back to (the engine checks no others)', () => {
    assert.deepStrictEqual(
      scopeErrors(drafts).map((e) => `${e.file}:${e.line}: ${e.message}`),
      [],
    );
  });

  it(`has at least ${MINIMUM_DRAFTS} drafts, each with a split, and at least ${MINIMUM_TEST_DRAFTS} held out as test`, () => {
    assert.ok(drafts.length >= MINIMUM_DRAFTS, `${drafts.length} drafts`);
    for (const d of drafts) assert.ok(d.split === 'dev' || d.split === 'test', `${d.name}: split ${String(d.split)}`);
    const test = drafts.filter((d) => d.split === 'test');
    assert.ok(test.length >= MINIMUM_TEST_DRAFTS, `${test.length} test drafts`);
    const testLabels = test.reduce((n, d) => n + d.labels.length, 0);
    const all = drafts.reduce((n, d) => n + d.labels.length, 0);
    // About 40% of the sentences are held out; well outside that range one split is too small to measure.
    assert.ok(testLabels / all >= 0.3 && testLabels / all <= 0.5, `test share ${((testLabels / all) * 100).toFixed(0)}%`);
  });

  it('meets the minimum totals per label', () => {
    const counts = countLabels(drafts);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    assert.ok(total >= MINIMUM_LABELS, `${total} labels`);
    for (const label of GOLD_LABELS) {
      assert.ok(counts[label] >= MINIMUM_PER_LABEL[label], `${label}: ${counts[label]} < ${MINIMUM_PER_LABEL[label]}`);
    }
  });

  it('every label is one of the allowed values', () => {
    for (const d of drafts) for (const l of d.labels) assert.ok((GOLD_LABELS as readonly string[]).includes(l.label), `${d.name}: ${l.label}`);
  });

  it('rejects an unknown label with the file and line', () => {
    const text = 'split: dev\nsentences:\n  - text: "Magnesium helps"\n    label: supported\n  - text: "Calcium hurts"\n    label: wrong\n';
    assert.throws(() => parseLabelFile('x.labels.yaml', text), /^Error: x\.labels\.yaml:6: sentences\.1\.label:/);
  });

  it('rejects a sidecar without a split', () => {
    assert.throws(() => parseLabelFile('x.labels.yaml', 'sentences:\n  - text: "a"\n    label: supported\n'), /split/);
  });

  it('reports a label whose text is not in the draft, and one that is ambiguous', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-eval-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), '# Title\n\nMagnesium helps. Magnesium helps bones.\n');
      fs.writeFileSync(
        path.join(dir, 'a.labels.yaml'),
        'split: dev\nsentences:\n  - text: "Magnesium hurts"\n    label: supported\n  - text: "Magnesium helps"\n    label: supported\n',
      );
      const result = loadDataset(dir);
      assert.deepStrictEqual(
        result.errors.map((e) => [path.basename(e.file), e.line, /not found|occurs 2 times/.exec(e.message)?.[0]]),
        [
          ['a.labels.yaml', 3, 'not found'],
          ['a.labels.yaml', 5, 'occurs 2 times'],
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
