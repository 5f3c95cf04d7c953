// Word tokens with their positions in the sentence text. Letters and digits are split apart
// ("D3" -> "d", "3"; "1,25(OH)2D" -> "1", "25", "oh", "2", "d") so the many spellings of
// vitamin D notations normalise to the same token sequence.

export interface Token {
  /** Lower-case surface form (apostrophes normalised). */
  raw: string;
  /** Normalised form used for matching: lower case, plural endings removed. */
  norm: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  /** True when the token is a number. */
  numeric: boolean;
}

/**
 * Tokens are the matches of the global pattern [A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*,
 * scanned by hand because this runs over every sentence and a regex match allocates an array per token.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j: number;
    if (isWordLetter(c)) {
      j = i + 1;
      while (j < n && isWordLetter(text.charCodeAt(j))) j++;
      const q = text.charCodeAt(j);
      if ((q === 0x27 || q === 0x2019) && j + 1 < n && isAsciiLetter(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
      }
    } else if (isDigit(c)) {
      j = i + 1;
      for (;;) {
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 0x2e || sep === 0x2c) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 1;
        else break;
      }
    } else {
      i++;
      continue;
    }
    out.push(makeToken(text.slice(i, j), i, j));
    i = j;
  }
  return out;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordLetter = (c: number) => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f);
const isDigit = (c: number) => c >= 48 && c <= 57;

function isLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

function makeToken(surface: string, start: number, end: number): Token {
  // "Mg" is the element in writers' shorthand ("low Mg"); "mg" is the unit. Only the case tells.
  if (surface === 'Mg') return { raw: 'mg', norm: 'magnesium', start, end, numeric: false };
  // Most words are already lower-case ASCII: toLowerCase() was a third of tokenizing (a slow path
  // on the two-byte strings a document with one curly quote is made of).
  const plain = isLowerAscii(surface);
  let raw = plain ? surface : surface.toLowerCase();
  if (!plain && raw.includes('’')) raw = raw.replace('’', "'");
  const numeric = raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57;
  return { raw, norm: numeric ? (raw.includes(',') ? raw.replace(/,(?=\d{3}\b)/g, '') : raw) : stem(raw), start, end, numeric };
}

/**
 * A deliberately light stemmer: it only folds plural and possessive endings, so "bones",
 * "kidneys'" and "osteoblasts" meet their singular forms without conflating different words.
 */
export function stem(word: string): string {
  // Every rule below needs a final "s".
  if (!word.endsWith('s')) return word;
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ics')) return w;
  if (w.endsWith('aches')) return w.slice(0, -1); // headaches, stomachaches
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes')) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Normalised token sequence of a phrase, for building lexicon and cue tables. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
