// Splits a prose segment into sentences: Intl.Segmenter (Unicode UAX #29 rules) followed by a
// merge step for the places where those rules break too eagerly in health writing: titles and
// abbreviations before capitalized words ("Dr. Smith", "e.g. Magnesium"), dotted initialisms
// ("U.S."), and fragments with no words of their own (a stray ")" after a citation).
import type { ProseSegment, Sentence } from '../types';
import { asciiSentenceBreaks } from './asciiSentenceBreaks';

/** Built on first use: loading its rules took about 9 ms of the language server's start, and most drafts never need it. */
let segmenter: Intl.Segmenter | null = null;

/** Abbreviations after which a capitalized word does not start a new sentence (lower case, with the dot). */
const ABBREVIATIONS = new Set([
  'e.g.', 'i.e.', 'cf.', 'vs.', 'viz.', 'approx.', 'ca.', 'al.', 'fig.', 'figs.', 'tab.', 'eq.', 'ref.', 'refs.',
  'vol.', 'p.', 'pp.', 'ch.', 'sec.', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'st.', 'jr.', 'sr.',
  'mg.', 'mcg.', 'incl.', 'est.', 'min.', 'max.', 'dept.', 'univ.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.',
  'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

/** "No. 5" is a number; "No. PTH is made ..." and "the answer is no. Magnesium ..." end a sentence. */
const BEFORE_NUMBERS = new Set(['no.', 'nos.']);

/** Abbreviations that also end sentences: only joined when the next part does not start a capitalized word. */
const SOMETIMES_FINAL = new Set(['etc.']);

const WORD_OPENERS = '([{"\'\u2018\u201c';
const DOTTED_INITIALISM = /^(?:[A-Za-z]\.){2,}$/;
const ENDS_WITH_NUMBER_DOT = /\d\.$/;
const STARTS_WITH_DIGIT = /^\d/;
const STARTS_CAPITALIZED = /^[\p{Lu}\p{Lt}]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

export function splitSentences(segment: ProseSegment): Sentence[] {
  const text = segment.text;
  if (text.length === 0) return [];
  // Line breaks inside a block are hard wraps, not paragraph ends (UAX #29 would always break there).
  const flat = text.replace(/[\n\r\u2028\u2029\u0085]/g, ' ');
  const bounds = withCitationMarkersKept(flat, withLowerCaseBreaks(text, sentenceStarts(flat)));
  bounds.push(flat.length);

  const sentences: Sentence[] = [];
  let groupStart = bounds[0];
  let groupHasWord = false;
  for (let k = 1; k < bounds.length; k++) {
    const end = bounds[k];
    const piece = flat.slice(bounds[k - 1], end);
    groupHasWord ||= HAS_WORD.test(piece);
    // A group without words yet (leading punctuation) always continues into the next piece.
    if (k < bounds.length - 1 && (!groupHasWord || shouldJoin(piece, flat.slice(end, bounds[k + 1])))) continue;
    const sentence = makeSentence(segment, groupStart, end);
    if (sentence) sentences.push(...splitLeadingCitation(segment, sentence));
    groupStart = end;
    groupHasWord = false;
  }
  return sentences;
}

/**
 * "... bones. ([Title](url)) More text." The segmenter puts the parenthetical citation at the start
 * of the next sentence, where it would be that sentence's citation (and its title that sentence's
 * words). Split it off as a piece of its own, so it belongs to the sentence it follows.
 */
function splitLeadingCitation(segment: ProseSegment, sentence: Sentence): Sentence[] {
  const { text, segmentStart } = sentence;
  if (text[0] !== '(' || segmentStart === 0 || !segment.citations.length) return [sentence];
  const close = text.indexOf(')');
  if (close < 0 || !HAS_WORD.test(text.slice(close + 1))) return [sentence];
  let cited = false;
  for (let i = segmentStart + 1; i < segmentStart + close; i++) {
    if (/[\s;,]/.test(segment.text[i])) continue;
    const at = segment.offsets[i];
    if (!segment.citations.some((c) => c.range.start <= at && at < c.range.end)) return [sentence];
    cited = true;
  }
  if (!cited) return [sentence];
  const head = makeSentence(segment, segmentStart, segmentStart + close + 1);
  const rest = makeSentence(segment, segmentStart + close + 1, segmentStart + text.length);
  return [head, rest].filter((s): s is Sentence => s !== null);
}

const CLOSING_PUNCTUATION = '"\')]\u2019\u201d';
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * "... no exceptions.\ncalcitonin helps ..." and "isn't active yet. your liver ...": drafts, notes
 * and threads often start sentences in lower case, where UAX #29 never breaks. A terminator, then
 * white space, then a lower-case letter is a break too; abbreviations ("e.g. the") are joined again
 * by shouldJoin like any other break. Adds those breaks to the sorted `bounds`.
 */
function withLowerCaseBreaks(text: string, bounds: number[]): number[] {
  const extra: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue; // . ! ?
    let k = i + 1;
    while (k < text.length && CLOSING_PUNCTUATION.includes(text[k])) k++;
    let next = k;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next > k && next < text.length && STARTS_LOWER_CASE.test(text.slice(next, next + 2))) extra.push(next);
    i = k - 1;
  }
  if (extra.length === 0) return bounds;
  const merged: number[] = [];
  let a = 0;
  let b = 0;
  while (a < bounds.length || b < extra.length) {
    const value = b >= extra.length || (a < bounds.length && bounds[a] <= extra[b]) ? bounds[a++] : extra[b++];
    if (merged.length === 0 || merged[merged.length - 1] !== value) merged.push(value);
  }
  return merged;
}

/** Wiki-style markers right after a terminator: "[1]", "[1][2]", "[citation needed]". */
const MARKERS_AFTER_TERMINATOR = /[.!?]["'\u2019\u201d)]*((?:\[[^[\]\n]{1,40}\])+)/g;
/** Numbered or keyed markers after a terminator and a space: "[3]", "[1, 4]", "[2-5]", "[@dean2017]". */
const MARKERS_AFTER_SPACE = /[.!?]["'\u2019\u201d)]* +((?:\[(?:\d+(?:\s*[,\u2013-]\s*\d+)*|@[\w:.-]+(?:;\s*@[\w:.-]+)*)\] *)*\[(?:\d+(?:\s*[,\u2013-]\s*\d+)*|@[\w:.-]+(?:;\s*@[\w:.-]+)*)\])/g;
const OPENS_SENTENCE = /[\p{Lu}\p{N}"'\u2018\u201c(]/u;

/**
 * "... active form.[1][2] Magnesium acts ...": UAX #29 reads "[" as closing punctuation and breaks
 * inside the first marker ("1][2] Magnesium ..."), or not at all before "[citation needed]".
 * Markers belong to the sentence they follow: no break inside or before them, one after them. A
 * numbered or keyed marker after a space (". [3] Next", ". [@dean2017] Next") goes with it too.
 */
function withCitationMarkersKept(flat: string, bounds: number[]): number[] {
  if (!flat.includes('[')) return bounds;
  const out = new Set(bounds);
  for (const m of [...flat.matchAll(MARKERS_AFTER_TERMINATOR), ...flat.matchAll(MARKERS_AFTER_SPACE)]) {
    const markerStart = m.index! + m[0].length - m[1].length;
    const markerEnd = m.index! + m[0].length;
    let next = markerEnd;
    while (next < flat.length && isSpace(flat.charCodeAt(next))) next++;
    for (const b of out) if (b >= markerStart && b <= next) out.delete(b);
    if (next > markerEnd && next < flat.length && OPENS_SENTENCE.test(flat[next])) out.add(next);
  }
  return [...out].sort((x, y) => x - y);
}

/** Pasted text can hold one huge paragraph; above this many characters it is segmented in windows. */
const WINDOW = 8192;
/** Breaks this close to a window's end may depend on the text after it, so they are redone in the next window. */
const LOOKAHEAD = 2048;

/**
 * Start offsets of the segmenter's pieces. V8's sentence iterator gets slower with every step on a
 * long string (quadratic: a 500 KB paragraph took minutes), so long texts are segmented in windows,
 * each restarting at a break found well inside the previous one; breaks only depend on nearby text.
 */
function sentenceStarts(flat: string): number[] {
  // Headings, table cells and short list items are often one sentence: in ASCII text only ".", "!"
  // and "?" can end one (the line breaks are gone), so without them the segmenter has nothing to find.
  if (asciiWithoutTerminators(flat)) return [0];
  const starts: number[] = [];
  let from = 0;
  let size = WINDOW;
  for (;;) {
    const to = Math.min(flat.length, from + size);
    const found: number[] = [];
    const window = flat.slice(from, to);
    const ascii = asciiSentenceBreaks(window);
    if (ascii) for (const b of ascii) found.push(from + b);
    else for (const piece of (segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })).segment(window)) found.push(from + piece.index);
    if (to === flat.length) return starts.concat(found);
    const keep = found.filter((b) => b < to - LOOKAHEAD);
    if (keep.length > 1) {
      // found[0] === from; the last kept break starts the next window.
      starts.push(...keep.slice(0, -1));
      from = keep[keep.length - 1];
      size = WINDOW;
    } else {
      size *= 2; // no break well inside this window: a very long sentence, look further
    }
  }
}

function asciiWithoutTerminators(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

/** Whether the segmenter's break between two adjacent pieces is a false one. */
function shouldJoin(before: string, after: string): boolean {
  const head = before.trimEnd();
  const next = after.trimStart();
  if (!HAS_WORD.test(next)) return true; // a fragment of punctuation belongs to the sentence it follows
  const word = lastWord(head);
  if (!word.endsWith('.')) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower) || DOTTED_INITIALISM.test(word)) return true;
  if (SOMETIMES_FINAL.has(lower)) return !STARTS_CAPITALIZED.test(next);
  if (BEFORE_NUMBERS.has(lower)) return STARTS_WITH_DIGIT.test(next);
  // "ranged from 8. 2 ..." style breaks inside numbers.
  return ENDS_WITH_NUMBER_DOT.test(word) && STARTS_WITH_DIGIT.test(next);
}

/** The last whitespace-delimited word, without opening brackets or quotes: "(e.g." -> "e.g.". */
function lastWord(head: string): string {
  let j = head.length;
  while (j > 0 && !isSpace(head.charCodeAt(j - 1)) && !WORD_OPENERS.includes(head[j - 1])) j--;
  return head.slice(j);
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85
  );
}

function makeSentence(segment: ProseSegment, from: number, to: number): Sentence | null {
  const text = segment.text;
  let first = from;
  let last = to - 1;
  while (first <= last && isSpace(text.charCodeAt(first))) first++;
  while (last >= first && isSpace(text.charCodeAt(last))) last--;
  if (last < first) return null;
  const offsets = segment.offsets;
  // The segment's final offset is the exact end of its last character (an entity may be wider
  // than one code unit); inside the segment a character ends one code unit after it starts.
  const end = last + 1 === text.length ? offsets[text.length] : offsets[last] + 1;
  return {
    text: text.slice(first, last + 1),
    range: { start: offsets[first], end: Math.max(end, offsets[first] + 1) },
    segment,
    segmentStart: first,
  };
}
