// Quantities in sentences ("over 60%", "30-40%", "more than half", "about 10 percent", "8.2 to
// 2.8%") as numeric intervals, so a sentence's figure can be compared with the claim's.
import type { QuantityT } from '../db/schema';

export interface Interval {
  min: number;
  max: number;
  unit: string;
  /** The words it was read from. */
  text: string;
}

// Bounded and never started inside a run of digits: an unbounded `\d+` retried at every digit of a
// long digit run (a pasted table, a hash) made matching quadratic and froze the editor.
const NUMBER = String.raw`(?<![A-Za-z\d])\d{1,15}(?:[.,]\d{1,15})?`; // not "P450", "D3"
const APPROX = String.raw`(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|close to|~)`;
const MORE = String.raw`(?:over|more than|above|greater than|in excess of|at least|upwards of|>)`;
const LESS = String.raw`(?:under|less than|below|fewer than|at most|up to|no more than|<)`;
const UNIT = String.raw`(%|percent|per cent|pg\/ml|ng\/ml|nmol\/l|mmol\/l|mg\/dl|µg\/l|mcg\/l|mg|milligrams?|mcg|micrograms?|µg|iu|ius|international units|million|billion|women|men|people|patients|participants|subjects|years?|months?|weeks?|days?|hours?|tests?|nutrients?|hormones?|minerals?|cells?|steps?|forms?|enzymes?|reactions?)`;

/** Words between a count and what is counted: "nine normal premenopausal women", "6 of the women". */
const COUNT_QUALIFIERS = String.raw`(?:of the\s+)?(?:(?:different|main|key|separate|major|young|healthy|previously|infertile|pregnant|normal|premenopausal|postmenopausal|menopausal|pmt|pms|diabetic|older|elderly|adult|female|male|affected|otherwise)\s+)*`;

const PATTERN = new RegExp(
  String.raw`(?:(${APPROX}|${MORE}|${LESS})\s+)?(${NUMBER})\s*(?:(?:-|–|—|to)\s*(${NUMBER})\s*)?${COUNT_QUALIFIERS}${UNIT}(?![a-z])`,
  'gi',
);

/**
 * Fractions in words, first match wins. Each comes with words one of which any match contains (in
 * lower case), so that a sentence without them skips the pattern: most sentences hold none.
 */
const FRACTIONS: Array<[RegExp, number, number, string[]]> = [
  [/\b(?:nearly|almost|virtually|practically|essentially) (?:all|every bit)\b/i, 90, 100, ['all', 'every bit']],
  [/\b(?:all|every bit|100 percent) of (?:the|its|your|our|their)\b/i, 100, 100, [' of ']],
  // "is fully absorbed": all of it.
  [/\b(?:fully|completely|entirely|totally) (?:absorbed|taken up|used up|converted|retained|excreted)\b/i, 100, 100, ['fully', 'completely', 'entirely', 'totally']],
  [/\b(?:very little|hardly any|almost none|barely any)\b/i, 0, 10, ['little', 'hardly', 'none', 'barely']],
  // "cut premature births to zero".
  [/\b(?:down )?to zero\b/i, 0, 0, ['zero']],
  [/\b(?:more than|over|above) half\b/i, 50, 100, ['half']],
  [/\b(?:less than|under|below) half\b/i, 0, 50, ['half']],
  [/\b(?:about |around |roughly |nearly |almost )?half\b/i, 45, 55, ['half']],
  // "less than a tenth", "over a quarter": bounds on a simple fraction.
  [/\b(?:less than|under|below|fewer than) (?:a|one)[- ]tenth\b/i, 0, 10, ['tenth']],
  [/\b(?:less than|under|below|fewer than) (?:a|one)[- ]fifth\b/i, 0, 20, ['fifth']],
  [/\b(?:less than|under|below|fewer than) (?:a|one)[- ]quarter\b/i, 0, 25, ['quarter']],
  [/\b(?:less than|under|below|fewer than) (?:a|one)[- ]third\b/i, 0, 33, ['third']],
  [/\b(?:more than|over|above) (?:a|one)[- ]third\b/i, 33, 100, ['third']],
  [/\b(?:more than|over|above) (?:a|one)[- ]quarter\b/i, 25, 100, ['quarter']],
  [/\b(?:about |around |roughly |nearly )?(?:a|one)[- ]tenth\b/i, 8, 12, ['tenth']],
  [/\b(?:about |around |roughly |nearly )?(?:a|one)[- ]fifth\b/i, 17, 23, ['fifth']],
  [/\b(?:about |around |roughly |nearly )?two[- ]thirds\b/i, 60, 72, ['third']],
  [/\b(?:about |around |roughly |nearly )?(?:a|one)[- ]third\b/i, 28, 38, ['third']],
  [/\b(?:about |around |roughly |nearly )?three[- ]quarters\b/i, 70, 80, ['quarter']],
  [/\b(?:about |around |roughly |nearly )?(?:a|one)[- ]quarter\b/i, 20, 30, ['quarter']],
  // "most of the magnesium", not "most of them" or "most people" (who, not how much).
  [/\b(?:most|the majority|the bulk) of (?:the|its|your|our|their|this|that)\b/i, 50, 100, [' of ']],
  // "Most dietary magnesium is absorbed": "most" before a mass noun is most of it.
  [/\bmost (?:dietary |supplemental |body |of (?:the )?)?(?:magnesium|calcium|vitamin d\d?|calcidiol|calcitriol)\b/i, 50, 100, ['most']],
  [/\ba (?:small )?(?:fraction|minority)\b/i, 0, 30, ['fraction', 'minority']],
];

function unitOf(u: string): string {
  const x = u.toLowerCase();
  if (x === '%' || x.startsWith('per')) return '%';
  if (x.startsWith('milligram')) return 'mg';
  if (x.startsWith('microgram') || x === 'µg') return 'mcg';
  if (x.startsWith('iu') || x.startsWith('international')) return 'iu';
  if (/^(?:women|men|people|patients|participants|subjects)$/.test(x)) return 'people';
  if (x === 'ratio') return 'ratio';
  return x.replace(/s$/, '');
}

/** "4,800" is four thousand eight hundred; "8,2" (a decimal comma) is eight point two. */
const num = (s: string) => parseFloat(/^\d{1,3}(?:,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.'));

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, hundred: 100,
};
// ("five thousand young women": a word number times a hundred or a thousand.)
const WORD_NUMBER = new RegExp(String.raw`\b(${Object.keys(NUMBER_WORDS).join('|')})(?:\s+(hundred|thousand))?\s+${COUNT_QUALIFIERS}${UNIT}(?![a-z])`, 'gi');
/** "1:1", "4 to 1 ratio", "twice as much calcium as magnesium", "equal amounts". */
const RATIO = /\b(\d+(?:\.\d+)?)\s*(?::|to)\s*(\d+(?:\.\d+)?)(?=\s*(?:ratio|\)|,|\.|$| of| calcium| magnesium))/i;
/** Words one of which every RATIO_WORDS match contains (in lower case). */
const RATIO_WORD_KEYS = ['as much', 'equal', 'the same', 'to one', 'to-one', 'part'];
/** "two parts calcium to one part magnesium". */
const PARTS = /\b(\d+|one|two|three|four|five)\s+parts?\s+(?:of\s+)?[a-z]+(?:\s+[a-z]+)?\s+to\s+(?:every\s+|each\s+)?(\d+|one|two|three|four|five)\s+parts?\b/i;
const RATIO_WORDS: Array<[RegExp, number]> = [
  [/\b(?:twice|double) as much\b/i, 2],
  [/\b(?:three|3) times as much\b/i, 3],
  [/\b(?:four|4) times as much\b/i, 4],
  [/\bhalf as much\b/i, 0.5],
  [/\b(?:equal|the same) (?:amounts?|parts|quantities)\b|\bas much \w+ as\b|\bone[- ]to[- ]one\b/i, 1],
];

/** "the only nutrient", "the sole hormone": a count of one. */
const ONLY_ONE = new RegExp(String.raw`\b(?:the|its|their) (?:only|sole|single|one and only) ${UNIT}(?![a-z])`, 'i');

/** "about eight in a hundred", "under 1 in 100", "3 out of 100". */
const IN_HUNDRED = new RegExp(String.raw`(?:(${APPROX}|${MORE}|${LESS})\s+)?\b(${NUMBER}|${Object.keys(NUMBER_WORDS).join('|')})\s+(?:in|out of)\s+(?:a hundred|one hundred|100)\b`, 'gi');

/** Spans of time in words: "more than half a century" is over 50 years. */
const SPAN_YEARS: Record<string, number> = {
  'half a century': 50, 'a century': 100, 'a decade': 10,
  ...Object.fromEntries(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, i) => [`${w} decades`, (i + 2) * 10])),
};
const SPAN = new RegExp(String.raw`(?:(${APPROX}|${MORE}|${LESS})\s+)?\b(${Object.keys(SPAN_YEARS).join('|')})\b`, 'gi');

/**
 * Cheap test first: most sentences hold no figure, and the patterns below are the costly part.
 * Every pattern needs a digit or one of these words at a word start ("almost none" -> "none");
 * without the word start, "bone", "often" and "small" sent nearly every sentence through them.
 */
const MAY_HOLD_FIGURE = /\d|\b(?:zero|only|sole|decade|century|fully|completely|entirely|totally|half|third|quarter|tenth|fifth|most|majority|bulk|fraction|minority|twice|double|times|equal|same|as much|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|all|every|little|hardly|barely|none)/i;

export function extractQuantities(text: string): Interval[] {
  const out: Interval[] = [];
  if (!MAY_HOLD_FIGURE.test(text)) return out;
  // The patterns with digits, and the ones with words, only where those could match.
  const digits = /\d/.test(text);
  const lower = text.toLowerCase();
  const ratio = digits ? RATIO.exec(text) : null;
  if (ratio && /ratio|calcium|magnesium|:/i.test(text)) {
    const v = num(ratio[1]) / num(ratio[2]);
    out.push({ min: v, max: v, unit: 'ratio', text: ratio[0] });
  } else if (RATIO_WORD_KEYS.some((k) => lower.includes(k))) {
    const parts = PARTS.exec(text);
    const value = (w: string) => (/\d/.test(w) ? num(w) : NUMBER_WORDS[w.toLowerCase()]);
    if (parts) out.push({ min: value(parts[1]) / value(parts[2]), max: value(parts[1]) / value(parts[2]), unit: 'ratio', text: parts[0] });
    else for (const [re, v] of RATIO_WORDS) {
      const m = re.exec(text);
      if (m) {
        out.push({ min: v, max: v, unit: 'ratio', text: m[0] });
        break;
      }
    }
  }
  WORD_NUMBER.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD_NUMBER.exec(text))) {
    const times = w[2] ? (w[2].toLowerCase() === 'thousand' ? 1000 : 100) : 1;
    const v = NUMBER_WORDS[w[1].toLowerCase()] * times;
    out.push({ min: v, max: v, unit: unitOf(w[3]), text: w[0] });
  }
  if (lower.includes('only') || lower.includes('sole')) {
    const one = ONLY_ONE.exec(text);
    if (one) out.push({ min: 1, max: 1, unit: unitOf(one[1]), text: one[0] });
  }
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (digits && (m = PATTERN.exec(text))) {
    const [whole, qualifier, a, b, unitWord] = m;
    const unit = unitOf(unitWord);
    const x = num(a);
    let min = x;
    let max = b !== undefined ? num(b) : x;
    if (min > max) [min, max] = [max, min];
    if (b === undefined && qualifier) out.push(bounded(qualifier, x, unit, whole.trim()));
    else out.push({ min, max, unit, text: whole.trim() });
  }
  // "eight in a hundred", "3 out of 100": a share of a hundred is a percentage.
  if (lower.includes('hundred') || lower.includes(' 100')) {
    IN_HUNDRED.lastIndex = 0;
    let h: RegExpExecArray | null;
    while ((h = IN_HUNDRED.exec(text))) {
      const v = NUMBER_WORDS[h[2].toLowerCase()] ?? num(h[2]);
      out.push(bounded(h[1], v, '%', h[0].trim()));
    }
  }
  let fractionText = text;
  if (lower.includes('decade') || lower.includes('century')) {
    SPAN.lastIndex = 0;
    let y: RegExpExecArray | null;
    while ((y = SPAN.exec(text))) out.push(bounded(y[1], SPAN_YEARS[y[2].toLowerCase()], 'year', y[0]));
    // "half a century" is a span, not half of something.
    fractionText = text.replace(SPAN, (x) => ' '.repeat(x.length));
  }
  if (!out.some((q) => q.unit === '%')) {
    for (const [re, min, max, keys] of FRACTIONS) {
      if (!keys.some((k) => lower.includes(k))) continue;
      const f = re.exec(fractionText);
      if (f) {
        out.push({ min, max, unit: '%', text: f[0] });
        break;
      }
    }
  }
  return out;
}

const MORE_EXACT = new RegExp(`^${MORE}$`, 'i');
const LESS_EXACT = new RegExp(`^${LESS}$`, 'i');

/** A figure with its qualifier: "over 60%" is open above, "about 10%" allows a fifth either way. */
function bounded(qualifier: string | undefined, x: number, unit: string, text: string): Interval {
  const q = (qualifier ?? '').toLowerCase();
  if (!q) return { min: x, max: x, unit, text };
  if (MORE_EXACT.test(q)) return { min: x, max: Infinity, unit, text };
  if (LESS_EXACT.test(q)) return { min: 0, max: x, unit, text };
  return { min: x * 0.8, max: x * 1.2, unit, text };
}

export function claimInterval(q: QuantityT): Interval {
  return { min: q.min ?? 0, max: q.max ?? Infinity, unit: unitOf(q.unit), text: q.text };
}

/**
 * Whether two figures can both be true. Open bounds compare strictly enough that "more than half"
 * agrees with "over 60%", while "about 10%" does not.
 */
export function compatible(a: Interval, b: Interval): boolean {
  return a.min <= b.max && b.min <= a.max;
}
