// Splits a GFM table row into cells the way markdown-it does: an optional leading and trailing
// pipe, cells separated by pipes not preceded by a backslash (even inside code spans).
import type { LineSlice } from './blockSource';

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Source ranges of the cells of the row text in [start, end), each trimmed of blanks. */
export function tableCells(src: string, start: number, end: number): LineSlice[] {
  let from = start;
  let to = end;
  while (to > from && isBlank(src.charCodeAt(to - 1))) to--;
  while (from < to && isBlank(src.charCodeAt(from))) from++;
  if (src.charCodeAt(from) === 0x7c /* | */) from++;
  if (to > from && src.charCodeAt(to - 1) === 0x7c && src.charCodeAt(to - 2) !== 0x5c) to--;
  const cells: LineSlice[] = [];
  let cellStart = from;
  for (let k = from; k <= to; k++) {
    if (k < to && !(src.charCodeAt(k) === 0x7c && src.charCodeAt(k - 1) !== 0x5c)) continue;
    let a = cellStart;
    let b = k;
    while (a < b && isBlank(src.charCodeAt(a))) a++;
    while (b > a && isBlank(src.charCodeAt(b - 1))) b--;
    cells.push({ start: a, end: b });
    cellStart = k + 1;
  }
  return cells;
}
