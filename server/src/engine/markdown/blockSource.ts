// Turns the content lines of one block (container markers and indentation already cut off) into
// a single string plus a compact map back to document offsets. Lines are joined with '\n', mapped
// to the original line terminator, so hard-wrapped prose reads as one run of text while still
// pointing at real source positions. The map is kept per piece (line or joint), not per
// character, so building it allocates almost nothing.

import type { OffsetBuffer } from './offsetBuffer';

export interface LineSlice {
  start: number;
  end: number;
}

export class BlockSource {
  /**
   * @param text the block's inline content
   * @param pieceStarts index in `text` where each piece begins (ascending, first is 0)
   * @param pieceOffsets document offset of each piece's first character
   * @param end document offset just past the last character
   */
  constructor(
    readonly text: string,
    private readonly pieceStarts: number[],
    private readonly pieceOffsets: number[],
    readonly end: number,
  ) {}

  /** Document offset of text[index]; `end` for index >= text.length. */
  offsetAt(index: number): number {
    if (index >= this.text.length) return this.end;
    const p = this.pieceOf(index);
    return this.pieceOffsets[p] + index - this.pieceStarts[p];
  }

  /** Appends the document offsets of text[from, to) to `into`. */
  pushOffsets(from: number, to: number, into: OffsetBuffer): void {
    const starts = this.pieceStarts;
    let p = this.pieceOf(from);
    let k = from;
    while (k < to) {
      const pieceEnd = p + 1 < starts.length ? starts[p + 1] : this.text.length;
      const limit = to < pieceEnd ? to : pieceEnd;
      into.pushRun(this.pieceOffsets[p] - starts[p], k, limit);
      k = limit;
      p++;
    }
  }

  private pieceOf(index: number): number {
    const starts = this.pieceStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** `terminators[k]` is the offset of the line break that follows slice k. */
export function buildBlockSource(src: string, slices: LineSlice[], terminators: number[]): BlockSource {
  if (slices.length === 1) return sliceSource(src, slices[0].start, slices[0].end);
  const texts: string[] = [];
  const starts: number[] = [];
  const offsets: number[] = [];
  let length = 0;
  for (let k = 0; k < slices.length; k++) {
    const { start, end } = slices[k];
    if (k > 0) {
      texts.push('\n');
      starts.push(length);
      offsets.push(terminators[k - 1]);
      length++;
    }
    texts.push(src.slice(start, end));
    starts.push(length);
    offsets.push(start);
    length += end - start;
  }
  const last = slices[slices.length - 1];
  return new BlockSource(texts.join(''), starts, offsets, last ? last.end : 0);
}

/** A contiguous slice of the document is a single piece. */
export function sliceSource(src: string, start: number, end: number): BlockSource {
  return new BlockSource(src.slice(start, end), [0], [start], end);
}
