// What a command may touch of the outside world. Commands write through this instead of
// `process` directly so their output and exit code stay in one place.
import type { Writable } from 'stream';
import { sanitizeForTerminal } from './terminal';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is an interactive terminal (colour is only used there). */
  stdoutIsTTY: boolean;
}

export function processIO(): CliIO {
  // Files and pipes get the exact output; a terminal gets it without foreign control sequences.
  const writer = (stream: Writable & { isTTY?: boolean }) => (text: string) => {
    stream.write(stream.isTTY ? sanitizeForTerminal(text) : text);
  };
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: !!process.stdout.isTTY,
  };
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
/** Something at or above the failure threshold was found (check) or a self-test failed (db test). */
export const EXIT_FINDINGS = 1;
/** Bad arguments, unreadable paths or invalid claim packs: the run itself could not be trusted. */
export const EXIT_USAGE = 2;
