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
 * Whether the sentence speaks of the claim's influence the other way round: the claim's object
 * acting on its subject, or setting it off. The claim neither supports nor contradicts that.
 */
export function swappedRoles(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): boolean {
  return objectIsTheCondition(c, s, lexicon) || objectActsOnSubject(c, s, lexicon) || sidesInOneList(c, s, lexicon);
}

/**
 * "Low calcium, iron and magnesium are linked with miscarriage" against "magnesium deficiency can
 * cause hypocalcemia": the claim's subject and object are only named side by side in one list,
 * where the sentence says nothing of one acting on the other.
 */
function sidesInOneList(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): boolean {
  if (!s.lists.size) return false;
  const subject = mentions(c.subjectIds, s, lexicon);
  const object = mentions(c.objectIds, s, lexicon);
  if (!subject.length || !object.length) return false;
  const list = s.lists.get(subject[0]);
  if (list === undefined || ![...subject, ...object].every((p) => s.lists.get(p) === list)) return false;
  // Only an enumeration: two names joined by "and" are often what a relation links ("the link
  // between low magnesium and brittle bones").
  let members = 0;
  for (const first of s.lists.values()) if (first === list) members++;
  return members >= 3;
}

/**
 * "Calcitonin is released when blood calcium is high" against "calcitonin lowers blood calcium":
 * the claim's object is named only in the condition, as what sets the claim's subject off. Not for
 * a need: "vitamin D cannot be activated if magnesium is low" states that activation needs magnesium.
 */
function objectIsTheCondition(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): boolean {
  if (!s.conditional.size || s.relationAt < 0 || s.conditional.has(s.relationAt)) return false;
  if (s.relation === 'requires' || c.claim.relation === 'requires' || s.negated) return false;
  const subject = mentions(c.subjectIds, s, lexicon);
  const object = mentions(things(c.objectIds, lexicon), s, lexicon);
  return subject.length > 0 && object.length > 0 && object.every((p) => s.conditional.has(p)) && subject.every((p) => !s.conditional.has(p));
}

/** What a side is about, not what happens to it: "secretion" of calcium from bone is the verb's business. */
function things(ids: readonly string[], lexicon: Lexicon): string[] {
  return ids.filter((id) => lexicon.concepts.get(id)?.category !== 'process');
}

/** Where the sentence names something near each claim concept, remembered per sentence (claims share concepts). */
const mentionsBySentence = new WeakMap<SentenceFeatures, Map<string, number[]>>();

function mentions(ids: readonly string[], s: SentenceFeatures, lexicon: Lexicon): number[] {
  let known = mentionsBySentence.get(s);
  if (!known) mentionsBySentence.set(s, (known = new Map()));
  const out: number[] = [];
  for (const id of ids) {
    let at = known.get(id);
    if (!at) {
      const baseOf = (x: string) => lexicon.concepts.get(x)?.deficiencyOf ?? x;
      const b = baseOf(id);
      at = s.concepts.filter((m) => lexicon.near(baseOf(m.id), b)).map((m) => m.start);
      known.set(id, at);
    }
    for (const p of at) if (!out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * "Magnesium supplements can raise vitamin D levels" against "vitamin D supplements deplete
 * magnesium": the sentence names the claim's object as the one acting and its subject as the one
 * acted on. Only for an active verb with a direction, other than a need; a passive one
 * ("is depleted by") puts its subject after it.
 */
function objectActsOnSubject(c: CompiledClaim, s: SentenceFeatures, lexicon: Lexicon): boolean {
  // A need is worded either way round ("vitamin D needs magnesium", "magnesium is needed for vitamin D").
  if (c.claim.relation === 'requires' || ORIENTATION[c.claim.relation] === 0) return false;
  const objects = directObjects(s);
  if (!objects) return false;
  // Every mention of the claim's subject after the verb, one of them the verb's direct object
  // ("can raise vitamin D"), and every mention of its object before the verb.
  const subject = mentions(c.subjectIds, s, lexicon);
  if (!subject.length || !subject.some((p) => objects.includes(p)) || !subject.every((p) => p > s.relationAt)) return false;
  const object = mentions(things(c.objectIds, lexicon), s, lexicon);
  return object.length > 0 && object.every((p) => p < s.relationAt);
}

/** Words in a cue ("keep from": 2), counted without splitting it. */
function wordCount(cue: string): number {
  let n = 1;
  for (let i = cue.indexOf(' '); i >= 0; i = cue.indexOf(' ', i + 1)) n++;
  return n;
}

/** Per sentence: where its active verb's direct objects stand, or null when it has none. */
const objectsBySentence = new WeakMap<SentenceFeatures, number[] | null>();

/**
 * The concepts an active, directed verb acts on directly ("can raise vitamin D"), not a cause named
 * in a phrase or clause further on ("fell ... with magnesium supplementation", "because of a
 * genetic disorder", "... become more numerous when magnesium is scarce"). None for a need, for a
 * verb without a direction, or for a passive one ("is depleted by"), which puts its subject after it.
 */
function directObjects(s: SentenceFeatures): number[] | null {
  let found = objectsBySentence.get(s);
  if (found !== undefined) return found;
  found = null;
  const at = s.relationAt;
  const passive = at > 0 && (AUXILIARIES.has(s.tokens[at - 1]?.norm ?? '') || s.tokens.some((t, k) => k > at && PASSIVE_MARKERS.has(t.norm)));
  if (at > 0 && s.relation && s.relation !== 'requires' && ORIENTATION[s.relation] !== 0 && !passive && !CAUSE_AFTER.has(s.relationCue ?? '')) {
    const cueEnd = at + wordCount(s.relationCue ?? '');
    const direct = (p: number) => {
      if (p - cueEnd > DIRECT_OBJECT_REACH) return false;
      for (let k = cueEnd; k < p; k++) if (CAUSE_OPENERS.has(s.tokens[k].norm)) return false;
      return true;
    };
    const positions = s.concepts.filter((m) => m.start > at && direct(m.start)).map((m) => m.start);
    if (positions.length) found = positions;
  }
  objectsBySentence.set(s, found);
  return found;
}
