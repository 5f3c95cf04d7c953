// Argument parsing shared by every command: node:util parseArgs in strict mode, with errors
// turned into usage errors that name the command's --help.
import { parseArgs, type ParseArgsConfig } from 'util';

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}

/** A path, pack or file that cannot be used (exit code 2); `lines` are printed as they are. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends OptionsConfig>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.replace(/\s+/g, ' ').trim()}\nRun \`factlens ${command} --help\` for usage.`);
  }
}

/** Picks one of a fixed set of values, with a message listing them. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function positiveNumber(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${option} must be a positive number (got "${value}")`);
  return n;
}
