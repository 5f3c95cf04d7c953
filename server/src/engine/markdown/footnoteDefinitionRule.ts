// Block rule for footnote definitions (`[^label]: text`, continuation lines indented by 4), the
// syntax of markdown-it-footnote / Pandoc / GFM. Core markdown-it would read such a line as a
// paragraph or, worse, as a link reference definition and drop it, so the text would be lost.
// Emits footnote_open (meta.label, map) ... footnote_close around the definition's blocks.
import type { StateBlock } from 'markdown-it';

export const FOOTNOTE_OPEN = 'footnote_open';
export const FOOTNOTE_CLOSE = 'footnote_close';

export function footnoteDefinitionRule(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  const src = state.src;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  // Too indented: that is an indented code block.
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (start + 4 > max) return false;
  if (src.charCodeAt(start) !== 0x5b /* [ */ || src.charCodeAt(start + 1) !== 0x5e /* ^ */) return false;
  let pos = start + 2;
  for (; pos < max; pos++) {
    const ch = src.charCodeAt(pos);
    if (ch === 0x20 || ch === 0x09 || ch === 0x5b) return false;
    if (ch === 0x5d /* ] */) break;
  }
  if (pos === start + 2 || pos >= max) return false;
  if (src.charCodeAt(pos + 1) !== 0x3a /* : */) return false;
  if (silent) return true;
  const label = src.slice(start + 2, pos);
  pos += 2;

  const open = state.push(FOOTNOTE_OPEN, '', 1);
  open.meta = { label };
  open.map = [startLine, startLine + 1];

  const oldBMark = state.bMarks[startLine];
  const oldTShift = state.tShift[startLine];
  const oldSCount = state.sCount[startLine];
  const oldParentType = state.parentType;
  const posAfterColon = pos;
  const initial = state.sCount[startLine] + pos - (state.bMarks[startLine] + state.tShift[startLine]);
  let offset = initial;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 0x09) offset += 4 - (offset % 4);
    else if (ch === 0x20) offset++;
    else break;
    pos++;
  }
  // Make the rest of the first line look like the start of an indented block, as the
  // reference plugin does, so the definition's text parses as ordinary block content.
  state.tShift[startLine] = pos - posAfterColon;
  state.sCount[startLine] = offset - initial;
  state.bMarks[startLine] = posAfterColon;
  state.blkIndent += 4;
  state.parentType = 'footnote' as StateBlock['parentType'];
  if (state.sCount[startLine] < state.blkIndent) state.sCount[startLine] += state.blkIndent;

  state.md.block.tokenize(state, startLine, endLine);

  state.parentType = oldParentType;
  state.blkIndent -= 4;
  state.tShift[startLine] = oldTShift;
  state.sCount[startLine] = oldSCount;
  state.bMarks[startLine] = oldBMark;
  // tokenize() may stop without advancing when nesting is too deep; always consume the line.
  if (state.line <= startLine) state.line = startLine + 1;
  open.map = [startLine, state.line];

  const close = state.push(FOOTNOTE_CLOSE, '', -1);
  close.map = open.map;
  return true;
}
