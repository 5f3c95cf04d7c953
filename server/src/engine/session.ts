// Incremental analysis of one open document. The document is kept as its top-level Markdown
// blocks, each with its checked claims. An edit re-parses only the blocks around the changed
// text (from one block before it, so a list or paragraph the edit continues is included, to the
// first block after it where the new parse starts a block exactly where the old one did) and
// reuses every other block, shifted. Parsing from a top-level block start is exact because
// markdown-it keeps no state between top-level blocks; what it does keep for the whole document
// (link reference definitions, front matter) sends the edit down the full path instead.
// test/engine/incremental.test.ts checks that updates equal fresh analyses for random edits.
import { lazyAnalysis, type ClaimRun, type ClaimRuns, type RunsEdit } from './claimRuns';
import { extractAllChunks, extractChunks, type ProseChunk } from './markdown/extractProse';
import type { LinkReference } from './markdown/blockParser';
import { sameEffect, suppressedFlags } from './suppression';
import { LineIndex } from './text/lineIndex';
import type { CheckedClaim, DisableDirective, DocumentAnalysis, ProseSegment, SegmentClaims } from './types';

export type { ClaimRun, ClaimRuns, RunsEdit } from './claimRuns';

export interface DocumentSession {
  /** Analyses the document's new full text, re-doing only what the change touched. */
  update(text: string): DocumentAnalysis;
  /** The last analysis returned. */
  readonly analysis: DocumentAnalysis;
  /** The line index of the last text analysed, when it was analysed (not skipped). */
  readonly lines: LineIndex | null;
  /**
   * The claims of the last analysis as the session keeps them (see claimRuns.ts), when it was
   * analysed (not skipped). Reading them makes no objects; reading `analysis.claims` does.
   */
  readonly runs: ClaimRuns | null;
}

/** What a session needs from its engine. */
export interface SessionHost {
  /**
   * The same checks analyze() applies to a whole text (size, binary); null when the text is fine.
   * `changed`, when given, is the only part of the text that may have changed since it was fine.
   */
  skipped(text: string, changed?: { from: number; to: number }): DocumentAnalysis | null;
  /**
   * Checked claims of one prose segment of `text` (absolute offsets); `before`, what the segment
   * before it handed on.
   */
  claimsOf(text: string, segment: ProseSegment, before: readonly string[]): SegmentClaims;
}

/** Blocks are never changed once made: an analysis's runs are the blocks of its version. */
interface Block extends ClaimRun {
  readonly directives: DisableDirective[];
  /**
   * What the block before handed on to it, when its claims depend on that (null when they do not),
   * and what it hands on to the next (SegmentClaims).
   */
  readonly before: readonly string[] | null;
  readonly handedOn: readonly string[];
}

/**
 * A line that may start a link reference definition: after nothing but container markers, a `[`
 * whose label is followed by `]:` or runs on past the line (labels may span lines). A line that
 * merely starts with a link (`- [text](url)`) is not one: it used to send the edit down the full path.
 */
const REFERENCE_LIKE = /^[ \t>*+\-0-9.)]*\[(?!\^)(?:[^\]\\\n]|\\.|\\$)*(?:\]:|$)/m;

export function openSession(host: SessionHost, initialText: string): DocumentSession {
  let text = '';
  let lines: LineIndex | null = null;
  let blocks: Block[] = [];
  let references: Record<string, LinkReference> = {};
  let bodyLine = 0;
  let valid = false;
  let analysis: DocumentAnalysis = { claims: [], suppressed: [] };
  let runs: ClaimRuns | null = null;
  let version = 0;

  const toBlock = (src: string, chunk: ProseChunk, before: readonly string[]): Block => {
    const claims: CheckedClaim[] = [];
    let handedOn = before;
    let reads = false;
    for (const [k, s] of chunk.segments.entries()) {
      const checked = host.claimsOf(src, s, handedOn);
      for (const c of checked.claims) claims.push(c);
      if (k === 0) reads = checked.readsBefore;
      handedOn = checked.handedOn;
    }
    // A block without segments hands on what it was handed.
    // Directives hold no slices of the text (parseDirective copies them), so old versions can be freed.
    return { line: chunk.line, claims, by: 0, directives: chunk.directives, before: reads || !chunk.segments.length ? before : null, handedOn };
  };
  /** Blocks made from consecutive chunks, the first handed `before`. */
  const toBlocks = (src: string, chunks: readonly ProseChunk[], before: readonly string[]): Block[] => {
    const out: Block[] = [];
    for (const c of chunks) out.push(toBlock(src, c, out.length ? out[out.length - 1].handedOn : before));
    return out;
  };

  function full(next: string): DocumentAnalysis {
    text = next;
    const skipped = host.skipped(next);
    if (skipped) {
      valid = false;
      runs = null;
      return skipped;
    }
    const all = extractAllChunks(next);
    lines = all.lines;
    references = all.references;
    bodyLine = all.bodyLine;
    blocks = toBlocks(next, all.chunks, NOTHING);
    valid = true;
    return assemble();
  }

  /**
   * `edit`, when given, says which blocks an edit made anew (see RunsEdit); `reuse`, that the
   * directives they replaced had the same effect elsewhere (sameEffect()): the blocks the edit
   * kept keep the flags they had, in `previous` (the last version's).
   */
  function assemble(edit?: RunsEdit, reuse?: { previous: readonly (Uint8Array | null)[] }): DocumentAnalysis {
    const directives: DisableDirective[] = [];
    for (const b of blocks) for (const d of b.directives) directives.push(d);
    const index = lines ?? new LineIndex(text);
    let suppressed: (Uint8Array | null)[];
    if (edit && reuse && directives.length) {
      const { from, to, keptFrom } = edit;
      const { previous } = reuse;
      suppressed = [...previous.slice(0, from), ...suppressedFlags(blocks, directives, index, from, to), ...previous.slice(keptFrom)];
    } else {
      suppressed = suppressedFlags(blocks, directives, index);
    }
    // `blocks` is replaced, never changed, by the next update: it is this version's snapshot.
    runs = { runs: blocks, suppressed, version: ++version, edit };
    return lazyAnalysis(runs);
  }

  /** Re-analyses the changed blocks, or returns null when the edit needs a full parse. */
  function incremental(next: string): DocumentAnalysis | null {
    if (!valid || !lines) return null;
    const old = text;
    const oldLines = lines;
    if (next.charCodeAt(0) === 0xfeff || old.charCodeAt(0) === 0xfeff) return null;
    // The changed span: old[p, old.length - q) became next[p, next.length - q).
    const shortest = Math.min(old.length, next.length);
    const p = commonPrefix(old, next, shortest);
    const q = commonSuffix(old, next, shortest - p);
    // The old text passed the checks (the session is valid), so only the changed span needs them.
    if (host.skipped(next, { from: p, to: next.length - q })) return null;
    const editLine = oldLines.lineAt(p);
    // Front matter (or text that might become it) and the first body line are parsed whole.
    if (editLine <= bodyLine || (bodyLine === 0 && /^(?:---|\+\+\+)[ \t]*$/m.test(oldLines.text.slice(0, oldLines.lineContentEnd(0))))) return null;
    const editEndLine = oldLines.lineAt(old.length - q);
    const newLines = LineIndex.afterEdit(oldLines, next, p, q);
    const lineDelta = newLines.lineCount - oldLines.lineCount;
    const delta = next.length - old.length;

    // Re-parse from one block before the block holding the edit (its end may depend on the edit:
    // a list or an indented code block continues after blank lines), or from the body start.
    const holding = upperBound(blocks, editLine) - 1;
    const first = Math.max(0, holding - 1);
    const fromLine = holding >= 1 ? blocks[first].line : bodyLine;
    // Old blocks starting after the changed lines are where the old and new parses may meet.
    const after = upperBound(blocks, editEndLine);
    for (let window = 1; ; window *= 4) {
      const meetAt = after + window - 1; // the old block where the parses should meet
      const toEnd = meetAt + 1 >= blocks.length;
      // Parse through the meeting block, so the block before it ends for a reason in the text.
      const toOldLine = toEnd ? oldLines.lineCount : blocks[meetAt + 1].line;
      const toNewLine = toEnd ? newLines.lineCount : toOldLine + lineDelta;
      const oldSlice = old.slice(oldLines.lineStart(fromLine), toEnd ? old.length : oldLines.lineStart(toOldLine));
      const newSlice = next.slice(newLines.lineStart(fromLine), toEnd ? next.length : newLines.lineStart(toNewLine));
      // A link reference definition changes links everywhere: that needs the whole document.
      if (REFERENCE_LIKE.test(oldSlice) || REFERENCE_LIKE.test(newSlice)) return null;
      const chunks = extractChunks(next, newLines, fromLine, toNewLine, references);
      let keepFrom = blocks.length; // old blocks from here on are reused, shifted
      let newCount = chunks.length;
      if (!toEnd) {
        const meet = blocks[meetAt].line + lineDelta;
        const at = chunks.findIndex((c) => c.line === meet);
        if (at === -1) continue; // the parses have not met yet: widen the window
        keepFrom = meetAt;
        newCount = at;
      }
      const from = holding >= 1 ? first : 0;
      const rebuilt = toBlocks(next, chunks.slice(0, newCount), from > 0 ? blocks[from - 1].handedOn : NOTHING);
      // A kept block must have been read with what the block now before it hands on (a heading
      // that was edited changes what the paragraph under it refers back to): else widen.
      const handedOn = rebuilt.length ? rebuilt[rebuilt.length - 1].handedOn : from > 0 ? blocks[from - 1].handedOn : NOTHING;
      const keptBefore = keepFrom < blocks.length ? blocks[keepFrom].before : null;
      if (keptBefore !== null && !sameWords(keptBefore, handedOn)) continue;
      const kept = blocks.slice(keepFrom).map((b) => shiftBlock(b, delta, lineDelta));
      const replaced = blocks.slice(from, keepFrom);
      const previous = runs?.suppressed;
      const edit: RunsEdit | undefined = runs ? { previous: runs.version, from, to: from + rebuilt.length, keptFrom: keepFrom } : undefined;
      blocks = [...blocks.slice(0, from), ...rebuilt, ...kept];
      text = next;
      lines = newLines;
      // Disable directives outside the edit, and their effect on claims outside it, stay as they were.
      const unchanged = previous && sameEffect(replaced.flatMap((b) => b.directives), rebuilt.flatMap((b) => b.directives));
      return assemble(edit, unchanged ? { previous } : undefined);
    }
  }

  analysis = full(initialText);
  return {
    update(next: string): DocumentAnalysis {
      if (next === text && valid) return analysis;
      analysis = incremental(next) ?? full(next);
      return analysis;
    },
    get analysis() {
      return analysis;
    },
    get lines() {
      return valid ? lines : null;
    },
    get runs() {
      return valid ? runs : null;
    },
  };
}

const NOTHING: readonly string[] = [];

/** Chunk size for comparing texts: whole-chunk comparisons run at memory speed. */
const STRIDE = 4096;

function commonPrefix(a: string, b: string, max: number): number {
  let p = 0;
  while (p + STRIDE <= max && a.slice(p, p + STRIDE) === b.slice(p, p + STRIDE)) p += STRIDE;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

function commonSuffix(a: string, b: string, max: number): number {
  let q = 0;
  while (q + STRIDE <= max && a.slice(a.length - q - STRIDE, a.length - q) === b.slice(b.length - q - STRIDE, b.length - q)) q += STRIDE;
  while (q < max && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return q;
}

/** Index of the first block whose line is greater than `line`. */
function upperBound(blocks: Block[], line: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shiftBlock(b: Block, by: number, lines: number): Block {
  if (by === 0 && lines === 0) return b;
  return {
    line: b.line + lines,
    // The claims stay as they are: the block remembers how far they have moved (claimRuns.ts).
    claims: b.claims,
    by: b.by + by,
    // Most blocks hold no directive: their empty list is kept rather than copied on every edit.
    directives: b.directives.length === 0 ? b.directives : b.directives.map((d) => ({ ...d, range: { start: d.range.start + by, end: d.range.end + by } })),
    before: b.before,
    handedOn: b.handedOn,
  };
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

