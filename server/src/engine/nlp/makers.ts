import type { ConceptMention, Lexicon } from './lexicon';
import type { Token } from './tokenize';

/**
 * Who makes what, as the sentence says it: "your kidneys turn it into calcidiol", "the liver turns
 * vitamin D into calcitriol", "the thyroid makes PTH". A sentence can name two makers ("..., and
 * your liver then makes ..."), so each organ is paired with what it makes, not with every product
 * the sentence names.
 */
export interface Maker {
  organ: string;
  product: string;
}

const MAKING_VERBS = new Set(['make', 'makes', 'made', 'produce', 'produces', 'produced', 'create', 'creates', 'synthesize', 'synthesizes', 'synthesise', 'synthesises', 'secrete', 'secretes', 'release', 'releases', 'form', 'forms']);
/** Words between the organ and its verb ("the liver then makes"). */
const BETWEEN_ORGAN_AND_VERB = new Set(['then', 'also', 'itself', 'in', 'turn', 'normally', 'usually', 'actually', 'only', 'that', 'which']);
/** "make too little PTH" is about how much, not who makes it. */
const AMOUNT_WORDS = new Set(['too', 'little', 'less', 'more', 'enough', 'excess', 'insufficient', 'adequate', 'extra', 'plenty', 'no']);
/** What organs make: hormones and the forms of vitamin D. */
export const PRODUCT_CATEGORIES: ReadonlySet<string> = new Set(['hormone', 'vitamin-d-form']);
/** How far after the verb the product may be named ("turn it into the storage form, calcidiol"). */
const PRODUCT_REACH = 8;

export function makers(tokens: readonly Token[], concepts: readonly ConceptMention[], lexicon: Lexicon, conversionIds: readonly string[]): Maker[] {
  const out: Maker[] = [];
  const category = (id: string) => lexicon.concepts.get(id)?.category;
  for (let i = 0; i < concepts.length; i++) {
    const c = concepts[i];
    if (c.antecedent || category(c.id) !== 'organ') continue;
    // "the liver is where calcitriol is made": the organ, then what is made there.
    const where = whereMade(tokens, concepts, c.end, category);
    if (where) {
      out.push({ organ: c.id, product: where });
      continue;
    }
    // "The second step, which makes calcitriol, takes place in the liver": where the making happens.
    const placed = madeWhere(tokens, concepts, c, category);
    if (placed) {
      out.push({ organ: c.id, product: placed });
      continue;
    }
    let k = c.end;
    while (k < tokens.length && BETWEEN_ORGAN_AND_VERB.has(tokens[k].norm) && !concepts.some((m) => m.start === k)) k++;
    // "the liver also handles the final step, turning calcidiol into calcitriol": the organ does the step.
    if (STEP_DOERS.has(tokens[k]?.norm ?? '')) {
      const product = productOfMaking(tokens, concepts, k + 1, Math.min(tokens.length, k + 14), category);
      if (product) out.push({ organ: c.id, product });
      continue;
    }
    const conversion = concepts.find((m) => m.start === k && conversionIds.includes(m.id));
    // "D3 → kidneys → calcidiol": an arrow after an organ (read as "leads to") names what it makes.
    const arrow = !conversion && tokens[k]?.norm === 'lead' && tokens[k + 1]?.norm === 'to';
    const making = !conversion && (arrow || (MAKING_VERBS.has(tokens[k]?.norm ?? '') && !AMOUNT_WORDS.has(tokens[k + 1]?.norm ?? '')));
    if (!conversion && !making) continue;
    const verbEnd = conversion ? conversion.end : arrow ? k + 2 : k + 1;
    // A conversion names its product after "into" ("turns vitamin D into calcitriol"), however long
    // what it converts ("turns the vitamin D you get from sunshine, food or tablets into calcidiol");
    // a making verb right after it ("makes PTH").
    const into = conversion ? intoAt(tokens, conversion.start, tokens.length) : -1;
    const from = into >= 0 ? into : verbEnd;
    for (let j = i + 1; j < concepts.length; j++) {
      const m = concepts[j];
      if (m.start < from) continue;
      if (m.start > from + PRODUCT_REACH || category(m.id) === 'organ') break;
      if (PRODUCT_CATEGORIES.has(category(m.id) ?? '')) {
        out.push({ organ: c.id, product: m.id });
        break;
      }
    }
  }
  return out;
}

/** Verbs by which an organ does a step ("the liver handles the final step"). */
const STEP_DOERS = new Set(['handle', 'handles', 'handled', 'perform', 'performs', 'performed', 'do', 'does', 'did']);
/** "takes place in", "happens in": where a step is done. */
const HAPPENS_IN = /^(?:take place|takes place|took place|happen|happens|happened|occur|occurs|occurred|is done|are done|is carried out|are carried out|go on|goes on)(?: in| inside| within)(?: the| your| our)?$/;
const MAKING_OR_INTO = new Set([...MAKING_VERBS, 'making', 'producing', 'yield', 'yields', 'yielding', 'into']);

/** The product of a making ("which makes calcitriol", "turning calcidiol into calcitriol") in tokens [from, to). */
function productOfMaking(tokens: readonly Token[], concepts: readonly ConceptMention[], from: number, to: number, category: (id: string) => string | undefined): string | undefined {
  for (let k = from; k < to; k++) {
    if (!MAKING_OR_INTO.has(tokens[k].norm)) continue;
    const product = concepts.find((m) => m.start > k && m.start <= k + 3 && PRODUCT_CATEGORIES.has(category(m.id) ?? ''));
    if (product) return product.id;
  }
  return undefined;
}

/** The product in "<a step that makes P> takes place in <organ>", or undefined. */
function madeWhere(tokens: readonly Token[], concepts: readonly ConceptMention[], organ: ConceptMention, category: (id: string) => string | undefined): string | undefined {
  // Most organs are not after "in": test that before joining any words.
  const before = tokens[organ.start - 1]?.norm;
  const preposition = before === 'the' || before === 'your' || before === 'our' ? tokens[organ.start - 2]?.norm : before;
  if (preposition !== 'in' && preposition !== 'inside' && preposition !== 'within') return undefined;
  for (let n = 2; n <= 5; n++) {
    const from = organ.start - n;
    if (from < 1) break;
    if (!HAPPENS_IN.test(tokens.slice(from, organ.start).map((t) => t.norm).join(' '))) continue;
    return productOfMaking(tokens, concepts, 0, from, category);
  }
  return undefined;
}

function intoAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k].norm === 'into') return k;
  return -1;
}

const COPULAS = new Set(['is', 'are']);
const MADE_PARTICIPLES = new Set(['made', 'produced', 'formed', 'created', 'synthesized', 'synthesised', 'activated', 'converted']);

/** The product in "<organ> is where <product> is made", or undefined. */
function whereMade(tokens: readonly Token[], concepts: readonly ConceptMention[], from: number, category: (id: string) => string | undefined): string | undefined {
  if (!COPULAS.has(tokens[from]?.norm ?? '') || tokens[from + 1]?.norm !== 'where') return undefined;
  const product = concepts.find((m) => m.start >= from + 2 && m.start <= from + 4 && PRODUCT_CATEGORIES.has(category(m.id) ?? ''));
  if (!product || !COPULAS.has(tokens[product.end]?.norm ?? '') || !MADE_PARTICIPLES.has(tokens[product.end + 1]?.norm ?? '')) return undefined;
  return product.id;
}
