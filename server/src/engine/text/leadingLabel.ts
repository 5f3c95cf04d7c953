// "Impact of magnesium deficiency: Magnesium is essential for ..." — a short label before a colon
// names the topic of what follows; it is not part of the assertion. Reading it with the sentence
// gave "magnesium deficiency" to a statement about magnesium itself. In a glossary or cheat sheet
// ("Calcitriol: The active form of vitamin D") the label is instead the subject.

/** Longest label, in words, that is read as a label rather than a clause. */
const MAX_LABEL_WORDS = 6;
/** Something must follow the label ("Main magnesium store: bone" is a statement). */
const MIN_BODY_WORDS = 1;
/** Note-taking separators: "Calcitriol: ...", "PTH — raises ...", "Calcidiol = storage form". */
const SEPARATOR = /: | [—–-] | = /;

/** A short leading label and what follows it ("Summary: ...", "Let's be honest: ..."), or null. */
export function splitLeadingLabel(text: string): { label: string; body: string } | null {
  const sep = SEPARATOR.exec(text);
  if (!sep || sep.index <= 0) return null;
  const label = text.slice(0, sep.index);
  const body = text.slice(sep.index + sep[0].length).trimStart();
  if (/[.!?;]/.test(label)) return null;
  // "PTH acts on three targets — bone, the kidneys and the gut — and ...": a pair of dashes sets
  // off an aside inside the sentence.
  if (sep[0] !== ': ' && sep[0] !== ' = ' && body.includes(sep[0])) return null;
  if (/\d$/.test(label) && /^\d/.test(body)) return null; // a range, "8.5 - 10.5 mg/dL
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (words(label) > MAX_LABEL_WORDS || words(body) < MIN_BODY_WORDS) return null;
  return { label, body };
}

const STARTS_WITH_VERB = /^(?:[A-Za-z]+s|is|are|can|may|helps?|needs?)\b/;
const HAS_FINITE_VERB = /\b(?:is|are|was|were|has|have|had|can|could|may|might|will|would|does|do|did)\b/i;

/**
 * A glossary line "Calcitriol: The active hormone form of vitamin D" or "PTH: Raises blood calcium"
 * read as the sentence it stands for ("Calcitriol is the active ...", "PTH raises ..."); null when
 * what follows the label is a sentence of its own.
 */
export function glossaryAsSentence(label: string, body: string): string | null {
  const rest = body[0].toLowerCase() + body.slice(1);
  if (STARTS_WITH_VERB.test(body)) return `${label} ${rest}`;
  if (!HAS_FINITE_VERB.test(body)) return `${label} is ${rest}`;
  return null;
}

/** A label that tells of a level changing: "Calcium falls", "Magnesium runs low", "PTH goes up". */
const CHANGE_LABEL = /\b(?:falls|drops|dips|declines|rises|climbs|increases|decreases|goes (?:up|down)|runs (?:low|high)|is (?:low|high|too low|too high))$/i;

/**
 * "1. **Calcium falls:** the parathyroid glands sense the drop and release more PTH": a step whose
 * label is a change is the condition of what follows ("When calcium falls, the glands ..."); null
 * for any other label.
 */
export function conditionFromLabel(label: string, body: string): string | null {
  if (!CHANGE_LABEL.test(label.trim())) return null;
  return `When ${label.trim().replace(/^\w/, (c) => c.toLowerCase())}, ${body}`;
}

/** What a column header says of its subject: "Made in", "Produced by", "Stored in", "Converted to". */
const PREDICATE_HEADER = /^(?:made|produced|released|secreted|stored|found|located|converted|activated|absorbed|excreted|broken down|formed|synthesi[sz]ed)(?: (?:in|by|from|to|into|mainly in|mostly in))?$/i;
/** A header naming what a verb acts on: "Effect on blood calcium" -> "blood calcium". */
const OBJECT_HEADER = /^(?:effect|effects|impact|action|role) (?:on|in) (.+)$/i;
const OBJECT_PRONOUN = /\b(?:it|them)\b/i;

/**
 * A table cell read with its column header, so that the row's subject can take it: "Liver" under
 * "Made in" is "made in liver"; "Raises it" under "Effect on blood calcium" is "raises blood
 * calcium". The cell as it is when the header adds nothing it can use.
 */
export function cellWithColumnHeader(header: string, cell: string): string {
  const h = header.trim();
  if (PREDICATE_HEADER.test(h) && !HAS_FINITE_VERB.test(cell) && !STARTS_WITH_VERB.test(cell)) return `${h.toLowerCase()} ${cell[0].toLowerCase()}${cell.slice(1)}`;
  const object = OBJECT_HEADER.exec(h);
  if (object && OBJECT_PRONOUN.test(cell)) return cell.replace(OBJECT_PRONOUN, object[1].toLowerCase());
  return cell;
}

/** A column for one product in a comparison table ("Ordinary bone formula", "Our gummies", "TriBone"), or for what a product holds ("% NRV"). */
const PRODUCT_HEADER = /%\s*(?:NRV|RDA|RI|DV)\b|\b(?:NRV|RDA|daily value|formula|formulas|supplement|supplements|product|products|brand|brands|capsules?|tablets?|gumm(?:y|ies)|softgels?|multivitamins?|ours|theirs|competitor|competitors)\b|^\s*[A-Z][a-z]+[A-Z][A-Za-z]*\s*$/;

/**
 * Whether a table cell only lists what a product column holds ("200 mg glycinate", "None added",
 * "Often D2" under "Ordinary bone formula"): a product's contents, not a claim about the body.
 * A cell with a verb ("Can stall when your magnesium is low") still says something.
 */
export function isProductCell(header: string, cell: string): boolean {
  return PRODUCT_HEADER.test(header) && !HAS_FINITE_VERB.test(cell) && !STARTS_WITH_VERB.test(cell) && cell.trim().split(/\s+/).length <= 4;
}

/**
 * "| Vitamin D | 5 working days | Text message |": when a result comes back and how you hear, a
 * price or a booking channel, or one person's reading ("1.94 mmol/L"): a table cell of practical
 * details, which says nothing about its row's subject. (A cell with a verb still says something; a
 * usual range is a claim about the test.)
 */
const PRACTICAL_CELL = /^\s*(?:(?:up to|about|around|within|usually|same day|next day)\s*)*(?:\d+(?:\s*[–-]\s*\d+)?\s*(?:working\s+|business\s+)?(?:hours?|days?|weeks?|months?)|(?:by\s+)?(?:text(?: message)?|sms|e-?mail|letter|post|phone(?: call)?|a call(?: from [\w ]+)?|the app|online|in person|free|£\s?\d[\d.,]*|\$\s?\d[\d.,]*)(?:\s*(?:,\s*(?:or|and)?|or|and)\s*(?:a call from [\w ]+|text|e-?mail|letter|phone|the app|online))*)\s*\.?\s*$/i;

/** "One tablet, twice a day", "With breakfast and with your evening meal", "At bedtime": a dosing schedule. */
const SCHEDULE = /^\s*(?:(?:one|two|three|four|half a|\d+)\s+(?:tablets?|capsules?|softgels?|gumm(?:y|ies)|drops?|sachets?|scoops?|chewables?|doses?)(?:\s*,?\s*(?:once|twice|three times|\d+ times) (?:a|per) (?:day|week))?(?:\s+for now)?|(?:once|twice|three times) (?:a|per) (?:day|week)|(?:(?:with|after|before|at) (?:your |a )?(?:breakfast|lunch|dinner|supper|bedtime|night|(?:evening |main |largest |biggest )?meals?|food)(?:\s*(?:,|and|or)\s*)?)+|in the (?:morning|evening))\s*\.?\s*$/i;

/** "1.94 mmol/L": one person's result, a reading rather than a statement about what it measures. */
const LAB_VALUE = /^\s*[<>≤≥]?\s*\d+(?:[.,]\d+)?\s*(?:mmol\/l|pmol\/l|nmol\/l|µmol\/l|umol\/l|ng\/ml|pg\/ml|mg\/dl|µg\/l|ug\/l|iu\/l|mg\/l)\s*\.?\s*$/i;

/** "300 mg", "5,000 IU", "300 mg citrate + glycinate": an amount in a product's row, not a statement. */
const DOSE_CELL = /^\s*(?:about |around |up to )?\d[\d.,]*\s*(?:mg|mcg|µg|ug|iu|g)\b[\w +&,/-]{0,40}\.?\s*$/i;
/** "Breakfast", "Breakfast + lunch", "Bedtime": when a dose is taken. */
const MEAL_CELL = /^\s*(?:(?:breakfast|lunch|dinner|supper|bedtime|morning|evening|night|midday)\s*(?:\+|&|and|or|,)?\s*)+\.?\s*$/i;

export function isPracticalCell(cell: string): boolean {
  return !HAS_FINITE_VERB.test(cell) && (PRACTICAL_CELL.test(cell) || LAB_VALUE.test(cell) || SCHEDULE.test(cell));
}

/**
 * A table cell in a product's row that gives only its amount or when it is taken ("| Vitamin D3 |
 * 5,000 IU | Breakfast |"). (After a label outside a table, "Adult calcium RDA: 1,000 mg a day"
 * states a recommendation, which is checked.)
 */
export function isDoseOrMealCell(cell: string): boolean {
  return !HAS_FINITE_VERB.test(cell) && (DOSE_CELL.test(cell) || MEAL_CELL.test(cell));
}
