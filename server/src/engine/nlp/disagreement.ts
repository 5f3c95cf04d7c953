// "Some textbooks say X, while others say Y", "experts disagree on whether ...": a sentence that
// reports a disagreement is not asserting either side, so where the database records the same
// disagreement the honest verdict is "disputed".
import type { Token } from './tokenize';

/** Single words that report a disagreement wherever they stand. */
const WORDS = new Set(['disagree', 'disagrees', 'disagreement', 'debate', 'debated', 'debatable', 'controversial', 'controversy', 'contested', 'disputed', 'unsettled', 'conflicting']);
/** "others" after one of these reports the other side ("while others say", "others argue"). */
const OTHERS_VERBS = new Set(['say', 'says', 'argue', 'think', 'believe', 'claim', 'insist', 'counter', 'maintain', 'contend', 'disagree', 'suggest', 'point']);

export function reportsDisagreement(tokens: readonly Token[]): boolean {
  let some = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].raw;
    if (WORDS.has(w)) return true;
    if (w === 'some') some = true;
    // "some ... others say": both sides in one sentence.
    if (w === 'others' && some && i + 1 < tokens.length && OTHERS_VERBS.has(tokens[i + 1].raw)) return true;
    if (w === 'no' && tokens[i + 1]?.raw === 'consensus') return true;
  }
  return false;
}
