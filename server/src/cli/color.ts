// Terminal colour, only where a person is reading: on a TTY, unless NO_COLOR is set;
// FORCE_COLOR forces it on (or off with FORCE_COLOR=0), as https://no-color.org and most CLIs agree.
import type { Verdict } from '../engine/types';

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  verdict(v: Verdict, s: string): string;
}

export function useColor(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const VERDICT_COLOURS: Record<Verdict, (s: string) => string> = {
  supported: sgr(32, 39), // green
  contradicted: sgr(31, 39), // red
  overstated: sgr(33, 39), // yellow
  disputed: sgr(35, 39), // magenta
  unverified: sgr(90, 39), // grey
};

export function palette(enabled: boolean): Palette {
  if (!enabled) return { bold: (s) => s, dim: (s) => s, verdict: (_v, s) => s };
  return { bold: sgr(1, 22), dim: sgr(2, 22), verdict: (v, s) => VERDICT_COLOURS[v](s) };
}
