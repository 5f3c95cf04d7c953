// Cue words and phrases the engine reads sentences with: relation verbs and their direction,
// negation, hedges, boosters (certainty and universality). Curated for health writing; claim
// packs extend concepts through the lexicon, not these tables.
import type { RelationT } from '../db/schema';
import { inflect } from './inflect';

export type RelationFamily = RelationT;

/** Cues that give something a part in an outcome without saying which way it pushes ("a role in"). */
export const ROLE_CUES = ['play a role in', 'plays a role in', 'played a role in', 'role in', 'involved in'];

/** +1 / -1 for directional relations, 0 for relations without a direction. */
export const ORIENTATION: Record<RelationFamily, -1 | 0 | 1> = {
  increases: 1,
  decreases: -1,
  requires: 1,
  causes: 1,
  prevents: -1,
  associated: 0,
  converts: 1,
  'located-in': 0,
  regulates: 0,
  is: 0,
};

const v = (...verbs: string[]) => verbs.flatMap(inflect);

/** Relation cues. Phrases are matched longest-first, so "reduce the risk of" beats "reduce". */
export const RELATION_CUES: Record<RelationFamily, string[]> = {
  increases: [
    ...v('increase', 'raise', 'boost', 'stimulate', 'enhance', 'promote', 'improve', 'elevate', 'strengthen', 'help', 'aid',
      'facilitate', 'spur', 'amplify', 'upregulate', 'up-regulate', 'drive up', 'push up', 'restore', 'replenish', 'top up', 'support', 'fuel', 'favor', 'favour',
      'speed up', 'switch on', 'turn on', 'ramp up', 'pump out', 'step up', 'multiply', 'accelerate', 'heighten', 'intensify', 'double', 'triple',
      'push up', 'bump up', 'drive up', 'send up', 'climb', 'soar', 'go up', 'shoot up', 'switch on', 'kick-start', 'jump-start',
      'give a lift to', 'give a boost to', 'give a bump to', 'drift up', 'drift upward', 'creep up'),
    'higher', 'richer', 'more', 'greater', 'elevated', 'rise in', 'rises', 'rise', 'rose', 'spike', 'spikes', 'mitogenic', 'build up', 'builds up',
  ],
  decreases: [
    ...v('decrease', 'reduce', 'lower', 'inhibit', 'suppress', 'impair', 'deplete', 'drain', 'hinder', 'block', 'weaken', 'diminish',
      'burn through', 'compete with', 'compete for', 'eat through', 'chew through', 'eat up', 'burn up',
      'limit', 'interfere with', 'disrupt', 'upset', 'throw off', 'compromise', 'slow', 'slow down', 'leach', 'dampen', 'blunt', 'curb', 'cut',
      'undermine', 'downregulate', 'down-regulate', 'cure', 'eliminate', 'reverse', 'fix', 'treat', 'relieve', 'ease', 'shrink', 'lose', 'rob', 'strip',
      'switch off', 'shut off', 'shut down', 'turn off', 'put brakes on', 'keep lid on', 'put lid on', 'clamp down on', 'chip away at', 'chips away at', 'chipping away at', 'whittle down', 'whittles down', 'rein in', 'hold back', 'use up', 'wipe out', 'halve', 'stop', 'halt', 'prevent from',
      'bring down', 'damp down', 'dampen down', 'tamp down', 'push down', 'drive down', 'knock down', 'pull down', 'go down', 'plummet', 'sink', 'tank',
      'deactivate', 'inactivate', 'drift down', 'drift downward', 'drift lower', 'creep down'),
    'less', 'fewer', 'decline', 'declines', 'declined', 'drop', 'drops', 'dropped', 'fall', 'falls', 'fell', 'fallen', 'dwindle', 'dwindles', 'dwindled',
    'loss of', 'ineffective', 'struggle to',
    'impaired', 'blocked', 'suffer', 'suffers', 'suffered', 'poorer', 'worse at', 'harder',
  ],
  requires: [
    ...v('need', 'require', 'depend on', 'rely on', 'hinge on'),
    'dependent on', 'depends on', 'essential for', 'essential to', 'essential', 'necessary for', 'necessary', 'required for', 'needed for',
    'vital for', 'vital to', 'vital', 'crucial for', 'crucial to', 'crucial', 'critical for', 'critical to', 'critical',
    'indispensable', 'a must', 'cofactor', 'co-factor', 'magnesium-dependent', 'prerequisite', 'key to', 'important for',
  ],
  causes: [
    ...v('cause', 'lead to', 'result in', 'end in', 'end up in', 'end up with', 'trigger', 'contribute to', 'drive', 'induce', 'provoke', 'bring on', 'give rise to',
      'underlie', 'exacerbate', 'worsen', 'aggravate',
      // Symptoms: "low calcium can show up as cramps".
      'show up as', 'manifest as', 'present as', 'present with'),
    'make it worse', 'makes it worse', 'made it worse', 'make them worse', 'makes them worse', 'make matters worse',
    'increase the risk of', 'increases the risk of', 'raise the risk of', 'raises the risk of', 'higher risk of', 'greater risk of',
    'increased risk of', 'responsible for', 'a cause of', 'the cause of', 'to blame for', 'behind', 'result from', 'results from',
    'due to', 'because of', 'consequence', 'consequences', 'result', 'ends with', 'end with', 'ended with', 'leads to', ...ROLE_CUES,
  ],
  prevents: [
    ...v('prevent', 'protect against', 'protect from', 'guard against', 'ward off', 'stave off', 'avert', 'avoid', 'keep away', 'bulletproof against'),
    'rule out any chance of', 'rules out any chance of', 'rule out risk of', 'rules out risk of',
    'reduce the risk of', 'reduces the risk of', 'lower the risk of', 'lowers the risk of', 'cut the risk of', 'cuts the risk of',
    'lower risk of', 'reduced risk of', 'reduce the incidence of', 'reduces the incidence of', 'reduced the incidence of',
    'protective against', 'protects', 'preventing', 'prevention of',
  ],
  associated: [
    ...v('link', 'associate', 'tie', 'relate', 'correlate', 'connect', 'implicate', 'accompany'),
    'associated with', 'linked to', 'linked with', 'tied to', 'related to', 'connected to', 'correlated with', 'correlation', 'association',
    // "individuals may suffer from rickets": having a condition, not something falling.
    'suffer from', 'suffers from', 'suffered from', 'suffering from',
    'go hand in hand', 'goes hand in hand', 'go with', 'goes with', 'went with', 'going with', 'track with', 'tracks with', 'tracked with', 'relationship', 'connection', 'link', ...v('indicate', 'signal', 'predict', 'reflect', 'point to', 'hint at'), 'sign of', 'marker', 'hint that', 'clue that', 'a hint', 'a clue',
  ],
  converts: [...v('convert', 'turn into', 'transform', 'change into', 'activate', 'metabolize', 'metabolise', 'hydroxylate'), 'conversion', 'activation'],
  'located-in': ['found in', 'stored in', 'located in', 'resides in', 'reside in', 'contained in', 'held in', 'sits in', 'is in', 'are in', 'was in', 'were in', 'lives in', 'kept in', 'parked in', 'stashed in', 'housed in',
    // "stored mainly in muscle": where the greater part is (wrongStore reads the adverb).
    ...['stored', 'found', 'kept', 'held', 'located'].flatMap((verb) => ['mainly', 'mostly', 'largely', 'chiefly', 'primarily', 'predominantly'].map((adverb) => `${verb} ${adverb} in`))],
  regulates: [...v('regulate', 'control', 'modulate', 'manage', 'balance', 'govern', 'maintain', 'keep', 'direct', 'steer', 'orchestrate', 'mess with', 'meddle with', 'tinker with'), 'in check', 'regulator'],
  is: ['is a', 'is an', 'are a', 'known as', 'called', 'refers to', 'is the', 'are the', 'means', 'defined as', 'characterized by', 'characterised by', 'marked by'],
};

/** "Helps", "supports": verbs too vague to say whether an effect or a need is meant. */
export const VAGUE_EFFECT_VERBS = new Set(['help', 'helped', 'helping', 'aid', 'aided', 'aiding', 'support', 'supported', 'supporting']);
/** Cues that only carry a relation when nothing more specific does ("helps control" is about control). */
export const AUXILIARY_CUES = new Set([...VAGUE_EFFECT_VERBS, 'role in', 'involved in', 'is', 'are']);

/**
 * Comparatives give the direction of a vaguer verb: "leads to higher PTH" says PTH goes up,
 * "is linked to lower bone density" says it goes down.
 */
export const COMPARATIVE_UP = new Set(['richer', 'higher', 'more', 'greater', 'elevated', 'increased', 'raised', 'rise in', 'rise', 'rises', 'rose', 'risen', 'spike', 'spikes', 'excess', 'climb', 'climbs', 'climbed', 'soar', 'soars', 'go up', 'goes up', 'went up']);
export const COMPARATIVE_DOWN = new Set(['lower', 'less', 'fewer', 'reduced', 'decreased', 'diminished', 'decline', 'declines', 'declined', 'drop', 'drops', 'dropped', 'fall', 'falls', 'fell', 'fallen', 'loss of', 'poorer', 'weaker', 'plummet', 'plummets', 'plummeted', 'go down', 'goes down', 'went down']);

/**
 * Negations that say something has no effect at all ("useless", "a waste of money"): stated of a
 * need ("useless without magnesium") they say more than any source does (features.ts).
 */
export const TOTAL_LOSS_CUES = [
  'useless', 'pointless', 'worthless',
  'do nothing', 'does nothing', 'do absolutely nothing', 'does absolutely nothing', 'do nothing at all', 'does nothing at all',
  'is wasted', 'are wasted', 'is completely wasted', 'are completely wasted', 'be wasted', 'would be wasted', 'will be wasted', 'gets wasted', 'go to waste', 'goes to waste',
  'a waste of money', 'a waste of time', 'a complete waste of money', 'a total waste of money', 'money down the drain', 'throwing money down the drain',
  'throw money down the drain', 'throwing your money away', 'throwing money away', 'throw your money away',
];

/** "Works fine without magnesium": negation cues only with "without" after them (see features.ts). */
export const WORKS_WITHOUT_CUES = ['perfectly well', 'works fine', 'work fine', 'worked fine', 'works perfectly', 'work perfectly', 'works normally', 'work normally'];

/** Negation cues. "without" is handled separately (see features.ts). */
export const NEGATION_CUES = [
  'not', 'no', 'never', 'cannot', "can't", 'cant', "don't", "doesn't", 'doesnt', "didn't", "isn't", "aren't", "won't", "wasn't", "weren't",
  "hasn't", "haven't", "shouldn't", "couldn't", 'neither', 'nor', 'fail to', 'fails to', 'failed to', 'no effect', 'no role',
  'zero ability', 'zero capacity', 'untouched', 'unchanged', 'unrelated', 'nothing to do with', 'unnecessary', 'irrelevant', 'myth', 'false', 'untrue', 'none', 'nothing', 'no longer',
  'not fully', 'not completely', 'not entirely', 'not necessarily', 'not totally', 'rarely', 'seldom', 'ruled out', 'rule out', 'disproven', 'disproved', 'debunked', 'unaffected', 'regardless of', 'whatever', 'independent of',
  'independently of', 'just as well', ...WORKS_WITHOUT_CUES, 'makes no difference', 'no difference', 'little to',
  // "Calcium pills are useless for osteoporosis": no effect, not a decrease.
  'hardly', 'barely', 'scarcely',
  'ineffective', 'do nothing for', 'does nothing for', 'did nothing for',
  ...TOTAL_LOSS_CUES,
  'doubt that', 'doubts that', 'doubted that', 'doubt whether', 'doubts whether',
  'question whether', 'questions whether', 'questioned whether', 'questioning whether',
];

/** Phrases that contain a negation word but do not negate the claim. */
export const NEGATION_EXCEPTIONS = [
  'not only', 'no matter', 'whatever else', 'not the only', 'not the sole', 'not the primary', 'not the main', "isn't the main", "isn't the primary", "isn't the only", "isn't the sole", "aren't the main", "aren't the only", "wasn't the main", 'not just', 'if not', 'whether or not',
  // "not getting enough magnesium" is a lack of it (features.ts), not a denial.
  'not getting enough', 'not get enough', "don't get enough", "doesn't get enough", 'not eating enough', "don't eat enough",
  'not having enough', 'not taking enough', "don't take enough",
  'not surprising', 'not surprisingly', 'no surprise', 'no wonder', 'no doubt', 'not uncommon', 'not enough', "isn't enough", "aren't enough", "wasn't enough", "weren't enough", 'no less',
  'not all', 'not always', 'not everyone', 'not every', 'hardly any', 'barely any', 'scarcely any',
  'not yet', 'are all', 'were all', 'they all', 'we all', 'all of us', 'all of these', 'all of them', 'nobody disputes', 'no one disputes', 'nobody denies', 'no one denies',
  'nobody doubts', 'no one doubts',
];

/**
 * "Nobody has proven that ...": the claim's proof is denied, which is a hedge, not a denial; the
 * certainty inside what it quotes is not the writer's either (features.ts drops its boosters).
 */
export const PROOF_DENIALS = [
  'nobody has proven', 'no one has proven', 'nobody has shown', 'no one has shown', 'has not been proven', 'have not been proven',
  'has never been proven', 'not been proven', 'not proven', 'unproven', 'yet to be proven', 'remains unproven', 'not yet proven',
];

/** Hedges, with the certainty level they cap a sentence at (see certainty.ts). */
export const HEDGE_CUES: Record<string, 4 | 5> = Object.fromEntries([
  ...['may', 'might', 'could', 'possibly', 'possible', 'perhaps', 'suggest', 'suggests', 'suggested', 'suggesting', 'appear', 'appears',
    // "may all", "could all": "all" ranges over the things just listed; the modal still hedges.
    'may all', 'could all', 'might all',
    'appear to', 'seem', 'seems', 'seemed', 'likely', 'tend to', 'tends to', 'tended to', 'unlikely', 'potentially', 'potential', 'some studies', 'some research', 'one study',
    'a study', 'a small study', 'one small study', 'small study', 'a trial', 'one trial', 'preliminary', 'early research', 'associated',
    'associated with', 'linked', 'linked to', 'linked with', 'tied to', 'related to', 'correlated', 'correlated with', 'in rats',
    'in animals', 'in mice', 'animal studies', 'animal study', 'rat study', 'believed', 'thought to', 'reportedly', 'according to',
    'some experts', 'experts say', 'many experts', 'plenty of experts', 'some doctors', 'many doctors', 'claim', 'claims', 'propose', 'proposes', 'hint', 'hints', 'observational', 'implicated',
    'is thought', 'are thought', 'arguably', 'in theory', 'researchers found', 'a study found', 'studies suggest', 'evidence suggests',
    // "Women who miscarried have been found to have lower magnesium": a finding reported. ("Has been
    // shown to cause" is neither: it asserts the finding as settled, as plainly as "causes".)
    'been found to', 'were found to', 'was found to', 'been observed',
    'there is evidence', 'some evidence', 'says', 'said', 'say', 'saying', 'argues', 'believes', 'in some people', 'in some women',
    'recommend', 'recommends', 'recommended', 'recommendation', 'recommendations', 'in the opinion of', 'in her opinion', 'in his opinion', 'advise', 'advises', 'advised', 'warn', 'warns', 'warned', 'urge', 'urges', 'insist', 'insists',
    'maintain', 'maintains', 'contend', 'contends', 'speculate', 'speculates', 'study', 'studies', 'trial', 'trials', 'researchers',
    ...PROOF_DENIALS,
    'participants', 'experiment', 'experiments', 'rats', 'mice', 'in animals', 'animals', 'animal', 'subjects', 'cohort',
  ].map((c) => [c, 4] as const),
  ...['can', 'often', 'frequently', 'usually', 'typically', 'in some cases', 'sometimes', 'contribute', 'contributes',
    // "Cramps are typical symptoms of low calcium": what is typical happens often, not always.
    'typical', 'classic',
    // "more or less", "pretty much": roughly, not a comparison.
    'more or less', 'pretty much',
    // "Its causes include surgery, ...", "it has several causes besides low magnesium": each one a
    // possible cause among others.
    'several causes', 'among others', 'besides',
    'include', 'includes', 'included',
    'contributed', 'contributing', 'contribute to', 'contributes to', 'play a role', 'plays a role', 'played a role', 'role in',
    // "surgery is one of the ways people end up with it": one cause among others.
    'one of the ways', 'one of the causes', 'one of the reasons', 'one of several', 'one of many',
    'involved in', 'is involved', 'are involved', 'partly', 'in part', 'largely', 'in large part', 'mostly', 'help', 'helps', 'helped', 'helping', 'some', 'some people',
    'in some', 'many people', 'can all',
    // "struggles to switch vitamin D on" says it is harder, not that it cannot happen.
    'struggle to', 'struggles to', 'struggled to', 'struggling to', 'has trouble', 'have trouble', 'has a hard time', 'have a hard time',
  ].map((c) => [c, 5] as const),
]);

/**
 * "those women", "the patients": a reference back to a study's participants hedges like "in one
 * study". Read on raw tokens (cue keys drop determiners, which would make every "women" a hedge).
 */
export const STUDY_GROUP_DETERMINERS = new Set(['the', 'these', 'those']);
export const STUDY_GROUP_NOUNS = new Set(['women', 'men', 'mothers', 'patients', 'volunteers']);

/**
 * "women who miscarried had lower magnesium", "users were more likely to ...": a past-tense
 * comparison between groups reports what was observed, which is what an association is.
 */
export const OBSERVED_VERBS = new Set(['had', 'showed', 'were', 'was']);
export const OBSERVED_COMPARATIVES = new Set(['lower', 'higher', 'more', 'less', 'fewer', 'greater', 'reduced', 'elevated']);

/**
 * What a supplement comes in: "in every gummy", "each capsule" count servings, and a sentence whose
 * subject is one of them describes a product, not the body.
 */
export const PRODUCT_NOUNS = new Set([
  'gummy', 'gummies', 'capsule', 'capsules', 'tablet', 'tablets', 'serving', 'servings', 'scoop', 'scoops', 'softgel', 'softgels',
  'dose', 'doses', 'bottle', 'bottles', 'bite', 'sachet', 'sachets', 'pill', 'pills', 'chewable', 'chewables', 'lozenge', 'lozenges',
]);

/** Certainty and universality markers: a sentence with one asserts more than any hedged source. */
export const BOOSTER_CUES = [
  'always', 'every', 'all', 'everyone', 'everybody', 'anyone', 'prove', 'proves', 'proven', 'proved', 'guarantee', 'guarantees',
  'guaranteed', 'cure', 'cures', 'cured', 'will', 'impossible', 'definitely', 'certainly', 'undoubtedly', 'completely', 'entirely',
  'totally', 'fully', 'directly', 'direct cause', 'no exceptions', 'no exception', 'prove that',
  'proves that', 'demonstrate that', 'demonstrates that', 'confirm that', 'confirms that', 'rule out any chance', 'rules out any chance', 'for good', 'number one cause', 'single most important', 'most important factor', 'most common cause', 'most common reason', 'leading cause', 'main reason', 'number one reason', 'commonest cause', 'never', 'without exception', 'sole', 'solely', 'only cause', 'main cause',
  'root cause', 'miracle', 'at all', 'instantly', 'eliminate', 'eliminates', 'clinically proven',
  'scientifically proven', 'science shows', 'science proves', 'scientifically settled', 'settled science', 'science is settled',
  'established fact', 'shown conclusively', 'scientific fact', 'proven fact', 'universally', 'invariably',
  'without fail', 'no one', 'nobody', 'single-handedly', 'fix', 'fixes', 'reverses', 'plain and simple', 'simple as that', 'end of story',
  'no ifs or buts', 'no two ways about it', 'hands down', 'by far', 'far and away', 'bar none', 'second to none', 'every single time', 'bulletproof', 'invincible',
  // "you can be certain your magnesium is low": certainty promised to the reader (not the hedge "can").
  'can be certain', 'can be sure', 'can be confident', 'be certain', 'rest assured', 'you can bet', 'bound to be', 'bound to have', 'bound to get', 'bound to end', 'bound to cause', 'bound to lead', 'is certain to', 'are certain to', 'without a doubt', 'no doubt about it',
];

/** "..., full stop": the idiom ends a statement; its "stop" is not a verb. */
export function isFullStop(tokens: readonly { norm: string }[], i: number): boolean {
  return tokens[i].norm === 'stop' && tokens[i - 1]?.norm === 'full';
}
