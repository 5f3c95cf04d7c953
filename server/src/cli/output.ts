// Writes a command's main output to --output or stdout. Diagnostics always go to stderr.
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from './args';
import type { CliIO } from './io';

export function writeOutput(io: CliIO, output: string | undefined, content: string): void {
  if (!output) {
    io.stdout(content);
    return;
  }
  const file = path.resolve(io.cwd, output);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  } catch (e) {
    throw new InputError([`${output}: cannot write output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
}
