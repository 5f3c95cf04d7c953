// "**The magnesium–vitamin D connection**" on a line of its own is a heading written as bold text:
// like a real heading it names a topic and asserts nothing, whatever words it contains.

const BOLD_LINE = /^[ \t]*(\*\*|__)([^\n]+?)\1[ \t]*$/;
const ENDS_SENTENCE = /[.!?]["'”’)]*\s*$/;

/** Whether a paragraph's source is a single bold line without a full stop. */
export function isPseudoHeading(source: string): boolean {
  const m = BOLD_LINE.exec(source.trimEnd());
  return !!m && !m[2].includes(m[1]) && !ENDS_SENTENCE.test(m[2]);
}
