// The claims-database schema. One schema serves the built-in database (claims-db/*.yaml),
// workspace claim packs and `factlens db validate`, so every file is checked the same way.
import { z } from 'zod';
import { VERDICTS, suggestedWordingOf } from './wording';

export { VERDICTS, suggestedWordingOf };

/** Stable identifiers are kebab-case so they read well in disable comments and footnote labels. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

export const SOURCE_KINDS = [
  'ai-generated-answer',
  'vendor-page',
  'news-article',
  'explainer-article',
  'study-digest',
  'review-article',
  'primary-study',
  'guideline',
  'book',
  'website',
  'other',
] as const;
export const SourceKind = z.enum(SOURCE_KINDS);

/** How far a writer can lean on a source on its own. Shown in hovers next to every quote. */
export const Reliability = z.enum(['low', 'moderate', 'high']);

export const Source = z
  .object({
    id: Id,
    title: z.string().min(1),
    kind: SourceKind,
    /** Seed document file name (built-in) or a path relative to the pack file holding the source's text. */
    file: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    doi: z.string().min(1).optional(),
    reliability: Reliability.default('moderate'),
    /** One line a writer sees in the hover: what this document is and why to be careful with it. */
    description: z.string().min(1).optional(),
  })
  .strict();

export const Reference = z
  .object({
    id: Id,
    title: z.string().min(1),
    url: z.string().min(1).optional(),
    pmid: z.string().regex(/^\d+$/, 'a PubMed id is digits only').optional(),
    pmcid: z.string().regex(/^PMC\d+$/, 'a PMC id looks like PMC1234567').optional(),
    doi: z.string().min(1).optional(),
    /** Source documents that list this reference. */
    citedBy: z.array(Id).default([]),
    note: z.string().optional(),
  })
  .strict();

export const LEXICON_CATEGORIES = [
  'nutrient',
  'vitamin-d-form',
  'hormone',
  'mineral',
  'organ',
  'tissue',
  'cell',
  'condition',
  'process',
  'population',
  'substance',
  'measure',
  'other',
] as const;

export const LexiconEntry = z
  .object({
    id: Id,
    /** Surface forms, matched case-insensitively on word boundaries; the longest match wins. */
    terms: z.array(z.string().min(1)).min(1),
    category: z.enum(LEXICON_CATEGORIES).default('other'),
    /** A broader concept: a sentence about the child also matches claims about the parent, with less weight. */
    parent: Id.optional(),
    /**
     * A process that undoes this one ("excretion" for "reabsorption"): a sentence saying its
     * opposite happens says the claim's direction the other way round. Declared on one side.
     */
    opposite: Id.optional(),
    /** Sentences mentioning a tracked entity are candidate claims. Pack entities are tracked unless set false. */
    tracked: z.boolean().optional(),
    description: z.string().optional(),
  })
  .strict();

export const RELATIONS = [
  'increases', // raises, boosts, stimulates, improves, helps
  'decreases', // lowers, reduces, inhibits, impairs, depletes
  'requires', // needs, depends on, cannot work without
  'causes', // leads to, results in, contributes to (the strength says how firmly)
  'prevents', // protects against, reduces the risk of
  'associated', // linked with, related to, correlated with
  'converts', // converts X into Y, activates
  'located-in', // is found in, is stored in
  'regulates', // controls, modulates, manages
  'is', // definitions and classifications
] as const;
export const Relation = z.enum(RELATIONS);

/** Ordered from weakest to strongest; the engine compares a sentence's certainty with this. */
export const STRENGTHS = [
  'opinion',
  'animal-study',
  'one-small-study',
  'associated',
  'may',
  'can',
  'established',
] as const;
export const Strength = z.enum(STRENGTHS);

export const Quantity = z
  .object({
    /** As the source words it, e.g. "over 60%" or "30-40%". */
    text: z.string().min(1),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().min(1),
  })
  .strict()
  .refine((q) => q.min !== undefined || q.max !== undefined, 'a quantity needs min, max or both')
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, 'min must not exceed max');

export const Stance = z.enum(['supports', 'contradicts', 'qualifies']);

export const Evidence = z
  .object({
    source: Id,
    /** Verbatim from the source text (whitespace may be collapsed); a test checks it. */
    quote: z.string().min(1),
    stance: Stance,
    note: z.string().optional(),
  })
  .strict();

export const Verdict = z.enum(VERDICTS);

export const Example = z
  .object({
    text: z.string().min(1),
    verdict: Verdict,
  })
  .strict();

export const Claim = z
  .object({
    id: Id,
    /** Canonical one-sentence statement of what the sources assert. */
    statement: z.string().min(1),
    topic: Id.optional(),
    /** Structured form the engine matches on. Subject and object are read through the lexicon. */
    subject: z.string().min(1),
    relation: Relation,
    object: z.string().min(1),
    /** `denies` records a claim the sources make in the negative ("X does not directly cause Y"). */
    polarity: z.enum(['affirms', 'denies']).default('affirms'),
    quantity: Quantity.optional(),
    strength: Strength,
    /** `disputed` when the sources disagree: it then needs evidence on both sides and a dispute summary. */
    status: z.enum(['supported', 'disputed']).default('supported'),
    dispute: z.string().min(1).optional(),
    evidence: z.array(Evidence).min(1),
    caveats: z.array(z.string().min(1)).default([]),
    /**
     * Evidence-backed wording a writer can use instead of an overstated version. Optional: the
     * statement is used when a pack leaves it out (see suggestedWordingOf).
     */
    suggestedWording: z.string().min(1).optional(),
    references: z.array(Id).default([]),
    /** Extra lexicon ids or words a sentence must share to match, beyond subject and object. */
    keywords: z.array(z.string().min(1)).default([]),
    examples: z.array(Example).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.status === 'disputed') {
      if (!c.dispute) ctx.addIssue({ code: 'custom', path: ['dispute'], message: 'a disputed claim needs a dispute summary' });
      const stances = new Set(c.evidence.map((e) => e.stance));
      if (!stances.has('supports') || !stances.has('contradicts')) {
        ctx.addIssue({
          code: 'custom',
          path: ['evidence'],
          message: 'a disputed claim needs evidence on both sides (supports and contradicts)',
        });
      }
    }
  });

/** Every file, built-in or pack, has this shape; each section is optional. */
export const PackFile = z
  .object({
    /** Free-form pack metadata, shown in `factlens db`. */
    name: z.string().optional(),
    description: z.string().optional(),
    sources: z.array(Source).default([]),
    references: z.array(Reference).default([]),
    lexicon: z.array(LexiconEntry).default([]),
    claims: z.array(Claim).default([]),
    /** Built-in claim ids this pack switches off. */
    retire: z.array(Id).default([]),
    /** Claims that replace built-in claims with the same id (a plain duplicate id is an error). */
    overrides: z.array(Claim).default([]),
  })
  .strict();

export type SourceT = z.infer<typeof Source>;
export type ReferenceT = z.infer<typeof Reference>;
export type LexiconEntryT = z.infer<typeof LexiconEntry>;
export type RelationT = z.infer<typeof Relation>;
export type StrengthT = z.infer<typeof Strength>;
export type QuantityT = z.infer<typeof Quantity>;
export type EvidenceT = z.infer<typeof Evidence>;
export type ExampleT = z.infer<typeof Example>;
export type ClaimT = z.infer<typeof Claim>;
export type PackFileT = z.infer<typeof PackFile>;
export type VerdictT = z.infer<typeof Verdict>;
export type StanceT = z.infer<typeof Stance>;
