// Recognizers for the inline constructs that start with '<': HTML tags, autolinks, and the
// multi-line kinds (comments, processing instructions, CDATA, declarations). Every recognizer is
// anchored at one position (sticky regexes) and none can backtrack super-linearly; the "no closer
// after here" flags keep hostile input such as thousands of unclosed `<!--` linear.

const ATTRIBUTE = String.raw`(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>\x60\x00-\x20]+|'[^']*'|"[^"]*"))?)`;
const OPEN_TAG = new RegExp(String.raw`<[A-Za-z][A-Za-z0-9\-]*${ATTRIBUTE}*\s*\/?>`, 'y');
const CLOSE_TAG = /<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
const URI_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*)>/y;
const EMAIL_AUTOLINK =
  /<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/y;

function stickyMatch(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** Length of an open or closing tag starting at `at`, or 0. */
export function matchTag(s: string, at: number): number {
  const next = s.charCodeAt(at + 1);
  const m = next === 0x2f /* / */ ? stickyMatch(CLOSE_TAG, s, at) : stickyMatch(OPEN_TAG, s, at);
  return m ? m[0].length : 0;
}

export interface Autolink {
  length: number;
  href: string;
}

export function matchAutolink(s: string, at: number): Autolink | null {
  const m = stickyMatch(URI_AUTOLINK, s, at) ?? stickyMatch(EMAIL_AUTOLINK, s, at);
  return m ? { length: m[0].length, href: m[1] } : null;
}

/**
 * Comments and the other `<!`/`<?` constructs may run over many lines; searching for their end
 * from every opener would be quadratic, so once a search fails we remember that no closer exists.
 */
export class HtmlBlockish {
  private noCommentEnd = false;
  private noPiEnd = false;
  private noCdataEnd = false;
  private noDeclarationEnd = false;

  constructor(private readonly s: string) {}

  /** End index (exclusive) of a comment opening at `at`, or -1. */
  commentEnd(at: number): number {
    if (this.noCommentEnd || !this.s.startsWith('<!--', at)) return -1;
    // `<!-->` and `<!--->` are (empty) comments too, hence the search from at + 2.
    const close = this.s.indexOf('-->', at + 2);
    if (close === -1) {
      this.noCommentEnd = true;
      return -1;
    }
    return close + 3;
  }

  /** End index of a processing instruction, CDATA section or declaration opening at `at`, or -1. */
  otherEnd(at: number): number {
    const s = this.s;
    if (s.charCodeAt(at + 1) === 0x3f /* ? */) {
      if (this.noPiEnd) return -1;
      const close = s.indexOf('?>', at + 2);
      if (close === -1) this.noPiEnd = true;
      return close === -1 ? -1 : close + 2;
    }
    if (s.startsWith('<![CDATA[', at)) {
      if (this.noCdataEnd) return -1;
      const close = s.indexOf(']]>', at + 9);
      if (close === -1) this.noCdataEnd = true;
      return close === -1 ? -1 : close + 3;
    }
    const c = s.charCodeAt(at + 2);
    if (s.charCodeAt(at + 1) === 0x21 /* ! */ && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) {
      if (this.noDeclarationEnd) return -1;
      const close = s.indexOf('>', at + 2);
      if (close === -1) this.noDeclarationEnd = true;
      return close === -1 ? -1 : close + 1;
    }
    return -1;
  }
}
