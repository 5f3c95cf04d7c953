// Markdown -> prose segments with exact document offsets (UTF-16 code units).
// markdown-it finds the blocks (token.map line ranges); we map each block's content lines back
// to the source and scan the inline syntax ourselves, so every prose character knows where it
// came from. Code, HTML, front matter, link destinations and images never reach the text.
import { LineIndex } from '../text/lineIndex';
import type { DisableDirective, MarkdownProse, OffsetRange, ProseKind, ProseSegment } from '../types';
import { parseBlocks, type BlockToken, type LinkReference } from './blockParser';
import { buildBlockSource, sliceSource, type BlockSource, type LineSlice } from './blockSource';
import { contentStart, proseKindFor, type Container } from './containers';
import { directivesInHtml } from './directives';
import { FOOTNOTE_CLOSE, FOOTNOTE_OPEN } from './footnoteDefinitionRule';
import { findFrontMatter } from './frontMatter';
import { isWhitespaceCode, scanInline } from './inline/scanInline';
import { tableCells } from './tableRow';

export function extractProse(text: string): MarkdownProse {
  // markdown-it turns NUL into U+FFFD; doing the same (length-preserving) keeps both views aligned.
  const src = text.indexOf('\0') === -1 ? text : text.replace(/\0/g, '\uFFFD');
  const lines = new LineIndex(src);
  const prose: MarkdownProse = { segments: [], directives: [], footnoteDefinitions: new Map() };

  const frontMatter = findFrontMatter(src, lines);
  let firstLine = 0;
  let body = src;
  if (frontMatter) {
    prose.frontMatter = frontMatter.info;
    firstLine = frontMatter.lineCount;
    body = firstLine < lines.lineCount ? src.slice(lines.lineStart(firstLine)) : '';
  } else if (src.charCodeAt(0) === 0xfeff) {
    // A byte-order mark would hide a heading or list marker on the first line.
    body = ' ' + src.slice(1);
  }

  const { tokens, references } = parseBlocks(body);
  new ProseCollector(src, lines, firstLine, references, prose).collect(tokens);
  return prose;
}

/** One top-level block of the document body: where it starts and the prose found in it. */
export interface ProseChunk {
  /** Document line of the block's first line. */
  line: number;
  segments: ProseSegment[];
  directives: DisableDirective[];
}

/**
 * The prose of document lines [fromLine, toLine), parsed on their own and grouped by top-level
 * block, for incremental analysis. `fromLine` must be where a top-level block of the whole
 * document starts: markdown-it keeps no state between top-level blocks, so parsing from there
 * gives the blocks the whole-document parse gives. Link references are the whole document's
 * (pass the `references` of the last full parse). The text must contain no NUL.
 */
export function extractChunks(
  src: string,
  lines: LineIndex,
  fromLine: number,
  toLine: number,
  references: Record<string, LinkReference>,
): ProseChunk[] {
  const start = lines.lineStart(fromLine);
  const end = toLine < lines.lineCount ? lines.lineStart(toLine) : src.length;
  return chunksOf(src, lines, fromLine, parseBlocks(src.slice(start, end)).tokens, references);
}

/** The whole document as chunks, plus what incremental updates need from the full parse. */
export function extractAllChunks(src: string): {
  lines: LineIndex;
  chunks: ProseChunk[];
  references: Record<string, LinkReference>;
  /** Document line where the Markdown body starts (after front matter). */
  bodyLine: number;
} {
  const lines = new LineIndex(src);
  const frontMatter = findFrontMatter(src, lines);
  const bodyLine = frontMatter ? frontMatter.lineCount : 0;
  const body = bodyLine === 0 ? (src.charCodeAt(0) === 0xfeff ? ' ' + src.slice(1) : src) : bodyLine < lines.lineCount ? src.slice(lines.lineStart(bodyLine)) : '';
  const { tokens, references } = parseBlocks(body);
  return { lines, chunks: chunksOf(src, lines, bodyLine, tokens, references), references, bodyLine };
}

function chunksOf(src: string, lines: LineIndex, lineOffset: number, tokens: BlockToken[], references: Record<string, LinkReference>): ProseChunk[] {
  const chunks: ProseChunk[] = [];
  let from = 0;
  while (from < tokens.length) {
    // A top-level block runs from a level-0 token to the level-0 token that closes it.
    let to = from;
    if (tokens[from].nesting === 1) {
      let depth = 0;
      do {
        depth += tokens[to].nesting;
        to++;
      } while (depth > 0 && to < tokens.length);
    } else {
      to = from + 1;
    }
    const prose: MarkdownProse = { segments: [], directives: [], footnoteDefinitions: new Map() };
    new ProseCollector(src, lines, lineOffset, references, prose).collect(tokens.slice(from, to));
    const map = tokens[from].map;
    chunks.push({ line: (map ? map[0] : 0) + lineOffset, segments: prose.segments, directives: prose.directives });
    from = to;
  }
  return chunks;
}

class ProseCollector {
  private readonly containers: Container[] = [];
  private tableColumns = 0;
  /** The current table's header cells as text; null until its header row is read. */
  private columnHeaders: string[] | null = null;

  constructor(
    private readonly src: string,
    private readonly lines: LineIndex,
    /** Document line of markdown-it's line 0 (non-zero after front matter). */
    private readonly lineOffset: number,
    private readonly references: Record<string, LinkReference>,
    private readonly prose: MarkdownProse,
  ) {}

  collect(tokens: BlockToken[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      switch (token.type) {
        case 'blockquote_open':
          this.containers.push({ type: 'blockquote', line: this.firstLineOf(token) });
          break;
        case 'list_item_open':
          this.containers.push({ type: 'list-item', line: this.firstLineOf(token) });
          break;
        case FOOTNOTE_OPEN:
          this.containers.push({ type: 'footnote', line: this.firstLineOf(token) });
          this.footnoteDefinition(token);
          break;
        case 'blockquote_close':
        case 'list_item_close':
        case FOOTNOTE_CLOSE:
          this.containers.pop();
          break;
        case 'paragraph_open':
          this.paragraph(token, tokens[i + 1], proseKindFor(this.containers));
          break;
        case 'heading_open':
          if (token.markup.startsWith('#')) this.atxHeading(token, tokens[i + 1]);
          else this.paragraph(token, tokens[i + 1], 'heading');
          break;
        case 'table_open':
          this.tableColumns = countHeaderCells(tokens, i);
          this.columnHeaders = null;
          break;
        case 'tr_open':
          this.tableRow(token);
          break;
        case 'html_block':
          if (token.map) {
            const [from, to] = this.lineRange(token.map);
            directivesInHtml(this.src, this.lines.lineStart(from), this.lines.lineContentEnd(to - 1), this.prose.directives);
          }
          break;
        default:
          // fence, code_block, hr: not prose.
          break;
      }
    }
  }

  private firstLineOf(token: BlockToken): number {
    return token.map ? token.map[0] + this.lineOffset : -1;
  }

  private lineRange(map: [number, number]): [number, number] {
    return [map[0] + this.lineOffset, Math.max(map[0] + 1, map[1]) + this.lineOffset];
  }

  /** Paragraphs and setext headings: one markdown-it content line per source line. */
  private paragraph(open: BlockToken, inline: BlockToken | undefined, kind: ProseKind): void {
    if (!open.map || inline?.type !== 'inline') return;
    const [from, to] = this.lineRange(open.map);
    const content = inline.content;
    const slices: LineSlice[] = [];
    const terminators: number[] = [];
    let lineFrom = 0;
    for (let line = from; line < to && lineFrom <= content.length; line++) {
      let lineTo = content.indexOf('\n', lineFrom);
      if (lineTo === -1) lineTo = content.length;
      slices.push(this.locateContentLine(line, content, lineFrom, lineTo));
      terminators.push(this.lines.lineContentEnd(line));
      lineFrom = lineTo + 1;
    }
    const item = this.containers[this.containers.length - 1];
    if (kind === 'list-item' && item?.line === from && slices.length > 0) slices[0] = this.withoutTaskBox(slices[0]);
    this.addSegment(kind, buildBlockSource(this.src, slices, terminators), from, to);
  }

  private atxHeading(open: BlockToken, inline: BlockToken | undefined): void {
    if (!open.map || inline?.type !== 'inline') return;
    const [line] = this.lineRange(open.map);
    const content = inline.content.trim();
    if (content.length === 0) return;
    const start = this.lines.lineStart(line);
    const lineText = this.src.slice(start, this.lines.lineContentEnd(line));
    let hashes = lineText.indexOf('#');
    while (lineText.charCodeAt(hashes) === 0x23) hashes++;
    let at = lineText.indexOf(content, Math.max(0, hashes));
    if (at === -1) at = lineText.lastIndexOf(content);
    const slice = at === -1 ? this.locateContentLine(line, content) : { start: start + at, end: start + at + content.length };
    this.addSegment('heading', sliceSource(this.src, slice.start, slice.end), line, line + 1);
  }

  private tableRow(open: BlockToken): void {
    if (!open.map) return;
    const [line] = this.lineRange(open.map);
    const lineStart = this.lines.lineStart(line);
    const lineEnd = this.lines.lineContentEnd(line);
    const rowStart = contentStart(this.src, lineStart, lineEnd, line, this.containers);
    const cells = tableCells(this.src, rowStart, lineEnd);
    const columns = Math.min(cells.length, this.tableColumns || cells.length);
    let rowHeader: string | undefined;
    // The first row is the header row: its cells name what each column says of a row's subject.
    const headers = this.columnHeaders;
    const headerRow: string[] | null = headers ? null : [];
    for (let k = 0; k < columns; k++) {
      const cell = cells[k];
      if (cell.end <= cell.start) continue;
      const prose = scanInline(sliceSource(this.src, cell.start, cell.end), {
        references: this.references,
        directives: this.prose.directives,
      });
      if (headerRow) headerRow[k] = prose.text;
      if (prose.text.length === 0) continue;
      const columnHeader = k > 0 && rowHeader ? headers?.[k] : undefined;
      this.prose.segments.push({
        kind: 'table-cell',
        text: prose.text,
        offsets: prose.offsets,
        blockRange: { start: cell.start, end: cell.end },
        line,
        citations: prose.citations,
        ...(k > 0 && rowHeader ? { rowHeader } : {}),
        ...(columnHeader ? { columnHeader } : {}),
      });
      // The header row names columns: "Magnesium form | Bound to" says nothing of magnesium.
      if (k === 0 && !headerRow) rowHeader = prose.text;
    }
    if (headerRow) this.columnHeaders = headerRow;
  }

  private footnoteDefinition(open: BlockToken): void {
    const label: unknown = open.meta?.label;
    if (!open.map || typeof label !== 'string' || this.prose.footnoteDefinitions.has(label)) return;
    const [from, to] = this.lineRange(open.map);
    const first = this.src.slice(this.lines.lineStart(from), this.lines.lineContentEnd(from));
    const start = this.lines.lineStart(from) + Math.max(0, first.indexOf('[^'));
    this.prose.footnoteDefinitions.set(label, { start, end: this.trimmedEnd(from, to) });
  }

  /**
   * Where markdown-it's content line sits in the source line. Container markers and indentation
   * precede it, so the trimmed content is a suffix of the trimmed source line.
   */
  private locateContentLine(line: number, content: string, from = 0, to = content.length): LineSlice {
    const src = this.src;
    const lineStart = this.lines.lineStart(line);
    const end = trimEnd(src, lineStart, this.lines.lineContentEnd(line));
    const wantedFrom = trimStart(content, from, to);
    const wantedTo = trimEnd(content, wantedFrom, to);
    const length = wantedTo - wantedFrom;
    if (length === 0) return { start: end, end };
    const start = end - length;
    // The content is by construction a suffix of the line; checking its ends avoids comparing
    // every character of the document twice, and anything unexpected gets the careful search.
    if (
      start >= lineStart &&
      src.charCodeAt(start) === content.charCodeAt(wantedFrom) &&
      src.charCodeAt(end - 1) === content.charCodeAt(wantedTo - 1)
    ) {
      return { start, end };
    }
    const wanted = content.slice(wantedFrom, wantedTo);
    const at = src.slice(lineStart, end).lastIndexOf(wanted);
    if (at !== -1) return { start: lineStart + at, end: lineStart + at + wanted.length };
    // Should not happen; fall back to the whole line without its indentation.
    return { start: trimStart(src, lineStart, end), end };
  }

  /** GFM task list items ("- [ ] todo", "- [x] done"): the check box is not prose. */
  private withoutTaskBox(slice: LineSlice): LineSlice {
    const src = this.src;
    const at = slice.start;
    const box = src.charCodeAt(at + 1);
    const isBox =
      src.charCodeAt(at) === 0x5b && (box === 0x20 || box === 0x78 || box === 0x58) && src.charCodeAt(at + 2) === 0x5d;
    const after = src.charCodeAt(at + 3);
    if (!isBox || at + 3 > slice.end || (at + 3 < slice.end && after !== 0x20 && after !== 0x09)) return slice;
    return { start: trimStart(src, at + 3, slice.end), end: slice.end };
  }

  /** End of the last non-blank line in [from, to). */
  private trimmedEnd(from: number, to: number): number {
    for (let line = to - 1; line >= from; line--) {
      const start = this.lines.lineStart(line);
      const end = trimEnd(this.src, start, this.lines.lineContentEnd(line));
      if (end > start) return end;
    }
    return this.lines.lineContentEnd(from);
  }

  private blockRange(from: number, to: number): OffsetRange {
    const start = this.lines.lineStart(from);
    return { start: trimStart(this.src, start, this.lines.lineContentEnd(from)), end: this.trimmedEnd(from, to) };
  }

  private addSegment(kind: ProseKind, source: BlockSource, from: number, to: number): void {
    const prose = scanInline(source, { references: this.references, directives: this.prose.directives });
    if (prose.text.length === 0) return;
    this.prose.segments.push({
      kind,
      text: prose.text,
      offsets: prose.offsets,
      blockRange: this.blockRange(from, to),
      line: from,
      citations: prose.citations,
    });
  }
}

/** Index just past the last non-whitespace character of src[start, end) (String.prototype.trim's whitespace). */
function trimEnd(src: string, start: number, end: number): number {
  while (end > start && isWhitespaceCode(src.charCodeAt(end - 1))) end--;
  return end;
}

function trimStart(src: string, start: number, end: number): number {
  while (start < end && isWhitespaceCode(src.charCodeAt(start))) start++;
  return start;
}

/** Number of header cells: markdown-it pads or truncates body rows to this many columns. */
function countHeaderCells(tokens: BlockToken[], tableOpen: number): number {
  let count = 0;
  for (let i = tableOpen + 1; i < tokens.length && tokens[i].type !== 'tr_close'; i++) {
    if (tokens[i].type === 'th_open') count++;
  }
  return count;
}
