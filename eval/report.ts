// Plain-text rendering of evaluation figures for the terminal.
import { GOLD_ROWS, PREDICTED_COLUMNS, type Metrics, type ScoringError } from './scoring';

const pct = (x: number | null) => (x === null ? 'n/a' : (x * 100).toFixed(1) + '%');
const num = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

export function formatMetrics(title: string, m: Metrics): string {
  const d = m.detection;
  const lines = [
    `== ${title}: ${m.drafts} drafts, ${m.labels} labels (${m.claimLabels} claims, ${m.notClaimLabels} not-claims), ${m.detections} detections`,
    `detection  precision ${pct(d.precision)} (${d.truePositives}/${m.detections})  recall ${pct(d.recall)} (${d.detectedClaimLabels}/${m.claimLabels})  F1 ${num(d.f1)}`,
    `           false positives: ${d.falsePositivesOnNotClaims} on not-claims, ${d.falsePositivesUnlabelled} on unlabelled sentences`,
    `verdict accuracy on detected claims ${pct(m.verdictAccuracy)}   macro-F1 (end to end) ${num(m.macroF1)}`,
    '',
    table([
      ['verdict', 'gold', 'pred', 'tp', 'precision', 'recall', 'F1'],
      ...m.perVerdict.map((c) => [c.verdict, String(c.support), String(c.predicted), String(c.tp), pct(c.precision), pct(c.recall), num(c.f1)]),
    ]),
    '',
    'confusion (rows gold, columns predicted; "missed" = not detected, which is right for not-claim):',
    table([
      ['gold \\ pred', ...PREDICTED_COLUMNS],
      ...GOLD_ROWS.map((g) => [g, ...PREDICTED_COLUMNS.map((p) => (g === 'unlabelled' && p === 'missed' ? '-' : String(m.confusion[g][p])))]),
    ]),
  ];
  return lines.join('\n');
}

export function formatErrors(errors: ScoringError[]): string {
  if (!errors.length) return 'no errors';
  return errors
    .map((e) => {
      const head = `[${e.draft}] gold ${e.gold} -> ${e.predicted}: "${e.text}"`;
      const extra = [e.detected ? `    detected as: "${e.detected}"` : '', e.note ? `    note: ${e.note}` : ''].filter(Boolean);
      return [head, ...extra].join('\n');
    })
    .join('\n');
}
