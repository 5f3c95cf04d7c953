// Reads the YAML front matter of a Markdown document: where it is and the fields Pandoc
// citations need (bibliography files, an inline references list).
import { parse } from 'yaml';

export interface FrontMatterInfo {
  /** Offset of the first character of the YAML body (after the opening ---). */
  bodyStart: number;
  /** Offset of the start of the closing --- line. */
  closeStart: number;
  body: string;
  bibliography: string[];
  /** Parsed `references` list ids, or null when there is no such key. */
  referenceIds: string[] | null;
  /** The YAML could not be parsed: nothing is edited inside it. */
  invalid: boolean;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function readFrontMatter(text: string): FrontMatterInfo | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const bodyStart = open[0].length;
  const rest = text.slice(bodyStart);
  const close = CLOSE.exec(rest);
  if (!close) return null;
  const closeStart = bodyStart + close.index;
  const body = text.slice(bodyStart, closeStart);
  let data: unknown;
  let invalid = false;
  try {
    data = parse(body) ?? {};
  } catch {
    invalid = true;
    data = {};
  }
  const obj = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) invalid = true;
  const bib = obj.bibliography;
  const bibliography = typeof bib === 'string' ? [bib] : Array.isArray(bib) ? bib.filter((b): b is string => typeof b === 'string') : [];
  const refs = obj.references;
  const referenceIds =
    refs === undefined
      ? null
      : Array.isArray(refs)
        ? refs.map((r) => (r && typeof r === 'object' ? String((r as Record<string, unknown>).id ?? '') : '')).filter(Boolean)
        : [];
  return { bodyStart, closeStart, body, bibliography, referenceIds, invalid };
}
