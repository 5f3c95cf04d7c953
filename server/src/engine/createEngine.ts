// Builds an Engine for a database and runs the pipeline: Markdown -> prose segments ->
// sentences -> features -> claim detection -> matching -> verdict. Results are cached per
// prose segment (keyed by its source text), so re-analysing an edited document only does the
// work for the paragraphs that changed.
import { shiftClaim } from './shiftClaim';
import type { ClaimsDatabase } from './db/database';
import type { ClaimT, EvidenceT } from './db/schema';
import { detectClaim, META_LABEL } from './detect/claimDetector';
import type { AnalyzeOptions, Engine } from './engine';
import { extractProse } from './markdown/extractProse';
import { ClaimIndex } from './match/claimIndex';
import { judge } from './match/judge';
import { verdictMessage } from './match/message';
import { readSentence, type SentenceFeatures } from './nlp/features';
import { readCorrectedBelief, type CorrectedBelief } from './nlp/correctedBelief';
import { extractQuantities } from './nlp/quantities';
import { cellWithColumnHeader, conditionFromLabel, glossaryAsSentence, isDoseOrMealCell, isPracticalCell, isProductCell, splitLeadingLabel } from './text/leadingLabel';
import { looksLikeListedReference, looksLikeReference } from './text/referenceShape';
import { isPseudoHeading } from './markdown/pseudoHeading';
import { Lexicon, type ConceptMention } from './nlp/lexicon';
import { tokenize, type Token } from './nlp/tokenize';
import { openSession, type DocumentSession } from './session';
import { applyDirectives } from './suppression';
import { detach } from './text/detach';
import { splitSentences } from './text/sentences';
import type { CheckedClaim, CitationMark, DocumentAnalysis, OffsetRange, ProseKind, ProseSegment, SegmentClaims, Sentence, Verdict } from './types';

export const DEFAULT_MAX_SIZE = 2 * 1024 * 1024;
const CACHE_LIMIT = 50_000;
/**
 * The cache is also bounded by weight (key characters plus a rough cost per cached claim): keyed by
 * whole blocks, every keystroke in a long paragraph adds an entry as big as the paragraph, and a
 * count limit alone let a 250 KB paragraph hold gigabytes after a few hundred edits.
 */
const CACHE_WEIGHT_LIMIT = 32 * 1024 * 1024;
const CLAIM_WEIGHT = 1024;
const weightOf = (key: string, cached: CachedSegment) => key.length * 2 + cached.claims.length * CLAIM_WEIGHT;

/** A text's tokens and the concepts they mention. */
interface WordsRead {
  text: string;
  tokens: Token[];
  concepts: ConceptMention[];
}

/**
 * A segment's checked sentences, with offsets relative to the block's start, and what the next
 * segment may refer back to (its last sentence's mentions, or what it was handed if it named nothing).
 */
export interface CachedSegment {
  claims: CheckedClaim[];
  mentioned: readonly string[];
}

export interface SentenceCheck {
  isClaim: boolean;
  claim?: Omit<CheckedClaim, 'range' | 'citations' | 'kind'>;
}

/** Where a table cell sits: its row's subject and its column's header. */
type TableCellContext = Pick<ProseSegment, 'rowHeader' | 'columnHeader'>;

export function createEngine(db: ClaimsDatabase): Engine & { openDocument(text: string, options?: AnalyzeOptions): DocumentSession; checkSentence(text: string, kind?: ProseKind, cited?: boolean): SentenceCheck } {
  const lexicon = Lexicon.of(db.lexicon);
  const index = ClaimIndex.of(db.claims, lexicon, db.precompiled, db.lexicon);
  const cache = new Map<string, CachedSegment>();
  const conversionIds = lexicon.idsIn('conversion');
  let cacheWeight = 0;

  /** `known`: a text already tokenized, with its concept mentions (used when it is the text to read). */
  function checkSentence(text: string, kind: ProseKind = 'paragraph', cited = false, antecedents: readonly string[] = [], cell?: TableCellContext, known?: WordsRead): SentenceCheck & { mentioned: string[] } {
    const body = readableText(text, cell);
    if (body === null) return { isClaim: false, mentioned: [...antecedents] };
    // The mentions are copied: readSentence adds references back to them.
    let read: Parameters<typeof readSentence>[3] = known !== undefined && known.text === body ? { tokens: known.tokens, concepts: known.concepts.slice() } : undefined;
    // Most prose names nothing FactLens tracks and cannot refer back to it: skip the full read.
    if (!antecedents.length) {
      const tokens = read?.tokens ?? tokenize(body);
      const named = read?.concepts ?? lexicon.find(tokens, body);
      if (!lexicon.firstTracked(named)) return { isClaim: false, mentioned: named.map((c) => c.id) };
      read = { tokens, concepts: named };
    }
    const features = readSentence(body, lexicon, antecedents, read);
    // What the next sentence may refer back to: this one's concepts, main subject first.
    // (The main clause's: "Once it has been formed, calcitriol increases ..." is about calcitriol.)
    // So is a "By keeping blood calcium topped up, calcitriol ..." or "Whereas PTH ..., calcitonin ..."
    // lead-in: it says how, or names a foil, not who the sentence is about.
    const leadEnd = leadInEnd(body, features.tokens);
    const first = lexicon.firstTracked(features.conditional.size || leadEnd ? features.concepts.filter((c) => !features.conditional.has(c.start) && c.start >= leadEnd) : features.concepts) ?? lexicon.firstTracked(features.concepts);
    // "The kidneys have turned calcidiol into calcitriol. It then raises ...": what a conversion
    // makes, rather than what it used up, is what the next sentence goes on about.
    const main = first !== undefined && features.movement.get(first) === -1 ? (productOf(features.movement) ?? first) : first;
    const named = features.concepts.map((c) => c.id);
    const mentioned = named.length ? mainFirst(main, named) : [...antecedents];
    // "... turning calcidiol into calcitriol. Magnesium is needed for both steps": a conversion told
    // by its movement, with no word for it, is still a step the next sentence may refer back to.
    if (features.movement.size > 1 && conversionIds.length && movesBothWays(features.movement) && !features.concepts.some((c) => lexicon.concepts.get(c.id)?.category === 'process')) mentioned.push(conversionIds[0]);
    if (!detectClaim(body, kind, features, lexicon).isClaim) return { isClaim: false, mentioned };
    const corrected = BUT_OR_MYTH.test(body) ? readCorrectedBelief(body) : null;
    const byParts = corrected ? judgeCorrectedBelief(corrected, antecedents) : body.includes('; ') ? judgeClauses(body, features, antecedents) : undefined;
    return { isClaim: true, claim: judgeSentence(text, features, cited, byParts ?? undefined), mentioned };
  }

  /**
   * "People assume the D3 in tablets is already active, but it isn't": the belief is judged, and
   * the sentence gets the opposite verdict (denying an overstatement agrees with the evidence).
   * "..., but it's actually still inactive": the correction is judged, referring back to the belief.
   * Undefined when neither part matches a claim: the sentence is then judged whole.
   */
  function judgeCorrectedBelief(corrected: CorrectedBelief, antecedents: readonly string[]): ReturnType<typeof judge> | undefined {
    const belief = readSentence(corrected.belief, lexicon, antecedents);
    if (corrected.denied) {
      const judged = belief.tracked ? judge(index, belief, lexicon) : null;
      if (!judged) return undefined;
      const verdict = DENIED_BELIEF_VERDICT[judged.decision.verdict];
      return { match: judged.match, decision: { ...judged.decision, verdict, reason: `sentence denies a belief that is ${judged.decision.verdict} (${judged.decision.reason})` } };
    }
    const named = belief.concepts.map((c) => c.id);
    const correction = readSentence(corrected.correction, lexicon, named.length ? mainFirst(lexicon.firstTracked(belief.concepts), named) : antecedents);
    return (correction.tracked && judge(index, correction, lexicon)) || undefined;
  }

  /**
   * "Calcium that is not steered into bone does not simply disappear; when magnesium is lacking, it
   * can settle in the arteries": clauses joined by a semicolon each say something. The sentence is
   * judged whole, unless that finds nothing, or finds a contradiction that no clause read on its
   * own bears out (it came from reading one clause's words into the other's): then the clause
   * that best matches a claim speaks for it.
   */
  function judgeClauses(body: string, whole: SentenceFeatures, antecedents: readonly string[]): ReturnType<typeof judge> {
    const wholeJudged = judge(index, whole, lexicon);
    if (wholeJudged && wholeJudged.decision.verdict !== 'contradicted') return wholeJudged;
    let previous = antecedents;
    let best: ReturnType<typeof judge> = null;
    for (const part of body.split(/;\s+/)) {
      const f = readSentence(part, lexicon, previous);
      if (f.concepts.length) previous = mainFirst(lexicon.firstTracked(f.concepts), f.concepts.map((c) => c.id));
      if (!f.tracked) continue;
      const judged = judge(index, f, lexicon);
      if (!judged) continue;
      if (judged.decision.verdict === 'contradicted') return wholeJudged ?? judged;
      if (!best || judged.match.score > best.match.score) best = judged;
    }
    return best ?? wholeJudged;
  }

  /**
   * The text to read for a sentence with a leading label: a glossary line ("PTH: Raises blood
   * calcium") as the sentence it stands for, else what follows the label when that names something
   * tracked itself, else the text as it is; null for a caption or credit ("Photo: ..."), which
   * asserts nothing.
   */
  function readableText(original: string, cell?: TableCellContext): string | null {
    // "—" in a table cell (read with its row's subject) says there is nothing there.
    if (!startsWithAsciiLetterOrDigit(original) && !HAS_LETTER_OR_DIGIT.test(original)) return null;
    const rowHeader = cell?.rowHeader;
    const tracked = (s: string) => lexicon.firstTracked(lexicon.find(tokenize(s))) !== undefined;
    // "Low Mg → PTH climbs": an arrow in notes says "leads to". Wiki-style markers after the last
    // word ("...bone.[2]", "[citation needed]") are not words of the sentence ("needed" is no need).
    const withoutMarkers = original.endsWith(']') ? original.replace(TRAILING_MARKERS, '$1') : original;
    // "(a chemist would say hydroxylated, though you need not remember the word)": the writer's
    // aside to the reader, in brackets, is not part of what the sentence asserts.
    const unmarked = withoutMarkers.includes('(') ? withoutMarkers.replace(ASIDE_TO_READER, '') : withoutMarkers;
    const arrowsRead = MAY_HOLD_ARROW.test(unmarked) ? unmarked.replace(ARROW, ' leads to ') : unmarked;
    // "the vitamin D you make in the sun is ready to use straight away": ready to use is active.
    const text = arrowsRead.includes('ready') && READY_TO_USE.test(arrowsRead) ? arrowsRead.replace(READY_TO_USE, 'active') : arrowsRead;
    // "| Magnesium | None | 200 mg glycinate |" under product columns: what each product holds.
    if (rowHeader && cell?.columnHeader && isProductCell(cell.columnHeader, text)) return null;
    if (rowHeader && (isPracticalCell(text) || isDoseOrMealCell(text))) return null;
    // "| Calcitonin | Moves calcium out of the bloodstream |": the row's first cell is the subject.
    if (rowHeader && tracked(rowHeader)) {
      const row = glossaryAsSentence(rowHeader, cell?.columnHeader ? cellWithColumnHeader(cell.columnHeader, text) : text);
      if (row) return row;
    }
    // "It doesn't, because stress drains magnesium": a short reply to what was just said, and the
    // reason given for it, which is what can be checked (and "Nobody denies that X" asserts X).
    // "..., which is why I'm on calcium carbonate plus calcitriol": the writer's own story after the
    // claim is not part of what it asserts.
    if (text.includes(',') && WRITERS_SEQUEL.test(text)) return readableText(text.replace(WRITERS_SEQUEL, '.'), cell);
    const reason = reasonAfterReply(text);
    if (reason !== null && tracked(reason)) return reason;
    const split = splitLeadingLabel(text);
    if (!split) return text;
    // "Magnesium glycerophosphate 4 mmol tablets: two tablets twice a day": a dose, not a claim.
    if (META_LABEL.test(split.label) || isPracticalCell(split.body)) return null;
    // The label is the subject when it names something ("Osteoporosis risk: higher with low magnesium").
    // "About a quarter: the share of the body's magnesium stored in bone": a figure as the label
    // is what the rest is said to be.
    // (Not a time stamp, "12:40 — Why your D3 ...", nor a label that names something itself.)
    const named = lexicon.find(tokenize(split.label)).length > 0;
    if (!named && !TIME_STAMP.test(split.label) && extractQuantities(split.label).length) return text;
    // "Calcium falls: the glands release more PTH": the change is when the rest happens.
    const condition = named ? conditionFromLabel(split.label, split.body) : null;
    if (condition) return condition;
    const glossary = named ? glossaryAsSentence(split.label, split.body) : null;
    if (glossary) return glossary;
    if (!tracked(split.body)) return text;
    // "HANNAH: It doesn't, because stress drains magnesium": a speaker's reply.
    return reasonAfterReply(split.body) ?? split.body;
  }

  function judgeSentence(text: string, features: SentenceFeatures, cited: boolean, byClauses?: ReturnType<typeof judge>): NonNullable<SentenceCheck['claim']> {
    const judged = byClauses !== undefined ? byClauses : judge(index, features, lexicon);
    if (!judged) {
      return { text, verdict: 'unverified', claimId: null, claim: null, cited, evidence: [], message: verdictMessage('unverified', null, cited), reason: 'no claim in the database matches', score: 0 };
    }
    const { match, decision } = judged;
    const claim = match.compiled.claim;
    const { verdict, reason } = decision;
    return {
      text,
      verdict,
      claimId: claim.id,
      claim,
      cited,
      evidence: evidenceInOrder(claim),
      message: verdictMessage(verdict, claim, cited),
      reason,
      score: Math.round(match.score * 1000) / 1000,
    };
  }

  function wordsOf(text: string): WordsRead {
    const tokens = tokenize(text);
    return { text, tokens, concepts: lexicon.find(tokens, text) };
  }

  /**
   * The block's claims, offsets relative to `blockStart` and strings detached (what the cache keeps).
   * `before`: what the segment before handed on, when this one may refer back to it (claimsOf).
   */
  function analyzeSegment(segment: ProseSegment, blockStart: number, asHeading: boolean, before: readonly string[]): CachedSegment {
    const kind = asHeading ? 'heading' : segment.kind;
    const sentences = splitSentences(segment);
    const out: CheckedClaim[] = [];
    // A lead-in like "**It switches vitamin D on.** Magnesium is needed ..." refers forward.
    // Kept for checkSentence, which reads the same text in most sentences, rather than tokenized twice.
    const second = sentences.length > 1 ? wordsOf(sentences[1].text) : undefined;
    const firstMain = second ? lexicon.firstTracked(second.concepts) : undefined;
    // Prose may open by referring back to the segment before it ("### Calcitriol" then "It helps your
    // gut absorb calcium"), with a pronoun at its start, after a speaker's label if any: "This month
    // ..." or "These notes ..." do not. (A heading starts afresh.)
    const refersBack = before.length > 0 && sentences.length > 0 && OPENING_PRONOUN.test(sentences[0].text);
    let antecedents: readonly string[] = refersBack ? before : firstMain ? [firstMain] : [];
    const segmentEnd = segment.blockRange.end + 1;
    // Looked up by position instead of filtering every citation for every sentence: a pasted
    // paragraph of thousands of cited sentences was quadratic (minutes for 1 MB).
    const marks = new CitationLookup(segment.citations);
    const only = sentences.map((s) => citationOnly(s, segment, marks));
    sentences.forEach((sentence, i) => {
      if (only[i] || isLinkTitle(sentence.range, segment)) return;
      // A sentence owns the citations up to the next real sentence, so "... bone. ([MgHealth](url))" counts.
      let j = i + 1;
      while (j < sentences.length && only[j]) j++;
      const next = sentences[j]?.range.start ?? segmentEnd;
      const citations = marks.startingIn(sentence.range.start, next);
      const check = checkSentence(tidy(sentence.text), kind, citations.length > 0, antecedents, segment, i === 1 ? second : undefined);
      antecedents = check.mentioned;
      if (check.claim) out.push(cachedClaim(check.claim, sentence.range, citations, segment.kind, -blockStart));
    });
    return { claims: out, mentioned: antecedents };
  }

  /** "[PTH explained in five minutes](...)": a sentence that is all link text is a title, not a claim. */
  function isLinkTitle(range: OffsetRange, segment: ProseSegment): boolean {
    for (const c of segment.citations) if (c.kind === 'link' && c.range.start <= range.start && c.range.end >= range.end) return true;
    return false;
  }

  /** `read`: what the segment before handed on, when this one may refer back to it (else nothing). */
  function cachedSegment(text: string, segment: ProseSegment, read: readonly string[]): CachedSegment {
    // The whole block is the key (citations after the last word are part of it); results are
    // stored relative to the block start so an unchanged paragraph that moved is reused.
    const start = segment.blockRange.start;
    // Detached: V8 keeps a concatenation as a tree of its parts and hashes it without copying, so a
    // key holding a slice of the document would pin that whole version of it while it is cached.
    const key = detach(`${segment.kind}\u0000${segment.offsets[0] - start}\u0000${text.slice(start, segment.blockRange.end)}\u0000${segment.text}\u0000${segment.rowHeader ?? ''}\u0000${segment.columnHeader ?? ''}\u0000${read.join(' ')}`);
    let rel = cache.get(key);
    if (rel) {
      cache.delete(key); // refresh its place in the LRU order
    } else {
      // Detached strings: a slice of the document would keep that whole version of it alive.
      rel = analyzeSegment(segment, start, isHeadingLike(text, segment), read);
      cacheWeight += weightOf(key, rel);
    }
    cache.set(key, rel);
    while (cache.size > CACHE_LIMIT || (cacheWeight > CACHE_WEIGHT_LIMIT && cache.size > 0)) {
      const [oldKey, oldSegment] = cache.entries().next().value as [string, CachedSegment];
      cache.delete(oldKey);
      cacheWeight -= weightOf(oldKey, oldSegment);
    }
    return { claims: rel.claims.map((c) => shiftClaim(c, start)), mentioned: rel.mentioned };
  }

  /** Why a text is not analysed at all, as the analysis to return; null when it is fine. */
  function skipped(text: string, options: AnalyzeOptions, changed?: { from: number; to: number }): DocumentAnalysis | null {
    const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
    if (text.length > maxSize) {
      return { claims: [], suppressed: [], skipped: { reason: `document is ${Math.ceil(text.length / 1024)} KB, over the ${Math.round(maxSize / 1024)} KB limit` } };
    }
    if (changed ? text.slice(changed.from, changed.to).includes('\u0000') : text.includes('\u0000')) {
      return { claims: [], suppressed: [], skipped: { reason: 'document looks binary (it contains NUL characters)' } };
    }
    return null;
  }

  /**
   * `before`: what the segment before handed on (see SegmentClaims.handedOn), read only when this
   * one opens with a pronoun ("### Calcitriol" then "It helps your gut absorb calcium").
   */
  function claimsOf(text: string, segment: ProseSegment, before: readonly string[] = NOTHING): SegmentClaims {
    if (isReferenceDefinition(text, segment)) return { claims: [], handedOn: NOTHING, readsBefore: false };
    // Only what the segment reads is part of its cache key: an edit to the paragraph before one
    // that does not open with a pronoun leaves it as it was. (The pronoun test first: it is cheap
    // and rarely passes.)
    const readsBefore = OPENING_PRONOUN.test(segment.text) && !isHeadingLike(text, segment);
    const checked = cachedSegment(text, segment, readsBefore ? before : NOTHING);
    return { claims: checked.claims, handedOn: checked.mentioned, readsBefore };
  }

  /** A heading, or a paragraph set as one ("**Magnesium and bones**" on its own line). */
  function isHeadingLike(text: string, segment: ProseSegment): boolean {
    return segment.kind === 'heading' || (segment.kind === 'paragraph' && isPseudoHeading(text.slice(segment.blockRange.start, segment.blockRange.end)));
  }

  function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
    const skip = skipped(text, options);
    if (skip) return skip;
    const prose = extractProse(text);
    const all: CheckedClaim[] = [];
    let before: readonly string[] = NOTHING;
    for (const segment of prose.segments) {
      const checked = claimsOf(text, segment, before);
      all.push(...checked.claims);
      before = checked.handedOn;
    }
    return applyDirectives(text, all, prose.directives);
  }

  function openDocument(text: string, options: AnalyzeOptions = {}): DocumentSession {
    return openSession({ skipped: (t, changed) => skipped(t, options, changed), claimsOf }, text);
  }

  return { db, analyze, openDocument, checkSentence };
}

const NOTHING: readonly string[] = [];
/** ", which is why I'm ...", ", so I take ...": what the writer does about what the sentence says. */
const WRITERS_SEQUEL = /,\s*(?:which is why|that's why|that’s why|and that's why|so)\s+(?:i|i'm|i’m|i've|i’ve|i'd|i’d|we|we're|we’re|my)\b[^,;]*$/i;
/** Said of vitamin D, the same as "active". */
const READY_TO_USE = /\bready[- ]to[- ](?:use|go|work)\b|\bready[- ]made active\b|\bready for (?:the body|your body) to use\b/gi;
/** "It doesn't, because ...", "No, because ...": an elided reply and the reason that follows it. */
const ELIDED_REPLY = /^(?:(?:yes|no|yep|nope|exactly|right)|(?:it|that|they|this|he|she) (?:does|doesn't|doesn’t|is|isn't|isn’t|can|can't|can’t|will|won't|won’t|do|don't|don’t|did|didn't|didn’t|are|aren't|aren’t)(?: not)?(?: really| at all)?),\s+(?:because|since|as)\s+/i;
/** "Nobody on this bench denies that ...", "No one disputes that ...": the two denials cancel. */
const CONCEDED = /^(?:nobody|no one|no-one)(?: [^,.;:]{1,30}?)? (?:denies|disputes|doubts|questions|would deny|would dispute|is denying|is disputing)(?: that)?\s+/i;
/** A cheap gate before readCorrectedBelief: it needs a "but" or a denial at the start. */
const BUT_OR_MYTH = /\bbut\b|^it(?:'s|’s| is)|^there(?:'s|’s| is) no truth|\b(?:right|wrong|correct|spot on|mistaken|true)\W*$/i;
/** The verdict of a sentence that denies a belief, by the belief's verdict. */
const DENIED_BELIEF_VERDICT: Record<Verdict, Verdict> = { supported: 'contradicted', contradicted: 'supported', overstated: 'supported', disputed: 'disputed', unverified: 'unverified' };
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A bracketed aside inside a sentence that speaks to or of the reader or writer. */
const ASIDE_TO_READER = /(?<=\S)\s*\((?=[^()]*\b(?:you|your|we|our|us|I|I'm|I'd)\b)[^()]{0,200}\)/g;
/** A sentence opening with a pronoun that stands for what the heading above it names. */
const OPENING_PRONOUN = /^\s*(?:\*\*[^*]{1,30}:\*\*\s*|[A-Z][A-Za-z .]{0,30}:\s+)?(?:[*_]{1,2})?(?:It|Its|It's|It’s|They|Their|They're|They’re)\b/;
/**
 * "By keeping blood calcium topped up, ...", "Whereas PTH fires up osteoclasts, ...": a lead-in
 * that says how, or sets a foil beside the subject, up to its comma.
 */
const BY_GERUND_LEAD_IN = /^(?:And |But |So )?(?:By [a-z]+ing\b|Whereas\b|Whilst\b|While\b|Although\b|Though\b|Unlike\b)[^,;:]{0,120},/;
/** "12:40", "1:02:13": a time in a recording, not a figure. */
const TIME_STAMP = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/;
/** Most sentences start with a letter or digit: no need for the Unicode pattern above. */
function startsWithAsciiLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Whether something moves into a place and something out of one ("turning calcidiol into calcitriol"). */
/** "By keeping blood calcium topped up, ...": the index of the first token after such a lead-in, else 0. */
function leadInEnd(body: string, tokens: readonly Token[]): number {
  const m = BY_GERUND_LEAD_IN.exec(body);
  if (!m) return 0;
  const i = tokens.findIndex((t) => t.start >= m[0].length);
  return i < 0 ? 0 : i;
}

/** What a conversion makes: the one concept the sentence moves into (+1), if there is one. */
function productOf(movement: ReadonlyMap<string, number>): string | undefined {
  let product: string | undefined;
  for (const [id, way] of movement) {
    if (way !== 1) continue;
    if (product !== undefined) return undefined;
    product = id;
  }
  return product;
}

/**
 * What a sentence asserts after a short reply or a concession: "It doesn't, because X" and
 * "Nobody denies that X" assert X. Null when it opens with neither.
 */
function reasonAfterReply(text: string): string | null {
  const reply = ELIDED_REPLY.exec(text) ?? CONCEDED.exec(text);
  return reply ? text.slice(reply[0].length) : null;
}

function movesBothWays(movement: ReadonlyMap<string, number>): boolean {
  let into = false;
  let from = false;
  for (const way of movement.values()) {
    if (way === 1) into = true;
    else if (way === -1) from = true;
  }
  return into && from;
}

/** Bracketed markers after a sentence's terminator: "[1][2]", "[citation needed]". */
const TRAILING_MARKERS = /([.!?]["'”’)]*)(?:\[[^[\]]{1,40}\])+$/;
const ARROW = /\s*(?:→|⟶|->|=>)\s*/g;
/** A cheap test first: ARROW, which may start with spaces, is tried at every character of every sentence. */
const MAY_HOLD_ARROW = /[→⟶>]/;

/** Prose with markup removed can keep the spaces around it ("levels [@key]." -> "levels ."). */
function tidy(text: string): string {
  if (isTidy(text)) return text;
  // In one pass, what text.replace(/\s+/g, ' ').replace(/ ([.,;:!?)])/g, '$1').replace(/\( /g, '(')
  // .trim() gives (hard-wrapped paragraphs make many sentences untidy): each run of whitespace
  // becomes one space, or nothing at either end, before closing punctuation or after "(".
  let out = '';
  let from = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    out += text.slice(from, i);
    if (i > 0 && j < n && !CLOSING_OR_SPACE.has(text.charCodeAt(j)) && text.charCodeAt(i - 1) !== 0x28) out += ' ';
    from = j;
    i = j - 1;
  }
  return out + text.slice(from);
}

const isSpace = (code: number) => code === 0x20 || isOtherSpace(code);

/**
 * Whether tidy() would leave the text as it is (most sentences): no whitespace but single plain
 * spaces inside, none at either end, none before closing punctuation or after "(". Checked in one
 * pass because the three replacements above cost more than the rest of a plain sentence's reading.
 */
function isTidy(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1) return false;
      if (CLOSING_OR_SPACE.has(text.charCodeAt(i + 1)) || isOtherSpace(text.charCodeAt(i + 1))) return false;
    } else if (c === 0x28) {
      if (text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c < 0x21 || isOtherSpace(c)) {
      return false;
    }
  }
  return true;
}

/** Characters no space may come before in a tidy sentence: a space and closing punctuation. */
const CLOSING_OR_SPACE = new Set(Array.from(' .,;:!?)', (ch) => ch.charCodeAt(0)));

/** Whitespace other than a plain space (what /\s/ matches). */
function isOtherSpace(code: number): boolean {
  return code < 0x80 ? code >= 0x09 && code <= 0x0d : /\s/.test(String.fromCharCode(code));
}

/** A "sentence" that is only a citation, e.g. "([MgHealth](https://...))" after a full stop. */
function citationOnly(sentence: Sentence, segment: ProseSegment, marks: CitationLookup): boolean {
  const { start, end } = sentence.range;
  const inside = marks.startingIn(start, end + 2);
  if (!inside.length) return false;
  let rest = sentence.text;
  for (const c of inside) if (c.kind === 'link') rest = rest.replace(textOfLink(segment, c.range), '');
  return !/[\p{L}\p{N}]/u.test(rest);
}

function textOfLink(segment: ProseSegment, range: { start: number; end: number }): string {
  // Offsets never decrease along the segment: binary-search the link's first character.
  const { offsets, text } = segment;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < range.start) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  for (let i = lo; i < text.length && offsets[i] < range.end; i++) out += text[i];
  return out;
}

/** A segment's citations in source order, found by where they start. */
class CitationLookup {
  private readonly sorted: CitationMark[];

  constructor(citations: CitationMark[]) {
    this.sorted = citations.slice().sort((a, b) => a.range.start - b.range.start);
  }

  /** Citations starting in [from, to), in source order. */
  startingIn(from: number, to: number): CitationMark[] {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].range.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: CitationMark[] = [];
    for (let k = lo; k < s.length && s[k].range.start < to; k++) out.push(s[k]);
    return out;
  }
}

/**
 * Footnote definitions that are bibliography entries (a URL, DOI or PubMed id), and list items
 * that are entries of a source list (an emphasized title with its publisher), are not claims.
 */
function isReferenceDefinition(text: string, segment: ProseSegment): boolean {
  if (segment.kind === 'footnote') return looksLikeReference(text.slice(segment.blockRange.start, segment.blockRange.end));
  if (segment.kind === 'list-item') return looksLikeListedReference(text.slice(segment.blockRange.start, segment.blockRange.end));
  return false;
}

/**
 * A claim just checked as the cache keeps it, in one copy: offsets moved by `by`, strings detached.
 * Written out field by field (an object spread of a claim is several times slower) in the order
 * the spread gave, which JSON output follows.
 */
function cachedClaim(c: NonNullable<SentenceCheck['claim']>, range: { start: number; end: number }, citations: CitationMark[], kind: ProseKind, by: number): CheckedClaim {
  return {
    text: detach(c.text),
    verdict: c.verdict,
    claimId: c.claimId,
    claim: c.claim,
    cited: c.cited,
    evidence: c.evidence,
    // Messages are made from the database's claims (and kept per claim): they hold no document text.
    message: c.message,
    reason: detach(c.reason),
    score: c.score,
    range: { start: range.start + by, end: range.end + by },
    citations: citations.map((m) => ({ kind: m.kind, key: detach(m.key), range: { start: m.range.start + by, end: m.range.end + by } })),
    kind,
  };
}

/**
 * A claim's evidence, supporting items first: sorted once per database claim and shared by the
 * claims checked against it (cached claims already share it), not copied and sorted per sentence.
 */
const evidenceOrder = new WeakMap<ClaimT, EvidenceT[]>();
const STANCE_ORDER = { supports: 0, qualifies: 1, contradicts: 2 } as const;

function evidenceInOrder(claim: ClaimT): EvidenceT[] {
  let sorted = evidenceOrder.get(claim);
  if (!sorted) evidenceOrder.set(claim, (sorted = claim.evidence.slice().sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance])));
  return sorted;
}

/** The main concept first, then the other concepts named, each once. */
function mainFirst(main: string | undefined, named: readonly string[]): string[] {
  const out: string[] = main ? [main] : [];
  for (const id of named) if (!out.includes(id)) out.push(id);
  return out;
}
