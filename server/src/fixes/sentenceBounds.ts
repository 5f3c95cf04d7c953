// Where citations attach to a sentence. The engine's sentence range covers the prose from its
// first to its last character; closing emphasis or quotes may follow it and belong to it.
import type { OffsetRange } from '../engine/types';

const CLOSERS = new Set(['*', '_', '~', '"', '\u201d', '\u2019', "'"]);
const TERMINAL = new Set(['.', '!', '?']);
const FOOTNOTE_REF = /^\[\^[^\]\s]+\]/;

/** Offset just after the sentence: past closing emphasis/quotes and footnote references already attached. */
export function afterSentence(text: string, range: OffsetRange): number {
  let at = range.end;
  while (at < text.length && CLOSERS.has(text[at])) at++;
  for (let m = FOOTNOTE_REF.exec(text.slice(at)); m; m = FOOTNOTE_REF.exec(text.slice(at))) at += m[0].length;
  return at;
}

/** Footnote labels attached right after the sentence. */
export function attachedFootnotes(text: string, range: OffsetRange): string[] {
  let at = range.end;
  while (at < text.length && CLOSERS.has(text[at])) at++;
  const labels: string[] = [];
  for (let m = FOOTNOTE_REF.exec(text.slice(at)); m; m = FOOTNOTE_REF.exec(text.slice(at))) {
    labels.push(m[0].slice(2, -1));
    at += m[0].length;
  }
  return labels;
}

/** Offset of the sentence's final . ! or ? (before closing quotes/emphasis), or null when it has none. */
export function finalPunctuation(text: string, range: OffsetRange): number | null {
  let at = range.end - 1;
  while (at > range.start && CLOSERS.has(text[at])) at--;
  return at >= range.start && TERMINAL.has(text[at]) ? at : null;
}

export function endsWithTerminal(s: string): boolean {
  const t = s.trimEnd();
  return t.length > 0 && TERMINAL.has(t[t.length - 1]);
}

/** Escapes text written into a Markdown document so it stays plain text (titles of references). */
export function escapeInlineMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/[\\`*_\[\]<>]/g, (c) => '\\' + c);
}

/** Line terminator the document already uses, so inserted lines match it. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Start offset of the line containing `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End offset of the line containing `offset` (before its line break). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > 0 && text[end - 1] === '\r' && end - 1 >= offset ? end - 1 : end;
}
