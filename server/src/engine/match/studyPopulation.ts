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

/** Group words that are themselves people. */
const GROUP_NOUNS = new Set(['adolescents', 'teenagers', 'children', 'girls', 'elderly', 'seniors']);
const PEOPLE = new Set(['women', 'woman', 'men', 'man', 'people', 'adults', 'adult', 'patients', 'participants', 'subjects', 'girls', 'ladies', 'volunteers', 'athletes', 'students', 'mothers']);

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
  // A group word describes people ("older women", "the elderly"), not a time of life ("as you get older").
  const ofPeople = (i: number) => GROUP_NOUNS.has(said[i]) || PEOPLE.has(said[i + 1] ?? '') || PEOPLE.has(said[i + 2] ?? '');
  for (let g = 0; g < GROUPS.length; g++) {
    const word = said.find((w, i) => GROUPS[g].has(w) && ofPeople(i));
    if (!word) continue;
    const words = claimWords(c);
    if ([...GROUPS[g]].some((w) => words.has(w))) continue;
    const other = GROUPS.find((x, k) => k !== g && [...x].some((w) => words.has(w)));
    const theirs = other && [...other].find((w) => words.has(w));
    if (theirs) return `sentence says ${word}; the sources say ${theirs}`;
  }
  return null;
}
