import * as assert from 'assert';
import { inflect } from '../../server/src/engine/nlp/inflect';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { readSentence } from '../../server/src/engine/nlp/features';
import { Lexicon } from '../../server/src/engine/nlp/lexicon';
import { extractQuantities, compatible, claimInterval } from '../../server/src/engine/nlp/quantities';
import { tokenize, stem } from '../../server/src/engine/nlp/tokenize';

const lexicon = new Lexicon(loadBuiltinDatabase().lexicon);
const read = (s: string, _l = lexicon, antecedents: string[] = []) => readSentence(s, lexicon, antecedents);

describe('engine: tokens and lexicon', () => {
  it('splits vitamin D notations into the same tokens however they are written', () => {
    assert.deepStrictEqual(tokenize('1,25(OH)2D3').map((t) => t.norm), tokenize('1,25(OH)2 D3').map((t) => t.norm));
    assert.deepStrictEqual(tokenize('25(OH)D').map((t) => t.norm), ['25', 'oh', 'd']);
  });
  it('folds plurals and possessives only', () => {
    assert.strictEqual(stem('kidneys'), 'kidney');
    assert.strictEqual(stem('osteoblasts'), 'osteoblast');
    assert.strictEqual(stem('osteoporosis'), 'osteoporosis');
    assert.strictEqual(stem("body's"), 'body');
  });
  it('normalises synonyms through the lexicon', () => {
    const ids = (s: string) => [...read(s).conceptIds];
    assert.ok(ids('Parathyroid hormone rises.').includes('pth'));
    assert.ok(ids('PTH rises.').includes('pth'));
    assert.ok(ids('Hypomagnesemia is common.').includes('magnesium-deficiency'));
    assert.ok(ids('Calcitriol levels fall.').includes('calcitriol'));
    assert.ok(ids('The 1,25(OH)2D level falls.').includes('calcitriol'));
    assert.ok(ids('25(OH)D is the storage form.').includes('calcidiol'));
  });
});

describe('engine: sentence features', () => {
  it('finds the relation and its direction', () => {
    assert.strictEqual(read('Magnesium raises calcitonin.').relation, 'increases');
    assert.strictEqual(read('Magnesium lowers PTH secretion.').relation, 'decreases');
    assert.strictEqual(read('Vitamin D activation requires magnesium.').relation, 'requires');
    assert.strictEqual(read('Magnesium helps prevent osteoporosis.').relation, 'prevents');
    assert.strictEqual(read('Low magnesium leads to higher PTH levels.').relation, 'causes');
  });
  it('detects negation, and ignores phrases that only look negative', () => {
    for (const s of [
      'Magnesium does not affect PTH.',
      'Magnesium has no effect on calcitonin.',
      'Vitamin D never needs magnesium.',
      'Magnesium cannot raise calcitonin.',
      'Magnesium fails to raise calcitonin.',
    ]) assert.ok(read(s).negated, s);
    for (const s of [
      'Magnesium is not only a mineral but also a cofactor for vitamin D enzymes.',
      'No matter how much vitamin D you take, magnesium is needed to activate it.',
      'Magnesium deficiency is not the only cause of hypoparathyroidism.',
    ]) assert.ok(!read(s).negated, s);
  });
  it('reads "impossible/cannot ... without" as a requirement, not a negation', () => {
    const f = read('Bone formation is impossible without magnesium.');
    assert.strictEqual(f.negated, false);
    assert.strictEqual(f.relation, 'requires');
    assert.ok(f.boosters.includes('impossible'));
    const g = read('Vitamin D cannot be activated without magnesium.');
    assert.strictEqual(g.negated, false);
    assert.strictEqual(g.relation, 'requires');
  });
  it('reads a bare "without X" as X lacking', () => {
    assert.ok(read('Vitamin D can be activated without any magnesium.').deficient.has('magnesium'));
  });
  it('reads low and high levels as states of a concept', () => {
    assert.ok(read('Low magnesium raises PTH.').deficient.has('magnesium'));
    assert.ok(read('A sudden fall in magnesium raises PTH.').deficient.has('magnesium'));
    assert.ok(read('High magnesium levels suppress PTH.').excess.has('magnesium'));
    // A verb with its object is not a state: "lowers blood calcium" is a relation.
    assert.ok(!read('Calcitonin lowers blood calcium.').deficient.has('blood-calcium'));
  });
  it('grades certainty: hedged < can < plain < absolute', () => {
    assert.strictEqual(read('Magnesium may reduce PTH.').certainty, 4);
    assert.strictEqual(read('Low magnesium is associated with miscarriage.').certainty, 4);
    assert.strictEqual(read('Magnesium deficiency can contribute to hypoparathyroidism.').certainty, 5);
    assert.strictEqual(read('Magnesium reduces PTH.').certainty, 6);
    // A reference back to a study's participants, and a past-tense comparison between groups,
    // report what was observed; "women" alone hedges nothing.
    assert.strictEqual(read('Those women also had less magnesium in their blood.').certainty, 4);
    assert.strictEqual(read('Women who miscarried had lower magnesium levels.').certainty, 4);
    assert.strictEqual(read('Low magnesium causes miscarriage in women.').certainty, 6);
    // One cause among others is "can cause"; a denied certainty asserts none.
    assert.strictEqual(read('Autoimmune disease is another cause of hypoparathyroidism.').certainty, 5);
    assert.deepStrictEqual(read('Correcting low magnesium may not cure hypoparathyroidism.').boosters, []);
    assert.deepStrictEqual(read('Magnesium will cure hypoparathyroidism.').boosters.length > 0, true);
    // A denied proof hedges and takes the certainty it quotes with it, in every listed form.
    assert.deepStrictEqual(read('It remains unproven that magnesium pills always reverse osteoporosis.').boosters, []);
    // A booster in an aside describes something else; "largely" qualifies.
    assert.deepStrictEqual(read('Magnesium, which is part of every ATP molecule, fuels the cells that build bone.').boosters, []);
    // Unless the aside is where the claim is.
    assert.deepStrictEqual(read('She mentioned a 2011 study of 484 young women, which proved that eating more magnesium builds stronger bones.').boosters, ['proved']);
    assert.strictEqual(read('Without magnesium, vitamin D stays largely inactive.').certainty, 5);
    for (const s of ['Magnesium always reduces PTH.', 'Magnesium is proven to cure osteoporosis.', 'Every woman needs magnesium.', 'Magnesium guarantees strong bones.']) {
      assert.strictEqual(read(s).certainty, 7, s);
    }
  });
  it('prefers a verb outside a ", which ..." aside', () => {
    const f = read('Magnesium deficiency presents with fatigue and cramps, which can be made worse by ineffective vitamin D.');
    assert.deepStrictEqual([f.relation, f.relationCue, f.negated], ['causes', 'present with', false]);
  });
  it('reads "make X worse" as a cause', () => {
    assert.strictEqual(read('Calcium tablets make osteoporosis worse.').relation, 'causes');
  });
  it('reads a negated state word as a denied word, not a denial of the sentence', () => {
    const f = read("Vitamin D from the sun isn't active yet.");
    assert.deepStrictEqual([f.negated, f.deniedWords], [false, ['active']]);
    assert.deepStrictEqual(read('Magnesium is not needed for PTH.').deniedWords, []);
    // "not yet" is no denial of the sentence, but the state after it is still denied.
    const yet = read('The vitamin D3 in ordinary tablets is not yet active.');
    assert.deepStrictEqual([yet.negated, yet.deniedWords, yet.conceptIds.has('activation')], [false, ['active'], true]);
    assert.deepStrictEqual(read('Calcitriol is not yet known to do that.').deniedWords, []);
  });
  it('reads vitamin D from the sun, the skin or supplements, said to be (in)active, as the raw form D3', () => {
    for (const s of ['The vitamin D you make from sunshine is already active.', 'The vitamin D in tablets and the vitamin D your skin makes are both inactive to begin with.']) {
      assert.ok(read(s).conceptIds.has('vitamin-d3'), s);
    }
    // Not when another form is named, nor without a source, nor when activity is not the point.
    assert.ok(!read('Vitamin D from sunlight is turned into calcidiol, which is inactive.').conceptIds.has('vitamin-d3'));
    assert.ok(!read('Vitamin D is inactive until the kidneys convert it.').conceptIds.has('vitamin-d3'));
    assert.ok(!read('Vitamin D from sunlight helps the gut absorb calcium.').conceptIds.has('vitamin-d3'));
  });
  it('leaves a figure\'s words out of the content words', () => {
    assert.deepStrictEqual(read('Every one of them conceived within three months of normalising their magnesium.').contentWords.filter((w) => w === 'three' || w === 'month'), []);
  });
  it('leaves the words of a ", which ..." aside out of the content words', () => {
    const f = read('Ordinary vitamin D tablets are turned into calcitriol in the liver, which is why they take longer to work.');
    assert.ok(!f.contentWords.includes('work') && !f.contentWords.includes('longer'), f.contentWords.join(' '));
  });
  it('reads a term with a possessive inside it ("topping up your magnesium")', () => {
    assert.ok(read('Topping up your magnesium helps.').conceptIds.has('magnesium-supplementation'));
    assert.ok(read('It is not the form your body actually uses.').conceptIds.has('activation'));
    // A term that spells the possessive keeps it ("take your vitamin D").
    assert.ok(read('Take your vitamin D with food.').conceptIds.has('vitamin-d-supplements'));
  });
  it('never reads a term across a clause break', () => {
    // "low, calcium" is not "low calcium".
    assert.ok(!read('When magnesium is low, calcium can build up in the arteries.').conceptIds.has('blood-calcium-deficiency'));
    assert.ok(read('Low calcium can cause tingling.').conceptIds.has('blood-calcium-deficiency'));
    // Notations keep their commas: "1,25(OH)2D" is still calcitriol.
    assert.ok(read('Calcitriol, also called 1,25(OH)2D, is the active form.').conceptIds.has('calcitriol'));
  });
  it('does not carry a level given only in a condition onto a plain mention in the main clause', () => {
    const f = read('Because magnesium is needed to switch vitamin D on, a tablet may do less than expected when magnesium is low.');
    assert.ok(!f.deficient.has('magnesium'));
    assert.ok(f.conceptIds.has('activation'), 'switch ... on names the activation');
    assert.ok(read('If magnesium is low, vitamin D stays inactive.').deficient.has('magnesium'));
  });
  it('reads a level given with a word of degree, or after a contracted "is"', () => {
    for (const text of ['If magnesium is really low, vitamin D stays inactive.', "If your magnesium's really low, vitamin D stays inactive.", "When magnesium's low, vitamin D stays inactive."]) {
      assert.ok(read(text).deficient.has('magnesium'), text);
    }
    assert.ok(read('When blood calcium gets dangerously high, calcitonin is released.').excess.has('blood-calcium'));
    // ... or that has lasted, or is seen happening.
    assert.ok(read('When magnesium has been low for a long time, PTH can fall.').deficient.has('magnesium'));
    assert.ok(read('When the glands sense blood calcium falling, they release more PTH.').deficient.has('blood-calcium'));
  });
  it('reads "all" as universal when it quantifies a group, not an amount or things just named', () => {
    assert.deepStrictEqual(read('All diabetics end up magnesium deficient.').boosters, ['all']);
    for (const text of ['These all support bone health, including magnesium.', 'Of all the magnesium forms, glycinate comes up most.', 'Calcium gets all the headlines.', 'This page looks at all of magnesium\'s roles in bone health.', 'Like all other organs, the parathyroid glands need magnesium.']) {
      assert.deepStrictEqual(read(text).boosters, [], text);
    }
  });
  it('reads "eight in a hundred" as a percentage', () => {
    assert.deepStrictEqual(read('Magnesium cut premature births from about eight in a hundred to under 1 in 100.').quantities.map((q) => [q.min, q.max, q.unit]), [[6.4, 9.6, '%'], [0, 1, '%']]);
  });
  it('reads a plain lack as what the lexicon calls it ("your calcium is low" is low blood calcium)', () => {
    assert.ok(read('Cramps can be signs that your calcium is low.').conceptIds.has('blood-calcium-deficiency'));
  });
  it('reads a plural cue after a determiner as a thing, not a change ("these drops")', () => {
    assert.notStrictEqual(read('The vitamin D in these drops is already in its active form.').relation, 'decreases');
    assert.strictEqual(read('Calcium drops when PTH is low.').relation, 'decreases');
  });
  it('reads a copula and a level as a level in any clause', () => {
    assert.ok(read('A low vitamin D result is always a sign that your magnesium is low as well.').deficient.has('magnesium'));
    assert.ok(read('Your magnesium is low as well.').deficient.has('magnesium'));
  });
  it('skips a few fillers inside a term, not a long run of them', () => {
    assert.ok(read('Plenty of us are running a little low on magnesium.').conceptIds.has('magnesium-deficiency'));
    const run = `Running ${'a '.repeat(40)}low on magnesium is common.`;
    assert.ok(!read(run).concepts.some((c) => c.id === 'magnesium-deficiency' && c.end - c.start > 10));
  });
  it('reads "runs very low" and "stays low" as a lack', () => {
    assert.ok(read('When magnesium runs very low, PTH falls.').deficient.has('magnesium'));
    assert.ok(read('When magnesium stays low for a long time, PTH falls.').deficient.has('magnesium'));
  });
  it('reads a level that "has dropped" or "has risen" as low or high', () => {
    assert.ok(read('If your magnesium has dropped suddenly, your PTH may come back higher.').deficient.has('magnesium'));
    assert.ok(read('When blood calcium has risen, calcitonin is released.').excess.has('blood-calcium'));
  });
  it('reads a low reading of a measure as a lack of what it measures', () => {
    const f = read('When a vitamin D result comes back low, the cause is always a shortage of magnesium.');
    assert.ok(f.deficient.has('vitamin-d') && f.conceptIds.has('vitamin-d-deficiency'));
    // A measure with a lack of its own keeps it: low blood calcium is not a lack of calcium intake.
    assert.ok(!read('Low blood calcium causes cramps.').deficient.has('calcium'));
  });
  it('carries a level along an enumeration closed by "and", not across a clause comma or onto a condition', () => {
    assert.deepStrictEqual([...read('Low calcium, iron, zinc and magnesium are linked with miscarriage.').deficient].sort(), ['blood-calcium', 'iron', 'magnesium', 'zinc']);
    assert.ok(!read('If you are low in magnesium, vitamin D supplements may not work.').deficient.has('vitamin-d-supplements'));
    assert.ok(!read('The link between low magnesium and brittle bones is weak.').deficient.has('brittle-bones'));
  });
  it('reads a loss of effect as a decrease, not a denial', () => {
    for (const text of ['Low magnesium renders vitamin D largely useless.', 'Vitamin D supplements may fail to do their job.']) {
      const f = read(text);
      assert.deepStrictEqual([f.negated, f.relation, f.conceptIds.has('effectiveness')], [false, 'decreases', true], text);
    }
    // A plain "useless for" is no effect at all.
    assert.ok(read('Calcium pills are useless for your bones.').negated);
    // "wasted" as what someone did is no negation.
    assert.ok(!read('I wasted a year on vitamin D pills.').negated);
  });
  it('reads certainty promised to the reader as a booster, not the hedge "can"', () => {
    for (const text of ['If your vitamin D is low, you can be certain your magnesium is low too.', 'Anyone low in vitamin D is bound to be low in magnesium.']) {
      assert.ok(read(text).boosters.length > 0, text);
    }
    assert.deepStrictEqual(read('Low vitamin D can be a sign of low magnesium.').boosters, []);
    // Chemically bound is no certainty.
    assert.deepStrictEqual(read('Active ATP is bound to magnesium.').boosters, []);
  });
  it('reads an imperative that promises an absence as a certain prevention by what is taken', () => {
    for (const text of ["Take enough vitamin D and you simply won't get ill this winter.", 'Take magnesium and you will never get cramps again.', "Take magnesium and you'll never have to worry about cramps again."]) {
      const f = read(text);
      assert.deepStrictEqual([f.negated, f.relation, f.boosters.length > 0, f.excess.size], [false, 'prevents', true, 1], text);
    }
    // Not a promise: a denial that is not the imperative's consequence.
    assert.ok(read("Magnesium won't fix every cramp.").negated);
  });
  it('reads "that" before a noun ("made that way") as pointing at it, not opening a clause', () => {
    const f = read("The vitamin D made that way isn't active yet.");
    assert.deepStrictEqual(f.deniedWords, ['active']);
  });
  it('reads "whatever" as indifference only before a named thing', () => {
    assert.ok(read('Vitamin D works whatever your magnesium level.').negated);
    for (const text of ['Calcitriol also tells the kidneys to excrete whatever calcium you don\'t need.', 'PTH is not made by the thyroid, whatever its name suggests.', 'Low vitamin D always signals low magnesium, whatever the cause.']) {
      assert.ok(!read(text).negationCue?.includes('whatever'), text);
    }
  });
  it('keeps a denial inside a closed condition out of the main claim', () => {
    assert.ok(!read('If your kidneys are not working well, magnesium supplements can build up in the blood.').negated);
    assert.ok(read("If you don't take magnesium, vitamin D supplements won't work.").negated || read("If you don't take magnesium, vitamin D supplements won't work.").relation === 'requires');
  });
  it('keeps negations in later clauses out of the main claim', () => {
    assert.ok(!read('Severe magnesium deficiency may cause a type of rickets that does not respond to vitamin D.').negated);
  });
  it('reads where things move: into a destination, out of a source', () => {
    assert.strictEqual(read('Calcitonin pulls calcium out of bone.').movement.get('bone'), -1);
    assert.strictEqual(read('Calcitonin puts calcium back into bone.').movement.get('bone'), 1);
    const stored = read('PTH moves calcium out of your blood and into storage in your bones.').movement;
    assert.deepStrictEqual([stored.get('blood'), stored.get('bone')], [-1, 1]);
    const chain = read('The liver turns it into calcidiol, and the kidneys turn calcidiol into calcitriol.');
    assert.strictEqual(chain.movement.get('calcidiol'), 0);
    assert.strictEqual(chain.movement.get('calcitriol'), 1);
    // "turn that into": the pronoun is the last product, so calcidiol is a step both ways.
    assert.strictEqual(read('The liver turns D3 into calcidiol, and the kidneys turn that into calcitriol.').movement.get('calcidiol'), 0);
  });
  it('resolves "it" and "the hormone" to what the previous sentence named', () => {
    assert.ok(read('It switches vitamin D on.', lexicon, ['magnesium']).conceptIds.has('magnesium'));
    assert.ok(read('The hormone then pulls calcium out of bone.', lexicon, ['blood-calcium', 'pth']).conceptIds.has('pth'));
  });
  it('recognises questions', () => {
    assert.ok(read('Does magnesium raise PTH?').question);
  });
});

describe('engine: ratios named by their figure', () => {
  it('reads "twice as much calcium as magnesium" as speaking of the calcium-magnesium ratio', () => {
    assert.ok(read('Take twice as much calcium as magnesium.').conceptIds.has('calcium-magnesium-ratio'));
    assert.ok(!read('Take calcium with magnesium.').conceptIds.has('calcium-magnesium-ratio'));
  });
});

describe('engine: quantities', () => {
  const q = (s: string) => extractQuantities(s);
  it('reads no figure inside a name ("P450", "D3", "Ca2+")', () => {
    assert.deepStrictEqual(q('the P450 enzymes'), []);
    assert.deepStrictEqual(q('more than 300 enzymes').map((x) => [x.min, x.unit]), [[300, 'enzyme']]);
  });
  it('reads a word number times a hundred or a thousand', () => {
    assert.deepStrictEqual(q('a study of nearly five thousand young women').map((x) => [x.min, x.unit]), [[5000, 'people']]);
  });
  it('reads a ratio given in parts', () => {
    assert.deepStrictEqual(q('two parts calcium to one part magnesium').map((x) => [x.min, x.unit]), [[2, 'ratio']]);
    assert.deepStrictEqual(q('1 part of calcium to 2 parts magnesium').map((x) => [x.min, x.unit]), [[0.5, 'ratio']]);
  });
  it('reads percentages, ranges, bounds and fractions', () => {
    assert.deepStrictEqual(q('over 60% of magnesium')[0], { min: 60, max: Infinity, unit: '%', text: 'over 60%' });
    assert.deepStrictEqual(q('only 30-40% of it')[0], { min: 30, max: 40, unit: '%', text: '30-40%' });
    assert.deepStrictEqual(q('from 8.2 to 2.8%')[0], { min: 2.8, max: 8.2, unit: '%', text: '8.2 to 2.8%' });
    assert.strictEqual(q('more than half of it')[0].min, 50);
    assert.strictEqual(q('600 mg/day magnesium')[0].unit, 'mg');
    assert.deepStrictEqual(q('cut premature births to zero')[0], { min: 0, max: 0, unit: '%', text: 'to zero' });
    // Counts read across qualifiers: "nine normal premenopausal women", "6 of the women".
    assert.deepStrictEqual(q('nine normal premenopausal women and 26 PMT patients').map((x) => x.min), [9, 26]);
    assert.strictEqual(q('necessary for 6 of the women')[0].min, 6);
  });
  it('reads spans of time in words, and "half a century" is not half of something', () => {
    assert.deepStrictEqual(q('studied for more than half a century'), [{ min: 50, max: Infinity, unit: 'year', text: 'more than half a century' }]);
    assert.deepStrictEqual(q('for about three decades')[0], { min: 24, max: 36, unit: 'year', text: 'about three decades' });
    assert.strictEqual(q('for less than a decade')[0].max, 10);
  });
  it('compares figures: more than half agrees with over 60%, about 10% does not', () => {
    const claim = claimInterval({ text: 'over 60%', min: 60, unit: '%' });
    assert.ok(compatible(q('more than half')[0], claim));
    assert.ok(compatible(q('about 65%')[0], claim));
    assert.ok(!compatible(q('about 10%')[0], claim));
    assert.ok(!compatible(q('less than a third')[0] ?? q('under 30%')[0], claim));
  });
});

describe('engine: contrast inside a sentence', () => {
  it('sets aside what follows ", not ..." without negating the sentence', () => {
    const f = read('PTH is made by the parathyroid glands, not by the thyroid.');
    assert.strictEqual(f.negated, false);
    assert.ok(f.conceptIds.has('parathyroid-glands'));
    assert.ok(!f.conceptIds.has('thyroid-gland'));
  });
  it('sets aside "not X but Y" and "instead of X"', () => {
    const f = read('Calcidiol is not the active form but the storage form of vitamin D.');
    assert.strictEqual(f.negated, false);
    const g = read('Calcium ends up in the arteries instead of the bones.');
    assert.ok(!g.conceptIds.has('bone'));
  });
  it('still negates when the phrase after the comma has a verb of its own', () => {
    assert.strictEqual(read('Magnesium is common, not that it raises PTH.').negated, true);
    assert.strictEqual(read('Magnesium does not lower PTH.').negated, true);
  });
  it('reads a self-correcting sentence from its correction', () => {
    const f = read('Magnesium deficiency does not typically cause hypoparathyroidism, but it can contribute to it.');
    assert.strictEqual(f.negated, false);
    assert.ok(f.hedgeCertainty <= 5);
    // No correction without a verb after the marker, or with a negation after it.
    assert.strictEqual(read('Magnesium does not cause it, but it does not prevent it either.').negated, true);
  });
  it('lists every relation cue with its position', () => {
    const f = read('A deficiency in magnesium can impair calcium absorption, worsening hypoparathyroidism.');
    assert.deepStrictEqual(f.relationCues.map((r) => f.tokens[r.at].raw), ['impair', 'worsening']);
    assert.strictEqual(f.relationCues[0].fam, 'decreases');
  });
});

describe('engine: references back', () => {
  it('puts the antecedent where "the hormone" stands, so "without enough of the hormone" lacks it', () => {
    const f = read('Without enough of the hormone, blood calcium drops.', lexicon, ['pth']);
    assert.ok(f.deficient.has('pth'));
    assert.ok(f.concepts.some((m) => m.id === 'pth' && m.antecedent));
  });
  it('gives a pronoun standing for a deficiency its lack ("Magnesium deficiency is common. It can impair ...")', () => {
    const f = read('It raises PTH.', lexicon, ['magnesium-deficiency']);
    assert.ok(f.deficient.has('magnesium'));
  });
});

describe('engine: a pronoun after a colon', () => {
  it('does not read "the vitamin" of "the vitamin D" as a reference back', () => {
    const f = read('The vitamin D your skin makes is not yet active.', lexicon, ['calcidiol']);
    assert.ok(!f.concepts.some((m) => m.antecedent), JSON.stringify(f.concepts));
    assert.ok(read('The vitamin is not yet active.', lexicon, ['calcidiol']).concepts.some((m) => m.id === 'calcidiol' && m.antecedent));
  });
  it('refers back like one at the start of a sentence', () => {
    const f = read('We are told to take it for our bones, and rightly so: it helps the gut absorb calcium.', lexicon, ['vitamin-d']);
    assert.ok(f.concepts.some((c) => c.id === 'vitamin-d' && c.antecedent));
  });
});

describe('engine: naming asides', () => {
  it('does not read ", known as ..." or ", also called ..." as the relation', () => {
    assert.notStrictEqual(read('Low magnesium can leave vitamin D stuck, known as functional deficiency.').relationCue, 'known as');
    assert.strictEqual(read('Calcidiol is also known as 25(OH)D.').relationCue, 'known as');
  });
});

describe('engine: a lack as the condition of a denial', () => {
  it('reads it as a need and keeps which lack it was', () => {
    const f = read('When magnesium is low, the parathyroid glands cannot release enough PTH.');
    assert.strictEqual(f.relation, 'requires');
    assert.strictEqual(f.needFromLack, 'magnesium');
    assert.strictEqual(read('The parathyroid glands cannot release PTH without magnesium.').needFromLack, null);
  });
});

describe('engine: definite nouns that refer back', () => {
  it('reads "the condition" further into a sentence as the condition just named', () => {
    const f = read('Magnesium deficiency rarely triggers the condition on its own.', lexicon, ['hypoparathyroidism']);
    assert.ok(f.conceptIds.has('hypoparathyroidism'));
  });
  it('lets "the glands" stand only for glands, never for the hormone just named', () => {
    const f = read('If the glands make too little PTH, blood calcium tends to climb.', lexicon, ['calcitriol', 'blood-calcium']);
    assert.ok(!f.conceptIds.has('calcitriol'));
    assert.ok(read('If the glands make too little PTH, blood calcium tends to climb.', lexicon, ['parathyroid-glands']).conceptIds.has('parathyroid-glands'));
  });
  it('reads a bare "deficiency" as a lack of the nutrient just named, unless the sentence names a lack', () => {
    assert.ok(read('Severe, long-term deficiency can cause hypoparathyroidism.', lexicon, ['magnesium', 'pth']).conceptIds.has('magnesium-deficiency'));
    assert.ok(!read('Vitamin D deficiency is common, and deficiency can weaken bones.', lexicon, ['magnesium']).conceptIds.has('magnesium-deficiency'));
  });
  it('reads "both of those steps" as the step just described', () => {
    const f = read('Magnesium is needed for both of those steps.', lexicon, ['vitamin-d', 'activation']);
    assert.ok(f.concepts.some((m) => m.id === 'activation' && m.antecedent));
  });
  it('leaves it alone when the sentence names a condition itself or says "the form of ..."', () => {
    assert.ok(!read('Osteoporosis is the condition most linked to magnesium.', lexicon, ['hypoparathyroidism']).conceptIds.has('hypoparathyroidism'));
    assert.ok(!read('Calcitriol is the form of vitamin D the body uses.', lexicon, ['calcidiol']).conceptIds.has('calcidiol'));
  });
});

describe('engine: figures', () => {
  it('reads bounded simple fractions', () => {
    assert.deepStrictEqual(extractQuantities('less than a tenth of it').map((q) => [q.min, q.max, q.unit]), [[0, 10, '%']]);
    assert.deepStrictEqual(extractQuantities('over a quarter of it').map((q) => [q.min, q.max, q.unit]), [[25, 100, '%']]);
    assert.deepStrictEqual(extractQuantities('about a fifth of it').map((q) => [q.min, q.max, q.unit]), [[17, 23, '%']]);
  });
  it('does not read "less than a tenth" as a decrease', () => {
    assert.notStrictEqual(read('Less than a tenth of your magnesium is kept in bone.').relation, 'decreases');
  });
});

describe('engine: states along a list', () => {
  it('carries "low in" along a list but not into the verb after it', () => {
    const f = read('Rats fed a diet low in iron, zinc, magnesium and calcium miscarried more often.');
    assert.ok(f.deficient.has('magnesium') && f.deficient.has('calcium'));
    assert.ok(!f.deficient.has('miscarriage'));
  });
});

describe('engine: verb inflections for cue tables', () => {
  it('adds irregular forms ("go up" -> "goes up", "went up") and keeps the particle', () => {
    assert.ok(inflect('go up').includes('goes up'));
    assert.ok(inflect('go up').includes('went up'));
    assert.ok(inflect('eat up').includes('ate up'));
    assert.ok(inflect('raise').includes('raised'));
  });
});
