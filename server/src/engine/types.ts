// Result types shared by every stage of the engine and by its callers (server, CLI, reports).
// Offsets are indices into the JavaScript string of the document, i.e. UTF-16 code units.
import type { ClaimT, EvidenceT, VerdictT } from './db/schema';

export type Verdict = VerdictT;

/** Half-open range [start, end) of UTF-16 offsets into the document text. */
export interface OffsetRange {
  start: number;
  end: number;
}

export type ProseKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table-cell' | 'footnote';

/** A citation already present in the text. */
export interface CitationMark {
  kind: 'footnote' | 'pandoc' | 'link';
  /** Footnote label, Pandoc key or link destination. */
  key: string;
  /** Where the whole mark sits in the document. */
  range: OffsetRange;
}

/**
 * A run of prose from one Markdown block, with markup removed.
 * `text[i]` came from document offset `offsets[i]`; `offsets[text.length]` is the end offset of the last character.
 */
export interface ProseSegment {
  kind: ProseKind;
  text: string;
  offsets: number[];
  /** Source range of the whole block (including markup), used for paragraph-level caching. */
  blockRange: OffsetRange;
  /** 0-based line of the block's first line. */
  line: number;
  citations: CitationMark[];
  /** A table cell after the first: the row's first cell, its subject in a reference table. */
  rowHeader?: string;
  /** A table body cell: its column's header ("Made in", "Effect on blood calcium"), what it says of the subject. */
  columnHeader?: string;
}

export interface DisableDirective {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Claim ids listed after the directive; empty means every claim. */
  ids: string[];
  range: OffsetRange;
}

export interface MarkdownProse {
  segments: ProseSegment[];
  directives: DisableDirective[];
  /** Footnote definitions found in the document: label -> source range of the definition line(s). */
  footnoteDefinitions: Map<string, OffsetRange>;
  /** Parsed front matter fields we use (bibliography file for Pandoc citations). */
  frontMatter?: { range: OffsetRange; bibliography?: string[]; hasReferences: boolean };
}

export interface Sentence {
  /** Prose text of the sentence (markup removed), trimmed. */
  text: string;
  /** Source range of the sentence in the document (first to last character of the prose, trimmed). */
  range: OffsetRange;
  segment: ProseSegment;
  /** Index of the first character of `text` within `segment.text`. */
  segmentStart: number;
}

export interface CheckedClaim {
  range: OffsetRange;
  text: string;
  verdict: Verdict;
  /** Matched database claim, null for unverified. */
  claimId: string | null;
  claim: ClaimT | null;
  cited: boolean;
  citations: CitationMark[];
  /** Evidence of the matched claim; supporting items first. */
  evidence: EvidenceT[];
  /**
   * One short line for diagnostics and CLI output that says what the evidence says, e.g.
   * "Overstated: sources say magnesium deficiency *can contribute to* hypoparathyroidism (2 sources)".
   * May contain *emphasis*; renderers that cannot show Markdown strip the asterisks.
   */
  message: string;
  /** Why this verdict, in a few words, e.g. "sentence says 'causes'; sources say 'can'". */
  reason: string;
  /** Match confidence in [0, 1]. */
  score: number;
  /** The prose kind the sentence came from. */
  kind: ProseKind;
}

export interface DocumentAnalysis {
  claims: CheckedClaim[];
  /** Claims switched off by disable comments, kept so tools can report them if asked. */
  suppressed: CheckedClaim[];
  /** Set when the document was not analysed at all (too large, binary, invalid encoding). */
  skipped?: { reason: string };
}

/** A prose segment's checked claims, and what a segment after it may refer back to. */
export interface SegmentClaims {
  claims: CheckedClaim[];
  /**
   * Concept ids the next segment's opening pronoun may stand for: what the segment's last sentence
   * names, main subject first ("### Calcitriol" then "It helps your gut absorb calcium").
   */
  handedOn: readonly string[];
  /** Whether the segment reads what the one before it hands on (its claims depend on it, empty or not). */
  readsBefore: boolean;
}
