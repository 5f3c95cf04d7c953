// Words that give a concept a level: "low magnesium", "a deficiency in magnesium", "blood
// calcium drops", "high PTH". features.ts reads them around each concept mention.

/** Before a concept, a lack: "low magnesium", "inadequate vitamin D". */
export const DEFICIENCY_BEFORE = new Set(['low', 'lower', 'insufficient', 'inadequate', 'deficient', 'lack', 'lacking', 'shortage', 'depleted', 'poor', 'reduced', 'decreased', 'suboptimal', 'fall', 'drop', 'decline', 'dip', 'shortfall', 'falling', 'dropping', 'declining', 'short', 'skip', 'skipping', 'skipped', 'skips']);
/** Nouns that name a lack only with "in"/"of" after them ("a deficiency in magnesium"). */
export const DEFICIENCY_NOUNS = new Set(['deficiency', 'insufficiency', 'depletion', 'deficit']);
/** Words that are verbs when a subject comes before them ("Magnesium lowers PTH") but adjectives otherwise. */
export const VERB_FORMS = new Set(['lower', 'reduced', 'decreased', 'depleted', 'fall', 'drop', 'decline', 'dip', 'lack', 'lacking']);
/** Whose or which level, between a level word and its concept ("low maternal magnesium"). */
export const LEVEL_QUALIFIERS = new Set(['maternal', 'dietary', 'serum', 'body', 'total', 'cellular', 'intracellular', 'tissue', 'circulating', 'ionised', 'ionized', 'free']);
/** Before a concept, a high level: "high calcium", "excess vitamin D". */
export const EXCESS_BEFORE = new Set(['high', 'higher', 'elevated', 'excess', 'excessive', 'increased', 'raised', 'large', 'larger', 'extra', 'abundant', 'plenty']);
/** Right after a concept, a lack: "magnesium deficiency", "vitamin D insufficiency". */
export const DEFICIENCY_AFTER = new Set(['deficiency', 'deficient', 'depletion', 'insufficiency', 'shortage', 'shortfall', 'deficit', 'poor', 'depleted', 'starved']);
/** "magnesium runs low", "blood calcium drops": a level falling, said after the concept. */
export const FALLING_AFTER = new Set(['is scarce', 'are scarce', 'is short', 'runs short', 'run short', 'ran short', 'run out', 'runs out', 'ran out', 'run low', 'runs low', 'ran low', 'is low', 'are low', 'get low', 'gets low', 'drop', 'drops', 'dropped', 'fall', 'falls', 'fell', 'dip', 'dips', 'plummet', 'plummets', 'is too low', 'are too low', 'level drop', 'level fall', 'level are low', 'level is low', 'level dip', 'level run low', 'is lacking', 'are lacking', 'is deficient', 'are deficient', 'is in short supply', 'start to fall', 'start to drop', 'begin to fall', 'begin to drop', 'start to dip', 'start falling', 'start dropping', 'level start to fall', 'level begin to fall', 'come back low', 'came back low', 'is back low', 'come back too low', 'came back too low', 'has dropped', 'have dropped', 'has fallen', 'have fallen', 'has dipped', 'has gone down', 'is dropping', 'is falling', 'are dropping', 'are falling', 'level has dropped', 'level have dropped', 'level has fallen', 'level have fallen', 'run very low', 'runs very low', 'ran very low', 'is very low', 'are very low', 'get very low', 'gets very low', 'stay low', 'stays low', 'stayed low', 'remain low', 'remains low', 'remained low', 'is chronically low', 'are chronically low']);
/** "PTH rises", "calcium is high": a level rising, said after the concept. */
export const RISING_AFTER = new Set(['rise', 'rises', 'rose', 'climb', 'climbs', 'climbed', 'spike', 'spikes', 'is high', 'are high', 'level rise', 'level climb', 'level are high', 'level is high', 'soar', 'soars', 'is too high', 'are too high', 'start to rise', 'begin to rise', 'start to climb', 'start rising', 'come back high', 'came back high', 'come back too high', 'came back too high', 'has risen', 'have risen', 'has gone up', 'has climbed', 'is rising', 'are rising', 'level has risen', 'level have risen', 'is very high', 'are very high', 'get very high', 'gets very high']);

// Verbs of falling and rising that writers reach for, alone and after "start to" / "begin to"
// ("the calcium in the blood begins to slip"). Tokens are lemmas, so "begins" reads "begin".
const MORE_FALLING = ['is running low', 'are running low', 'running low', 'is running short', 'are running short', 'running short', 'is getting low', 'getting low', 'is dipping', 'is slipping', 'slip', 'slips', 'slide', 'slides', 'sink', 'sinks', 'sag', 'sags', 'dwindle', 'dwindles', 'decline', 'declines', 'tumble', 'tumbles', 'go down', 'goes down', 'drift down', 'drifts down', 'drift lower', 'drifts lower', 'ebb', 'ebbs'];
const MORE_RISING = ['creep up', 'creeps up', 'go up', 'goes up', 'shoot up', 'shoots up', 'jump', 'jumps', 'surge', 'surges', 'drift up', 'drifts up', 'edge up', 'edges up'];
for (const [words, set] of [[MORE_FALLING, FALLING_AFTER], [MORE_RISING, RISING_AFTER]] as const) {
  for (const w of words) for (const lead of ['', 'start to ', 'begin to ', 'level ']) set.add(lead + w);
}
// "When the glands sense blood calcium falling": the participle after what is sensed or seen.
for (const w of ['falling', 'dropping', 'dipping', 'sinking', 'plummeting']) FALLING_AFTER.add(w);
for (const w of ['rising', 'climbing', 'soaring', 'spiking']) RISING_AFTER.add(w);
// "When magnesium has been low for a long time": a level that has lasted.
for (const verb of ['has been', 'have been', 'had been']) {
  for (const low of ['low', 'very low', 'too low', 'short', 'lacking', 'deficient', 'chronically low', 'running low']) FALLING_AFTER.add(`${verb} ${low}`);
  for (const high of ['high', 'very high', 'too high']) RISING_AFTER.add(`${verb} ${high}`);
}
// "your magnesium is really low", "calcium gets dangerously high": a level with a word of degree.
const DEGREES = ['really', 'quite', 'pretty', 'seriously', 'severely', 'dangerously', 'rather', 'extremely', 'critically', 'particularly', 'especially', 'a bit', 'a little', 'way too', 'far too'];
for (const verb of ['is', 'are', 'get', 'gets', 'run', 'runs', 'stay', 'stays', 'drop', 'drops', 'fall', 'falls']) {
  for (const degree of DEGREES) {
    FALLING_AFTER.add(`${verb} ${degree} low`);
    if (!['drop', 'drops', 'fall', 'falls', 'run', 'runs'].includes(verb)) RISING_AFTER.add(`${verb} ${degree} high`);
  }
}
