// Front matter (YAML between --- fences, or TOML between +++ fences) at the very start of a
// document. It is metadata, not prose; we only read the fields that affect citation checks.
import { parseDocument } from 'yaml';
import type { LineIndex } from '../text/lineIndex';
import type { MarkdownProse } from '../types';

export type FrontMatter = NonNullable<MarkdownProse['frontMatter']>;

export interface FrontMatterBlock {
  info: FrontMatter;
  /** Number of lines the front matter occupies, closing fence included. */
  lineCount: number;
}

/** Finds front matter that opens on line 0 and is closed; an unclosed fence is not front matter. */
export function findFrontMatter(src: string, lines: LineIndex): FrontMatterBlock | null {
  const bom = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = src.slice(bom, lines.lineContentEnd(0)).trimEnd();
  if (first !== '---' && first !== '+++') return null;
  const isToml = first === '+++';
  for (let line = 1; line < lines.lineCount; line++) {
    const content = src.slice(lines.lineStart(line), lines.lineContentEnd(line)).trimEnd();
    const closes = isToml ? content === '+++' : content === '---' || content === '...';
    if (!closes) continue;
    const body = src.slice(lines.lineStart(1), lines.lineStart(line));
    // A document may also open with a thematic break; prose between two breaks is not metadata.
    if (!startsLikeMetadata(body, isToml)) return null;
    const fields = isToml ? readTomlFields(body) : readYamlFields(body);
    return {
      info: { range: { start: 0, end: lines.lineContentEnd(line) }, ...fields },
      lineCount: line + 1,
    };
  }
  return null;
}

const YAML_KEY_LINE = /^[^\s#:][^:]*:(?:\s|$)/;
const TOML_KEY_LINE = /^(?:[A-Za-z0-9_."'-]+\s*=|\[)/;

/** The first line that is not blank or a comment must be a `key:` (YAML) or `key =` / `[table]` (TOML). */
function startsLikeMetadata(body: string, isToml: boolean): boolean {
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return (isToml ? TOML_KEY_LINE : YAML_KEY_LINE).test(line);
  }
  return true;
}

interface Fields {
  bibliography?: string[];
  hasReferences: boolean;
}

function readYamlFields(body: string): Fields {
  let data: unknown;
  try {
    // parseDocument collects problems instead of printing warnings to the console.
    const doc = parseDocument(body);
    // Broken front matter is the author's business; we just cannot use it.
    if (doc.errors.length > 0) return { hasReferences: false };
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { hasReferences: false };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { hasReferences: false };
  const record = data as Record<string, unknown>;
  const fields: Fields = { hasReferences: Object.prototype.hasOwnProperty.call(record, 'references') };
  const bib = toStringList(record.bibliography);
  if (bib) fields.bibliography = bib;
  return fields;
}

function toStringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : undefined;
  if (Array.isArray(value)) {
    const list = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
    return list.length > 0 ? list : undefined;
  }
  return undefined;
}

/** Minimal TOML reading: top-level `bibliography = "x"` or `bibliography = ["x", "y"]`, and a `references` key or table. */
function readTomlFields(body: string): Fields {
  const fields: Fields = { hasReferences: false };
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (/^(references\s*=|\[\[?\s*references\s*\]\]?)/.test(line)) fields.hasReferences = true;
    const m = /^bibliography\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const values = [...m[1].matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((q) => (q[1] ?? q[2]).trim()).filter(Boolean);
    if (values.length > 0) fields.bibliography = values;
  }
  return fields;
}
