// Reads one sentence: which concepts it mentions, which relation it asserts and in which
// direction, whether it is negated, how certain it sounds, and which figures it gives.
import { readContrast } from './contrast';
import {
  AUXILIARY_CUES,
  BOOSTER_CUES,
  COMPARATIVE_DOWN,
  COMPARATIVE_UP,
  HEDGE_CUES,
  STUDY_GROUP_DETERMINERS,
  STUDY_GROUP_NOUNS,
  isFullStop,
  PRODUCT_NOUNS,
  PROOF_DENIALS,
  OBSERVED_COMPARATIVES,
  OBSERVED_VERBS,
  NEGATION_CUES,
  NEGATION_EXCEPTIONS,
  ORIENTATION,
  RELATION_CUES,
  TOTAL_LOSS_CUES,
  WORKS_WITHOUT_CUES,
  type RelationFamily,
} from './cues';
import type { ConceptMention, Lexicon } from './lexicon';
import { PhraseTrie } from './phraseTrie';
import { lostEffect } from './lostEffect';
import { promisedAbsence } from './promisedAbsence';
import { DEFICIENCY_AFTER, DEFICIENCY_BEFORE, DEFICIENCY_NOUNS, EXCESS_BEFORE, FALLING_AFTER, LEVEL_QUALIFIERS, RISING_AFTER, VERB_FORMS } from './levelWords';
import { extractQuantities, type Interval } from './quantities';
import { ratioConcepts } from './ratioConcept';
import { STOPWORDS } from './stopwords';
import { phraseKey, tokenize, type Token } from './tokenize';

/** Certainty levels: 4 hedged (may, associated, one study), 5 "can", 6 plain assertion, 7 absolute. */
export const CERTAINTY = { hedged: 4, can: 5, plain: 6, absolute: 7 } as const;

/** Where a sentence moves a concept: +1 into it, -1 out of it, 0 both (a step in a chain). */
export type Movement = 1 | -1 | 0;

export interface SentenceFeatures {
  /** The text read; tokens' offsets point into it (punctuation lives between them). */
  text: string;
  tokens: Token[];
  concepts: ConceptMention[];
  /** Concept ids mentioned, plus the base concept of every deficiency ("magnesium" for "low magnesium"). */
  conceptIds: Set<string>;
  /** Base concepts the sentence speaks of as lacking ("without magnesium", "low PTH"). */
  deficient: Set<string>;
  /** Base concepts the sentence speaks of as high ("high calcium", "excess vitamin D"). */
  excess: Set<string>;
  /**
   * A lack given as the condition of a denial, which the sentence reads as a need ("when magnesium
   * is low, the glands can't release enough PTH": PTH needs magnesium): the concept lacking, else null.
   */
  needFromLack: string | null;
  /** Where things move: +1 for a destination ("into bone"), -1 for a source ("out of bone", "calcidiol into ..."), 0 both. */
  movement: Map<string, Movement>;
  /** Token positions inside a condition ("when blood calcium is high"), which sets the scene for the claim. */
  conditional: ReadonlySet<number>;
  /** Concepts whose level (low or high) is given only inside such a condition ("when calcium is low, ..."). */
  levelsInCondition: ReadonlySet<string>;
  /** Concepts coordinated in a list ("calcium, iron and magnesium"): a member's start to its list's first start. */
  lists: ReadonlyMap<number, number>;
  tracked: boolean;
  relation: RelationFamily | null;
  relationCue: string | null;
  /** Token index of the relation cue, -1 when there is none. */
  relationAt: number;
  /** Every specific relation cue in the asserted part, in order: a claim picks the one that links its two sides. */
  relationCues: Array<{ fam: RelationFamily; cue: string; at: number }>;
  negated: boolean;
  /** State words a negation denies ("active" in "isn't active yet"): the sentence says their opposite. */
  deniedWords: string[];
  negationCue: string | null;
  certainty: number;
  /** Certainty from hedges alone, ignoring boosters. */
  hedgeCertainty: number;
  /** Normalised booster cues found ("always", "proven"...). */
  boosters: string[];
  hedges: string[];
  quantities: Interval[];
  question: boolean;
  /** Words outside concept terms and cue phrases that still carry meaning ("sleep", "teeth"). */
  contentWords: string[];
  /** The content words after the relation cue: what the sentence says something happens to. */
  objectWords: string[];
}

/** Determiners carry no meaning for cues; dropping them lets "reduce the risk" match "reduce your risk". */
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'our', 'their', 'its', 'his', 'her', 'this', 'these', 'those', 'one\'', 'my']);

type Modifier = { kind: 'negation' } | { kind: 'exception' } | { kind: 'hedge'; level: 4 | 5 } | { kind: 'booster' };

const RELATION_PRIORITY: RelationFamily[] = [
  'prevents', 'decreases', 'increases', 'requires', 'converts', 'causes', 'located-in', 'regulates', 'associated', 'is',
];

const PREPOSITIONS = new Set(['in', 'of', 'with', 'to', 'from', 'by', 'for', 'on', 'at', 'and', 'or', 'cause', 'causes', 'mean', 'with', 'have', 'has', 'had', 'are', 'is', 'were', 'was', 'be', 'been', 'leave', 'leaves', 'lead', 'result', 'ha']);
/** Clause openers: a negation after one of them, and after the relation, belongs to another clause. */
const REDUCED_CLAUSE_SUBJECTS = new Set(['you', 'we', 'they', 'i', 'he', 'she', 'people']);
const RELATIVE_MARKERS = new Set(['that', 'which', 'who', 'whose', 'where']);
const CLAUSE_MARKERS = new Set(['that', 'which', 'who', 'whose', 'where', 'unless', 'although', 'though', 'because', 'since', 'if', 'when', 'whereas', 'while', 'but', 'so']);
/** Relations too vague to carry a direction of their own. */
const VAGUE = new Set<RelationFamily>(['causes', 'associated', 'is', 'regulates', 'located-in']);
const norm = (xs: Iterable<string>) => new Set([...xs].map((x) => cueKey(x).join(' ')));
const WITHOUT_FILLERS = new Set(['enough', 'sufficient', 'adequate', 'any', 'proper', 'much', 'the', 'optimal', 'some', 'appropriate', 'of', 'quantities', 'quantity', 'amounts', 'amount', 'levels', 'intake', 'supplies', 'supply']);

/** A quotation's closing mark and its attribution ('," said X', '" according to X'). */
const ATTRIBUTION_TAIL = /["”],?\s+(?:said|says|adds|added|explains|explained|notes|noted|wrote|writes|according to|told)\b|["”]\s*[—–]\s*\S/i;

/** Words before "all" that make it range over things just named ("these all", "those all"). */
const ALL_OVER_NAMED = new Set(['these', 'those', 'they', 'we', 'them', 'you']);

/** Words after "all" that make it an amount ("all the", "all that"). */
const EVERY_AS_AMOUNT = new Set(['bit', 'drop', 'ounce', 'gram', 'milligram', 'last', 'scrap', 'atom']);
const ALL_AS_AMOUNT_BEFORE = new Set(['the', 'that', 'this', 'those', 'these', 'its', 'their', 'your', 'my', 'our', 'his', 'her', 'of', 'other']);

/** Words between "unless" and what is taken ("unless you also take a magnesium supplement"). */
const UNLESS_TAKING = new Set(['you', 'also', 'take', 'taking', 'get', 'getting', 'have', 'add', 'eat', 'a', 'an', 'some', 'enough', 'your', 'there', "there's", 'sufficient', 'plenty', 'of']);

/** "unless you take magnesium alongside it" says what happens without it, as "without magnesium" does. */
function unlessTaking(tokens: Token[], i: number, concepts: ConceptMention[]): boolean {
  if (tokens[i].norm !== 'unless') return false;
  let j = i + 1;
  while (j < tokens.length && UNLESS_TAKING.has(tokens[j].norm)) j++;
  if (j > i + 1) return concepts.some((c) => c.start > i && c.start <= j);
  // "unless magnesium is around to activate it": what must be there.
  const named = concepts.find((c) => c.start === j);
  return named !== undefined && PRESENT_AFTER.has(`${tokens[named.end]?.norm} ${tokens[named.end + 1]?.norm}`);
}
/** "not", "don't", "isn't": a plain denying word (the negation cue tables are matched elsewhere). */
function isNot(norm: string): boolean {
  return norm === 'not' || norm.endsWith("n't");
}
/** "does not also take magnesium": a denial of taking something named. */
function notTakingAt(tokens: Token[], i: number, concepts: ConceptMention[]): boolean {
  if (!isNot(tokens[i].norm)) return false;
  let j = i + 1;
  while (j < tokens.length && (tokens[j].norm === 'also' || tokens[j].norm === 'even')) j++;
  if (!TAKING.has(tokens[j]?.norm ?? '')) return false;
  return concepts.some((c) => c.start > j && c.start <= j + 2);
}
const TAKING = new Set(['take', 'taking', 'took']);
/** "is around", "is present": a thing said to be there. */
const PRESENT_AFTER = new Set(['is around', 'is present', 'is available', 'is there', 'are around', 'are present', 'are available', 'is on', 'are on']);

function cleanTokens(tokens: Token[]): { norms: string[]; index: number[] } {
  const norms: string[] = [];
  const index: number[] = [];
  tokens.forEach((t, i) => {
    if (!DETERMINERS.has(t.norm)) {
      norms.push(t.norm);
      index.push(i);
    }
  });
  return { norms, index };
}

/** A cue phrase as the engine compares it: normalised tokens without determiners. */
export const cueKey = (p: string) => phraseKey(p).filter((t) => !DETERMINERS.has(t));

class CueTables {
  readonly relations = new PhraseTrie<RelationFamily>();
  readonly modifiers = new PhraseTrie<Modifier>();
  constructor() {
    for (const fam of RELATION_PRIORITY) for (const c of RELATION_CUES[fam]) this.relations.add(cueKey(c), fam);
    // Exceptions first: the trie keeps the first value for a phrase, and longest match wins.
    for (const c of NEGATION_EXCEPTIONS) this.modifiers.add(cueKey(c), { kind: 'exception' });
    for (const c of BOOSTER_CUES) this.modifiers.add(cueKey(c), { kind: 'booster' });
    for (const c of NEGATION_CUES) this.modifiers.add(cueKey(c), { kind: 'negation' });
    for (const [c, level] of Object.entries(HEDGE_CUES)) this.modifiers.add(cueKey(c), { kind: 'hedge', level });
  }
}

let tables: CueTables | null = null;
const cueTables = () => (tables ??= new CueTables());

const ONE_CAUSE = /\b(?:is|are|was|were|be)\s+(?:a|an|another|one|one of the|among the)\s+(?:(?:possible|known|common|contributing|recognised|recognized|potential|other)\s+)?(?:causes?|reasons?|contributors?|culprits?)\b/i;
/** A cheap test first: THE_CAUSE scans the whole sentence and rarely matches. */
const MAY_NAME_THE_CAUSE = /cause|reason|culprit/i;
const THE_CAUSE = /\b(?:is|are|was|were|be)\s+the\s+(?:(?:main|primary|leading|real|root|sole|only|single|biggest|number one|#1)\s+)?(?:cause|reason|culprit)\b/i;

/** "not enough", "not getting enough", "don't eat enough" before a concept: a lack of it. */
const GETTING = new Set(['getting', 'get', 'gets', 'eating', 'eat', 'having', 'taking', 'take']);
const NOT = new Set(['not', "don't", "doesn't", 'dont', 'doesnt', "isn't", "aren't", "wasn't", "weren't", 'isnt', 'arent']);
function notEnough(tokens: Token[], enough: number): boolean {
  const before = tokens[enough - 1]?.norm ?? '';
  return NOT.has(before) || (GETTING.has(before) && NOT.has(tokens[enough - 2]?.norm ?? ''));
}

const FIGURE_WORDS = new Set(['a', 'one', 'half', 'two', 'three', 'four', 'five', 'ten', 'twice', 'double', 'triple', 'third', 'quarter', 'tenth', 'fifth']);
/** "than 60%", "than a tenth": the comparative before it bounds a figure. */
function boundsFigure(tokens: Token[], after: number): boolean {
  const next = tokens[after + 1];
  return tokens[after]?.norm === 'than' && !!next && (next.numeric || FIGURE_WORDS.has(next.norm));
}

/** Negations that say the thing makes no difference: with "without" they deny a need. */
const WORKS_WITHOUT = new Set(WORKS_WITHOUT_CUES.map((c) => cueKey(c).join(' ')));
const INDIFFERENCE = new Set([...['just as well', 'regardless of', 'independent of', 'independently of', 'makes no difference', 'no difference', 'unaffected', 'whatever'].map((c) => cueKey(c).join(' ')), ...WORKS_WITHOUT]);

const ELIDING_AUXILIARIES = new Set(['did', 'do', 'does', 'was', 'were', 'is', 'are', 'had', 'have', 'has', 'could', 'would', 'can', 'will', 'should']);
/** "who did not." / "those who don't," : a negation whose verb was left out, at a clause end. */
function elided(tokens: Token[], text: string, at: number): boolean {
  const t = tokens[at];
  if (!t || at === 0) return false;
  const contracted = /n't$/.test(t.raw) && ELIDING_AUXILIARIES.has(t.raw.replace(/n't$/, '').replace(/^wo$/, 'will').replace(/^ca$/, 'can'));
  if (!contracted && !(t.norm === 'not' && ELIDING_AUXILIARIES.has(tokens[at - 1].norm))) return false;
  const next = tokens[at + 1];
  if (next && !/[,;:.!?)]/.test(text.slice(t.end, next.start))) return false;
  // In a comparison or a relative clause ("... than those who did not", "people who don't"); a
  // contrast ("Vitamin D matters, but magnesium does not.") does deny.
  const before = tokens[at - (contracted ? 1 : 2)]?.norm ?? '';
  return RELATIVE_PRONOUNS.has(before) || tokens.slice(0, at).some((x) => x.norm === 'than');
}
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which', 'those']);

// "However much is taken", "no matter how much": a concession sets the scene like a condition.
const CONDITION_MARKERS = new Set(['when', 'whenever', 'if', 'once', 'however', 'matter', 'until']);
/**
 * Token positions inside a trailing condition ("PTH pulls calcium out of bone when blood levels
 * fall"): it says when the main clause holds, not what the sentence asserts. A condition that
 * opens the sentence ends at its comma and is read by the state rules.
 */
function conditionalClauses(tokens: Token[], text: string): Set<number> {
  const out = new Set<number>();
  // One pass: inside a condition from its marker to the next punctuation (linear in a run-on text).
  // "If magnesium is low, ...": a condition may open the sentence.
  let inside = tokens.length > 0 && CONDITION_MARKERS.has(tokens[0].norm);
  for (let i = 1; i < tokens.length; i++) {
    if (inside && /[,;:.!?()]/.test(text.slice(tokens[i - 1].end, tokens[i].start))) inside = false;
    if (inside) out.add(i);
    // "... wasted on anyone who's short on magnesium": whoever is so, if one is so.
    if (CONDITION_MARKERS.has(tokens[i].norm) || (WHO_FORMS.has(tokens[i].norm) && ANYONE.has(tokens[i - 1].norm))) inside = true;
  }
  return out;
}
const ANYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody']);
const WHO_FORMS = new Set(['who', "who's", 'whose']);

const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
const AMOUNT_WORDS = new Set(['too', 'little', 'less', 'more', 'enough', 'excess', 'insufficient', 'adequate', 'extra', 'plenty', 'no']);
const PRODUCING_VERBS = new Set(['make', 'makes', 'produce', 'produces', 'create', 'creates', 'synthesize', 'synthesizes', 'synthesise', 'synthesises', 'secrete', 'secretes', 'release', 'releases', 'form', 'forms']);
/** An organ followed by a producing verb ("the liver makes ..."). */
function organMakes(tokens: Token[], concepts: ConceptMention[], lexicon: Lexicon): boolean {
  for (const c of concepts) {
    if (c.antecedent || lexicon.concepts.get(c.id)?.category !== 'organ') continue;
    const k = tokens[c.end]?.norm === 'then' || tokens[c.end]?.norm === 'also' ? c.end + 1 : c.end;
    // "make too little PTH" speaks of how much, not of where it is made.
    if (PRODUCING_VERBS.has(tokens[k]?.norm ?? '') && !AMOUNT_WORDS.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}
const BODY_WORDS = new Set(['body', 'bodies', 'you', 'we', 'humans']);
const MODALS_BEFORE_MAKE = new Set(['can', 'could', 'will', 'may', 'might', 'does', 'do', 'just', 'also', "can't", 'cannot', 'cant', "don't", "doesn't", 'dont', 'doesnt']);
/** Words saying whether one can do a thing, between the body and its making. */
const ABILITY_WORDS = new Set(['has', 'have', 'no', 'zero', 'way', 'ways', 'of', 'ability', 'to', 'is', 'are', 'able', 'not', 'means', 'capacity']);
const BEFORE_MADE_THING = new Set(['a', 'little', 'some', 'enough', 'its', 'their', 'our', 'your', 'my', 'own', 'any', 'all', 'of', 'the', 'more', 'plenty']);
/** Words after a nutrient that make it part of something else that is made ("magnesium-rich meals"). */
const MADE_WITH = new Set(['rich', 'meal', 'meals', 'food', 'foods', 'dish', 'dishes', 'drink', 'drinks', 'smoothie', 'smoothies', 'snack', 'snacks', 'recipe', 'recipes', 'bath', 'baths', 'oil', 'spray', 'lotion', 'cream']);
const MADE_CATEGORIES = new Set(['mineral', 'nutrient', 'vitamin-d-form', 'hormone']);

/**
 * "Your body can make a little magnesium of its own": the body making a nutrient is its synthesis
 * ("make better use of calcium" is not: only a nutrient right after the verb's fillers counts).
 */
function bodyMakes(tokens: Token[], concepts: ConceptMention[], lexicon: Lexicon): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (!MAKE_FORMS.has(tokens[i].norm)) continue;
    let k = i - 1;
    if (MODALS_BEFORE_MAKE.has(tokens[k].norm)) k--;
    // "your body has no way of making", "has zero ability to make", "is unable to make".
    else for (let n = 0; n < 4 && k > 0 && ABILITY_WORDS.has(tokens[k].norm); n++) k--;
    if (!BODY_WORDS.has(tokens[k]?.norm ?? '')) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 4 && BEFORE_MADE_THING.has(tokens[j].norm)) j++;
    // "Magnesium is a mineral that the body can make": in a relative clause the thing made is the
    // sentence's subject, named before it.
    const relativeAt = tokens[k - 1]?.norm === 'the' ? k - 2 : k - 1;
    const made = concepts.find((c) => c.start === j) ?? (j >= tokens.length && RELATIVE_MARKERS.has(tokens[relativeAt]?.norm ?? '') ? concepts[0] : undefined);
    // The nutrient itself, not a way of taking it ("magnesium-rich meals" is an intake).
    const concept = made ? lexicon.concepts.get(made.id) : undefined;
    if (concept && MADE_CATEGORIES.has(concept.category) && (!concept.parent || concept.category !== 'nutrient') && !MADE_WITH.has(tokens[made!.end]?.norm ?? '')) return true;
  }
  return false;
}

/** The words for a kind of thing a tracked entity is said to be ("magnesium is a mineral"). */
const CLASS_WORDS = ['mineral', 'nutrient', 'hormone', 'vitamin'];
const CLASS_FILLERS = new Set(['a', 'an', 'the', 'one', 'essential', 'important', 'vital', 'key', 'major', 'trace', 'true', 'actual', 'real']);

/**
 * "Magnesium is (an essential) mineral which ...": the kind named after the copula only says what
 * the subject is; it is no topic of its own for a claim ("soda leaches minerals") to match.
 */
function dropClassNoun(tokens: Token[], concepts: ConceptMention[], lexicon: Lexicon): void {
  if (concepts.length < 2) return;
  const first = concepts[0];
  // Only a thing of such a kind: "bone matrix is the mineral mixture ..." defines the matrix by it.
  if (!MADE_CATEGORIES.has(lexicon.concepts.get(first.id)?.category ?? '')) return;
  let k = first.end;
  if (tokens[k]?.norm !== 'is' && tokens[k]?.norm !== 'are') return;
  k++;
  while (k < tokens.length && k <= first.end + 4 && CLASS_FILLERS.has(tokens[k].norm)) k++;
  const kind = concepts[1];
  if (kind.start !== k || kind.antecedent) return;
  if (!CLASS_WORDS.some((w) => lexicon.idsIn(w).includes(kind.id))) return;
  concepts.splice(1, 1);
}

/** Organs and cells: what an appositive after one describes it by ("the butterfly gland in your neck"). */
const GLOSSED_CATEGORIES = new Set(['organ', 'cell']);
const GLOSS_OPENERS = new Set(['the', 'a', 'an', 'that', 'those', 'these']);
/** How far into the appositive the describing term may start ("the small butterfly-shaped gland ..."). */
const GLOSS_REACH = 5;

/**
 * "PTH is made by your thyroid, the butterfly gland in your neck": the organ named in an appositive
 * right after another organ is a description of that one, not a second organ the sentence speaks of.
 */
function dropOrganGlosses(tokens: Token[], concepts: ConceptMention[], text: string, lexicon: Lexicon): void {
  for (let i = 0; i + 1 < concepts.length; i++) {
    const named = concepts[i];
    const category = lexicon.concepts.get(named.id)?.category ?? '';
    if (!GLOSSED_CATEGORIES.has(category) || named.end >= tokens.length) continue;
    const opener = tokens[named.end];
    if (!GLOSS_OPENERS.has(opener.norm) || text.slice(tokens[named.end - 1].end, opener.start).trim() !== ',') continue;
    const gloss = concepts[i + 1];
    if (gloss.id === named.id || gloss.start > named.end + GLOSS_REACH || lexicon.concepts.get(gloss.id)?.category !== category) continue;
    // Only within the appositive: no comma or clause break before the describing term.
    if (/[,;:.!?]/.test(text.slice(opener.end, tokens[gloss.start].start))) continue;
    concepts.splice(i + 1, 1);
  }
}

/**
 * "The vitamin D your skin makes is already active", "ordinary vitamin D tablets contain the active
 * form": vitamin D from sunlight, food or supplements is the parent form, D3 (the sources' own
 * gloss), so what the sentence says of its activity it says of that form. Only when no other form
 * is named, which would be the one meant.
 */
function rawFormFromItsSource(conceptIds: Set<string>, lexicon: Lexicon): void {
  if (!lexicon.idsIn('activation').some((id) => conceptIds.has(id))) return;
  const generic = [...lexicon.idsIn('vitamin D'), ...lexicon.idsIn('vitamin D supplements')];
  if (!generic.some((id) => conceptIds.has(id))) return;
  if ([...conceptIds].some((id) => lexicon.concepts.get(id)?.category === 'vitamin-d-form')) return;
  const sources = ['sunlight', 'skin', 'supplements', 'vitamin D supplements', 'food'].flatMap((w) => lexicon.idsIn(w));
  if (!sources.some((id) => conceptIds.has(id))) return;
  for (const id of lexicon.idsIn('inactive vitamin D')) conceptIds.add(id);
}

/** Whether the condition holding token `at` ends before the sentence does. */
function closedCondition(conditional: ReadonlySet<number>, at: number, length: number): boolean {
  let k = at;
  while (k < length && conditional.has(k)) k++;
  return k < length;
}

const REASON_NOUNS = new Set(['reason', 'need', 'call', 'cause', 'occasion', 'chance']);
const OFF_OR_DORMANT = /\boff\b|dormant/i;
const STATE_COPULAS = new Set(['is', 'are', 'still', 'remain', 'remains', 'stay', 'stays', 'be', 'been']);
const OFF_WORDS = new Set(['switched', 'turned', 'shut']);
/** Where "is (still) switched off" / "stays dormant" starts (the state word), or -1. */
function stateOff(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (!STATE_COPULAS.has(tokens[i - 1].norm)) continue;
    if (tokens[i].norm === 'dormant') return i;
    if (OFF_WORDS.has(tokens[i].norm) && tokens[i + 1]?.norm === 'off') return i;
  }
  return -1;
}

const SWITCH_VERBS = new Set(['switch', 'switches', 'switched', 'switching', 'turn', 'turns', 'turned', 'turning', 'kick', 'kicks', 'kicked', 'flip', 'flips', 'flipped']);
/** "switch vitamin D on", "turns it on": a concept between a switching verb and "on". */
function switchedOn(tokens: Token[], concepts: ConceptMention[]): boolean {
  return concepts.some((c) => SWITCH_VERBS.has(tokens[c.start - 1]?.norm ?? '') && tokens[c.end]?.norm === 'on');
}

/** "two forms: active and non-active": both states named describe forms; neither is asserted of one. */
function namesBothStates(tokens: Token[]): boolean {
  return tokens.some((t, i) => t.norm === 'active' && (tokens[i - 1]?.norm === 'non' || tokens[i - 1]?.norm === 'not'));
}

const KEEP_FORMS = new Set(['keep', 'keeps', 'kept', 'keeping', 'stop', 'stops', 'stopped', 'stopping']);

/** Where "keeps X from doing" starts (up to four words for X), or -1. */
function keepsFrom(tokens: Token[]): number {
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!KEEP_FORMS.has(tokens[i].norm)) continue;
    for (let k = i + 2; k < tokens.length - 1 && k <= i + 5; k++) {
      if (tokens[k].norm === 'from' && /ing$/.test(tokens[k + 1].raw)) return i;
    }
  }
  return -1;
}

/** Articles and ordinals: a cue word right after one is a noun ("the drop", "the first stop"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'first', 'second', 'third', 'next', 'last', 'final']);
/** Prepositions a verb never follows: what comes right after them is a noun. */
const NOUN_AFTER = new Set(['in', 'as', 'with', 'from', 'via', 'into', 'of', 'for']);

const FIX_VERBS = new Set(['fix', 'fixes', 'fixed', 'fixing', 'correct', 'corrects', 'corrected', 'correcting', 'sort out', 'sorts out']);
const LEVEL_NOUNS = new Set(['level', 'levels', 'status', 'reading', 'readings', 'result', 'results', 'number', 'numbers']);

/** Nouns naming a fall in what follows them ("inhibition of", "a drop in"). */
const DECREASE_NOUNS = new Set(['inhibition', 'suppression', 'impairment', 'reduction', 'decrease', 'decline', 'drop', 'fall', 'loss', 'depletion']);

/** Words before "active" that make it what something is ("is already active"), not a form's name. */
const ACTIVE_PREDICATE_BEFORE = new Set(['is', 'are', 'already', 'fully', 'still', 'biologically', 'be', 'been']);
const NAMING_ADVERBS = new Set(['also', 'sometimes', 'often', 'commonly', 'usually', 'better']);

/** Whether the naming cue at `at` opens an aside: a comma right before it or before an adverb ("…, also known as"). */
function namingAside(tokens: Token[], text: string, at: number): boolean {
  const k = NAMING_ADVERBS.has(tokens[at - 1]?.norm ?? '') ? at - 1 : at;
  return k > 0 && text.slice(tokens[k - 1].end, tokens[k].start).includes(',');
}

/** Whether a denial at `at` is stressed as total by "at all" or "whatsoever" in the words after it. */
function deniesEveryBit(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + 8; k++) {
    const w = tokens[k].norm;
    if (w === 'whatsoever' || (w === 'all' && tokens[k - 1].norm === 'at')) return true;
  }
  return false;
}

const ACTIVATE_VERBS = new Set(['activate', 'activates', 'activated', 'activating']);
const ACTIVATED_CATEGORIES = new Set(['cell', 'organ']);

/** Where "activates" is the verb of a cell or gland it acts on ("activates osteoclasts"), or -1. */
function activatedCell(tokens: Token[], concepts: ConceptMention[], lexicon: Lexicon): number {
  for (let i = 0; i < concepts.length - 1; i++) {
    const m = concepts[i];
    if (m.end - m.start !== 1 || !ACTIVATE_VERBS.has(tokens[m.start].norm) || i === 0) continue;
    const next = concepts[i + 1];
    if (next.start - m.end <= 2 && ACTIVATED_CATEGORIES.has(lexicon.concepts.get(next.id)?.category ?? '')) return m.start;
  }
  return -1;
}

/** Where "make X worse" (up to four words between) starts, or -1. */
function makesWorse(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!MAKE_FORMS.has(tokens[i].norm)) continue;
    for (let k = i + 2; k < tokens.length && k <= i + 5; k++) if (tokens[k].norm === 'worse') return i;
  }
  return -1;
}

const LIST_JOINERS = new Set(['and', 'or', 'both']);
const MOTION_VERBS = new Set(['damp', 'damps', 'damped', 'damping', 'dial', 'dials', 'dialled', 'dialed', 'ramp', 'ramps', 'ramped', 'crank', 'cranks', 'cranked', 'keep', 'keeps', 'kept', 'keeping', 'pull', 'pulls', 'pulled', 'pulling', 'push', 'pushes', 'pushed', 'pushing', 'bring', 'brings', 'brought', 'bringing', 'drive', 'drives', 'drove', 'driving', 'knock', 'knocks', 'knocked', 'send', 'sends', 'sent', 'force', 'forces', 'forced', 'drag', 'drags', 'dragged']);
/** "PTH pulls your blood calcium down", "pushes PTH up": a verb and its particle around the object. */
function particleVerb(tokens: Token[], concepts: ConceptMention[]): { fam: RelationFamily; cue: string; at: number } | null {
  for (const c of concepts) {
    // "drive your blood calcium too low" says the same as "drive it down".
    // ("push blood calcium back up": back where it was, and up.)
    const after = tokens[c.end]?.norm === 'too' || tokens[c.end]?.norm === 'back' ? c.end + 1 : c.end;
    const word = tokens[after]?.norm;
    const particle = word === 'up' || word === 'high' ? 'up' : word === 'down' || word === 'low' ? 'down' : null;
    if (c.antecedent || !particle || ((word === 'high' || word === 'low') && after === c.end)) continue;
    // "push blood calcium and phosphate down": the object may be a list of named things.
    let first = c.start;
    while (first > 0 && (LIST_JOINERS.has(tokens[first - 1].norm) || concepts.some((m) => m.start <= first - 1 && first - 1 < m.end))) first--;
    for (let k = Math.max(0, first - 3); k < first; k++) {
      // "Keeping your magnesium up guarantees ...": a gerund opening the sentence is its subject.
      if (k === 0 && tokens[0].norm.endsWith('ing') && after + 1 < tokens.length) continue;
      if (MOTION_VERBS.has(tokens[k].norm)) return { fam: particle === 'up' ? 'increases' : 'decreases', cue: `${tokens[k].norm} ${particle}`, at: k };
    }
  }
  return null;
}


/** "magnesium's": a concept's last word with "is" contracted onto it. */
const COPULA_CONTRACTION = /['’]s$/;

/** Verbs of saying or believing: "always said", "always told me". */
const REPORTING_AFTER_ALWAYS = new Set(['said', 'say', 'says', 'told', 'tell', 'tells', 'thought', 'think', 'believed', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'maintained', 'swore', 'swears', 'reckoned', 'assumed']);

const SUBJECT_PRONOUNS = new Set(['you', 'we', 'they', 'i', 'it', 'he', 'she']);
/** "whatever your magnesium level": a named thing right after "whatever", not a clause about it. */
function indifferentTo(tokens: readonly Token[], at: number, concepts: readonly ConceptMention[]): boolean {
  const named = concepts.find((c) => c.start > at && c.start <= at + 3);
  return named !== undefined && !SUBJECT_PRONOUNS.has(tokens[named.end]?.norm ?? '');
}

/** Whether token `at` is in the "than ..." baseline of a comparison ("than people who get less"). */
function inBaseline(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) if (tokens[k].norm === 'than') return true;
  return false;
}

const FLUSH_FORMS = new Set(['flush', 'flushes', 'flushed', 'flushing']);
/**
 * "flush extra calcium away", "flush it all out": the verb and its particle around the object say
 * excretion, as "flush out" does (a lexicon term). Only with the particle: "hot flushes" are no loss.
 */
function flushedAway(tokens: Token[], concepts: ConceptMention[], lexicon: Lexicon): void {
  const excretion = lexicon.idsIn('excretion');
  if (!excretion.length || concepts.some((c) => c.id === excretion[0])) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!FLUSH_FORMS.has(tokens[i].norm)) continue;
    for (let k = i + 2; k < tokens.length && k <= i + 5; k++) {
      if (tokens[k].norm !== 'away' && tokens[k].norm !== 'out') continue;
      const at = concepts.findIndex((c) => c.start > i);
      concepts.splice(at < 0 ? concepts.length : at, 0, { id: excretion[0], start: i, end: i + 1 });
      return;
    }
  }
}

/** Where X starts in "What ... is that X" ("What we are not told is that ..."), else -1. */
function framedClaimStart(tokens: Token[]): number {
  if (tokens[0]?.norm !== 'what') return -1;
  for (let k = 1; k + 1 < tokens.length && k < 12; k++) {
    if ((tokens[k].norm === 'is' || tokens[k].norm === 'was') && tokens[k + 1].norm === 'that') return k + 2;
  }
  return -1;
}

/** Inside ", which ..." or ", who ..." up to the next comma: a description set aside from the claim. */
function inRelativeAside(tokens: Token[], text: string, at: number): boolean {
  for (let k = at; k > 0; k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    const relative = tokens[k].norm === 'which' || tokens[k].norm === 'who';
    if (relative && gap.includes(',')) return true;
    if (gap.includes(',') || k < at - 12) return false;
  }
  return false;
}

/** Nouns "that" points at as a determiner ("made that way", "at that stage"), not as a relative pronoun. */
const THAT_BEFORE_NOUN = new Set(['way', 'much', 'many', 'long', 'far', 'often', 'kind', 'sort', 'type', 'stage', 'point', 'time', 'day', 'step', 'amount', 'level', 'dose', 'route', 'process']);

/** Words after which "that" opens what is said or shown, not a clause about a noun. */
const THAT_AS_CONJUNCTION_AFTER = new Set(['so', 'such', 'now', 'given', 'fact', 'mean', 'means', 'meant', 'show', 'shows', 'showed', 'shown', 'suggest', 'suggests',
  'find', 'finds', 'found', 'say', 'says', 'said', 'claim', 'claims', 'ensure', 'ensures', 'think', 'thinks', 'believe', 'believes', 'know', 'knows', 'known',
  'note', 'notes', 'argue', 'argues', 'is', 'are', 'was', 'were', 'sure', 'clear', 'likely', 'possible', 'true', 'except', 'than', 'like']);

/**
 * A relative clause opens between the verb at `from` and the one at `to`: "(lead to) a kind of
 * rickets that (won't fix)", "(raises) the hormone which (acts)". A noun or a named thing comes
 * right before the marker; after a verb "that" opens what is said ("shows that ...").
 */
function restrictiveClauseBetween(tokens: Token[], from: number, to: number, conceptEnds: TokenFlags): boolean {
  for (let k = from + 2; k < to; k++) {
    const w = tokens[k].norm;
    if (w === 'which' || w === 'who' || w === 'whose') return true;
    if (w === 'that' && (conceptEnds.has(k - 1) || !THAT_AS_CONJUNCTION_AFTER.has(tokens[k - 1].norm))) return true;
  }
  return false;
}

/** "a drop in", "the rise of": the noun of a change, which still says which way. */
const CHANGE_OF = new Set(['in', 'of', 'to']);

/** Right after "instead of" / "rather than" (a word or two between at most). */
function afterInsteadOf(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    const w = tokens[k].norm;
    const prev = tokens[k - 1].norm;
    if ((w === 'of' && prev === 'instead') || (w === 'than' && prev === 'rather')) return true;
  }
  return false;
}

/** Number words and units, as cleanTokens normalises them (stemmed). */
const QUANTITY_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'dozen', 'percent', 'per', 'cent', 'day', 'week', 'month', 'year', 'decade', 'hour', 'milligram', 'microgram', 'mcg', 'women', 'men', 'people', 'patient', 'participant', 'subject']);
const USUAL_AMOUNT = new Set(['usual', 'normal', 'recommended', 'required', 'needed']);
const HAVING = new Set(['have', 'has', 'had', 'having', 'show', 'shows', 'showed', 'with']);
const DEGREE_WORDS = new Set(['significantly', 'much', 'slightly', 'markedly', 'considerably', 'far', 'somewhat', 'substantially', 'notably']);

/** "had (significantly) lower magnesium": the concept right after a comparative that follows "have". */
function levelHad(tokens: Token[], at: number, after: number, concepts: ConceptMention[]): ConceptMention | null {
  let k = at - 1;
  while (k >= 0 && DEGREE_WORDS.has(tokens[k].norm)) k--;
  if (k < 0 || !HAVING.has(tokens[k].raw.toLowerCase())) return null;
  return concepts.find((c) => c.start === after && !c.antecedent) ?? null;
}

/** ", which ...", ", so a high-dose course can ...": what follows adds to the claim or draws a consequence from it. */
const ASIDE_OPENERS = new Set(['which', 'who', 'so', 'meaning', 'making', 'leaving']);

/** The first token after a colon that ends a lead-in (the verb and a concept come after it), or -1. */
function leadInEnd(tokens: Token[], text: string, concepts: ConceptMention[], relationAt: number): number {
  if (relationAt <= 0) return -1;
  const colon = text.indexOf(': ');
  if (colon < 0 || tokens[relationAt].start < colon) return -1;
  const after = tokens.findIndex((t) => t.start > colon);
  return after > 0 && concepts.some((c) => c.start >= after && !c.antecedent) && !concepts.some((c) => c.start < after && !c.antecedent) ? after : -1;
}

/** Tokens inside ", which ..." / ", so ..." asides, up to the next comma or the end; undefined when there are none. */
function relativeAsides(tokens: Token[], text: string): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  let inside = false;
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    // Most gaps are one space, which changes nothing.
    if (gap !== ' ' && (gap.includes(',') || /[.;:!?]/.test(gap))) inside = ASIDE_OPENERS.has(tokens[k].raw.toLowerCase()) && gap.includes(',');
    if (inside) (out ??= new Uint8Array(tokens.length))[k] = 1;
  }
  return out;
}

/** State words with an opposite the verdict knows (verdict.ts ANTONYMS). */
const STATE_WORDS = new Set(['active', 'effective', 'soluble', 'safe']);
const BETWEEN_NEGATION_AND_STATE = new Set(['not', "n't", 'yet', 'already', 'still', 'immediately', 'directly', 'actually', 'even', 'truly', 'biologically', 'fully', 'very', 'quite', 'really', 'entirely', 'always', 'completely', 'be', 'been', 'is', 'are', 'the', 'in', 'its', 'an', 'a', 'form']);

/** The state word right after the negation at `at` ("isn't active yet" -> "active"), if any. */
export function deniedStateWord(tokens: Token[], at: number): string | null {
  for (let k = at + 1; k < tokens.length && k <= at + 4; k++) {
    if (STATE_WORDS.has(tokens[k].norm)) return tokens[k].norm;
    if (!BETWEEN_NEGATION_AND_STATE.has(tokens[k].norm)) return null;
  }
  return null;
}

/** Words that refer back to something named in the previous sentence. */
const ANAPHORS = new Set(['it', 'they', 'this', 'these', 'its', 'their']);
const DEMONSTRATIVES = new Set(['these', 'those', 'they', 'this', 'all']);
const COPULAS_AFTER = new Set(['are', 'is', 'were', 'can', 'may', 'could', 'might']);
const REPORTING_VERBS = new Set(['say', 'says', 'said', 'claim', 'claims', 'think', 'thinks', 'argue', 'argues', 'believe', 'believes', 'suggest', 'suggests', 'insist', 'insists', 'reckon', 'reckons']);
const FINDING_NOUNS = new Set(['finding', 'result', 'study', 'data', 'experiment', 'trial', 'observation']);
const SYMPTOM_NOUNS = new Set(['sign', 'symptom', 'hallmark', 'signal', 'indicator']);
const ANAPHOR_NOUNS = new Set(['hormone', 'mineral', 'vitamin', 'nutrient', 'gland', 'compound', 'form', 'molecule', 'condition', 'disorder', 'disease', 'step', 'process', 'conversion', 'reaction']);

/**
 * Reads a sentence. `antecedent` is the main concept of the previous sentence, used when this one
 * opens with "It ..." or "The hormone ..." instead of naming its subject. `read`: the sentence's
 * tokens and concept mentions when the caller already has them (the features take them over).
 */
export function readSentence(text: string, lexicon: Lexicon, antecedents?: string | readonly string[], read?: { tokens: Token[]; concepts: ConceptMention[] }): SentenceFeatures {
  const tokens = read?.tokens ?? tokenize(text);
  const concepts = read?.concepts ?? lexicon.find(tokens, text);
  const previous = typeof antecedents === 'string' ? [antecedents] : (antecedents ?? []);
  const ref = previous.length ? refersBack(tokens, concepts, text) : null;
  if (ref) {
    // "the hormone" means the hormone just named; "it" means the main subject just named.
    const wanted = ref.noun === null ? null : (anaphorCategories.get(ref.noun) ?? null);
    // A noun of a kind ("the glands") stands only for something of that kind; a pronoun for the main subject.
    const id = wanted ? previous.find((p) => wanted.includes(lexicon.concepts.get(p)?.category ?? '')) : previous.find((p) => lexicon.isTracked(p));
    // The antecedent stands where the reference is, so "without enough of the hormone" says it is lacking.
    if (id) {
      const mention = { id, start: ref.at, end: ref.at + 1, antecedent: true as const };
      const k = concepts.findIndex((c) => c.start > ref.at);
      concepts.splice(k < 0 ? concepts.length : k, 0, mention);
    }
  }
  dropOrganGlosses(tokens, concepts, text, lexicon);
  dropClassNoun(tokens, concepts, lexicon);
  if (text.includes('flush')) flushedAway(tokens, concepts, lexicon);
  if (previous.length) {
    resolveDefiniteNouns(tokens, concepts, previous, lexicon, ref?.at);
    resolveBareLack(tokens, concepts, previous, lexicon);
  }
  const { norms, index } = cleanTokens(tokens);
  const t = cueTables();
  const { comparativeUp, comparativeDown, auxiliary: auxiliarySet } = cueSets();
  const relationMatches = t.relations.findAll(norms);
  const modifierMatches = t.modifiers.findAll(norms);

  // 0. What the sentence sets aside ("..., not the thyroid") is not part of what it asserts.
  const contrast = readContrast(
    tokens,
    text,
    new Set(relationMatches.map((m) => index[m.start])),
    new Set(modifierMatches.filter((m) => m.value.kind === 'negation' || (m.value.kind === 'booster' && norms[m.start] === 'never')).map((m) => index[m.start])),
  );
  for (let k = concepts.length - 1; k >= 0; k--) if (contrast.denied.has(concepts[k].start) && concepts[k].end > concepts[k].start) concepts.splice(k, 1);
  const beforeCorrection = (at: number) => at < contrast.correctionAt;

  // 1. Concepts and deficiencies ("low magnesium", "a fall in magnesium", "PTH deficiency").
  // State of each mention (-1 low, +1 high, 0 unstated); a concept's state is kept only when its
  // mentions agree ("without magnesium ... your magnesium stores" states nothing about magnesium).
  const states = new Map<string, Array<{ state: number; at: number }>>();
  const note = (id: string, state: number, at: number) => {
    let list = states.get(id);
    if (!list) states.set(id, (list = []));
    list.push({ state, at });
  };
  const conceptIds = new Set<string>();
  // Token positions as flags (one byte per token) rather than Sets: this runs for every sentence.
  const modifierAt = new TokenFlags(tokens.length);
  const conceptEnds = new TokenFlags(tokens.length);
  for (const c of concepts) conceptEnds.add(c.end - 1);
  for (const c of concepts) {
    conceptIds.add(c.id);
    const concept = lexicon.concepts.get(c.id);
    if (concept?.deficiencyOf) {
      note(concept.deficiencyOf, -1, c.start);
      conceptIds.add(concept.deficiencyOf);
      continue;
    }
    let marked = false;
    let high = false;
    // "not getting enough magnesium": the term itself starts with "enough".
    if (tokens[c.start].norm === 'enough' && notEnough(tokens, c.start)) marked = true;
    for (let k = Math.max(0, c.start - 3); k < c.start; k++) {
      const w = tokens[k].norm;
      // "when magnesium is low, calcium ..." : a state word never reaches across punctuation.
      if (hasPunctuation(text, tokens[k].end, tokens[c.start].start)) continue;
      const nounOf = tokens[k + 1]?.norm === 'in' || tokens[k + 1]?.norm === 'of';
      const lowWord = DEFICIENCY_BEFORE.has(w) || (DEFICIENCY_NOUNS.has(w) && nounOf) || (w === 'enough' && notEnough(tokens, k)) || (w === 'little' && tokens[k - 1]?.norm === 'too');
      const highWord = EXCESS_BEFORE.has(w) || (w === 'much' && tokens[k - 1]?.norm === 'too');
      if (highWord && tokens.slice(k + 1, c.start).every((x) => x.norm === 'of' || x.norm === 'dose' || DETERMINERS.has(x.norm) || EXCESS_BEFORE.has(x.norm) || LEVEL_QUALIFIERS.has(x.norm))) {
        modifierAt.add(k);
        marked = true;
        high = true;
        continue;
      }
      // "a diet with half the usual iron, zinc, magnesium and calcium".
      if (w === 'half' && tokens[k + 1]?.norm === 'the' && USUAL_AMOUNT.has(tokens[k + 2]?.norm ?? '') && k + 3 === c.start) {
        modifierAt.add(k);
        marked = true;
        continue;
      }
      if (!lowWord) continue;
      // Only an adjective before the concept ("low magnesium", "a fall in magnesium"), not a verb with
      // its object ("Magnesium lowers PTH" is a relation).
      if (!everyNorm(tokens, k + 1, c.start, (x) => x === 'in' || x === 'of' || DETERMINERS.has(x) || DEFICIENCY_BEFORE.has(x) || LEVEL_QUALIFIERS.has(x))) continue;
      const prev = tokens[k - 1]?.norm;
      const nounUse = tokens[k + 1]?.norm === 'in' || tokens[k + 1]?.norm === 'of';
      const verbLike = !nounUse && VERB_FORMS.has(w) && k > 0 && prev !== undefined && !DETERMINERS.has(prev) && !PREPOSITIONS.has(prev) && !conceptEnds.has(k - 1);
      const afterSubject = !nounUse && VERB_FORMS.has(w) && conceptEnds.has(k - 1);
      if (verbLike || afterSubject) continue;
      modifierAt.add(k);
      marked = true;
    }
    const after = tokens[c.end]?.norm;
    if (after && DEFICIENCY_AFTER.has(after)) {
      modifierAt.add(c.end);
      marked = true;
    }
    // "When magnesium runs low", "blood calcium drops": only in a clause of its own (a subordinate
    // "when/if/as" clause or before a comma), so "PTH levels climb" in a main clause stays a relation.
    // "a sign that magnesium is low": after "that", only a copula says a level, not a verb
    // ("shows that PTH rises" keeps its verb).
    const clause = stateClause(tokens, c, text);
    // A copula says a level in any clause ("your magnesium is low as well"); so does one contracted
    // onto the concept ("your magnesium's really low").
    const copulaOnly = !clause;
    const contracted = COPULA_CONTRACTION.test(tokens[c.end - 1].raw);
    const copulaNext = contracted || tokens[c.end]?.norm === 'is' || tokens[c.end]?.norm === 'are';
    if (clause || copulaNext) {
      for (let n = Math.min(5, tokens.length - c.end); n >= 1; n--) {
        const phrase = (contracted ? 'is ' : '') + normsJoined(tokens, c.end, c.end + n);
        if (copulaOnly && !/^(?:is|are) /.test(phrase)) continue;
        if (FALLING_AFTER.has(phrase) || RISING_AFTER.has(phrase)) {
          for (let k = c.end; k < c.end + n; k++) modifierAt.add(k);
          marked = true;
          high = !FALLING_AFTER.has(phrase);
          break;
        }
      }
    }
    note(c.id, marked ? (high ? 1 : -1) : 0, c.start);
  }

  // Concepts coordinated in one list ("iron, zinc, magnesium and calcium"): each member's start
  // to the start of the list's first member.
  // A run of commas is a list only when "and"/"or" closes it: in "If you are low in magnesium,
  // vitamin D supplements ...", the comma ends a clause.
  const lists = new Map<number, number>();
  let run: number[] = [];
  let closed = false;
  const endRun = () => {
    if (closed) for (const start of run) lists.set(start, run[0]);
    run = [];
    closed = false;
  };
  for (let i = 1; i < concepts.length; i++) {
    const gapFrom = concepts[i - 1].end;
    const gapTo = Math.min(concepts[i].start, tokens.length);
    let linked = false;
    if (gapTo >= gapFrom && concepts[i].start < tokens.length && !concepts[i - 1].antecedent && !concepts[i].antecedent) {
      const between = text.slice(tokens[concepts[i - 1].end - 1].end, tokens[concepts[i].start].start);
      // A list needs its separators: "... and calcium miscarried" is the list's end and a verb.
      linked = (gapTo > gapFrom || between.includes(',')) && everyNorm(tokens, gapFrom, gapTo, (w) => w === 'and' || w === 'or') && /^[\s,]*(?:and|or)?[\s,]*$/i.test(between);
    }
    if (!linked) {
      endRun();
      continue;
    }
    if (!run.length) run.push(concepts[i - 1].start);
    run.push(concepts[i].start);
    if (gapTo > gapFrom) closed = true;
  }
  endRun();
  // "a diet low in iron, zinc, magnesium and calcium": the state carries along a list.
  for (let i = 1; i < concepts.length; i++) {
    if (!lists.has(concepts[i].start) || lists.get(concepts[i].start) !== lists.get(concepts[i - 1].start)) continue;
    // A condition has no level: in "low magnesium and brittle bones" the bones are not low.
    if (lexicon.concepts.get(concepts[i].id)?.category === 'condition') continue;
    // A named lack ("low calcium, iron and magnesium") keeps its state under its base concept.
    const prevId = lexicon.concepts.get(concepts[i - 1].id)?.deficiencyOf ?? concepts[i - 1].id;
    const prev = states.get(prevId)?.find((m) => m.at === concepts[i - 1].start);
    const cur = states.get(concepts[i].id)?.find((m) => m.at === concepts[i].start);
    if (!prev || !cur || prev.state === 0 || cur.state !== 0) continue;
    cur.state = prev.state;
  }

  // 2. Relation: the highest-priority family among specific cues; comparatives ("higher PTH") give
  // the direction of vaguer verbs; auxiliaries ("helps") count only when nothing else does.
  let relation: RelationFamily | null = null;
  let relationCue: string | null = null;
  let relationAt = -1;
  let relationRank = Infinity;
  const relationCues: Array<{ fam: RelationFamily; cue: string; at: number }> = [];
  const comparatives: Array<{ fam: RelationFamily; cue: string; at: number }> = [];
  let auxiliary: { fam: RelationFamily; cue: string; at: number } | null = null;
  const conceptAt = new TokenFlags(tokens.length);
  for (const c of concepts) for (let i = c.start; i < c.end; i++) conceptAt.add(i);
  const conditional = conditionalClauses(tokens, text);
  for (const m of relationMatches) {
    const at = index[m.start];
    // A verb in a rejected alternative ("hold on to calcium instead of losing it") is not asserted.
    if (beforeCorrection(at) || contrast.denied.has(at) || conditional.has(at) || afterInsteadOf(tokens, at)) continue;
    // "the vitamin D in these drops": a one-word cue in the plural after a determiner names things
    // (a verb after a determiner never ends in -s), unless they are changes ("the drops in calcium").
    // So does one right after a preposition ("vitamin D in drops"), and a singular one after an
    // article or an ordinal ("the glands sense the drop and release more PTH": the fall just told of;
    // "the first stop is the liver").
    const before = tokens[at - 1]?.norm ?? '';
    if (m.end - m.start === 1 && (tokens[at].raw.endsWith('s') ? DETERMINERS.has(before) || NOUN_AFTER.has(before) : NOUN_MARKERS.has(before) && (m.value === 'increases' || m.value === 'decreases')) && !CHANGE_OF.has(tokens[at + 1]?.norm ?? '')) continue;
    // A cue inside a concept term ("bone loss") is part of that concept; a deficiency word is not a verb.
    if (conceptAt.has(at) && conceptAt.has(index[m.end - 1])) continue;
    if (modifierAt.has(at)) continue;
    if (isFullStop(tokens, at)) continue;
    // "more or less" is roughly, not more.
    if (tokens[at].norm === 'more' && tokens[at + 1]?.norm === 'or' && tokens[at + 2]?.norm === 'less') continue;
    if (tokens[at].norm === 'less' && tokens[at - 1]?.norm === 'or' && tokens[at - 2]?.norm === 'more') continue;
    const cue = cueOf(norms, m);
    const up = comparativeUp.has(cue);
    // "PTH has less reason to raid your bones": how often it needs to, not a change in what it does.
    if ((up || comparativeDown.has(cue)) && REASON_NOUNS.has(tokens[index[m.end - 1] + 1]?.norm ?? '')) continue;
    if (up || comparativeDown.has(cue)) {
      // "Women who miscarried had significantly lower magnesium": a level the group has, not a change.
      const level = levelHad(tokens, at, index[m.end - 1] + 1, concepts);
      if (level) {
        const mention = states.get(level.id)?.find((x) => x.at === level.start);
        if (mention && mention.state === 0) {
          mention.state = up ? 1 : -1;
          modifierAt.add(at);
          continue;
        }
      }
      // "less than a tenth of", "more than 60%": a bound on a figure, not a change. "... than people
      // who get less": the baseline of a comparison, not what the sentence says changes.
      if (!boundsFigure(tokens, index[m.end - 1] + 1) && !inBaseline(tokens, at)) comparatives.push({ fam: up ? 'increases' : 'decreases', cue, at });
      continue;
    }
    // "a low vitamin D result often points to ...": a test result, not a consequence.
    if ((cue === 'result' || cue === 'results') && conceptEnds.has(at - 1) && tokens[at + 1]?.norm !== 'in' && tokens[at + 1]?.norm !== 'from') continue;
    // "is having a moment": a progressive verb, not a definition.
    if (m.value === 'is' && /ing$/.test(tokens[index[m.end - 1] + 1]?.norm ?? '')) continue;
    // "..., known as magnesium-dependent rickets", "..., also called calcidiol": an aside that names
    // what was just said, not what the sentence asserts.
    if (m.value === 'is' && (cue === 'known as' || cue === 'called') && namingAside(tokens, text, at)) continue;
    if (auxiliarySet.has(cue)) {
      auxiliary ??= { fam: m.value, cue, at };
      continue;
    }
    relationCues.push({ fam: m.value, cue, at });
    // A verb in an aside (", which can be made worse by ...") yields to any verb outside one.
    // So does one in a clause that only says which thing is meant ("lead to a kind of rickets
    // that vitamin D alone won't fix").
    const subordinate = inRelativeAside(tokens, text, at) || relationCues.some((r) => r.at < at && restrictiveClauseBetween(tokens, r.at, at, conceptEnds));
    const rank = RELATION_PRIORITY.indexOf(m.value) + (subordinate ? RELATION_PRIORITY.length : 0);
    if (rank < relationRank) {
      relationRank = rank;
      relation = m.value;
      relationCue = cue;
      relationAt = at;
    }
  }
  // "Magnesium will fix your vitamin D levels": fixing a level raises it (fixing a lack lowers the lack).
  if (relation === 'decreases' && FIX_VERBS.has(relationCue ?? '')) {
    for (let k = relationAt + 1; k < tokens.length && k <= relationAt + 5; k++) {
      if (concepts.some((c) => c.start <= k && k < c.end && lexicon.concepts.get(c.id)?.deficiencyOf)) break;
      if (LEVEL_NOUNS.has(tokens[k].norm)) {
        relation = 'increases';
        break;
      }
    }
  }
  // "Magnesium may help keep PTH from driving bone breakdown": keeping something from doing a
  // thing prevents it, whatever the later verb says it does; keeping it from falling raises it.
  const keptFrom = keepsFrom(tokens);
  if (keptFrom >= 0) {
    const after = relationCues.find((r) => r.at > keptFrom + 1);
    const fromAt = tokens.findIndex((t, k) => k > keptFrom && t.norm === 'from');
    const fallsAfter = after ? ORIENTATION[after.fam] === -1 : comparatives.some((c) => c.at > keptFrom && c.fam === 'decreases') || DEFICIENCY_BEFORE.has(tokens[fromAt + 1]?.norm ?? '');
    relation = fallsAfter ? 'increases' : 'prevents';
    // One cue for "keeps ... from" and "stops ... from": "stop" alone is a strong verb, here it is not.
    relationCue = 'keep from';
    relationAt = keptFrom;
  }
  // "Low magnesium leads to inhibition of osteoblast proliferation", "stress may increase the
  // body's use or loss of magnesium": a cause of a decrease decreases.
  if ((relation === 'causes' || relation === 'increases') && relationAt >= 0) {
    for (let k = relationAt + 1; k < Math.min(tokens.length - 1, relationAt + 7); k++) {
      if (DECREASE_NOUNS.has(tokens[k].norm) && (tokens[k + 1].norm === 'of' || tokens[k + 1].norm === 'in') && !conceptAt.has(k)) {
        relation = 'decreases';
        relationCue = tokens[k].norm;
        relationAt = k;
        break;
      }
    }
  }
  // "More magnesium leads to less calcium absorbed": the comparative after a vague verb says what
  // happens to its object; one before it qualifies the subject.
  const comparative = (relationAt >= 0 ? comparatives.find((c) => c.at > relationAt) : undefined) ?? comparatives[0] ?? particleVerb(tokens, concepts);
  if (comparative && (!relation || VAGUE.has(relation))) {
    relation = comparative.fam;
    relationCue = comparative.cue;
    relationAt = comparative.at;
  }
  if (!relation && auxiliary) {
    relation = auxiliary.fam;
    relationCue = auxiliary.cue;
    relationAt = auxiliary.at;
  }
  // "a decrease in magnesium was found in miscarriage": where a level was observed is a link, not a place.
  // It reports what a study observed, which hedges like "a study found".
  const observedIn = relation === 'located-in' && relationCue === 'found in' && concepts.some((c) => c.start > relationAt && lexicon.concepts.get(c.id)?.category === 'condition');
  if (observedIn) {
    relation = 'associated';
    for (const r of relationCues) if (r.at === relationAt) r.fam = 'associated';
  }
  // "calcium tablets make osteoporosis worse": the verb and its complement around the object.
  if (!relation) {
    const worse = makesWorse(tokens);
    if (worse >= 0) {
      relation = 'causes';
      relationCue = 'make worse';
      relationAt = worse;
    }
  }

  // 3. Negation, hedges and boosters.
  const negations: Array<{ at: number; cue: string }> = [];
  const boosterAt: Array<{ at: number; cue: string }> = [];
  const boosters: string[] = [];
  const hedges: string[] = [];
  let hedgeLevel: number = CERTAINTY.plain;
  for (const m of modifierMatches) {
    const cue = cueOf(norms, m);
    const v = m.value;
    const at = index[m.start];
    if ((v.kind === 'negation' || v.kind === 'booster') && (beforeCorrection(at) || contrast.contrastNegations.has(at))) continue;
    if (v.kind === 'negation') {
      // "whatever your magnesium level" denies a dependence; "whatever the cause", "whatever its
      // name suggests", "excrete whatever calcium you don't need" deny nothing.
      if (cue === 'whatever' && !indifferentTo(tokens, at, concepts)) continue;
      // "works fine" denies a need only with "without" after it ("works fine without magnesium").
      if (WORKS_WITHOUT.has(cue) && !tokens.slice(index[m.end - 1] + 1, index[m.end - 1] + 3).some((t) => t.norm === 'without')) continue;
      negations.push({ at: index[m.start], cue });
    }
    else if (v.kind === 'booster') {
      // "in every gummy" counts servings; it does not make the claim universal.
      if (PRODUCT_NOUNS.has(tokens[index[m.end - 1] + 1]?.raw ?? '')) continue;
      // "may not cure", "won't fix": a denied certainty asserts none; "can't make it at all"
      // only stresses the denial.
      if (negations.some((n) => n.at < at && at - n.at <= 2)) continue;
      // "If PTH is the hormone everyone has heard of, ...": a universal in the condition sets the scene.
      // (Only a condition closed before the end: "when you are deficient is always dangerous" has
      // no comma to close it, and its "always" is the claim's.)
      if (conditional.has(at) && closedCondition(conditional, at, tokens.length)) continue;
      // "a rickets that will not respond to vitamin D": "will not" denies; it promises nothing.
      if (cue === 'will' && (tokens[at + 1]?.norm === 'not' || tokens[at + 1]?.norm === 'never')) continue;
      // "is not the main cause", "isn't the only reason": a primacy denied is no booster.
      if (at >= 2 && tokens[at - 1].norm === 'the' && isNot(tokens[at - 2].norm)) continue;
      if (cue === 'at all' && negations.length) continue;
      // "these all support bone health": "all" ranges over the things just named. (Not an exception
      // phrase: cue keys drop "these", which would leave plain "all" and shadow the booster.)
      if (cue === 'all' && ALL_OVER_NAMED.has(tokens[at - 1]?.norm ?? '')) continue;
      // "of all the forms", "all the headlines", "all that D3": an amount, not everyone.
      if (cue === 'all' && (tokens[at - 1]?.norm === 'of' || ALL_AS_AMOUNT_BEFORE.has(tokens[at + 1]?.norm ?? ''))) continue;
      // "every bit of it has to come from food": all of an amount, not every case.
      if (cue === 'every' && EVERY_AS_AMOUNT.has(tokens[at + 1]?.norm ?? '')) continue;
      // "two parts calcium to every one part magnesium": a ratio's term, not everyone.
      if (cue === 'every' && tokens[at + 1]?.norm === 'one' && tokens[at + 2]?.norm === 'part') continue;
      // "She always said calcium alone wasn't enough": how often she said it, not a universal claim.
      if (tokens[at].raw === 'always' && REPORTING_AFTER_ALWAYS.has(tokens[at + 1]?.norm ?? '')) continue;
      // "is the vitamin fully active": how active, said of a state.
      if (cue === 'fully' && tokens[at + 1]?.norm === 'active') continue;
      // "every one of them" ranges over the things just named; "like every other organ" compares.
      if (cue === 'every' && ((tokens[at + 1]?.norm === 'one' && tokens[at + 2]?.norm === 'of' && ALL_OVER_NAMED.has(tokens[at + 3]?.norm ?? '')) || (tokens[at + 1]?.norm === 'other' && tokens[at - 1]?.norm === 'like'))) continue;
      // "looks at all of its roles": "at" belongs to the verb.
      if (cue === 'at all' && ALL_AS_AMOUNT_BEFORE.has(tokens[at + 2]?.norm ?? '')) continue;
      boosterAt.push({ at: index[m.start], cue: tokens.slice(index[m.start], index[m.end - 1] + 1).map((x) => x.raw).join(' ') });
      if (cue === 'never') negations.push({ at: index[m.start], cue });
    } else if (v.kind === 'hedge') {
      hedges.push(cue);
      hedgeLevel = Math.min(hedgeLevel, v.level);
    }
  }
  if (observedIn) {
    hedges.push('found in');
    hedgeLevel = Math.min(hedgeLevel, CERTAINTY.hedged);
  }
  // "won't necessarily reverse it", "doesn't necessarily mean": not certain, so it may not.
  for (let i = 1, any = text.includes('necessarily'); any && i < tokens.length; i++) {
    const before = tokens[i - 1].norm;
    if (tokens[i].norm !== 'necessarily' || !isNot(before)) continue;
    hedges.push(`${before} necessarily`);
    hedgeLevel = Math.min(hedgeLevel, CERTAINTY.hedged);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1].norm;
    // The comparative first: it is the rarer word, and the verb test lower-cases a string.
    const observed = OBSERVED_COMPARATIVES.has(next) && OBSERVED_VERBS.has(tokens[i].raw.toLowerCase());
    if (observed || (STUDY_GROUP_NOUNS.has(next) && STUDY_GROUP_DETERMINERS.has(tokens[i].norm))) {
      hedges.push(`${tokens[i].norm} ${next}`);
      hedgeLevel = Math.min(hedgeLevel, CERTAINTY.hedged);
    }
  }

  // 4. "impossible/cannot ... without X" states a requirement (the two negatives cancel); a bare
  // "without X" speaks of X being absent.
  // Found once: scanning every earlier token for each "without" was quadratic in a long run-on text.
  const firstImpossible = tokens.findIndex((x) => x.norm === 'impossible');
  let totalLoss: string | null = null;
  tokens.forEach((tok, i) => {
    // "... in anyone who does not also take magnesium": not taking it is being without it.
    const notTaking = notTakingAt(tokens, i, concepts);
    if (tok.norm !== 'without' && !notTaking && !unlessTaking(tokens, i, concepts)) return;
    if (notTaking) {
      const own = negations.findIndex((n) => n.at === i);
      if (own >= 0) negations.splice(own, 1);
    }
    // "cannot work without X", and "Without X, muscles cannot work".
    // A "without X" phrase followed by a negation states the need too ("... the thing is without
    // enough magnesium your body cant activate vitamin D").
    const before = negations.findIndex((n) => n.at < i);
    const prior = before >= 0 ? before : negations.findIndex((n) => n.at > i);
    const impossible = firstImpossible >= 0;
    if (prior >= 0 || impossible) {
      // "works just as well without X" denies the need; "cannot work without X" states it.
      if (prior >= 0 && !INDIFFERENCE.has(negations[prior].cue)) {
        // "useless without magnesium", "a waste of money unless you take magnesium": no effect at
        // all without it, which is more than any source says of a need.
        if (cueSets().totalLoss.has(negations[prior].cue)) totalLoss = negations[prior].cue;
        // "can't absorb any calcium at all without it": nothing at all without it, likewise.
        else if (deniesEveryBit(tokens, negations[prior].at)) totalLoss = 'at all';
        negations.splice(prior, 1);
      }
      relation = 'requires';
      relationCue = 'without';
      relationAt = i;
      return;
    }
    let j = i + 1;
    while (j < tokens.length && WITHOUT_FILLERS.has(tokens[j].norm)) j++;
    const target = concepts.find((c) => c.start > i && c.start <= j);
    if (target) {
      const mention = states.get(target.id)?.find((m) => m.at === target.start);
      if (mention) mention.state = -1;
    }
  });

  // "If your magnesium is low, the vitamin D you take may never be fully activated": a lack as the
  // condition of a denial states a need, as "cannot ... without magnesium" does.
  // Not when the denial has a verb of its own ("... may not raise your active vitamin D").
  // Whether token i is part of a term naming effectiveness ("do their job"), for lostEffect.
  const effectIds = lexicon.idsIn('effective');
  const effectAt = (i: number) => concepts.some((c) => c.start <= i && i < c.end && effectIds.includes(c.id));
  // "A vitamin D supplement is useless if your magnesium is low": a copula links the denial too.
  let needFromLack: string | null = null;
  // (So does one beside a need already stated: "Because those enzymes are magnesium-dependent,
  // neither step runs properly when magnesium is short.")
  if (relation === null || relation === 'requires' || (relation === 'is' && (relationCue === 'is' || relationCue === 'are'))) {
    const lack = conditional.size ? firstConditionalLack(states, conditional) : undefined;
    const denial = negations.findIndex((n) => !conditional.has(n.at) && !INDIFFERENCE.has(n.cue));
    // "... may fail to do their job when magnesium is low" is a loss of effect (below), not a need.
    const loss = denial >= 0 && lostEffect(tokens, [negations[denial]], effectAt);
    if (lack && denial >= 0 && !loss) {
      if (cueSets().totalLoss.has(negations[denial].cue)) totalLoss = negations[denial].cue;
      negations.splice(denial, 1);
      lack.state = 0;
      for (const [id, list] of states) if (list.includes(lack)) needFromLack = id;
      relation = 'requires';
      relationCue = 'without';
      relationAt = lack.at;
    }
  }
  // "... than women who did not." : an elided verb phrase in a comparison negates nothing here.
  for (let k = negations.length - 1; k >= 0; k--) if (elided(tokens, text, negations[k].at)) negations.splice(k, 1);

  const deficient = new Set<string>();
  const excess = new Set<string>();
  const levelsInCondition = new Set<string>();
  for (const [id, list] of states) {
    if (allUnstated(list)) continue; // most mentions state no level: no array for them
    const stated = list.filter((m) => m.state !== 0);
    if (!stated.length || stated.some((m) => m.state !== stated[0].state)) continue;
    // An unqualified mention that is the object of a directional verb ("... can deplete your magnesium
    // stores") is a different role of the same concept: the sentence states no single level for it.
    const objectMention = list.some((m) => m.state === 0 && relationAt >= 0 && m.at > relationAt && relation && ORIENTATION[relation] !== 0);
    if (objectMention) continue;
    // "magnesium is needed to switch vitamin D on, so a tablet does less when magnesium is low": a
    // level given only in a condition does not qualify the plain mention that is the verb's subject.
    const subjectOfVerb = (at: number) => {
      const c = concepts.find((x) => x.start === at);
      return !!c && relationAt >= c.end && relationAt - c.end <= 2;
    };
    const plainOutside = list.some((m) => m.state === 0 && !conditional.has(m.at) && subjectOfVerb(m.at)) && stated.every((m) => conditional.has(m.at));
    if (plainOutside) continue;
    // "Most people are low in magnesium": a group is not itself low or high; what it is low in is.
    if (lexicon.concepts.get(id)?.category === 'population') continue;
    (stated[0].state < 0 ? deficient : excess).add(id);
    if (conditional.size && stated.every((m) => conditional.has(m.at))) levelsInCondition.add(id);
  }
  // "... blood calcium drops, a state doctors call hypocalcemia": the verb and the named state say
  // the same thing about the verb's subject; counting both would turn "drops" into "rises".
  const subject = relationAt > 0 ? concepts.find((c) => c.end === relationAt || (c.end === relationAt - 1 && tokens[c.end].norm === 'level')) : undefined;
  const way = relation ? ORIENTATION[relation] : 0;
  if (subject && way !== 0) (way < 0 ? deficient : excess).delete(subject.id);
  // A lack described in the writer's own words ("a shortage of magnesium") is the deficiency concept too.
  // "When calcium is high": a plain level of calcium is the level of what the lexicon's "low calcium"
  // lacks (blood calcium), as for a lack below.
  for (const id of [...excess]) {
    const of = lexicon.concepts.get(lexicon.idsIn(`low ${id.replace(/-/g, ' ')}`)[0] ?? '')?.deficiencyOf;
    if (of && of !== id && lexicon.ancestors(of).includes(id)) {
      excess.add(of);
      conceptIds.add(of);
    }
  }
  for (const id of [...deficient]) {
    conceptIds.add(id);
    let def = lexicon.deficiencyFor.get(id);
    // A low reading of a measure with no lack of its own ("a vitamin D result that comes back
    // low") is a lack of what it measures.
    const concept = lexicon.concepts.get(id);
    if (!def && concept?.category === 'measure' && concept.parent) {
      def = lexicon.deficiencyFor.get(concept.parent);
      if (def) deficient.add(concept.parent);
    }
    // "signs that your calcium is low": what the lexicon calls "low calcium" (hypocalcemia).
    // That lack is of what the lexicon says it lacks ("low calcium" is low *blood* calcium), which is
    // then the level the sentence states: "when calcium drops, PTH rises" is about blood calcium.
    if (!def) {
      def = lexicon.idsIn(`low ${id.replace(/-/g, ' ')}`)[0];
      const of = def ? lexicon.concepts.get(def)?.deficiencyOf : undefined;
      // ("low magnesium intake" likewise is a lack of magnesium.)
      if (of && of !== id && (lexicon.ancestors(of).includes(id) || lexicon.ancestors(id).includes(of))) deficient.add(of);
    }
    if (def) conceptIds.add(def);
  }

  // A negation in a later clause ("... a rickets that does not respond to vitamin D") does not negate the claim.
  // The main clause runs from the relation (or, without one, the first concept) to the next clause marker.
  const clauseStart = relationAt >= 0 ? relationAt : (concepts[0]?.end ?? 0);
  // "Magnesium is a mineral that the body cannot make": after "is a <noun>", the relative clause
  // is what is asserted of the subject, so its negation is the sentence's.
  let definingAt = -1;
  if (relation === 'is') {
    for (let k = relationAt + 1; k < tokens.length && k <= relationAt + 4; k++) {
      if (RELATIVE_MARKERS.has(tokens[k].norm)) {
        definingAt = k;
        break;
      }
    }
  }
  const inMainClause = (n: { at: number }) => {
    // "If your kidneys are not working well, magnesium can build up": a denial inside a condition
    // closed before the main clause is the condition's.
    if (relationAt >= 0 && conditional.has(n.at) && !conditional.has(relationAt) && closedCondition(conditional, n.at, tokens.length)) return false;
    if (n.at < clauseStart) return true;
    for (let k = clauseStart + 1; k < n.at; k++) {
      if (k === definingAt) continue;
      if (CLAUSE_MARKERS.has(tokens[k].norm)) return false;
      // "... use up magnesium you may not have to spare": a new subject after a concept opens a
      // clause of its own even without "that".
      if (REDUCED_CLAUSE_SUBJECTS.has(tokens[k].norm) && conceptEnds.has(k - 1)) return false;
    }
    return true;
  };
  // Without a relation there is no clause to scope a negation to ("D matters, but magnesium does not").
  // Without a relation, only a relative clause is set apart ("a form of rickets that does not
  // respond to vitamin D"): "Vitamin D matters, but magnesium does not" still denies.
  const inRelativeClause = (n: { at: number }) => {
    // ("made that way", "at that stage": "that" pointing at a noun opens no clause.)
    for (let k = clauseStart + 1; k < n.at; k++) if (RELATIVE_MARKERS.has(tokens[k].norm) && !(tokens[k].norm === 'that' && THAT_BEFORE_NOUN.has(tokens[k + 1]?.norm ?? ''))) return true;
    return false;
  };
  // "Topping up isn't as simple as it sounds: even a healthy gut takes up only 30 to 40 per cent":
  // a lead-in before a colon frames what follows it; its negation is not the claim's.
  const colonAt = text.includes(': ') ? tokens.findIndex((t, k) => k > 0 && text.slice(tokens[k - 1].end, t.start).includes(':')) : -1;
  const inLeadIn = (n: { at: number }) => colonAt > 0 && n.at < colonAt && (relationAt >= colonAt || (relationAt < 0 && concepts.every((c) => c.start >= colonAt)));
  const mainNegations = (relationAt < 0 ? negations.filter((n) => n.at < clauseStart || !inRelativeClause(n)) : negations.filter(inMainClause)).filter((n) => !inLeadIn(n));
  // Likewise "..., so anyone on a blood thinner should ask" does not make the claim universal.
  // Nor does one inside an aside (", which makes up part of every ATP molecule,").
  // "Nobody has proven that X reverses it": the certainty inside X is the idea denied, not the writer's.
  if (hedges.some((h) => cueSets().proofDenials.has(h))) boosterAt.length = 0;
  // Unless the aside is where the claim is ("a 2011 study, which proved that magnesium builds bone").
  // (Only needed for the boosters, which most sentences have none of.)
  const claimInAside = boosterAt.length > 0 && claimInRelativeAside(tokens, text, concepts, relationAt, lexicon);
  if (totalLoss) boosters.push(totalLoss);
  if (boosterAt.length) boosters.unshift(...boosterAt.filter((b) => inMainClause(b) && (claimInAside || !inRelativeAside(tokens, text, b.at))).map((b) => b.cue));

  // "X is the cause of Y" claims exclusivity; "a cause" does not (cue matching drops articles).
  if (MAY_NAME_THE_CAUSE.test(text) && THE_CAUSE.test(text)) boosters.push('the cause');
  // "Autoimmune disease is another cause of it": one cause among others says "can cause".
  else if (MAY_NAME_THE_CAUSE.test(text) && ONE_CAUSE.test(text)) {
    hedges.push('a cause');
    hedgeLevel = Math.min(hedgeLevel, CERTAINTY.can);
  }
  const movement = readMovement(tokens, concepts);
  const quantities = extractQuantities(text);
  if (quantities.some((q) => q.unit === '%' && q.min >= 100)) boosters.push('100%');
  if (quantities.some((q) => q.unit === 'ratio')) for (const id of ratioConcepts(tokens, concepts, lexicon)) conceptIds.add(id);
  // "The liver makes calcitriol" says where it is made, as "calcitriol is made by the liver" does.
  if (organMakes(tokens, concepts, lexicon)) for (const id of lexicon.idsIn('made by')) conceptIds.add(id);
  if (bodyMakes(tokens, concepts, lexicon)) for (const id of lexicon.idsIn('synthesis')) conceptIds.add(id);
  // "needs magnesium to switch vitamin D on": the verb and its particle around the object.
  if (switchedOn(tokens, concepts)) for (const id of lexicon.idsIn('activation')) conceptIds.add(id);
  // "What we are not told is that X": the negation frames X; it does not deny it.
  // "A bonus most brands never mention: active vitamin D helps ...": a lead-in before a colon, when
  // the verb and a concept come after it, frames the claim the same way.
  const frame = Math.max(framedClaimStart(tokens), leadInEnd(tokens, text, concepts, relationAt));
  if (frame > 0) {
    for (let k = mainNegations.length - 1; k >= 0; k--) if (mainNegations[k].at < frame) mainNegations.splice(k, 1);
    // "most brands never mention": the lead-in's words are not the claim's certainty either.
    for (const b of boosterAt) {
      if (b.at >= frame) continue;
      const k = boosters.indexOf(b.cue);
      if (k >= 0) boosters.splice(k, 1);
    }
  }
  // "renders vitamin D useless", "may fail to do their job": a loss of effect, not a denial.
  const loss = lostEffect(tokens, mainNegations, effectAt);
  if (loss) {
    mainNegations.splice(mainNegations.indexOf(loss), 1);
    if (!relation || relationAt === loss.at || VAGUE.has(relation)) {
      relation = 'decreases';
      relationCue = loss.cue;
      relationAt = loss.at;
    }
    for (const id of effectIds) conceptIds.add(id);
  }
  // "Calcitonin activates osteoclasts": activating a cell or gland stimulates it (activating vitamin
  // D converts it, which the activation concept stands for).
  if (relation === null) {
    const act = activatedCell(tokens, concepts, lexicon);
    if (act >= 0) {
      relation = 'increases';
      relationCue = tokens[act].norm;
      relationAt = act;
    }
  }
  // "Take enough vitamin D and you won't get ill": a promised absence says it prevents, for certain.
  const promise = relation === null ? promisedAbsence(tokens, mainNegations) : null;
  if (promise) {
    mainNegations.splice(mainNegations.indexOf(promise), 1);
    relation = 'prevents';
    relationCue = promise.cue;
    relationAt = promise.at;
    boosters.push(promise.cue);
    // What is taken is taken in plenty: against a claim about its lack the promise reads reversed.
    const taken = concepts.find((c) => c.start < promise.at && !lexicon.concepts.get(c.id)?.deficiencyOf);
    if (taken && !deficient.has(taken.id)) excess.add(taken.id);
  }
  // "isn't active yet", "is not effective": a denied state word says its opposite ("inactive"),
  // which the verdict compares as a word; the sentence itself is not a denial.
  const deniedWords: string[] = [];
  for (let k = mainNegations.length - 1; k >= 0; k--) {
    const word = deniedStateWord(tokens, mainNegations[k].at);
    if (word) {
      deniedWords.push(word);
      mainNegations.splice(k, 1);
    }
  }
  // "is not yet active": "not yet" is no denial of the claim (an exception phrase), but a state
  // word after it is denied all the same.
  for (let i = 1, any = text.includes('yet'); any && i < tokens.length; i++) {
    if (tokens[i].norm !== 'yet' || !isNot(tokens[i - 1].norm)) continue;
    const word = deniedStateWord(tokens, i - 1);
    if (word && !deniedWords.includes(word)) deniedWords.push(word);
  }
  // "D3 is still switched off", "stays dormant": a form said to be off is said to be inactive.
  const offAt = OFF_OR_DORMANT.test(text) ? stateOff(tokens) : -1;
  if (offAt >= 0 && (relation === null || relation === 'is' || relationAt === offAt)) {
    if (!deniedWords.includes('active')) deniedWords.push('active');
    if (relationAt === offAt) {
      relation = 'is';
      relationCue = tokens[offAt].norm;
    }
  }
  // "Supplements are ineffective when magnesium is low": being ineffective speaks of effectiveness.
  if (relationCue === 'ineffective' || deniedWords.includes('effective')) for (const id of effectIds) conceptIds.add(id);
  const negation = mainNegations[0];
  // "Vitamin D3 is inactive", "the D3 in your capsule isn't active yet": a form said to be (not)
  // active speaks of its activation. Only with a copula or no verb: "stuck in its inactive form"
  // after a verb is what that verb does, which the antonym check reads.
  if ((relation === null || relation === 'is') && (deniedWords.includes('active') || tokens.some((t, i) => t.norm === 'inactive' || (t.norm === 'active' && ACTIVE_PREDICATE_BEFORE.has(tokens[i - 1]?.norm ?? '') && !namesBothStates(tokens))))) {
    for (const id of lexicon.idsIn('activation')) conceptIds.add(id);
  }
  if (relation === null || relation === 'is') rawFormFromItsSource(conceptIds, lexicon);

  const cueAt = new TokenFlags(tokens.length);
  for (const matches of [relationMatches, modifierMatches] as Array<Array<{ start: number; end: number }>>) {
    for (const m of matches) for (let k = m.start; k < m.end; k++) cueAt.add(index[k]);
  }
  // A figure's words ("three months", "600 mg") are the figure, compared as such, not content.
  const isContent = (tok: Token, i: number) =>
    !conceptAt.has(i) && !cueAt.has(i) && !modifierAt.has(i) && !contrast.denied.has(i) && !tok.numeric && tok.norm.length > 2 && !STOPWORDS.has(tok.norm) && !DETERMINERS.has(tok.norm) && !(quantities.length && QUANTITY_WORDS.has(tok.norm));
  const contentWords: string[] = [];
  const objectWords: string[] = [];
  // ", which is why they take longer to work": an aside's own words say nothing of which claim
  // the sentence makes.
  const aside = relativeAsides(tokens, text);
  // '"...," said Professor Hannah Breckenridge, who leads the study': who said it is not what was said.
  const attribution = ATTRIBUTION_TAIL.exec(text);
  const saidFrom = attribution ? attribution.index + 1 : Infinity;
  for (let i = 0; i < tokens.length; i++) {
    if (!isContent(tokens[i], i) || aside?.[i] === 1 || tokens[i].start >= saidFrom) continue;
    contentWords.push(tokens[i].norm);
    if (relationAt >= 0 && i > relationAt) objectWords.push(tokens[i].norm);
  }

  return {
    text,
    tokens,
    concepts,
    conceptIds,
    deficient,
    excess,
    movement,
    needFromLack,
    conditional,
    levelsInCondition,
    lists,
    tracked: lexicon.firstTracked(concepts) !== undefined,
    relation,
    relationCue,
    relationAt,
    relationCues,
    negated: !!negation,
    deniedWords,
    negationCue: negation?.cue ?? null,
    certainty: boosters.length ? CERTAINTY.absolute : hedgeLevel,
    hedgeCertainty: hedgeLevel,
    boosters,
    hedges,
    quantities,
    question: /\?\s*["'”’)]*\s*$/.test(text),
    contentWords,
    objectWords,
  };
}

const LACK_NOUNS = new Set(['deficiency', 'shortage', 'depletion', 'insufficiency']);

/**
 * "... when magnesium is low, the glands struggle. Severe, long-term deficiency can even cause
 * hypoparathyroidism": a lack named without what is lacking is a lack of the nutrient just named.
 */
function resolveBareLack(tokens: Token[], concepts: ConceptMention[], previous: readonly string[], lexicon: Lexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!LACK_NOUNS.has(tokens[i].norm) || tokens[i + 1]?.norm === 'of' || concepts.some((c) => c.start <= i && i < c.end)) continue;
    // The sentence names no lack of its own.
    if (concepts.some((c) => lexicon.concepts.get(c.id)?.deficiencyOf)) return;
    const lack = previous.map((p) => lexicon.deficiencyFor.get(p)).find((d) => d !== undefined);
    if (!lack) return;
    const k = concepts.findIndex((c) => c.start > i);
    concepts.splice(k < 0 ? concepts.length : k, 0, { id: lack, start: i, end: i + 1, antecedent: true });
    return;
  }
}

/** "both of those steps", "these forms": plural determiners that point back as "the" does. */
const POINTING_BACK = new Set(['those', 'these', 'both']);

/**
 * "... rarely triggers the condition on its own": "the condition" further into the sentence means
 * the condition just named, when this sentence names none of that kind itself.
 */
function resolveDefiniteNouns(tokens: Token[], concepts: ConceptMention[], previous: readonly string[], lexicon: Lexicon, skip?: number): void {
  const categoryOf = (id: string) => lexicon.concepts.get(id)?.category ?? '';
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i].norm;
    const wanted = anaphorCategories.get(noun);
    if (!wanted || i === skip || !(DEFINITE.has(tokens[i - 1].norm) || POINTING_BACK.has(tokens[i - 1].norm)) || tokens[i + 1]?.norm === 'of') continue;
    // A lack ("magnesium deficiency") is a state of something, not the condition "the condition" means.
    const names = (c: ConceptMention) => !c.antecedent && wanted.includes(categoryOf(c.id)) && !lexicon.concepts.get(c.id)?.deficiencyOf;
    if (concepts.some((c) => (c.start <= i && i < c.end) || names(c))) continue;
    const id = previous.find((p) => wanted.includes(categoryOf(p)));
    if (!id) continue;
    const k = concepts.findIndex((c) => c.start > i);
    concepts.splice(k < 0 ? concepts.length : k, 0, { id, start: i, end: i + 1, antecedent: true });
  }
}

const DEFINITE = new Set(['the', 'this', 'that']);

/**
 * A set of token positions. Positions outside the sentence (-1, before the first token) count too.
 */
class TokenFlags {
  private readonly flags: Uint8Array;
  /** Anything outside 0..size: -1, and nothing else in practice. */
  private others: Set<number> | null = null;

  constructor(size: number) {
    this.flags = new Uint8Array(size + 1);
  }

  add(i: number): void {
    if (i >= 0 && i < this.flags.length) this.flags[i] = 1;
    else (this.others ??= new Set()).add(i);
  }

  has(i: number): boolean {
    return i >= 0 && i < this.flags.length ? this.flags[i] === 1 : this.others !== null && this.others.has(i);
  }
}

/**
 * Whether every token in [from, to) passes the test on its normalised form; and the normalised
 * forms of [from, to) joined by spaces. Loops rather than tokens.slice().map(): the empty and
 * non-empty arrays those make have different shapes, which kept throwing readSentence out of
 * its optimised code.
 */
function everyNorm(tokens: readonly Token[], from: number, to: number, test: (norm: string) => boolean): boolean {
  for (let k = from; k < to; k++) if (!test(tokens[k].norm)) return false;
  return true;
}

function normsJoined(tokens: readonly Token[], from: number, to: number): string {
  let out = tokens[from].norm;
  for (let k = from + 1; k < to; k++) out += ' ' + tokens[k].norm;
  return out;
}

/** Whether text[from, to) holds punctuation a state word never reaches across. */
function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (STATE_STOPS.has(text.charCodeAt(i))) return true;
  return false;
}
const STATE_STOPS = new Set(Array.from(',;:.!?()', (ch) => ch.charCodeAt(0)));

/** A cue as the tables key it: its normalised words joined (most cues are one word, used as it is). */
function cueOf(norms: readonly string[], m: { start: number; end: number }): string {
  return m.end - m.start === 1 ? norms[m.start] : norms.slice(m.start, m.end).join(' ');
}

/** Whether the claim is told inside an aside: its verb, or without one every tracked mention. */
function claimInRelativeAside(tokens: Token[], text: string, concepts: ConceptMention[], relationAt: number, lexicon: Lexicon): boolean {
  if (relationAt >= 0) return inRelativeAside(tokens, text, relationAt);
  const trackedMentions = concepts.filter((c) => lexicon.concepts.get(c.id)?.tracked);
  return trackedMentions.length > 0 && trackedMentions.every((c) => inRelativeAside(tokens, text, c.start));
}

function allUnstated(list: ReadonlyArray<{ state: number }>): boolean {
  for (const m of list) if (m.state !== 0) return false;
  return true;
}

/** The first mention stated low inside a condition, in the order of `states` (a loop: this runs for most sentences). */
function firstConditionalLack<M extends { state: number; at: number }>(states: ReadonlyMap<string, M[]>, conditional: ReadonlySet<number>): M | undefined {
  for (const list of states.values()) for (const m of list) if (m.state < 0 && conditional.has(m.at)) return m;
  return undefined;
}

const ANAPHOR_CATEGORIES: Record<string, string[]> = {
  condition: ['condition'],
  symptom: ['condition'],
  finding: ['population'],
  disorder: ['condition'],
  disease: ['condition'],
  hormone: ['hormone', 'vitamin-d-form'],
  mineral: ['mineral', 'nutrient'],
  nutrient: ['nutrient', 'mineral', 'vitamin-d-form'],
  vitamin: ['vitamin-d-form', 'nutrient'],
  gland: ['organ'],
  compound: ['substance', 'nutrient', 'mineral'],
  form: ['vitamin-d-form', 'substance'],
  molecule: ['substance', 'hormone'],
  // "That step depends on magnesium": a process just described, else what it acted on.
  step: ['process'],
  process: ['process'],
  conversion: ['process'],
  reaction: ['process'],
};
/**
 * Looked up with every token: a Map, because an object lookup is slower for strings made at run
 * time and finds Object.prototype's members ("the constructor ..." threw).
 */
const anaphorCategories = new Map(Object.entries(ANAPHOR_CATEGORIES));

/**
 * The sentence refers back instead of naming its subject: a pronoun in its first words, or
 * "the hormone" near its start, before any concept. Returns the noun ("hormone", null for a pronoun)
 * and the position of the reference.
 */
function refersBack(tokens: Token[], concepts: ConceptMention[], text: string): { noun: string | null; at: number } | null {
  const firstConcept = concepts[0]?.start ?? Infinity;
  for (let i = 0; i < Math.min(6, tokens.length, firstConcept); i++) {
    const w = tokens[i].norm;
    // "Those findings prove ...": the study just described, and whom it studied.
    if (i < 2 && DEMONSTRATIVES.has(w) && FINDING_NOUNS.has(tokens[i + 1]?.norm ?? '')) return { noun: 'finding', at: i + 1 };
    // "Those are classic signs of ...": the symptoms just listed.
    if (i < 3 && DEMONSTRATIVES.has(w) && COPULAS_AFTER.has(tokens[i + 1]?.norm ?? '') && tokens.slice(i + 2, i + 7).some((t) => SYMPTOM_NOUNS.has(t.norm))) return { noun: 'symptom', at: i };
    // "some sources say it spikes PTH": a pronoun right after a reporting verb opens the claim.
    if (ANAPHORS.has(w) && (i < 3 || REPORTING_VERBS.has(tokens[i - 1].raw.toLowerCase()))) return { noun: null, at: i };
    const noun = tokens[i + 1]?.norm ?? '';
    // (Not "the vitamin D": a noun that begins a name is that name.)
    if (DEFINITE.has(w) && ANAPHOR_NOUNS.has(noun) && i + 1 < firstConcept) return { noun, at: i + 1 };
  }
  // "We are told to take it, and rightly so: it helps the gut absorb calcium": the clause after a
  // colon starts afresh.
  const colon = text.indexOf(': ');
  if (colon > 0) {
    const k = tokens.findIndex((t) => t.start > colon);
    if (k > 0 && ANAPHORS.has(tokens[k].norm) && !concepts.some((c) => c.start === k)) return { noun: null, at: k };
  }
  return null;
}


const INTO = new Set(['into', 'onto']);
const MOVEMENT_DETERMINERS = new Set(['the', 'your', 'our', 'their', 'its', 'my']);
const OUT_OF = new Set(['from']);
const CHAIN_PRONOUNS = new Set(['that', 'this', 'it', 'them']);

/**
 * "pulls calcium out of bone" / "puts calcium back into bone"; "converts calcidiol into calcitriol"
 * makes calcidiol the source. Only explicit direction words count; "in" and "to" are too common.
 */
function readMovement(tokens: Token[], concepts: ConceptMention[]): Map<string, Movement> {
  const out = new Map<string, Movement>();
  const mixed = new Set<string>();
  const note = (id: string, way: 1 | -1) => {
    if (out.has(id) && out.get(id) !== way) mixed.add(id);
    out.set(id, way);
  };
  for (const c of concepts) {
    if (c.end <= c.start) continue;
    // The words before the concept, without a determiner right before it ("out of your blood").
    let k = c.start - 1;
    if (MOVEMENT_DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
    const b1 = tokens[k]?.norm ?? '';
    const b2 = tokens[k - 1]?.norm;
    const after = tokens[c.end]?.norm;
    // "into storage in your bones": where something is put away is where it goes.
    // "locks it away in your bones", "tucks it away in bone": put away somewhere is taken there.
    const intoStorage = (b1 === 'in' || b1 === 'within') && ((tokens[k - 1]?.norm === 'storage' && INTO.has(tokens[k - 2]?.norm ?? '')) || tokens[k - 1]?.norm === 'away');
    if (INTO.has(b1) || intoStorage) note(c.id, 1);
    else if (OUT_OF.has(b1) || (b2 === 'out' && b1 === 'of')) note(c.id, -1);
    else if (after && INTO.has(after)) note(c.id, -1);
  }
  // "... into calcidiol, and the kidneys then turn that into calcitriol": the pronoun is the last
  // product, which is the next step's source.
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!CHAIN_PRONOUNS.has(tokens[k].norm) || !INTO.has(tokens[k + 1].norm)) continue;
    const last = [...concepts].reverse().find((c) => c.end <= k && out.get(c.id) === 1);
    if (last) mixed.add(last.id);
  }
  // "turns it into calcidiol, and then turns calcidiol into calcitriol": a step in a chain, both ways.
  for (const id of mixed) out.set(id, 0);
  return out;
}

const CLAUSE_OPENERS = new Set(['when', 'if', 'as', 'once', 'whenever', 'because', 'while']);

/** The concept opens a subordinate clause ("when/if/as magnesium ...") that ends at a comma. */
function stateClause(tokens: Token[], c: ConceptMention, text: string): boolean {
  let opener = false;
  // ("When the level of calcium in the blood falls": the opener may stand five words back.)
  // (Not across a comma: "When blood calcium drops, PTH rises" states no level of PTH.)
  for (let k = Math.max(0, c.start - 5); k < c.start && !opener; k++) opener = CLAUSE_OPENERS.has(tokens[k].norm) && !text.slice(tokens[k].end, tokens[c.start].start).includes(',');
  if (!opener) return false;
  const end = tokens[Math.min(tokens.length - 1, c.end + 5)]?.end ?? text.length;
  // An opening condition ends at its comma; a trailing one ("... when magnesium is scarce") at the sentence end.
  // Drafts often drop the comma ("when magnesium drops suddenly your PTH shoots up"): "when X"
  // right before the concept opens a condition whatever follows.
  const opensSentence = c.start > 0 && CONDITION_MARKERS.has(tokens[c.start - 1].norm);
  return text.slice(tokens[c.start].start, end + 1).includes(',') || (c.start > 3 && tokens.length <= c.end + 5) || opensSentence;
}

let sets: { comparativeUp: Set<string>; comparativeDown: Set<string>; auxiliary: Set<string>; proofDenials: Set<string>; totalLoss: Set<string> } | null = null;
function cueSets() {
  return (sets ??= { comparativeUp: norm(COMPARATIVE_UP), comparativeDown: norm(COMPARATIVE_DOWN), auxiliary: norm(AUXILIARY_CUES), proofDenials: norm(PROOF_DENIALS), totalLoss: norm(TOTAL_LOSS_CUES) });
}

export { ORIENTATION };
