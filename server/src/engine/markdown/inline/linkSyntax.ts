// Link, image, footnote-reference and Pandoc-citation syntax inside a block's inline text.

let bracketBuffer = new Int32Array(1024);

/**
 * For every '[' the index of its matching ']' (or -1), found in one pass so that hostile input
 * like 10,000 unclosed '[' stays linear. Backslash-escaped brackets do not count.
 */
export function matchBrackets(s: string): Int32Array {
  // One buffer reused by every block (scanning is synchronous), grown when a block is larger.
  if (bracketBuffer.length < s.length) bracketBuffer = new Int32Array(Math.max(s.length, bracketBuffer.length * 2));
  const close = bracketBuffer;
  close.fill(-1, 0, s.length);
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x5b /* [ */) open.push(i);
    else if (c === 0x5d /* ] */ && open.length > 0) close[open.pop()!] = i;
  }
  return close;
}

export interface LinkTail {
  /** Index just past the closing ')'. */
  end: number;
  href: string;
}

const MAX_PAREN_DEPTH = 32;

function isSpaceOrNewline(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

function isAsciiPunct(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** Parses `(destination "title")` starting at the '(' at `at`, per CommonMark; null if malformed. */
export function parseInlineLinkTail(s: string, at: number): LinkTail | null {
  const n = s.length;
  let k = at + 1;
  while (k < n && isSpaceOrNewline(s.charCodeAt(k))) k++;
  if (k >= n) return null;
  let href = '';
  if (s.charCodeAt(k) === 0x3c /* < */) {
    let m = k + 1;
    for (; m < n; m++) {
      const c = s.charCodeAt(m);
      if (c === 0x5c && m + 1 < n) m++;
      else if (c === 0x3e /* > */) break;
      else if (c === 0x0a || c === 0x3c) return null;
    }
    if (m >= n) return null;
    href = s.slice(k + 1, m);
    k = m + 1;
  } else if (s.charCodeAt(k) !== 0x29 /* ) */) {
    let depth = 0;
    let m = k;
    for (; m < n; m++) {
      const c = s.charCodeAt(m);
      if (c <= 0x20 || c === 0x7f) break;
      if (c === 0x5c && m + 1 < n && isAsciiPunct(s.charCodeAt(m + 1))) m++;
      else if (c === 0x28 /* ( */) {
        if (++depth > MAX_PAREN_DEPTH) return null;
      } else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (depth !== 0) return null;
    href = s.slice(k, m);
    k = m;
  }
  const afterHref = k;
  while (k < n && isSpaceOrNewline(s.charCodeAt(k))) k++;
  const q = s.charCodeAt(k);
  if (k > afterHref && (q === 0x22 || q === 0x27 || q === 0x28)) {
    const closer = q === 0x28 ? 0x29 : q;
    let m = k + 1;
    for (; m < n; m++) {
      const c = s.charCodeAt(m);
      if (c === 0x5c) m++;
      else if (c === closer) break;
      else if (q === 0x28 && c === 0x28) return null;
    }
    if (m >= n) return null;
    k = m + 1;
    while (k < n && isSpaceOrNewline(s.charCodeAt(k))) k++;
  }
  if (s.charCodeAt(k) !== 0x29) return null;
  return { end: k + 1, href };
}

/** A footnote reference label: non-empty, no whitespace (as markdown-it-footnote and Pandoc require). */
export function isFootnoteLabel(label: string): boolean {
  return label.length > 0 && !/[\s[\]]/.test(label);
}

// Pandoc citation keys start with a letter, digit or '_' and may contain internal punctuation
// from :.#$%&-+?<>~/ ; the '@' must follow the bracket start, a space, ';' or '-' (suppress-author).
const PANDOC_KEY = /(?:^|[\s;\[(-])@([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*)/gu;

/** Citation keys in the text of a bracket such as `[see @smith2020, p. 3; @doe]`; empty if none. */
export function pandocKeys(bracketText: string): string[] {
  if (bracketText.indexOf('@') === -1) return [];
  const keys: string[] = [];
  PANDOC_KEY.lastIndex = 0;
  for (let m = PANDOC_KEY.exec(bracketText); m; m = PANDOC_KEY.exec(bracketText)) keys.push(m[1]);
  return keys;
}
