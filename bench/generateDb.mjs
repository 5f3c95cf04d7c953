// A synthetic claims database for the scale benchmarks, written in the same compiled form as
// dist/claims-db.json (and loaded the same way). Its vocabulary comes from the real lexicon and
// claims: the real concepts, plus qualified variants of their terms ("serum magnesium",
// "maternal parathyroid hormone") as new concepts, the way a larger database grows. Claims
// reuse real claims' relations, strengths, evidence and sources with new subjects and objects:
// a few percent between real concepts, the rest involving at least one variant.
import { readFileSync } from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { rng } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const QUALIFIERS = [
  'serum', 'plasma', 'ionized', 'dietary', 'urinary', 'maternal', 'fetal', 'neonatal', 'renal', 'hepatic',
  'intestinal', 'skeletal', 'cardiac', 'muscular', 'cerebral', 'placental', 'postmenopausal', 'pediatric',
  'geriatric', 'chronic', 'acute', 'subclinical', 'familial', 'idiopathic', 'secondary', 'primary',
  'transient', 'persistent', 'nocturnal', 'seasonal', 'oral', 'intravenous', 'topical', 'sublingual',
  'low-dose', 'high-dose', 'daily', 'weekly', 'fasting', 'postprandial', 'free', 'bound', 'total',
  'intracellular', 'extracellular', 'circulating', 'tissue', 'bone-derived', 'mitochondrial', 'cytosolic',
];

const VERBS = {
  increases: 'raises', decreases: 'lowers', causes: 'causes', prevents: 'prevents', requires: 'requires',
  regulates: 'regulates', associated: 'is associated with', converts: 'is converted into', is: 'is a form of',
  'located-in': 'is found in',
};

/** Compiled database (the dist/claims-db.json shape) with `count` claims, reproducible from `seed`. */
export function generateDatabase(count = 100_000, seed = 7, realShare = 0.02) {
  const base = JSON.parse(readFileSync(path.join(root, 'dist', 'claims-db.json'), 'utf8'));
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];

  const lexicon = base.lexicon.slice();
  const variants = [];
  const seen = new Set(lexicon.flatMap((l) => l.terms.map((t) => t.toLowerCase())));
  const wanted = Math.max(1000, Math.round(count / 5));
  for (let tries = 0; variants.length < wanted && tries < wanted * 20; tries++) {
    const concept = pick(base.lexicon);
    const term = `${pick(QUALIFIERS)} ${pick(concept.terms)}`;
    if (seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    const id = `x-${variants.length}-${term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const entry = { id, terms: [term], category: concept.category, tracked: false, description: `Synthetic variant of ${concept.id}.` };
    variants.push(entry);
    lexicon.push(entry);
  }

  const real = base.lexicon;
  const claims = base.claims.slice();
  for (let i = claims.length; i < count; i++) {
    const template = pick(base.claims);
    const both = random() < realShare;
    const subjectEntry = both || random() < 0.5 ? pick(real) : pick(variants);
    const objectEntry = both || subjectEntry.id.startsWith('x-') ? (both ? pick(real) : pick(random() < 0.5 ? real : variants)) : pick(variants);
    const subject = subjectEntry.terms[0];
    const object = objectEntry.terms[0];
    const statement = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${VERBS[template.relation] ?? 'affects'} ${object}.`;
    claims.push({
      ...template,
      id: `synthetic-${i}`,
      statement,
      subject,
      object,
      quantity: undefined,
      suggestedWording: statement,
      keywords: [],
      examples: [],
      caveats: [],
      evidence: template.evidence.map((e) => ({ ...e, quote: `${e.quote} (${subject}; ${object})` })),
    });
  }
  return { version: 1, sources: base.sources, references: base.references, lexicon, claims };
}
