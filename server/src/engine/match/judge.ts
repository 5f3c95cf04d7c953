// Picks the claim a sentence is about and its verdict. When the sentence contradicts the best
// match but a disputed claim fits it almost as well, the sentence is taking one side of a
// recorded disagreement: the honest verdict is "disputed", not "contradicted".
import { VAGUE_EFFECT_VERBS } from '../nlp/cues';
import { reportsDisagreement } from '../nlp/disagreement';
import { makers, PRODUCT_CATEGORIES } from '../nlp/makers';
import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { ClaimIndex } from './claimIndex';
import type { CompiledClaim } from './compiledClaim';
import { MATCH_THRESHOLD, rankMatches, scoreClaim, type Match } from './matcher';
import { onlyGlossed } from './appositive';
import { promisedByIntake } from './promisedByIntake';
import { statesDuration } from '../nlp/duration';
import { givesFigures, givesShare, givesSpan, isMeasuredFigure } from './evidenceFigures';
import { swappedRoles } from './swappedRoles';
import { wrongActivator } from './wrongActivator';
import { wrongStore } from './wrongStore';
import { wrongDefinition } from './wrongDefinition';
import { normalizedForQuote, repeatsQuote } from './verbatimQuote';
import { decideVerdict, substitutedActor, type VerdictDecision } from './verdict';


/** How far below the match threshold a claim that gives a ratio or a share may score for a sentence that gives one. */
const RATIO_REACH = 0.1;

/** A claim subject that is a share of people ("most people", "many women"). */
const PREVALENCE_SUBJECT = /^(?:most|many|the majority of|nearly all|almost all|few)\b/i;
/** Words that give how many have something. */
const PREVALENCE_WORDS = /\b(?:most|many|majority|minority|nearly all|almost all|few|percent|per cent|common|commonly|widespread|rare|rarely|everyone|everybody|nobody|half|a lot of|lots of|plenty of|millions|billions)\b|%/i;

/** How close a disputed claim's score must be to the best match to take over a contradiction. */
const DISPUTE_MARGIN = 0.1;

/** How close another claim's score must be to take over a contradiction reached through a broader concept. */
const BROADER_MARGIN = 0.2;

/** The sentence names some concept of the claim only by a broader one ("vitamin D" for "vitamin D supplements"). */
function onlyThroughBroader(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): boolean {
  return c.keys.some((k) => !s.conceptIds.has(k) && lexicon.ancestors(k).some((a) => s.conceptIds.has(a)));
}

/**
 * A claim on where something is made that the sentence gets wrong by naming another organ. It is
 * looked for among all candidates, not only those scoring above the match threshold: a sentence
 * that also says when it is made ("... whenever blood calcium drops") matches each claim only in part.
 */
function wrongMakerMatch(index: ClaimIndex, s: SentenceFeatures, lexicon: Lexicon): { match: Match; decision: VerdictDecision } | null {
  const madeBy = lexicon.idsIn('made by');
  if (!madeBy.some((id) => s.conceptIds.has(id))) return null;
  // Only the organ may differ: "calcidiol is made in the liver" says nothing of where calcitriol is made.
  // And the product must be what the sentence has made, not what it is made from ("... from calcidiol").
  const sameProduct = (c: CompiledClaim) => c.keys.every((k) => madeBy.includes(k) || lexicon.concepts.get(k)?.category === 'organ' || (s.conceptIds.has(k) && s.movement.get(k) !== -1));
  for (const c of index.candidates(s.conceptIds)) {
    if (!c.keys.some((k) => madeBy.includes(k)) || !sameProduct(c) || !substitutedActor(c, s, lexicon)) continue;
    const decision = decideVerdict(c, s, lexicon);
    if (decision.verdict === 'contradicted') return { match: { compiled: c, score: scoreClaim(index, c, s) }, decision };
  }
  return null;
}

/**
 * "Your kidneys turn it into calcidiol, and your liver then makes the active hormone": each organ
 * the sentence pairs with what it makes, against the claims on where that is made. Unlike
 * wrongMakerMatch, the sentence may name the right organ too, for something else.
 */
function wrongMakerPair(index: ClaimIndex, s: SentenceFeatures, lexicon: Lexicon): { match: Match; decision: VerdictDecision } | null {
  const conversionIds = lexicon.idsIn('convert');
  const pairs = makers(s.tokens, s.concepts, lexicon, conversionIds);
  if (!pairs.length) return null;
  const madeBy = lexicon.idsIn('made by');
  const category = (id: string) => lexicon.concepts.get(id)?.category;
  for (const c of index.candidates(s.conceptIds)) {
    if (!c.keys.some((k) => madeBy.includes(k) || conversionIds.includes(k))) continue;
    const organs = c.keys.filter((k) => category(k) === 'organ');
    if (organs.length !== 1) continue;
    // What the claim says the organ makes: not the form it starts from ("vitamin D3 into calcidiol").
    const products = c.keys.filter((k) => PRODUCT_CATEGORIES.has(category(k) ?? '') && c.movement.get(k) !== -1);
    for (const p of pairs) {
      if (p.organ === organs[0] || !products.some((k) => lexicon.near(k, p.product))) continue;
      if (pairs.some((q) => q.organ === organs[0] && lexicon.near(q.product, p.product))) continue;
      const decision: VerdictDecision = { verdict: 'contradicted', reason: `sentence says the ${p.organ} makes ${p.product}; sources say the ${organs[0]}` };
      return { match: { compiled: c, score: scoreClaim(index, c, s) }, decision };
    }
  }
  return null;
}

/** Cues that make X one cause among others, which is what the sources agree on. */
const CONTRIBUTING_CUES = new Set(['contribute to', 'contributes to', 'contributed to', 'contributing to', 'play role in', 'plays role in', 'played role in', 'playing role in', 'make worse', 'worsen', 'worsens', 'exacerbate', 'exacerbates', 'aggravate', 'aggravates', 'factor in', 'factor']);

function plainCause(s: SentenceFeatures): boolean {
  return s.relation === 'causes' && !s.negated && !CONTRIBUTING_CUES.has(s.relationCue ?? '');
}

/** Whether the claim is about a lack ("low magnesium ...") that the sentence states too. */
function statesLackOf(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): boolean {
  for (const [base, state] of c.states) {
    if (state !== -1) continue;
    const lack = lexicon.deficiencyFor.get(base);
    if (s.deficient.has(base) || s.needFromLack === base || (lack !== undefined && s.conceptIds.has(lack))) return true;
  }
  return false;
}

/** The sentence with the lack of `base` named as such (as "low magnesium" would name it). */
function withLackStated(s: SentenceFeatures, base: string, lexicon: Lexicon): SentenceFeatures {
  const lack = lexicon.deficiencyFor.get(base);
  if (!lack) return s;
  return { ...s, conceptIds: new Set([...s.conceptIds, lack]), deficient: new Set([...s.deficient, base]) };
}

/** How far below the best an alternative may score and still be looked at by the rules below. */
const ALTERNATIVE_REACH = 0.25;

/**
 * The ranking without the claims whose roles the sentence swaps (swappedRoles). Only claims that
 * the rules below may choose are looked at: the best and those within ALTERNATIVE_REACH of it.
 */
function withoutSwappedRoles(ranked: Match[], s: SentenceFeatures, lexicon: Lexicon): Match[] {
  const out: Match[] = [];
  for (const m of ranked) {
    if (out.length && m.score < out[0].score - ALTERNATIVE_REACH) out.push(m);
    else if (!swappedRoles(m.compiled, s, lexicon)) out.push(m);
  }
  return out;
}

/** The candidates `accept` picks that score at most RATIO_REACH below the match threshold, best first. */
function figureClaimsNear(index: ClaimIndex, s: SentenceFeatures, accept: (c: CompiledClaim) => boolean): Match[] {
  const out: Match[] = [];
  for (const c of index.candidates(s.conceptIds)) {
    if (!accept(c)) continue;
    const score = scoreClaim(index, c, s);
    if (score >= MATCH_THRESHOLD - RATIO_REACH) out.push({ compiled: c, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

export function judge(index: ClaimIndex, s: SentenceFeatures, lexicon: Lexicon): { match: Match; decision: VerdictDecision } | null {
  let ranked = withoutSwappedRoles(rankMatches(index, s), s, lexicon);
  // A definition glossed in an appositive is background (only a sentence without a relation has one to lose).
  if (s.relation === null) ranked = ranked.filter((m) => !onlyGlossed(m.compiled, s));
  // How long something lasts or takes: only a claim whose evidence gives a span of time speaks to it.
  if (ranked.length && statesDuration(s.text)) ranked = ranked.filter((m) => givesSpan(m.compiled));
  // "Only about 1% of your magnesium is in your blood": where a share of something is, only a
  // claim whose evidence gives a share speaks to it.
  if (ranked.length && s.relation === 'located-in' && s.quantities.some((q) => q.unit === '%')) ranked = ranked.filter((m) => givesShare(m.compiled));
  // "Take calcium and magnesium in a 2:1 ratio": a claim that gives a ratio is the one to check it against.
  // One a little below the match threshold still is: the figure is what the sentence is about
  // ("Dr Dean's rule: two parts calcium to one part magnesium").
  if (s.quantities.some((q) => q.unit === 'ratio')) {
    const withRatio = ranked.filter((m) => m.compiled.interval?.unit === 'ratio');
    if (withRatio.length) {
      if (ranked.length > 1) ranked = withRatio;
    } else {
      // Only when the sentence names nothing but the ratio and what it is between: "most
      // supplements on the shelf use a 2:1 ratio" is about products, not the claim.
      const onlyTheRatio = (c: CompiledClaim) => [...s.conceptIds].every((id) => c.keys.includes(id) || lexicon.concepts.get(id)?.category === 'mineral');
      const reached = figureClaimsNear(index, s, (c) => c.interval?.unit === 'ratio' && onlyTheRatio(c));
      if (reached.length) ranked = reached;
    }
  }
  // "Only around a quarter of the body's magnesium is held in the skeleton, the remainder being
  // spread between muscle and soft tissue": a share said of the same relation as a claim that
  // gives a share is checked against it, a little below the threshold too (the rest of the
  // sentence may name more).
  if (!ranked.length && s.relation && s.quantities.some((q) => q.unit === '%')) {
    const reached = figureClaimsNear(index, s, (c) => c.interval?.unit === '%' && c.claim.relation === s.relation);
    if (reached.length) ranked = reached;
  }
  // "Magnesium is a cofactor for more than 300 enzymes": a figure no source of the claim gives
  // cannot be checked against it.
  // (Only a measured figure: a dose, a level, a share, a count of enzymes; "100%" is a universal.)
  if (ranked.length && s.quantities.some(isMeasuredFigure)) ranked = ranked.filter((m) => m.compiled.interval !== null || givesFigures(m.compiled));
  // "In people with a severe magnesium deficiency, supplements may fail": naming people with a lack
  // says nothing of how many have it; a claim about most people is checked only against a sentence
  // that gives a prevalence.
  if (ranked.some((m) => PREVALENCE_SUBJECT.test(m.compiled.claim.subject)) && !PREVALENCE_WORDS.test(s.text)) ranked = ranked.filter((m) => !PREVALENCE_SUBJECT.test(m.compiled.claim.subject));
  const best = ranked[0];
  if (!best) return wrongMakerMatch(index, s, lexicon) ?? wrongStore(index, s, lexicon) ?? wrongDefinition(index, s, lexicon) ?? promisedByIntake(index, s, lexicon);
  const decision = decideVerdict(best.compiled, s, lexicon);
  // A sentence that repeats a supporting quote says what the source says: whatever the rules read
  // into its wording ("may fail to"), it does not contradict that claim. (Looked for only when
  // the sentence would be contradicted: normalizing every sentence showed in the profile.) It can
  // still say it more strongly than the claim's evidence as a whole allows (a digest's headline).
  if (decision.verdict === 'contradicted') {
    const said = normalizedForQuote(s.text);
    const quoted = ranked.find((m) => repeatsQuote(m.compiled, said));
    if (quoted) {
      const alt = quoted === best ? decision : decideVerdict(quoted.compiled, s, lexicon);
      return { match: quoted, decision: alt.verdict === 'contradicted' ? { verdict: 'supported', reason: "repeats the source's own words" } : alt };
    }
  }
  // "Magnesium may help the body use vitamin D" is not a denial that vitamin D *supplements*
  // deplete magnesium: a contradiction that rests only on a vague verb ("helps", "supports") and
  // reaches the claim through a broader concept yields to a close claim the sentence agrees with.
  if (decision.verdict === 'contradicted' && VAGUE_EFFECT_VERBS.has(s.relationCue ?? '') && onlyThroughBroader(best.compiled, s, lexicon)) {
    for (const m of ranked) {
      if (m === best || m.score < best.score - BROADER_MARGIN) continue;
      const alt = decideVerdict(m.compiled, s, lexicon);
      if (alt.verdict !== 'contradicted') return { match: m, decision: alt };
    }
  }
  // "Your thyroid releases PTH when blood calcium dips": naming the wrong maker is an error whatever
  // else the sentence gets right, so a claim on where it is made that names another organ wins.
  if (decision.verdict !== 'contradicted') {
    const wrongMaker = wrongMakerMatch(index, s, lexicon) ?? wrongMakerPair(index, s, lexicon) ?? wrongActivator(index, s, lexicon) ?? wrongStore(index, s, lexicon) ?? wrongDefinition(index, s, lexicon);
    if (wrongMaker) return wrongMaker;
  }
  if (decision.verdict === 'contradicted') {
    const disputed = ranked.find((m) => m !== best && m.compiled.claim.status === 'disputed' && m.score >= best.score - DISPUTE_MARGIN);
    if (disputed) {
      const alt = decideVerdict(disputed.compiled, s, lexicon);
      if (alt.verdict === 'disputed') return { match: disputed, decision: alt };
    }
  }
  // "Magnesium deficiency can lead to hypoparathyroidism": where the sources agree that X can
  // contribute to Y but dispute that it causes it, a plain cause takes a side of the dispute.
  if (decision.verdict === 'supported' && plainCause(s)) {
    const keys = best.compiled.keys;
    const disputed = ranked.find((m) => m !== best && m.compiled.claim.status === 'disputed' && m.compiled.claim.relation === 'causes' && keys.every((k) => m.compiled.keys.includes(k)));
    if (disputed) {
      const alt = decideVerdict(disputed.compiled, s, lexicon);
      if (alt.verdict === 'disputed') return { match: disputed, decision: alt };
    }
  }
  // "Low Mg -> PTH release down (the glands need Mg to secrete it)": besides what the sources agree
  // on, the sentence states a lack whose effect they dispute, and that is what it must be checked on.
  if (decision.verdict === 'supported' && !statesLackOf(best.compiled, s, lexicon)) {
    // "When magnesium is low, the glands can't release enough PTH" is read as a need; the lack
    // it states is looked for as such.
    const read = s.needFromLack ? withLackStated(s, s.needFromLack, lexicon) : s;
    const candidates = read === s ? ranked : rankMatches(index, read);
    // It must name what the lack is disputed to move ("PTH"), not only something broader ("calcium").
    const disputed = candidates.find((m) => m.compiled !== best.compiled && m.compiled.claim.status === 'disputed' && m.score >= best.score - ALTERNATIVE_REACH && statesLackOf(m.compiled, read, lexicon) && m.compiled.objectIds.every((id) => read.conceptIds.has(id)));
    if (disputed) {
      const alt = decideVerdict(disputed.compiled, read, lexicon);
      if (alt.verdict === 'disputed') return { match: disputed, decision: alt };
    }
  }
  // "Some say X can cause it, others that it only contributes": reporting the disagreement the
  // database records on the same pair of concepts is taking no side.
  if (decision.verdict !== 'disputed' && reportsDisagreement(s.tokens)) {
    const keys = best.compiled.keys;
    const disputed = ranked.find((m) => m.compiled.claim.status === 'disputed' && keys.every((k) => m.compiled.keys.includes(k)));
    if (disputed) {
      const alt = decideVerdict(disputed.compiled, s, lexicon);
      if (alt.verdict === 'disputed') return { match: disputed, decision: alt };
    }
  }
  return { match: best, decision };
}
