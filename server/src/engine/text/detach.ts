// A copy of a string that shares no memory with the string it was sliced from. V8 keeps a slice
// (of 13 or more characters) as a view of its parent, so a cached sentence or directive would
// otherwise pin the whole document text it was read from, one version per edit. Concatenating
// and slicing again forces a fresh copy of just those characters.
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
