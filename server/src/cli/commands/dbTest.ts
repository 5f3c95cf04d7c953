// `factlens db test`: runs every claim's labelled examples through the engine, so a curator
// sees at once when a new claim or an engine change breaks what the database promises.
import * as path from 'path';
import { createEngine } from '../../engine/createEngine';
import { collectExamples, formatMismatch, runSelfTest } from '../../engine/db/selfTest';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../io';
import { displayPath, loadCliDatabase } from '../loadDatabase';

export const DB_TEST_HELP = `Usage: factlens db test [--packs-only] [pack...]

Runs the labelled examples of every claim (built-in claims, read from claims-db/ when it
is beside the program so mismatches name the YAML file, plus the packs given and
.factlens/claims/) through the engine. Each example text is checked as a one-sentence
document: it must get the expected verdict and, unless the expected verdict is
unverified, match its own claim.

Prints each mismatch as
  <file>: <claim-id>: "<example>": expected <verdict>, got <verdict> (matched <id>)
then "N passed, M failed". Exits 1 when an example fails, 2 when a pack is invalid.

Options:
  --packs-only   test only the examples of claims from the packs given
  -h, --help     show this help
`;

export function runDbTest(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs('db test', args, { 'packs-only': { type: 'boolean' } });
  if (values.help) {
    io.stdout(DB_TEST_HELP);
    return EXIT_OK;
  }
  const { db, files } = loadCliDatabase(positionals, io.cwd, { preferCurated: true });
  const packFiles = new Set(files.map((f) => path.resolve(io.cwd, f)));
  const examples = collectExamples(db, (_id, file) => !values['packs-only'] || packFiles.has(path.resolve(io.cwd, file)));
  if (!examples.length) io.stderr('db test: no labelled examples found (claims list them under `examples`)\n');
  const result = runSelfTest(createEngine(db), examples.map((e) => ({ ...e, file: displayPath(e.file, io.cwd) })));
  for (const o of result.outcomes) if (!o.passed) io.stdout(formatMismatch(o) + '\n');
  io.stdout(`${result.passed} passed, ${result.failed} failed\n`);
  return result.failed ? EXIT_FINDINGS : EXIT_OK;
}
