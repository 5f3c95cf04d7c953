// `factlens db validate <pack...>`: checks claim packs the way the build checks the built-in
// database: schema, ids and references (against the built-in database and each other), and
// every quote against the source text when a pack source names a local `file`.
import * as path from 'path';
import { loadBuiltinDatabase, loadDatabaseWithPacks } from '../../engine/db/load';
import { formatIssue } from '../../engine/db/formatIssue';
import type { DbIssue } from '../../engine/db/parseFile';
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

  // Quotes of sources with a local `file` are checked there (inside the pack's folder or the workspace).
  const { files, issues, parsed } = loadDatabaseWithPacks(
    positionals.map((p) => path.resolve(io.cwd, p)),
    loadBuiltinDatabase(),
    { sourceRoots: [io.cwd] },
  );

  if (issues.length) {
    for (const i of sortIssues(issues)) io.stdout(formatIssue({ ...i, file: displayPath(i.file, io.cwd) }) + '\n');
    io.stderr(`${issues.length} problem(s) in claim pack(s)\n`);
    return EXIT_USAGE;
  }
  const claims = parsed.reduce((n, p) => n + (p.data ? p.data.claims.length + p.data.overrides.length : 0), 0);
  io.stdout(`ok: ${claims} claim${claims === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
  return EXIT_OK;
}

function sortIssues(issues: DbIssue[]): DbIssue[] {
  return issues.slice().sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
