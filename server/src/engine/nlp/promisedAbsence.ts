import type { Token } from './tokenize';

/**
 * "Take enough vitamin D and you simply won't get ill this winter": an imperative followed by a
 * promise that something will not happen ("... guarantees you won't ..." likewise) says that what
 * is taken prevents it, with certainty. Read
 * as a plain denial, the sentence would deny the very link it overstates.
 */

/** Verbs that open such a promise: taking, eating or keeping something up. */
const INTAKE_IMPERATIVES = new Set(['take', 'get', 'eat', 'drink', 'add', 'keep', 'start', 'use', 'have', 'top', 'load', 'stay', 'boost', 'supplement']);
/** The future denials that make the promise. */
const PROMISED_DENIALS = new Set(["won't", 'wont', 'will never', 'will not', 'never']);
const YOU = new Set(['you', "you'll", 'youll']);
/** Words that may stand between "and you" and the denial. */
const FILLERS = new Set(['simply', 'just', 'really', 'probably', 'basically', 'literally']);

export interface PromisedAbsence {
  /** Position of the denial that makes the promise. */
  at: number;
  cue: string;
}

/** The negation among `negations` that promises an absence after an imperative, or null. */
export function promisedAbsence(tokens: readonly Token[], negations: ReadonlyArray<{ at: number; cue: string }>): PromisedAbsence | null {
  const imperative = INTAKE_IMPERATIVES.has(tokens[0]?.raw.toLowerCase() ?? '');
  for (const n of negations) {
    if (!PROMISED_DENIALS.has(n.cue)) continue;
    let k = n.at - 1;
    while (k > 0 && (FILLERS.has(tokens[k].norm) || tokens[k].norm === 'will')) k--;
    // "and you'll never have to worry about ...": the contraction holds the "will".
    if (!YOU.has(tokens[k]?.norm ?? '')) continue;
    if (imperative && tokens[k - 1]?.norm === 'and') return n;
    // "Magnesium in pregnancy basically guarantees you won't go into labour early": a promise verb.
    const before = tokens[k - 1]?.norm === 'that' ? k - 2 : k - 1;
    if (PROMISE_VERBS.has(tokens[before]?.norm ?? '')) return n;
  }
  return null;
}

/** Verbs that promise what follows them ("guarantees you won't ..."). */
const PROMISE_VERBS = new Set(['guarantee', 'guarantees', 'guaranteed', 'ensure', 'ensures', 'ensured', 'promise', 'promises', 'mean', 'means']);
