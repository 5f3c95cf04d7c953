// Offset-based edits: the fixes speak plain string offsets so they can be unit-tested on strings;
// the language server turns them into LSP TextEdits.
import type { OffsetRange } from '../engine/types';

export interface OffsetEdit {
  range: OffsetRange;
  newText: string;
}

/** Edits to a file other than the document (the Pandoc bibliography). `create` when the file does not exist yet. */
export interface FileEdits {
  /** Path as the document names it (relative to the document's folder, or absolute). */
  path: string;
  create: boolean;
  edits: OffsetEdit[];
}

export interface Fix {
  title: string;
  /** Edits to the document itself. */
  edits: OffsetEdit[];
  /** Edits to other files that belong to the same change. */
  files: FileEdits[];
  isPreferred?: boolean;
}

/**
 * Applies non-overlapping edits (LSP semantics: all ranges refer to the original text; inserts at
 * the same offset keep their array order).
 */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.range.start - b.e.range.start || a.e.range.end - b.e.range.end || a.i - b.i)
    .map((x) => x.e);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.range.start < at || e.range.end < e.range.start || e.range.end > text.length) {
      throw new Error(`overlapping or out-of-range edit at ${e.range.start}-${e.range.end}`);
    }
    out += text.slice(at, e.range.start) + e.newText;
    at = e.range.end;
  }
  return out + text.slice(at);
}

export function insertAt(offset: number, newText: string): OffsetEdit {
  return { range: { start: offset, end: offset }, newText };
}
