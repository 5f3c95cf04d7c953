import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';

/**
 * What a product contains, as a label or a review lists it: "Each dropperful delivers 2,000 IU of
 * vitamin D3 and 100 mg of magnesium citrate", "NordPeak pairs 200 mg of magnesium glycinate with
 * 1,000 IU of D3", "CalmCore is an unflavoured magnesium citrate powder with no added vitamin D".
 * The nutrients are named as amounts in a product, not as things that do something in the body.
 */

/** A dose right before a mention: "200 mg of", "25 mcg (1,000 IU) of", "1,000 IU". */
const DOSE_BEFORE = /\b\d[\d,.]*\s*(?:mg|iu|mcg|µg|g|milligrams?|micrograms?|units?)\)?\s+(?:of\s+)?(?:added\s+)?$/i;
/** What a product does with its contents: "delivers", "pairs ... with", "gives you". */
const SUPPLY_VERB = /\b(?:delivers?|deliver(?:ing|ed)|pairs?|paired|provides?|providing|gives you|give you|contains?|containing|packs?|packed|supplies|combines?|combined|offers?|features?|boasts?)\b/i;
/** "with no added vitamin D": an ingredient left out. */
const LEFT_OUT_BEFORE = /\b(?:no|without|zero)\s+(?:added\s+)?$/i;
/** What a product is: "is an unflavoured magnesium citrate powder". */
const PRODUCT_NOUN = /\b(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,5}?(?:powder|capsules?|tablets?|gumm(?:y|ies)|softgels?|liquid|spray|drops|formula|blend|chewables?|lozenges?|sachets?|tincture|oil)\b/i;

/** A figure with a unit somewhere, or a product noun: most sentences have neither, and stop here. */
const MAY_LIST_CONTENTS = /\d\s*(?:mg|iu|mcg|µg|g|milligram|microgram|unit)|\b(?:is|are)\s+an?\s/i;

/** "a once-daily capsule that pairs magnesium glycinate with vitamin D3": a product and what it holds. */
const PRODUCT_THAT_HOLDS = /\b(?:capsules?|tablets?|gumm(?:y|ies)|softgels?|formula|blend|powder|sachets?|chewables?) that (?:pairs|combines|contains|delivers|packs|provides|blends|mixes)\b/i;

export function listsProductContents(text: string, f: SentenceFeatures, lexicon: Lexicon): boolean {
  if (PRODUCT_THAT_HOLDS.test(text) && !(f.relationAt >= 0 && f.relationCue !== null && !/pair|combin|contain|deliver|pack|provid|blend|mix/i.test(f.relationCue))) return true;
  if (!MAY_LIST_CONTENTS.test(text)) return false;
  const tracked = f.concepts.filter((c) => !c.antecedent && lexicon.concepts.get(c.id)?.tracked);
  if (!tracked.length) return false;
  const before = (c: (typeof tracked)[number]) => text.slice(0, f.tokens[c.start].start);
  const dosed = tracked.every((c) => DOSE_BEFORE.test(before(c)) || LEFT_OUT_BEFORE.test(before(c)));
  if (dosed && tracked.some((c) => DOSE_BEFORE.test(before(c))) && SUPPLY_VERB.test(text)) return true;
  // "X is a ... powder": the product is the subject, named before any nutrient.
  const noun = PRODUCT_NOUN.exec(text);
  return !!noun && tracked.every((c) => f.tokens[c.start].start > noun.index);
}
