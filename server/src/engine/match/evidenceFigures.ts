import type { SentenceFeatures } from '../nlp/features';
import { compatible, extractQuantities, type Interval } from '../nlp/quantities';
import type { CompiledClaim } from './compiledClaim';

/**
 * Figures a claim's evidence gives besides the claim's own `quantity`: spans of time ("within
 * eight months of normalizing ..."), head counts ("nine normal premenopausal women and 26 PMT
 * patients") and doses ("600 mg/day"). A sentence giving a figure of one of these kinds that
 * none of the evidence's figures of that kind allows says something the evidence does not:
 * "within eight weeks", "19 women without symptoms". Spans are compared in days, so "two months"
 * and "eight weeks" agree.
 */
const DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };
/** Kinds of figure compared, by the unit extractQuantities gives. */
const COMPARED = new Set(['day', 'people', 'mg']);

const figuresByClaim = new WeakMap<CompiledClaim, Interval[]>();

/** The figure in a comparable unit: spans of time in days. */
function comparable(q: Interval): Interval | null {
  const d = DAYS[q.unit];
  if (d !== undefined) return { min: q.min * d, max: q.max * d, unit: 'day', text: q.text };
  return COMPARED.has(q.unit) ? q : null;
}

function evidenceFigures(c: CompiledClaim): Interval[] {
  let figures = figuresByClaim.get(c);
  if (!figures) {
    figures = [];
    for (const e of c.claim.evidence) {
      if (e.stance === 'contradicts') continue;
      for (const q of extractQuantities(e.quote)) {
        const f = comparable(q);
        if (f) figures.push(f);
      }
    }
    figuresByClaim.set(c, figures);
  }
  return figures;
}

/** Why one of the sentence's figures disagrees with every figure of its kind in the evidence, or null. */
export function wrongEvidenceFigure(c: CompiledClaim, s: SentenceFeatures): string | null {
  let figures: Interval[] | null = null;
  for (const q of s.quantities) {
    const said = comparable(q);
    // The claim's own figure is compared by the verdict itself.
    if (!said || said.unit === c.interval?.unit) continue;
    figures ??= evidenceFigures(c);
    const same = figures.filter((f) => f.unit === said.unit);
    if (same.length && !same.some((f) => compatible(said, f))) return `sentence says ${said.text}; sources say ${same.map((f) => f.text).join(', ')}`;
  }
  return null;
}

/** Whether the claim or its evidence gives a span of time ("within eight months", "12 weeks"). */
export function givesSpan(c: CompiledClaim): boolean {
  return (c.interval !== null && DAYS[c.interval.unit] !== undefined) || evidenceFigures(c).some((f) => f.unit === 'day');
}

const sharesByClaim = new WeakMap<CompiledClaim, boolean>();

/** Whether the claim or its evidence gives a percentage ("over 60% of the body's magnesium"). */
export function givesShare(c: CompiledClaim): boolean {
  let gives = sharesByClaim.get(c);
  if (gives === undefined) {
    gives = c.interval?.unit === '%' || c.claim.evidence.some((e) => e.stance !== 'contradicts' && extractQuantities(e.quote).some((q) => q.unit === '%'));
    sharesByClaim.set(c, gives);
  }
  return gives;
}

/** Units of a figure someone measured (doses, levels, shares, counts of enzymes). */
const MEASURED_UNITS = new Set(['mg', 'mcg', 'iu', 'ng/ml', 'nmol/l', 'mmol/l', 'mg/dl', 'pg/ml', 'µg/l', 'mcg/l', 'enzyme', 'reaction', '%']);

export function isMeasuredFigure(q: Interval): boolean {
  // A share in words ("most of", "half the usual") is no measured figure.
  return MEASURED_UNITS.has(q.unit) && !(q.unit === '%' && (q.min >= 100 || !/\d|percent|per cent/i.test(q.text)));
}

const anyFiguresByClaim = new WeakMap<CompiledClaim, boolean>();

/** Whether the claim's statement or supporting evidence gives any measured figure. */
export function givesFigures(c: CompiledClaim): boolean {
  let gives = anyFiguresByClaim.get(c);
  if (gives === undefined) {
    gives = extractQuantities(c.claim.statement).some(isMeasuredFigure) || c.claim.evidence.some((e) => e.stance !== 'contradicts' && extractQuantities(e.quote).some(isMeasuredFigure));
    anyFiguresByClaim.set(c, gives);
  }
  return gives;
}
