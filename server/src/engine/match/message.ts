// The one line a writer sees in the Problems panel: the verdict and what the evidence says.
import type { ClaimT } from '../db/schema';
import { suggestedWordingOf } from '../db/wording';
import type { Verdict } from '../types';


function sourceCount(claim: ClaimT, stance: 'supports' | 'contradicts'): number {
  return new Set(claim.evidence.filter((e) => e.stance === stance).map((e) => e.source)).size;
}

/** Why the evidence is weaker, when its kind says so; plain hedges speak for themselves. */
const STRENGTH_NOTE: Record<ClaimT['strength'], string> = {
  established: '',
  can: '',
  may: '',
  associated: 'an association; ',
  'one-small-study': 'one small study; ',
  'animal-study': 'animal studies; ',
  opinion: 'opinion; ',
};

/** Emphasises the first hedge so the difference from the writer's sentence stands out. */
function emphasiseHedge(text: string): string {
  return text.replace(/\b(can(?: be)?(?: one)?(?: contributing)?(?: contribute to)?|may(?: help)?|might|could|is associated with|are associated with|linked (?:to|with)|often|some)\b/i, '*$1*');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Lower-cases the first letter unless it starts an acronym ("PTH", "MgHealth"). */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

const stripPeriod = (s: string) => s.replace(/[.\s]+$/, '');

const UNCITED_KEYS: Record<Verdict, string> = {
  supported: 'supported uncited',
  contradicted: 'contradicted uncited',
  overstated: 'overstated uncited',
  disputed: 'disputed uncited',
  unverified: 'unverified uncited',
};

/** Messages by claim, verdict and citation: a draft repeats the same few claims many times. */
const messages = new WeakMap<ClaimT, Map<string, string>>();

export function verdictMessage(verdict: Verdict, claim: ClaimT | null, cited: boolean): string {
  if (!claim) return composeMessage(verdict, claim, cited);
  let known = messages.get(claim);
  if (!known) messages.set(claim, (known = new Map()));
  // Made once per verdict: a key built per call is a new string to hash per call.
  const key = cited ? verdict : UNCITED_KEYS[verdict];
  let message = known.get(key);
  if (message === undefined) known.set(key, (message = composeMessage(verdict, claim, cited)));
  return message;
}

function composeMessage(verdict: Verdict, claim: ClaimT | null, cited: boolean): string {
  if (!claim) return 'Unverified: nothing in the claims database covers this claim; check it against a source.';
  const supporting = sourceCount(claim, 'supports');
  const sources = plural(supporting, 'source');
  switch (verdict) {
    case 'supported':
      return `Supported${cited ? '' : ', no citation'}: sources say ${lowerFirst(stripPeriod(claim.statement))} (${sources})`;
    case 'overstated':
      // Say what the evidence does support, in its own hedged words ("... *can contribute to* ...").
      return `Overstated: sources say ${emphasiseHedge(lowerFirst(stripPeriod(suggestedWordingOf(claim))))} (${STRENGTH_NOTE[claim.strength]}${sources})`;
    case 'contradicted':
      return `Contradicted: sources say ${lowerFirst(stripPeriod(claim.statement))} (${sources})`;
    case 'disputed':
      return `Disputed: the sources disagree: ${stripPeriod(claim.dispute ?? claim.statement)} (${plural(supporting, 'source')} for, ${plural(sourceCount(claim, 'contradicts'), 'source')} against)`;
    case 'unverified':
      return 'Unverified: nothing in the claims database covers this claim; check it against a source.';
  }
}
