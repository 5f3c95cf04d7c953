// The visible prose of a Markdown draft, block by block, with the document offset of every character.
// Labels name sentences by a substring of this text, so the evaluation can find them in a draft
// without relying on the engine's own Markdown reader (which is what is being measured).
import MarkdownIt, { type Token as MdToken } from 'markdown-it';
import type { OffsetRange } from '../server/src/engine/types';

export interface VisibleBlock {
  kind: 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table-cell' | 'footnote';
  text: string;
  /** `offsets[i]` is the document offset of `text[i]`. */
  offsets: number[];
  /** A body row's cell after the first: the row's first cell, which the cell says something of. */
  rowSubject?: string;
}

type Token = MdToken;

const md = new MarkdownIt({ html: true });

const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** Footnote references `[^1]` and the `[^1]:` that opens a definition; markdown-it core leaves them as text. */
const FOOTNOTE_MARK = /\[\^[^\]\s]+\]:?/g;

/** Replaces front matter with spaces (newlines kept) so offsets stay valid and its YAML is not read as prose. */
export function blankFrontMatter(markdown: string): string {
  const m = FRONT_MATTER.exec(markdown);
  if (!m) return markdown;
  return m[0].replace(/[^\r\n]/g, ' ') + markdown.slice(m[0].length);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

export function visibleBlocks(markdown: string): VisibleBlock[] {
  const source = blankFrontMatter(markdown);
  const starts = lineStarts(source);
  const tokens = md.parse(source, {});
  const blocks: VisibleBlock[] = [];
  const kinds: VisibleBlock['kind'][] = [];
  let cursor = 0;
  // The current body row's first cell, once read; null in a header row or outside tables.
  let rowSubject: string | null = null;
  let cellInRow = 0;

  for (const [t, token] of tokens.entries()) {
    if (token.map) cursor = Math.max(cursor, starts[token.map[0]] ?? source.length);
    switch (token.type) {
      case 'heading_open':
        kinds.push('heading');
        break;
      case 'blockquote_open':
        kinds.push('blockquote');
        break;
      case 'list_item_open':
        kinds.push('list-item');
        break;
      case 'tr_open':
        rowSubject = null;
        cellInRow = 0;
        break;
      case 'th_open':
      case 'td_open':
        kinds.push('table-cell');
        cellInRow++;
        break;
      case 'heading_close':
      case 'blockquote_close':
      case 'list_item_close':
      case 'th_close':
      case 'td_close':
        kinds.pop();
        break;
      case 'inline': {
        const block = mapInline(token.children ?? [], source, cursor);
        cursor = block.cursor;
        const kind = kinds[kinds.length - 1] ?? 'paragraph';
        const cleaned = removeFootnoteMarks(block.text, block.offsets);
        const isDefinition = /^\[\^[^\]\s]+\]:/.test(block.text);
        const inBodyRow = kind === 'table-cell' && tokens[t - 1]?.type === 'td_open';
        if (cleaned.text.trim()) {
          blocks.push({ kind: isDefinition ? 'footnote' : kind, ...cleaned, ...(inBodyRow && cellInRow > 1 && rowSubject ? { rowSubject } : {}) });
        }
        if (inBodyRow && cellInRow === 1) rowSubject = cleaned.text.trim();
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

/** Finds each child's text in the source, moving forward, so every visible character gets its offset. */
function mapInline(children: Token[], source: string, start: number) {
  let text = '';
  const offsets: number[] = [];
  let cursor = start;
  const place = (content: string) => {
    const at = source.indexOf(content, cursor);
    if (at >= 0) {
      for (let i = 0; i < content.length; i++) offsets.push(at + i);
      text += content;
      cursor = at + content.length;
      return;
    }
    // Entities and escapes: the source spells the character differently, so place it character by character.
    for (const ch of content) {
      const found = source.indexOf(ch, cursor);
      const offset = found >= 0 ? found : cursor;
      for (let i = 0; i < ch.length; i++) offsets.push(offset + i);
      text += ch;
      if (found >= 0) cursor = found + ch.length;
    }
  };
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') place(child.content);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') place('\n');
  }
  return { text, offsets, cursor };
}

function removeFootnoteMarks(text: string, offsets: number[]) {
  let out = '';
  const kept: number[] = [];
  let last = 0;
  for (const m of text.matchAll(FOOTNOTE_MARK)) {
    out += text.slice(last, m.index);
    kept.push(...offsets.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  kept.push(...offsets.slice(last));
  return { text: out, offsets: kept };
}

/** Collapses runs of whitespace to one space and trims; `map[i]` is the index in `text` of collapsed char i. */
export function collapseWhitespace(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      map.push(i - 1);
      pendingSpace = false;
    }
    out += text[i];
    map.push(i);
  }
  return { text: out, map };
}

export type LabelLocation =
  | { found: true; range: OffsetRange; block: VisibleBlock }
  | { found: false; occurrences: number };

/** Where a label's text sits in the document; it must occur exactly once in the visible text. */
export function locateLabel(blocks: VisibleBlock[], labelText: string): LabelLocation {
  const needle = collapseWhitespace(labelText).text;
  const hits: { range: OffsetRange; block: VisibleBlock }[] = [];
  if (!needle) return { found: false, occurrences: 0 };
  for (const block of blocks) {
    const hay = collapseWhitespace(block.text);
    for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
      const first = block.offsets[hay.map[at]];
      const last = block.offsets[hay.map[at + needle.length - 1]];
      hits.push({ range: { start: first, end: last + 1 }, block });
    }
  }
  if (hits.length === 1) return { found: true, ...hits[0] };
  return { found: false, occurrences: hits.length };
}
