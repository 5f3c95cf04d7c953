// `<!-- factlens-disable -->`, `<!-- factlens-enable -->` and `<!-- factlens-disable-next-line -->`,
// optionally followed by the claim ids they apply to (separated by spaces or commas).
import { detach } from '../text/detach';
import type { DisableDirective, OffsetRange } from '../types';

const DIRECTIVE = /^\s*factlens-(disable-next-line|disable|enable)(?=\s|$)([^]*)$/;

const KINDS: Record<string, DisableDirective['kind']> = {
  'disable-next-line': 'disable-next-line',
  disable: 'disable',
  enable: 'enable',
};

/** Reads a directive from the text between `<!--` and `-->`; null when the comment is something else. */
export function parseDirective(commentBody: string, range: OffsetRange): DisableDirective | null {
  const m = DIRECTIVE.exec(commentBody);
  if (!m) return null;
  // Regex captures are slices of the document: a directive outlives its version of the text (an
  // incremental session keeps unchanged blocks), so it holds canonical kinds and copied ids.
  const ids = m[2].split(/[\s,]+/).filter((id) => id.length > 0).map(detach);
  return { kind: KINDS[m[1]], ids, range };
}

/** Finds every directive comment in a raw source range (used for HTML blocks, which we do not scan inline). */
export function directivesInHtml(src: string, start: number, end: number, into: DisableDirective[]): void {
  // Search a copy of just this block: indexOf on the whole document would scan past the block's
  // end every time, which is quadratic over a document full of HTML blocks.
  const html = src.slice(start, end);
  let at = html.indexOf('<!--');
  while (at !== -1) {
    const close = html.indexOf('-->', at + 2);
    if (close === -1) return;
    const body = close >= at + 4 ? html.slice(at + 4, close) : '';
    const directive = parseDirective(body, { start: start + at, end: start + close + 3 });
    if (directive) into.push(directive);
    at = html.indexOf('<!--', close + 3);
  }
}
