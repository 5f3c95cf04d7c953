// Converts between UTF-16 document offsets and 0-based {line, character} positions.
// Built once per document text; lookups are binary searches over the line starts, so the
// language server can map thousands of diagnostics without rescanning the text.

export interface LinePosition {
  line: number;
  /** UTF-16 code units from the start of the line. */
  character: number;
}

export class LineIndex {
  /** Offset where each line starts; lineStarts[0] === 0. */
  private readonly starts: number[];
  /** Offset just past each line's content, i.e. where its terminator (\r\n, \r or \n) begins. */
  private readonly contentEnds: number[];

  constructor(text: string);
  /** @internal afterEdit()'s result. */
  constructor(text: string, starts: number[], ends: number[]);
  constructor(
    readonly text: string,
    starts?: number[],
    ends?: number[],
  ) {
    if (starts && ends) {
      this.starts = starts;
      this.contentEnds = ends;
      return;
    }
    this.starts = [0];
    this.contentEnds = [];
    scanLines(text, 0, text.length, this.starts, this.contentEnds);
    this.contentEnds.push(text.length);
  }

  /**
   * The index of `next`, which is `old.text` with old[p, old.length - q) replaced: lines before
   * the change are kept, lines after it shifted, and only the lines around it scanned. An editor
   * re-indexing a long document on every keystroke would otherwise scan all of it.
   */
  static afterEdit(old: LineIndex, next: string, p: number, q: number): LineIndex {
    const delta = next.length - old.text.length;
    // From the start of the line holding the character before the change (a \r there may pair
    // with a \n the edit inserts)...
    const first = old.lineAt(Math.max(0, p - 1));
    // ...to the first old line whose terminator lies wholly in the unchanged tail.
    let rest = old.lineAt(old.text.length - q) + 1;
    while (rest < old.starts.length && old.starts[rest] < old.text.length - q + 2) rest++;
    const starts = old.starts.slice(0, first + 1);
    const ends = old.contentEnds.slice(0, first);
    const to = rest < old.starts.length ? old.starts[rest] + delta : next.length;
    scanLines(next, starts[first], to, starts, ends);
    if (rest < old.starts.length) {
      // The scan stopped at a line start: it must be where the old line `rest` now starts.
      if (starts[starts.length - 1] !== to) return new LineIndex(next);
      const count = old.starts.length;
      for (let i = rest; i < count; i++) {
        ends.push(old.contentEnds[i] + delta);
        if (i + 1 < count) starts.push(old.starts[i + 1] + delta);
      }
    } else {
      ends.push(next.length);
    }
    return new LineIndex(next, starts, ends);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line` (clamped to existing lines). */
  lineStart(line: number): number {
    return this.starts[this.clampLine(line)];
  }

  /** Offset where `line`'s terminator begins (or the text length for the last line). */
  lineContentEnd(line: number): number {
    return this.contentEnds[this.clampLine(line)];
  }

  /** The line that contains `offset` (a terminator belongs to the line it ends). */
  lineAt(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * lineAt(offset) for offsets visited in (mostly) increasing order, as a document's diagnostics
   * are: looks a few lines on from `hint`, the line of the previous offset, before bisecting.
   */
  lineAtFrom(offset: number, hint: number): number {
    const starts = this.starts;
    const o = Math.max(0, Math.min(offset, this.text.length));
    let line = hint > 0 && hint < starts.length && starts[hint] <= o ? hint : 0;
    for (let step = 0; step < 8; step++) {
      if (line + 1 >= starts.length || starts[line + 1] > o) return line;
      line++;
    }
    let hi = starts.length - 1;
    while (line < hi) {
      const mid = (line + hi + 1) >> 1;
      if (starts[mid] <= o) line = mid;
      else hi = mid - 1;
    }
    return line;
  }

  /** positionAt(offset).character, given lineAt(offset). */
  characterAt(offset: number, line: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    return Math.min(o, this.contentEnds[line]) - this.starts[line];
  }

  positionAt(offset: number): LinePosition {
    const o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    const line = this.lineAt(o);
    // An offset between \r and \n of a CRLF pair belongs at the end of the line's content.
    const character = Math.min(o, this.contentEnds[line]) - this.starts[line];
    return { line, character };
  }

  /** Inverse of positionAt; out-of-range lines and characters are clamped to the text. */
  offsetAt(position: LinePosition): number {
    if (!Number.isFinite(position.line) || position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const line = Math.floor(position.line);
    const start = this.starts[line];
    const character = Number.isFinite(position.character) ? Math.max(0, Math.floor(position.character)) : 0;
    return Math.min(start + character, this.contentEnds[line]);
  }

  private clampLine(line: number): number {
    return Math.max(0, Math.min(Math.floor(line), this.starts.length - 1));
  }
}

/**
 * Appends to `starts` and `ends` the line breaks of text[from, to): each break's offset to `ends`
 * and the start of the line after it to `starts`. Stops after the first break whose line starts at
 * or after `to`. indexOf is much faster than a charCodeAt loop on large texts; each search result
 * is kept until passed, so every character is examined at most twice.
 */
function scanLines(text: string, from: number, to: number, starts: number[], ends: number[]): void {
  let lf = text.indexOf('\n', from);
  let cr = text.indexOf('\r', from);
  while (lf !== -1 || cr !== -1) {
    const brk = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
    const next = brk === cr && lf === cr + 1 ? brk + 2 : brk + 1;
    ends.push(brk);
    starts.push(next);
    if (next >= to) return;
    if (lf !== -1 && lf < next) lf = text.indexOf('\n', next);
    if (cr !== -1 && cr < next) cr = text.indexOf('\r', next);
  }
}
