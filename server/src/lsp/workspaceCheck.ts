// factlens.checkWorkspace: checks every Markdown file in the workspace folders, open or not,
// reporting progress and publishing diagnostics for each file.
import * as fs from 'fs';
import * as path from 'path';

/** File extensions for the language ids the server checks. */
const EXTENSIONS: Record<string, string[]> = {
  markdown: ['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn'],
  mdx: ['.mdx'],
  quarto: ['.qmd'],
  rmd: ['.rmd'],
};

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'out', 'build', 'vendor', 'target']);

export function extensionsFor(languageIds: string[]): string[] {
  return [...new Set(languageIds.flatMap((id) => EXTENSIONS[id.toLowerCase()] ?? [`.${id.toLowerCase()}`]))];
}

/** Lists candidate files under the folders, skipping dependency/build folders and hidden ones. */
export function listWorkspaceFiles(folders: string[], extensions: string[], limit = 20_000): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (out.length >= limit) return;
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) walk(p);
      } else if (e.isFile() && extensions.includes(path.extname(e.name).toLowerCase())) out.push(p);
    }
  };
  for (const f of folders) walk(f);
  return [...new Set(out)];
}

export interface WorkspaceCheckStep {
  file: string;
  index: number;
  total: number;
}

/**
 * Visits each file, yielding to the event loop between files so edits and cancellation are
 * handled while a large workspace is checked.
 */
export async function forEachFile(
  files: string[],
  visit: (step: WorkspaceCheckStep) => void,
  isCancelled: () => boolean,
): Promise<{ checked: number; cancelled: boolean }> {
  let checked = 0;
  for (let i = 0; i < files.length; i++) {
    if (isCancelled()) return { checked, cancelled: true };
    visit({ file: files[i], index: i, total: files.length });
    checked++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { checked, cancelled: false };
}
