import type { SentenceFeatures } from '../nlp/features';
import type { CompiledClaim } from './compiledClaim';

/**
 * Who a study looked at, by age or life stage: "484 young healthy women" is not "484
 * postmenopausal women". A sentence that gives the study a population of the other group says
 * something the source does not.
 */
const GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['young', 'younger', 'premenopausal', 'adolescent', 'adolescents', 'teenage', 'teenagers', 'children', 'girls']),
  new Set(['postmenopausal', 'menopausal', 'older', 'elderly', 'aged', 'senior', 'seniors']),
];

const wordsByClaim = new WeakMap<CompiledClaim, Set<string>>();

/** The claim's statement, figure and supporting quotes, as lower-case words. */
function claimWords(c: CompiledClaim): Set<string> {
  let words = wordsByClaim.get(c);
  if (!words) {
    const texts = [c.claim.statement, c.claim.quantity?.text ?? '', ...c.claim.evidence.filter((e) => e.stance !== 'contradicts').map((e) => e.quote)];
    words = new Set(texts.join(' ').toLowerCase().split(/[^a-z]+/));
    wordsByClaim.set(c, words);
  }
  return words;
}

export function otherPopulation(c: CompiledClaim, s: SentenceFeatures): string | null {
  // Only a claim about one study, which counts its participants: a claim pooling several studies
  // may speak of younger and older people at once.
  if (c.interval?.unit !== 'people') return null;
  const said = s.tokens.map((t) => t.raw.toLowerCase());
  for (let g = 0; g < GROUPS.length; g++) {
    const word = said.find((w) => GROUPS[g].has(w));
    if (!word) continue;
    const words = claimWords(c);
    if ([...GROUPS[g]].some((w) => words.has(w))) continue;
    const other = GROUPS.find((x, k) => k !== g && [...x].some((w) => words.has(w)));
    const theirs = other && [...other].find((w) => words.has(w));
    if (theirs) return `sentence says ${word}; the sources say ${theirs}`;
  }
  return null;
}
