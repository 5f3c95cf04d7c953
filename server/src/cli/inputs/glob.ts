// Minimal glob support for quoted patterns the shell did not expand: `*` and `?` within one
// path segment, `**` across segments. Enough for "docs/**/*.md" without a dependency.

export function hasGlobChars(p: string): boolean {
  return /[*?]/.test(p);
}

/** Splits a pattern into the directory to walk (no glob characters) and the pattern below it. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const firstGlob = parts.findIndex(hasGlobChars);
  const baseParts = parts.slice(0, firstGlob);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  return { base, rest: parts.slice(firstGlob).join('/') };
}

/** Converts a glob (relative, `/`-separated) to a regular expression matching whole relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const segments = glob.split('/');
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') {
      // Zero or more whole directories; as the last segment, anything below.
      re += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    for (const ch of seg) {
      if (ch === '*') re += '[^/]*';
      else if (ch === '?') re += '[^/]';
      else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    if (!last) re += '/';
  });
  return new RegExp(`^${re}$`);
}
