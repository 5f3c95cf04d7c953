// "Dr. Carolyn Dean, medical director of the Nutritional Magnesium Association": a tracked word
// inside an organisation's name names the organisation, not the nutrient. A sentence whose only
// tracked words are such names says nothing about magnesium or vitamin D.
import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';

/** Capitalised words ending in an organisation noun ("Nutritional Magnesium Association"). */
const ORGANISATION = /\b(?:[A-Z][\w'’&-]*\s+){1,5}(?:Association|Society|Institute|Foundation|Council|Center|Centre|Trust|Alliance|Network|Federation|Academy|College|Board|Journal|Clinic|Laboratories|Labs)\b/g;
const ORGANISATION_NOUN = /\b(?:Association|Society|Institute|Foundation|Council|Cent(?:er|re)|Trust|Alliance|Network|Federation|Academy|College|Board|Journal|Clinic|Laboratories|Labs)\b/;

export function tracksOnlyOrganisationNames(f: SentenceFeatures, lexicon: Lexicon): boolean {
  if (!ORGANISATION_NOUN.test(f.text)) return false;
  const spans: Array<[number, number]> = [];
  ORGANISATION.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ORGANISATION.exec(f.text)); ) spans.push([m.index, m.index + m[0].length]);
  if (!spans.length) return false;
  const tracked = f.concepts.filter((c) => !c.antecedent && lexicon.isTracked(c.id));
  return tracked.length > 0 && tracked.every((c) => {
    const from = f.tokens[c.start].start;
    const to = f.tokens[c.end - 1].end;
    return spans.some(([a, b]) => a <= from && to <= b);
  });
}
