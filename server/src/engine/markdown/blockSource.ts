// Turns the content lines of one block (container markers and indentation already cut off) into
// a single string plus a table mapping each of its characters back to a document offset.
// Lines are joined with '\n', mapped to the original line terminator, so hard-wrapped prose reads
// as one run of text while still pointing at real source positions.

export interface LineSlice {
  start: number;
  end: number;
}

export interface BlockSource {
  text: string;
  /** pos[i] = document offset of text[i]; pos[text.length] = end of the last slice. */
  pos: number[];
}

/** `terminators[k]` is the offset of the line break that follows slice k. */
export function buildBlockSource(src: string, slices: LineSlice[], terminators: number[]): BlockSource {
  const pieces: string[] = [];
  const pos: number[] = [];
  for (let k = 0; k < slices.length; k++) {
    const { start, end } = slices[k];
    if (k > 0) {
      pieces.push('\n');
      pos.push(terminators[k - 1]);
    }
    pieces.push(src.slice(start, end));
    for (let o = start; o < end; o++) pos.push(o);
  }
  pos.push(slices.length > 0 ? slices[slices.length - 1].end : 0);
  return { text: pieces.join(''), pos };
}

/** A contiguous slice of the document needs no join: its positions are the identity. */
export function sliceSource(src: string, start: number, end: number): BlockSource {
  const pos: number[] = new Array(end - start + 1);
  for (let o = start; o <= end; o++) pos[o - start] = o;
  return { text: src.slice(start, end), pos };
}
