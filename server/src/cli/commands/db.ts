// `factlens db`: shows the loaded database (built-in plus packs) and dispatches to
// `db validate` and `db test`.
import type { ClaimsDatabase } from '../../engine/db/database';
import { oneOf, parseCommandArgs, UsageError } from '../args';
import { EXIT_OK, type CliIO } from '../io';
import { loadCliDatabase } from '../loadDatabase';
import { runDbTest } from './dbTest';
import { runDbValidate } from './dbValidate';

export const DB_HELP = `Usage: factlens db [--format text|json] [--claims <file|dir>...]
       factlens db validate <pack...>
       factlens db test [--packs-only] [pack...]

Shows the claims database FactLens checks against: the built-in claims plus claim packs
from --claims and .factlens/claims/.

Options:
  --format <text|json>   text: a summary with counts (default); json: the whole database
  --claims <file|dir>    extra claim pack (YAML/JSON); repeatable
  -h, --help             show this help

Subcommands:
  validate   check pack files: schema, references to the built-in database, quotes
  test       check every claim's labelled examples against the engine
Run \`factlens db validate --help\` or \`factlens db test --help\` for details.
`;

export function runDb(args: string[], io: CliIO): number {
  if (args[0] === 'validate') return runDbValidate(args.slice(1), io);
  if (args[0] === 'test') return runDbTest(args.slice(1), io);
  const { values, positionals } = parseCommandArgs('db', args, {
    format: { type: 'string' },
    claims: { type: 'string', multiple: true },
  });
  if (values.help) {
    io.stdout(DB_HELP);
    return EXIT_OK;
  }
  if (positionals.length) {
    throw new UsageError(`db: unknown subcommand "${positionals[0]}" (use validate or test)\nRun \`factlens db --help\` for usage.`);
  }
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const loaded = loadCliDatabase((values.claims as string[] | undefined) ?? [], io.cwd);
  io.stdout(format === 'json' ? JSON.stringify(databaseJson(loaded.db, loaded.files), null, 2) + '\n' : databaseText(loaded.db, loaded.files));
  return EXIT_OK;
}

export function databaseJson(db: ClaimsDatabase, packFiles: string[]) {
  return {
    packs: packFiles,
    sources: [...db.sources.values()],
    references: [...db.references.values()],
    claims: db.claims.map((c) => ({ ...c, origin: db.claimOrigin.get(c.id) ?? null })),
    lexicon: db.lexicon,
  };
}

export function databaseText(db: ClaimsDatabase, packFiles: string[]): string {
  const lines: string[] = [];
  const status = count(db.claims.map((c) => c.status));
  lines.push('FactLens claims database');
  lines.push(
    `  ${db.claims.length} claims (${status.get('supported') ?? 0} supported, ${status.get('disputed') ?? 0} disputed), ` +
      `${db.sources.size} sources, ${db.references.size} references, ${db.lexicon.length} lexicon entries`,
  );
  lines.push(`  packs loaded: ${packFiles.length ? packFiles.join(', ') : 'none'}`);

  lines.push('', 'Claims per status:');
  lines.push(...table([...status.entries()]));

  lines.push('', 'Claims per topic:');
  lines.push(...table([...count(db.claims.map((c) => c.topic ?? '(no topic)')).entries()]));

  lines.push('', 'Claims per source (claims with evidence from it):');
  const perSource = new Map<string, number>();
  for (const c of db.claims) for (const s of new Set(c.evidence.map((e) => e.source))) perSource.set(s, (perSource.get(s) ?? 0) + 1);
  const sourceRows: Array<[string, number, string]> = [...db.sources.values()].map((s) => [
    s.id,
    perSource.get(s.id) ?? 0,
    `${s.title} (${s.kind}, reliability ${s.reliability})`,
  ]);
  lines.push(...table(sourceRows.map(([id, n]) => [id, n]), sourceRows.map((r) => r[2])));
  return lines.join('\n') + '\n';
}

function count(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return new Map([...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

function table(rows: Array<[string, number]>, notes: string[] = []): string[] {
  if (!rows.length) return ['  (none)'];
  const width = Math.max(...rows.map(([k]) => k.length));
  const numWidth = Math.max(...rows.map(([, n]) => String(n).length));
  return rows.map(([k, n], i) => `  ${k.padEnd(width)}  ${String(n).padStart(numWidth)}${notes[i] ? '  ' + notes[i] : ''}`);
}
