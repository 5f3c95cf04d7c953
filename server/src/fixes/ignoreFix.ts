// "Ignore": puts `<!-- factlens-disable-next-line <claim-id> -->` on its own line above the
// sentence's line, keeping the line's indentation and block-quote prefix so lists and quotes stay intact.
import type { CheckedClaim } from '../engine/types';
import { eolOf, lineEnd, lineStart } from './sentenceBounds';
import { insertAt, type Fix } from './textEdit';

const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)*/;
const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;

export function disableComment(claimId: string | null): string {
  return claimId ? `<!-- factlens-disable-next-line ${claimId} -->` : '<!-- factlens-disable-next-line -->';
}

/** Indentation (with quote markers) the comment line needs to sit in the same block as `line`. */
function commentPrefix(line: string, previousLine: string | null): string {
  const quote = QUOTE_PREFIX.exec(line)![0];
  const rest = line.slice(quote.length);
  const marker = LIST_MARKER.exec(rest);
  if (marker && previousLine !== null) {
    // A list item that follows another item: indent the comment into the previous item, so the
    // list is not split in two.
    const prevQuote = QUOTE_PREFIX.exec(previousLine)![0];
    const prevRest = previousLine.slice(prevQuote.length);
    const prevMarker = LIST_MARKER.exec(prevRest);
    if (prevQuote === quote && prevMarker && prevMarker[1] === marker[1] && prevRest.trim() !== '') {
      const content = prevMarker[1].length + prevMarker[2].length + Math.max(1, prevMarker[3].length);
      return quote + ' '.repeat(content);
    }
  }
  return quote;
}

export function ignoreFix(text: string, claim: Pick<CheckedClaim, 'range' | 'claimId'>): Fix | null {
  const start = lineStart(text, claim.range.start);
  const line = text.slice(start, lineEnd(text, start));
  const comment = disableComment(claim.claimId);
  let previousLine: string | null = null;
  if (start > 0) {
    const prevStart = lineStart(text, start - 1);
    previousLine = text.slice(prevStart, lineEnd(text, prevStart));
    // Already ignored (by this id or by a comment that silences every claim): nothing to do.
    const existing = /<!--\s*factlens-disable-next-line\b([^>]*?)\s*-->/.exec(previousLine);
    if (existing) {
      const ids = existing[1].trim().split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0 || (claim.claimId && ids.includes(claim.claimId))) return null;
      if (!claim.claimId) return null;
      // Another claim on this line is already ignored: add this id to the same comment, since a
      // second comment line would separate the first from the line it silences.
      const at = prevStart + existing.index + existing[0].search(/\s*-->$/);
      return {
        title: `Ignore "${claim.claimId}" here (disable comment)`,
        edits: [insertAt(at, ` ${claim.claimId}`)],
        files: [],
      };
    }
  }
  const prefix = commentPrefix(line, previousLine);
  return {
    title: claim.claimId ? `Ignore "${claim.claimId}" here (disable comment)` : 'Ignore this sentence (disable comment)',
    edits: [insertAt(start, prefix + comment + eolOf(text))],
    files: [],
  };
}
