// Decides the verdict for a sentence matched to a claim: does it say the opposite (negation,
// reversed direction, another figure, another organ or actor), is it disputed between the
// sources, or does it sound more certain than the evidence allows?
import type { Verdict } from '../types';
import { isFullStop, ROLE_CUES } from '../nlp/cues';
import { CERTAINTY, cueKey, deniedStateWord, NOUN_MARKERS, ORIENTATION, type SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import { compatible, type Interval } from '../nlp/quantities';
import { stem, tokenize } from '../nlp/tokenize';
import { readForClaim } from './claimRelation';
import type { CompiledClaim } from './compiledClaim';
import { wrongEvidenceFigure } from './evidenceFigures';
import { otherPopulation } from './studyPopulation';

export interface VerdictDecision {
  verdict: Verdict;
  reason: string;
}

const STRONG_VERBS = new Set(['prevent', 'prevented', 'prevents', 'cure', 'cured', 'cures', 'eliminate', 'eliminated', 'eliminates', 'reverse', 'reversed', 'reverses', 'eradicate', 'eradicates', 'guarantee', 'guarantees', 'guaranteed', 'halt', 'halts', 'stop', 'stops', 'stopped'].map((w) => w.replace(/s$/, '')));

/** Hedge words that only say where a finding comes from ("a study shows"), not how sure it is. */
const REPORTING_WORDS = new Set(['study', 'studies', 'a study', 'trial', 'trials', 'researchers', 'experiment', 'experiments', 'participants', 'subjects', 'cohort', 'says', 'said', 'according to']);

const PRIMACY_BOOSTERS = new Set(['number one cause', 'main cause', 'the cause', 'root cause', 'only cause', 'sole', 'solely', 'single most important', 'most important factor', 'most common cause', 'most common reason', 'leading cause', 'main reason', 'number one reason', 'commonest cause']);
const NOT_PRIMARY = /\bnot (?:the|a) (?:primary|main|leading|only|sole|major) (?:cause|reason|driver)\b/i;

/** "X is the number one cause of Y" where a source says outright that it is not the primary cause. */
function deniedPrimacy(c: CompiledClaim, s: SentenceFeatures): string | null {
  const said = s.boosters.find((b) => PRIMACY_BOOSTERS.has(b.toLowerCase()));
  if (!said || s.negated) return null;
  const quote = c.claim.evidence.find((e) => NOT_PRIMARY.test(e.quote));
  return quote ? `sentence says "${said}"; a source says it is ${NOT_PRIMARY.exec(quote.quote)![0]}` : null;
}

/** "dumps calcium into the blood" against "moves calcium into bone": another destination, the source's unnamed. */
function otherDestination(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): string | null {
  if (!c.movement.size) return null; // most claims move nothing
  const claimInto = [...c.movement].filter(([, way]) => way > 0).map(([id]) => id);
  // A broader or narrower name for the same destination ("into vitamin D" for "into vitamin D3") is the same place.
  const sameAs = (id: string) => claimInto.some((k) => lexicon.near(k, id));
  if (!claimInto.length || [...s.movement.keys()].some(sameAs)) return null;
  const said = [...s.movement].find(([id, way]) => way > 0 && !c.keys.includes(id));
  return said ? `sentence moves it into ${said[0]}; sources say into ${claimInto[0]}` : null;
}

/** Words that put a statement about people, where the sources only studied animals. */
const HUMAN_WORDS = new Set(['human', 'humans', 'people', 'person', 'women', 'woman', 'men', 'man', 'patients', 'patient', 'adults', 'adult', 'children', 'child', 'mothers', 'mother', 'moms', 'mums', 'pregnancies', 'humankind']);

/** Animal evidence stated of people: "magnesium deficiency causes stillbirth in women" from rat studies. */
function animalEvidenceForPeople(c: CompiledClaim, s: SentenceFeatures): string | null {
  // Animals the writer names; "these experiments" only refers back to them, and "... in women"
  // then carries the animal findings over to people.
  if (c.claim.strength !== 'animal-study' || s.concepts.some((m) => m.id === 'animals' && !m.antecedent)) return null;
  const person = s.tokens.find((t) => HUMAN_WORDS.has(t.norm));
  return person ? `sentence says it of ${person.raw}; the sources only report it in animals` : null;
}

/** Opposite words: a sentence using one where the claim's statement uses the other says the opposite. */
// (Amount words such as adequate/inadequate are states, read by the direction check.)
const ANTONYMS: Array<[string, string]> = [['active', 'inactive'], ['effective', 'ineffective'], ['soluble', 'insoluble'], ['dangerous', 'safe'], ['unsafe', 'safe'], ['dangerous', 'harmless'], ['dangerous', 'fine'], ['unsafe', 'fine']];
const NEGATING_PREFIXES = new Set(['non', 'not', 'un', 'in']);
const ANTONYM_WORDS = new Set(ANTONYMS.flat());
/** ROLE_CUES as the sentence reader reports its cues (normalised, without "a"). */
const ROLE_CUE_KEYS = new Set(ROLE_CUES.map((c) => cueKey(c).join(' ')));
/** Boosters that say "each one of them", interchangeably. */
const UNIVERSALS = ['all', 'every'];
/** A claim that a thing is needed absolutely ("impossible without", "cannot ... however much"). */
const ABSOLUTE_NEED = /\b(?:impossible|cannot|can't|no matter|however much)\b/i;
/** State words that say something failed to happen or work. */
const isDenial = (w: string | undefined) => w === 'not' || w === 'never' || w === 'cannot' || (!!w && w.endsWith("n't"));
const FAILED_AMOUNT = /\b(?:very|so) little of (?:it|them|that)\b|\b(?:hardly|barely|scarcely) any\b|\bnone of it\b/i;
const FAILED_STATES = new Set(['inactive', 'ineffective', 'useless', 'stuck', 'inhibition', 'impairment', 'impaired', 'suppression', 'suppressed', 'blocked', 'inefficient', 'sluggish', 'fail', 'fails', 'failed']);
/** The other word of each antonym pair a word belongs to ("safe" -> "dangerous", "unsafe"). */
function oppositesOf(word: string): string[] {
  const out: string[] = [];
  for (const [a, b] of ANTONYMS) if (word === a) out.push(b);
  else if (word === b) out.push(a);
  return out;
}

const STATEMENT_NEGATIONS = new Set(['not', "isn't", "aren't", "wasn't", "weren't", 'never', 'no']);

/**
 * The words of the claim's own statement (not its quotes, which may describe the other state), and
 * the state words it denies: "... are not that effective" denies "effective", which then stands in
 * the words as its opposite, "ineffective".
 */
interface StatementReading {
  words: Set<string>;
  denied: Set<string>;
}
const statementReadings = new WeakMap<CompiledClaim, StatementReading>();
function statementReading(c: CompiledClaim): StatementReading {
  let reading = statementReadings.get(c);
  if (!reading) {
    const tokens = tokenize(c.claim.statement);
    const denied = new Set<string>();
    tokens.forEach((t, i) => {
      if (!STATEMENT_NEGATIONS.has(t.norm)) return;
      const w = deniedStateWord(tokens, i);
      if (w) denied.add(w);
    });
    const words = new Set(tokens.map((t) => t.norm).filter((w) => !denied.has(w)));
    for (const w of denied) for (const o of oppositesOf(w)) words.add(o);
    statementReadings.set(c, (reading = { words, denied }));
  }
  return reading;
}

/**
 * "Vitamin D supplements are ineffective when magnesium is low" against "low magnesium can leave
 * vitamin D supplements largely ineffective": a negating word the claim itself asserts is what
 * both say, not a denial of it.
 */
function withOwnNegationWord(c: CompiledClaim, s: SentenceFeatures): SentenceFeatures {
  if (!s.negated || c.claim.polarity === 'denies' || !s.negationCue || s.negationCue.includes(' ')) return s;
  return statementReading(c).words.has(s.negationCue) ? { ...s, negated: false, negationCue: null } : s;
}

/**
 * "... are not very effective" against a claim stated as "... are not that effective": the same
 * state word denied on both sides is the claim's own denial, so the direction check sees a denial.
 */
function withSharedDenial(c: CompiledClaim, s: SentenceFeatures): SentenceFeatures {
  if (s.negated || !s.deniedWords.length) return s;
  const { denied } = statementReading(c);
  const shared = s.deniedWords.find((w) => denied.has(w));
  if (!shared) return s;
  // A claim that asserts something and denies the state only in contrast ("inactive vitamin D,
  // not the active hormone"): the sentence's "isn't the active version" says the same, no denial.
  if (c.claim.polarity !== 'denies') return s;
  return { ...s, negated: true, negationCue: `not ${shared}` };
}

/** "The vitamin D in supplements is already in its active form" against "... is inactive". */
function oppositeWord(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): string | null {
  if (s.negated) return null; // "is not active" agrees with "inactive": the direction check reads it
  // Only an antonym the sentence says (as a word, or as a denied state word) can oppose the claim's: most sentences have none.
  if (!s.deniedWords.length && !s.tokens.some((t) => ANTONYM_WORDS.has(t.norm))) return null;
  // Only a description ("is already in its active form"): "without magnesium it stays inactive"
  // says what happens under a lack, which the direction check reads. A lack the claim itself is
  // about ("vitamin D while magnesium-deficient is safe" against "... dangerous when deficient")
  // is the setting, not the assertion.
  const claimLacks = (id: string) => c.keys.some((k) => lexicon.concepts.get(k)?.deficiencyOf === id);
  const lackAsserted = [...s.deficient].some((id) => !claimLacks(id));
  if (lackAsserted || s.excess.size || s.tokens.some((t) => t.norm === 'without')) return null;
  if (s.relation !== null && s.relation !== 'is') return null;
  // Words as said (not after "non", "not", ...), and every word however it is used; a denied
  // state word ("isn't active") says its opposite.
  const denied = new Set(s.deniedWords);
  // "... turn vitamin D3 into its active form" names what it becomes, not a state it is in.
  const said = new Set(s.tokens.filter((t, i) => !denied.has(t.norm) && !NEGATING_PREFIXES.has(s.tokens[i - 1]?.norm ?? '') && !(ANTONYM_WORDS.has(t.norm) && conversionTarget(s, i))).map((t) => t.norm));
  const anywhere = new Set(s.tokens.filter((t) => !denied.has(t.norm)).map((t) => t.norm));
  for (const w of denied) for (const o of oppositesOf(w)) said.add(o);
  const claimWords = statementReading(c).words;
  for (const [a, b] of ANTONYMS) {
    for (const [claimWord, other] of [[a, b], [b, a]]) {
      if (claimWords.has(claimWord) && !claimWords.has(other) && said.has(other) && !anywhere.has(claimWord)) {
        const words = denied.has(claimWord) ? `not ${claimWord}` : other;
        return `sentence says "${words}"; sources say "${claimWord}"`;
      }
    }
  }
  return null;
}

/** Whether token i is in what a conversion goes into ("into its active form", "into the active hormone"). */
function conversionTarget(s: SentenceFeatures, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (s.tokens[k].norm === 'into') return true;
  return false;
}

/** Categories in which naming a different member means naming a different actor. */
const ACTOR_CATEGORIES = new Set(['organ', 'cell', 'hormone', 'vitamin-d-form', 'tissue']);

/** The state a sentence gives a concept: -1 low/lacking, +1 high, 0 unstated. */
function stateOf(s: SentenceFeatures, id: string): -1 | 0 | 1 {
  return s.deficient.has(id) ? -1 : s.excess.has(id) ? 1 : 0;
}


/**
 * +1 when the sentence asserts the claim's direction, -1 the opposite. Directions multiply:
 * "low magnesium raises PTH" (-1 x +1) says the same as "magnesium lowers PTH" (+1 x -1).
 */
function directionAgreement(c: CompiledClaim, s: SentenceFeatures): number {
  const neg = s.negated ? -1 : 1;
  const claimPol = c.claim.polarity === 'denies' ? -1 : 1;
  const sentOrient = s.relation ? ORIENTATION[s.relation] : null;
  // "Women with PMS have higher red-cell magnesium" against "low red-cell magnesium in PMS".
  if (!sentOrient) {
    for (const b of c.sides) {
      const cs = c.states.get(b);
      const ss = stateOf(s, b);
      if (cs && ss && cs !== ss) return -1 * neg;
    }
  }
  const anyState = c.states.size > 0 || c.sides.some((b) => stateOf(s, b) !== 0);
  let co: number = ORIENTATION[c.claim.relation];
  // "Magnesium's role in osteoporosis": having a role says nothing of which way.
  let so: number = ROLE_CUE_KEYS.has(s.relationCue ?? '') ? 0 : (sentOrient ?? 0);
  // "Vitamin D can be activated without any magnesium": no verb we know, but it states that
  // something happens while one side is lacking (or high).
  // Without a verb, a side the sentence gives no level to is only named ("vitamin D stays largely
  // inactive" against "leads to functional vitamin D deficiency"): its state in the claim is not
  // something the sentence reverses.
  const happens = sentOrient === null && !s.negated && c.sides.some((b) => stateOf(s, b) !== 0);
  // What happens may be a failure: "if magnesium is low, vitamin D stays stuck in its inactive form".
  // So may an amount that comes to almost nothing: "very little of it will ever be switched on".
  if (happens) so = s.tokens.some((t) => FAILED_STATES.has(t.norm)) || FAILED_AMOUNT.test(s.text) ? -1 : 1;
  // "... they may then make too little PTH" against "PTH is made by the parathyroid glands": a
  // definition or a place says nothing of how much, so a level is no direction against it.
  // Nor does "Skeletal effects of magnesium deficiency" say anything of where magnesium is stored.
  if ((c.claim.relation === 'is' || c.claim.relation === 'located-in') && !c.states.size && sentOrient === null && !s.negated) return claimPol;
  // "When calcium in the blood starts to slip, PTH goes to work": a claim that one thing
  // regulates another gives no direction for a level to go against.
  if (c.claim.relation === 'regulates' && !c.states.size) return neg * claimPol;
  // An association with a low or high level compares like an effect on that level.
  if (co === 0 && anyState && so !== 0) co = 1;
  if (so === 0 && s.relation && anyState && co !== 0) so = 1;
  if (co === 0 || so === 0) return neg * claimPol;
  // "People who take vitamin D need magnesium" says nothing about which way vitamin D moves it.
  if (s.relation === 'requires' && c.claim.relation !== 'requires') return neg * claimPol;
  // "... the P450 family, which is magnesium-dependent, so someone short of magnesium ...": a need
  // against a need; the lack named beside it says what happens without the thing needed.
  if (s.relation === 'requires' && c.claim.relation === 'requires' && !c.states.size) return neg * claimPol;
  let claimSign = co * claimPol;
  let sentSign = so * neg;
  for (const b of c.sides) {
    if (happens && stateOf(s, b) === 0) continue;
    claimSign *= c.states.get(b) ?? 1;
    // "When calcium is low, PTH pulls calcium out of the bones": a level given only as the
    // condition says when, not what changes, for what the claim moves with its level left open.
    // (Not its subject: "when magnesium is low, calcium builds up" states magnesium's lack as the cause.)
    const whenOnly = c.movement.size > 0 && !c.states.has(b) && !c.subjectIds.includes(b) && s.levelsInCondition.has(b);
    sentSign *= (whenOnly ? 0 : stateOf(s, b)) || 1;
  }
  return claimSign * sentSign;
}

/**
 * "PTH is not made by the thyroid, whatever its name suggests; it comes from the parathyroid
 * glands": the denial names another thing of the kind of one of the claim's actors, while the
 * claim's own is named outside it. The sentence rejects the mistake the claim rules out. Returns
 * the actor denied, or null.
 */
function deniesOtherActor(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): string | null {
  if (!s.negated || !s.negationCue) return null;
  const at = s.tokens.findIndex((t) => t.norm === s.negationCue);
  if (at < 0) return null;
  const breakBefore = (k: number) => /[,;:.!?]/.test(s.text.slice(s.tokens[k - 1].end, s.tokens[k].start));
  let end = at + 1;
  while (end < s.tokens.length && !breakBefore(end)) end++;
  // "the thyroid doesn't make PTH; the parathyroid glands do": in the active voice the denied
  // actor is the clause's subject, before the negation.
  let from = at;
  while (from > 0 && !breakBefore(from)) from--;
  const category = (id: string) => lexicon.concepts.get(id)?.category ?? '';
  for (const k of c.keys) {
    const kind = category(k);
    if (!ACTOR_CATEGORIES.has(kind)) continue;
    const denied = s.concepts.find((m) => m.start >= from && m.start < end && m.start !== at && category(m.id) === kind && !lexicon.near(m.id, k));
    const own = s.concepts.some((m) => (m.start < from || m.start >= end) && lexicon.near(m.id, k));
    if (denied && own) return denied.id;
  }
  return null;
}

/** A concept of the claim replaced by another of the same kind ("liver" for "kidneys"). */
export function substitutedActor(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): string | null {
  const category = (id: string) => lexicon.concepts.get(id)?.category;
  // The other organ must be said to do the claim's process: "calcitriol is the hormone that acts
  // on the gut" names the gut, but not as the place of the kidneys' conversion.
  const processes = c.keys.filter((k) => category(k) === 'process');
  if (processes.length && !processes.some((k) => [...s.conceptIds].some((id) => lexicon.near(id, k)))) return null;
  for (const k of c.keys) {
    const cat = category(k);
    if (!cat || !ACTOR_CATEGORIES.has(cat)) continue;
    if ([...s.conceptIds].some((id) => lexicon.near(id, k))) continue;
    const other = [...s.conceptIds].find((id) => category(id) === cat && !c.keys.some((k2) => lexicon.near(id, k2)));
    if (other) return `sentence names ${other} where the sources name ${k}`;
  }
  return null;
}

/**
 * "Calcidiol is the active form" against "calcitriol is the active form": a definition given to
 * the wrong one of two things of the same kind.
 */
/** Words between a copula and what it equates ("is actually calcidiol"). */
const COPULA_FILLERS = new Set(['the', 'a', 'an', 'actually', 'really', 'just', 'simply', 'basically']);
/** Kinds whose members are distinct things: one cannot be another (the vitamin D forms). */
const EQUATED_KINDS = new Set(['vitamin-d-form', 'hormone']);

function swappedDefinition(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): string | null {
  if (c.claim.relation !== 'is' || s.relationAt < 0) return null;
  const given = definitionGivenTo(c, s, lexicon);
  if (given === true) return null;
  if (given) return given;
  const subject = c.subjectIds[0];
  const first = s.concepts.find((m) => m.start < s.relationAt && !m.antecedent);
  if (!subject || !first) return null;
  // "The active form of vitamin D is calcidiol": the claim's subject said to be another of its kind.
  if (first.id === subject) {
    let k = s.relationAt + 1;
    while (k < s.tokens.length && COPULA_FILLERS.has(s.tokens[k].norm)) k++;
    const after = s.concepts.find((m) => m.start === k);
    const kind = lexicon.concepts.get(subject)?.category;
    if (after && after.id !== subject && kind && EQUATED_KINDS.has(kind) && lexicon.concepts.get(after.id)?.category === kind && !lexicon.near(after.id, subject)) {
      return `sentence says ${subject} is ${after.id}`;
    }
    return null;
  }
  const category = lexicon.concepts.get(subject)?.category;
  if (!category || lexicon.concepts.get(first.id)?.category !== category) return null;
  if (!s.concepts.some((m) => m.id === subject && m.start > s.relationAt)) return null;
  return `sentence says ${first.id} is what the sources say ${subject} is`;
}

const COPULAS = new Set(['is', 'are', 'was', "'s"]);
/**
 * "Calcidiol is the active form and calcitriol is just the storage form": the claim's one-word
 * definition ("storage") given, by its own copula, to another thing of the subject's kind (the
 * reason), or to the subject itself (true: "Calcitriol is the active form, while calcidiol is the
 * storage form" gives each its own); null when the sentence gives it to nothing that way.
 */
function definitionGivenTo(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): string | true | null {
  const subject = c.subjectIds[0];
  const word = c.claim.object.toLowerCase();
  const kind = subject ? lexicon.concepts.get(subject)?.category : undefined;
  if (!kind || !EQUATED_KINDS.has(kind) || word.includes(' ')) return null;
  for (let w = 1; w < s.tokens.length; w++) {
    if (s.tokens[w].norm !== word) continue;
    let k = w - 1;
    while (k > 0 && COPULA_FILLERS.has(s.tokens[k].norm)) k--;
    if (!COPULAS.has(s.tokens[k].norm)) continue;
    const said = s.concepts.find((m) => m.end === k && !m.antecedent);
    if (said && lexicon.near(said.id, subject)) return true;
    if (said && lexicon.concepts.get(said.id)?.category === kind) return `sentence says ${said.id} is the ${word} form`;
  }
  return null;
}

function wrongFigure(c: CompiledClaim, s: SentenceFeatures): string | null {
  if (!c.interval) return null;
  const interval = c.interval;
  const same = s.quantities.filter((q) => q.unit === interval.unit);
  // "from 8.2 to 2.8%" is a change between two figures: a sentence giving both ends must match
  // each of them ("from about eight in a hundred to under one in a hundred" does not).
  if (same.length >= 2 && FROM_TO.test(interval.text) && Number.isFinite(interval.max)) {
    // A whole number stands for anything that rounds to it ("8% to 3%" for 8.2 and 2.8).
    const near = (q: Interval, x: number) => {
      const round = q.min === q.max && Number.isInteger(q.min) ? 0.5 : 0;
      return q.min - round <= x && x <= q.max + round;
    };
    const off = same.find((q) => !near(q, interval.min) && !near(q, interval.max));
    return off ? `sentence says ${off.text}; sources say ${interval.text}` : null;
  }
  if (!same.length || same.some((q) => compatible(q, interval))) return null;
  return `sentence says ${same[0].text}; sources say ${interval.text}`;
}

/** A claim figure that is a change from one value to another ("from 8.2 to 2.8%"). */
const FROM_TO = /\bfrom\b.*\bto\b/i;

/** A claim concept the sentence does not name, replaced by the process that undoes it. */
function undoingProcess(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): { said: string; claimed: string } | null {
  for (const k of c.keys) {
    const other = lexicon.opposites.get(k);
    if (other && s.conceptIds.has(other) && !s.conceptIds.has(k) && !c.keys.includes(other)) return { said: other, claimed: k };
  }
  return null;
}

export function decideVerdict(c: CompiledClaim, read: SentenceFeatures, lexicon: Lexicon): VerdictDecision {
  const s = withOwnNegationWord(c, withSharedDenial(c, readForClaim(c, read, lexicon)));
  const figure = wrongFigure(c, s) ?? wrongEvidenceFigure(c, s) ?? otherPopulation(c, s);
  if (figure) return { verdict: 'contradicted', reason: figure };
  for (const [id, way] of c.movement) {
    const said = s.movement.get(id);
    if (said && way && said !== way) {
      return { verdict: 'contradicted', reason: `sentence moves it ${said > 0 ? 'into' : 'out of'} ${id}; sources say ${way > 0 ? 'into' : 'out of'}` };
    }
  }
  const elsewhere = otherDestination(c, s, lexicon);
  if (elsewhere) return { verdict: 'contradicted', reason: elsewhere };
  const swapped = swappedDefinition(c, s, lexicon);
  if (swapped) return s.negated ? { verdict: 'supported', reason: `sentence denies that ${swapped.replace(/^sentence says /, '')}` } : { verdict: 'contradicted', reason: swapped };
  const actor = substitutedActor(c, s, lexicon);
  // "PTH is not made by the thyroid": denying that another organ does it is what the sources say too.
  if (actor) return s.negated ? { verdict: 'supported', reason: `sentence denies what the sources rule out (${actor.replace(/^sentence /, '')})` } : { verdict: 'contradicted', reason: actor };
  const deniedActor = deniesOtherActor(c, s, lexicon);
  if (deniedActor) return { verdict: 'supported', reason: `sentence denies the ${deniedActor} and names the sources' own` };
  // "Osteoblasts get along perfectly well without magnesium" against the disputed "bone formation
  // is impossible without magnesium": where the sources disagree only on how absolutely a thing is
  // needed, denying the need at all goes against every one of them.
  if (c.claim.status === 'disputed' && c.claim.relation === 'requires' && s.negated && (s.relation === 'requires' || s.relation === null) && ABSOLUTE_NEED.test(c.claim.statement)) {
    return { verdict: 'contradicted', reason: 'the sources agree it is needed; they disagree only on how absolutely' };
  }
  if (c.claim.status === 'disputed') {
    // "Low magnesium messes with PTH": the sources disagree on which way, not on whether there is
    // an effect; a sentence that gives no direction takes no side.
    const undirected = s.relation !== null && ORIENTATION[s.relation] === 0 && s.relation !== 'is' && ORIENTATION[c.claim.relation] !== 0;
    // "Low magnesium never affects PTH" denies the effect they all report.
    // (Only where they dispute which way it goes: whether X causes Y is another dispute.)
    const disputedDirection = c.claim.relation === 'increases' || c.claim.relation === 'decreases';
    if (disputedDirection && (undirected || s.relation === null) && s.negated) return { verdict: 'contradicted', reason: 'the sources agree there is an effect; they disagree only on its direction' };
    if (!undirected || s.negated || s.boosters.length) return { verdict: 'disputed', reason: 'the sources disagree on this' };
    return { verdict: 'supported', reason: 'the sources agree there is an effect and disagree only on its direction' };
  }
  const opposite = oppositeWord(c, s, lexicon);
  if (opposite) return { verdict: 'contradicted', reason: opposite };
  // "PTH makes the kidneys excrete more calcium" against "... reabsorb more calcium": naming the
  // process that undoes the claim's turns its direction round.
  const undone = undoingProcess(c, s, lexicon);
  // "Low vitamin D doesn't necessarily mean low magnesium" against "often indicates": denying
  // that it must happen agrees with sources that say only that it can.
  if (s.negated && c.claim.strength !== 'established' && s.hedges.some((h) => h.endsWith(' necessarily'))) {
    return { verdict: 'supported', reason: `sentence says it need not happen; sources say ${c.claim.strength}` };
  }
  if (directionAgreement(c, s) * (undone ? -1 : 1) < 0) {
    if (undone) return { verdict: 'contradicted', reason: `sentence says ${undone.said} where the sources say ${undone.claimed}` };
    const why = s.negated
      ? `sentence negates it ("${s.negationCue}")`
      : s.relationCue
        ? `sentence says "${s.relationCue}"; sources say it ${c.claim.relation}`
        : `sentence states the opposite of what the sources say`;
    return { verdict: 'contradicted', reason: why };
  }
  const primacy = deniedPrimacy(c, s);
  if (primacy) return { verdict: 'contradicted', reason: primacy };
  const people = animalEvidenceForPeople(c, s);
  if (people) return { verdict: 'overstated', reason: people };
  // "100%" repeats a source's "all 12 women".
  // "all depend on magnesium" where a source says "every enzyme": one universal for another.
  const universalBacked = UNIVERSALS.some((u) => c.sourceBoosters.has(u));
  const unbacked = s.boosters.filter((b) => !c.sourceBoosters.has(stem(b)) && !(universalBacked && (b === '100%' || UNIVERSALS.includes(stem(b)))));
  // Stronger verbs than the sources use ("prevents" where they say "reduces the incidence").
  if (s.hedgeCertainty >= CERTAINTY.plain) {
    s.tokens.forEach((t, i) => {
      // "stops calcium from dropping" is "keeps it from": a stop, not a cure.
      const keptFrom = s.relationCue === 'keep from' && i === s.relationAt;
      // "it's the reverse": after an article the word is a noun, not a cure.
      const noun = NOUN_MARKERS.has(s.tokens[i - 1]?.norm ?? '');
      // "does not guarantee", "won't cure": a strong verb denied asserts nothing strong.
      const denied = isDenial(s.tokens[i - 1]?.norm) || isDenial(s.tokens[i - 2]?.norm);
      if (STRONG_VERBS.has(t.norm) && !c.supportTokens.has(t.norm) && !isFullStop(s.tokens, i) && !keptFrom && !noun && !denied) unbacked.push(t.raw);
    });
  }
  // "tied calcium supplements to more heart problems": a link verb hedges like "linked to" does,
  // even split around its object, and the comparative only says which way.
  const linked = s.relationCues.some((r) => r.fam === 'associated');
  // "magnesium cut premature births from 8.2 to 2.8 percent": the study's own figures report
  // what it measured, which is as far as the evidence goes.
  const reportsFigure = !!c.interval && s.quantities.some((q) => q.unit === c.interval!.unit && compatible(q, c.interval!));
  const hedged = linked || reportsFigure ? Math.min(s.hedgeCertainty, CERTAINTY.hedged) : s.hedgeCertainty;
  const certainty = unbacked.length ? CERTAINTY.absolute : hedged;
  // A link is not a cause: "low magnesium causes miscarriage" overstates "is associated with".
  // "A new study shows X causes Y" still says "causes": reporting words are not modal hedges.
  const modal = s.hedges.some((h) => !REPORTING_WORDS.has(h));
  // Only a verb asserts a cause: "found lower magnesium in women who miscarried" compares levels,
  // which is what an association is.
  const causalVerb = s.relationCues.length > 0;
  if (c.claim.relation === 'associated' && causalVerb && s.relation && ORIENTATION[s.relation] !== 0 && s.relation !== 'requires' && !linked && !modal && !unbacked.length) {
    return { verdict: 'overstated', reason: `sentence says "${s.relationCue}"; sources only report an association` };
  }
  const ownWords = !unbacked.length && s.hedges.length > 0 && s.hedges.every((h) => c.sourceHedges.has(h));
  if (certainty > c.allowedCertainty && !ownWords) {
    const said = unbacked[0] ?? s.relationCue ?? 'a plain statement';
    return { verdict: 'overstated', reason: `sentence says "${said}"; sources say ${c.claim.strength}` };
  }
  return { verdict: 'supported', reason: 'agrees with the evidence' };
}
