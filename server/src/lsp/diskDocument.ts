// Reads a document that is not open in the editor (workspace check, closed files). Unlike open
// documents, these arrive as bytes: anything we should not analyse (too big, binary, not UTF-8)
// becomes a skip reason naming the setting to change, so no file is ever skipped silently.
import * as fs from 'fs';
import type { Settings } from './settings';

export type DiskDocument = { ok: true; text: string } | { ok: false; reason: string; text: string } | { ok: false; unreadable: true };

export function readDiskDocument(file: string, settings: Pick<Settings, 'maxFileSizeKb'>): DiskDocument {
  const limit = settings.maxFileSizeKb * 1024;
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, unreadable: true };
    if (stat.size > limit) {
      return {
        ok: false,
        text: '',
        reason: `FactLens did not check this file: it is ${Math.ceil(stat.size / 1024)} KB, over the ${settings.maxFileSizeKb} KB limit. Raise the setting "factlens.maxFileSizeKb" to check it.`,
      };
    }
    bytes = fs.readFileSync(file);
  } catch {
    return { ok: false, unreadable: true };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      text: '',
      reason: 'FactLens did not check this file: it contains NUL bytes, so it looks binary rather than Markdown text. To stop checking files of this kind, change the setting "factlens.languageIds".',
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      text: '',
      reason: 'FactLens did not check this file: it is not valid UTF-8. Re-save it as UTF-8 to check it, or change the setting "factlens.languageIds" to stop checking files of this kind.',
    };
  }
}
