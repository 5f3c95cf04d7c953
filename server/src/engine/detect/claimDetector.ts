// Decides whether a sentence asserts something checkable. It must mention a tracked entity and
// make a statement; questions, instructions, announcements, anecdotes and headings do not.
import { tracksOnlyOrganisationNames } from './organisationNames';
import type { ProseKind } from '../types';
import { AUXILIARY_CUES } from '../nlp/cues';
import type { SentenceFeatures } from '../nlp/features';
import { reportsDisagreement } from '../nlp/disagreement';
import type { Lexicon } from '../nlp/lexicon';
import { listsProductContents } from './productContents';

export interface Detection {
  isClaim: boolean;
  /** Why it is not a claim, for debugging and tests. */
  reason?: 'no-entity' | 'heading' | 'question' | 'instruction' | 'announcement' | 'anecdote' | 'no-statement';
}

/** Questions that forgot their question mark ("Should you take magnesium with vitamin D"). */
const QUESTION_OPENING = /^\s*(?:should|can|could|does|do|did|is|are|will|would|what|why|how|which|who|when|where|want|curious|wondering)\b/i;

const LEADING_ADVERBS = new Set(['always', 'never', 'also', 'just', 'simply', 'please', 'first', 'then', 'next', 'finally', 'so', 'now']);

/** Imperative openers: "Talk to your doctor", "Take magnesium with food". */
const IMPERATIVE_OPENERS = new Set([
  'talk', 'ask', 'consult', 'check', 'see', 'read', 'click', 'learn', 'try', 'take', 'eat', 'consider', 'remember', 'keep', 'avoid',
  'speak', 'discuss', 'find', 'get', 'let', "let's", "don't", 'do', 'be', 'note', 'make', 'choose', 'start', 'stop', 'add', 'include',
  'look', 'aim', 'limit', 'watch', 'tell', 'call', 'visit', 'share', 'subscribe', 'sign', 'follow', 'use', 'pair', 'skip', 'go',
  'focus', 'discover', 'explore', 'imagine', 'think', 'bookmark', 'download', 'join', 'enter', 'write', 'rate',
  'grab', 'swap', 'buy', 'pick', 'drink', 'snack', 'sprinkle', 'cook', 'plan', 'book', 'request', 'mention', 'bring', 'track',
  'log', 'compare', 'double-check', 'ensure', 'remember', 'forget', 'bear', 'stock', 'store', 'chat', 'contact', 'schedule',
  'picture', 'meet', 'welcome', 'say', 'escalate', 'refer', 'monitor', 'recheck', 'repeat', 'withhold', 'administer', 'notify', 'seek', 'give',
  'chew', 'swallow', 'suck', 'dissolve', 'leave', 'wait', 'space', 'separate', 'phone', 'ring', 'collect', 'return',
  // A post's calls to action ("Save this + send it to the friend who ...").
  'save', 'send', 'tag', 'pin', 'repost', 'screenshot', 'swipe', 'dm', 'forward',
  // Exam and worksheet commands ("Explain how PTH responds to ...").
  'explain', 'describe', 'outline', 'list', 'identify', 'define', 'sketch', 'calculate', 'evaluate', 'summarise', 'summarize',
]);

/** "Make sure you ...", "Don't forget to ...": instructions that open with a phrase. */
/** "So please don't stop your calcium tablets ...", "For the tutorial, please work through ...": a request opening the sentence. */
const PLEASE_DO = /^\W*(?:(?:so|and|but|now|also)\s+|[^,.;:]{1,40},\s*)?please\s+(?:don't|do not|do|make sure|ask|talk|speak|keep|stop|take|check|remember|tell|call|contact|read|see|work|let|bring|note|try|avoid|continue)\b/i;
/** "We're going to work through PTH, calcitonin and calcitriol": what the talk will cover. */
const TALK_PLAN = /^\W*(?:(?:so|now|ok|okay|right),?\s+)?(?:we're|we are|we'll|we will|i'm|i am|i'll|i will)\s+(?:going to\s+)?(?:work through|go through|cover|look at|talk about|talk through|discuss|walk through|spend)\b/i;
/** "Where it gets messy is what happens to PTH when ...": the talk pointing at what comes next. */
const MESSY_PART = /^\W*(?:where|what) (?:it|this|things) gets? (?:messy|tricky|complicated|interesting|confusing|controversial)\b/i;
const INSTRUCTION_OPENING = /^\s*(?:make sure|be sure|don't forget|do not forget|keep in mind|bear in mind|if in doubt|when in doubt|if you're (?:unsure|not sure|worried|concerned)|if you are (?:unsure|not sure|worried|concerned))\b/i;

/** Labels of captions, credits and notes about the piece ("Photo: ...", "Sources: ..."). */
export const META_LABEL = new RegExp(
  String.raw`^\s*(?:disclaimer|photo|image|illustration|caption|credit|credits|source|sources|further reading|related|see also|updated|published|reviewed by|medically reviewed` +
    // Figures and tables by number, notes left in a draft, what an issue holds and what to read next.
    String.raw`|(?:figure|fig\.?|table|chart|graph|box)(?:\s+\d+[a-z]?)?|todo|fixme|tk|note to self|editor'?s note` +
    String.raw`|(?:also )?in this (?:issue|article|post|guide|edition|episode|newsletter)|inside|contents|table of contents|coming up` +
    String.raw`|read next|read more|up next|next up|also read|more reading|you might also like|watch|listen` +
    // A myth box states the myth the piece then corrects: the "Fact:" line is the claim.
    String.raw`|myth|myths|(?:a |the )?(?:common |popular )?(?:myth|misconception|misbelief)|fiction` +
    // A quiz item asks whether what follows holds.
    String.raw`|true or false|t\s*\/\s*f|myth or fact|fact or (?:myth|fiction))\s*$`,
  'i',
);

/** About the piece itself: disclaimers, credits, bylines and what the writers did. */
/** "Your doctor will want to look at ...": what the reader's care team will do, not a claim. */
const CARE_TEAM = /^\s*(?:and\s+|but\s+|so\s+)?(?:(?:your|a|the|all|most|many)\s+)?(?:doctors?|gps?|endocrinologists?|pharmacists?|dietitians?|dieticians?|nurses?|care teams?|healthcare (?:professionals?|providers?)|physicians?|specialists?|readers|you)\s+(?:will want to|may want to|might want to|will|should|ought to)\b|^\s*you (?:may|might|will|could) (?:also )?be (?:given|prescribed|offered|asked|started on)\b/i;

const META = /\bnot (?:intended as |a substitute for )?(?:medical|professional) advice\b|\bfor information(?:al purposes)? only\b|\b(?:is|are) not a diagnosis\b|\bhave not been evaluated by\b|\bnot intended to (?:diagnose|treat|cure|prevent)\b|\bfor (?:informational|educational|general information) purposes\b|(?:^\s*|[,;:—]\s*|\b(?:and|so|then|first|also|recently|this week|for this (?:piece|article|post|story|review))\s+)we (?:asked|spoke|talked|interviewed|reached out|contacted|surveyed|polled|reviewed|dug into|went through|rounded up|compiled)\b|\bis an? (?:registered |freelance |senior |staff |health |science |medical |contributing )*(?:dietitian|nutritionist|writer|journalist|editor|reporter|columnist|author)\b|\b(?:cannot|can't|can not|does not|doesn't|do not|don't|will not|won't) (?:give|offer|provide) (?:individual |personal |personalised |personalized |medical )?advice\b/i;

/** "This leaflet on calcium was reviewed by ...": about the document, not the body. */
const ABOUT_THE_PIECE = /\b(?:this|the|our) (?:leaflet|article|post|guide|newsletter|page|piece|handout|fact ?sheet|booklet|brochure|issue|episode|video) (?:[\w-]+ ){0,8}?(?:was|were|has been|have been|is|are) (?:(?:last|medically|clinically|fully) )?(?:reviewed|written|updated|checked|approved|produced|edited|fact-checked|sponsored|funded)\b/i;

/** What people picture or reach for: about the readers, not about the nutrient. */
/**
 * Signposts and notes about the piece itself: "More on calcitonin below", "the star of this story",
 * "Questions about PTH are the most common we get", affiliate and editorial disclosures.
 */
const SIGNPOST = /^\s*more on\b.*\b(?:below|later|next (?:week|time|month)|in part \w+)\b|\bthis (?:story|article|post|piece|guide|newsletter|issue|episode|column|thread|page|section|chapter|leaflet|handout|booklet|brochure|fact ?sheet|video|webinar|lesson|module|course)\b|^\s*questions about\b|\baffiliate links?\b|\bour editors\b|\bproducts? we (?:feature|recommend|review)\b|^\W*(?:for|on) [^.,;]{3,80}, see\b|^\W*see also\b/i;

/** "we rarely hear magnesium mentioned": about what people say, not about magnesium. */
const DISCOURSE = /\b(?:we|you|people|doctors|the media)\s+(?:rarely|seldom|never|often|always|usually|still|hardly ever)?\s*(?:hear|read|see|talk about|hear about|read about)\b/i;

const PEOPLE_HABIT = /\b(?:most|many|some|a lot of|lots of|plenty of)?\s*(?:people|readers|folks|of us|of them|consumers|shoppers)\s+(?:still\s+|usually\s+|often\s+|tend to\s+)?(?:picture|imagine|think of|associate|reach for|google|search for|hear about|ask about|grab|buy|forget about)\b/i;

/** Trends and popularity: "magnesium is having a moment", "vitamin D is everywhere these days". */
const TREND = /\b(?:is|are) (?:having a moment|trending|all the rage|everywhere (?:these days|right now|on)|a hot topic|the latest craze|a buzzword)\b|\b(?:everyone|everybody|people|we all) (?:is |are |seems to be |seem to be )?(?:talk|talks|talking) about\b|\b(?:everyone|everybody)(?:'s| is) heard of\b|\bnobody (?:talks|tells you) about\b|\b(?:has|have) become (?:a buzzword|the (?:supplement|mineral|vitamin|nutrient|buzzword|darling|trend) of the (?:moment|year|season|decade))\b|\b(?:supplement|mineral|vitamin|nutrient) of the moment\b/i;

const INSTRUCTION = /\byou (?:might|may|should|could|can|will|'ll) (?:want|need|wish) to\b|\byou (?:might|may|should|could) (?:try|consider|ask|talk|check)\b|\bcheck (?:with|in with) (?:your|a|an)\b|\b(?:talk|speak) (?:to|with) (?:your|a|an|their|the) (?:doctor|physician|gp|pharmacist|healthcare|health care|provider|clinician|dietitian|midwife)|\b(?:consult|ask) (?:your|a|an|with)\b|\bseek (?:medical )?advice\b|\byou should (?:talk|speak|ask|consult|check|see)\b|\bbefore (?:starting|taking|you start|you take) any\b/i;

const ANNOUNCEMENT = /\bwhat you need to know\b|\b(?:i'm|i am|we're|we are) (?:joined|talking) (?:by|with)\b|\bjoins (?:me|us) (?:to|for)\b|\beverything you need to know\b|\bthis (?:month|week|year)'s (?:issue|newsletter|post|edition|episode)\b|\bis all about\b|\bwe get (?:a lot of|lots of|many|plenty of) (?:mail|questions|email|emails|letters)\b|\bhere are (?:short |quick |some )?(?:answers|tips|facts)\b|\b(?:in|throughout) (?:this|today's|the following|our) (?:post|article|guide|piece|section|series|newsletter|episode|video|chapter|issue|faq)\b|\b(?:we|i)(?:'ll| will| are going to|'re going to) (?:look|explore|cover|discuss|dig|unpack|walk|break|explain|review|take a look)\b|\bthis (?:post|article|guide|piece|section|newsletter) (?:explores|looks|covers|explains|discusses|examines|reviews|will)\b|\blet(?:'s| us) (?:look|dig|explore|take|start|turn|talk|unpack|break|dive)\b|\bread on\b|\bkeep reading\b|\b(?:below|here)(?:'s| is| are)? (?:we|what|how|why)\b|\bhere(?:'s| is) (?:what|how|why|a)\b|\bhere(?:'s| is) the (?:thing|deal|catch|problem|kicker|truth|twist)\b|\bin the next section\b|\b(?:we|i) (?:want|wanted|'d like|would like) to (?:talk|write|chat) about\b|\b(?:will|plans? to|intends? to|(?:is|are) expected to|hopes? to) (?:publish|release|present|report|share|follow up)\b/i;

/** "Each gummy delivers ...", "Our calcium-free formula is ...": about the product, not the body. */
const PRODUCT_SUBJECT = /^\s*(?:each|every|one|per|a single)\s+(?:gummy|capsule|tablet|serving|scoop|softgel|dose|bottle|sachet|pill|chewable|lozenge)\b|^\s*(?:our|this|these)\s+(?:[\w&-]+\s+){0,3}(?:formula|formulation|product|blend|gummies|capsules|tablets|softgels|range|recipe|panel|kit|test kit|home test|service)\b/i;

/** "Vitamin D, calcium and magnesium: a quick guide": the title of a piece. */
const GUIDE_TITLE = /\b(?:a|an|the|your|our)\s+(?:(?:quick|short|brief|complete|ultimate|practical|simple|beginner'?s|no-nonsense|plain-english|handy)\s+)*(?:guide|overview|primer|explainer|cheat ?sheet|faq|q&a|roundup|round-up|refresher|rundown|introduction|(?:love )?story|tale|saga)\s*[.!]?\s*$/i;

/** A sentence-opening condition and the first word after its comma. */
const CONDITION_THEN_WORD = /^(?:if|when|whenever|once|before|after|while|for more|for further)\b[^,]{0,200},\s+([a-z'’-]+)/i;
/**
 * "Take enough vitamin D and you simply won't get ill", "Get your magnesium right and it
 * guarantees ...": an imperative that predicts is a claim.
 */
const CONDITIONAL_IMPERATIVE = /\band (?:(?:you|your body)(?: simply| just| really| probably)?(?:'ll|’ll| will| won't| won’t| wont| will never| may| might| can| cannot| can't| can’t| could| would|(?:'re|’re| are) (?:guaranteed|certain|sure|bound|likely) to)|(?:it|that|this)(?: simply| basically| practically)? (?:guarantees|ensures|means|will|won't|won’t)|(?:it|that)(?:'ll|’ll))\b/i;

/** A press release's news: "X today announced a reformulated ...", "is pleased to launch". */
const NEWS_ANNOUNCEMENT = /\btoday announced\b|\bannounced (?:today|the launch|the release|a new|a reformulated|a partnership)\b|\b(?:is|are|am) (?:pleased|excited|proud|delighted|thrilled) to (?:announce|launch|introduce|share)\b/i;
/** A study's plan, in the future tense: "Half will take vitamin D3 alone", "The team will measure ...". */
const STUDY_PLAN = /^\s*(?:half|the other half|the team|the researchers|researchers|participants|the study|the trial|investigators|each group|one group|the other group|both groups|we)\s+will\s+(?:take|receive|get|measure|test|track|follow|recruit|enrol|enroll|compare|look at|assess|check|be given|be randomi[sz]ed|screen|monitor|record)\b/i;
/** "What nobody has pinned down is how much ...": an open question, put as a statement. */
/** "True or false: PTH is released when ...": a quiz item asks; it does not assert. */
const QUIZ_ITEM = /^\W*(?:true or false|t\s*\/\s*f|myth or fact|fact or (?:myth|fiction))\b/i;
const OPEN_QUESTION = /^\s*["“]?\s*what\s+(?:nobody|no one|no-one|we don't|we do not|researchers don't|science doesn't|scientists don't)\b[^.]{0,60}\b(?:is|are|was)\s+(?:how|whether|why|if|what|which)\b/i;

/** Words every question pattern below needs. */
const WONDER_WORDS = /\b(?:whether|if|wonder\w*|ask\w*)\b/i;
/** Words every news pattern below needs. */
const NEWS_WORDS = /announc|pleased|excited|proud|delighted|thrilled/i;

/**
 * The reader's own care: what their doctor prescribed, what their own results showed, what the
 * clinic will do next ("Your doctor has prescribed ...", "a routine blood test in August showed a
 * low calcium level", "your low PTH result was not good news", "We will repeat your calcium ...").
 */
const OWN_CARE = /\b(?:your|her|his) (?:doctor|gp|consultant|nurse|specialist|care team|team) (?:has|have|had) (?:prescribed|recommended|suggested|asked|referred|started|increased|reduced|stopped)\b|\b(?:your|her|his|a|the) (?:routine |recent |last |latest |repeat |first )?(?:blood )?(?:test|tests|bloods|results?)\b[^.]{0,40}?\b(?:showed|came back|found)\b|\byour (?:[\w-]+ ){0,3}(?:result|results|reading|readings) (?:was|were|came back|showed)\b|^\s*we(?:'ll| will| would like to| plan to| are going to) (?:repeat|recheck|check|measure|test|see|review|write|arrange|send|start|stop|increase|reduce|continue)\b/i;
/**
 * One patient's case, as clinical notes put it: "Post-op pt, low calcium, ...", "Pt on Mg sulfate
 * is drowsy", "A 62-year-old woman presents with ...". What happened to them is not a claim.
 */
// Case-sensitive "pt": "PT" is a physiotherapist.
// ("Mrs R, 67, asks for ...": a case vignette's patient, by title and age.)
const PATIENT_CASE = /\b[Pp]ts?\b(?!\s*[:=])|^\W*[Aa]n?\s+\d{1,3}[- ](?:year|yr)[- ]old\b|^\W*(?:Mrs?|Ms|Miss|Mx)\.?\s+[A-Z]\w*,\s*\d{1,3},/;
/** "her vitamin D level finally rose": one person's own result, as it went. */
const OWN_RESULT = /\b(?:her|his|their) (?:[\w-]+ ){0,3}(?:levels?|results?|readings?|numbers|bloods)\s+(?:\w+ly\s+)?(?:rose|fell|dropped|climbed|improved|recovered|came back|went (?:up|down)|returned|normali[sz]ed|crept up|picked up)\b/i;
/**
 * "She suggested asking the surgery to check magnesium": advice someone gave about asking or
 * testing, reported. (Advice on what to take, "guidelines recommend getting 600 IU", is a claim.)
 */
const REPORTED_ADVICE = /\b(?:suggested|suggests|recommended|recommends|advised|advises|urged|urges)\s+(?:(?:you|us|them|people|everyone|listeners|readers)\s+)?(?:asking|checking|testing|booking|to ask|to check|to test|to book)\b|^\W*(?:you've|you have|we've|we have)\s+(?:probably|likely|almost certainly|no doubt)?\s*been\s+told\s+to\s+(?:take|eat|drink|get|have)\b/i;
/** "The full hour ... is on the Talking Health podcast": where something can be found. */
const WHERE_TO_FIND = /\b(?:is|are) (?:now )?(?:available |up )?(?:on|at|in) (?:the|our) (?:[\w'’-]+ ){0,4}(?:podcast|website|site|page|channel|app|feed|blog|newsletter)\b/i;
/** "magnesium kept coming up on almost every page": how often a topic came up. */
const KEPT_COMING_UP = /\b(?:kept|keeps|keep) (?:coming|popping|cropping) up\b/i;
const HASHTAGS_ONLY = /^\s*(?:#[\p{L}\p{N}_]+[\s,.]*)+$/u;
/** "Our nurse will call you if ...": what the care team will do for the reader. */
const CARE_ACTION = /\b(?:our|the|your)\s+(?:nurse|nurses|team|doctor|gp|clinic|pharmacist|consultant|specialist|surgeon|dietitian)s?\s+(?:will|may|can|might)\s+(?:call|ring|phone|contact|write to|email|text|see|check|let you know|arrange|send)\b/i;
/** "Dr Lee is a consultant endocrinologist with ...": who someone is. */
const BIO_LINE = /^\W*(?:(?:dr|prof|professor|mr|mrs|ms|miss)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+is\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}(?:endocrinologist|consultant|nurse|dietitian|dietician|nutritionist|pharmacist|gp|doctor|physician|surgeon|researcher|professor|lecturer|writer|journalist|editor|coach|trainer|scientist)\b/;
/** "We tested six magnesium supplements": what the writers did for the piece. */
const OUR_METHOD = /^\W*(?:we|i)\s+(?:(?:also|then|first)\s+)?(?:tested|reviewed|compared|tried|trialled|trialed|rounded up|surveyed|shortlisted|ranked|rated|picked|chose|selected|looked at|asked)\b/i;
/** "Table 1 lists ...", "Figure 2 shows ...": a pointer to a table or figure. */
const FIGURE_POINTER = /^\W*(?:table|figure|fig\.|box|chart|graph|diagram)\s+\d+[a-z]?\s+(?:lists|shows|gives|summari[sz]es|compares|sets out|illustrates)\b/i;
/** "You can buy magnesium at most pharmacies": where to get something. */
const WHERE_TO_BUY = /^\W*you\s+can\s+(?:buy|get|find|order|pick up)\b[^.]{0,80}\b(?:at|from|in|online|over the counter)\b/i;
/** "Have your calcium checked two weeks after surgery": an instruction to have a test done. */
const HAVE_IT_CHECKED = /^\W*(?:please\s+)?have\s+(?:your|a|the)\s+[^.,]{1,40}?\b(?:checked|tested|measured|repeated|rechecked|done)\b/i;
/** "The company said magnesium sales grew 20%": the market, not the body. */
const MARKET_TALK = /\b(?:sales|revenue|revenues|turnover|profits?|market share|shares|demand)\s+(?:\w+\s+){0,2}(?:grew|rose|fell|increased|decreased|jumped|climbed|doubled|tripled|surged|dropped|soared|slumped)\b/i;
/** "Thanks for joining us to talk about PTH": a courtesy ("thanks to magnesium, ..." is a claim). */
const THANKS = /^\W*(?:thanks|thank you|many thanks)\s*(?:,|!|\.|for\b|to (?:you|everyone|all|our)\b)/i;
/** "She had stopped her calcium tablets": someone's own supplements, started or stopped. */
const PERSONAL_REGIMEN = /\b(?:stopped|started|quit|began|restarted) (?:taking )?(?:her|his|their|my) [\w -]{0,30}?(?:tablets|pills|supplements|capsules|drops|gummies)\b/i;
/** "Magnesium glycinate, 300 mg, about an hour before bed": an item of someone's regimen. */
const REGIMEN_LINE = /^\s*[A-Za-z][\w -]{1,40}[A-Za-z],\s+\d[\d,.]*\s*(?:mg|iu|mcg|µg)\b[^.]{0,40}?\b(?:before bed|at night|at bedtime|with (?:breakfast|lunch|dinner|food|meals?)|in the morning|a day|daily|twice a day)\b/i;
/** "Your PTH result may take one extra day": when a result comes. */
const RESULT_TIMING = /\byour (?:[\w-]+ ){0,3}(?:result|results) (?:may|will|should|can|could|might) (?:take|be back|come back|arrive)\b/i;

/** "Magnesium glycerophosphate 4 mmol tablets: two tablets twice a day for now": a dose after a label. */
const DOSE_AFTER_LABEL = /:\s*(?:one|two|three|four|half a|\d+)\s+(?:tablets?|capsules?|softgels?|sachets?|drops?|doses?)\b[^:]{0,60}\b(?:a day|daily|at night|in the morning|for now|twice|once)\b/i;

/** "Harold wanted to know whether ...": someone's question, reported. */
const REPORTED_QUESTION = /\b(?:wanted to know|wants to know|want to know|asked|asks|ask|wondered|wonders|wonder|wondering|queried)\s+(?:(?:me|us|her|him|them)\s+)?(?:whether|if)\b/i;
/** "..., and found that": the question came with its answer, which is a claim. */
const ANSWERED = /\b(?:found|find|finds|showed|shows|concluded|turns out|turned out|the answer is)\b/i;
/** "Leaflets on calcium and vitamin D are in the rack": where material on a topic is, not the topic. */
const MATERIAL_ON = /\b(?:leaflets?|booklets?|handouts?|brochures?|fact ?sheets?|pamphlets?|flyers?|posters?|books?|copies|slides)\s+(?:on|about)\s/i;
/** "She then turned to the parathyroid glands": the talk moves on to a topic. */
const TOPIC_TURN = /\b(?:then|next|finally|now|later)\s+(?:turned|turns|moved on|moves on)\s+to\b/i;

/** "You might be wondering whether ...": the reader's question, put in the writer's words. */
const READER_WONDERS = /\byou (?:might|may|could|probably) (?:be wondering|have wondered|wonder|ask yourself)\b|^\s*(?:you're|you are) (?:probably |maybe )?wondering\b/i;

/** Relations that say what something does to the body. */
const EFFECTS = new Set(['increases', 'decreases', 'causes', 'prevents', 'requires']);

const WHETHER_OPENING = /^\s*whether\b/i;
const OR = /\bor\b/i;

/** Notes to self left in drafts. */
const EDITORIAL_NOTE = /^\s*(?:todo|fixme|tk|note to self|editor'?s note|xxx)\b|\(check w\/|\bneeds? (?:a )?(?:source|citation|cite)\b/i;
/** "the first version of these notes said ...": a retracted earlier version. */
const RETRACTED_VERSION = /\b(?:first|earlier|previous|old|original) (?:version|draft|edition)(?: of [^,.]{1,30})? (?:said|stated|claimed|wrongly said)\b/i;

/** First-person singular: personal experience, not a claim about the world. */
const ANECDOTE = /(?:^|[^\w'])(?:i|i'm|i've|i'd|i was|my|me|mine|myself)(?=[^\w']|$)/i;

/** Some verb or predicate: fragments like "Magnesium and bone health" assert nothing. */
const PREDICATE = /\b(?:is|are|was|were|be|been|being|has|have|had|can|could|may|might|will|would|shall|should|must|does|do|did|needs?|helps?|makes?|keeps?|gets?|gives?|takes?|goes|becomes?|remains?|stays?|seems?|appears?|lacks?|contains?|works?|acts?|plays?|leads?|means|went|came|saw|got|gave|took|kept|left|led|fell|rose|grew|became|began|ran|brought|felt|meant|lost|held|\w+(?:es|ed|s)|\w+n['’]t)\b/i;

/** "Vitamin D makes you taller": the tracked concept opens the sentence and a verb follows it. */
const VERB_AFTER_SUBJECT = /^(?:is|are|was|were|can|could|may|might|will|would|has|have|had|does|do|did|\w+s|\w+ed)$/;
function subjectWithVerb(f: SentenceFeatures): boolean {
  const first = f.concepts[0];
  const next = first && f.tokens[first.end];
  return !!next && first.start <= 1 && !first.antecedent && VERB_AFTER_SUBJECT.test(next.raw);
}

/** "Plenty of us are running low on magnesium": how common a lack is, which is checkable. */
const PREVALENCE = /^\s*(?:and\s+|but\s+|yet\s+)?(?:plenty|many|most|lots|a lot|millions|the majority|a majority|large numbers)\s+of\s+(?:us|people|adults|you|them|americans|britons|women|men)\b|^\s*(?:and\s+|but\s+)?(?:many|most)\s+(?:people|adults|americans|britons|women|men)\b/i;

/** "started taking magnesium", "switched to a D3 spray": someone's own regimen. */
const PERSONAL_ACTION = /\b(?:started|began|stopped|quit|tried|keeps?|kept|has been|have been|had been) (?:taking|using|on|to|her|his|their)\b|\bswitched (?:to|her|his|their)\b|\b(?:takes|took|uses|used) (?:a |an |her |his |their )?[\w ]{0,30}\b(?:herself|himself|themselves)\b/i;

/**
 * "Some studies have tied calcium supplements to heart disease, so check with your GP first": the
 * claim comes first, with its verb and a concept, and the advice is drawn from it after ", so".
 */
function claimBeforeAdvice(text: string, adviceAt: number, f: SentenceFeatures): boolean {
  if (!/,\s*(?:so|and so|which is why|that's why)\s+$/i.test(text.slice(0, adviceAt))) return false;
  if (f.relationAt < 0 || f.tokens[f.relationAt].start >= adviceAt) return false;
  return f.concepts.some((c) => !c.antecedent && f.tokens[c.start].start < adviceAt);
}

/**
 * "Be careful, because magnesium blocks calcium absorption": an instruction whose reason is a
 * claim. The reason clause must name a tracked concept and carry the sentence's relation.
 */
function assertsBecause(f: SentenceFeatures): boolean {
  const because = f.tokens.findIndex((t) => t.norm === 'because' || t.norm === 'since');
  if (because < 0 || f.relationAt <= because) return false;
  return f.concepts.some((c) => c.start > because && !c.antecedent);
}

/**
 * "I wasted a year on D3 pills and the thing is without enough magnesium your body cant activate
 * vitamin D": first person, but the verb that carries the claim has a tracked concept between it
 * and the last first-person word, so it is about that concept, not the writer.
 */
function claimBeyondWriter(text: string, f: SentenceFeatures): boolean {
  // "helps", "supports": too vague to lift a personal story into a claim.
  if (f.relationAt < 0 || AUXILIARY_CUES.has(f.relationCue ?? '')) return false;
  let lastPerson = -1;
  f.tokens.forEach((t, i) => {
    if (i < f.relationAt && FIRST_PERSON.has(t.raw)) lastPerson = i;
  });
  // The writer after the claim's clause ("..., so I take mine at night") does not own the claim.
  const clauseEnd = f.tokens.findIndex((t, i) => i > f.relationAt && /[,;:]/.test(text.slice(f.tokens[i - 1].end, t.start)));
  if (f.tokens.slice(f.relationAt, clauseEnd < 0 ? undefined : clauseEnd).some((t) => FIRST_PERSON.has(t.raw))) return false;
  // "my vitamin D level doubled" is about the writer's own level.
  return f.concepts.some((c) => c.start > lastPerson && c.start < f.relationAt && !c.antecedent && f.tokens[c.start - 1]?.raw !== 'my');
}
/** "I read that", "(Then) I read in one of the Sunday papers that", "I'd always assumed": a claim the writer reports. */
// (Also after an opening quote or a longer lead-in and a conjunction: "... ask, but I always
// thought X"; and what someone told the writer: "Someone on a forum told me X".)
const REPORTED_BELIEF = /^\W*(?:[^.!?:]{0,90}?(?:[,—–]|\.)\s+)?(?:(?:then|and|so|but|also|funnily enough,?)\s+)?(?:(?:i|we)(?:'ve|'d| have| had)? (?:always |just |once |actually |also |often |recently |repeatedly )?(?:read|heard|learned|learnt|been told|was told|were told|saw|assumed|thought|believed)(?: somewhere| online| once| in [^,.]{1,40}?)?|(?:someone|somebody|a friend|a colleague|people|he|she|they|my [a-z-]+(?: [a-z-]+)?)(?: (?:on|at|in) [^,.]{1,30}?)? (?:(?:told|tells|has told|had told|keeps telling|warned|had warned|has warned|explained to) (?:me|us)(?: beforehand| before| once| early on)?|says|said|insists|claims|reckons|swears|explained)) (?:that\s+)?(?=\S)/i;
const BELIEF_WORDS = /\b(?:read|heard|learned|learnt|told|saw|assumed|thought|believed|says|said|insists|claims|reckons|swears|warned|explained)\b/i;
/** ", which I'd bet is what was in that bag": the writer's own aside after the claim. */
const TRAILING_PERSONAL_ASIDE = /,\s*(?:which|so|and|but)\s+(?:(?:i|i'd|i'm|i've|we|we'd)\b.*|[^,]*\b(?:for|to|with) me\W*)$/i;
/** "PTH, I eventually found out, is made by ...": how the writer came to know it, set off by commas. */
const PERSONAL_PARENTHETICAL = /,\s*(?:i|we)(?:'ve)?\s+(?:\w+\s+){0,2}(?:found out|learned|learnt|discovered|realised|realized|read|heard|was told|were told|gather|understand|believe|think|suspect|guess|admit)\s*,/i;
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", 'my', 'me', 'mine', 'myself', 'ive', 'im']);

/**
 * "Here's a bonus most brands never mention: active vitamin D helps your gut absorb magnesium": an
 * announcement that leads, through a colon, into a sentence with a tracked entity and a verb.
 */
function leadsIntoClaim(text: string, announcementEnd: number, f: SentenceFeatures): boolean {
  const colon = text.indexOf(':', announcementEnd);
  if (colon < 0 || f.relationAt < 0 || f.tokens[f.relationAt].start < colon) return false;
  return f.concepts.some((c) => !c.antecedent && f.tokens[c.start].start > colon);
}

/**
 * One pattern that matches wherever one of `patterns` does, for the chains of tests below: most
 * sentences match none of them, and one scan of a sentence costs less than one per pattern. Only
 * for patterns with the same flags that do not refer back to their own groups.
 */
function anyOf(...patterns: RegExp[]): RegExp {
  const flags = patterns[0].flags;
  for (const p of patterns) {
    if (p.flags !== flags || p.global || p.sticky || /\\[1-9k]|\(\?<[A-Za-z]/.test(p.source)) throw new Error(`anyOf: cannot combine ${p}`);
  }
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}
const OWN_CASE_WORDING = anyOf(OWN_CARE, PERSONAL_REGIMEN, RESULT_TIMING, OWN_RESULT);
const CARE_WORDING = anyOf(REPORTED_ADVICE, CARE_ACTION, HAVE_IT_CHECKED, WHERE_TO_BUY);
const NOTICE_WORDING = anyOf(WHERE_TO_FIND, KEPT_COMING_UP, MARKET_TALK, THANKS);
const PIECE_WORDING = anyOf(GUIDE_TITLE, ABOUT_THE_PIECE, SIGNPOST);
const TALK_WORDING = anyOf(TREND, PEOPLE_HABIT, META, DISCOURSE);

export function detectClaim(text: string, kind: ProseKind, f: SentenceFeatures, lexicon: Lexicon): Detection {
  if (!f.tracked) return { isClaim: false, reason: 'no-entity' };
  if (kind === 'heading') return { isClaim: false, reason: 'heading' };
  if (tracksOnlyOrganisationNames(f, lexicon)) return { isClaim: false, reason: 'no-entity' };
  // "#VitaminD #Magnesium #Wellbeing": a line of hashtags files the post under topics.
  if (HASHTAGS_ONLY.test(text)) return { isClaim: false, reason: 'no-statement' };
  if (f.question || QUESTION_OPENING.test(text) && !/[.!]["'”’)]*\s*$/.test(text)) return { isClaim: false, reason: 'question' };
  // "Always check the label", "Please consult ...": an adverb before the imperative.
  const lead = f.tokens[0] && LEADING_ADVERBS.has(f.tokens[0].raw) ? 1 : 0;
  const first = f.tokens[lead]?.raw;
  const advice = INSTRUCTION.exec(text);
  const instruction = (first && IMPERATIVE_OPENERS.has(first) && !/^(?:keeps|makes|takes|gets)\b/i.test(text)) || (!!advice && !claimBeforeAdvice(text, advice.index, f));
  // "Take vitamin D while low in magnesium and you may drain it further": an imperative that states
  // what follows is a conditional claim.
  if (instruction && !assertsBecause(f) && !CONDITIONAL_IMPERATIVE.test(text)) {
    return { isClaim: false, reason: 'instruction' };
  }
  if (INSTRUCTION_OPENING.test(text) || PLEASE_DO.test(text)) return { isClaim: false, reason: 'instruction' };
  if (TALK_PLAN.test(text) || MESSY_PART.test(text)) return { isClaim: false, reason: 'announcement' };
  // "The message has been simple: drink your milk, take your calcium": quoted advice.
  const colon = text.includes(':');
  const afterColon = colon ? /:\s+([a-z'’-]+)/i.exec(text) : null;
  if (afterColon && IMPERATIVE_OPENERS.has(afterColon[1].toLowerCase()) && !f.concepts.some((c) => f.tokens[c.start].start < afterColon.index)) {
    return { isClaim: false, reason: 'instruction' };
  }
  // "Seizures or tetany in a pt with low calcium: escalate straight away": a short order after a label.
  const order = colon ? /:\s+([a-z'’-]+)[^:]{0,80}$/i.exec(text) : null;
  if (order && IMPERATIVE_OPENERS.has(order[1].toLowerCase()) && !f.concepts.some((c) => f.tokens[c.start].start > order.index)) {
    return { isClaim: false, reason: 'instruction' };
  }
  // "If you want to prevent X, use a magnesium supplement": advice after its condition.
  const afterCondition = CONDITION_THEN_WORD.exec(text);
  if (afterCondition && IMPERATIVE_OPENERS.has(afterCondition[1].toLowerCase()) && !CONDITIONAL_IMPERATIVE.test(text)) {
    return { isClaim: false, reason: 'instruction' };
  }
  // (Each pattern only where its key words are: most sentences have none of them.)
  const asks = WONDER_WORDS.test(text) && (READER_WONDERS.test(text) || (REPORTED_QUESTION.test(text) && !ANSWERED.test(text)));
  if (asks || OPEN_QUESTION.test(text) || QUIZ_ITEM.test(text)) return { isClaim: false, reason: 'question' };
  if ((NEWS_WORDS.test(text) && NEWS_ANNOUNCEMENT.test(text)) || STUDY_PLAN.test(text)) return { isClaim: false, reason: 'announcement' };
  if (OWN_CASE_WORDING.test(text) || PATIENT_CASE.test(text)) return { isClaim: false, reason: 'anecdote' };
  if (CARE_WORDING.test(text)) return { isClaim: false, reason: 'instruction' };
  // ("We looked at the research and found that ..." reports a finding, which is a claim.)
  // (A bio that goes on to say what the person recommends or found carries a claim.)
  const bio = BIO_LINE.test(text) && (!f.relation || (f.relation === 'is' && f.relationAt <= 4)) && !/\b(?:who|which|that)\b/i.test(text);
  if (bio || (OUR_METHOD.test(text) && !ANSWERED.test(text)) || FIGURE_POINTER.test(text)) return { isClaim: false, reason: 'announcement' };
  if (NOTICE_WORDING.test(text)) return { isClaim: false, reason: 'announcement' };
  if (REGIMEN_LINE.test(text)) return { isClaim: false, reason: 'instruction' };
  if (DOSE_AFTER_LABEL.test(text)) return { isClaim: false, reason: 'instruction' };
  // Material on a topic, said to be somewhere; a talk turning to a topic.
  const material = f.relation === 'located-in' ? MATERIAL_ON.exec(text) : null;
  if (material && !f.concepts.some((c) => f.tokens[c.start].start < material.index)) return { isClaim: false, reason: 'announcement' };
  if (f.concepts.length <= 2 && TOPIC_TURN.test(text) && !f.negated && !f.quantities.length && (!f.relation || f.relation === 'is')) return { isClaim: false, reason: 'announcement' };
  // "Whether that means X is another matter": X is put in question, not asserted ("Whether from
  // food or pills, vitamin D needs magnesium" opens with a condition and asserts what follows).
  // "Whether X is still debated" reports a disagreement, which is checkable.
  if (WHETHER_OPENING.test(text) && !(OR.test(text) && text.includes(',')) && !reportsDisagreement(f.tokens)) return { isClaim: false, reason: 'question' };
  // A product as subject describes the product ("Each gummy delivers ..."), unless the sentence
  // says what it does to the body ("Our magnesium formula is proven to build stronger bones").
  const describesProduct = PRODUCT_SUBJECT.test(text) && !(f.relation && EFFECTS.has(f.relation)) && !f.boosters.length;
  if (describesProduct || listsProductContents(text, f, lexicon) || PIECE_WORDING.test(text)) return { isClaim: false, reason: 'announcement' };
  if (CARE_TEAM.test(text)) return { isClaim: false, reason: 'instruction' };
  const announced = ANNOUNCEMENT.exec(text);
  if ((announced && !leadsIntoClaim(text, announced.index + announced[0].length, f)) || TALK_WORDING.test(text)) return { isClaim: false, reason: 'announcement' };
  // "What I didn't realise is that X": the first person frames a claim; judge what follows.
  // "I read that X", "I've heard that X": the writer reports a claim, which is judged as X.
  // "Then I read in one of the papers that X", "I'd always assumed X": what the writer read or
  // believed is judged as X. A trailing aside of the writer's own (", which I'd bet is what was in
  // that bag") leaves the claim before it standing.
  // "My understanding is PTH comes from ...": the writer's view, framing the claim that follows.
  let framed = (text.includes('’') ? text.replace(/[’]/g, "'") : text).replace(/^.*?\b(?:is|was) that\s+|^[^:]*:\s+|^\W*(?:my|our) (?:understanding|impression|view|take|guess|feeling|reading) is\s+|^\W*(?:from what|as far as) (?:i|we)(?:'ve| have)? (?:read|heard|understand|know|can tell|gather)\s*,\s*/i, '');
  if (BELIEF_WORDS.test(framed)) framed = framed.replace(REPORTED_BELIEF, '');
  if (framed.includes(',')) framed = framed.replace(PERSONAL_PARENTHETICAL, '').replace(TRAILING_PERSONAL_ASIDE, '');
  if (ANECDOTE.test(framed) && !claimBeyondWriter(framed, f)) return { isClaim: false, reason: 'anecdote' };
  // "Sarah started taking magnesium last spring": what someone did, with nothing said about it.
  if (!f.relation && PERSONAL_ACTION.test(text)) return { isClaim: false, reason: 'anecdote' };
  if (EDITORIAL_NOTE.test(text) || (/version|draft|edition/i.test(text) && RETRACTED_VERSION.test(text))) return { isClaim: false, reason: 'announcement' };
  // "... most of them picture a calcium tablet": one mention, no relation, nothing hedged or
  // negated and no figure asserts nothing checkable about it. ("isn't active yet" denies a state.)
  if (!f.relation && f.concepts.length < 2 && !f.quantities.length && !f.hedges.length && !f.boosters.length && !f.negated && !f.deniedWords.length && !subjectWithVerb(f) && !(PREVALENCE.test(text) && f.deficient.size)) {
    return { isClaim: false, reason: 'no-statement' };
  }
  if (!f.relation && !PREDICATE.test(text)) return { isClaim: false, reason: 'no-statement' };
  // "Then there is vitamin D.": it only brings something up.
  if (f.relationAt > 0 && f.tokens[f.relationAt - 1].norm === 'there' && (f.relationCue === 'is' || f.relationCue === 'are') && f.concepts.length < 2 && !f.quantities.length && !f.negated && f.tokens.length <= 6) {
    return { isClaim: false, reason: 'no-statement' };
  }
  return { isClaim: true };
}
