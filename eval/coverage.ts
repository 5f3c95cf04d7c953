// Finds sentences in a draft that mention a tracked entity but carry no label, so the label set stays
// complete as drafts are edited. The sentence split here is deliberately simple: it only has to be
// good enough to point a labeller at a sentence; it is not the engine's splitter.
import type { OffsetRange } from '../server/src/engine/types';
import type { VisibleBlock } from './visibleText';

/** Magnesium, vitamin D in any form, PTH / parathyroid, calcium, calcitonin. */
const TRACKED =
  /\b(?:magnesium|vitamin\s+d\d?|vit\.?\s+d\d?|d3|d2|cholecalciferol|ergocalciferol|calcidiol|calcifediol|calcitriol|calcitonin|calcium|pth)\b|parathyroid|25\s?\(OH\)\s?D|1,25\s?\(OH\)2\s?D/i;
/** The element symbol, case-sensitive so that the unit in "600 mg" does not count. */
const MAGNESIUM_SYMBOL = /\bMg\b/;
/** Calcium's symbol ("Ca", "Ca2+", "Ca++"), case-sensitive likewise. */
const CALCIUM_SYMBOL = /\bCa(?:2\+|\+\+)?(?![A-Za-z])/;

/** Abbreviations that end with a full stop but do not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Dr|Mr|Mrs|Ms|Prof|vs|etc|approx|e\.g|i\.e|U\.S|St|No|Fig)\.)$/i;

export function mentionsTrackedEntity(text: string): boolean {
  return TRACKED.test(text) || MAGNESIUM_SYMBOL.test(text) || CALCIUM_SYMBOL.test(text);
}

export interface RoughSentence {
  text: string;
  range: OffsetRange;
}

/** Splits a block at `.`, `!` or `?` followed by whitespace, and at line breaks in headings and tables. */
export function roughSentences(block: VisibleBlock): RoughSentence[] {
  const out: RoughSentence[] = [];
  const text = block.text;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const s = start + lead;
      out.push({ text: trimmed, range: { start: block.offsets[s], end: block.offsets[s + trimmed.length - 1] + 1 } });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/[.!?]/.test(ch) && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 5), i + 1))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

/** One or two words (a table's row name, a one-word heading) are a name, not a sentence: no label needed. */
const MIN_SENTENCE_WORDS = 3;

/** Sentences mentioning a tracked entity that no label range touches. */
export function unlabelledMentions(blocks: VisibleBlock[], labelRanges: OffsetRange[]): RoughSentence[] {
  const touches = (a: OffsetRange, b: OffsetRange) => a.start < b.end && b.start < a.end;
  return blocks
    .flatMap(roughSentences)
    .filter((s) => s.text.split(/\s+/).length >= MIN_SENTENCE_WORDS)
    .filter((s) => mentionsTrackedEntity(s.text) && !labelRanges.some((r) => touches(r, s.range)));
}

/**
 * Claim labels on sentences that mention no tracked entity. The engine only checks sentences about
 * tracked entities, so such a label would count as a miss it was never meant to catch.
 */
/**
 * "It also slows down ...", "Without it, ...": the engine reads a sentence that refers back
 * to the previous one ("it", "the hormone") as about what that one named.
 */
const REFERS_BACK = /^(?:\S+\s+){0,2}(?:it|its|they|this|these|the (?:hormone|mineral|vitamin|nutrient|gland|glands|condition|disorder))\b/i;

export function outOfScopeLabels<L extends { range: OffsetRange; label: string }>(blocks: VisibleBlock[], labels: L[]): L[] {
  // A table cell says something of its row's first cell ("Liver" in the calcidiol row).
  const sentences = blocks.flatMap((b) => roughSentences(b).map((s) => ({ ...s, rowSubject: b.rowSubject ?? '' })));
  const touches = (a: OffsetRange, b: OffsetRange) => a.start < b.end && b.start < a.end;
  const inScope = (s: { text: string; rowSubject: string }) => mentionsTrackedEntity(s.text) || REFERS_BACK.test(s.text) || mentionsTrackedEntity(s.rowSubject);
  return labels.filter((l) => l.label !== 'not-claim' && !sentences.some((s) => touches(s.range, l.range) && inScope(s)));
}
