import * as assert from 'assert';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import type { CheckedClaim } from '../../server/src/engine/types';

const db = loadBuiltinDatabase();
const engine = createEngine(db);
const verdictOf = (sentence: string) => {
  const r = engine.analyze(sentence);
  assert.strictEqual(r.claims.length, 1, `one claim expected in: ${sentence} (got ${r.claims.map((c) => c.text).join(' | ')})`);
  return r.claims[0];
};

describe('engine: verdicts on paraphrases', () => {
  const cases: Array<[string, CheckedClaim['verdict'], string | null]> = [
    ['Your body needs magnesium to turn vitamin D into its active form.', 'supported', 'mg-required-for-vitamin-d-activation'],
    ['Magnesium deficiency can contribute to hypoparathyroidism.', 'supported', 'mg-deficiency-can-contribute-to-hypoparathyroidism'],
    ['Magnesium deficiency causes hypoparathyroidism.', 'overstated', 'mg-deficiency-can-contribute-to-hypoparathyroidism'],
    ['About 10% of the body\'s magnesium is stored in bone.', 'contradicted', 'mg-over-60-percent-in-bone'],
    ['More than half of the magnesium in your body sits in your skeleton.', 'supported', 'mg-over-60-percent-in-bone'],
    ['Low magnesium raises PTH levels.', 'disputed', null],
    // "Fully absorbed" is all of it; "in every capsule" counts servings; "heart risk" is heart disease.
    ['Magnesium from food is fully absorbed.', 'contradicted', 'gut-absorbs-30-40-percent-of-food-mg'],
    // A chain of conversions: "that" is the last product, the next step's source.
    ['The liver turns vitamin D3 into calcidiol, and the kidneys then turn that into calcitriol.', 'supported', null],
    // A denied state word says its opposite: "not active" is "inactive", and a claim stated as
    // "not that effective" agrees with "not very effective".
    ['Calcitriol is not the active form of vitamin D.', 'contradicted', 'calcitriol-is-active-hormone'],
    ['Vitamin D3 is not active until the liver and kidneys convert it.', 'supported', null],
    ['Many experts say calcium supplements are not very effective for osteoporosis.', 'supported', 'calcium-supplements-not-effective-for-osteoporosis'],
    // The sources disagree on which way low magnesium moves PTH, not on whether it does.
    ['Low magnesium messes with PTH.', 'supported', 'low-mg-impairs-pth-secretion'],
    ['Low magnesium always wrecks PTH secretion.', 'disputed', null],
    // A clause of its own after the object ("magnesium you may not have"), even without "that".
    ['Taking vitamin D can use up magnesium you may not have to spare.', 'supported', 'vitamin-d-supplements-deplete-mg'],
    // Informal shorthand: "Mg" is magnesium, "full stop" stops nothing.
    ['Low Mg can impair PTH secretion, full stop.', 'disputed', null],
    ["Your body can't make Mg at all.", 'supported', 'body-cannot-make-mg'],
    // Without a verb, a side given no level is only named, not reversed.
    ['Without magnesium, vitamin D stays largely inactive.', 'supported', null],
    // "The only nutrient" is a count of one.
    ['Calcium is the only nutrient bones need.', 'contradicted', 'calcium-one-of-18-bone-nutrients'],
    ['Magnesium is needed to activate the vitamin D in every capsule.', 'supported', 'mg-required-for-vitamin-d-activation'],
    ['Calcium supplements carry no heart risk.', 'contradicted', 'calcium-supplements-linked-to-heart-disease'],
    // "Found in" a condition reports an observation; "100%" repeats a source's "all 12 women";
    // a booster the source itself uses ("every enzyme") is not an overstatement.
    ['Low magnesium was found in threatened miscarriage.', 'supported', 'low-mg-associated-with-threatened-miscarriage'],
    ['Magnesium is an essential cofactor for every enzyme involved in vitamin D metabolism.', 'supported', 'mg-required-for-vitamin-d-activation'],
    // Symptoms in a list are one slot of the sentence; a verb acting on something the claim does not
    // name, before a clause boundary, says nothing about the claim.
    ['Hypocalcemia can cause symptoms such as muscle cramps, tingling in the hands, twitching and seizures.', 'supported', null],
    ['Magnesium stimulates calcitonin, which may lower the risk of some forms of arthritis.', 'supported', null],
    // No effect at all without something ("useless without", "a waste of money unless you take")
    // is more than a need: the sources say "largely ineffective".
    ['Vitamin D supplements are useless unless you also take magnesium.', 'overstated', null],
    ['Unless you take a magnesium supplement alongside it, a vitamin D tablet is a complete waste of money.', 'overstated', null],
    ['Unless you get enough magnesium, vitamin D cannot be activated.', 'supported', null],
    ['A vitamin D supplement is useless if your magnesium is low.', 'overstated', null],
    ['Taking D3 without magnesium is literally throwing money down the drain.', 'overstated', null],
    // A claim that denies a state only in contrast ("inactive vitamin D, not the active hormone")
    // agrees with a sentence that denies it too (as does the claim that D3 is inactive).
    ["The vitamin D you make from sunshine, or swallow as a D3 softgel, isn't the active version yet.", 'supported', null],
    // A form said to be (not) active speaks of its activation.
    ['The D3 in your capsule is not active yet.', 'supported', 'vitamin-d3-is-inactive'],
    ['Calcitriol is inactive.', 'contradicted', null],
    // What happens under a lack may be a failure.
    ['If your magnesium is low, much of your vitamin D can end up stuck in its inactive form.', 'supported', null],
    ['Without a magnesium tablet alongside it, your vitamin D tablet would be wasted.', 'overstated', null],
    ['Vitamin D tablets do absolutely nothing unless you take magnesium with them.', 'overstated', null],
    // The source says outright that it is not the primary cause.
    ['Low magnesium is the leading cause of hypoparathyroidism.', 'contradicted', null],
    // An imperative that promises an absence is a claim, and a certain one.
    ['Take enough vitamin D and you simply won\'t get ill this winter.', 'overstated', 'vitamin-d-deficiency-increases-infection-susceptibility'],
    ['Take magnesium and you will never get cramps again.', 'overstated', 'mg-deficiency-causes-muscle-cramps'],
    // ... or that says what "it" guarantees.
    ['Get your magnesium right and it guarantees your calcium goes to your bones rather than your arteries.', 'overstated', null],
    // An imperative that says what follows is a conditional claim; a denied proof is a hedge; a
    // framing negation ("What we are not told is that") denies nothing; a need says nothing about
    // which way something moves.
    ['Take vitamin D while running low on magnesium and you may drain your magnesium further.', 'supported', null],
    ['Nobody has proven that magnesium pills reverse osteoporosis.', 'supported', null],
    ['What we are not told is that vitamin D has to be activated, and that activation needs magnesium.', 'supported', null],
    ['Some people who take vitamin D may need extra magnesium.', 'supported', null],
    // The organ that makes each form.
    ['The liver makes calcitriol.', 'contradicted', null],
    ['Calcitriol is produced in the kidneys.', 'supported', 'calcitriol-made-by-kidneys'],
    // A product's effect on the body is a claim, though a product's description is not.
    ['Our magnesium formula is clinically proven to build stronger bones.', 'overstated', null],
    // Production of PTH is not the body making magnesium.
    ['Magnesium aids the synthesis and secretion of PTH.', 'supported', 'mg-required-for-pth-synthesis-and-secretion'],
    // "Helps" fits a need as well as an effect.
    ['Magnesium helps the parathyroid glands make and release PTH.', 'supported', null],
    // Opposite words, with the lack the claim is about as the setting.
    ['Vitamin D supplements are perfectly safe for people who are low in magnesium.', 'contradicted', 'vitamin-d-supplements-unsafe-when-mg-deficient'],
    // A ratio figure between two things names their ratio, without the word "ratio".
    ['Dr. Dean wants people to take four times as much calcium as magnesium.', 'contradicted', 'dean-recommends-equal-calcium-and-magnesium'],
    ['Equal amounts of calcium and magnesium are a scientifically settled requirement for strong bones.', 'overstated', 'calcium-magnesium-one-to-one-ratio'],
    // Reporting the disagreement the database records takes no side; "by itself" is "directly".
    ['Some say magnesium deficiency can cause hypoparathyroidism, while others say it only contributes to it.', 'disputed', 'mg-deficiency-causes-hypoparathyroidism'],
    ['Whether magnesium deficiency can cause hypoparathyroidism is still debated.', 'disputed', 'mg-deficiency-causes-hypoparathyroidism'],
    ['Magnesium deficiency by itself can trigger hypoparathyroidism.', 'disputed', 'mg-deficiency-causes-hypoparathyroidism'],
    // Reporting a debate about something the database does not dispute changes nothing.
    ['Some say magnesium helps the body absorb calcium, while others say it does not.', 'supported', null],
    ['Magnesium improves sleep quality.', 'unverified', null],
    ['Calcitonin pulls calcium out of bone.', 'contradicted', 'calcitonin-moves-calcium-into-bone'],
    ['The kidneys convert calcitriol into calcidiol.', 'contradicted', 'kidneys-convert-calcidiol-to-calcitriol'],
    ['Your liver turns calcidiol into calcitriol.', 'contradicted', null],
    ['Women with PMS have higher red cell magnesium.', 'contradicted', 'low-red-cell-mg-in-pmt'],
    ['Low magnesium causes miscarriage.', 'overstated', null],
    ['Vitamin D supplements prevent COVID-19.', 'unverified', null],
    // "a deficiency in X" is a low state of X: low magnesium impairing absorption agrees that magnesium helps it.
    ['A deficiency in magnesium can impair calcium absorption.', 'supported', 'mg-helps-calcium-absorption'],
    // A short label before a colon is not part of the assertion.
    ['Effects of magnesium deficiency: Magnesium is required for the parathyroid glands to work properly.', 'supported', 'mg-required-for-parathyroid-function'],
    // Rat studies stated of people.
    ['In women, a magnesium-deficient diet during pregnancy raises newborn deaths.', 'overstated', 'mg-deficiency-in-gestation-increases-neonatal-mortality-in-rats'],
    // "struggles to" weakens; "can all" still hedges ("all" ranges over the list).
    ['Without magnesium, your body struggles to activate vitamin D.', 'supported', 'mg-deficiency-lowers-active-vitamin-d'],
    ['Surgery, autoimmune disease and genetic factors can all cause hypoparathyroidism.', 'supported', 'surgery-can-cause-hypoparathyroidism'],
    // Several verbs: the one that leads to the claim's object is judged, not the strongest.
    ['Magnesium deficiency can disrupt vitamin D metabolism and impair calcium absorption, further worsening hypoparathyroidism.', 'supported', 'mg-deficiency-can-contribute-to-hypoparathyroidism'],
    ['Magnesium deficiency does not typically cause hypoparathyroidism, but it can contribute to it.', 'supported', 'mg-deficiency-can-contribute-to-hypoparathyroidism'],
    // The verb and a named state saying the same thing ("drops ... hypocalcemia") count once.
    ['Without enough PTH, blood calcium drops, a state doctors call hypocalcemia.', 'supported', 'pth-raises-blood-calcium'],
    ['Not getting enough magnesium raises the risk of heart disease.', 'supported', 'mg-deficiency-increases-cardiovascular-risk'],
    ['Modern farming has made food richer in magnesium than ever.', 'contradicted', 'modern-farming-lowers-mg-in-food'],
    // A rejected place after "instead of" is not part of the claim.
    ['Calcitonin moves calcium into the bones instead of the blood.', 'supported', 'calcitonin-moves-calcium-into-bone'],
    // Nor is a verb in the rejected alternative.
    ['PTH also makes your kidneys hold on to calcium instead of losing it in your urine.', 'supported', 'pth-increases-kidney-calcium-reabsorption'],
    // Fractions with bounds; a comparative before a figure bounds it and is not a change.
    ['Less than a tenth of your magnesium is kept in bone.', 'contradicted', 'mg-over-60-percent-in-bone'],
    // An elided verb in a comparison ("who did not") negates nothing; "just as well without" denies a need.
    ['Women who miscarried had lower magnesium levels than women who did not.', 'supported', 'low-mg-associated-with-miscarriage'],
    ['Insulin works just as well without magnesium.', 'contradicted', 'insulin-function-depends-on-mg'],
    // A loss of effect is a decrease, not a denial; the claim with a stated lack ranks first.
    ['Vitamin D supplements may fail to do their job when magnesium is low.', 'supported', 'mg-deficiency-makes-vitamin-d-intake-ineffective'],
    ['Low magnesium can leave the vitamin D from your supplements largely useless.', 'supported', 'mg-deficiency-makes-vitamin-d-intake-ineffective'],
    ['Magnesium deficiency reduces the risk of heart disease.', 'contradicted', 'mg-deficiency-increases-cardiovascular-risk'],
    // A test result is no consequence; "a hint that X is low" and "a shortfall" state a lack.
    ['A low vitamin D result often points to a magnesium shortfall as well.', 'supported', 'low-vitamin-d-indicates-mg-deficiency'],
    ['A low vitamin D result is often a hint that magnesium is low too.', 'supported', 'low-vitamin-d-indicates-mg-deficiency'],
    // A plain cause takes a side where the sources agree only that it can contribute.
    ['Magnesium deficiency can lead to hypoparathyroidism.', 'disputed', 'mg-deficiency-causes-hypoparathyroidism'],
    ['Magnesium deficiency plays a role in hypoparathyroidism.', 'supported', 'mg-deficiency-can-contribute-to-hypoparathyroidism'],
    // Each organ with what it makes: the wrong pair contradicts even when the right organ is named too.
    ['Your kidneys turn it into the storage form, calcidiol, and your liver then makes the active hormone.', 'contradicted', 'calcidiol-made-by-liver'],
    ['The liver turns vitamin D into calcitriol, which is the active hormone form.', 'contradicted', 'calcitriol-made-by-kidneys'],
    ['The liver turns vitamin D into calcidiol, and the kidneys turn calcidiol into calcitriol.', 'supported', 'kidneys-convert-calcidiol-to-calcitriol'],
    ['sunlight → D3 → kidneys → calcidiol → liver → calcitriol', 'contradicted', 'calcitriol-made-by-kidneys'],
    ['sunlight → D3 → liver → calcidiol → kidneys → calcitriol', 'supported', 'liver-converts-d3-to-calcidiol'],
    // A level is no direction against a definition or a place ("make too little" is not "not made by").
    ['During the operation the parathyroid glands can be damaged, and for a while they may then make too little PTH.', 'supported', 'surgery-can-cause-hypoparathyroidism'],
    ['PTH is not made by the parathyroid glands.', 'contradicted', 'pth-made-by-parathyroid-glands'],
    // The process that undoes the claim's (excretion for reabsorption) turns its direction round.
    ['PTH makes the kidneys excrete more calcium.', 'contradicted', 'pth-increases-kidney-calcium-reabsorption'],
    ['PTH makes the kidneys excrete less calcium.', 'supported', 'pth-increases-kidney-calcium-reabsorption'],
    // A level a group had is a state, not a change; "have been found to" reports a finding; "half the usual" is a lack.
    ['Women who miscarried have been found to have significantly lower magnesium than women who did not.', 'supported', 'low-mg-associated-with-miscarriage'],
    ['In rats, a diet with half the usual iron, zinc, magnesium and calcium led to more miscarriages.', 'supported', 'low-mg-associated-with-miscarriage'],
    ['Low magnesium causes miscarriage, plain and simple.', 'overstated', 'low-mg-associated-with-miscarriage'],
    // A study's own figures report what it measured; a booster still overstates them.
    ['Magnesium cut premature births from 8.2 percent to 2.8 percent.', 'supported', 'mg-supplementation-premature-delivery-8-to-3-percent'],
    ['Magnesium supplements always cut premature births from 8.2 percent to 2.8 percent.', 'overstated', 'mg-supplementation-premature-delivery-8-to-3-percent'],
    // "I read that X" reports X, which is judged.
    ['I read that even a healthy gut absorbs only 30 to 40 percent of the magnesium in food.', 'supported', 'gut-absorbs-30-40-percent-of-food-mg'],
    // A lead-in before a colon frames the claim after it: its negation and boosters are not the claim's.
    ["Here's a bonus most brands never mention: active vitamin D helps your intestine absorb magnesium.", 'supported', 'active-vitamin-d-increases-mg-absorption'],
    ['Despite the name, PTH actually comes from your thyroid gland.', 'contradicted', 'pth-made-by-parathyroid-glands'],
    // A condition that opens the sentence; a lack as the condition of a denial states a need.
    ['If magnesium is low, vitamin D cannot be activated.', 'supported', 'mg-required-for-vitamin-d-activation'],
    ['When blood calcium drops, PTH rises.', 'supported', 'low-blood-calcium-triggers-pth-release'],
    ['If you are low in magnesium, vitamin D supplements alone may not raise your active vitamin D.', 'supported', 'vitamin-d-supplements-alone-insufficient-when-mg-deficient'],
    // A study's population of the other age group.
    ['A 2011 study of 484 postmenopausal women linked higher magnesium intake with better bone quality.', 'contradicted', 'study-484-women-mg-intake-bone-quality'],
    ['A 2011 study of 484 young women linked higher magnesium intake with better bone quality.', 'supported', 'study-484-women-mg-intake-bone-quality'],
    // A head count the evidence gives otherwise ("nine normal premenopausal women and 26 PMT patients").
    ['That magnesium study compared 26 women with PMT against 19 women without symptoms.', 'contradicted', 'low-red-cell-mg-in-pmt'],
    // A span of time the evidence gives otherwise ("within eight months"), in days.
    ['In one small study, all 12 previously infertile women had babies within eight weeks of normalising their red-cell magnesium.', 'contradicted', 'mg-normalization-followed-by-births-in-infertile-women'],
    ['In one small study, all 12 previously infertile women had babies within about 35 weeks of normalising their red-cell magnesium.', 'supported', 'mg-normalization-followed-by-births-in-infertile-women'],
    // The wrong maker, even in a sentence that also says when it is made.
    ['Your thyroid releases PTH when your blood calcium dips.', 'contradicted', 'pth-made-by-parathyroid-glands'],
    ['Parathyroid hormone is pumped out by the thyroid gland whenever blood calcium starts to drop.', 'contradicted', 'pth-made-by-parathyroid-glands'],
    ['The parathyroid glands release PTH when blood calcium dips.', 'supported', 'low-blood-calcium-triggers-pth-release'],
    // The opposite word of the claim's own statement.
    ['The vitamin D in supplements is already in its active form.', 'contradicted', 'vitamin-d-supplements-contain-inactive-d3'],
    ['The vitamin D you make from sunshine is already active.', 'contradicted', 'vitamin-d3-is-inactive'],
    // "drops" after a preposition is the product, not a fall; "not yet"/"actually" still deny the state.
    ["The vitamin D in drops isn't actually active yet when it goes in.", 'supported', 'vitamin-d3-is-inactive'],
    // A step labelled with a change is the condition of what follows; "the drop" is the fall just named.
    ['Calcium falls: the parathyroid glands sense the drop and release more PTH.', 'supported', 'low-blood-calcium-triggers-pth-release'],
    ['Calcium falls: the parathyroid glands release less PTH.', 'contradicted', 'low-blood-calcium-triggers-pth-release'],
    // The body's (in)ability to make a nutrient; "every bit of it" is an amount, not a universal.
    ['Your body has no way of making magnesium, so every bit of it has to come from food.', 'supported', 'body-cannot-make-mg'],
    ['Your body can make magnesium, so every bit of it comes from within.', 'contradicted', 'body-cannot-make-mg'],
    // A verb in a clause that says which rickets is meant is not the sentence's verb.
    ["Severe magnesium deficiency can even lead to a kind of rickets that vitamin D alone won't fix.", 'supported', 'mg-deficiency-vitamin-d-resistant-rickets'],
    // Two verbs, two objects: the one before "lose" governs what the kidneys lose.
    ['Calcitriol raises how much calcium you absorb from food and cuts how much the kidneys lose in urine.', 'supported', 'calcitriol-decreases-kidney-calcium-excretion'],
    ['Calcitriol raises how much calcium you absorb from food and raises how much the kidneys lose in urine.', 'contradicted', 'calcitriol-decreases-kidney-calcium-excretion'],
    // A trailing condition says when, not what.
    ['PTH pulls calcium out of the bones when blood levels fall.', 'supported', 'pth-releases-calcium-from-bone'],
    // A trailing "when magnesium is scarce" states a lack (the source says plainly that a lack raises osteoclasts); "went with" is an association.
    ['Osteoclasts become more numerous when magnesium is scarce.', 'supported', 'mg-deficiency-increases-osteoclasts'],
    ['In one study of young women, higher magnesium intake went with better bone density.', 'supported', 'mg-intake-linked-to-higher-bmd'],
    ['A lack of magnesium will definitely leave you exhausted.', 'overstated', 'mg-deficiency-causes-fatigue'],
    ['Vitamin D makes you taller.', 'unverified', null],
    // Glossary lines and labels: "Term: definition" reads as "Term is definition"; a lead-in label is dropped.
    ['Calcitriol: The active hormone form of vitamin D.', 'supported', 'calcitriol-is-active-hormone'],
    ['PTH: Raises blood calcium by releasing it from bone.', 'supported', 'pth-releases-calcium-from-bone'],
    ["Let's be honest: calcium supplements cause heart attacks.", 'overstated', null],
    // Notes written with dashes, equals signs and arrows.
    ['Vitamin D3 — inactive until the liver and kidneys convert it', 'supported', null],
    ['Calcitonin — raises blood calcium', 'contradicted', 'calcitonin-lowers-blood-calcium'],
    ['More magnesium → less calcium absorbed', 'contradicted', 'mg-helps-calcium-absorption'],
    // "useless for", "doubt that": no effect, not a decrease.
    ['Many experts now doubt that calcium supplements do much for osteoporosis.', 'supported', 'calcium-supplements-not-effective-for-osteoporosis'],
    // "Without X, Y cannot ...": the two negatives state a need, in either order.
    ['Without enough calcium, muscles and nerves cannot work.', 'supported', 'neuromuscular-function-requires-calcium'],
    ['The thing is, without enough magnesium your body cant activate vitamin D so it stays in the inactive form.', 'supported', 'mg-required-for-vitamin-d-activation'],
    // A need is not an effect.
    ['Magnesium is essential for vitamin D to work.', 'supported', 'mg-essential-for-vitamin-d-absorption'],
    // A verb and its particle around the object; "short of" is a lack.
    ['PTH pulls your blood calcium down.', 'contradicted', 'pth-raises-blood-calcium'],
    ['PTH drives your blood calcium too low.', 'contradicted', 'pth-raises-blood-calcium'],
    ['PTH pushes blood calcium too high.', 'supported', 'pth-raises-blood-calcium'],
    ['The parathyroid hormone is what keeps your calcium down.', 'contradicted', 'pth-raises-blood-calcium'],
    ['Low maternal magnesium causes miscarriage.', 'overstated', 'low-mg-associated-with-miscarriage'],
    ['Magnesium glycinate is hands down the best-absorbed form you can buy.', 'overstated', 'mg-citrate-glycinate-absorption'],
    ['PTH pulls calcium out of your blood and locks it away in your bones.', 'contradicted', 'pth-releases-calcium-from-bone'],
    ['When magnesium stays low for a long time, the glands can struggle to produce enough PTH.', 'disputed', 'low-mg-impairs-pth-secretion'],
    // What the evidence does not show is set aside; an attributed quote is judged on what it says.
    ['"What the studies show is a link between calcium supplements and higher heart-disease risk, not proof that they cause heart attacks." — Priya, 37:48', 'supported', 'calcium-supplements-linked-to-heart-disease'],
    ['Together, magnesium and vitamin D make your immune system practically bulletproof.', 'overstated', null],
    ["If there isn't enough PTH about, your blood calcium drifts down.", 'supported', null],
    ['Calcitonin brings blood calcium down.', 'supported', 'calcitonin-lowers-blood-calcium'],
    // "when X drops" right before the concept is a condition even without its comma.
    ['When magnesium drops suddenly your PTH shoots up.', 'disputed', 'low-mg-impairs-pth-secretion'],
    // A link verb split around its object still hedges, and a comparative only gives the direction.
    ['A few big analyses have tied calcium supplements to more heart problems.', 'supported', 'calcium-supplements-linked-to-heart-disease'],
    // "A study shows X causes Y" still says "causes" where the sources report a link.
    ['A new study shows magnesium deficiency causes miscarriage.', 'overstated', 'low-mg-associated-with-miscarriage'],
    // A vague "helps" does not contradict a narrower claim reached through a broader concept.
    ['Researchers say magnesium may help the body use vitamin D.', 'supported', 'mg-essential-for-vitamin-d-absorption'],
    // Primacy a source denies outright; another destination than the sources'.
    ['Magnesium deficiency is the number one cause of hypoparathyroidism.', 'contradicted', 'mg-deficiency-can-contribute-to-hypoparathyroidism'],
    ['Calcitonin is the hormone that tells your bones to dump calcium into your blood.', 'contradicted', 'calcitonin-moves-calcium-into-bone'],
    // "X suffers" is a fall; "suffer from" is having a condition.
    ['Calcium absorption suffers when magnesium is low.', 'supported', 'mg-helps-calcium-absorption'],
    // "hardly" denies; an elided "does not." in a contrast denies, in a relative clause it does not.
    ['PTH barely affects blood calcium.', 'contradicted', 'pth-regulates-blood-calcium'],
    // An outcome the claim says nothing about.
    ['Magnesium and vitamin D both protect against depression.', 'unverified', null],
    // That a lack of X can lead to Y does not say that taking X helps against Y: only a certain
    // promise of it is judged (as overstated), a hedged one is left unverified.
    ['Magnesium supplements may help prevent cramps.', 'unverified', null],
    // A definition in an appositive is background to what the sentence says of the thing.
    ['Most labs only measure 25(OH)D, the storage form.', 'unverified', null],
    ['25(OH)D is the storage form.', 'supported', 'calcidiol-is-storage-form'],
    // An organisation's name does not hide what the sentence says about magnesium itself.
    ['The Nutritional Magnesium Association says magnesium is essential for vitamin D activation.', 'supported', 'mg-required-for-vitamin-d-activation'],
    // "Unlike X, ..." sets the foil aside; a denial of another organ beside the right one supports.
    ['Unlike PTH, calcitonin does not raise blood calcium.', 'supported', 'calcitonin-lowers-blood-calcium'],
    ['Unlike PTH, calcitonin raises blood calcium.', 'contradicted', 'calcitonin-lowers-blood-calcium'],
    ['Parathyroid hormone is not made by the thyroid, whatever its name suggests; it comes from the parathyroid glands.', 'supported', 'pth-made-by-parathyroid-glands'],
    ['PTH is not made by the parathyroid glands; it comes from the thyroid.', 'contradicted', 'pth-made-by-parathyroid-glands'],
    // The writer's own story after the claim is not part of it; a gerund opening the sentence is its subject.
    ["Without enough PTH, blood calcium drifts down, which is why I'm on calcium carbonate three times a day plus calcitriol.", 'supported', 'pth-raises-blood-calcium'],
    ['Keeping your magnesium up guarantees your arteries will stay clear of calcium.', 'overstated', 'mg-prevents-vascular-calcification'],
    // "anyone who is short on X" is a condition, as "if you are short on X" is.
    ["Honestly, vitamin D pills are completely wasted on anyone who's even slightly short on magnesium.", 'overstated', null],
    // Not taking something is being without it.
    ['Vitamin D supplements have no effect at all in anyone who does not also take magnesium.', 'overstated', null],
    // A denial under a lack, beside a need already stated, is part of that need.
    ['Because those enzymes are magnesium-dependent, neither step runs properly when magnesium is short.', 'supported', 'p450-vitamin-d-enzymes-are-mg-dependent'],
    // "can't ... unless X is around" states a need, as "cannot ... without X" does.
    ["Vitamin D can't do its job unless magnesium is around to activate it.", 'supported', 'mg-required-for-vitamin-d-activation'],
    ["Vitamin D can't be activated unless there's enough magnesium.", 'supported', 'mg-required-for-vitamin-d-activation'],
    // Where a step that makes something takes place, and an organ that does the step, name its maker.
    ['The second step, which makes calcitriol, also takes place in the liver.', 'contradicted', 'calcitriol-made-by-kidneys'],
    ['The last step, making active calcitriol, happens in your liver too.', 'contradicted', 'calcitriol-made-by-kidneys'],
    ['From there, the liver also handles the final step, turning calcidiol into calcitriol, the active hormone.', 'contradicted', 'calcitriol-made-by-kidneys'],
    // A conversion's product is what follows "into", however long what it converts.
    ['Your liver turns the inactive vitamin D you get from sunshine, food or tablets into calcidiol, a storage form sometimes written as 25(OH)D.', 'supported', 'liver-converts-d3-to-calcidiol'],
    // Denying that another organ or form does it says what the sources say.
    ["Calcidiol isn't made by the kidneys.", 'supported', 'calcitriol-made-by-kidneys'],
    // In the active voice, the denied organ is the subject before the negation.
    ['Despite sitting right next door, the thyroid doesn\'t make PTH; the parathyroid glands do.', 'supported', 'pth-made-by-parathyroid-glands'],
    ["The kidneys don't make calcitriol; the liver does.", 'contradicted', 'calcitriol-made-by-kidneys'],
    // "until ..." sets the scene like a condition: its verb is not the sentence's.
    ['In severe magnesium deficiency, patients can develop a form of rickets that does not respond to vitamin D until the magnesium itself is corrected.', 'supported', 'mg-deficiency-vitamin-d-resistant-rickets'],
    // A need against a need: the lack named beside it says what happens without it.
    ['Because the enzymes that carry out both steps belong to the cytochrome P450 family, which is magnesium-dependent, someone who is short of magnesium may activate vitamin D poorly.', 'supported', 'p450-vitamin-d-enzymes-are-mg-dependent'],
    // A verb and its particle around a list of things ("push blood calcium and phosphate down"),
    // or around "its ..." that ties the object to what was named before.
    ['High doses of inactive vitamin D, on the other hand, tend to push blood calcium and phosphate down.', 'contradicted', 'high-dose-inactive-vitamin-d-raises-calcium-and-phosphate'],
    ["Magnesium's effect on calcitonin is to damp its secretion down, which is a little counterintuitive given how good calcitonin is for bone.", 'contradicted', 'mg-increases-calcitonin'],
    ['Magnesium ramps calcitonin up.', 'supported', 'mg-increases-calcitonin'],
    // A figure as a label is what the rest is said to be.
    ["About a quarter: the share of the body's magnesium that is stored in bone.", 'contradicted', 'mg-over-60-percent-in-bone'],
    ["Over 60%: the share of the body's magnesium that is stored in bone.", 'supported', 'mg-over-60-percent-in-bone'],
    // A condition's opener may stand a few words back; a pair of dashes is an aside, not a label;
    // a turn of the talk to a concept makes its gloss the assertion.
    ['When the level of calcium in the blood falls, the parathyroid glands release more PTH.', 'supported', 'low-blood-calcium-triggers-pth-release'],
    ['PTH then acts on three targets — bone, the kidneys and the gut — and the net effect of all three is to push blood calcium back up.', 'supported', 'pth-raises-blood-calcium'],
    ['That brings us to hypoparathyroidism, a condition in which the glands produce too little PTH.', 'supported', 'hypoparathyroidism-is-low-pth'],
    // Falling verbs after "begin to"; clauses joined by a semicolon speak for the sentence when
    // it finds nothing whole.
    ['When the calcium in the blood begins to slip, these glands release PTH.', 'supported', 'low-blood-calcium-triggers-pth-release'],
    ['D3 is the starting material; calcitriol is the form that acts as a hormone.', 'supported', 'calcitriol-is-active-hormone'],
    ['A low vitamin D result, some clinicians say, is often a sign that magnesium is running low too.', 'supported', 'low-vitamin-d-indicates-mg-deficiency'],
    // Causes that "include" one are among others: no more than "can cause".
    ['The causes of hypoparathyroidism include surgery on the neck and autoimmune disease.', 'supported', null],
    // A bracketed aside to the reader is no part of the claim; ", and not the X," sets X aside.
    ['From there vitamin D3 travels to the liver, where it is converted (a chemist would say hydroxylated, though you need not remember the word) into calcidiol.', 'supported', 'liver-converts-d3-to-calcidiol'],
    ['It is calcitriol, and not the capsule on your breakfast table, that tells your gut to take up calcium from food.', 'supported', 'calcitriol-increases-intestinal-calcium-absorption'],
    // A share said of the same relation as a claim that gives one, even with more named after it.
    ["Only around a quarter of the body's magnesium is held in the skeleton, the remainder being spread between muscle and soft tissue.", 'contradicted', 'mg-over-60-percent-in-bone'],
    // "still switched off" is inactive; "very little of it" is a failure.
    ['Whether it comes from sunshine or a capsule, cholecalciferol is still switched off.', 'supported', 'vitamin-d3-is-inactive'],
    ["You can swallow as much vitamin D as you like, but if you're short of magnesium, very little of it will ever be switched on.", 'supported', 'mg-deficiency-lowers-active-vitamin-d'],
    // Another organ is a wrong actor only when said to do the claim's process.
    ['A 25(OH)D level tells you about stores, whereas calcitriol is the hormone that actually acts on the gut.', 'supported', null],
    // "guarantees you won't ..." promises an absence: prevention, overstated.
    ["Taking magnesium in pregnancy basically guarantees you won't go into labour early.", 'overstated', 'mg-supplementation-reduces-preterm-labor'],
    // "as you get older" is a time of life, not a study's population.
    ['Put simply, eating more magnesium guarantees you stronger bones as you get older.', 'overstated', 'study-484-women-mg-intake-bone-quality'],
    // "less reason to" says how often, not which way.
    ['With your blood calcium held steady, PTH has less reason to raid your bones.', 'supported', null],
    // "to every one part" is a ratio's term; "fully active" describes a state; "several causes
    // besides" makes one cause among others.
    ['Dr Dean argues for roughly two parts calcium to every one part magnesium.', 'contradicted', 'dean-recommends-equal-calcium-and-magnesium'],
    ['Only once the kidneys have turned calcidiol into calcitriol is the vitamin fully active.', 'supported', 'kidneys-convert-calcidiol-to-calcitriol'],
    ['Hypoparathyroidism has several causes besides low magnesium, including autoimmune disease, neck surgery and genetic conditions.', 'supported', null],
    // An organ that switches vitamin D on is its activator.
    ['The liver switches vitamin D on.', 'contradicted', 'kidneys-convert-calcidiol-to-calcitriol'],
    ['Your liver turns the inactive vitamin D you get from sunshine, food or tablets into calcidiol.', 'supported', 'liver-converts-d3-to-calcidiol'],
    // What someone else says or swears, and what the writer has "also been told", is judged as said.
    ['My daughter says magnesium has nothing to do with how your body handles calcium.', 'contradicted', null],
    ['My aunt swears the calcitonin nasal spray she uses has helped her spine pain.', 'unverified', null],
    // Naming people with a lack says nothing of how many have it.
    ['Vitamin D supplements are the main reason people become magnesium deficient.', 'overstated', 'vitamin-d-supplements-deplete-mg'],
    // "the first stop" is a noun, neither a fall nor a cure.
    ['The first stop is the liver, where it is converted into a storage form called calcidiol.', 'supported', 'liver-converts-d3-to-calcidiol'],
    // "will not" promises nothing; a universal inside a condition sets the scene; "simple as that" boosts.
    ['In the most severe cases, a lack of magnesium can produce a form of rickets that vitamin D on its own will not fix.', 'supported', 'mg-deficiency-vitamin-d-resistant-rickets'],
    ["If you cramp on every long run, you're magnesium deficient, simple as that.", 'overstated', null],
    // A request only when it opens the sentence: the claim before ", so please ..." stands.
    ['Treatment for hypoparathyroidism usually centres on calcium and vitamin D, so please talk to your endocrinologist before adding anything new.', 'supported', null],
    // "<organ> is where <product> is made" names its maker.
    ['And Ken says his pharmacist told him the liver is where calcitriol is made.', 'contradicted', 'calcitriol-made-by-kidneys'],
    ['The kidneys are where calcitriol is made.', 'supported', 'calcitriol-made-by-kidneys'],
    // A lead-in before a colon frames what follows; its negation is not the claim's.
    ["And topping up isn't as simple as it sounds: even a perfectly healthy gut takes up only 30 to 40 per cent of the magnesium in a meal.", 'supported', 'gut-absorbs-30-40-percent-of-food-mg'],
    // "those who took in more magnesium" is their intake, not absorption; a head count in words.
    ['In 2011, a study of nearly five thousand young women found that those who took in more magnesium tended to have better bone quality.', 'contradicted', 'study-484-women-mg-intake-bone-quality'],
    ['In one 2011 study of 484 young women, those who took in more magnesium had better bone quality.', 'supported', 'study-484-women-mg-intake-bone-quality'],
    // A reported belief is judged as the belief, after a long lead-in, a quote mark, or "someone told me".
    ["Eleven years after my diagnosis I'm almost embarrassed to ask, but I always thought PTH came from the thyroid itself.", 'contradicted', 'pth-made-by-parathyroid-glands'],
    ['Sam writes: "Someone on a forum told me magnesium stops vitamin D from being activated, so I take them twelve hours apart."', 'contradicted', 'mg-required-for-vitamin-d-activation'],
    ['She writes: "I read that our gut soaks up about 90 percent of the magnesium in food."', 'contradicted', 'gut-absorbs-30-40-percent-of-food-mg'],
    // A claim that one thing regulates another gives no direction for a level to go against.
    ['When calcium in the blood starts to slip, PTH goes to work on three fronts at once: your bones, your kidneys and your gut.', 'supported', null],
    // "keep a lid on" holds something down.
    ['Magnesium, interestingly, seems to keep a lid on calcitonin rather than boosting it.', 'contradicted', 'mg-increases-calcitonin'],
    // A denied strong verb asserts nothing strong.
    ['A generous vitamin D intake does not guarantee a normal calcitriol level if the enzymes that activate it are short of magnesium.', 'supported', null],
    // "every one of them" ranges over what was named; "like every other organ" compares.
    ["Like every other organ, the parathyroid glands can't do their job without magnesium.", 'supported', 'mg-required-for-parathyroid-function'],
    ['A persistently low vitamin D result always signals magnesium deficiency, whatever else is going on.', 'overstated', 'low-vitamin-d-indicates-mg-deficiency'],
    // "leaves X untouched": no effect on it.
    ['A shortage of magnesium, on the other hand, leaves the bone-resorbing osteoclasts untouched.', 'contradicted', 'mg-deficiency-increases-osteoclasts'],
    // Denying a need the sources dispute only the absoluteness of goes against them all.
    ['The osteoblasts that lay down new bone get along perfectly well without magnesium.', 'contradicted', 'bone-formation-impossible-without-mg'],
    ['Without magnesium, bone formation is impossible.', 'disputed', 'bone-formation-impossible-without-mg'],
    // "however much is taken" concedes a degree; it does not correct the "cannot" before it.
    ['Without sufficient magnesium, vitamin D cannot be converted into its active form, however much is taken.', 'supported', 'mg-required-for-vitamin-d-activation'],
    // A measured figure (a dose, a level, a share, a count of enzymes) no source of the claim gives
    // cannot be checked against it; "P450" is a name, not 450 enzymes.
    ['Magnesium is a cofactor for more than 300 enzymes in the body.', 'unverified', null],
    ['Vitamin D is generally safe at intakes below 4,000 IU a day.', 'unverified', null],
    ['Magnesium is a cofactor for the P450 enzymes that activate vitamin D.', 'supported', 'p450-vitamin-d-enzymes-are-mg-dependent'],
    ['Over 60% of the body\'s magnesium is stored in bone.', 'supported', 'mg-over-60-percent-in-bone'],
    // "Magnesium is a mineral which ...": the kind says what it is, no topic of its own.
    ['Magnesium is mineral which human organism can not produce itself, therefore it must come with the food.', 'supported', 'body-cannot-make-mg'],
    // A ratio in words; a ratio claim a little under the threshold is still the one about it.
    ["Dr Carolyn Dean's rule: two parts calcium to one part magnesium.", 'contradicted', 'dean-recommends-equal-calcium-and-magnesium'],
    ['Most combination supplements on the shelf use a 2:1 calcium to magnesium ratio.', 'unverified', null],
    // "It's the liver that ..." names the organ that acts, further from what it makes.
    ["It's your liver that turns vitamin D into the proper working stuff.", 'contradicted', 'kidneys-convert-calcidiol-to-calcitriol'],
    // A low level given as the condition of a move says when it happens, not what changes.
    ['When calcium is low, PTH pulls calcium out of the bones.', 'supported', 'pth-releases-calcium-from-bone'],
    ['PTH pulls calcium out of the bones when calcium is low.', 'supported', 'pth-releases-calcium-from-bone'],
    ['When calcium is low, PTH pushes calcium into the bones.', 'contradicted', 'pth-releases-calcium-from-bone'],
    // An organ described in an appositive is still the one named ("the butterfly gland" is the thyroid).
    ['PTH is made by your thyroid, the butterfly gland in your neck.', 'contradicted', 'pth-made-by-parathyroid-glands'],
    // After "is a <noun>", the relative clause is what is asserted.
    ['Magnesium is a mineral that the body cannot make.', 'supported', 'body-cannot-make-mg'],
    ['Magnesium is a mineral that the body can make.', 'contradicted', 'body-cannot-make-mg'],
    // "typical symptoms" is no stronger than "can cause"; "it's the reverse" is not a cure.
    ['Pins and needles and cramps are typical symptoms of low calcium.', 'supported', 'hypocalcemia-can-cause-tingling'],
    ["It's the reverse: magnesium actually stimulates calcitonin.", 'supported', 'mg-increases-calcitonin'],
    // "Has been shown to" asserts the finding as settled: no hedge.
    ['Magnesium supplementation has been shown to prevent osteoporosis.', 'overstated', 'mg-supplementation-for-osteoporosis'],
    ['Calcium supplements have been shown to cause heart disease.', 'overstated', 'calcium-supplements-linked-to-heart-disease'],
    ['In one study, calcium supplements were shown to go with more heart disease.', 'supported', 'calcium-supplements-linked-to-heart-disease'],
    // Activating a cell stimulates it; markers after the sentence ("[citation needed]") are not its words.
    ['Calcitonin activates osteoclasts.[citation needed]', 'contradicted', 'calcitonin-decreases-osteoclasts'],
    ['PTH activates osteoclasts.[4]', 'supported', 'pth-stimulates-osteoclasts'],
    // "One of the ways" makes it one cause among others; the writer's own aside frames the claim.
    ['Surgery is one of the ways people end up with hypoparathyroidism.', 'supported', 'surgery-can-cause-hypoparathyroidism'],
    ['PTH, I eventually learned, is made by the thyroid gland.', 'contradicted', 'pth-made-by-parathyroid-glands'],
    // Sources' own titles and asides are no contradictions: a lack named beside a place says
    // nothing of where it is stored; "inhibition" under a lack is the effect failing; a role has no direction.
    ['Skeletal and hormonal effects of magnesium deficiency.', 'supported', null],
    ['Low magnesium can lead to inhibition of osteoblast proliferation.', 'supported', null],
    ['Magnesium plays a role in osteoporosis.', 'supported', null],
    ['Your body can make better use of calcium with magnesium.', 'supported', 'mg-helps-calcium-absorption'],
    // Where a share of something is, only a claim that gives a share speaks to.
    ['Only around 1% of your body\'s magnesium is found in your blood.', 'unverified', null],
    // Keeping something from falling raises it; keeping it from driving a loss prevents the loss.
    ['PTH keeps blood calcium from falling too low.', 'supported', 'pth-raises-blood-calcium'],
    ['PTH stops calcium from dropping.', 'supported', 'pth-raises-blood-calcium'],
    ['Magnesium may help keep parathyroid hormone from driving excessive bone breakdown.', 'supported', 'mg-limits-pth-driven-bone-loss'],
    // A cause of a loss lowers what is lost; the kidneys make calcitriol *from* calcidiol.
    ['Chronic stress may increase the body\'s use or loss of magnesium.', 'supported', 'stress-depletes-mg'],
    ['The kidneys make calcitriol, the active form of vitamin D, from calcidiol.', 'supported', null],
    // A plain level of calcium is the blood level, high as well as low.
    ['When calcium is high, the parathyroid glands release more PTH.', 'contradicted', 'low-blood-calcium-triggers-pth-release'],
    // "Works fine without X" denies the need; "works fine when X is adequate" does not.
    ['Vitamin D works fine without magnesium.', 'contradicted', null],
    ['Vitamin D works fine when magnesium is adequate.', 'supported', null],
    // Fixing a level raises it.
    ['Magnesium will definitely fix your vitamin D levels.', 'overstated', null],
    // One form said to be another; where most of it is kept, said with an adverb; getting rid of is excreting.
    ['The active form of vitamin D is calcidiol.', 'contradicted', 'calcitriol-is-active-hormone'],
    ['The active form of vitamin D is calcitriol.', 'supported', 'calcitriol-is-active-hormone'],
    ['Magnesium is stored mainly in muscle.', 'contradicted', 'mg-over-60-percent-in-bone'],
    ['PTH tells the kidneys to get rid of calcium.', 'contradicted', 'pth-increases-kidney-calcium-reabsorption'],
    // "Most" before a mass noun is most of it; a group said to be low in something is not itself low.
    ['Most dietary magnesium is absorbed.', 'contradicted', 'gut-absorbs-30-40-percent-of-food-mg'],
    ['Most people are low in magnesium.', 'overstated', 'most-people-mg-deficient'],
    // A ratio is checked against the claim that gives one.
    ['Calcium and magnesium should be taken in a 2:1 ratio.', 'contradicted', 'dean-recommends-equal-calcium-and-magnesium'],
    // "We cannot make our own magnesium"; "X not the thyroid" without a comma sets the thyroid aside;
    // denying a swapped definition agrees.
    ['We cannot make our own magnesium.', 'supported', 'body-cannot-make-mg'],
    ['You can make magnesium-rich meals easily.', 'unverified', null],
    ['My understanding is PTH comes from the parathyroids not the thyroid.', 'supported', 'pth-made-by-parathyroid-glands'],
    ['Calcitriol is not the storage form.', 'supported', 'calcidiol-is-storage-form'],
    // "Goes up" is a rise ("go" has irregular forms).
    ['When blood calcium drops, PTH goes up.', 'supported', 'low-blood-calcium-triggers-pth-release'],
    ['If your calcium drops, your PTH goes up.', 'supported', 'low-blood-calcium-triggers-pth-release'],
    // A definition given of one vitamin D form said of another; "is not" / "is made into" are not that.
    ['Calcidiol is the active form.', 'contradicted', 'calcitriol-is-active-hormone'],
    ['Vitamin D3 is the active hormone.', 'contradicted', 'calcitriol-is-active-hormone'],
    ['Vitamin D3 is inactive until it is made into the active form.', 'supported', 'vitamin-d3-is-inactive'],
    ['Calcidiol is turned into the active form by the kidneys.', 'supported', null],
    // Competing for absorption lowers it.
    ['Magnesium competes with calcium for absorption.', 'contradicted', 'mg-helps-calcium-absorption'],
    ['Magnesium tablets will always stop muscle weakness.', 'overstated', 'mg-deficiency-causes-muscle-weakness'],
  ];
  for (const [sentence, verdict, id] of cases) {
    it(`${verdict}: ${sentence}`, () => {
      const c = verdictOf(sentence);
      assert.strictEqual(c.verdict, verdict, `${c.verdict} (${c.claimId}; ${c.reason})`);
      if (id) assert.strictEqual(c.claimId, id);
      if (verdict === 'unverified') assert.strictEqual(c.claimId, null);
      else assert.ok(c.evidence.length > 0 && c.message.length > 0);
    });
  }
  it('says what the evidence says in the message', () => {
    const c = verdictOf('Magnesium deficiency causes hypoparathyroidism.');
    assert.match(c.message, /^Overstated: /);
    assert.match(c.message, /\(\d+ sources?\)$/);
  });
  it('lists supporting evidence first', () => {
    const c = verdictOf('Low magnesium raises PTH levels.');
    const stances = c.evidence.map((e) => e.stance);
    assert.deepStrictEqual(stances, stances.slice().sort((a, b) => ['supports', 'qualifies', 'contradicts'].indexOf(a) - ['supports', 'qualifies', 'contradicts'].indexOf(b)));
  });
});

describe('engine: claim detection', () => {
  const notClaims = [
    "You've probably been told to take vitamin D for your bones.",
    "So please don't stop your calcium or vitamin D tablets because you've started a magnesium supplement.",
    'For the tutorial, please work through the calcium and vitamin D problems in the Week 6 set.',
    "We're going to work through PTH, calcitonin and calcitriol, and then spend the last twenty minutes on magnesium.",
    'Where it gets messy is what happens to PTH when magnesium falls.',
    'True or false: PTH is released when blood calcium falls.',
    'Mrs R, 67, asks for a higher-strength vitamin D product, having taken it daily for a year.',
    'Save this + send it to the friend who takes vitamin D but skips magnesium.',
    // A tracked word inside an organisation's name names the organisation.
    'Dr. Carolyn Dean, medical director of the Nutritional Magnesium Association, as quoted on EmpowHER.',
    'Does magnesium raise PTH?',
    'Talk to your doctor before taking magnesium or vitamin D.',
    'In this post we look at magnesium and vitamin D.',
    'This week I want to talk about the magnesium question that comes up in nearly every client call.',
    'Everyone talks about calcium.',
    'Myth: Magnesium is only for muscle cramps.',
    'For more detail, see the NHS page on vitamin D tests.',
    'You may also be given a medicine called calcitriol.',
    'These statements about magnesium, vitamin D and calcium have not been evaluated by the Food and Drug Administration.',
    'If you want to protect your bones, use a magnesium supplement every day.',
    'I started taking magnesium last spring and felt better.',
    'Consult a healthcare professional about your calcium intake.',
    'Make sure your multivitamin lists magnesium and vitamin D3.',
    'Grab a handful of almonds if you want more magnesium.',
    'Ask most people about bones and they picture calcium.',
    'Most people reach for a calcium supplement first.',
    'Vitamin D is everywhere these days, from cereal boxes to podcasts.',
    'This article about calcium and vitamin D is not medical advice.',
    'We asked three dietitians how much magnesium they take.',
    'Anna Berg is a registered dietitian who writes about calcium and bone health.',
    'Photo: a bowl of spinach, one of the best sources of magnesium.',
    'Sarah, a teacher from Leeds, started taking magnesium alongside her vitamin D last spring.',
    'The team says it will publish fuller data on magnesium and bone density next year.',
    'Readers thinking of adding magnesium should talk to their GP first.',
    'Picture your skeleton as a bank account for calcium.',
    'Meet magnesium, the mineral nobody mentions.',
    "Here's the thing about calcium supplements.",
    'Figure 2: How PTH raises blood calcium.',
    'In this issue: vitamin D forms and the PTH feedback loop.',
    'TODO: double-check the calcidiol numbers.',
    'Read next: Calcium supplements and your heart',
    'Whether that means everyone on vitamin D needs magnesium is another matter.',
    '- [PTH explained in five minutes](https://example.com/pth)',
    'Each capsule delivers 2,000 IU of vitamin D3 and 200 mg of magnesium.',
    'Our calcium-free formula is suitable for vegans.',
    '"After three months my vitamin D level doubled!"',
    'Vitamin D, calcium and magnesium: a quick guide',
    'This leaflet on calcium and PTH was reviewed by the endocrinology team in March 2026.',
    'Your endocrinologist will want to look at your calcium and vitamin D results.',
    'This column cannot give individual advice about calcium or vitamin D.',
    'For decades the message has been simple: drink your milk, take your calcium, get some sun.',
    'And yet we rarely hear magnesium mentioned in the same breath as calcium.',
    'Doctors should mention magnesium when they talk about bones.',
    'Then there is vitamin D.',
    'More on calcitonin below.',
    'Calcium is the star of this story, but not the only character.',
    'This post contains affiliate links to magnesium supplements.',
    'Vitamin D and magnesium: a love story.',
    'You might be wondering whether you need more magnesium.',
    'Each dropperful of Solvita delivers 2,000 IU of vitamin D3 and 100 mg of magnesium citrate.',
    'NordPeak pairs 200 mg of magnesium glycinate with 1,000 IU of vitamin D3 in two small capsules.',
    'CalmCore is an unflavoured magnesium citrate powder with no added vitamin D.',
    'Our Bone & Mineral Panel checks your vitamin D, calcium, magnesium and PTH from the comfort of home.',
    'Larchfield Nutrition today announced a reformulated version of its daily calcium, vitamin D3 and magnesium formula.',
    'Correction: the first version of these notes said PTH comes from the thyroid gland.',
    'Dr Shah takes a vitamin D tablet herself from October onwards.',
    'Magnesium in particular has become the supplement of the moment.',
    "This week I'm joined by nutrition scientist Dr. Priya Nandakumar to talk about magnesium.",
    'Your doctor has prescribed three supplements for you: a calcium and vitamin D3 tablet, and a magnesium tablet.',
    'Chew the calcium and vitamin D3 tablet fully before you swallow it.',
    'Leave at least four hours between your calcium tablet and levothyroxine, if you take it.',
    'Your GP asked us to see you after a routine blood test in August showed a low calcium level.',
    'So, contrary to the forum post, your low PTH result was not good news.',
    'We will repeat your calcium, magnesium and PTH at the hospital blood test unit in two weeks.',
    'Magnesium glycerophosphate 4 mmol tablets: two tablets twice a day for now.',
    'Magnesium glycinate, 300 mg, about an hour before bed.',
    'One reader, a retired teacher, told us she had stopped her calcium tablets after seeing this video.',
    'Your PTH result may take one extra day because it is run in a separate batch.',
    "That's why we built TriBone, a once-daily capsule that pairs magnesium glycinate with vitamin D3 and vitamin K2.",
    "Seizures or tetany in a patient with low calcium: escalate straight away, don't wait for the next round.",
    'Half will take vitamin D3 alone, and half will take vitamin D3 together with magnesium.',
    'The team will measure calcidiol, calcitriol and red blood cell magnesium at the start and end of the study.',
    'What nobody has pinned down is how much adding magnesium changes things in older adults.',
    'Vitamin D, calcium, magnesium and PTH results are for information only and are not a diagnosis.',
    "If you've ever stood in front of a wall of bottles wondering whether you need magnesium, vitamin D or both, you're in good company.",
    'Harold wanted to know whether being short of magnesium makes the bone-clearing cells busier.',
    'She then turned to the parathyroid glands.',
    'Leaflets on calcium and vitamin D from the talk are in the rack by the door.',
    'Note: this section on PTH is still being edited.',
    'She switched to a vitamin D3 spray last winter.',
    'Pt on IV magnesium overnight, calcium still low this morning.',
    'A 58-year-old woman presents with low calcium and cramps after thyroid surgery.',
    'Once her magnesium was corrected, her calcium level slowly recovered.',
    'The nurse recommended asking your GP to test magnesium along with vitamin D.',
    'The full interview on vitamin D and magnesium is on our YouTube channel.',
    'Calcitonin kept popping up in the questions we received.',
    'Our nurse will call you if your calcium result needs action.',
    'Dr Lee is a consultant endocrinologist with a special interest in calcium disorders.',
    'We tested six magnesium supplements over four weeks.',
    'Table 1 lists the magnesium content of common foods.',
    'Explain how PTH responds to a fall in blood calcium.',
    'You can buy magnesium supplements at most pharmacies.',
    'Have your calcium checked two weeks after surgery.',
    'The company said magnesium sales grew 20% last year.',
    'Thanks for joining us to talk about PTH and calcium.',
    'Patients often ask us whether they should take magnesium with vitamin D.',
    'This leaflet explains how to take your calcium and vitamin D tablets.',
  ];
  for (const s of notClaims) it(`not a claim: ${s}`, () => assert.deepStrictEqual(engine.analyze(s).claims, []));
  it('keeps a finding the writers report after saying what they did', () => {
    assert.strictEqual(engine.analyze('We looked at the research and found that magnesium helps the body activate vitamin D.').claims.length, 1);
  });
  it('keeps recommendations of what to take, and a physiotherapist ("PT"), as claims', () => {
    assert.strictEqual(engine.analyze('Guidelines recommend getting 600 IU of vitamin D a day.').claims.length, 1);
    assert.strictEqual(engine.analyze('Your PT may tell you that magnesium helps muscles relax.').claims.length, 1);
  });
  it('reads "gets switched on" as what a thing undergoes, not as someone switching their own regimen', () => {
    assert.strictEqual(engine.analyze('Vitamin D gets switched on in two steps: the liver makes calcidiol, then the kidneys make calcitriol.').claims.length, 1);
  });
  it('finds claims inside first-person sentences and instructions when the claim is about a tracked concept', () => {
    assert.strictEqual(verdictOf('Honestly I wasted a year on D3 pills before I learned that magnesium is needed to turn vitamin D into its active form.').claimId, 'mg-required-for-vitamin-d-activation');
    assert.strictEqual(verdictOf('Be careful, because magnesium blocks calcium from being absorbed.').verdict, 'contradicted');
    assert.strictEqual(verdictOf('Be careful, because magnesium blocks calcium from being absorbed, so I take mine at night.').verdict, 'contradicted');
    // ... but a story about the writer stays a story.
    assert.deepStrictEqual(engine.analyze('I take magnesium at night because it helps me sleep.').claims, []);
  });
  it('a bold line without a full stop is a heading; a bold sentence is a claim', () => {
    assert.deepStrictEqual(engine.analyze('**Magnesium and vitamin D work together**\n').claims, []);
    assert.strictEqual(engine.analyze('**Magnesium and vitamin D work together.**\n').claims.length, 1);
  });
  it('a "whether ... or ..." condition opens a claim; a link inside a sentence leaves it a claim', () => {
    assert.strictEqual(engine.analyze('Whether from food or pills, vitamin D needs magnesium to become active.').claims.length, 1);
    assert.strictEqual(engine.analyze('Magnesium helps the body [absorb calcium](https://example.com/absorption).').claims.length, 1);
  });
  it('reads a table cell with its row subject and its column header', () => {
    const doc = ['| Hormone | Made in | Effect on blood calcium |', '|---|---|---|', '| PTH | Parathyroid glands | Raises it |', '| Calcitriol | Liver | Raises it |', ''].join('\n');
    const claims = engine.analyze(doc).claims.map((c) => [c.text, c.verdict, c.claimId]);
    assert.deepStrictEqual(claims.find((c) => c[0] === 'Parathyroid glands'), ['Parathyroid glands', 'supported', 'pth-made-by-parathyroid-glands']);
    assert.strictEqual(claims.filter((c) => c[0] === 'Raises it' && c[1] === 'supported').length, 2);
    assert.strictEqual(claims.find((c) => c[0] === 'Liver')?.[1], 'contradicted');
  });
  it('"Those are classic signs of ..." refers back to the symptoms just asked about', () => {
    const claims = engine.analyze('Feeling wiped out, crampy or weak? Those are some of the classic signs of a long-running magnesium shortfall.').claims;
    assert.deepStrictEqual(claims.map((c) => [c.verdict, c.claimId]), [['supported', 'mg-deficiency-causes-fatigue']]);
  });
  it('"Those findings" refer back to the study just described, and whom it studied', () => {
    const text = "In pregnant animals, a magnesium-poor diet raised the number of newborns that died or fell ill. Those findings prove that low magnesium in pregnancy causes bleeding in babies' brains.";
    assert.deepStrictEqual(engine.analyze(text).claims.map((c) => c.verdict), ['supported', 'overstated']);
    // Carried over to people, animal findings overstate even when the sentence refers back to them.
    const people = 'In pregnant rats, magnesium deficiency raised newborn deaths. These experiments show that magnesium deficiency causes stillbirth in women.';
    assert.strictEqual(engine.analyze(people).claims[1]?.verdict, 'overstated');
  });
  it('most of something put in another place contradicts the claim on where most of it is', () => {
    const verdicts = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(verdicts('Most of the magnesium in your body is actually parked in your muscles, not your bones.'), [['contradicted', 'mg-over-60-percent-in-bone']]);
    // A small share elsewhere says nothing against it.
    assert.notStrictEqual(engine.analyze('Only about 1% of your magnesium is in your muscles.').claims[0]?.claimId, 'mg-over-60-percent-in-bone');
  });
  it('how long something lasts or takes is judged only by a claim whose evidence gives a span of time', () => {
    for (const text of ['Calcidiol lingers in the blood for about three weeks.', 'Calcitriol only lasts a few hours in your bloodstream.']) {
      assert.strictEqual(engine.analyze(text).claims[0]?.verdict, 'unverified', text);
    }
    // A time added to what happens is not a duration.
    assert.strictEqual(engine.analyze('Magnesium supplements can reverse osteoporosis within a few months.').claims[0]?.verdict, 'overstated');
  });
  it('an organ said to activate vitamin D is checked against the claims on activation', () => {
    // The closest claim ("the liver converts D3 into calcidiol") would otherwise seem to support it.
    assert.deepStrictEqual(engine.analyze('Magnesium is needed to activate vitamin D in the liver.').claims.map((c) => [c.verdict, c.claimId]), [['contradicted', 'kidneys-convert-calcidiol-to-calcitriol']]);
    assert.strictEqual(engine.analyze('Vitamin D is stored in the liver and activated in the kidneys.').claims[0].verdict, 'supported');
    // An organ named for something else, after a clause break, is not the activator.
    const other = engine.analyze('While magnesium is critical for vitamin D activation, active vitamin D also helps increase magnesium absorption in the intestines.').claims[0];
    assert.notStrictEqual(other.verdict, 'contradicted');
  });
  it('"Skip X and you are guaranteed to ..." is a conditional claim', () => {
    assert.strictEqual(engine.analyze('Skip the magnesium and you are guaranteed to end up with calcified arteries.').claims.length, 1);
  });
  it('a claim followed by advice drawn from it (", so check with your GP") is a claim', () => {
    const [claim] = engine.analyze('Some studies have tied calcium supplements to a higher risk of heart disease, so check with your GP first.').claims;
    assert.deepStrictEqual([claim?.verdict, claim?.claimId], ['supported', 'calcium-supplements-linked-to-heart-disease']);
    assert.deepStrictEqual(engine.analyze('If you take vitamin D, talk to your doctor.').claims, []);
  });
  it('how common a lack is ("plenty of us are running a little low on magnesium") is a claim', () => {
    assert.strictEqual(engine.analyze('And plenty of us are running a little low on magnesium without realising it.').claims.length, 1);
  });
  it('what the writer read or assumed is judged; the writer\'s own trailing aside leaves the claim standing', () => {
    for (const text of [
      'Then I read in one of the Sunday papers that calcium tablets harden your arteries, full stop.',
      "Funnily enough, I'd always assumed most of our magnesium was in our muscles.",
      "The usual treatment for an underactive parathyroid is calcium and vitamin D, which I'd bet is what was in that bag.",
    ]) assert.strictEqual(engine.analyze(text).claims.length, 1, text);
    assert.deepStrictEqual(engine.analyze('I thought magnesium would fix my cramps.').claims, []);
  });
  it('who said a quote does not count against the claim it makes', () => {
    const [claim] = engine.analyze('"We already know that a low vitamin D result can point to an underlying magnesium deficiency," said Professor Hannah Breckenridge, who leads the study.').claims;
    assert.deepStrictEqual([claim.verdict, claim.claimId], ['supported', 'low-vitamin-d-indicates-mg-deficiency']);
  });
  it('"we reviewed" inside a noun phrase ("a site we reviewed counts ...") leaves the claim standing', () => {
    assert.strictEqual(engine.analyze('One magnesium education site we reviewed counts calcium as just one of 18 nutrients that healthy bones depend on.').claims.length, 1);
    assert.deepStrictEqual(engine.analyze('For this piece we reviewed 20 magnesium supplements.').claims, []);
  });
  it('a dose someone needs is a claim, unlike what a product contains', () => {
    assert.strictEqual(engine.analyze('Most adults need 2,000 IU of vitamin D a day.').claims.length, 1);
  });
  it('a reported question answered in the same sentence is a claim', () => {
    assert.strictEqual(engine.analyze('Researchers asked whether magnesium lowers PTH and found that it does.').claims.length, 1);
  });
  it('the next sentence refers back to the main clause\'s subject, not a pronoun in its condition', () => {
    const claims = engine.analyze('Calcidiol goes to the kidneys. Once it has been formed, calcitriol increases how much dietary calcium the gut absorbs. It also reduces the amount of calcium the kidneys excrete.').claims;
    assert.deepStrictEqual(claims[2] && [claims[2].verdict, claims[2].claimId], ['supported', 'calcitriol-decreases-kidney-calcium-excretion']);
  });
  it('the next sentence refers back to the main clause\'s subject, not the object of a "By ...ing" lead-in', () => {
    const claims = engine.analyze('By keeping blood calcium topped up, calcitriol spares the skeleton. It also reduces the amount of calcium the kidneys excrete.').claims;
    assert.deepStrictEqual(claims[1] && [claims[1].verdict, claims[1].claimId], ['supported', 'calcitriol-decreases-kidney-calcium-excretion']);
  });
  it('a paragraph opening with a pronoun refers back to the heading or paragraph before it, and only then', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims('### Calcitriol\n\nIt helps your gut absorb more of the calcium you eat.\nIt also has your kidneys flush extra calcium out in your urine.'), [
      ['supported', 'calcitriol-increases-intestinal-calcium-absorption'],
      ['contradicted', 'calcitriol-decreases-kidney-calcium-excretion'],
    ]);
    // A script's paragraphs, each after a speaker's label, run on from one to the next.
    assert.deepStrictEqual(claims('**VO:** Calcitonin calms the osteoclasts down.\n\n**VO:** It also encourages osteoblasts to multiply.')[1], ['supported', 'calcitonin-increases-osteoblasts']);
    // "This month ..." does not refer back; nor does a pronoun after a paragraph that names nothing.
    assert.deepStrictEqual(claims('## Calcitriol\n\nThis month our dietitian answers your questions.'), []);
    assert.deepStrictEqual(claims('## Calcitriol\n\nSome history first.\n\nIt helps your gut absorb more of the calcium you eat.').map((c) => c[0]), ['unverified']);
  });
  it('the next sentence refers to what a conversion made, and to the subject after a "Whereas ..." foil', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims('Only once the kidneys have turned calcidiol into calcitriol is the vitamin fully active. It then raises calcium absorption from the gut.')[1], ['supported', 'calcitriol-increases-intestinal-calcium-absorption']);
    assert.deepStrictEqual(claims('Whereas PTH fires up the osteoclasts, calcitonin calms them down. It also encourages osteoblasts to multiply.')[1], ['supported', 'calcitonin-increases-osteoblasts']);
  });
  it('"flush calcium away" says excretion, as "flush out" does; "hot flushes" do not', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims("PTH doesn't make the kidneys flush calcium away."), [['supported', 'pth-increases-kidney-calcium-reabsorption']]);
    assert.deepStrictEqual(claims('Calcitriol makes the kidneys flush more calcium away.'), [['contradicted', 'calcitriol-decreases-kidney-calcium-excretion']]);
    assert.deepStrictEqual(claims('Magnesium can ease hot flushes.').map((c) => c[0]), ['unverified']);
  });
  it('a personal frame around a claim does not hide it: "my surgeon had warned me that", "From what I\'ve read,", ", so ... for me"', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims('My surgeon had warned me beforehand that the parathyroid glands can be damaged during neck surgery, and sadly she was right.'), [['supported', 'surgery-can-cause-hypoparathyroidism']]);
    assert.deepStrictEqual(claims("Apparently calcitriol gets made by the liver, so the tablet just does the liver's job for me.").map((c) => c[0]), ['contradicted']);
    assert.deepStrictEqual(claims("From what I've read, calcitriol is the active form.").map((c) => c[0]), ['supported']);
    // The writer's own story stays a story.
    assert.deepStrictEqual(claims('I take my magnesium at night, so it works for me.'), []);
  });
  it('a one-word definition is checked against what each copula gives it to', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims('Calcidiol is the active form and calcitriol is just the storage form.'), [['contradicted', 'calcidiol-is-storage-form']]);
    assert.deepStrictEqual(claims('Calcitriol is the active form, while calcidiol is the storage form.')[0]?.[0], 'supported');
  });
  it('"not necessarily" hedges a denial: it agrees with sources that say only "can" or "often"', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims("Topping up magnesium won't necessarily reverse hypoparathyroidism on its own."), [['supported', 'correcting-mg-may-not-reverse-hypoparathyroidism']]);
    assert.deepStrictEqual(claims("Low vitamin D doesn't necessarily mean you are short of magnesium."), [['supported', 'low-vitamin-d-indicates-mg-deficiency']]);
    // Without "necessarily" the denial stands.
    assert.deepStrictEqual(claims('Low vitamin D never means you are short of magnesium.')[0]?.[0], 'contradicted');
  });
  it('a reply\'s reason is what is checked ("It doesn\'t, because X"), after a speaker\'s label too', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims("It doesn't, because stress of any kind drains magnesium."), [['supported', 'stress-depletes-mg']]);
    assert.deepStrictEqual(claims("**HANNAH:** It doesn't, because stress of any kind drains magnesium."), [['supported', 'stress-depletes-mg']]);
    assert.deepStrictEqual(claims('No, because calcitriol is made in the liver.')[0]?.[0], 'contradicted');
    // A denied denial asserts what it concedes.
    assert.deepStrictEqual(claims('Nobody on this bench denies that magnesium helps switch vitamin D on.'), [['supported', 'mg-required-for-vitamin-d-activation']]);
  });
  it('a comparative in the "than ..." baseline is not the change the sentence asserts', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims('People who get more magnesium tend to have higher bone mineral density than people who get less.'), [['supported', 'mg-intake-linked-to-higher-bmd']]);
  });
  it('sets aside the foil of "Unlike X, which ...," with its relative clause, and "always" before a reporting verb', () => {
    const claims = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    assert.deepStrictEqual(claims('Unlike PTH, which pulls calcium out of bone when blood levels fall, calcitonin raises blood calcium.'), [['contradicted', 'calcitonin-lowers-blood-calcium']]);
    assert.notStrictEqual(claims('Unlike PTH, which pulls calcium out of bone when blood levels fall, calcitonin helps keep it there.')[0]?.[0], 'contradicted');
    // How often she said it is no universal in what she said.
    assert.notStrictEqual(claims("She always said calcium on its own wasn't enough for strong bones.")[0]?.[0], 'overstated');
  });
  it('a pronoun right after a reporting verb refers back ("some sources say it spikes PTH")', () => {
    const claims = engine.analyze('Low Mg messes with PTH. Some sources say it spikes PTH, others say it tanks it.').claims;
    assert.deepStrictEqual(claims.map((c) => c.verdict), ['supported', 'disputed']);
  });
  it('a feedback loop stated at the opposite level contradicts it; another hormone at that level does not', () => {
    const verdicts = (text: string) => engine.analyze(text).claims.map((c) => [c.verdict, c.claimId]);
    // The sources: PTH is released when blood calcium falls.
    assert.deepStrictEqual(verdicts('PTH rises when blood calcium is high.'), [['contradicted', 'low-blood-calcium-triggers-pth-release']]);
    assert.deepStrictEqual(verdicts('When calcium levels in the blood are high, the parathyroid glands release more PTH.'), [['contradicted', 'low-blood-calcium-triggers-pth-release']]);
    assert.deepStrictEqual(verdicts('When blood calcium falls, the parathyroid glands release more PTH.'), [['supported', 'low-blood-calcium-triggers-pth-release']]);
    // A claim about the level the sentence does state wins over one about its opposite.
    assert.deepStrictEqual(verdicts('High magnesium levels can inhibit PTH secretion.'), [['supported', 'mg-rise-inhibits-pth-secretion']]);
    assert.notStrictEqual(engine.analyze('Calcitonin is released when blood calcium is high.').claims[0].verdict, 'contradicted');
  });
  it('a claim whose subject and object the sentence swaps does not judge it', () => {
    // "vitamin D supplements deplete magnesium" says nothing of what magnesium supplements do.
    const [claim] = engine.analyze('Magnesium supplements can raise vitamin D levels.').claims;
    assert.notStrictEqual(claim.claimId, 'vitamin-d-supplements-deplete-mg');
    assert.notStrictEqual(claim.verdict, 'contradicted');
    // "Calcitonin lowers blood calcium" says nothing of when calcitonin is released.
    assert.deepStrictEqual(engine.analyze('Calcitonin is released when blood calcium is high.').claims.map((c) => c.verdict), ['unverified']);
    assert.strictEqual(engine.analyze('When blood calcium is low, PTH pulls calcium out of the bones.').claims[0].claimId, 'pth-releases-calcium-from-bone');
    // A passive verb and a cause named after the verb keep their claims.
    assert.strictEqual(engine.analyze('Magnesium is depleted by vitamin D supplements.').claims[0].claimId, 'vitamin-d-supplements-deplete-mg');
    assert.strictEqual(engine.analyze('Some people develop hypoparathyroidism because of a genetic disorder.').claims[0].verdict, 'supported');
  });
  it('a comparison table of products lists their contents, which are not claims', () => {
    const doc = ['| | Ordinary bone formula | TriBone |', '|---|---|---|', '| Magnesium | None | 200 mg glycinate |', '| Vitamin D | Often D2 | D3 (cholecalciferol) |', ''].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), []);
  });
  it('a table of practical details (when results come back, how you hear) holds no claims', () => {
    const doc = ['| Test | Usually back in | How you\'ll hear |', '|---|---|---|', '| Vitamin D | 5 working days | Text message |', '| PTH | up to 2 weeks | Text, or a call from reception |', '| Calcitriol | Made in the kidneys | Letter |', ''].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), ['Made in the kidneys']);
    const dosing = ['| Tablet | How many | When |', '|---|---|---|', '| Magnesium | One tablet, once a day | At bedtime |', '| Calcium and vitamin D3 | One tablet, twice a day | With breakfast and with your evening meal |', ''].join('\n');
    assert.deepStrictEqual(engine.analyze(dosing).claims, []);
    const results = ['| Test | Result | Usual range |', '|---|---|---|', '| Magnesium | 0.38 mmol/L | 0.70–1.00 |', ''].join('\n');
    assert.deepStrictEqual(engine.analyze(results).claims.map((c) => c.text), ['0.70–1.00']);
  });
  it('a header row names columns: its first cell is no subject for the others', () => {
    const doc = ['| Magnesium form | Bound to | What to know |', '|---|---|---|', '| Oxide | oxygen | Poorly absorbed. |', ''].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), []);
  });
  it('headings are not claims', () => {
    assert.deepStrictEqual(engine.analyze('# Magnesium deficiency causes hypoparathyroidism\n').claims, []);
  });
  it('sentences without a tracked entity are not claims', () => {
    assert.deepStrictEqual(engine.analyze('Sleep quality improves with a regular bedtime.').claims, []);
  });
  it('code, front matter, HTML and link destinations yield nothing', () => {
    const doc = [
      '---', 'title: Magnesium causes hypoparathyroidism', '---', '',
      '```', 'Magnesium deficiency causes hypoparathyroidism.', '```', '',
      '    Magnesium deficiency causes hypoparathyroidism.', '',
      '<div>Magnesium deficiency causes hypoparathyroidism.</div>', '',
      'See [this page](https://example.org/magnesium-causes-hypoparathyroidism) and `magnesium causes everything`.', '',
    ].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), []);
  });
});

describe('engine: documents', () => {
  const doc = [
    '# Magnesium and vitamin D',
    '',
    'Magnesium is needed to convert vitamin D into its active form.[^1] Magnesium deficiency causes hypoparathyroidism.',
    'About 10% of the body\'s magnesium is stored in bone.',
    '',
    '- Magnesium improves sleep quality',
    '- Low magnesium raises PTH levels [@rude2009].',
    '',
    '> Magnesium helps the body absorb calcium ([MgHealth](https://mghealth.org/magnesium-and-bones)).',
    '',
    '[^1]: MgHealth.org, Magnesium & Bone Health.',
    '',
  ].join('\r\n');

  it('reports every claim with its exact source range (CRLF document)', () => {
    const r = engine.analyze(doc);
    const tidy = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+([.,;])/g, '$1');
    for (const c of r.claims) assert.strictEqual(tidy(doc.slice(c.range.start, c.range.end).replace(/\[\^1\]|\s*\[@rude2009\]/g, '')), tidy(c.text));
    assert.deepStrictEqual(r.claims.map((c) => c.verdict), ['supported', 'overstated', 'contradicted', 'unverified', 'disputed', 'supported']);
  });
  it('skips list items that are entries of a source list, and checks list items that are prose', () => {
    const doc = [
      '## Sources', '',
      "1. EmpowHER, *Magnesium's Role in Osteoporosis*, quoting Dr. Carolyn Dean.",
      "2. *The Core Connection: Magnesium's Role in Vitamin D Metabolism*.",
      '3. MgHealth.org, [*Magnesium & Bone Health*](https://example.org/x) (2017).',
      '4. "How magnesium deficiency results in hypoparathyroidism". Health questions and answers. Retrieved 4 March 2025.',
      '5. Dean, Carolyn, quoted in "Magnesium\'s Role in Osteoporosis". *EmpowHER*. Retrieved 4 March 2025.', '',
      '- *Magnesium* is needed to turn vitamin D into its *active form*.',
      '- "Magnesium deficiency results in hypoparathyroidism", as one forum put it.',
      // A bold label and a signature whose link has an underscore are no emphasized title.
      '- **Support.** Calcitonin lowers blood calcium. — [Ostrander K](https://en.example.org/wiki/User:Ostrander_K) 11:02, 3 March 2025 (UTC)', '',
    ].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), ['Magnesium is needed to turn vitamin D into its active form.', '"Magnesium deficiency results in hypoparathyroidism", as one forum put it.', 'Calcitonin lowers blood calcium. — Ostrander K 11:02, 3 March 2025 (UTC)']);
  });
  it('lets "both steps" refer back to a conversion told only by its movement', () => {
    const claims = engine.analyze('Your kidneys then finish the job, turning calcidiol into calcitriol. Magnesium is needed for both steps, because the enzymes that carry them out depend on it.').claims;
    assert.strictEqual(claims.length, 2);
    assert.strictEqual(claims[1].verdict, 'supported');
  });
  it('reads nothing into a product row\'s amount or mealtime cells; a recommended amount after a label is checked', () => {
    const doc = ['| Supplement | Dose | When |', '|---|---|---|', '| Vitamin D3 | 5,000 IU | Breakfast |', '| Magnesium glycinate | 300 mg citrate + glycinate | Breakfast + lunch |', ''].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), []);
    assert.deepStrictEqual(engine.analyze('Adult calcium RDA: 1,000 mg a day.').claims.map((c) => c.verdict), ['unverified']);
  });
  it('reads nothing into a table cell that is only a dash', () => {
    const doc = ['| Test | Lab name |', '|---|---|', '| Calcidiol | 25(OH)D |', '| Magnesium | — |', ''].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), ['25(OH)D']);
  });
  it('skips hatnotes and lines of hashtags', () => {
    const doc = [
      '*This article is about the two nutrients together. For food sources of the mineral, see [Dietary magnesium](/wiki/x).*', '',
      '#VitaminD #Magnesium #BoneHealth', '',
    ].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), []);
  });
  it('skips footnotes that name a publication by its kind ("undated Q&A page", "compiled abstracts")', () => {
    const doc = [
      'Magnesium matters.[^1][^2][^3]', '',
      '[^1]: Explainer, "How magnesium deficiency results in hypoparathyroidism," undated Q&A page.',
      '[^2]: Study digest: magnesium in miscarriage, fertility, insulin resistance and PMS (compiled abstracts).',
      '[^3]: Magnesium can cause diarrhoea at high doses, see the review page.', '',
    ].join('\n');
    assert.deepStrictEqual(engine.analyze(doc).claims.map((c) => c.text), ['Magnesium matters.', 'Magnesium can cause diarrhoea at high doses, see the review page.']);
  });
  it('skips footnotes that are reference entries, with or without a link, and checks notes', () => {
    const doc = [
      'Magnesium helps activate vitamin D.[^1] Over 60% of magnesium is in bone.[^2] Calcium pills are tied to heart disease.[^3]',
      '',
      '[^1]: Dean C. "Magnesium\'s Role in Osteoporosis". EmpowHER, 2012.',
      '[^2]: MgHealth.org (2019) "Magnesium & Bone Health", accessed 3 May 2024.',
      '[^3]: Some studies link calcium supplements to heart disease, but the evidence is mixed.',
      '[^4]: Quoted in "Magnesium\'s Role In Osteoporosis", EmpowHER.',
      '',
    ].join('\n');
    const texts = engine.analyze(doc).claims.map((c) => c.text);
    assert.deepStrictEqual(texts.slice(3), ['Some studies link calcium supplements to heart disease, but the evidence is mixed.']);
  });

  it('knows which claims carry a citation (footnote, Pandoc or link)', () => {
    const r = engine.analyze(doc);
    assert.deepStrictEqual(r.claims.map((c) => c.cited), [true, false, false, false, true, true]);
  });
  it('gives the same result from the cache as from a fresh engine, after edits', () => {
    const warm = createEngine(db);
    warm.analyze(doc);
    const edited = doc.replace('About 10%', 'Over 60%').replace('# Magnesium', '# Magnesium!\r\n\r\nCalcitonin helps preserve bone.');
    assert.deepStrictEqual(warm.analyze(edited), createEngine(db).analyze(edited));
  });
  it('reads a reference table row as a sentence about its first cell, and arrows as "leads to"', () => {
    const doc = ['| Hormone | Main job |', '|---|---|', '| Calcitonin | Moves calcium out of the blood and into bone |', '| PTH | Lowers blood calcium |', '', '- Mg deficiency → hypoparathyroidism, directly', ''].join('\n');
    const r = engine.analyze(doc);
    assert.deepStrictEqual(
      r.claims.map((c) => [c.text, c.verdict, c.claimId]),
      [
        ['Moves calcium out of the blood and into bone', 'supported', 'calcitonin-moves-calcium-into-bone'],
        ['Lowers blood calcium', 'contradicted', 'pth-raises-blood-calcium'],
        ['Mg deficiency → hypoparathyroidism, directly', 'disputed', 'mg-deficiency-causes-hypoparathyroidism'],
      ],
    );
  });

  it('honours disable comments', () => {
    const text = [
      '<!-- factlens-disable-next-line -->',
      'Magnesium deficiency causes hypoparathyroidism.',
      'Magnesium deficiency causes hypoparathyroidism.',
      '',
      '<!-- factlens-disable mg-deficiency-can-contribute-to-hypoparathyroidism -->',
      '',
      'Magnesium deficiency causes hypoparathyroidism. Magnesium improves sleep quality.',
      '',
      '<!-- factlens-enable -->',
      '',
      'Magnesium deficiency causes hypoparathyroidism.',
    ].join('\n');
    const r = engine.analyze(text);
    const lines = r.claims.map((c) => text.slice(0, c.range.start).split('\n').length);
    assert.deepStrictEqual(lines, [3, 7, 11]);
    assert.deepStrictEqual(r.claims.map((c) => c.verdict), ['overstated', 'unverified', 'overstated']);
    assert.strictEqual(r.suppressed.length, 2);
  });
  it('skips oversized and binary documents with a reason', () => {
    assert.match(engine.analyze('Magnesium raises calcitonin. '.repeat(100), { maxSize: 1000 }).skipped!.reason, /over the 1 KB limit/);
    assert.match(engine.analyze('Magnesium\u0000raises calcitonin.').skipped!.reason, /binary/);
  });
});
