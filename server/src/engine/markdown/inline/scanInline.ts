// Scans the inline content of one block and produces the prose the reader sees: markup removed,
// escapes and entities decoded, citations and disable directives collected, and for every output
// character the document offset it came from. One left-to-right pass; plain runs are copied as
// slices, so the cost is a few operations per character.
import type { CitationMark, DisableDirective } from '../../types';
import { decodeEntity, normalizeReferenceLabel, type LinkReference } from '../blockParser';
import { sliceSource, type BlockSource } from '../blockSource';
import { parseDirective } from '../directives';
import { OffsetBuffer } from '../offsetBuffer';
import { delimiterRun, pairedMarkerIndices, type DelimiterRun } from './emphasis';
import { HtmlBlockish, matchAutolink, matchTag } from './htmlSyntax';
import { isFootnoteLabel, matchBrackets, pandocKeys, parseInlineLinkTail } from './linkSyntax';

export interface InlineContext {
  references: Record<string, LinkReference>;
  /** Directives found in inline comments are appended here. */
  directives: DisableDirective[];
}

export interface InlineProse {
  /** Trimmed prose. */
  text: string;
  offsets: number[];
  citations: CitationMark[];
}

const enum Ch {
  Tab = 0x09,
  Newline = 0x0a,
  Space = 0x20,
  Bang = 0x21,
  Amp = 0x26,
  Star = 0x2a,
  Lt = 0x3c,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  Caret = 0x5e,
  Underscore = 0x5f,
  Backtick = 0x60,
  OpenParen = 0x28,
  LowerH = 0x68,
  LowerW = 0x77,
  Tilde = 0x7e,
}

/** Characters that may start markup; everything else is copied through in bulk. */
const SPECIAL = new Uint8Array(128);
for (const c of '\\`<&![]*_~') SPECIAL[c.charCodeAt(0)] = 1;

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const BARE_URL_BODY = /[^\s<>]*/y;
const MAX_LABEL_LENGTH = 999;
const TRAILING_URL_PUNCT = '.,;:!?"\'*_~';

function isAsciiPunct(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The whitespace String.prototype.trim removes. */
export function isWhitespaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

interface OpenLink {
  /** Index of the ']' that ends the link text. */
  close: number;
  /** Where scanning resumes after the link text (past the destination or reference label). */
  resume: number;
}

const EMPTY_SOURCE = sliceSource('', 0, 0);

export function scanInline(source: BlockSource, ctx: InlineContext): InlineProse {
  return scanner.scan(source, ctx);
}

/**
 * One scanner serves every block (a document has tens of thousands of blocks, and per-block
 * scratch objects showed up as garbage-collection time); scan() resets all per-block state.
 */
class InlineScanner {
  private s = '';
  private source: BlockSource = EMPTY_SOURCE;
  private ctx: InlineContext = { references: {}, directives: [] };
  private n = 0;
  private readonly parts: string[] = [];
  private readonly offsets = new OffsetBuffer();
  private outLength = 0;
  /** Output index -> document end offset, only for characters decoded from entities (wider than 1). */
  private entityEnds: Map<number, number> | null = null;
  private citations: CitationMark[] = [];
  private readonly delimiters: DelimiterRun[] = [];
  private readonly openLinks: OpenLink[] = [];
  private brackets: Int32Array | null = null;
  private htmlState: HtmlBlockish | null = null;
  /** Backtick-run lengths known to have no closing run later in the text. */
  private unclosedBackticks: Set<number> | null = null;
  /** Mask of paired emphasis markers to drop, reused (typed arrays are slow to allocate). */
  private dropMask = new Uint8Array(1024);

  scan(source: BlockSource, ctx: InlineContext): InlineProse {
    this.s = source.text;
    this.source = source;
    this.ctx = ctx;
    this.n = source.text.length;
    this.parts.length = 0;
    this.offsets.reset();
    this.outLength = 0;
    this.entityEnds = null;
    this.citations = [];
    this.delimiters.length = 0;
    this.openLinks.length = 0;
    this.brackets = null;
    this.htmlState = null;
    this.unclosedBackticks = null;
    return this.run();
  }

  private run(): InlineProse {
    const s = this.s;
    const n = this.n;
    let runStart = 0;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c >= 128 || SPECIAL[c] === 0) {
        if ((c === Ch.LowerH || c === Ch.LowerW) && this.bareUrlAt(i)) {
          this.copy(runStart, i);
          i = runStart = this.skipPastOpenLinks(this.bareUrl(i));
          continue;
        }
        i++;
        continue;
      }
      this.copy(runStart, i);
      const next = this.markup(i, c);
      if (next < 0) {
        // Not markup after all: the character is text and starts the next plain run.
        runStart = i;
        i++;
      } else {
        i = runStart = this.skipPastOpenLinks(next);
      }
    }
    this.copy(runStart, n);
    return this.finish();
  }

  /** Handles markup starting at i; returns where to continue, or -1 when s[i] is plain text. */
  private markup(i: number, c: number): number {
    switch (c) {
      case Ch.Backslash:
        return this.escape(i);
      case Ch.Backtick:
        return this.codeSpan(i);
      case Ch.Lt:
        return this.angle(i);
      case Ch.Amp:
        return this.entity(i);
      case Ch.Bang:
        return this.s.charCodeAt(i + 1) === Ch.OpenBracket ? this.image(i) : -1;
      case Ch.OpenBracket:
        return this.bracket(i);
      case Ch.CloseBracket:
        return this.closeBracket(i);
      default:
        return this.delimiter(i, c);
    }
  }

  // ---- output ----

  private copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.s.slice(from, to));
    this.source.pushOffsets(from, to, this.offsets);
    this.outLength += to - from;
  }

  private emitDecoded(text: string, at: number, end: number): void {
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) {
      (this.entityEnds ??= new Map()).set(this.outLength, end);
      this.offsets.push(at);
      this.outLength++;
    }
  }

  private range(from: number, to: number): { start: number; end: number } {
    return { start: this.source.offsetAt(from), end: this.source.offsetAt(to - 1) + 1 };
  }

  // ---- constructs ----

  private escape(i: number): number {
    const next = this.s.charCodeAt(i + 1);
    if (next === Ch.Newline) {
      // Backslash hard line break: the break stays, the backslash goes.
      this.copy(i + 1, i + 2);
      return i + 2;
    }
    if (!isAsciiPunct(next)) return -1;
    this.copy(i + 1, i + 2);
    return i + 2;
  }

  private codeSpan(i: number): number {
    const s = this.s;
    let end = i;
    while (end < this.n && s.charCodeAt(end) === Ch.Backtick) end++;
    const length = end - i;
    if (!this.unclosedBackticks?.has(length)) {
      let from = end;
      for (;;) {
        const k = s.indexOf('`', from);
        if (k === -1) break;
        let m = k;
        while (m < this.n && s.charCodeAt(m) === Ch.Backtick) m++;
        if (m - k === length) return m; // the whole span is code, not prose
        from = m;
      }
      (this.unclosedBackticks ??= new Set()).add(length);
    }
    // An unmatched backtick run is literal text, all of it.
    this.copy(i, end);
    return end;
  }

  private get html(): HtmlBlockish {
    return (this.htmlState ??= new HtmlBlockish(this.s));
  }

  private angle(i: number): number {
    const commentEnd = this.html.commentEnd(i);
    if (commentEnd >= 0) {
      const body = commentEnd - 3 >= i + 4 ? this.s.slice(i + 4, commentEnd - 3) : '';
      const directive = parseDirective(body, this.range(i, commentEnd));
      if (directive) this.ctx.directives.push(directive);
      return commentEnd;
    }
    const autolink = matchAutolink(this.s, i);
    if (autolink) {
      this.citations.push({ kind: 'link', key: autolink.href, range: this.range(i, i + autolink.length) });
      return i + autolink.length;
    }
    const tag = matchTag(this.s, i);
    if (tag > 0) return i + tag;
    return this.html.otherEnd(i);
  }

  private entity(i: number): number {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(this.s);
    if (!m) return -1;
    const decoded = decodeEntity(m[0]);
    if (decoded === null) return -1;
    const end = i + m[0].length;
    this.emitDecoded(decoded, this.source.offsetAt(i), this.source.offsetAt(end - 1) + 1);
    return end;
  }

  private delimiter(i: number, c: number): number {
    const s = this.s;
    let end = i + 1;
    while (end < this.n && s.charCodeAt(end) === c) end++;
    const run = delimiterRun(s, i, end - i, this.outLength);
    if (run) this.delimiters.push(run);
    // Markers are written out now and removed in finish() if they pair up.
    this.copy(i, end);
    return end;
  }

  private bareUrlAt(i: number): boolean {
    const s = this.s;
    if (i > 0 && isAsciiAlnum(s.charCodeAt(i - 1))) return false;
    return s.startsWith('http://', i) || s.startsWith('https://', i) || s.startsWith('www.', i);
  }

  /** A bare URL is a citation, not prose: record it and drop it from the text. */
  private bareUrl(i: number): number {
    const s = this.s;
    BARE_URL_BODY.lastIndex = i;
    BARE_URL_BODY.exec(s);
    let end = BARE_URL_BODY.lastIndex;
    const open = this.openLinks[this.openLinks.length - 1];
    if (open && end > open.close) end = open.close;
    // Sentence punctuation and unbalanced closing parentheses after a URL are not part of it.
    let unbalanced = countChar(s, i, end, ')') - countChar(s, i, end, '(');
    while (end > i) {
      const last = s.charCodeAt(end - 1);
      if (TRAILING_URL_PUNCT.includes(s[end - 1])) end--;
      else if (last === 0x29 && unbalanced > 0) {
        end--;
        unbalanced--;
      } else break;
    }
    const minimum = s.startsWith('www.', i) ? 5 : s.startsWith('https://', i) ? 9 : 8;
    if (end - i < minimum) {
      this.copy(i, i + 1);
      return i + 1;
    }
    this.citations.push({ kind: 'link', key: s.slice(i, end), range: this.range(i, end) });
    return end;
  }

  private closeOf(open: number): number {
    this.brackets ??= matchBrackets(this.s);
    return this.brackets[open];
  }

  private bracket(i: number): number {
    const s = this.s;
    const close = this.closeOf(i);
    if (close < 0) return -1;
    if (s.charCodeAt(i + 1) === Ch.Caret) {
      const label = s.slice(i + 2, close);
      if (!isFootnoteLabel(label)) return -1;
      this.citations.push({ kind: 'footnote', key: label, range: this.range(i, close + 1) });
      return close + 1;
    }
    const link = this.linkAfter(i, close);
    if (link) {
      this.citations.push({ kind: 'link', key: link.href, range: this.range(i, link.end) });
      this.openLinks.push({ close, resume: link.end });
      return i + 1; // the link text is prose; scanning continues inside it
    }
    const keys = pandocKeys(s.slice(i + 1, close));
    if (keys.length > 0) {
      const range = this.range(i, close + 1);
      for (const key of keys) this.citations.push({ kind: 'pandoc', key, range: { ...range } });
      return close + 1;
    }
    return -1;
  }

  private closeBracket(i: number): number {
    const open = this.openLinks[this.openLinks.length - 1];
    if (!open || open.close !== i) return -1;
    this.openLinks.pop();
    return open.resume;
  }

  /** If the link text or another construct swallowed a link's ']', skip its destination anyway. */
  private skipPastOpenLinks(next: number): number {
    let at = next;
    while (this.openLinks.length > 0 && this.openLinks[this.openLinks.length - 1].close < at) {
      at = Math.max(at, this.openLinks.pop()!.resume);
    }
    return at;
  }

  private image(i: number): number {
    const close = this.closeOf(i + 1);
    if (close < 0) return -1;
    const link = this.linkAfter(i + 1, close);
    // Images are not prose: alt text describes a picture, it does not make claims.
    return link ? link.end : -1;
  }

  /** Inline `(dest)`, full `[label]`, collapsed `[]` or shortcut reference after the ']' at `close`. */
  private linkAfter(open: number, close: number): { end: number; href: string } | null {
    const s = this.s;
    const after = s.charCodeAt(close + 1);
    if (after === Ch.OpenParen) {
      const tail = parseInlineLinkTail(s, close + 1);
      if (tail) return { end: tail.end, href: decodeEntityText(tail.href) };
    }
    if (after === Ch.OpenBracket) {
      const labelClose = this.closeOf(close + 1);
      if (labelClose > 0) {
        const label = labelClose === close + 2 ? s.slice(open + 1, close) : s.slice(close + 2, labelClose);
        const ref = this.reference(label);
        if (ref) return { end: labelClose + 1, href: ref.href };
      }
    }
    const ref = this.reference(s.slice(open + 1, close));
    return ref ? { end: close + 1, href: ref.href } : null;
  }

  private reference(label: string): LinkReference | null {
    if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return null;
    const key = normalizeReferenceLabel(label);
    return Object.prototype.hasOwnProperty.call(this.ctx.references, key) ? this.ctx.references[key] : null;
  }

  // ---- result ----

  private finish(): InlineProse {
    const full = this.parts.join('');
    const offsets = this.offsets;
    let dropped: Uint8Array | null = null;
    if (this.delimiters.length > 0) {
      const drop = pairedMarkerIndices(this.delimiters);
      if (drop.length > 0) {
        if (this.dropMask.length < full.length) this.dropMask = new Uint8Array(Math.max(full.length, this.dropMask.length * 2));
        dropped = this.dropMask;
        dropped.fill(0, 0, full.length);
        for (const k of drop) dropped[k] = 1;
      }
    }
    let first = 0;
    while (first < full.length && (isWhitespaceCode(full.charCodeAt(first)) || (dropped !== null && dropped[first] === 1))) first++;
    let last = full.length - 1;
    while (last >= first && (isWhitespaceCode(full.charCodeAt(last)) || (dropped !== null && dropped[last] === 1))) last--;
    if (last < first) return { text: '', offsets: [this.source.end], citations: this.citations };

    const end = this.entityEnds?.get(last) ?? offsets.get(last) + 1;
    const outOffsets = offsets.toArray(first, last + 1, end, dropped);
    let text: string;
    if (dropped === null) {
      text = first === 0 && last === full.length - 1 ? full : full.slice(first, last + 1);
    } else {
      const pieces: string[] = [];
      let runFrom = first;
      for (let k = first; k <= last; k++) {
        if (dropped[k] === 0) continue;
        if (k > runFrom) pieces.push(full.slice(runFrom, k));
        runFrom = k + 1;
      }
      if (runFrom <= last) pieces.push(full.slice(runFrom, last + 1));
      text = pieces.join('');
    }
    return { text, offsets: outOffsets, citations: this.citations };
  }
}

function countChar(s: string, from: number, to: number, ch: string): number {
  // Only look inside [from, to): `indexOf` would scan to the end of the text when `ch` is absent,
  // which made a paragraph with thousands of bare URLs quadratic.
  const code = ch.charCodeAt(0);
  let count = 0;
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === code) count++;
  return count;
}

/** Link destinations may contain entities and escapes; the citation key is the decoded URL. */
function decodeEntityText(href: string): string {
  if (href.indexOf('&') === -1 && href.indexOf('\\') === -1) return href;
  return href
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (e) => decodeEntity(e) ?? e);
}

/** Scanning is synchronous and never nested, so one scanner is enough. */
const scanner = new InlineScanner();
