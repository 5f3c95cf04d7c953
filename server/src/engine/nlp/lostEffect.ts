import type { Token } from './tokenize';

/**
 * Sentences that say something stops working: "low magnesium renders vitamin D useless",
 * "supplements may fail to do their job". Each reads as a negation cue,
 * but what it asserts is a loss of effect, which claims word as "decreases" the effectiveness
 * ("inadequate magnesium can render your vitamin D intake largely ineffective"). Read as a plain
 * denial, the sentence would contradict the very claim it repeats.
 */

/** Result states that a causative verb puts its object in ("makes X useless"). */
const LOST_EFFECT_STATES = new Set(['ineffective', 'useless', 'pointless', 'worthless']);
/** Verbs whose object ends in the state after them. */
const CAUSATIVES = new Set(['make', 'makes', 'made', 'making', 'render', 'renders', 'rendered', 'rendering', 'leave', 'leaves', 'left', 'leaving']);
/** How far a causative may stand before the state ("renders your vitamin D intake largely useless"). */
const CAUSATIVE_REACH = 12;
/** Words a failure may stand before the effect it denies ("fail to do their job", "fail to be effective"). */
const FAILURE_FILLERS = new Set(['do', 'does', 'be', 'very', 'that', 'as', 'so', 'their', 'its', 'your', 'the', 'quite', 'fully']);
// Only a failure: "is not effective" is a denied state word (features.ts), which claims worded
// either way ("are not very effective", "ineffective") already compare.
const FAILURES = new Set(['fail to', 'fails to', 'failed to']);

export interface LostEffect {
  /** Position of the negation cue that says the loss. */
  at: number;
  cue: string;
}

/**
 * The negation among `negations` that says a loss of effect, or null.
 * `effectAt(i)` says whether token i is part of a term naming effectiveness.
 */
export function lostEffect(tokens: readonly Token[], negations: ReadonlyArray<{ at: number; cue: string }>, effectAt: (i: number) => boolean): LostEffect | null {
  for (const n of negations) {
    if (LOST_EFFECT_STATES.has(n.cue)) {
      for (let k = n.at - 1; k >= 0 && n.at - k <= CAUSATIVE_REACH; k--) if (CAUSATIVES.has(tokens[k].norm)) return n;
      continue;
    }
    if (!FAILURES.has(n.cue)) continue;
    let k = n.at + 2;
    while (k < tokens.length && FAILURE_FILLERS.has(tokens[k].norm) && !effectAt(k)) k++;
    if (k < tokens.length && effectAt(k)) return n;
  }
  return null;
}
