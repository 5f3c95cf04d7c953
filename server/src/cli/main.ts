// `factlens` command line entry point (bundled to dist/cli.js, started by bin/factlens.js).
import { processIO } from './io';
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2), processIO());
