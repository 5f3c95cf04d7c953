// Emphasis and strikethrough markers (* _ ** __ ~~). A run of markers is only markup when it can
// open or close (CommonMark "flanking" rules) and finds a partner; "2 * 3", "snake_case" and a
// lone "P<0.05*" stay text. Pairing uses one stack per marker character, which is linear time
// (a simplification of CommonMark's delimiter algorithm that agrees on ordinary prose).

export interface DelimiterRun {
  /** Index in the output text of the run's first marker. */
  out: number;
  length: number;
  char: number;
  canOpen: boolean;
  canClose: boolean;
}

const TILDE = 0x7e;
const UNDERSCORE = 0x5f;

const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;

function classify(ch: string): 'space' | 'punct' | 'other' {
  if (ch === '' || WHITESPACE.test(ch)) return 'space';
  return PUNCT_OR_SYMBOL.test(ch) ? 'punct' : 'other';
}

/** The code point ending just before `at` (whole surrogate pair), or '' at the start. */
function charBefore(s: string, at: number): string {
  if (at <= 0) return '';
  const lo = s.charCodeAt(at - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && at >= 2) {
    const hi = s.charCodeAt(at - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(at - 2, at);
  }
  return s[at - 1];
}

function charAt(s: string, at: number): string {
  if (at >= s.length) return '';
  const cp = s.codePointAt(at)!;
  return String.fromCodePoint(cp);
}

/** Describes the marker run s[start, start+length); null when it cannot be markup at all. */
export function delimiterRun(s: string, start: number, length: number, out: number): DelimiterRun | null {
  const char = s.charCodeAt(start);
  if (char === TILDE && length !== 2) return null;
  const before = classify(charBefore(s, start));
  const after = classify(charAt(s, start + length));
  const leftFlanking = after !== 'space' && (after !== 'punct' || before !== 'other');
  const rightFlanking = before !== 'space' && (before !== 'punct' || after !== 'other');
  let canOpen = leftFlanking;
  let canClose = rightFlanking;
  if (char === UNDERSCORE) {
    // Intraword underscores (snake_case, 1_000) are never emphasis.
    canOpen = leftFlanking && (!rightFlanking || before === 'punct');
    canClose = rightFlanking && (!leftFlanking || after === 'punct');
  }
  if (!canOpen && !canClose) return null;
  return { out, length, char, canOpen, canClose };
}

interface Opener {
  run: DelimiterRun;
  /** Output index of the first marker still unmatched. */
  from: number;
  remaining: number;
}

/** Output indices of the markers that pair up and are therefore markup to drop. */
export function pairedMarkerIndices(runs: DelimiterRun[]): number[] {
  const stacks = new Map<number, Opener[]>();
  const drop: number[] = [];
  for (const run of runs) {
    let stack = stacks.get(run.char);
    if (!stack) stacks.set(run.char, (stack = []));
    let from = run.out;
    let remaining = run.length;
    if (run.canClose) {
      while (remaining > 0 && stack.length > 0) {
        const opener = stack[stack.length - 1];
        const use = run.char === TILDE ? 2 : Math.min(opener.remaining, remaining) >= 2 ? 2 : 1;
        if (opener.remaining < use || remaining < use) break;
        // Inner markers pair first: the opener's last ones with the closer's first ones.
        for (let k = 0; k < use; k++) drop.push(opener.from + opener.remaining - use + k, from + k);
        opener.remaining -= use;
        from += use;
        remaining -= use;
        if (opener.remaining === 0) stack.pop();
      }
    }
    if (remaining > 0 && run.canOpen) stack.push({ run, from, remaining });
  }
  return drop;
}
