// Contrast inside a sentence. "PTH is made by the parathyroid glands, not by the thyroid" asserts
// the first part and sets the second aside: the "not" negates only the alternative. "Calcium ends
// up in the arteries instead of the bones" likewise. And "X does not typically cause Y, but it can
// contribute to it" corrects itself: the assertion to check is the clause after "but".
import type { Token } from './tokenize';

export interface Contrast {
  /** Token positions naming what the sentence sets aside. */
  denied: Set<number>;
  /** Negation cues (token positions) that only set an alternative aside. */
  contrastNegations: Set<number>;
  /** Where a correcting clause starts, or -1: relation and negation are read from there on. */
  correctionAt: number;
}

const RELATIVES = new Set(['which', 'who', 'whose']);
/** "not proof that ...", "not evidence that ...": what a finding does not show. */
const DENIED_SHOWING = new Set(['proof', 'evidence']);
const SPAN_BREAK = /[,;:.!?()\u2014\u2013]/;
const CORRECTION_MARKERS = new Set(['but', 'however', 'although', 'though']);
const DEGREE_AFTER_HOWEVER = new Set(['much', 'many', 'little', 'few', 'often', 'long', 'hard', 'high', 'large', 'big', 'small']);
/** Words before "not" that make it deny the verb ("is not", "does not"), not set an alternative aside. */
const VERBS_BEFORE_NOT = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'shall', 'need', 'it', 'that', 'this', 'and', 'or', 'but', 'if', 'why', 'whether', 'probably', 'certainly', 'definitely', 'often', 'usually', 'also', 'still', 'just']);
/** Words that open a named alternative after "not" ("not the thyroid", "not your kidneys"). */
const ALTERNATIVE_OPENERS = new Set(['the', 'a', 'an', 'your', 'their', 'its']);
/** "instead of", "rather than": tested word by word (a find() with a closure per token allocated for every sentence). */
const isInstead = (w: string, next: string | undefined) => (w === 'instead' && next === 'of') || (w === 'rather' && next === 'than');

/**
 * @param relationAt token positions where a relation cue starts
 * @param negationAt token positions where a negation cue starts
 */
export function readContrast(tokens: readonly Token[], text: string, relationAt: ReadonlySet<number>, negationAt: ReadonlySet<number>): Contrast {
  const denied = new Set<number>();
  const contrastNegations = new Set<number>();
  const breakBefore = (k: number) => k > 0 && SPAN_BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start));
  /** End of the phrase starting at `from`: the next punctuation, or the sentence end. */
  const phraseEnd = (from: number) => {
    let k = from;
    while (k < tokens.length && !(k > from && breakBefore(k))) k++;
    return k;
  };
  const hasRelation = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (relationAt.has(k)) return true;
    return false;
  };
  const deny = (from: number, to: number) => {
    for (let k = from; k < to; k++) denied.add(k);
  };

  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    // "Unlike PTH, calcitonin does not raise blood calcium": the foil is set aside; what follows
    // is said of the other.
    if (w === 'unlike' || (w === 'opposed' && tokens[i - 1]?.norm === 'as' && tokens[i + 1]?.norm === 'to')) {
      let end = phraseEnd(i + 1);
      if (end < tokens.length && !hasRelation(i + 1, end)) {
        // "Unlike PTH, which pulls calcium out of bone, calcitonin ...": the foil's relative clause
        // goes with it.
        if (RELATIVES.has(tokens[end].norm)) {
          const clauseEnd = phraseEnd(end);
          if (clauseEnd < tokens.length) end = clauseEnd;
        }
        deny(i, end);
      }
      continue;
    }
    // "... instead of the bones", "... rather than in the blood"
    if (isInstead(w, tokens[i + 1]?.norm)) {
      // A rejected place or thing. With a verb of its own ("instead of losing it in urine") the
      // alternative often names the claim's own process, so it is left to be read as it stands.
      const end = phraseEnd(i + 2);
      if (!hasRelation(i + 2, end)) deny(i, end);
      continue;
    }
    if (w !== 'not' || !negationAt.has(i)) continue;
    // "It is this molecule, and not the capsule on your table, that ...": an alternative set off
    // by commas after "and"/"but".
    const joiner = tokens[i - 1]?.norm;
    if ((joiner === 'and' || joiner === 'but') && breakBefore(i - 1) && ALTERNATIVE_OPENERS.has(tokens[i + 1]?.norm ?? '')) {
      const end = phraseEnd(i);
      if (!hasRelation(i + 1, end)) {
        deny(i - 1, end);
        contrastNegations.add(i);
        continue;
      }
    }
    // "..., not (by) the thyroid": a phrase without a verb of its own after a comma.
    if (breakBefore(i)) {
      const end = phraseEnd(i);
      // "..., not proof that they cause heart attacks": what the evidence does not show, set
      // aside whole, its verb included.
      if (!hasRelation(i + 1, end) || DENIED_SHOWING.has(tokens[i + 1]?.norm ?? '')) {
        deny(i, end);
        contrastNegations.add(i);
      }
      continue;
    }
    // "... from the parathyroids not the thyroid": the same without the comma, after a noun rather
    // than a verb ("is not the thyroid" denies).
    if (!VERBS_BEFORE_NOT.has(tokens[i - 1]?.norm ?? '') && ALTERNATIVE_OPENERS.has(tokens[i + 1]?.norm ?? '') && i > 1) {
      const end = phraseEnd(i);
      if (!hasRelation(i + 1, end)) {
        deny(i, end);
        contrastNegations.add(i);
        continue;
      }
    }
    // "made not in the thyroid but in the parathyroid glands"
    for (let k = i + 1; k < tokens.length && k <= i + 8 && !breakBefore(k); k++) {
      if (relationAt.has(k)) break;
      if (tokens[k].norm === 'but') {
        deny(i, k + 1);
        contrastNegations.add(i);
        break;
      }
    }
  }

  // "X does not typically result in Y, but it can contribute to it": a negated clause, then a
  // marker, then a clause with a verb of its own and no negation.
  let correctionAt = -1;
  for (let b = 1; b < tokens.length; b++) {
    if (!CORRECTION_MARKERS.has(tokens[b].norm) || denied.has(b)) continue;
    // "however much is taken" concedes a degree; it corrects nothing.
    if (tokens[b].norm === 'however' && DEGREE_AFTER_HOWEVER.has(tokens[b + 1]?.norm ?? '')) continue;
    let negatedBefore = false;
    for (const n of negationAt) if (n < b && !contrastNegations.has(n)) negatedBefore = true;
    if (!negatedBefore) break;
    let negatedAfter = false;
    for (const n of negationAt) if (n > b) negatedAfter = true;
    if (!negatedAfter && hasRelation(b + 1, tokens.length)) correctionAt = b;
    break;
  }
  return { denied, contrastNegations, correctionAt };
}
