// Text from documents and claim packs reaches the terminal (messages, sentences, file names). A
// terminal obeys control sequences: a pack statement could clear the screen, retitle the window,
// plant an OSC 8 hyperlink or rewrite earlier lines. On a TTY only our own colours (SGR) survive;
// every other control character is shown as a visible escape, so content can only be read.

/** SGR colour/style sequences, the only escapes FactLens itself writes. */
const SGR = /^\u001b\[[0-9;]*m/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function sanitizeForTerminal(text: string): string {
  if (!CONTROL.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\u001b') {
      const m = SGR.exec(text.slice(i, i + 32));
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        continue;
      }
    }
    // \r is kept only as part of \r\n, since a lone \r moves the cursor back over the line.
    if (ch === '\r' && text[i + 1] === '\n') {
      out += ch;
      continue;
    }
    out += CONTROL.test(ch) ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}
