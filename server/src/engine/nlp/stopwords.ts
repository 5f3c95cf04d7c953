// Function words and words too general to say what a health sentence is about. They neither
// help nor hurt a match; every other word a sentence uses should be explained by the claim.
const WORDS = `a about above after again against all almost along already also although always am among an and another any anyone
anything are around as at away back be became because become becomes been before being below between both but by came can
cannot come comes could day days did do does doing done down during each either else enough especially even ever every
everyone everything few for from further get gets getting give given gives go goes going good got great had has have having he
her here hers him his how however i if in including indeed into is it its itself just keep keeps kind know known last least less
let like likely made main mainly make makes making many may me might more most much must my need needs neither never new no nor
not now of off often on once one only or other others otherwise our ours out over own part particular people person perhaps
quite rather really right same say says seem seems several shall she should show shown shows since so some something sometimes
still such sure take takes taken than that the their theirs them themselves then there therefore these they thing things this
those though through thus to together too toward towards under unless until up upon us use used uses using usually very via
want was way ways we well were what whatever when where whether which while who whole whom whose why will with within without
would yet you your yours yourself body bodies health healthy research researcher researchers study studies studied find finds
found finding findings evidence level levels amount amounts role roles effect effects important importantly normal normally
actually simply literally basically honestly seriously totally key fact factor factors work works working function functions lot lots get also really likely well-known
common commonly type types form forms case cases result results time times year years help helps helped helping
call calls called termed dubbed named state condition doctor doctors physician physicians
hormone hormones tell tells told telling instruct instructs instructed
explainer article articles report reports review reviews author authors team page website site vendor paper papers
journal writer writers digest`;

export const STOPWORDS = new Set(WORDS.split(/\s+/).filter(Boolean));
