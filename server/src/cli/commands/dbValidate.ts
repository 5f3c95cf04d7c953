// `factlens db validate <pack...>`: checks claim packs the way the build checks the built-in
// database: schema, ids and references (against the built-in database and each other), and
// every quote against the source text when a pack source names a local `file`.
import * as fs from 'fs';
import * as path from 'path';
import { mergeFiles } from '../../engine/db/database';
import { expandPackPaths, loadBuiltinDatabase, readClaimsFile } from '../../engine/db/load';
import { formatIssue, type DbIssue, type ParsedFile } from '../../engine/db/parseFile';
import { collapseWhitespace } from '../../engine/db/quotes';
import { parseCommandArgs, UsageError } from '../args';
import { EXIT_OK, EXIT_USAGE, type CliIO } from '../io';
import { displayPath } from '../loadDatabase';

export const DB_VALIDATE_HELP = `Usage: factlens db validate <pack...>

Validates claim pack files (YAML or JSON; directories are searched for them):
  - the schema (every field, kebab-case ids, disputed claims with evidence on both sides)
  - ids and cross-references against the built-in database and the other packs given
  - every evidence quote, verbatim, against the source's text when the source names a
    \`file\` (a path relative to the pack file)

Prints "ok: N claims" and exits 0, or prints file:line:col: message lines and exits 2.

Options:
  -h, --help   show this help
`;

export function runDbValidate(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs('db validate', args, {});
  if (values.help) {
    io.stdout(DB_VALIDATE_HELP);
    return EXIT_OK;
  }
  if (!positionals.length) throw new UsageError('db validate: give at least one pack file or directory.\nRun `factlens db validate --help` for usage.');

  const { files, issues } = expandPackPaths(positionals.map((p) => path.resolve(io.cwd, p)));
  const parsed = files.map((f) => readClaimsFile(f));
  const merged = mergeFiles(loadBuiltinDatabase(), parsed.map((p) => ({ parsed: p, builtin: false })));
  issues.push(...merged.issues, ...checkLocalQuotes(parsed, io.cwd));

  if (issues.length) {
    for (const i of sortIssues(issues)) io.stdout(formatIssue({ ...i, file: displayPath(i.file, io.cwd) }) + '\n');
    io.stderr(`${issues.length} problem(s) in claim pack(s)\n`);
    return EXIT_USAGE;
  }
  const claims = parsed.reduce((n, p) => n + (p.data ? p.data.claims.length + p.data.overrides.length : 0), 0);
  io.stdout(`ok: ${claims} claim${claims === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
  return EXIT_OK;
}

/** Source texts are plain text files of reasonable size; anything bigger is refused, not read. */
const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/** Resolves symlinks (where the path exists) so `..` and links cannot leave a folder. */
function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function isInside(folder: string, p: string): boolean {
  const rel = path.relative(realPath(folder), realPath(p));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads a source's `file`. Pack content is data: a path in it may only name a regular file inside
 * the workspace (the current directory) or the pack's own folder, never /etc/passwd or /dev/zero.
 */
function readSourceFile(packFile: string, name: string, cwd: string): { text: string } | { error: string } {
  const resolved = path.resolve(path.dirname(packFile), name);
  if (!isInside(cwd, resolved) && !isInside(path.dirname(packFile), resolved)) {
    return { error: `source file ${name} (resolved to ${resolved}) is outside the workspace and the pack's folder; FactLens reads source files only inside them` };
  }
  try {
    const stat = fs.statSync(resolved);
    if (!stat.isFile()) return { error: `source file ${name} is not a regular file` };
    if (stat.size > MAX_SOURCE_BYTES) return { error: `source file ${name} is over ${MAX_SOURCE_BYTES / 1024 / 1024} MB; source texts must be plain text` };
    return { text: fs.readFileSync(resolved, 'utf8') };
  } catch {
    return { error: `source file not found: ${name} (resolved to ${resolved}); paths are relative to the pack file` };
  }
}

/** Quotes whose source is defined in one of these packs with a local `file` must appear in it. */
function checkLocalQuotes(parsed: ParsedFile[], cwd: string): DbIssue[] {
  const issues: DbIssue[] = [];
  const texts = new Map<string, { text: string; file: string }>();
  for (const p of parsed) {
    p.data?.sources.forEach((s, i) => {
      if (!s.file) return;
      const read = readSourceFile(p.file, s.file, cwd);
      if ('text' in read) texts.set(s.id, { text: collapseWhitespace(read.text), file: s.file });
      else issues.push({ file: p.file, ...p.locate(['sources', i, 'file']), message: read.error });
    });
  }
  for (const p of parsed) {
    if (!p.data) continue;
    for (const section of ['claims', 'overrides'] as const) {
      p.data[section].forEach((c, i) =>
        c.evidence.forEach((e, j) => {
          const source = texts.get(e.source);
          if (source && !source.text.includes(collapseWhitespace(e.quote))) {
            issues.push({
              file: p.file,
              ...p.locate([section, i, 'evidence', j, 'quote']),
              message: `quote not found verbatim in ${source.file} (source "${e.source}"); copy it exactly from the source`,
            });
          }
        }),
      );
    }
  }
  return issues;
}

function sortIssues(issues: DbIssue[]): DbIssue[] {
  return issues.slice().sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
