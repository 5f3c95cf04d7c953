// "Calcidiol is the active form": a definition the sources give of one member of a kind ("calcitriol
// is the active form") said of another member. The sentence never names the member the claim is
// about, so no claim about what it does name matches it; the claim that gives the definition has to
// be looked for among the claims on the other members of the kind.
import type { SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { ClaimIndex } from './claimIndex';
import type { CompiledClaim } from './compiledClaim';
import { scoreClaim, type Match } from './matcher';
import type { VerdictDecision } from './verdict';

/** Kinds whose members are distinct things, one of which cannot be another. */
const KINDS = new Set(['vitamin-d-form']);
const COPULAS = new Set(['is', 'are']);
const FILLERS = new Set(['the', 'a', 'an', 'actually', 'really', 'already', 'just', 'in', 'its', 'their']);

export function wrongDefinition(index: ClaimIndex, s: SentenceFeatures, lexicon: Lexicon): { match: Match; decision: VerdictDecision } | null {
  if (s.relation !== 'is' || !COPULAS.has(s.relationCue ?? '') || s.negated) return null;
  const kindOf = (id: string) => lexicon.concepts.get(id)?.category ?? '';
  const subject = s.concepts.find((m) => !m.antecedent && m.end <= s.relationAt && KINDS.has(kindOf(m.id)));
  if (!subject) return null;
  const kind = kindOf(subject.id);
  // The word said of it right after the copula ("is the active form"; not "is not ...", "is turned
  // into the active form", "is inactive until ...").
  let k = s.relationAt + 1;
  while (k < s.tokens.length && FILLERS.has(s.tokens[k].norm)) k++;
  const first = s.tokens[k]?.norm;
  for (const c of definitionsOf(index, lexicon, kind)) {
    const other = c.subjectIds[0];
    if (other === subject.id || s.conceptIds.has(other) || lexicon.near(other, subject.id)) continue;
    // The claim's defining word ("active") must be what is said of the sentence's subject.
    if (c.keywordWords[0] !== first) continue;
    const decision: VerdictDecision = { verdict: 'contradicted', reason: `sentence says of ${subject.id} what the sources say of ${other}` };
    return { match: { compiled: c, score: scoreClaim(index, c, s) }, decision };
  }
  return null;
}

const definitionsByIndex = new WeakMap<ClaimIndex, Map<string, CompiledClaim[]>>();

/**
 * The claims that define one member of a kind by words ("calcitriol is active"), looked up once per
 * index: asking the index for every claim on every member was a visible cost for each "X is ..." sentence.
 */
function definitionsOf(index: ClaimIndex, lexicon: Lexicon, kind: string): CompiledClaim[] {
  let byKind = definitionsByIndex.get(index);
  if (!byKind) definitionsByIndex.set(index, (byKind = new Map()));
  let found = byKind.get(kind);
  if (!found) {
    const members = [...lexicon.concepts.values()].filter((c) => c.category === kind).map((c) => c.id);
    found = index.candidates(members).filter((c) => c.claim.relation === 'is' && c.claim.polarity !== 'denies' && c.subjectIds.length === 1 && lexicon.concepts.get(c.subjectIds[0])?.category === kind && c.keywordWords.length > 0);
    byKind.set(kind, found);
  }
  return found;
}
