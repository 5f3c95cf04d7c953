import type { SentenceFeatures } from '../nlp/features';
import { compatible, extractQuantities, type Interval } from '../nlp/quantities';
import type { CompiledClaim } from './compiledClaim';

/**
 * Spans of time a claim's evidence gives ("within eight months of normalizing ..."), compared with
 * the sentence's ("within eight weeks"). A claim's own figure (`quantity`) is often something else
 * (12 women), so the quotes are read too. Spans are compared in days: "two months" and "eight
 * weeks" agree.
 */
const DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };

const spansByClaim = new WeakMap<CompiledClaim, Interval[]>();

function inDays(q: Interval): Interval | null {
  const d = DAYS[q.unit];
  return d === undefined ? null : { min: q.min * d, max: q.max * d, unit: 'day', text: q.text };
}

function evidenceSpans(c: CompiledClaim): Interval[] {
  let spans = spansByClaim.get(c);
  if (!spans) {
    spans = [];
    for (const e of c.claim.evidence) {
      if (e.stance === 'contradicts') continue;
      for (const q of extractQuantities(e.quote)) {
        const d = inDays(q);
        if (d) spans.push(d);
      }
    }
    spansByClaim.set(c, spans);
  }
  return spans;
}

/** Why the sentence's span of time disagrees with every span the evidence gives, or null. */
export function wrongTimeSpan(c: CompiledClaim, s: SentenceFeatures): string | null {
  let said: Interval | null = null;
  for (const q of s.quantities) if ((said = inDays(q))) break;
  if (!said) return null;
  const spans = evidenceSpans(c);
  if (!spans.length || spans.some((x) => compatible(said!, x))) return null;
  return `sentence says ${said.text}; sources say ${spans[0].text}`;
}
