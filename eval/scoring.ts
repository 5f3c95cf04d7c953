// Scoring of engine output against gold labels. Pure functions, no I/O, so they can be tested on
// hand-made analyses.
//
// Matching: a labelled sentence and a detected claim match when the label's text (whitespace collapsed)
// is a substring of the claim's text, or when their document ranges overlap. Substring matches win over
// overlaps; among overlaps the largest wins.
import { VERDICTS } from '../server/src/engine/db/schema';
import type { CheckedClaim, OffsetRange, Verdict } from '../server/src/engine/types';
import type { GoldLabel } from './labelFile';

export type Detection = Pick<CheckedClaim, 'range' | 'text' | 'verdict'>;

export interface GoldSentence {
  text: string;
  label: GoldLabel;
  range: OffsetRange;
  note?: string;
}

/** One labelled sentence and what the engine did with it (`detection` null when nothing matched). */
export interface LabelOutcome {
  draft: string;
  gold: GoldSentence;
  detection: Detection | null;
}

export interface DraftScore {
  draft: string;
  outcomes: LabelOutcome[];
  /** Detected claims on sentences labelled `not-claim`. */
  notClaimDetections: Detection[];
  /** Detected claims that match no label at all: label them. */
  unlabelledDetections: Detection[];
  /** Detected claims that match at least one claim label. */
  claimDetections: number;
}

export const PREDICTED_COLUMNS = [...VERDICTS, 'missed'] as const;
export type PredictedColumn = (typeof PREDICTED_COLUMNS)[number];
export const GOLD_ROWS = [...VERDICTS, 'not-claim', 'unlabelled'] as const;
export type GoldRow = (typeof GOLD_ROWS)[number];

export interface ClassScore {
  verdict: Verdict;
  support: number;
  predicted: number;
  tp: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Metrics {
  drafts: number;
  labels: number;
  claimLabels: number;
  notClaimLabels: number;
  detections: number;
  detection: {
    /** Detections on labelled claims. */
    truePositives: number;
    falsePositivesOnNotClaims: number;
    falsePositivesUnlabelled: number;
    /** Claim labels that some detection matched. */
    detectedClaimLabels: number;
    precision: number | null;
    recall: number | null;
    f1: number | null;
  };
  /** Share of detected claim labels whose verdict equals the gold label. */
  verdictAccuracy: number | null;
  /** Per verdict, end to end: a missed claim counts against recall, a false detection against precision. */
  perVerdict: ClassScore[];
  /** Mean F1 over the verdicts that occur in gold or predictions. */
  macroF1: number | null;
  /** confusion[gold][predicted]; `missed` on the not-claim row means correctly left alone. */
  confusion: Record<GoldRow, Record<PredictedColumn, number>>;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function overlap(a: OffsetRange, b: OffsetRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** How well a detection matches a label: 0 = no match; substring beats any overlap. */
export function matchStrength(gold: GoldSentence, detection: Detection): number {
  const needle = collapse(gold.text);
  if (needle && collapse(detection.text).includes(needle)) return Number.MAX_SAFE_INTEGER;
  return overlap(gold.range, detection.range);
}

export function scoreDraft(draft: string, gold: GoldSentence[], detections: Detection[]): DraftScore {
  const outcomes: LabelOutcome[] = gold.map((g) => {
    let best: Detection | null = null;
    let bestStrength = 0;
    for (const d of detections) {
      const s = matchStrength(g, d);
      if (s > bestStrength) {
        best = d;
        bestStrength = s;
      }
    }
    return { draft, gold: g, detection: best };
  });

  const notClaimDetections: Detection[] = [];
  const unlabelledDetections: Detection[] = [];
  let claimDetections = 0;
  for (const d of detections) {
    const matched = gold.filter((g) => matchStrength(g, d) > 0);
    if (matched.some((g) => g.label !== 'not-claim')) claimDetections++;
    else if (matched.length) notClaimDetections.push(d);
    else unlabelledDetections.push(d);
  }
  return { draft, outcomes, notClaimDetections, unlabelledDetections, claimDetections };
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const f1Of = (p: number | null, r: number | null): number | null =>
  p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);

function emptyConfusion(): Metrics['confusion'] {
  const rows = {} as Metrics['confusion'];
  for (const g of GOLD_ROWS) {
    rows[g] = {} as Record<PredictedColumn, number>;
    for (const p of PREDICTED_COLUMNS) rows[g][p] = 0;
  }
  return rows;
}

export function aggregate(scores: DraftScore[]): Metrics {
  const outcomes = scores.flatMap((s) => s.outcomes);
  const claimOutcomes = outcomes.filter((o) => o.gold.label !== 'not-claim');
  const notClaimOutcomes = outcomes.filter((o) => o.gold.label === 'not-claim');
  const unlabelled = scores.flatMap((s) => s.unlabelledDetections);
  const truePositives = scores.reduce((n, s) => n + s.claimDetections, 0);
  const fpNotClaims = scores.reduce((n, s) => n + s.notClaimDetections.length, 0);
  const detections = truePositives + fpNotClaims + unlabelled.length;
  const detected = claimOutcomes.filter((o) => o.detection);

  const confusion = emptyConfusion();
  for (const o of outcomes) confusion[o.gold.label][o.detection ? o.detection.verdict : 'missed']++;
  for (const d of unlabelled) confusion.unlabelled[d.verdict]++;

  const perVerdict: ClassScore[] = VERDICTS.map((v) => {
    const support = claimOutcomes.filter((o) => o.gold.label === v).length;
    const tp = confusion[v][v];
    const predicted = GOLD_ROWS.reduce((n, g) => n + confusion[g][v], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    return { verdict: v, support, predicted, tp, precision, recall, f1: support || predicted ? (f1Of(precision, recall) ?? 0) : null };
  });
  const f1s = perVerdict.map((c) => c.f1).filter((f): f is number => f !== null);

  const precision = ratio(truePositives, detections);
  const recall = ratio(detected.length, claimOutcomes.length);
  return {
    drafts: scores.length,
    labels: outcomes.length,
    claimLabels: claimOutcomes.length,
    notClaimLabels: notClaimOutcomes.length,
    detections,
    detection: {
      truePositives,
      falsePositivesOnNotClaims: fpNotClaims,
      falsePositivesUnlabelled: unlabelled.length,
      detectedClaimLabels: detected.length,
      precision,
      recall,
      f1: f1Of(precision, recall),
    },
    verdictAccuracy: ratio(detected.filter((o) => o.detection!.verdict === o.gold.label).length, detected.length),
    perVerdict,
    macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null,
    confusion,
  };
}

export interface ScoringError {
  draft: string;
  gold: GoldRow;
  predicted: PredictedColumn;
  /** The label's text (or the detection's, for unlabelled detections). */
  text: string;
  /** The matched detection's full text when it differs from `text`. */
  detected?: string;
  note?: string;
}

/** Every place the engine disagrees with the labels, for `--verbose`. */
export function listErrors(scores: DraftScore[]): ScoringError[] {
  const out: ScoringError[] = [];
  for (const s of scores) {
    for (const o of s.outcomes) {
      const predicted: PredictedColumn = o.detection ? o.detection.verdict : 'missed';
      const wrong = o.gold.label === 'not-claim' ? predicted !== 'missed' : predicted !== o.gold.label;
      if (!wrong) continue;
      const detected = o.detection && collapse(o.detection.text) !== collapse(o.gold.text) ? o.detection.text : undefined;
      out.push({ draft: s.draft, gold: o.gold.label, predicted, text: o.gold.text, detected, note: o.gold.note });
    }
    for (const d of s.unlabelledDetections) out.push({ draft: s.draft, gold: 'unlabelled', predicted: d.verdict, text: d.text });
  }
  return out;
}
