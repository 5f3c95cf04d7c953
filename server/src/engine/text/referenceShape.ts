// Whether a footnote reads like a reference-list entry rather than a note. A writer's citation
// ("Dean C. 'Magnesium's Role in Osteoporosis'. EmpowHER, 2012.") names the tracked entities in
// its title, but asserts nothing: checking it would only produce "unverified" noise.

/** A link, DOI or PubMed id: a reference whatever else it says. */
const LOCATOR = /https?:\/\/|\bdoi\b|\bpmid\b/i;

/** Marks of a bibliographic entry: authors, years, titles in quotes, publication details. */
const BIBLIOGRAPHIC = [
  /\bet al\b/i,
  /\(\s*(?:19|20)\d{2}[a-z]?\s*\)/, // (2011)
  /^\s*[A-Z][\p{L}'-]+,?\s+(?:[A-Z]\.\s*){1,3}/u, // Dean C. / Smith, J. A.
  /\b(?:19|20)\d{2}\.?\s*$/, // ... EmpowHER, 2012.
  /["“‘][^"”’]{12,}["”’]/, // a quoted title
  /\b(?:vol\.|pp\.|no\.\s*\d|issue \d|retrieved|accessed|available at|published (?:in|by)|journal of)\b/i,
];

/** A footnote that is a reference: a locator, or at least two bibliographic marks. */
export function looksLikeReference(definition: string): boolean {
  if (LOCATOR.test(definition)) return true;
  const footnote = definition.replace(/^\s*\[\^[^\]]*\]:\s*/, '');
  let marks = 0;
  for (const re of BIBLIOGRAPHIC) if (re.test(footnote)) marks++;
  return marks >= 2;
}
