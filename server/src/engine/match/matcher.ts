// Scores how well a sentence matches each candidate claim: how much of the claim's subject and
// object the sentence mentions (weighted by how distinctive each concept is), how much of the
// sentence the claim explains, and whether the relation agrees.
import { AUXILIARY_CUES } from '../nlp/cues';
import { ORIENTATION, type SentenceFeatures } from '../nlp/features';
import type { ClaimIndex } from './claimIndex';
import type { CompiledClaim } from './compiledClaim';

export interface Match {
  compiled: CompiledClaim;
  score: number;
}

/** Below this a sentence is about something the database does not cover. */
export const MATCH_THRESHOLD = 0.5;

/** Concepts too general to explain a sentence on their own. */
const RELATED_CREDIT = 0.6;

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

function siblings(index: ClaimIndex, a: string, b: string): boolean {
  const pa = index.lexicon.concepts.get(a)?.parent;
  return !!pa && pa === index.lexicon.concepts.get(b)?.parent;
}

/**
 * Whether sentence concept `s` can give claim concept `id` any credit in credit() below. The claim
 * index uses it to find candidates, so it must say yes whenever credit() can be above zero
 * (test/engine/claimIndex.test.ts checks the index against a full scan).
 */
export function mayCredit(index: ClaimIndex, id: string, s: string): boolean {
  if (id === s || related(index, id, s) || siblings(index, id, s)) return true;
  const category = index.lexicon.concepts.get(id)?.category;
  return !!category && SUBSTITUTABLE.has(category) && index.lexicon.concepts.get(s)?.category === category;
}

/** 1 when the sentence names the concept, less when it names a broader, narrower or sibling one, else 0. */
function credit(index: ClaimIndex, id: string, sentence: SentenceFeatures, exclude?: ReadonlySet<string>): { credit: number; by: string | null } {
  if (sentence.conceptIds.has(id) && !exclude?.has(id)) return { credit: 1, by: id };
  let best: { credit: number; by: string | null } = { credit: 0, by: null };
  const category = index.lexicon.concepts.get(id)?.category;
  for (const s of sentence.conceptIds) {
    if (exclude?.has(s)) continue;
    if (related(index, id, s)) return { credit: RELATED_CREDIT, by: s };
    if (best.credit < SIBLING_CREDIT && siblings(index, id, s)) best = { credit: SIBLING_CREDIT, by: s };
    // Another organ or cell in the same place ("the liver" for "the kidneys") still finds the
    // claim, so that the verdict can say the sentence names the wrong one.
    if (best.credit < SUBSTITUTE_CREDIT && category && SUBSTITUTABLE.has(category) && index.lexicon.concepts.get(s)?.category === category) {
      best = { credit: SUBSTITUTE_CREDIT, by: s };
    }
  }
  return best;
}

function sideCoverage(index: ClaimIndex, ids: string[], sentence: SentenceFeatures, exclude?: ReadonlySet<string>): { coverage: number; used: Set<string> } {
  const used = new Set<string>();
  if (!ids.length) return { coverage: 1, used };
  let got = 0;
  let total = 0;
  for (const id of ids) {
    const w = index.weight(id);
    const c = credit(index, id, sentence, exclude);
    total += w;
    got += w * c.credit;
    if (c.by) used.add(c.by);
  }
  return { coverage: got / total, used };
}

/**
 * Subject and object must each be found in the sentence, and not through the same word: "Magnesium
 * improves sleep" does not match "magnesium supplements restore magnesium".
 */
function sidesCovered(index: ClaimIndex, c: CompiledClaim, s: SentenceFeatures): boolean {
  const tryOrder = (first: string[], second: string[]) => {
    const a = sideCoverage(index, first, s);
    if (a.coverage === 0) return 0;
    const b = sideCoverage(index, second, s, first.length && second.length ? a.used : undefined);
    return a.coverage * b.coverage;
  };
  return Math.max(tryOrder(c.subjectIds, c.objectIds), tryOrder(c.objectIds, c.subjectIds)) > 0;
}

/** Whether the claim accounts for a concept the sentence names. */
function explains(index: ClaimIndex, c: CompiledClaim, id: string): boolean {
  return c.keys.includes(id) || c.keys.some((k) => related(index, k, id)) || c.subjectBase.includes(id) || c.objectBase.includes(id);
}

const OUTCOME_CATEGORIES = new Set(['condition']);
const OUTSIDE_CONCEPT_PENALTY = 0.8;

export function scoreClaim(index: ClaimIndex, c: CompiledClaim, s: SentenceFeatures): number {
  if (!sidesCovered(index, c, s)) return 0;
  let covered = 0;
  let total = 0;
  for (const id of c.keys) {
    const w = index.weight(id);
    total += w;
    covered += w * credit(index, id, s).credit;
  }
  for (const word of c.keywordWords) {
    total += 1.5;
    if (s.tokens.some((t) => t.norm === word)) covered += 1.5;
  }
  const coverage = total ? covered / total : 0;

  // Precision: sentence concepts the claim does not account for.
  let explained = 0;
  let mentioned = 0;
  for (const id of s.conceptIds) {
    const w = index.weight(id);
    mentioned += w;
    if (explains(index, c, id)) explained += w;
  }
  // Content words outside concepts: a word no claim uses ("sleep") says the sentence is about
  // something else; a word only other claims use says it is about one of those.
  for (const w of s.contentWords) {
    const weight = index.wordDf.has(w) ? KNOWN_WORD_WEIGHT : UNKNOWN_WORD_WEIGHT;
    mentioned += weight;
    if (c.words.has(w)) explained += weight;
  }
  const precision = mentioned ? explained / mentioned : 0;

  let score = Math.pow(coverage, 0.7) * Math.pow(precision, 0.3);
  const rel = c.claim.relation;
  if (s.relation) {
    if (s.relation === rel) score *= 1.1;
    // A need is not an effect: "X is essential for Y" is not about X lowering Y (nor the reverse).
    // ("Helps" and "supports" are vague enough to say either.)
    else if ((s.relation === 'requires') !== (rel === 'requires') && !AUXILIARY_CUES.has(s.relationCue ?? '') && ORIENTATION[s.relation] !== 0 && ORIENTATION[rel] !== 0) score *= 0.9;
    else if (ORIENTATION[s.relation] !== 0 && ORIENTATION[rel] !== 0) score *= 1.0;
    else if (s.relation === 'associated' || rel === 'associated' || s.relation === 'is') score *= 0.97;
    else score *= 0.9;
  }
  // A word no claim in the database uses, in the part of the sentence that says what is affected
  // ("... help with depression"), means the sentence is about something the sources do not cover.
  for (const w of s.objectWords) if (!index.wordDf.has(w) && !c.words.has(w)) score *= OUTSIDE_WORD_PENALTY;
  // Likewise a condition or outcome named after the verb that the claim says nothing about
  // ("... both help with depression" is not a claim about vitamin D supplements and magnesium).
  if (s.relationAt >= 0) {
    for (const m of s.concepts) {
      if (m.start <= s.relationAt || m.antecedent) continue;
      const concept = index.lexicon.concepts.get(m.id);
      // A deficiency ("a magnesium-deficient diet") is a state of its base concept, read as such.
      if (!concept || concept.deficiencyOf || !OUTCOME_CATEGORIES.has(concept.category)) continue;
      if (explains(index, c, m.id)) continue;
      score *= OUTSIDE_CONCEPT_PENALTY;
    }
  }
  // Figures: a sentence with a figure is about the claim that gives one.
  if (c.interval) score *= s.quantities.some((q) => q.unit === c.interval!.unit) ? 1.05 : 0.97;
  // Shared wording breaks ties between claims about the same concepts.
  score *= 0.9 + 0.1 * wordOverlap(c, s);
  return Math.min(1, score);
}

function wordOverlap(c: CompiledClaim, s: SentenceFeatures): number {
  let shared = 0;
  let total = 0;
  for (const t of s.tokens) {
    if (t.norm.length <= 2 || !/^[a-z]/.test(t.norm)) continue;
    total++;
    if (c.words.has(t.norm)) shared++;
  }
  return total ? shared / total : 0;
}

/** Candidates at or above the threshold, best first (ties keep database order). */
export function rankMatches(index: ClaimIndex, s: SentenceFeatures): Match[] {
  const out: Match[] = [];
  for (const c of index.candidates(s.conceptIds)) {
    const score = scoreClaim(index, c, s);
    if (score >= MATCH_THRESHOLD) out.push({ compiled: c, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

export function bestMatch(index: ClaimIndex, s: SentenceFeatures): Match | null {
  return rankMatches(index, s)[0] ?? null;
}
