// Runs one `factlens` invocation: picks the command, runs it and turns errors into exit codes
// (0 ok, 1 findings, 2 usage/input problems) with messages on stderr.
import { InputError, UsageError } from './args';
import { runCheck } from './commands/check';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { FACTLENS_VERSION } from './version';

export const MAIN_HELP = `Usage: factlens <command> [options]

Fact-checks what Markdown health writing says about magnesium, vitamin D, PTH, calcium
and calcitonin against a curated evidence database.

Commands:
  check <paths...>        check documents; exit 1 on contradicted or overstated claims
  report <paths...>       write a claims report (Markdown, HTML or ClaimReview JSON-LD)
  db                      show the claims database (built-in plus claim packs)
  db validate <pack...>   validate claim pack files
  db test [pack...]       check the claims' labelled examples against the engine

Options:
  -h, --help              show help (also: factlens <command> --help)
  -v, --version           print the version
`;

// `report` and `db` are loaded when used: `check` should not pay for their renderers and the
// pack validation libraries at start-up.
const COMMANDS: Record<string, (args: string[], io: CliIO) => number> = {
  check: runCheck,
  report: (args, io) => (require('./commands/report') as typeof import('./commands/report')).runReport(args, io),
  db: (args, io) => (require('./commands/db') as typeof import('./commands/db')).runDb(args, io),
};

export function runCli(argv: string[], io: CliIO): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      if (command === 'help' && rest[0] && COMMANDS[rest[0]]) return COMMANDS[rest[0]](['--help'], io);
      io.stdout(MAIN_HELP);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${FACTLENS_VERSION}\n`);
      return EXIT_OK;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"\nRun \`factlens --help\` for the list of commands.`);
    return run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`factlens: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      io.stderr(e.lines.map((l) => l + '\n').join(''));
      return EXIT_USAGE;
    }
    io.stderr(`factlens: internal error: ${(e as Error).stack ?? e}\nPlease report this with the command you ran.\n`);
    return EXIT_USAGE;
  }
}
