// Pandoc bibliographies: adds an entry to a CSL-JSON (.json) or BibTeX (.bib) file, or to the
// `references:` list in the document's front matter, only when its key is not there yet.
import type { CitationCandidate } from './citationSources';
import { eolOf, lineEnd } from './sentenceBounds';
import type { FrontMatterInfo } from './frontMatter';
import { insertAt, type FileEdits, type OffsetEdit } from './textEdit';

export type BibliographyFormat = 'csl-json' | 'bibtex';

export function bibliographyFormat(file: string): BibliographyFormat | null {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'csl-json';
  if (lower.endsWith('.bib')) return 'bibtex';
  return null;
}

function cslEntry(c: CitationCandidate): Record<string, string> {
  const entry: Record<string, string> = {
    id: c.id,
    type: c.origin === 'reference' ? 'article-journal' : 'webpage',
    title: c.title,
    URL: c.url,
  };
  if (c.pmid) entry.PMID = c.pmid;
  if (c.pmcid) entry.PMCID = c.pmcid;
  if (c.doi) entry.DOI = c.doi;
  return entry;
}

/** Adds entries to a CSL-JSON array. `existing` is null when the file does not exist. */
export function cslJsonEdits(path: string, existing: string | null, add: CitationCandidate[]): FileEdits | { error: string } {
  const eol = existing ? eolOf(existing) : '\n';
  const render = (c: CitationCandidate) =>
    '  ' + JSON.stringify(cslEntry(c), null, 2).split('\n').join(eol + '  ');
  if (existing === null || existing.trim() === '') {
    if (!add.length) return { path, create: false, edits: [] };
    const body = '[' + eol + add.map(render).join(',' + eol) + eol + ']' + eol;
    return existing === null
      ? { path, create: true, edits: [insertAt(0, body)] }
      : { path, create: false, edits: [{ range: { start: 0, end: existing.length }, newText: body }] };
  }
  let items: unknown;
  try {
    items = JSON.parse(existing);
  } catch (e) {
    return { error: `${path} is not valid JSON (${(e as Error).message}); fix it before adding citations` };
  }
  if (!Array.isArray(items)) return { error: `${path} is not a CSL-JSON array` };
  const ids = new Set(items.map((i) => (i && typeof i === 'object' ? String((i as { id?: unknown }).id) : '')));
  const missing = add.filter((c) => !ids.has(c.id));
  if (!missing.length) return { path, create: false, edits: [] };
  const close = existing.lastIndexOf(']');
  let last = close - 1;
  while (last >= 0 && /\s/.test(existing[last])) last--;
  const empty = existing[last] === '[';
  const text = (empty ? eol : ',' + eol) + missing.map(render).join(',' + eol) + (empty ? eol : '');
  return { path, create: false, edits: [insertAt(last + 1, text)] };
}

function bibtexEscape(s: string): string {
  return s.replace(/[{}]/g, '').replace(/([&%#_$])/g, '\\$1');
}

export function bibtexHasKey(text: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`@[A-Za-z]+\\s*[{(]\\s*${k}\\s*,`).test(text);
}

export function bibtexEdits(path: string, existing: string | null, add: CitationCandidate[]): FileEdits {
  const eol = existing ? eolOf(existing) : '\n';
  const missing = add.filter((c) => !existing || !bibtexHasKey(existing, c.id));
  if (!missing.length) return { path, create: false, edits: [] };
  const entries = missing.map((c) => {
    const fields = [`  title = {${bibtexEscape(c.title)}}`, `  url = {${c.url}}`];
    if (c.doi) fields.push(`  doi = {${c.doi}}`);
    if (c.pmid) fields.push(`  note = {PMID: ${c.pmid}}`);
    return `@misc{${c.id},${eol}${fields.join(',' + eol)}${eol}}${eol}`;
  });
  if (existing === null) return { path, create: true, edits: [insertAt(0, entries.join(eol))] };
  const lead = existing.length === 0 ? '' : existing.endsWith('\n') ? eol : eol + eol;
  return { path, create: false, edits: [insertAt(existing.length, lead + entries.join(eol))] };
}

function yamlReference(c: CitationCandidate, indent: string, eol: string): string {
  const lines = [`${indent}- id: ${JSON.stringify(c.id)}`, `${indent}  type: ${c.origin === 'reference' ? 'article-journal' : 'webpage'}`];
  lines.push(`${indent}  title: ${JSON.stringify(c.title)}`, `${indent}  URL: ${JSON.stringify(c.url)}`);
  if (c.pmid) lines.push(`${indent}  PMID: ${JSON.stringify(c.pmid)}`);
  if (c.doi) lines.push(`${indent}  DOI: ${JSON.stringify(c.doi)}`);
  return lines.map((l) => l + eol).join('');
}

/** Adds entries to a `references:` list in the front matter, creating the list or the front matter if needed. */
export function frontMatterReferenceEdits(
  text: string,
  fm: FrontMatterInfo | null,
  add: CitationCandidate[],
): OffsetEdit[] | { error: string } {
  const eol = eolOf(text);
  if (!fm) {
    if (!add.length) return [];
    return [insertAt(0, `---${eol}references:${eol}${add.map((c) => yamlReference(c, '', eol)).join('')}---${eol}${eol}`)];
  }
  if (fm.invalid) return { error: 'the front matter is not valid YAML; fix it before adding citations' };
  const missing = add.filter((c) => !fm.referenceIds?.includes(c.id));
  if (!missing.length) return [];
  if (fm.referenceIds === null) {
    return [insertAt(fm.closeStart, `references:${eol}${missing.map((c) => yamlReference(c, '', eol)).join('')}`)];
  }
  // Find the `references:` key line and the end of its block.
  const keyMatch = /^references:[ \t]*(.*)$/m.exec(fm.body);
  if (!keyMatch) return { error: 'cannot find the references list in the front matter' };
  const keyLineStart = fm.bodyStart + keyMatch.index;
  const keyLineEnd = lineEnd(text, keyLineStart);
  const inline = keyMatch[1].replace(/\r$/, '').trim();
  if (inline === '[]') {
    const valueStart = text.indexOf('[]', keyLineStart);
    const items = missing.map((c) => yamlReference(c, '', eol)).join('');
    return [{ range: { start: valueStart, end: valueStart + 2 }, newText: '' }, insertAt(keyLineEnd + eol.length, items)];
  }
  if (inline !== '' && !inline.startsWith('#')) return { error: 'the front matter references list is not a block list' };
  let at = keyLineEnd + eol.length; // start of the line after the key
  let insertPos = at;
  let indent: string | null = null;
  while (at < fm.closeStart) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (line.trim() !== '' && !/^[ \t]/.test(line) && !line.startsWith('-')) break;
    if (line.trim() !== '') {
      insertPos = Math.min(end + eol.length, fm.closeStart);
      if (indent === null && /^[ \t]*-/.test(line)) indent = /^[ \t]*/.exec(line)![0];
    }
    at = end + eol.length;
  }
  return [insertAt(insertPos, missing.map((c) => yamlReference(c, indent ?? '', eol)).join(''))];
}
