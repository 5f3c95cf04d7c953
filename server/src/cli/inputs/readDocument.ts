// Reads one document for checking. Anything we should not analyse (too big, binary, not UTF-8)
// comes back as a skip with a reason that says what to do, so nothing is ever skipped silently.
import * as fs from 'fs';

export type ReadResult = { ok: true; text: string } | { ok: false; skip: string } | { ok: false; error: string };

export function readDocument(file: string, maxBytes: number): ReadResult {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    // A FIFO or device (/dev/zero) reports size 0 and would block or never end: files only.
    if (!stat.isFile()) return { ok: false, error: 'not a regular file; pass Markdown files or directories' };
    const size = stat.size;
    if (size > maxBytes) {
      return {
        ok: false,
        skip: `skipped: file is ${kb(size)} KB, over the ${kb(maxBytes)} KB limit (raise it with --max-size-kb)`,
      };
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, error: `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (bytes.includes(0)) {
    return { ok: false, skip: 'skipped: looks binary (contains NUL bytes); pass only Markdown/text files' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, skip: 'skipped: not valid UTF-8; re-save the file as UTF-8 to check it' };
  }
}

function kb(bytes: number): string {
  const v = bytes / 1024;
  return v >= 10 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
}
