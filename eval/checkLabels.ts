// Everything that can be checked about the label set without running the engine: sidecars parse,
// every label is found once in its draft, every tracked sentence is labelled, and the set is large and
// balanced enough to measure with. Used by the label test and by the runner before it scores.
import { loadDataset, type Draft, type LabellingError } from './dataset';
import { GOLD_LABELS, type GoldLabel } from './labelFile';
import { outOfScopeLabels, unlabelledMentions } from './coverage';

/** Minimum labels per class over the whole set; the runner's figures are too noisy below these. */
export const MINIMUM_PER_LABEL: Record<GoldLabel, number> = {
  supported: 15,
  contradicted: 15,
  overstated: 15,
  unverified: 15,
  disputed: 5,
  'not-claim': 30,
};
export const MINIMUM_LABELS = 150;
export const MINIMUM_DRAFTS = 8;
export const MINIMUM_TEST_DRAFTS = 3;

export function countLabels(drafts: Draft[]): Record<GoldLabel, number> {
  const counts = Object.fromEntries(GOLD_LABELS.map((l) => [l, 0])) as Record<GoldLabel, number>;
  for (const d of drafts) for (const l of d.labels) counts[l.label]++;
  return counts;
}

/** Tracked sentences without a label, as labelling errors pointing at the draft. */
export function coverageErrors(drafts: Draft[]): LabellingError[] {
  return drafts.flatMap((d) =>
    unlabelledMentions(
      d.blocks,
      d.labels.map((l) => l.range),
    ).map((s) => ({
      file: d.file,
      line: d.text.slice(0, s.range.start).split('\n').length,
      message: `sentence mentions a tracked entity but has no label in ${d.name}.labels.yaml: "${s.text}"`,
    })),
  );
}

/** Claim labels on sentences without a tracked entity: out of the engine's scope, so relabel or reword. */
export function scopeErrors(drafts: Draft[]): LabellingError[] {
  return drafts.flatMap((d) =>
    outOfScopeLabels(d.blocks, d.labels).map((l) => ({
      file: d.labelsFile,
      line: l.line,
      message: `claim label on a sentence that mentions no tracked entity (magnesium, vitamin D, PTH, calcium, calcitonin): "${l.text}"`,
    })),
  );
}

export { loadDataset };
