// Container blocks (block quotes, list items, footnote definitions) put markers in front of the
// lines of the blocks they contain. markdown-it strips them internally; where we need a line's
// content start ourselves (table rows) we strip them the same way.

export interface Container {
  type: 'blockquote' | 'list-item' | 'footnote';
  /** 0-based document line where the container starts (its marker sits only on that line for lists and footnotes). */
  line: number;
}

function skipBlanks(src: string, at: number, end: number): number {
  while (at < end && (src.charCodeAt(at) === 0x20 || src.charCodeAt(at) === 0x09)) at++;
  return at;
}

/** Offset of the first content character of `line` once the containers' markers are removed. */
export function contentStart(src: string, start: number, end: number, line: number, containers: Container[]): number {
  let at = start;
  for (const container of containers) {
    if (container.type === 'blockquote') {
      at = skipBlanks(src, at, end);
      if (src.charCodeAt(at) === 0x3e /* > */) at++;
    } else if (line === container.line) {
      at = skipBlanks(src, at, end);
      at = container.type === 'list-item' ? skipListMarker(src, at, end) : skipFootnoteLabel(src, at, end);
    }
  }
  return skipBlanks(src, at, end);
}

function skipListMarker(src: string, at: number, end: number): number {
  const c = src.charCodeAt(at);
  if (c === 0x2d || c === 0x2a || c === 0x2b /* - * + */) return at + 1;
  let k = at;
  while (k < end && k - at < 9 && src.charCodeAt(k) >= 0x30 && src.charCodeAt(k) <= 0x39) k++;
  if (k > at && (src.charCodeAt(k) === 0x2e || src.charCodeAt(k) === 0x29 /* . ) */)) return k + 1;
  return at;
}

function skipFootnoteLabel(src: string, at: number, end: number): number {
  if (!src.startsWith('[^', at)) return at;
  const close = src.indexOf(']:', at);
  return close !== -1 && close < end ? close + 2 : at;
}

export function proseKindFor(containers: Container[]): 'paragraph' | 'list-item' | 'blockquote' | 'footnote' {
  if (containers.length === 0) return 'paragraph';
  return containers[containers.length - 1].type;
}
