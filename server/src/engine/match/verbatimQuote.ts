import type { CompiledClaim } from './compiledClaim';

/**
 * Whether a sentence repeats, word for word, a passage the claim's evidence quotes in its support
 * ("Supplements may fail to increase active vitamin D levels, requiring magnesium supplementation
 * to correct the resistance."). Such a sentence says what the source says, however its wording
 * reads to the rules ("fail to" is no denial of the claim it supports).
 */
const MIN_LENGTH = 30;

const quotesByClaim = new WeakMap<CompiledClaim, string[]>();

/** Lower case, and every run of other characters (punctuation, curly quotes, accented letters) one space: the same on both sides. */
export function normalizedForQuote(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function supportingQuotes(c: CompiledClaim): string[] {
  let quotes = quotesByClaim.get(c);
  if (!quotes) {
    quotes = c.claim.evidence.filter((e) => e.stance === 'supports').map((e) => normalizedForQuote(e.quote)).filter((q) => q.length >= MIN_LENGTH);
    quotesByClaim.set(c, quotes);
  }
  return quotes;
}

/** `sentence` already normalized (normalizedForQuote). */
export function repeatsQuote(c: CompiledClaim, sentence: string): boolean {
  if (sentence.length < MIN_LENGTH) return false;
  for (const q of supportingQuotes(c)) if (sentence.includes(q) || q.includes(sentence)) return true;
  return false;
}
