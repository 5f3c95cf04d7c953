// Sentences with known verdicts against the built-in database, and a small claim pack.
export const SUPPORTED = 'Low magnesium has been linked to fragile, brittle bones.';
export const OVERSTATED = 'Magnesium deficiency always makes bones brittle.';
export const CONTRADICTED = 'Only about 10% of your magnesium is found in your bones.';
export const SUPPORTED_ID = 'mg-deficiency-brittle-bones';
export const CONTRADICTED_ID = 'mg-over-60-percent-in-bone';

export const DRAFT = `# Magnesium notes\n\n${SUPPORTED} ${OVERSTATED}\n\n${CONTRADICTED}\n`;

/** Line/character of the first occurrence of `needle` in `text` (UTF-16, like LSP). */
export function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function rangeOf(text: string, needle: string) {
  const start = positionOf(text, needle);
  const lines = needle.split('\n');
  const end =
    lines.length === 1
      ? { line: start.line, character: start.character + needle.length }
      : { line: start.line + lines.length - 1, character: lines[lines.length - 1].length };
  return { start, end };
}

export const PACK = `name: Test pack
sources:
  - id: boron-review
    title: "Boron and bone: a review"
    kind: review-article
    url: https://example.org/boron-review
    reliability: high
lexicon:
  - id: boron
    terms: [boron]
    category: mineral
claims:
  - id: boron-supports-bone-strength
    statement: Boron may support bone strength.
    subject: boron
    relation: increases
    object: bone strength
    strength: may
    evidence:
      - source: boron-review
        quote: boron may support bone strength
        stance: supports
    suggestedWording: Boron may support bone strength.
`;
export const BORON_SENTENCE = 'Boron may support bone strength.';
