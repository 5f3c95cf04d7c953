import { ORIENTATION, type SentenceFeatures } from '../nlp/features';
import type { Lexicon } from '../nlp/lexicon';
import type { CompiledClaim } from './compiledClaim';

/** Words that make the verb passive, so that its subject comes after it ("is depleted by"). */
const PASSIVE_MARKERS = new Set(['by']);
/** Cues that name the cause after them ("because of", "due to"). */
const CAUSE_AFTER = new Set(['because of', 'due to', 'owing to', 'thanks to', 'result from', 'results from', 'resulted from', 'stem from', 'stems from', 'caused by', 'triggered by', 'driven by']);
/** Words that open a phrase or clause naming a cause after the verb ("when magnesium is scarce", "with magnesium"). */
const CAUSE_OPENERS = new Set(['when', 'whenever', 'if', 'unless', 'until', 'before', 'than', 'once', 'as', 'while', 'with', 'without', 'after', 'from', 'because', 'since', 'by', 'in', 'under', 'during', 'on']);
/** At most this many words ("raise your vitamin D") between the verb and its object. */
const DIRECT_OBJECT_REACH = 3;
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);

/**
 * "Magnesium supplements can raise vitamin D levels" against "vitamin D supplements deplete
 * magnesium": the sentence names the claim's object as the one acting and its subject as the one
 * acted on. It speaks of the influence the other way round, which the claim neither supports nor
 * contradicts. Only for an active verb with a direction, other than a need; a passive one
 * ("is depleted by") puts its subject after it.
 */
export function swappedRoles(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): boolean {
  const at = s.relationAt;
  // A need is worded either way round ("vitamin D needs magnesium", "magnesium is needed for vitamin D").
  if (s.relation === 'requires' || c.claim.relation === 'requires') return false;
  if (at <= 0 || !s.relation || ORIENTATION[s.relation] === 0 || ORIENTATION[c.claim.relation] === 0) return false;
  if (AUXILIARIES.has(s.tokens[at - 1]?.norm ?? '')) return false;
  for (let k = at + 1; k < s.tokens.length; k++) if (PASSIVE_MARKERS.has(s.tokens[k].norm)) return false;
  const baseOf = (id: string) => lexicon.concepts.get(id)?.deficiencyOf ?? id;
  const near = (a: string, b: string) => a === b || lexicon.ancestors(a).includes(b) || lexicon.ancestors(b).includes(a);
  const positions = (ids: readonly string[]) =>
    s.concepts.filter((m) => ids.some((id) => near(baseOf(m.id), baseOf(id)))).map((m) => m.start);
  const subject = positions(c.subjectIds);
  const object = positions(c.objectIds);
  if (!subject.length || !object.length) return false;
  // Every mention of the claim's subject after the verb, every mention of its object before it,
  // and the subject the verb's direct object ("can raise vitamin D"), not a cause named in a
  // phrase further on ("fell ... with magnesium supplementation", "because of a genetic disorder").
  // ("... become more numerous when magnesium is scarce" names the cause in a clause of its own).
  const cueEnd = at + (s.relationCue ?? '').split(' ').length;
  const directObject = (p: number) => {
    if (p - cueEnd > DIRECT_OBJECT_REACH) return false;
    for (let k = cueEnd; k < p; k++) if (CAUSE_OPENERS.has(s.tokens[k].norm)) return false;
    return true;
  };
  return subject.every((p) => p > at) && object.every((p) => p < at) && subject.some(directObject) && !CAUSE_AFTER.has(s.relationCue ?? '');
}
