// A database claim prepared for matching: the concepts of its structured form, their weights,
// the figure it gives and how certain a sentence may sound before it overstates the evidence.
import type { ClaimT, StrengthT } from '../db/schema';
import { CERTAINTY, cueKey, readSentence, type Movement } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import { claimInterval, type Interval } from '../nlp/quantities';
import { phraseKey, stem } from '../nlp/tokenize';
import { BOOSTER_CUES, HEDGE_CUES } from '../nlp/cues';
import { STOPWORDS } from '../nlp/stopwords';

export interface CompiledClaim {
  claim: ClaimT;
  subjectIds: string[];
  objectIds: string[];
  /** Lexicon ids named in `keywords`. */
  keywordIds: string[];
  /** Plain words named in `keywords` (normalised tokens) that a sentence must contain. */
  keywordWords: string[];
  /** Every concept the claim is about. */
  keys: string[];
  /** Base concepts of subject/object: "magnesium" for magnesium-deficiency. */
  subjectBase: string[];
  objectBase: string[];
  /** Base concepts of subject and object. */
  sides: string[];
  /** Where the claim moves things (see SentenceFeatures.movement), read from its subject and object. */
  movement: Map<string, Movement>;
  /** Sides the claim speaks of as low (-1) or high (+1): "low magnesium", "a high calcium/magnesium ratio". */
  states: Map<string, -1 | 1>;
  /** Content words of the claim's statement, wording and quotes, for telling near-identical claims apart. */
  words: Set<string>;
  interval: Interval | null;
  /** Highest sentence certainty the evidence allows. */
  allowedCertainty: number;
  /** Normalised words of the supporting quotes and statement (strong verbs a writer may repeat). */
  supportTokens: Set<string>;
  /** Boosters the sources themselves use ("every enzyme"): a sentence repeating them does not overstate. */
  sourceBoosters: Set<string>;
  /** Hedge words the sources themselves use ("often indicates"): a writer using them is not overstating. */
  sourceHedges: Set<string>;
}

const ALLOWED: Record<StrengthT, number> = {
  established: CERTAINTY.plain,
  can: CERTAINTY.can,
  may: CERTAINTY.can,
  associated: CERTAINTY.hedged,
  'one-small-study': CERTAINTY.hedged,
  'animal-study': CERTAINTY.hedged,
  opinion: CERTAINTY.hedged,
};

export function compileClaim(claim: ClaimT, lexicon: Lexicon): CompiledClaim {
  const states = new Map<string, -1 | 1>();
  const movement = new Map<string, Movement>();
  for (const m of readSentence(`${claim.subject} ${claim.object}`, lexicon).movement) movement.set(...m);
  for (const side of [claim.subject, claim.object]) {
    const f = readSentence(side, lexicon);
    for (const b of f.deficient) states.set(b, -1);
    for (const b of f.excess) states.set(b, 1);
  }
  const subjectIds = lexicon.idsIn(claim.subject);
  const objectIds = lexicon.idsIn(claim.object);
  const keywordIds: string[] = [];
  const keywordWords: string[] = [];
  for (const k of claim.keywords) {
    const ids = lexicon.idsIn(k);
    if (ids.length) keywordIds.push(...ids);
    else keywordWords.push(...phraseKey(k));
  }
  // A side the lexicon cannot read is matched by its content words instead, so it is never free.
  if (!subjectIds.length) keywordWords.push(...contentWords(claim.subject));
  if (!objectIds.length) keywordWords.push(...contentWords(claim.object));
  const base = (ids: string[]) => ids.map((id) => lexicon.concepts.get(id)?.deficiencyOf ?? id);
  const supportText = claim.evidence
    .filter((e) => e.stance === 'supports')
    .map((e) => e.quote)
    .concat(claim.statement)
    .join(' ');
  const supportTokens = new Set(phraseKey(supportText));
  const sourceBoosters = new Set(cueForms().boosters.filter((b) => supportTokens.has(b)));
  const supportNorm = ' ' + cueKey(supportText).join(' ') + ' ';
  const sourceHedges = new Set(cueForms().hedges.filter((h) => supportNorm.includes(` ${h} `)));
  return {
    claim,
    subjectIds,
    objectIds,
    keywordIds,
    keywordWords,
    keys: [...new Set([...subjectIds, ...objectIds, ...keywordIds])],
    subjectBase: base(subjectIds),
    objectBase: base(objectIds),
    sides: [...new Set([...base(subjectIds), ...base(objectIds)])],
    states,
    movement,
    words: contentWords([claim.statement, claim.suggestedWording, claim.subject, claim.object, supportText].join(' ')),
    interval: claim.quantity ? claimInterval(claim.quantity) : null,
    allowedCertainty: DESIGN_STRENGTHS.has(claim.strength) ? ALLOWED[claim.strength] : Math.max(ALLOWED[claim.strength], quoteCertainty(claim, lexicon)),
    sourceBoosters,
    sourceHedges,
    supportTokens,
  };
}

export function contentWords(text: string): Set<string> {
  return new Set(phraseKey(text).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\d/.test(w)));
}

/**
 * Strengths that describe the kind of evidence (an association, one small study, animal data):
 * a plain causal sentence overstates them however plainly a headline put it.
 */
const DESIGN_STRENGTHS = new Set<StrengthT>(['one-small-study', 'animal-study']);

/**
 * How plainly the sources themselves say it: a writer who states plainly what a source states
 * plainly is not overstating it (the source's reliability is shown separately in the hover).
 */
function quoteCertainty(claim: ClaimT, lexicon: Lexicon): number {
  let best = 0;
  for (const e of claim.evidence) {
    if (e.stance !== 'supports') continue;
    best = Math.max(best, Math.min(CERTAINTY.plain, readSentence(e.quote, lexicon).hedgeCertainty));
  }
  return best;
}

/** Normalised booster and hedge cues, computed once rather than for every claim compiled. */
let forms: { boosters: string[]; hedges: string[] } | null = null;
function cueForms(): { boosters: string[]; hedges: string[] } {
  forms ??= { boosters: BOOSTER_CUES.map(stem), hedges: Object.keys(HEDGE_CUES).map((h) => cueKey(h).join(' ')) };
  return forms;
}
