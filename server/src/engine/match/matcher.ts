// Scores how well a sentence matches each candidate claim: how much of the claim's subject and
// object the sentence mentions (weighted by how distinctive each concept is), how much of the
// sentence the claim explains, and whether the relation agrees.
import { AUXILIARY_CUES, VAGUE_EFFECT_VERBS } from '../nlp/cues';
import { ORIENTATION, type SentenceFeatures } from '../nlp/features';
import type { ClaimIndex } from './claimIndex';
import type { ClaimT } from '../db/schema';
import { sideAliases } from './sideAliases';
import type { Concept } from '../nlp/lexicon';
import type { CompiledClaim } from './compiledClaim';

export interface Match {
  compiled: CompiledClaim;
  score: number;
}

/** Below this a sentence is about something the database does not cover. */
export const MATCH_THRESHOLD = 0.5;

/** Concepts too general to explain a sentence on their own. */
const RELATED_CREDIT = 0.6;
const BROADER_CREDIT = 0.5;

function related(index: ClaimIndex, a: string, b: string): boolean {
  return index.lexicon.related(a, b);
}

const SUBSTITUTE_CREDIT = 0.5;
const SUBSTITUTABLE = new Set(['organ', 'cell']);

const OUTSIDE_WORD_PENALTY = 0.8;
const KNOWN_WORD_WEIGHT = 0.35;
const UNKNOWN_WORD_WEIGHT = 1.2;

/** Siblings ("magnesium intake" for "magnesium supplementation") share a broader concept. */
const SIBLING_CREDIT = 0.45;

/**
 * A lack the sentence states the other way ("when blood calcium climbs too high" for "low blood
 * calcium"): the same quantity, so the claim is found and the direction check can contradict it;
 * a little below naming the lack, so that a claim about the level the sentence does state wins.
 */
const OPPOSITE_LEVEL_CREDIT = 0.9;

/**
 * Whether sentence concept `s` can give claim concept `id` any credit in credit() below (which lists
 * its creditors by the same tests). The claim index uses it to find candidates, so it must say yes
 * whenever credit() can be above zero (test/engine/claimIndex.test.ts checks the index against a
 * full scan).
 */
export function mayCredit(index: ClaimIndex, id: string, s: string): boolean {
  if (id === s || related(index, id, s)) return true;
  // Siblings and substitutes as credit() tells them, with each concept looked up once: an engine
  // asks this for every lexicon concept when it first meets a sentence concept.
  const a = index.lexicon.concepts.get(id);
  if (!a) return false;
  const b = index.lexicon.concepts.get(s);
  if (a.parent && a.parent === b?.parent) return true;
  return !!a.category && SUBSTITUTABLE.has(a.category) && b?.category === a.category;
}

/** A lexicon's concepts by parent and by substitutable category, in lexicon order, and each one's place in it. */
interface ConceptGroups {
  byParent: Map<string, string[]>;
  /** Deficiency concepts by the concept they are a lack of. */
  lacksOf: Map<string, string[]>;
  byCategory: Map<string, string[]>;
  position: Map<string, number>;
}

const groupsByLexicon = new WeakMap<ClaimIndex['lexicon'], ConceptGroups>();

/**
 * The lexicon concepts mayCredit admits for sentence concept `s` besides `s` and its relatives
 * (its siblings; other organs or cells for an organ or cell), in lexicon order, possibly twice:
 * what the claim index would otherwise find by asking mayCredit of every lexicon concept.
 */
export function creditedBesidesRelatives(index: ClaimIndex, s: string): readonly string[] {
  const b = index.lexicon.concepts.get(s);
  if (!b) return [];
  const groups = groupsOf(index.lexicon);
  const siblings = b.parent ? groups.byParent.get(b.parent) : undefined;
  const substitutes = SUBSTITUTABLE.has(b.category) ? groups.byCategory.get(b.category) : undefined;
  if (!siblings || !substitutes) return siblings ?? substitutes ?? [];
  const position = groups.position;
  return [...siblings, ...substitutes].sort((x, y) => position.get(x)! - position.get(y)!);
}

function groupsOf(lexicon: ClaimIndex['lexicon']): ConceptGroups {
  let groups = groupsByLexicon.get(lexicon);
  if (!groups) {
    groups = { byParent: new Map(), lacksOf: new Map(), byCategory: new Map(), position: new Map() };
    for (const c of lexicon.concepts.values()) {
      groups.position.set(c.id, groups.position.size);
      if (c.parent) push(groups.byParent, c.parent, c.id);
      if (c.deficiencyOf) push(groups.lacksOf, c.deficiencyOf, c.id);
      if (SUBSTITUTABLE.has(c.category)) push(groups.byCategory, c.category, c.id);
    }
    groupsByLexicon.set(lexicon, groups);
  }
  return groups;
}

/**
 * The lacks of the concepts a sentence states as high ("blood calcium climbs too high" -> low blood
 * calcium), which credit() credits at OPPOSITE_LEVEL_CREDIT: looked up with the sentence's concepts
 * only when it states a high level, so that the index does not post every lack under its base.
 */
function lacksOfExcess(index: ClaimIndex, s: SentenceFeatures): string[] {
  const out: string[] = [];
  for (const id of s.excess) for (const lack of groupsOf(index.lexicon).lacksOf.get(id) ?? []) out.push(lack);
  return out;
}

function push(groups: Map<string, string[]>, key: string, id: string): void {
  const list = groups.get(key);
  if (list) list.push(id);
  else groups.set(key, [id]);
}

/**
 * What the sentence gives a claim concept: its credit (1 when the sentence names the concept, less
 * when it names a broader, narrower or sibling one, else 0), the sentence concept credited for it,
 * and every sentence concept that may credit it (mayCredit), worked out in one pass.
 */
interface Credit {
  credit: number;
  by: string | null;
  /** Credited only through the opposite level of the lack it names (OPPOSITE_LEVEL_CREDIT). */
  opposite: boolean;
  creditors: readonly string[];
}

const NO_CREDITORS: readonly string[] = [];

function credit(view: SentenceView, id: string, sentence: SentenceFeatures): Credit {
  const lexicon = view.index.lexicon;
  const a = lexicon.concepts.get(id);
  const relatives = lexicon.relatives(id);
  const substitutable = !!a && !!a.category && SUBSTITUTABLE.has(a.category);
  // The best credit so far; `settled` once nothing later can change it.
  let best = 0;
  let by: string | null = null;
  let settled = false;
  if (sentence.conceptIds.has(id)) {
    best = 1;
    by = id;
    settled = true;
  }
  let creditors: string[] | null = null;
  for (let k = 0; k < view.concepts.length; k++) {
    const s = view.concepts[k];
    const b = view.conceptInfo[k];
    const isRelated = relatives.has(s);
    const sibling = !!a?.parent && a.parent === b?.parent;
    // Another organ or cell in the same place ("the liver" for "the kidneys") still finds the
    // claim, so that the verdict can say the sentence names the wrong one.
    const substitute = substitutable && b?.category === a!.category;
    const lackOf = a?.deficiencyOf === s && sentence.excess.has(s);
    if (s === id || isRelated || sibling || substitute || lackOf) (creditors ??= []).push(s);
    if (settled) continue;
    if (isRelated) {
      // A narrower concept in the sentence ("vitamin D3" for "vitamin D") says what the claim says;
      // a broader one ("vitamin D" for "vitamin D supplements") says less.
      if (!lexicon.ancestors(id).includes(s)) {
        best = RELATED_CREDIT;
        by = s;
        settled = true;
      } else if (best < BROADER_CREDIT) {
        best = BROADER_CREDIT;
        by = s;
      }
      continue;
    }
    if (best < SIBLING_CREDIT && sibling) {
      best = SIBLING_CREDIT;
      by = s;
    }
    if (best < SUBSTITUTE_CREDIT && substitute) {
      best = SUBSTITUTE_CREDIT;
      by = s;
    }
    if (best < OPPOSITE_LEVEL_CREDIT && lackOf) {
      best = OPPOSITE_LEVEL_CREDIT;
      by = s;
    }
  }
  const opposite = best === OPPOSITE_LEVEL_CREDIT && !!by && a?.deficiencyOf === by;
  return { credit: best, by, opposite, creditors: creditors ?? NO_CREDITORS };
}

/**
 * What scoring needs from a sentence, worked out once for all its candidate claims instead of once
 * per candidate: concept credits (the same concepts recur across candidates), the words the
 * precision and overlap terms look at, and the claim-independent totals of those terms.
 */
interface SentenceView {
  index: ClaimIndex;
  credits: Map<string, Credit>;
  /** Sentence concepts, their lexicon entries and their weights, in the sentence's order. */
  concepts: string[];
  conceptInfo: Array<Concept | undefined>;
  conceptWeights: number[];
  /** Content words and their weights (KNOWN_WORD_WEIGHT / UNKNOWN_WORD_WEIGHT). */
  words: string[];
  wordWeights: number[];
  /** Sum of the word weights. */
  wordWeightTotal: number;
  /** Sum of all concept weights, then all word weights: the precision denominator. */
  mentioned: number;
  /** Tokens wordOverlap counts (longer than two characters, starting with a letter). */
  overlapWords: string[];
  /** Object words no claim uses (see OUTSIDE_WORD_PENALTY). */
  outsideObjectWords: string[];
  /** Per sentence concept: an outcome (a condition or symptom), see the precision term. */
  outcomes: boolean[];
}

/** Views made for scoreClaim called on its own (rankMatches makes one per sentence and passes it on). */
const views = new WeakMap<SentenceFeatures, SentenceView>();

function viewOf(index: ClaimIndex, s: SentenceFeatures): SentenceView {
  const known = views.get(s);
  if (known && known.index === index) return known;
  const view = makeView(index, s);
  views.set(s, view);
  return view;
}

function makeView(index: ClaimIndex, s: SentenceFeatures): SentenceView {
  let mentioned = 0;
  const concepts: string[] = [];
  const conceptWeights: number[] = [];
  for (const id of s.conceptIds) {
    const w = index.weight(id);
    mentioned += w;
    concepts.push(id);
    conceptWeights.push(w);
  }
  const wordWeights: number[] = [];
  let wordWeightTotal = 0;
  for (const w of s.contentWords) {
    const weight = index.wordDf.has(w) ? KNOWN_WORD_WEIGHT : UNKNOWN_WORD_WEIGHT;
    mentioned += weight;
    wordWeightTotal += weight;
    wordWeights.push(weight);
  }
  const overlapWords: string[] = [];
  for (const t of s.tokens) if (t.norm.length > 2 && isLowerLetter(t.norm.charCodeAt(0))) overlapWords.push(t.norm);
  return {
    index,
    credits: new Map(),
    concepts,
    conceptInfo: concepts.map((id) => index.lexicon.concepts.get(id)),
    conceptWeights,
    words: s.contentWords,
    wordWeights,
    wordWeightTotal,
    mentioned,
    overlapWords,
    outsideObjectWords: s.objectWords.filter((w) => !index.wordDf.has(w)),
    outcomes: listedOutcomes(index, concepts),
  };
}

const isLowerLetter = (code: number) => code >= 97 && code <= 122;

function creditOf(view: SentenceView, id: string, s: SentenceFeatures): Credit {
  let c = view.credits.get(id);
  if (!c) view.credits.set(id, (c = credit(view, id, s)));
  return c;
}

/**
 * What scoring reads of a claim besides its compiled form, worked out the first time it is a
 * candidate in an index (one look-up per candidate instead of one per term). The concept lists
 * are copies made together with the rest: at 100,000 claims, reading a candidate is mostly
 * waiting for memory, and the claim's own arrays lie wherever decoding left them.
 */
interface ClaimTerms {
  index: ClaimIndex;
  /** The claim's concepts (CompiledClaim.keys) and their weights in the index, in the same order. */
  keys: string[];
  weights: number[];
  /** CompiledClaim.subjectIds and objectIds. */
  subjectIds: string[];
  objectIds: string[];
  /** CompiledClaim.keywordWords. */
  keywordWords: readonly string[];
  /** The sentence concepts the claim accounts for (its concepts, their relatives, its sides' base concepts). */
  explains: Set<string>;
  /** The claim's relation, read once: a claim loaded lazily answers through a proxy. */
  relation: ClaimT['relation'];
  /** Per key, the keys that name the same thing in other words (sideAliases), or null. */
  aliases: Array<number[] | null> | null;
}

const termsByClaim = new WeakMap<CompiledClaim, ClaimTerms>();

/** The terms of a claim met through scoreClaim. */
function termsOf(index: ClaimIndex, c: CompiledClaim): ClaimTerms {
  const known = termsByClaim.get(c);
  if (known && known.index === index) return known;
  const terms = makeTerms(index, c);
  termsByClaim.set(c, terms);
  return terms;
}

/** The terms of claim number `at`, kept by the index (no weak map look-up, and the claim itself is not read). */
function termsAt(index: ClaimIndex, at: number): ClaimTerms {
  let terms = index.scoring[at] as ClaimTerms | undefined;
  if (!terms) index.scoring[at] = terms = makeTerms(index, index.claimAt(at));
  return terms;
}

const NO_WORDS: readonly string[] = [];

function makeTerms(index: ClaimIndex, c: CompiledClaim): ClaimTerms {
  const explains = new Set<string>([...c.keys, ...c.subjectBase, ...c.objectBase]);
  for (const k of c.keys) for (const r of index.lexicon.relatives(k)) explains.add(r);
  const terms = {
    index,
    keys: c.keys.slice(),
    weights: c.keys.map((id) => index.weight(id)),
    subjectIds: c.subjectIds.slice(),
    objectIds: c.objectIds.slice(),
    keywordWords: c.keywordWords.length ? c.keywordWords : NO_WORDS,
    explains,
    relation: c.claim.relation,
    aliases: sideAliases([c.claim.subject, c.claim.object], c.keys, index.lexicon),
  };
  return terms;
}

/**
 * Whether a side of the claim gets any credit (its coverage is above zero). Coverage is a weighted
 * mean of credits with positive weights, so it is above zero exactly when one of its concepts gets credit.
 */
function sideCredited(view: SentenceView, ids: string[], s: SentenceFeatures): boolean {
  if (!ids.length) return true;
  for (const id of ids) if (creditOf(view, id, s).credit > 0) return true;
  return false;
}

/** credit(id) > 0 through a sentence concept that credits none of `first` (credit's `by`): see sidesInOrder. */
function creditedBesides(view: SentenceView, id: string, s: SentenceFeatures, first: readonly string[]): boolean {
  for (const x of creditOf(view, id, s).creditors) if (!creditedBy(view, first, s, x)) return true;
  return false;
}

/** Whether sentence concept `x` is the one credited for some of the concepts `ids` (credit's `by`). */
function creditedBy(view: SentenceView, ids: readonly string[], s: SentenceFeatures, x: string): boolean {
  for (const id of ids) if (creditOf(view, id, s).by === x) return true;
  return false;
}

/**
 * Subject and object must each be found in the sentence, and not through the same word: "Magnesium
 * improves sleep" does not match "magnesium supplements restore magnesium". Not cached by the
 * claim's sides: at 100,000 claims nearly every candidate of a sentence has sides of its own.
 */
function sidesCovered(view: SentenceView, c: ClaimTerms, s: SentenceFeatures): boolean {
  return sidesInOrder(view, c.subjectIds, c.objectIds, s) || sidesInOrder(view, c.objectIds, c.subjectIds, s);
}

/** The first side credited, then the second through other sentence concepts. */
function sidesInOrder(view: SentenceView, first: string[], second: string[], s: SentenceFeatures): boolean {
  if (!sideCredited(view, first, s)) return false;
  if (!first.length || !second.length) return sideCredited(view, second, s);
  for (const id of second) if (creditedBesides(view, id, s, first)) return true;
  return false;
}

const OUTCOME_CATEGORIES = new Set(['condition']);
const EFFECT_OR_NEED = new Set<string>(['increases', 'requires']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const OUTSIDE_CONCEPT_PENALTY = 0.8;

/** The credit of another wording of a key: the least its concepts get. */
function aliasCredit(view: SentenceView, keys: readonly string[], alias: readonly number[], s: SentenceFeatures): number {
  let least = 1;
  for (const k of alias) least = Math.min(least, creditOf(view, keys[k], s).credit);
  return least;
}

export function scoreClaim(index: ClaimIndex, c: CompiledClaim, s: SentenceFeatures): number {
  return scoreWith(viewOf(index, s), c, -1, s);
}

/**
 * The most the factors after the relation can raise a score (a matching figure, 1.05; the rest are
 * at most 1), with room for rounding: a score that cannot reach the threshold even so is rejected
 * before the costlier terms are worked out.
 */
const LATER_FACTORS = 1.05 * (1 + 1e-9);
const RELATION_FACTOR_MAX = 1.1;

/**
 * The claim is `c`, or else claim number `at` in the index, read only if its score can reach the
 * threshold. `threshold`: when given, a claim that cannot reach it scores 0 (rankMatches drops it anyway).
 */
function scoreWith(view: SentenceView, c: CompiledClaim | null, at: number, s: SentenceFeatures, threshold?: number): number {
  const index = view.index;
  const terms = c ? termsOf(index, c) : termsAt(index, at);
  if (!sidesCovered(view, terms, s)) return 0;
  let covered = 0;
  let total = 0;
  let oppositeLevel = false;
  let approximate = false;
  const weights = terms.weights;
  const keys = terms.keys;
  for (let i = 0; i < keys.length; i++) {
    const w = weights[i];
    total += w;
    const credit = creditOf(view, keys[i], s);
    const alias = terms.aliases?.[i];
    const value = alias ? Math.max(credit.credit, aliasCredit(view, keys, alias, s)) : credit.credit;
    covered += w * value;
    if (credit.opposite) oppositeLevel = true;
    else if (value < RELATED_CREDIT && view.index.lexicon.concepts.get(keys[i])?.category !== 'process') approximate = true;
  }
  // The opposite level is the claim reversed only when the sentence names the rest of it: with
  // another hormone ("calcitonin is released when calcium is high" against "PTH is released when
  // calcium is low") it is a different statement. (What happens, "release", may go unnamed.)
  if (oppositeLevel && approximate) return 0;
  for (const word of terms.keywordWords) {
    total += 1.5;
    if (s.tokens.some((t) => t.norm === word)) covered += 1.5;
  }
  const coverage = total ? covered / total : 0;
  const coverageTerm = Math.pow(coverage, 0.7);
  // Precision is at most 1.
  if (threshold !== undefined && coverageTerm * RELATION_FACTOR_MAX * LATER_FACTORS < threshold) return 0;

  // Precision: sentence concepts the claim does not account for.
  let explained = 0;
  const explains = terms.explains;
  // "can cause cramps, tingling, twitching and seizures": a claim about one outcome in a list of
  // outcomes accounts for the list, which is one slot of the sentence.
  let listedOutcome = false;
  for (let i = 0; i < view.concepts.length && !listedOutcome; i++) listedOutcome = view.outcomes[i] && explains.has(view.concepts[i]);
  for (let i = 0; i < view.concepts.length; i++) {
    if (explains.has(view.concepts[i]) || (listedOutcome && view.outcomes[i])) explained += view.conceptWeights[i];
  }
  // Even if the claim explained every word below: most candidates that fall short stop here.
  if (threshold !== undefined && view.mentioned && coverageTerm * Math.pow((explained + view.wordWeightTotal) / view.mentioned, 0.3) * RELATION_FACTOR_MAX * LATER_FACTORS < threshold) return 0;
  c ??= index.claimAt(at);
  // Content words outside concepts: a word no claim uses ("sleep") says the sentence is about
  // something else; a word only other claims use says it is about one of those.
  for (let i = 0; i < view.words.length; i++) if (c.words.has(view.words[i])) explained += view.wordWeights[i];
  const mentioned = view.mentioned;
  const precision = mentioned ? explained / mentioned : 0;

  let score = coverageTerm * Math.pow(precision, 0.3);
  const rel = terms.relation;
  if (s.relation) {
    // "Magnesium helps the glands make PTH" fits a need as well as an effect.
    // A bare "is"/"are" links anything to anything: against an "is" claim it earns neither the
    // bonus nor the 0.97 of a merely compatible relation below.
    const copula = s.relation === 'is' && COPULAS.has(s.relationCue ?? '');
    if ((s.relation === rel && !copula) || (VAGUE_EFFECT_VERBS.has(s.relationCue ?? '') && EFFECT_OR_NEED.has(s.relation) && EFFECT_OR_NEED.has(rel))) score *= 1.1;
    else if (copula && rel === 'is') score *= 1.0;
    // A need is not an effect: "X is essential for Y" is not about X lowering Y (nor the reverse).
    // ("Helps" and "supports" are vague enough to say either.)
    else if ((s.relation === 'requires') !== (rel === 'requires') && !AUXILIARY_CUES.has(s.relationCue ?? '') && ORIENTATION[s.relation] !== 0 && ORIENTATION[rel] !== 0) score *= 0.9;
    else if (ORIENTATION[s.relation] !== 0 && ORIENTATION[rel] !== 0) score *= 1.0;
    else if (s.relation === 'associated' || rel === 'associated' || s.relation === 'is') score *= 0.97;
    else score *= 0.9;
  }
  if (threshold !== undefined && score * LATER_FACTORS < threshold) return 0;
  // A word no claim in the database uses, in the part of the sentence that says what is affected
  // ("... help with depression"), means the sentence is about something the sources do not cover.
  for (const w of view.outsideObjectWords) if (!c.words.has(w)) score *= OUTSIDE_WORD_PENALTY;
  // Likewise a condition or outcome named after the verb that the claim says nothing about
  // ("... both help with depression" is not a claim about vitamin D supplements and magnesium).
  if (s.relationAt >= 0) {
    for (const m of s.concepts) {
      if (m.start <= s.relationAt || m.antecedent) continue;
      const concept = index.lexicon.concepts.get(m.id);
      // A deficiency ("a magnesium-deficient diet") is a state of its base concept, read as such.
      if (!concept || concept.deficiencyOf || !OUTCOME_CATEGORIES.has(concept.category)) continue;
      if (explains.has(m.id) || listedOutcome) continue;
      score *= OUTSIDE_CONCEPT_PENALTY;
    }
  }
  // "Magnesium deficiency reduces the risk ...": a claim about that lack fits better than one about
  // magnesium itself, which the lack also credits (and whose direction it reverses).
  if (s.deficient.size && !aboutStatedLack(index, c, s)) for (const k of c.keys) if (s.deficient.has(k)) score *= LACK_AS_BASE_FACTOR;
  // Figures: a sentence with a figure is about the claim that gives one.
  if (c.interval) score *= s.quantities.some((q) => q.unit === c.interval!.unit) ? 1.05 : 0.97;
  // Shared wording breaks ties between claims about the same concepts.
  score *= 0.9 + 0.1 * wordOverlap(c, view);
  // After the cap: a claim about the level the sentence states wins over one about its opposite.
  return Math.min(1, score) * (oppositeLevel ? OPPOSITE_LEVEL_FACTOR : 1);
}

/** A claim found only through the opposite of the level it names: behind one that names it. */
const OPPOSITE_LEVEL_FACTOR = 0.97;

/** A sentence's stated lack matched by a claim about the nutrient itself: a little behind one about the lack. */
const LACK_AS_BASE_FACTOR = 0.98;

function aboutStatedLack(index: ClaimIndex, c: CompiledClaim, s: SentenceFeatures): boolean {
  for (const k of c.keys) if (s.deficient.has(index.lexicon.concepts.get(k)?.deficiencyOf ?? '')) return true;
  return false;
}

/** Outcomes named in a list of three or more ("cramps, tingling, twitching and seizures"); none otherwise. */
function listedOutcomes(index: ClaimIndex, concepts: string[]): boolean[] {
  const outcome = concepts.map((id) => {
    const concept = index.lexicon.concepts.get(id);
    return !!concept && !concept.deficiencyOf && OUTCOME_CATEGORIES.has(concept.category);
  });
  let count = 0;
  for (const o of outcome) if (o) count++;
  return count >= 3 ? outcome : outcome.fill(false);
}

function wordOverlap(c: CompiledClaim, view: SentenceView): number {
  const total = view.overlapWords.length;
  if (!total) return 0;
  let shared = 0;
  for (const w of view.overlapWords) if (c.words.has(w)) shared++;
  return shared / total;
}

/** Candidates at or above the threshold, best first (ties keep database order). */
export function rankMatches(index: ClaimIndex, s: SentenceFeatures): Match[] {
  const out: Match[] = [];
  const view = makeView(index, s);
  const lacks = s.excess.size ? lacksOfExcess(index, s) : null;
  for (const at of index.candidateNumbers(lacks?.length ? [...s.conceptIds, ...lacks] : s.conceptIds)) {
    const score = scoreWith(view, null, at, s, MATCH_THRESHOLD);
    if (score >= MATCH_THRESHOLD) out.push({ compiled: index.claimAt(at), score });
  }
  return out.sort((a, b) => b.score - a.score);
}

export function bestMatch(index: ClaimIndex, s: SentenceFeatures): Match | null {
  return rankMatches(index, s)[0] ?? null;
}
