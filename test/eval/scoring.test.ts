import * as assert from 'assert';
import { aggregate, listErrors, matchStrength, scoreDraft, type Detection, type GoldSentence } from '../../eval/scoring';

// A small hand-made document:
//   0         1         2         3         4         5         6         7         8
//   Magnesium helps absorb calcium. PTH lowers blood calcium. I take magnesium daily. Calcium cures all.
const doc = 'Magnesium helps absorb calcium. PTH lowers blood calcium. I take magnesium daily. Calcium cures all. Vitamin D helps sleep.';
const span = (s: string) => {
  const start = doc.indexOf(s);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};
const gold = (text: string, label: GoldSentence['label']): GoldSentence => ({ text, label, range: span(text) });
const det = (text: string, verdict: Detection['verdict'], range = span(text)): Detection => ({ text, verdict, range });

const labels: GoldSentence[] = [
  gold('Magnesium helps absorb calcium', 'supported'),
  gold('PTH lowers blood calcium', 'contradicted'),
  gold('I take magnesium daily', 'not-claim'),
  gold('Calcium cures all', 'overstated'),
  gold('Vitamin D helps sleep', 'unverified'),
];

describe('eval scoring', () => {
  it('matches by substring after whitespace collapse, or by overlapping ranges', () => {
    const g = labels[0];
    assert.ok(matchStrength(g, det('Magnesium  helps\nabsorb calcium.', 'supported', { start: 500, end: 510 })) > 0);
    // Different text (engine stripped something), overlapping range.
    assert.strictEqual(matchStrength(g, det('Magnesium helps absorb Ca.', 'supported', { start: 10, end: 40 })), 20);
    assert.strictEqual(matchStrength(g, det('Something else.', 'supported', { start: 40, end: 60 })), 0);
    // A substring match beats any overlap.
    assert.ok(matchStrength(g, det('Magnesium helps absorb calcium.', 'supported', { start: 900, end: 930 })) > 1000);
  });

  it('counts detections, misses, false positives and verdicts', () => {
    const detections = [
      det('Magnesium helps absorb calcium.', 'supported'),
      det('PTH lowers blood calcium.', 'supported'), // wrong verdict
      det('I take magnesium daily.', 'unverified'), // detection on a not-claim
      det('Vitamin D helps sleep.', 'unverified'),
    ];
    const extra = 'Calcitonin is in code.';
    const unlabelled = det(extra, 'unverified', { start: 200, end: 222 });
    const score = scoreDraft('d1', labels, [...detections, unlabelled]);
    assert.strictEqual(score.claimDetections, 3);
    assert.deepStrictEqual(score.notClaimDetections.map((d) => d.text), ['I take magnesium daily.']);
    assert.deepStrictEqual(score.unlabelledDetections.map((d) => d.text), [extra]);

    const m = aggregate([score]);
    assert.strictEqual(m.labels, 5);
    assert.strictEqual(m.claimLabels, 4);
    assert.strictEqual(m.detections, 5);
    assert.strictEqual(m.detection.truePositives, 3);
    assert.strictEqual(m.detection.falsePositivesOnNotClaims, 1);
    assert.strictEqual(m.detection.falsePositivesUnlabelled, 1);
    assert.strictEqual(m.detection.precision, 3 / 5);
    assert.strictEqual(m.detection.recall, 3 / 4); // 'Calcium cures all' was missed
    assert.strictEqual(m.verdictAccuracy, 2 / 3);

    assert.strictEqual(m.confusion.supported.supported, 1);
    assert.strictEqual(m.confusion.contradicted.supported, 1);
    assert.strictEqual(m.confusion.overstated.missed, 1);
    assert.strictEqual(m.confusion['not-claim'].unverified, 1);
    assert.strictEqual(m.confusion.unverified.unverified, 1);
    assert.strictEqual(m.confusion.unlabelled.unverified, 1);

    const byVerdict = Object.fromEntries(m.perVerdict.map((c) => [c.verdict, c]));
    // supported: 1 right, plus 1 contradicted sentence predicted supported.
    assert.deepStrictEqual([byVerdict.supported.tp, byVerdict.supported.predicted, byVerdict.supported.support], [1, 2, 1]);
    assert.strictEqual(byVerdict.supported.precision, 0.5);
    assert.strictEqual(byVerdict.supported.recall, 1);
    // unverified: 1 right of 3 predictions (one on a not-claim, one unlabelled).
    assert.strictEqual(byVerdict.unverified.precision, 1 / 3);
    assert.strictEqual(byVerdict.unverified.recall, 1);
    assert.strictEqual(byVerdict.unverified.f1, 0.5);
    assert.strictEqual(byVerdict.contradicted.f1, 0);
    assert.strictEqual(byVerdict.overstated.f1, 0);
    // disputed occurs neither in gold nor in predictions: left out of the macro average.
    assert.strictEqual(byVerdict.disputed.f1, null);
    const supportedF1 = (2 * 0.5 * 1) / 1.5;
    assert.ok(Math.abs(m.macroF1! - (supportedF1 + 0 + 0 + 0.5) / 4) < 1e-12);
  });

  it('picks the best of several detections for one sentence', () => {
    const score = scoreDraft('d1', [labels[0]], [
      det('helps absorb', 'overstated', { start: 10, end: 22 }),
      det('Magnesium helps absorb calcium.', 'supported'),
    ]);
    assert.strictEqual(score.outcomes[0].detection?.verdict, 'supported');
    assert.strictEqual(score.claimDetections, 2);
  });

  it('reports n/a rather than dividing by zero when nothing is detected', () => {
    const m = aggregate([scoreDraft('empty', labels, [])]);
    assert.strictEqual(m.detections, 0);
    assert.strictEqual(m.detection.precision, null);
    assert.strictEqual(m.detection.recall, 0);
    assert.strictEqual(m.verdictAccuracy, null);
    assert.strictEqual(m.confusion['not-claim'].missed, 1);
  });

  it('lists disagreements with gold, predicted and text', () => {
    const score = scoreDraft('d1', labels, [det('PTH lowers blood calcium.', 'supported'), det('I take magnesium daily.', 'unverified')]);
    const errors = listErrors([score]);
    const lines = errors.map((e) => `${e.gold}->${e.predicted}: ${e.text}`);
    assert.deepStrictEqual(lines, [
      'supported->missed: Magnesium helps absorb calcium',
      'contradicted->supported: PTH lowers blood calcium',
      'not-claim->unverified: I take magnesium daily',
      'overstated->missed: Calcium cures all',
      'unverified->missed: Vitamin D helps sleep',
    ]);
  });
});
