// Scores how well a sentence matches each candidate claim: how much of the claim's subject and
// object the sentence mentions (weighted by how distinctive each concept is), how much of the
// sentence the claim explains, and whether the relation agrees.
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

type Credit = { credit: number; by: string | null };

/**
 * What scoring works out about the sentence being ranked (rankMatches), the same for all its
 * candidates: each claim concept's credit(), the words wordOverlap counts. Kept for one ranking
 * only, never from one call to the next.
 */
let ranking: { index: ClaimIndex; sentence: SentenceFeatures; byId: Map<string, Credit>; overlapWords?: string[] } | null = null;

function credit(index: ClaimIndex, id: string, sentence: SentenceFeatures, exclude?: ReadonlySet<string>): Credit {
  if (!ranking || ranking.sentence !== sentence || ranking.index !== index) return computeCredit(index, id, sentence, exclude);
  let c = ranking.byId.get(id);
  if (!c) ranking.byId.set(id, (c = computeCredit(index, id, sentence)));
  // Leaving sentence concepts out changes the credit only when the one giving it is left out.
  return exclude && c.by !== null && exclude.has(c.by) ? computeCredit(index, id, sentence, exclude) : c;
}

/** 1 when the sentence names the concept, less when it names a broader, narrower or sibling one, else 0. */
function computeCredit(index: ClaimIndex, id: string, sentence: SentenceFeatures, exclude?: ReadonlySet<string>): Credit {
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
    if (c.keys.includes(id) || c.keys.some((k) => related(index, k, id)) || c.subjectBase.includes(id) || c.objectBase.includes(id)) explained += w;
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
    else if (ORIENTATION[s.relation] !== 0 && ORIENTATION[rel] !== 0) score *= 1.0;
    else if (s.relation === 'associated' || rel === 'associated' || s.relation === 'is') score *= 0.97;
    else score *= 0.9;
  }
  // A word no claim in the database uses, in the part of the sentence that says what is affected
  // ("... help with depression"), means the sentence is about something the sources do not cover.
  for (const w of s.objectWords) if (!index.wordDf.has(w) && !c.words.has(w)) score *= OUTSIDE_WORD_PENALTY;
  // Figures: a sentence with a figure is about the claim that gives one.
  if (c.interval) score *= s.quantities.some((q) => q.unit === c.interval!.unit) ? 1.05 : 0.97;
  // Shared wording breaks ties between claims about the same concepts.
  score *= 0.9 + 0.1 * wordOverlap(c, s);
  return Math.min(1, score);
}

function wordOverlap(c: CompiledClaim, s: SentenceFeatures): number {
  const words = ranking?.sentence === s ? (ranking.overlapWords ??= overlapWords(s)) : overlapWords(s);
  let shared = 0;
  for (const w of words) if (c.words.has(w)) shared++;
  return words.length ? shared / words.length : 0;
}

/** The sentence's words that count for wordOverlap (each occurrence). */
function overlapWords(s: SentenceFeatures): string[] {
  return s.tokens.filter((t) => t.norm.length > 2 && /^[a-z]/.test(t.norm)).map((t) => t.norm);
}

/** Candidates at or above the threshold, best first (ties keep database order). */
export function rankMatches(index: ClaimIndex, s: SentenceFeatures): Match[] {
  const out: Match[] = [];
  ranking = { index, sentence: s, byId: new Map() };
  try {
    for (const c of index.candidates(s.conceptIds)) {
      const score = scoreClaim(index, c, s);
      if (score >= MATCH_THRESHOLD) out.push({ compiled: c, score });
    }
  } finally {
    ranking = null;
  }
  return out.sort((a, b) => b.score - a.score);
}

export function bestMatch(index: ClaimIndex, s: SentenceFeatures): Match | null {
  return rankMatches(index, s)[0] ?? null;
}
