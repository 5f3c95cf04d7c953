// Sentence boundaries of ASCII text by the Unicode rules (UAX #29) that Intl.Segmenter applies,
// without the segmenter: most prose is ASCII, and creating the segmenter's iterator for every
// paragraph, heading and list item cost more than reading the words. Same starts as
// `[...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((p) => p.index)`
// (test/engine/asciiSentenceBreaks.test.ts checks that on generated text); null for text with a
// line break or a character above U+007F other than the few that typed prose is full of: curly
// quotes and apostrophes (Close), en and em dashes (SContinue) and the no-break space (Sp). The
// segmenter handles those texts; a process whose drafts never need it never builds it (about
// 9 ms, most of it loading its rules, at the language server's start).
//
// In such text without line breaks only "." (ATerm), "!" and "?" (STerm) can end a sentence. After
// one, the rules never break inside the following closing quotes and brackets (Close) and spaces
// (Sp); at the end of that run they break (SB11) unless:
//   SB6  "." is directly followed by a digit;
//   SB7  "." is between a letter and a directly following upper-case letter;
//   SB8  "." is followed (after any characters that are not letters or terminators) by a lower-case letter;
//   SB8a the run is followed by a terminator or by SContinue (, - : ;).

const enum Kind {
  Other,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
  Unsupported,
}

const KINDS = new Uint8Array(128).fill(Kind.Other);
KINDS.fill(Kind.Lower, 0x61, 0x7b);
KINDS.fill(Kind.Upper, 0x41, 0x5b);
KINDS.fill(Kind.Numeric, 0x30, 0x3a);
for (const c of '\t\u000b\u000c ') KINDS[c.charCodeAt(0)] = Kind.Sp;
KINDS[0x2e] = Kind.ATerm;
KINDS[0x21] = KINDS[0x3f] = Kind.STerm;
for (const c of '"\'()[]{}') KINDS[c.charCodeAt(0)] = Kind.Close;
for (const c of ',-:;') KINDS[c.charCodeAt(0)] = Kind.SContinue;
KINDS[0x0a] = KINDS[0x0d] = Kind.Unsupported;

/** The class of a UTF-16 code unit (the few supported above U+007F by hand). */
const kindOf = (c: number): Kind => {
  if (c < 128) return KINDS[c];
  switch (c) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
      return Kind.Close;
    case 0x2013: // –
    case 0x2014: // —
      return Kind.SContinue;
    case 0xa0: // no-break space
      return Kind.Sp;
    default:
      return Kind.Unsupported;
  }
};

/** Start offsets of the sentences of `text` (the first is 0), or null when the text is not supported (see above). */
export function asciiSentenceBreaks(text: string): number[] | null {
  const n = text.length;
  for (let i = 0; i < n; i++) if (kindOf(text.charCodeAt(i)) === Kind.Unsupported) return null;
  const starts = [0];
  for (let i = 0; i < n; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind !== Kind.ATerm && kind !== Kind.STerm) continue;
    let k = i + 1;
    while (k < n && kindOf(text.charCodeAt(k)) === Kind.Close) k++;
    while (k < n && kindOf(text.charCodeAt(k)) === Kind.Sp) k++;
    if (k >= n) break;
    const next = kindOf(text.charCodeAt(k));
    if (next === Kind.ATerm || next === Kind.STerm || next === Kind.SContinue) continue; // SB8a
    if (kind === Kind.ATerm) {
      if (k === i + 1 && next === Kind.Numeric) continue; // SB6
      if (k === i + 1 && next === Kind.Upper && i > 0 && isLetter(kindOf(text.charCodeAt(i - 1)))) continue; // SB7
      if (lowerFollows(text, k)) continue; // SB8
    }
    starts.push(k); // SB11
    i = k - 1;
  }
  return starts;
}

const isLetter = (kind: Kind) => kind === Kind.Lower || kind === Kind.Upper;

/** SB8: the first letter or terminator from `from` on is a lower-case letter. */
function lowerFollows(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const kind = kindOf(text.charCodeAt(k));
    if (kind === Kind.Lower) return true;
    if (kind === Kind.Upper || kind === Kind.ATerm || kind === Kind.STerm) return false;
  }
  return false;
}
