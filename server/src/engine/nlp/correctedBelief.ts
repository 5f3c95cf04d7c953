// A belief the writer reports in order to correct it. "People often assume the D3 in a supplement
// is already active, but it isn't" asserts the opposite of the belief; "Lots of people assume the
// vitamin D you make in the sun is ready to go, but it's actually still inactive" asserts what
// follows "but"; "It's a myth that stress drains magnesium" denies what follows "that"; "He had
// read that X, and he wasn't wrong" asserts X.

export type CorrectedBelief =
  /** The sentence denies `belief`. */
  | { belief: string; denied: true }
  /** The sentence asserts `correction` in place of `belief` (which it may refer back to). */
  | { belief: string; denied: false; correction: string };

/** Who holds the belief and how it is reported, at the start of the sentence. */
const BELIEF_LEAD = new RegExp(
  '^(?:(?:still|sure|so|and|yes|well|look|now),?\\s+)?' +
    '(?:(?:(?:lots|plenty|a lot) of (?:people|us|folk|shoppers|patients|readers)|(?:many|most|some) (?:people|of us|patients|readers)|many|people|everyone|everybody|we)' +
    '(?: (?:often|still|usually|commonly|tend to|sometimes|naturally|generally))?' +
    ' (?:assume|think|believe|imagine|expect|say|claim|reckon|are told|were told|have been told|get told)' +
    "|you(?:'ll| will|'ve| have| may| might| probably| often)?(?: (?:often|probably|sometimes|already|also|have))? (?:hear|heard|read|see|seen|been told|be told)" +
    "|it(?:'s| is) (?:often |commonly |widely |sometimes |frequently )?(?:said|assumed|thought|believed|claimed|repeated)" +
    '|(?:the|a) (?:common |popular |widespread |old |persistent )?(?:belief|idea|assumption|notion|myth|claim) (?:is|goes))' +
    '(?: that)?\\s+',
  'i',
);

/** "..., but it isn't", "..., but that's a myth", "..., but there's no real link": the belief denied. */
const DENIAL =
  /^(?:in fact,? |actually,? |sadly,? )?(?:(?:it|that|this|they|he|she|we)(?:'s|’s| is| are|'re| does| do| did| was)?(?:n't|n’t| not)(?: really| actually| quite| necessarily| always)?(?: true| so| the case| right| correct| how it works)?|(?:that|this)(?:'s|’s| is) (?:a myth|wrong|false|incorrect|mistaken|a misconception|not true|not the case)|there(?:'s|’s| is) (?:no|little) (?:real |good |solid |actual |strong )?(?:link|evidence|connection|truth|basis|proof)\b.*|(?:the )?(?:evidence|research|science) (?:doesn't|does not|don't|do not) (?:back|support) (?:it|that|this|them)(?: up)?)\W*$/i;

/** "It's a myth that ...", "It isn't true that ...": a belief denied at the start. */
const DENIED_AT_START = /^(?:it(?:'s|’s| is) (?:a myth|not true|untrue|false|wrong|a misconception)|it(?:'s|’s| is)(?:n't|n’t| not) true|there(?:'s|’s| is) no truth in the (?:idea|claim|notion))(?: to say)? that\s+/i;

/** Where the belief ends and the correction starts: ", but", "; but", "— but". */
const BUT = /\s*(?:,|;|\s[—–-])\s*but\s+/i;

/**
 * "..., and he wasn't wrong", "..., and sadly she was right", "..., but they were wrong": a verdict
 * on what was just reported. Group 1 says it was wrong.
 */
const TRAILING_VERDICT = /,?\s*(?:and|but|which|though)\s+(?:sadly\s+|it turns out\s+|as it turns out,?\s+)?(?:he|she|they|you|i|we|it|that)(?:'s|’s| is| are| was| were)?(?:( wrong| not right| mistaken| incorrect)|n't wrong|n’t wrong| not wrong| right| correct| spot on| true)\W*$/i;

export function readCorrectedBelief(text: string): CorrectedBelief | null {
  const verdict = TRAILING_VERDICT.exec(text);
  if (verdict && verdict.index > 0) {
    const belief = text.slice(0, verdict.index).trim();
    // "..., and he wasn't wrong" confirms it: the belief is the claim, judged as it stands.
    return verdict[1] ? { belief, denied: true } : { belief, denied: false, correction: belief };
  }
  const start = DENIED_AT_START.exec(text);
  if (start) {
    const belief = text.slice(start[0].length).trim();
    return belief ? { belief, denied: true } : null;
  }
  const lead = BELIEF_LEAD.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead[0].length);
  const but = BUT.exec(rest);
  if (!but) return null;
  const belief = rest.slice(0, but.index).trim();
  const after = rest.slice(but.index + but[0].length).trim();
  if (!belief || !after) return null;
  if (DENIAL.test(after)) return { belief, denied: true };
  return { belief, denied: false, correction: after };
}
