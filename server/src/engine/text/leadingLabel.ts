// "Impact of magnesium deficiency: Magnesium is essential for ..." — a short label before a colon
// names the topic of what follows; it is not part of the assertion. Reading it with the sentence
// gave "magnesium deficiency" to a statement about magnesium itself.

/** Longest label, in words, that is read as a label rather than a clause. */
const MAX_LABEL_WORDS = 6;
/** The assertion after the label must be a clause of its own, not a word or two. */
const MIN_BODY_WORDS = 3;

/** The text after a short leading label ("Summary: ", "Impact of low magnesium: "), or the text itself. */
export function withoutLeadingLabel(text: string): string {
  const colon = text.indexOf(': ');
  if (colon <= 0) return text;
  const label = text.slice(0, colon);
  const body = text.slice(colon + 2).trimStart();
  if (!/^[A-Z0-9]/.test(body)) return text;
  if (/[.!?;]/.test(label)) return text;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (words(label) > MAX_LABEL_WORDS || words(body) < MIN_BODY_WORDS) return text;
  return body;
}
