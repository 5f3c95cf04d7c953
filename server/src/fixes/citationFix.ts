// "Insert citation" quick fixes in three styles:
//   footnote: `[^id]` after the sentence + `[^id]: Title. URL` at the end of the document (reused if defined);
//   pandoc:   `[@id]` before the final punctuation + an entry in the bibliography / front-matter references;
//   link:     ` ([Title](url))` after the sentence.
import type { CheckedClaim, OffsetRange } from '../engine/types';
import { bibliographyFormat, bibtexEdits, cslJsonEdits, frontMatterReferenceEdits } from './bibliography';
import type { CitationCandidate } from './citationSources';
import { readFrontMatter } from './frontMatter';
import { afterSentence, attachedFootnotes, eolOf, escapeInlineMarkdown, finalPunctuation } from './sentenceBounds';
import { insertAt, type Fix, type FileEdits, type OffsetEdit } from './textEdit';

export type CitationStyle = 'footnote' | 'pandoc' | 'link';

export interface CitationContext {
  text: string;
  style: CitationStyle;
  /** Reads a bibliography file named in the front matter (path as written there); null when it does not exist. */
  readFile?: (path: string) => string | null;
}

/** Where one sentence gets its citation; null when it already has exactly this one. */
export function citationMarkEdit(text: string, range: OffsetRange, c: CitationCandidate, style: CitationStyle): OffsetEdit | null {
  if (style === 'footnote') {
    if (attachedFootnotes(text, range).includes(c.id)) return null;
    return insertAt(afterSentence(text, range), `[^${c.id}]`);
  }
  if (style === 'link') {
    const at = afterSentence(text, range);
    const link = ` ([${escapeInlineMarkdown(c.title)}](${encodeUrl(c.url)}))`;
    if (text.startsWith(link, at)) return null;
    return insertAt(at, link);
  }
  const punct = finalPunctuation(text, range);
  const at = punct ?? range.end;
  // Extend an existing `[@a]` right before the punctuation: `[@a; @b]`.
  const before = text.slice(range.start, at);
  const existing = /\[(@[^\]]*)\]\s*$/.exec(before);
  if (existing) {
    const keys = existing[1].split(';').map((k) => k.trim().replace(/^-?@/, ''));
    if (keys.includes(c.id)) return null;
    const close = range.start + existing.index + existing[0].lastIndexOf(']');
    return insertAt(close, `; @${c.id}`);
  }
  return insertAt(at, ` [@${c.id}]`);
}

function encodeUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (ch) => encodeURIComponent(ch));
}

const FOOTNOTE_DEF = /^[ \t]{0,3}\[\^([^\]\s]+)\]:/gm;

export function footnoteDefinitions(text: string): Set<string> {
  return new Set([...text.matchAll(FOOTNOTE_DEF)].map((m) => m[1]));
}

function footnoteDefinition(c: CitationCandidate): string {
  const title = escapeInlineMarkdown(c.title);
  return `[^${c.id}]: ${title}${/[.!?]$/.test(title) ? '' : '.'} ${c.url}`;
}

/** Definitions to add at the end of the document for footnotes not yet defined. */
function footnoteDefinitionEdits(text: string, add: CitationCandidate[]): OffsetEdit[] {
  const defined = footnoteDefinitions(text);
  const missing = add.filter((c, i) => !defined.has(c.id) && add.findIndex((d) => d.id === c.id) === i);
  if (!missing.length) return [];
  const eol = eolOf(text);
  const lines = missing.map(footnoteDefinition).join(eol);
  const lastLine = text.replace(/(\r?\n)+$/, '').split(/\r?\n/).pop() ?? '';
  const afterDefinition = /^[ \t]{0,3}\[\^[^\]\s]+\]:/.test(lastLine);
  let lead: string;
  if (text.length === 0) lead = '';
  else if (/(\r?\n){2}$/.test(text)) lead = '';
  else if (/\r?\n$/.test(text)) lead = afterDefinition ? '' : eol;
  else lead = afterDefinition ? eol : eol + eol;
  return [insertAt(text.length, lead + lines + eol)];
}

/** Everything besides the marks: footnote definitions, bibliography entries. */
export function citationSupportEdits(
  ctx: CitationContext,
  add: CitationCandidate[],
): { edits: OffsetEdit[]; files: FileEdits[] } | { error: string } {
  if (ctx.style === 'link') return { edits: [], files: [] };
  if (ctx.style === 'footnote') return { edits: footnoteDefinitionEdits(ctx.text, add), files: [] };
  const fm = readFrontMatter(ctx.text);
  if (fm && fm.bibliography.length) {
    const target = fm.bibliography.find((b) => bibliographyFormat(b) !== null);
    if (!target) return { error: `bibliography ${fm.bibliography.join(', ')} is not CSL-JSON (.json) or BibTeX (.bib)` };
    const existing = ctx.readFile ? ctx.readFile(target) : null;
    const fileEdit = bibliographyFormat(target) === 'csl-json' ? cslJsonEdits(target, existing, add) : bibtexEdits(target, existing, add);
    if ('error' in fileEdit) return fileEdit;
    return { edits: [], files: fileEdit.edits.length ? [fileEdit] : [] };
  }
  const edits = frontMatterReferenceEdits(ctx.text, fm, add);
  return 'error' in edits ? edits : { edits, files: [] };
}

/** One "Insert citation" fix for one candidate, or null when it would change nothing. */
export function insertCitationFix(ctx: CitationContext, claim: Pick<CheckedClaim, 'range'>, c: CitationCandidate): Fix | null {
  const mark = citationMarkEdit(ctx.text, claim.range, c, ctx.style);
  if (!mark) return null;
  const support = citationSupportEdits(ctx, [c]);
  if ('error' in support) return null;
  return {
    title: `Cite "${shorten(c.title)}" (${ctx.style})`,
    edits: mergeSameOffset([mark, ...support.edits]),
    files: support.files,
  };
}

export function shorten(s: string, max = 60): string {
  return s.length <= max ? s : s.slice(0, max - 1).trimEnd() + '…';
}

/** Inserts at one offset become a single edit, so the result never depends on how a client orders them. */
export function mergeSameOffset(edits: OffsetEdit[]): OffsetEdit[] {
  const out: OffsetEdit[] = [];
  for (const e of edits) {
    const prev = out.find((o) => o.range.start === e.range.start && o.range.end === o.range.start && e.range.end === e.range.start);
    if (prev) prev.newText += e.newText;
    else out.push({ range: { ...e.range }, newText: e.newText });
  }
  return out;
}
