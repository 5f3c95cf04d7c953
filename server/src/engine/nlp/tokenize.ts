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

const TOKEN = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const raw = m[0].toLowerCase().replace('’', "'");
    const numeric = raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57;
    out.push({ raw, norm: numeric ? raw.replace(/,(?=\d{3}\b)/g, '') : stem(raw), start: m.index, end: m.index + m[0].length, numeric });
  }
  return out;
}

/**
 * A deliberately light stemmer: it only folds plural and possessive endings, so "bones",
 * "kidneys'" and "osteoblasts" meet their singular forms without conflating different words.
 */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is|ous|ics|ss)$/.test(w)) return w;
  if (w.endsWith('aches')) return w.slice(0, -1); // headaches, stomachaches
  if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Normalised token sequence of a phrase, for building lexicon and cue tables. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
