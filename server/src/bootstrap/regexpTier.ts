// Regular expressions compiled once, straight to machine code. By default V8 compiles each one
// twice: to bytecode for its first match, then to machine code for its second. The engine has
// about 200 regexes, most of them long case-insensitive alternations, and the first check of a
// document runs nearly all of them: compiling every one twice took about 64 ms of CPU at start-up,
// once about 31 ms (node --no-regexp-tier-up, alternated runs). Matching is the same either way:
// both tiers implement the same regex semantics. Set before the bundle is compiled, so its code
// cache (codeCache.ts) is written and read under the same V8 flags.
import * as v8 from 'v8';

export function compileRegexpsOnce(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
}
