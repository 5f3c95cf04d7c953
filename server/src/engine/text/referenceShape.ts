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
  // Where a quote comes from: "Quoted in 'Magnesium's Role in Osteoporosis'".
  /\b(?:quoted in|cited in|adapted from|reprinted from|excerpted from)\b/i,
  // What kind of publication it is: "undated Q&A page", "study digest", "(compiled abstracts)".
  /\b(?:undated|n\.\s?d\.)/i,
  /\b(?:q&a page|web ?page|press release|study digest|fact ?sheet|patient leaflet)\b/i,
  /\(\s*(?:compiled abstracts|abstracts?|summary|summaries|review|editorial)\s*\)/i,
];

/** A footnote that is a reference: a locator, or at least two bibliographic marks. */
export function looksLikeReference(definition: string): boolean {
  if (LOCATOR.test(definition)) return true;
  const footnote = definition.replace(/^\s*\[\^[^\]]*\]:\s*/, '');
  let marks = 0;
  for (const re of BIBLIOGRAPHIC) if (re.test(footnote)) marks++;
  return marks >= 2;
}

/** A list item's marker ("- ", "2. "). */
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
/**
 * A title in emphasis, as reference lists set them: *Magnesium's Role in Osteoporosis*. The marks
 * must open and close emphasis ("**Support.** The enzymes ... (User:Ostrander_K)" has none between
 * a bold label's closing marks and an underscore inside a link).
 */
const EMPHASIZED_TITLE = /(?<![\w*_])(?:\*{1,2}|_{1,2})(?=[^\s*_])[^*_\n]{12,}(?<=[^\s*_])(?:\*{1,2}|_{1,2})(?![\w*_])/;
/** The whole item is one emphasized title (a period after it at most). */
const ONLY_A_TITLE = /^(?:\*{1,2}|_{1,2})[^*_\n]+(?:\*{1,2}|_{1,2})\.?\s*$/;
/** A title in quotes, as reference lists in wiki style set them. */
const QUOTED_TITLE = /["\u201c][^"\u201d\n]{12,}["\u201d]/;
/** "EmpowHER, *Title*": a publisher or author before the title. */
const SOURCE_THEN_TITLE = /^[^,*_\n]{2,60},\s*\[?(?:\*{1,2}|_{1,2})/;
/** "..., quoting Dr. Dean", "(2017)", "via": how an entry names where it comes from. */
const ENTRY_DETAILS = /\b(?:quoting|quoted in|via|retrieved|accessed)\b|\(\s*(?:19|20)\d{2}\s*\)/i;

/**
 * A list item that is an entry of a reading or source list rather than prose: a title in
 * emphasis, alone or with its publisher, author or year ("2. EmpowHER, *Magnesium's Role in
 * Osteoporosis*, quoting Dr. Carolyn Dean."). Its title names tracked entities but asserts nothing.
 */
export function looksLikeListedReference(item: string): boolean {
  const body = item.replace(LIST_MARKER, '');
  if (ONLY_A_TITLE.test(body)) return true;
  // '2. "The Core Connection". Retrieved 4 March 2025.': a title in quotes, with where it was found.
  if (QUOTED_TITLE.test(body)) return ENTRY_DETAILS.test(body);
  if (!EMPHASIZED_TITLE.test(body)) return false;
  return SOURCE_THEN_TITLE.test(body) || ENTRY_DETAILS.test(body) || looksLikeReference(body);
}
