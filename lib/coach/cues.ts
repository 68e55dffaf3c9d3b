/**
 * Tactic cues: patterns over words that tell a tactic by what it combines, whatever the wording
 * ("your silence" + "deflated", "capped at 250" + "fewer than 40 remain"), rather than one stock
 * phrase. Each tactic's rule appends its list to its own gated patterns, so the list's first words
 * gate it as usual. Written from DESIGN.md's definitions and widened on the blind development sets
 * (tests/data/pushy-dev*.jsonl); the held-out sets were never read.
 */
import { both } from './lexicon';

type Cues = readonly (readonly [string, string])[];
const r = String.raw;

// ---------- guilt: hurt feelings or wasted effort, set against their silence
const HURT = r`\b(?:disappoint\w*|disheart\w*|sad|hurts?|bummed|deflat\w*|upset|let down|frustrat\w*|ignored|ghosted|crushed|gutted|stings?|stung|heartbroken|discourag\w*|bruised|surprised to (?:hear|get|see) nothing|feel bad|hard to (?:take|swallow)|been hard)\b`;
const EFFORT = r`\b(?:spent|pour(?:ed|ing)?|devoted|turned down|worked|built|building|prepar\w*|whole (?:afternoon|weekend|day|evening|morning|thursday|monday|tuesday|wednesday|friday)|two evenings|(?:a|my|the) weekend|rearranged|drove|unbilled|legwork|stayed late|went back and forth|put together|out of (?:my|our) own pocket)\b`;
const THEIR_SILENCE = r`\b(?:your silence|heard nothing|(?:haven't|have not|hasn't|didn't|did not) (?:heard|received|gotten|got) (?:anything|a peep|a thing|a word)|no reaction|nothing (?:from|on) your (?:side|end)|not a peep|(?:no|any|a) (?:reply|response|answer|word|acknowledg\w*|heads-up)|unacknowledged|unanswered|never (?:showed|replied|responded|got back|answered)|did(?:n't| not) (?:even )?(?:reply|respond|answer|show|open)|crickets|went quiet|gone quiet|ghost\w*|(?:haven't|have not|hasn't) had any (?:feedback|reply|response|word)|the silence|no feedback|(?:let me know|know) whether you're still interested|hear(?:ing)? nothing|(?:get|getting|got) nothing|(?:the )?lack of (?:an? )?(?:answer|reply|response|news)|the quiet (?:on|from) your (?:side|end)|never heard (?:a thing|anything|back)|into the void|(?:went|gone|going) cold|(?:assumed|thought|hoped) i(?:'d| would) (?:hear|get) (?:something|anything|back))\b|\bnot (?:to )?hear(?:ing)? (?:anything|a thing|back)\b|\bguess not\b|\bnot (?:a|one) (?:single )?(?:word|line|peep) (?:since|back|from you|in reply)\b|\b(?:the|your) (?:total|complete|continued|ongoing|deafening|radio) silence\b|\b(?:figured|thought|hoped|expected) (?:i'd|i would) at least (?:get|hear|have)\b`;
export const GUILT_CUES: Cues = [
  // session 16 (dev 11): left on read, refreshing my inbox for them
  ['read refreshing', r`\bleft (?:me |us )?on read\b|\brefreshing my inbox\b`],
  // session 15 (dev 10): what did I do wrong, we did not deserve this, a question of fairness, it
  // would have been appreciated, one-sided, worth at least a reply, writing to myself
  [
    'wrong deserved deserve fairness courtesy respect appreciated one-sided sided least kill myself wall people',
    r`\b(?:not sure|wondering) what (?:i|we)(?:'ve| have)? done wrong\b|\b(?:i|we) (?:don't|do not) (?:think|feel) (?:i|we) (?:have )?deserved? (?:this|that)\b|\bquestion of (?:fairness|courtesy|respect)\b|\bwould have (?:really )?appreciated (?:a|an|some) (?:quick |short |simple )?(?:note|reply|heads-?up|response|word|call|message)\b|\b(?:feel|feels|feeling) (?:a bit |a little |kind of |kinda )?one-sided\b|\bworth at least (?:a|an) (?:[\w-]+ ){0,2}?(?:reply|response|answer|note|email|acknowledg\w*)\b|\bwouldn't kill (?:ya|you)\b|\b(?:writing|talking) to (?:myself|a wall|the wall)\b|\bi guess some people\b`,
  ],
  [
    'disappointed disappointing disappointment disheartening disheartened sad hurt hurts bummed deflated deflating upset ignored ghosted crushed gutted sting stings stung surprised frustrated frustrating frustration heartbroken discouraging discouraged bruised let feel hard & silence nothing reply replies response answer word acknowledgment acknowledgement acknowledged heads unacknowledged unanswered never didnt did crickets quiet ghosted ghosting ghost havent hasnt reaction peep feedback interested hear hearing lack void cold went gone going assumed thought hoped guess not word total complete continued ongoing deafening radio figured expected',
    both(HURT, THEIR_SILENCE),
  ],
  [
    'spent poured pouring devoted turned worked built building prepare prepares prepared preparing preparation whole evenings weekend rearranged drove unbilled legwork stayed went put pocket & silence nothing reply replies response answer word acknowledgment acknowledgement acknowledged heads unacknowledged unanswered never didnt did crickets quiet ghosted ghosting ghost havent hasnt reaction peep feedback interested hear hearing lack void cold went gone going assumed thought hoped guess not word total complete continued ongoing deafening radio figured expected',
    both(EFFORT, THEIR_SILENCE, 120),
  ],
  // session 13 (dev 9): written on N occasions; asking what they did wrong or whether they
  // were offended
  [
    'written emailed called messaged',
    r`\b(?:i|we)(?:'ve| have)? (?:since |now |personally |already )?(?:written|emailed|called|messaged)(?: to you)? (?:on )?(?:several|multiple|many|three|four|five|six|\d+) (?:occasions|times)\b`,
  ],
  [
    'offended wrong',
    r`\b(?:has|have) (?:our company|we|i|my team|our team) offended you\b|\b(?:our company|we|i|my team|our team) (?:has|have) offended you\b|\bwhat (?:we|i) did wrong\b`,
  ],
  [
    'deserve courtesy kind nice polite courteous kinder nicer difficult hard least priority',
    r`\b(?:(?:we|i) deserve (?:to know|an answer|a reply|a response)|(?:common|professional|basic) courtesy|would(?:'ve| have) been (?:kind|nice|polite|courteous|kinder|nicer|more (?:polite|courteous))|is it (?:so|that|really so|really that) (?:difficult|hard)|the least you could|(?:i'm|i am) not (?:a|your) priority)\b`,
  ],
  [
    'courtesy hard difficult something silence',
    r`\bcourtesy of a (?:yes|no|reply|response|answer)\b|\bwould it be (?:so|that|really so|really that) (?:hard|difficult) to (?:reply|respond|answer|let me know|get back|say|send|write)\b|\bdid something to (?:put you off|upset you|offend you)\b|\btake the silence as a sign\b`,
  ],
  ['let puzzled hurt', r`\b(?:left me|i feel|i'm|i am) (?:\w+ ){0,3}?(?:let down|puzzled|hurt)\b`],
  // round 4 (dev 4): the silence counted out, the favour held against them
  [
    'even one single & thumbs word reply call email message note peep line acknowledgment acknowledgement response',
    r`\b(?:not even|not one|not a single) (?:a )?(?:thumbs up|reply|peep|acknowledg\w*|response)\b|\b(?:returned|answered) (?:a single|one) (?:call|email|message|note|line)\b|\bheard (?:a single|one) word\b`,
  ],
  [
    'matter',
    r`\bmy (?:time|effort|work|calls?) (?:doesn't|does not|didn't|did not|don't|do not) (?:matter|count|mean anything)\b`,
  ],
  ['least', r`\bat least (?:acknowledge|reply to|respond to|answer|open)\b`],
  [
    'unnoticed backwards far earned earn deserve deserves deserved',
    r`\b(?:went|go|gone|going) unnoticed\b|\b(?:bent|bending|bend) over backwards\b|\b(?:went|go|gone|going) (?:so |this |that )?far out of (?:my|our) way\b|\b(?:earned|earns|deserve[sd]?) (?:me|us) (?:a|an|one|five|ten|\d+|the courtesy|some)\b`,
  ],
  ['again', r`\bno (?:reply|response|answer|word) again\b`],
  // round 5 (dev 5): the silence deserved, the least hoped for, a position they put us in
  ['deserve', r`\bdeserve (?:the|this|your) silence\b`],
  ['least', r`\bthe least (?:i|we)(?:'d| would| could) (?:hope|ask|expect)(?: for)?\b`],
  [
    'puts put',
    r`\bputs? (?:us|me) in (?:a|an) (?:difficult|awkward|tough|impossible) (?:position|spot)\b`,
  ],
  // round 6 (dev 6): what it cost me, held against the silence; the reply I think I earned
  [
    'sad disappointed disheartened hurt & much trouble bat lengths',
    both(
      r`\b(?:sad|disappointed|disheartened|hurt|let down|gutted)\b`,
      r`\b(?:did|done|doing) so much (?:work )?(?:for|on) your?\b|\bwent to (?:(?:considerable|a lot of|great|real) )?(?:trouble|lengths)\b[^.?!]{0,40}?\bfor your?\b|\bwent to bat for you\b`,
    ),
  ],
  [
    'everything put done',
    r`\bafter (?:everything|all) (?:we|i)(?:'ve| have) (?:put in|done|invested)\b`,
  ],
  [
    'expected',
    r`\bexpected to (?:hear|get) (?:something|anything|back|a reply|a response|an answer)(?: from you)? by now\b`,
  ],
  [
    'worth',
    r`\bworth (?:a|one) (?:quick |short |brief )?(?:reply|response|answer|line)(?: at least)?\b`,
  ],
  ['courtesy', r`\b(?:a little|a bit of|some) courtesy\b`],
  // session 7 (the issue's own examples, short stock drafts): ignored, and told so; a promise
  // held against them
  [
    'promised',
    r`\byou promised (?:me |us )?(?:an? (?:answer|reply|response|decision|update)|to (?:get back|reply|respond|let me know|call|decide))\b`,
  ],
  [
    'waiting',
    r`\b(?:i've|i have|we've|we have) been waiting (?:ever since|since then|all (?:week|month))\b`,
  ],
  [
    'ignore ignoring',
    r`\b(?:can't|cannot|can not) (?:keep )?(?:ignor(?:e|ing) (?:me|us|this|my \w+)) (?:forever|much longer|any longer)\b|\b(?:keep|stop) ignoring (?:me|us|my \w+)\b`,
  ],
  ['seriously', r`\b(?:aren't|are not|not) taking (?:this|it|me|us|my \w+) seriously\b`],
  [
    'stuck',
    r`\b(?:i'm|i am) (?:a bit |rather |quite |really |kind of )?stuck without (?:an? )?(?:answer|reply|response|decision)\b`,
  ],
  // session 9 (dev 7): a favour that should earn a reply; the least they could do; feeling forgotten
  [
    'earn merit rate deserve warrant',
    r`\b(?:earn|merit|rate|deserve|warrant)s? (?:me |us )?(?:a |an |one )?(?:short |quick |brief |simple |little )?(?:reply|response|answer|note|word|line|update|acknowledg\w*)\b`,
  ],
  ['return', r`\ba fair return for (?:that|this|my|our)\b`],
  [
    'least',
    r`\b(?:at least|even just) (?:an? |to )?(?:answer|reply|response|know|hear|a no|a yes)\b`,
  ],
  ['misery', r`\bout of (?:our|my) misery\b`],
  [
    'forgotten ignored invisible overlooked',
    r`\b(?:i|we) feel (?:a bit |a little |somewhat |rather |kind of )?(?:forgotten|ignored|invisible|overlooked)\b`,
  ],
  // session 11: our trouble called unfair to us ("this is not very fair for us")
  [
    'fair unfair',
    r`\b(?:not|hardly|isn't|is not|wasn't) (?:very |really |quite |entirely |exactly |totally )?fair (?:to|for|on) (?:us|me|my team|our team)\b|\bunfair (?:to|for|on) (?:us|me|my team|our team)\b`,
  ],
  // session 22 (dev 12): my evening meant more to me than to them
  ['meant', r`\bmeant (?:more|a lot more|much more|far more) to me than (?:it did )?to you\b`],
];

/**
 * Session 16 (dev 11): guilt told over two or three sentences. How I feel about it or what I gave
 * ("it's discouraging after the hours we put in", "that leaves me in an awkward spot", "I am a
 * little sad", "A bit surprised not to get even an acknowledgement") is guilt when a sentence
 * nearby says they have been silent (GUILT_SILENT); either alone is not.
 */
export const GUILT_FELT: Cues = [
  [
    'disappointed disappointing disheartening disheartened discouraging discouraged sad deflated deflating upset hurt hurts frustrating frustrated frustration gutted bummed surprised stings awkward uncomfortable difficult tricky embarrassing unpleasant pleasant',
    r`\b(?:i|we|i'm|i am|we're|we are|it's|it is|that's|that is|this is|which is|(?:leaves|left|leaving|puts|put|putting) (?:me|us)|(?:find|found|finding) (?:myself|ourselves))\b(?: \w+){0,3}? (?:(?:a little |a bit |rather |quite |really |very |pretty )?(?:disappoint\w*|disheart\w*|discourag\w*|sad|deflat\w*|upset|hurt|hurts|frustrat\w*|gutted|bummed|stings)\b(?! (?:to (?:hear|see|read|learn)|for (?:you|your|them)|about (?:your|the news)|that your)\b)|in (?:an?|the) (?:\w+ )?(?:awkward|uncomfortable|difficult|tricky|embarrassing|unpleasant) (?:spot|position|place|situation)|not a pleasant one)|^(?:a (?:bit|little) |rather |quite |somewhat |honestly |frankly )?(?:surprised|disappointed|sad|discouraged) not to (?:get|hear|receive|have)\b`,
  ],
  ['earned thought', r`\b(?:i|we) would have thought (?:we|i)(?:'d| had| would have)? earned\b`],
];
/** Their silence said plainly, for GUILT_FELT to stand beside. */
export const GUILT_SILENT: Cues = [
  [
    'heard nothing anything thing quiet silence silent read answer reply response word peep inbox crickets dark been',
    r`\bheard nothing\b|\b(?:i|we) (?:have|had|got|get) no (?:answer|reply|response|word)\b|\bquiet (?:on|from) your (?:side|end)\b|\b(?:response|reply|answer|result) (?:has been|was|is) silence\b|\bmet with silence\b|\b(?:no|not a) (?:word|peep) (?:from|back)\b|\bleft (?:me |us )?on read\b|\bsince then,? (?:\w+ ){0,3}?nothing\b|\b(?:haven't|have not|hasn't|has not) (?:heard|had) (?:back|anything|a thing|a word|a reply|a response|an answer)\b|\brefreshing my inbox\b|\bradio silence\b|\b(?:gone|went) (?:quiet|dark|silent)\b|\bcrickets\b|\b(?:it's|it has|it's now|it has now) (?:now )?been (?:almost |nearly |over |more than |about |well over )?(?:a|\w+|\d+) (?:days?|weeks?|months?)\b`,
  ],
];

// ---------- fear of missing out: being the last, falling behind, losing the edge
/** A loss the reader is warned of: missing it, paying more, being left, stuck or last. */
const LOSS = r`(?:lose|losing|lost|miss|misses|missing|missed|left short|left behind|behind|caught out|stuck|scrambling|pay(?:ing)? (?:more|extra|the (?:extra|old|full|higher)|full|twice|roughly|over|a premium|[$£€\d])|settle for|the last|the only|outdated|dated|have to explain|restart|stall|stalls|stalled|slip|slips|second group|back of the queue|too late|went to someone else|go to someone else)\b`;
/**
 * Session 23: missing the reader ("a shame to miss you while I'm in Leeds") or losing touch is the
 * writer's own loss, not one the reader is told to dread ("a shame to lose you over $200" still is).
 */
const NOT_THE_READER = r`(?!(?<=miss|missed|missing) (?:you|each other|seeing you)\b)(?!(?<=lose|losing|lost) touch\b(?! with (?!(?:us|me|each other)\b)))`;
export const FOMO_CUES: Cues = [
  // session 16 (dev 11): wishing the reader not to be the one left out, in any words (these
  // patterns run case-blind, so a name is "any words but a pronoun or article") ("I'd hate
  // for Westbrook to be the institution that can't answer", "a shame to be the house on the street
  // still paying", "you don't want to be the one pub still serving", "I would not want Hollis to
  // be the one explaining that gap"); not "I don't want to be the one who clutters your inbox"
  [
    'hate shame pity want wish & be',
    r`(?:\b(?:hate|(?:n't|not) (?:want|wish|like)) (?:for |to see )?(?:you|your (?:[\w-]+ ){0,2}?(?:team|company|business|firm|brand|school|store|clinic|practice|organisation|organization|restaurant|pub|shop|hotel)|(?!(?:this|that|it|the|a|an|our|my|me|us|we|i|him|her|them|anyone|anybody|someone|for|to)\b)[\w&'’-]+(?: (?:&|and|of|[\w&'’-]+)){0,3}?) (?:to )?be|\b(?:shame|pity) to be|\byou (?:really )?(?:don't|do not) want to be) the (?:(?:one|only|last|odd one|missing \w+|outlier|holdout|exception)\b|(?:[\w&'’-]+ ){0,6}?(?:still|(?:that|who|which) (?:can't|cannot|couldn't|doesn't|does not|isn't|won't|still|has to|had to|didn't|did not)|left (?:out|behind))\b)`,
  ],
  // the longer they wait, the worse it looks or costs
  [
    'longer & more harder worse further bigger less costlier',
    r`\bthe longer (?:you|they|your (?:[\w-]+ ){0,2}?\w+|(?!(?:we|i|it|this|that|the|our|my|us)\b)[\w&'’-]+(?: [\w&'’-]+){0,3}?) (?:wait|waits|waited|leave it|leaves it|hold off|holds off|delay|delays|put (?:it|this) off|puts (?:it|this) off)\b,? the (?:more|harder|worse|further|bigger|less|costlier)\b`,
  ],
  // session 15 (dev 10): a shame if they were the ones still on the old way, the train leaving,
  // the ones who waited kicking themselves, explaining why they are still at it
  [
    'hate shame pity',
    r`\b(?:hate|shame|pity)\b[^.?!]{0,30}?\b(?:for|to see|if) (?!(?:this|it|that|them|the|my|our|me|us)\b)(?:[^\s.?!,;]+ ){1,4}?(?:to )?(?:still\b|(?:be|end up|stay|remain)\b[^.?!]{0,40}?\b(?:still|the (?:one|ones|name|last|only|exception|odd one)|cautionary tale|in that position|left (?:out|behind))\b)`,
  ],
  [
    'still & one ones',
    r`\b(?:yours|your \w+)(?: is| are) (?:kinda |kind of |basically |pretty much )?the (?:one|ones)(?: (?:that|who))? still\b`,
  ],
  [
    'train kicking cautionary lunch',
    r`\btrain(?:'s| is| has)? (?:leaving|left|pull(?:s|ing|ed)? out)\b|\bkicking themselves\b|\b(?:be|become|end up as|ending up as) (?:the|a) cautionary tale\b|\beating (?:everyone(?: else)?['’]s|your|their) lunch\b`,
  ],
  ['why & still', r`\bwhy you(?:['’]re| are) still\b`],
  ['table', r`\bleaving (?:a lot of |so much |plenty of )?(?:[\w-]+ ){0,2}?on the table\b`],
  [
    'ones one',
    r`\bthe ones? (?:who|that) (?:not|don't|do not|didn't|did not|haven't)\b[^.?!]{0,60}?\b(?:losing|lose|lost|kicking|regret\w*|behind|paying|struggling|missing)\b`,
  ],
  // session 13 (dev 9): the only one still on the old way; left as one of the last; sitting the
  // season out; the one place still doing it the old way
  [
    'only last & still left without',
    r`\byou(?:'re| are|'d be|'ll be) (?:now )?(?:the|one of the) (?:only|last) (?:[\w-]+ ){0,6}?(?:still|left|without)\b`,
  ],
  [
    'leave & last only few',
    r`\bleave (?:you|\w+(?: \w+){0,2}) as (?:one of )?the (?:last|only|few)\b`,
  ],
  ['sit', r`\bsit (?:the|this) (?:season|year|round|cycle|sale) out\b`],
  [
    'hate & become',
    r`\bhate (?:for|to see) (?:[\w&'-]+ ){1,4}?(?:to )?become the (?:one|only|last|[\w-]+) (?:where|that|still|who|left)\b`,
  ],
  [
    'last only & one ones company team brand agency clinic firm hotel store shop business',
    r`\b(?:be(?:ing)?|stays?|remain) the (?:last|only) (?:one|ones|company|team|brand|agency|clinic|firm|hotel|store|shop|business)\b`,
  ],
  ['catch', r`\bplaying catch-?up\b`],
  ['stay stays staying', r`\bstay(?:s|ing)? behind\b`],
  ['lose losing', r`\b(?:lose|losing) (?:the|your) (?:advantage|edge|lead|head start)\b`],
  ['sit', r`\b(?:want(?:na)?|going|gonna|sure you) (?:to )?sit (?:this|it) (?:one )?out\b`],
  [
    'everyone everybody',
    r`\b(?:while|when) every(?:one|body)(?: else)? (?:goes|moves|has moved|is moving|moved|switched|has switched|is switching|went)\b`,
  ],
  ['risky', r`\brisky to (?:stay|wait|keep|stick)\b`],
  [
    'further',
    r`\b(?:fall(?:ing)?|get(?:ting)?|drop(?:ping)?) (?:a little |a bit |even )?further behind\b|\bpull(?:ing)? (?:further |even further )ahead\b`,
  ],
  ['squeezed', r`\bsqueezed out\b`],
  [
    'losing lose',
    r`\b(?:quietly |already )?(?:losing|lose) (?:referrals|bids|deals|ground|patients|clients|customers|share)\b`,
  ],
  ['side', r`\bon the right side of (?:it|this|the gap)\b`],
  ['whoever', r`\bwhoever's left\b`],
  ['left them', r`\bthe one left\b|\b(?:isn't|is not|aren't|won't be) one of them\b`],
  [
    'catch',
    r`\bplanning to catch up\b|\bcatch up with (?:them|your competitors|your peers|the rest)\b`,
  ],
  ['widens', r`\b(?:gap|lead) (?:\w+ ){0,6}?widens\b`],
  ['lock', r`\bbefore they lock (?:up|in)\b[^.?!,;]*`],
  ['table', r`\b(?:money|revenue|cash|savings) (?:stays |sits |is left )?on the table\b`],
  // round 4 (dev 4): the odd one out, still holding out, losing people to them
  [
    'outlier odd last few only',
    r`\b(?:be(?:ing)?|stays?|remain|were|was) (?:the|an) (?:outlier|odd one out)\b|\b(?:be(?:ing)?|were|was|remain) (?:one of )?the (?:last|few|only ones?) (?:[\w-]+ ){0,3}?(?:to (?:weigh in|join|switch|move|adopt|sign|act)|still|without|holding out|doing)\b|\bto be the last (?:[\w-]+ ){0,3}?still\b`,
  ],
  ['holding', r`\b(?:one of the (?:few|last|only) )?still holding out\b`],
  [
    'lose & best top engineers talent people staff customers clients patients them',
    r`\b(?:you're|you are|you'll|you will|they'll|you're going to|you are going to|going to) (?:going to )?lose (?:the best|your best|top|good|great) (?:\w+ )?(?:engineers|talent|people|staff|hires|candidates|customers|clients|patients)\b`,
  ],
  [
    'competitors competition rivals peers & killing winning crushing ahead already',
    r`\byour (?:\w+ )?(?:competitors|competition|rivals)\b[^.?!]{0,60}?\b(?:are|is) (?:already )?(?:killing it|winning|crushing it|pulling ahead|ahead)\b|\b(?:most|all|many) of your (?:competitors|rivals|peers)\b[^.?!]{0,60}?\balready\b`,
  ],
  // round 5 (dev 5): those who waited, the wrong group, left out while the neighbours move
  [
    'waited held hesitated',
    r`\bthe ones (?:who|that) (?:waited|held off|hesitated)(?: \w+)? (?:are|were|now|ended|paid|pay|lost|missed)\b`,
  ],
  [
    'second wrong losing & group side half camp',
    r`\b(?:end up|ending up|be|being|stay|staying|find yourselves|find yourself) (?:in|on) the (?:second|wrong|losing) (?:group|side|half|camp)\b`,
  ],
  [
    'while & competitors rivals neighbours neighbors peers',
    r`\bwhile your (?:competitors|rivals|neighbours|neighbors|peers)\b`,
  ],
  // round 6 (dev 6): the last one still holding out, the one who missed the boat, the exception
  [
    'last',
    r`\b(?:be(?:ing)?|you're|you are) (?:maybe |probably |perhaps )?(?:one of )?the last (?:[\w-]+ ){0,4}?(?:still|left)\b`,
  ],
  ['odd', r`\b(?:you're|you are|you'd be|you'll be) (?:the|an) (?:outlier|odd one out)\b`],
  ['boat', r`\bmiss(?:ed|es|ing)? the boat\b`],
  [
    'one',
    r`\bbe the one (?:that|who) (?:missed|misses|didn't|did not|passed|stayed|waited|held out)\b`,
  ],
  [
    'exception outlier',
    r`\b(?:afford|want|like) to be the (?:exception|outlier|odd one out|only one|last one)\b`,
  ],
  [
    'want',
    r`(?<!\bif )\byou (?:don't|do not|wouldn't|won't) want (?:to be the (?:one|only|last|odd)|to be left|to get left|to fall behind|your (?:people|team|staff|clients|customers|guests|patients) (?:getting|to get|feeling|to feel|looking|to look))\b`,
  ],
  [
    'hate',
    r`\b(?:i'd|i would) hate for you to (?:be|end up|become) (?:the|one of the) (?:last|only|odd)\b`,
  ],
  ['else', r`\bevery(?:one|body) else (?:is|has|'s) already\b`],
  [
    'risk',
    r`\byou risk (?:looking|being|falling|getting|seeming) (?:dated|behind|outdated|left behind|old-fashioned|out of date)\b`,
  ],
  // session 9 (dev 7): measured against the neighbours, and found wanting
  ['wrong', r`\bwrong side of (?:that|this|the) (?:trend|shift|curve|divide|gap|change)\b`],
  ['poor relation', r`\bthe poor relation\b`],
  [
    'behind',
    r`\b(?:starting|start|end up|ending up|left|fall(?:ing)?|look(?:s|ing)?|seem(?:s|ing)?) behind (?:everyone|everybody|the others|the rest|your (?:peers|competitors|rivals|neighbours|neighbors))\b`,
  ],
  [
    'sorry regret',
    r`\b(?:you(?:'ll| will)? (?:be|are)|you'd be|being) sorry later\b|\byou(?:'ll| will| might| may) regret (?:it|this|waiting|not)\b`,
  ],
  ['group', r`\bin that (?:second|other|last|slower) group\b`],
  [
    'bare',
    r`\b(?:yours|you) will be the (?:bare|empty|only plain|odd) (?:lot|one|spot|building|site|frontage)\b`,
  ],
  // session 10: the fear appeal, a loss the reader is told to dread ("I'd hate for you to lose
  // the benefit", "it would be a shame for Fernwood to pay more"): 47 of 47 such sentences in the
  // dev sets were in pushy drafts. Courtesy about our own messages ("I'd hate for this to feel like
  // pressure") and losses that come from acting ("pay for features you won't use") do not count;
  // session 17: nor our own message being the only one or getting lost ("I'd hate for this to be
  // the only email you get from us", "for my note to get buried").
  [
    'hate',
    r`\b(?:i'd|i would|i should|would)(?: (?:really|honestly|genuinely|truly|just|so))? hate (?:for|to see) (?!(?:this|it|that|my|me|us)\b[^.?!]{0,30}?\b(?:feel|feels|seem|sound|come across|read|bother|nuisance|pressure)\b|(?:this|that|my|our) (?:email|e-mail|message|note|mail|letter|follow-up|reminder)s? (?:to |to be |to get |to end up )?(?:the (?:only|last)|lost|buried|slip|missed)\b|(?:this|it) (?:to )?be the (?:only|last) (?:email|message|note|mail|letter)\b)[^.?!;:]{0,60}?\b${LOSS}${NOT_THE_READER}`,
  ],
  // session 20: a shame for us or our team is the writer's own loss, not a scare aimed at the reader
  [
    'shame pity',
    r`\b(?:(?:it|that) (?:would|'d) be|(?:it|that) is|it's|that's) (?:a|such a) (?:real |great |huge |terrible )?(?:shame|pity) (?:(?:for|to)\b(?! (?:us|me|our|my)\b)|if\b)[^.?!;:]{0,70}?\b${LOSS}${NOT_THE_READER}`,
  ],
  // session 11 (dev 8): the laggard's fate ("offices that wait tend to find…", "the ones who aren't
  // are starting to lose contracts"), and being the one still left behind
  [
    'wait waited hold held havent arent dont didnt put deferred delay delays delayed delaying skip skips skipped skipping without stay stays stayed ship & lose losing lost find finding end ends vanish vanishes vanished vanishing miss misses missed missing fall falling left watching seldom rarely scrolling stuck struggle struggles struggled struggling regret regrets regretted regretting competitor competition rivals rival',
    both(
      r`\b(?:ones|those|\w+s) (?:that|who|which) (?:wait|waited|hold back|held back|haven't|aren't|don't|didn't|put off|have deferred|deferred|delay\w*|stay(?:ed)?|skip\w*|only ship)\b|\b\w+s without (?!it\b)(?:\w+ ){1,4}?(?:are|were) (?:already )?`,
      r`\b(?:lose|losing|lost|find (?:that|those|themselves)|finding|end up|ends up|vanish\w*|miss(?:es|ed|ing)? out|fall(?:ing)? behind|left behind|watching|seldom recovered|rarely (?:see|recover|get)|scrolling|stuck|struggl\w*|regret\w*)\b|\bto (?:the|a|their|your) (?:competitor|competition|rivals?)\b`,
      160,
    ),
  ],
  [
    'hate shame pity caught want & one ones still stuck',
    both(
      r`\b(?:i'd hate|i would hate|hate to (?:see|watch)|(?:a )?(?:shame|pity) if|don't get caught|do not get caught|(?:don't|do not|wouldn't|would not) want you)\b`,
      r`\b(?:be|being|were|was|are|is) (?:the|one of the) (?:only |last )?(?:[\w-]+ ){0,2}?(?:one|ones) (?:still|left|that gets? (?:missed|left))\b|\b(?:being|be) the (?:one|only) [\w-]+ (?:still|left)\b|\bstuck (?:on|with|in)\b`,
      120,
    ),
  ],
  // session 22 (dev 12): a pity if theirs were the ones left behind; peers ahead while they still pay
  [
    'pity shame',
    r`\b(?:would|'d|will) be (?:a )?(?:real |great |bit of a |huge )?(?:pity|shame) (?:if (?:yours|you|your|the)\b|to (?:lose (?:it|this|that|them|the|your|out)|miss out|let (?:it|this|that|them) (?:go|slip)|see (?:you|your))\b)`,
  ],
  [
    'still & while',
    r`\bwhile you(?:'re| are) still (?:paying|using|stuck|doing it|running|relying|spending|losing|manually)\b`,
  ],
];

// ---------- scarcity: few left, most taken, no more coming
const COUNT = r`(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
export const SCARCITY_CUES: Cues = [
  // session 16 (dev 11): what I am holding for them, which I cannot hold much longer or will have
  // to release; people or stock that do not stay on the market long
  [
    'longer indefinitely forever long release',
    r`\b(?:can't|cannot|can not|won't be able to|will not be able to|unable to|not able to) (?:hold|hang on ?to|keep|do that|do this|save|reserve|sit on) (?:(?:it|them|that|this|(?:the|your|this|that) [\w-]+) )?(?:for )?(?:much |any |a lot |very )?(?:longer|indefinitely|forever|for long)\b|\b(?:i'll|i will|we'll|we will|i'd|i would|we'd) (?:have|need) to release (?:it|them|the|your|this|that)\b|\b(?:don't|do not|won't|will not|never|rarely) (?:stay|last|remain|sit) (?:on the market|available|around|free|open|unsold) (?:for )?long\b`,
  ],
  [
    'many few fewer less only & left remain remaining uncommitted unclaimed unallocated',
    r`\b(?:not many|very few|only a few|fewer than ${COUNT}|less than ${COUNT}|only ${COUNT}) (?:[\w-]+ ){0,3}?(?:left|remain|remaining|uncommitted|unclaimed|unallocated)\b`,
  ],
  ['remaining', r`\b(?:remaining only|have remaining)\b`],
  [
    'limited capped restricted',
    r`\b(?:strictly |very )?(?:limited|capped|restricted) (?:edition|to (?:just |only )?(?:${COUNT}|a (?:few|handful)))\b|\bcapped at \d+`,
  ],
  [
    'gone taken signed confirmed booked reserved claimed sold spoken',
    r`\b(?:${COUNT}|most|all but ${COUNT}) (?:of (?:them|those|these|the \w+|this (?:[\w'’-]+ ){0,2}?(?:allotment|allocation|stock|capacity|batch|inventory|supply)) )?(?:are|have been|were|have|has|has been) (?:already )?(?:gone|taken|signed|confirmed|booked|reserved|claimed|sold|spoken for)\b`,
  ],
  [
    'last',
    r`\b(?:want|take|grab|get|claim|hold) the last one\b|\bbefore the last (?:one|two|three|few|\d+) go\b`,
  ],
  [
    'room',
    r`\broom for (?:maybe |only |just |about |exactly )?(?:a dozen|a few|a couple|a handful|${COUNT})(?: \w+)? more\b`,
  ],
  [
    'take fit squeeze',
    r`\b(?:take on|fit in|squeeze in) (?:maybe |only |just )?(?:${COUNT}|a (?:few|couple)) more\b`,
  ],
  [
    'already',
    r`\b${COUNT} (?:[\w-]+ ){1,3}?(?:have|has|are|were) already (?:been )?(?:taken|reserved|booked|claimed|signed|gone|sold)\b`,
  ],
  ['gone', r`\bwhen (?:they're|they are|it's|those are|these are) gone\b`],
  ['confirms', r`\b(?:to )?whoever confirms first\b`],
  ['allocated allotted', r`\b(?:allocated|allotted) (?:just|only) ${COUNT}\b`],
  ['low', r`\bat an? (?:\w+-year|record|all-time) low\b`],
  [
    'until',
    r`\bnext (?:production )?(?:run|batch|shipment|opening|availability) (?:isn't|is not|won't be) until\b`,
  ],
  [
    'restock again',
    r`\b(?:no|won't be a|not going to be a|isn't going to be a) restock\b|\b(?:not|never|won't) (?:produce|make|run|offer|open|repeat) (?:this|it|them|these)(?: \w+){0,2} again\b`,
  ],
  // round 4 (dev 4): a count with words between, the last seats, no holding, no second chance
  [
    'only just & left remain remaining',
    r`\b(?:only|just) (?:a handful|a few|a couple|${COUNT}) (?:(?:\w|'|-)+ ){4,8}?(?:left|remain|remaining)(?=[.,;:!?)]|$| (?:for|in|at|on|this|before|until|and|so|of|unallocated|unsold|unclaimed)\b)`,
  ],
  [
    'last final & seat seats spot spots place places slot slots unit units opening openings kit kits lane lanes space spaces room rooms table tables position positions license licenses licence licences',
    r`\b(?:one of )?the (?:last|final) (?:${COUNT} |few |couple of )?(?:seats?|spots?|places?|slots?|units?|openings?|kits?|lanes?|spaces?|rooms?|tables?|positions?|licen[cs]es?)\b`,
  ],
  [
    'remaining & taken gone booked filled snapped',
    r`\bbefore the remaining (?:\w+ )?(?:are|get|go|is) (?:taken|gone|booked|filled|snapped up)\b`,
  ],
  [
    'booked taken gone filled sold',
    r`\b(?:once|when) (?:they're|they are|it's) (?:booked|taken|gone|filled|sold)(?: out)?, (?:they're|they are|it's) (?:booked|taken|gone|filled|sold)\b`,
  ],
  [
    'hold reserve keep',
    r`\b(?:can't|cannot|won't be able to|can not) (?:hold|reserve|keep) (?:it|them|this|that|the \w+|your \w+) (?:past|beyond|longer than|for more than|after)\b`,
  ],
  [
    'another',
    r`\b(?:won't|will not) be another (?:\w+ )?(?:like (?:her|him|this|it)|chance|opening)\b`,
  ],
  ['capping capped cap', r`\bcap(?:ping|ped)? (?:[\w-]+ ){0,5}?at \d+\b`],
  ['faster', r`\b(?:going|selling|moving|filling) (?:up )?faster than\b`],
  [
    'wait move act',
    r`\bi(?:'d| would) (?:not wait(?: long)?|move (?:now|fast|quickly)|act (?:now|fast|quickly))\b`,
  ],
  // round 6 (dev 6): the last two, someone else will take it, once the last one goes
  ['last', r`\blast (?:${COUNT}|few|couple of) (?:spots|seats|places|slots|openings)\b`],
  [
    'else',
    r`\b(?:somebody|someone|another (?:client|customer|buyer|company)) (?:else )?(?:will|'ll|is going to|might|could) (?:eat|take|grab|get|snap up|snag|claim|book) (?:it|them|that)\b`,
  ],
  ['few', r`\bonly (?:a )?few (?:[\w-]+ ){0,4}?left\b`],
  ['goes gone taken', r`\bonce the last (?:one|slot|spot|place|seat) (?:goes|is gone|is taken)\b`],
  // session 7 (stock drafts): before another buyer takes it; only one of you; it may not be there
  [
    'one',
    r`\b(?:can|could) only (?:give|offer|hold|sell|award|take) (?:it|this|that|the \w+) to one of you\b`,
  ],
  [
    'promise guarantee',
    r`\b(?:can't|cannot|can not|won't) (?:promise|guarantee) (?:it|they|that|this|these|the \w+) (?:will|would) (?:still )?be (?:there|available|open|free|in stock|left)\b`,
  ],
  ['supply', r`\bsupply is (?:tight|limited|short|running low)\b`],
  ['availability limited', r`\bavailability (?:on|for|of) (?:[\w-]+ ){1,4}?is (?:limited|tight)\b`],
  [
    'before',
    r`\bbefore (?:somebody|someone|another (?:client|customer|buyer|company|team)) (?:else )?(?:takes|grabs|gets|snaps up|snags|claims|books) (?:it|them|that|yours|your (?:spot|seat|place|slot))\b`,
  ],
  // session 24 (dev 10): other buyers after the same thing ("another family is very interested in
  // the 12B", "two other groups are touring Friday", "two other stationers rang about it")
  [
    'another other',
    r`\banother (?:[\w-]+ ){0,3}?(?:family|buyer|client|customer|group|company|party|tenant|investor|bidder|couple|agency|broker)\b[^.?!\n]{0,50}?\b(?:is|was) (?:also |very |really |seriously |already |keen and )?interested in (?:it|this|that|the same|the \w+)\b|(?<!\byour )\b(?:another|other) (?:[\w-]+ ){0,3}?(?:famil(?:y|ies)|buyers?|clients?|customers?|groups?|compan(?:y|ies)|part(?:y|ies)|tenants?|agencies|brokers?|investors?|bidders?|stationers|couples)\b[^.?!\n]{0,50}?\b(?:(?:is|are|were|was) (?:also |already )?(?:touring|viewing|bidding on|circling|looking at (?:it|them|the same \w+) (?:right now|now|this week|today|as we speak))|(?:have |has )?(?:rung|rang|ring|called|phoned) (?:me |us )?about (?:it|this|that|them|the same))\b(?![^.?!\n]{0,40}\bso (?:i|we)(?:'ve| have)? (?:wrote|written|made|put|pulled|built|recorded|created|shared|sent))`,
  ],
  // session 24 (dev 3, dev 10): gone from the market soon; after the date it is someone else's
  [
    'market',
    r`\b(?:(?:be|is|'s|are|'re|will be|'ll be|gone|go|goes) off the market (?:by|before|within|in (?:a|\d|two|three)|soon|this|next|tomorrow|tonight)|(?:almost never|rarely|never|don't|doesn't|won't|do not|does not|will not) (?:stay|stays|last|lasts|remain|remains) on the market)\b`,
  ],
  [
    'belongs belong',
    r`\b(?:after|past|beyond|from) [^,.?!\n]{1,25}, (?:[\w'’-]+ ){1,4}?(?:belongs|will belong|'ll belong) to (?:someone|somebody) else\b|\b(?:will|'ll) belong to (?:someone|somebody) else\b`,
  ],
  // session 9 (dev 7): short supply, snapped up, not held for long
  ['supply', r`\bin (?:\w+ )?short supply\b`],
  [
    'indefinitely long longer beyond',
    r`\b(?:can't|cannot|can not|won't|shan't|unable to|not be able to|(?:won't|shan't|will not|shall not) be able to) (?:keep|hold|guarantee|reserve)(?: (?:them|it|this|these|those|availability|the \w+))?(?: aside| open| free| for you)? (?:indefinitely|for (?:long|much longer)|beyond)\b`,
  ],
  [
    'snapping snapped spoken taken booked',
    r`\b(?:snapping|snapped) (?:them |it |those |these )?up\b|\bbeing (?:spoken for|taken|booked|reserved) (?:quite |very |really )?(?:quickly|fast)\b`,
  ],
  ['solid', r`\bbooked solid\b`],
  ['filling', r`\bfilling up (?:like crazy|fast|quickly|rapidly)\b`],
  [
    'there available around left',
    r`\bmight not be (?:there|available|around|left) (?:on |by |after )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week)\b`,
  ],
  [
    'go gone',
    r`\bbefore (?:they|these|those) go(?=[?.!,])|\b(?:after|once|when) (?:these|those) are gone\b`,
  ],
  [
    'nearly almost',
    r`\b(?:quota|allocation|allotment|stock|supply|batch) (?:for (?:\w+ ){1,3})?is (?:nearly|almost) (?:finished|gone|exhausted|used up|full|sold)\b`,
  ],
  ['short', r`\bthe time is short\b`],
  // session 11 (dev 8): few left, and others after them; room for one more, then full
  [
    'only just exactly last handful limited remaining & other another two others someone demand booked booking looking enquiry interested spoken taken given gone',
    both(
      r`\b(?:only|just|exactly) (?:${COUNT}|a handful of|a few) (?:[\w-]+ |(?:nos|pcs)\. ){0,5}?(?:left|remaining|available|open|free|in (?:ready )?stock|spots?|slots?|places?|capacit\w*|units?)\b|\bthe (?:last|only) (?:one|unit|slot|spot|place|week|room)\b|\b(?:limited to|remaining allocation)\b|\bonly (?:\w+ ){0,2}?${COUNT} (?:[\w-]+ ){0,3}?(?:a|per) (?:month|week|quarter|season|year)\b`,
      r`\b(?:other (?:companies|sponsors|operators?|clients|customers|contractors|buyers|firms|agencies|schools|municipal \w+|teams|groups|parties|funeral homes|practices)|another (?:operator|buyer|client|customer|company|firm|agency|practice|hotel|party|school|team|group)|two others?|someone else|demand from|getting booked|being booked|also (?:made (?:an )?enquiry|interested|looking)|looking at (?:it|them|one|the)|already (?:spoken for|given|taken|booked|gone))\b`,
      160,
    ),
  ],
  [
    'room & booked full',
    both(
      r`\broom for (?:exactly |only |just )?(?:one|two) more\b`,
      r`\b(?:fully booked|full|booked up)\b`,
    ),
  ],
  // session 13 (dev 9): down to the last few; room for exactly N more; others circling
  // or asking about the same; thin on the ground; no promise one will be left
  [
    'down',
    r`\b(?:we're|we are|i'm|i am|it's|it is|stock is|inventory is|we've got|we have got) down to (?:just |only |our |the )?(?:last |final )?(?:${COUNT}|a (?:few|handful|couple))\b`,
  ],
  [
    'only & take fit squeeze accommodate onboard accept',
    r`\b(?:can|could) only (?:take on|take|fit|squeeze|accommodate|onboard|accept) (?:in )?(?:${COUNT}|a (?:few|handful|couple)) more\b`,
  ],
  [
    'circling touring eyeing viewing',
    r`\b(?:is|are|'s|'re) (?:already )?(?:circling|touring|eyeing|viewing) (?:one of )?(?:it|them|one|the (?:\w+ )?(?:one|unit|space|office|slot|lot|spot))\b`,
  ],
  [
    'enquiring inquiring asked asking & other others many several',
    r`\b(?:(?:other|many|several|${COUNT} other) (?:[\w-]+ ){0,4}?(?:are|have been|have) (?:already )?(?:enquiring|inquiring|asked|asking)(?: about| after| for)? (?:them|the same|(?:these|those) (?:places|spots|slots|dates|units|blocks)))\b`,
  ],
  ['ground', r`\bthin on the ground\b`],
  [
    'promise & left',
    r`\b(?:can't|cannot|can not|won't) promise (?:that )?there(?:'ll| will) (?:still )?be (?:a|one|any) (?:[\w-]+ ){0,2}?left\b`,
  ],
  [
    'last',
    r`\b(?:it's|is|that's) the (?:last|only) (?:one|unit|slot|spot|place|room|week)(?: of (?:those|these|them|its kind))? (?:we|i) have\b`,
  ],
  [
    'one & still',
    r`\bone of (?:only )?(?:two|three|four|a few|a handful of) (?:[\w-]+ ){0,2}?still (?:taking|accepting|available|open)\b`,
  ],
  // session 22 (dev 12): another buyer after the same slots; most of it already gone; it won't last
  [
    'asking looking interested keen eyeing hold holding after & another',
    r`\banother (?:[\w-]+ ){0,2}?(?:site|client|customer|buyer|company|group|practice|tenant|team|firm|hotel|restaurant|school|fleet|brand|operator|agency|hospital|lab|venue|account|business)\b[^.?!]{0,40}?\b(?:is|are|has been|have been|has|'s) (?:also )?(?:asking (?:for|about)|looking at|interested in|keen on|eyeing|put a hold on|holding|after) (?:the same|one of|those|these|that|it|them|most of|the (?:last|remaining))\b`,
  ],
  [
    'looking eyeing interested asking & spot spots slot slots place places seat seats unit units rack racks room rooms date dates space spaces allocation allocations',
    r`\b(?:is|are) (?:also )?(?:looking at|eyeing|interested in|asking (?:for|about)) (?:one of )?(?:those|the (?:last|remaining)|these|that|the same) (?:[\w-]+ )?(?:spots?|slots?|places?|seats?|units?|racks?|rooms?|dates?|spaces?|allocations?)\b`,
  ],
  [
    'gone taken claimed snapped allocated reserved spoken & most half bulk all much',
    r`\b(?:most|half|the bulk|all but \w+|much) of (?:it|them|the (?:[\w-]+ ){0,2}?\w+) (?:has|have|is|are) already (?:gone|been (?:taken|claimed|snapped up|allocated|reserved|spoken for))\b`,
  ],
  [
    'expect',
    r`\b(?:don't|do not|wouldn't|would not) expect (?:that|it|them|this|those|these) to (?:last|stay|be (?:around|there|available)) (?:much longer|(?:the|this|past|beyond|until|through)(?: \w+)? (?:week|month|weekend|quarter|day|friday|monday))\b`,
  ],
];

// ---------- presumptive close: done on their behalf, or welcomed as a customer already
const FOR_THEM = r`\byour (?:[\w-]+ ){0,2}?(?:logo|company|account|workspace|team|seats?|licen[cs]es?|order|onboarding|contract|subscription|plan|kick-?off|details|data|users|procurement|building|site|office|manuals?|project)\b|\byou (?:down|up|in) for\b`;
export const PRESUMPTIVE_CUES: Cues = [
  [
    'added registered enrolled set spun created activated provisioned arranged filled prefilled pre-filled completed migrated upgraded ordered processed issued generated assigned',
    both(
      r`\b(?:i|we)(?:'ve| have)? (?:already |just )?(?:added|registered|enrolled|set up|spun up|created|activated|provisioned|arranged|filled in|pre-?filled|completed|migrated|upgraded|ordered|processed|issued|generated|assigned)\b`,
      FOR_THEM,
      60,
    ),
  ],
  ['partners', r`\b(?:as|now that) we(?:'re| are) (?:now )?partners\b`],
  // session 13 (dev 9): the contract as a formality; done "to save you the trouble"; the invoice
  // already raised; put down for it; welcomed into the family by name
  ['formality', r`\b(?:just|only|merely|purely) a formality\b`],
  [
    'begun started commenced',
    r`\b(?:have|has|'ve|'s) already (?:begun|started|commenced)(?: with)? (?:the )?(?:configuration|setup|set-up|onboarding|migration|installation|production|build|preparation) (?:of|for) your\b`,
  ],
  [
    'trouble hassle bother moving rolling',
    r`\b(?:to save you the (?:trouble|hassle|bother)|to keep things moving|to get the ball rolling),? (?:i|we)(?:'ve| have|'ll| will)? (?:already |gone ahead and |go ahead and )?(?:put|booked|reserved|scheduled|set up|started|ordered|registered|pencil(?:l)?ed|arranged|blocked)\b|\bto keep things moving,? here(?:'s| is) how we(?:'ll| will) proceed\b`,
  ],
  [
    'raised issued generated',
    r`\b(?:i|we)(?:'ve| have) already (?:raised|issued|generated) (?:the|your|an?) (?:invoice|proforma|pro forma|purchase order|order confirmation)\b`,
  ],
  [
    'put',
    r`(?<!\b(?:can|could|shall|should|will|'ll|to|may|might|and) )\bput you (?:down|up|in) for\b`,
  ],
  [
    'welcome & fam family crew club community tribe',
    r`\bwelcome to the (?:[\w-]+ )?(?:fam|family|crew|club|community|tribe)\b`,
  ],
  ['welcome aboard', r`\bwelcome (?:aboard|to the family)\b`],
  [
    'welcoming having onboarding wait',
    r`\b(?:look(?:ing)? forward to|can't wait to) (?:welcoming|having|have|onboarding) (?:you|[A-Z]\w+(?: [A-Z]\w+)?) (?:on ?board|as (?:a |our )?(?:client|customer|partner))\b`,
  ],
  [
    'invoice contract docusign agreement paperwork',
    r`\b(?:invoice|contract|docusign|agreement|order form|paperwork) (?:should|will) (?:land|arrive|hit|be in)\b|\b(?:we'll|we will|i'll|i will) send (?:you )?(?:the|your) first invoice\b`,
  ],
  ['went', r`\bwent ahead and (?:\w+)\b`],
  [
    'sign',
    r`\bjust sign\b[^.?!\n]{0,30}\band (?:we're|you're|we are|you are) (?:good to go|all set|done)\b`,
  ],
  ['kickoff kick', r`\bkick-?off(?:'s| is) (?:penciled|pencilled|booked|scheduled|set)\b`],
  [
    'told let informed notified',
    r`\b(?:i've|i have|we've|we have) (?:already )?(?:told|let|informed|notified) (?:the |your )?(?:(?:\w|'|-)+ ){0,4}?(?:know )?(?:that )?(?:we'll|we will|you'll|you will|you're|you are)\b`,
  ],
  ['liberty', r`\btook the liberty of\b`],
  // round 4 (dev 4): only a signature missing; booked for them; the other side told to expect it
  [
    'need needs & esign e signature signatures signoff sign',
    r`\b(?:just|only) needs? (?:a |your )?(?:quick )?(?:e-?sign\w*|signatures?|sign-?off)\b`,
  ],
  [
    'scheduled booked released reserved blocked penciled pencilled & staff team order account lab clinic office people engineers nurses crew',
    both(
      r`\b(?:i|we)(?:'ve| have) (?:already |just )?(?:scheduled|booked|released|reserved|blocked|pencil(?:l)?ed)\b`,
      r`\bfor your (?:[\w-]+ ){0,3}?(?:staff|team|order|account|lab|clinic|office|people|engineers|nurses|crew)\b`,
      60,
    ),
  ],
  ['penciled pencilled', r`\bpencil(?:l)?ed (?:(?:\w|&|'|-)+ ){1,3}?in for\b`],
  ['told', r`\btold (?:the |your )?(?:[\w-]+ ){0,3}?to expect (?:it|them|the|your)\b`],
  ['welcome', r`\bwelcome to the (?:next chapter|team)\b`],
  [
    'which',
    r`\bwhich (?:day|date|time|color|colour|option|plan|package|one) (?:is easier|works better|do you want|would you like|suits you)\b[^?]*?\b(?:to finali[sz]e|for your order|to sign|to start your)\b`,
  ],
  ['added', r`\b(?:i've|i have|we've) (?:already )?added (?:our |my )?\w+(?: \w+)? to your\b`],
  [
    'already',
    r`\balready (?:drafting|preparing|working on|building|setting up)\b[^.?!]{0,40}\bfor your\b`,
  ],
  // round 5 (dev 5): work already started on their behalf
  ['already', r`\b(?:have|has|'ve|'s) already started (?:on|work on|working on)\b`],
  // session 7 (stock drafts): signed up for them, the paperwork already on its way
  [
    'putting down added',
    r`\b(?:i'm|i am|we're|we are) (?:putting|signing) you (?:down|up) for\b|\b(?:i've|i have|we've|we have) (?:already |just |gone ahead and )?added you to (?:our|the)\b`,
  ],
  [
    'have',
    r`\b(?:i'll|i will|we'll|we will) have (?:legal|our legal team|accounts|finance|our team|my team|the team|procurement|ops) (?:send|draw up|draft|prepare|issue) (?:you )?(?:the|your|over the) (?:contract|msa|agreement|invoice|paperwork|order form|sow|po)\b`,
  ],
  [
    'take',
    r`\bi(?:'ll| will) take it (?:that )?(?:we're|we are|you're|you are) (?:moving forward|going ahead|proceeding|on board|in|good to go)\b`,
  ],
  [
    'invite invites',
    r`\b(?:(?:the|an?|your|my) )?(?:calendar |meeting )?invite(?:'s| is) on its way\b[^.?!]{0,60}?\bsee you (?:there|then|on \w+)\b`,
  ],
  // round 6 (dev 6): their name already down for it
  [
    'name',
    r`\b(?:put|written|pencilled|penciled|booked) your name (?:down )?(?:on|for|against) the\b`,
  ],
  // session 22 (dev 12): the paperwork follows, attached for signature; the van booked to collect;
  // the order put through or on the van; their things in our register; billing details to invoice
  [
    'follow follows lands land arrives arrive',
    r`\b(?:the |your |our )?(?:[\w-]+ ){0,2}?(?:(?:contract|agreement|paperwork|order form|msa|sow) (?:will |should )?(?:follows?|lands?|arrives?|to follow)|invoice (?:will |should )?(?:follows?|to follow))\b(?! (?:once|when|if|after|as soon as) you\b| (?:the|a|an|our|your|its|their|these|those|standard|usual|normal|net)\b| (?:this|that) (?!afternoon|morning|evening|week|weekend|\w+day\b)\w)`,
  ],
  [
    'attached enclosed',
    r`\b(?:attached|enclosed) for (?:your )?(?:e-?)?(?:signature|countersignature|sign-?off)\b`,
  ],
  ['having', r`\blooking forward to having (?:[\w&'-]+ ){1,4}?on ?board\b`],
  [
    'van driver engineer crew technician installer installers courier truck lorry fitter fitters surveyor & collect install deliver start fit begin drop unload pick',
    r`\b(?:our|the|my) (?:[\w-]+ ){0,2}?(?:van|driver|engineer|crew|technician|installers?|courier|truck|lorry|fitters?|surveyor)(?: will|'ll) be (?:with you|on site|onsite|there|at your [\w-]+(?: [\w-]+)?)\b[^.?!]{0,40}?\bto (?:collect|install|deliver|start|fit|begin|drop|unload|pick up)\b`,
  ],
  [
    'put placed raised submitted',
    r`\b(?:i|we)(?:'ve| have) (?:already |just )?(?:put through|placed|raised|submitted) (?:the|your|an?) (?:[\w-]+ ){0,2}?order\b`,
  ],
  [
    'put',
    r`\b(?:i|we)(?:'ve| have) (?:already |just )?put (?:your|the) (?:[\w-]+ ){0,2}?(?:order|allocation|delivery|shipment|cases?|pallets?|units?) on (?:the |our |\w+(?:'s|’s) )?(?:van|truck|lorry|delivery|run|schedule|route|manifest)\b`,
  ],
  [
    'added entered loaded registered',
    r`\b(?:i|we)(?:'ve| have) (?:already |just )?(?:added|entered|loaded|registered) your (?:[\w-]+ ){1,3}?(?:to|on|into|in|onto) our (?:asset register|system|platform|portal|schedule|rota|books|database|billing|service (?:plan|schedule)|maintenance (?:plan|schedule|programme|program))\b`,
  ],
  [
    'invoice bill charge',
    r`(?<!\b(?:could|can|would|will) you (?:please )?)\b(?:send|give|share|pass|drop) (?:me|us) (?:over )?(?:the|your) (?:cost cent(?:re|er)|po number|purchase order number|billing (?:details|address|contact|email)|invoice (?:address|details)|bank details|card details)\b[^.?!]{0,30}?\b(?:to|so (?:i|we) can|and (?:i|we)(?:'ll| will)) (?:invoice|bill|charge)\b`,
  ],
  // session 24 (dev 10): the paperwork sent "for you to sign", unasked
  [
    'sign countersign signature esign',
    r`\b(?:i|we)(?:'ll| will|'m going to|'re going to|'m| are) (?:just )?(?:send|sending|pop|popping|email|emailing|forward|get|getting|drop|dropping)\b[^.?!\n]{1,70}?\bfor you to (?:sign|countersign|e-?sign|sign off|sign and return|add your signature)\b`,
  ],
];

// ---------- ultimatum: a last message or a closed file, on condition they answer
const CONDITION = r`\b(?:unless|absent|otherwise|or (?:else )?(?:i|we)(?:'m| am|'ll| will)|if (?:you|i) (?:don't|do not|not|can't|cannot|haven't)|if (?:[\w-]+ ){1,3}?(?:can't|cannot) (?:get|have|hear) (?:a |an |your |the )?(?:yes|answer|decision|reply|response|go-ahead|green light|signature|sign-off)|if (?:[\w-]+ ){1,3}?(?:doesn't|does not|don't|do not|hasn't|haven't) (?:hear|get|receive|reply|respond|go ahead|proceed|sign|accept|agree|confirm|commit|move forward)|without (?:a|your) (?:reply|response|answer|word)|no (?:response|reply|answer|word) by|should (?:they|you|it|this|these|those|the|your|our) (?:\w+ ){0,2}?not)\b`;
export const ULTIMATUM_CUES: Cues = [
  [
    'final last formal stop contacting disturb disturbing & unless absent otherwise or if without no should',
    both(
      r`\b(?:final|last) (?:attempt|time|msg|message|email|e-mail|note|one|notice|chance|try)\b|\bformal notice\b|\bstop (?:reaching out|emailing|writing|following up)\b|\bnot (?:be )?(?:contacting|disturb\w*|writing|emailing) (?:you )?again\b`,
      CONDITION,
    ),
  ],
  [
    'close closing delete deleting remove removing take taking pull pulling drop dropping reassign reassigning reassigned withdraw withdrawing withdrawn archive archiving archived & unless absent otherwise or if without no should',
    both(
      r`\b(?:clos(?:e|ing)|delet(?:e|ing)|remov(?:e|ing)|tak(?:e|ing) (?:you|(?:\w|&|'|-)+(?: (?:\w|&|'|-)+){0,2}) off|pull(?:ing)? you|drop(?:ping)? you|reassign\w*|withdraw\w*|archiv\w*) (?:\w+ ){0,3}?(?:opportunity|file|thread|contact|account|offer|deal|ticket|list|from(?! (?:the |your |this )?(?:order|invoice|bill|charge|account|basket|cart)\b)|proposal|request|application|quote|search|listing)\b`,
      CONDITION,
    ),
  ],
  // session 23 (dev 10's last misses): "take it this week or I'm moving on", "the last time I'm
  // putting this rate on the table", a closed file "and the pricing goes with it"
  [
    'moving move',
    // not moving on to the next topic ("or we'll move on to pricing")
    r`\bor (?:else )?(?:i|we)(?:'m| am|'ll| will|'re| are|'d| would)? (?:be |have to |need to |(?:will|'ll) have to )?mov(?:e|ing) on\b(?! to (?!(?:the next|another|other|a different|someone)\b))`,
  ],
  [
    'putting offering making extending quoting',
    r`\b(?:last|final) time (?:i'm|i am|we're|we are|i'll|i will|we'll|we will) (?:be )?(?:putting|offering|making|extending|quoting) (?:this|the|that|my|our|a) (?:rate|offer|price|deal|discount|number|quote|proposal)\b`,
  ],
  [
    'goes go',
    // our closing first, then the loss ("I'm closing your file and the pricing goes with it"); not
    // their act ("if you close the account, the discount goes with it")
    r`\b(?:i|we)(?:'m| am|'re| are|'ll| will| shall)? (?:be |have to |need to )?(?:clos(?:e|ing)|withdraw(?:ing)?|pull(?:ing)?|archiv(?:e|ing))\b[^.?!;]{0,80}?\b(?:pricing|price|rate|discount|offer|quote|terms) (?:goes|go|will go|'ll go) with (?:it|them)\b`,
  ],
  // round 5 (dev 5): either you do it or I act; if it isn't back by then, it goes to someone else
  // session 23: not when the other branch helps them ("or I'll drop you an invite", "or I can send
  // a few times")
  [
    'either',
    r`\beither (?:you|your \w+) (?:(?:\w|'|-)+,? ){1,12}?or (?:we|i)\b(?!(?:'ll| will| can| could)? (?:send|drop|pop|suggest|propose|share|offer)\b(?![^.?!,;]{0,40}\bto (?:the|a|another|other|someone|somebody)\b)[^.?!,;]{0,30}?\b(?:invite|invitation|times|slots|options|link|dates)\b)`,
  ],
  ['final', r`(?:^|[,;:] )final offer\b`],
  ['assume take', r`\bif not,? (?:i'll|i will|we'll|we will) (?:assume|take it)\b`],
  [
    'isnt arent hasnt havent not & cancel release give hand pass reallocate reassign withdraw goes go requote re',
    both(
      r`\bif (?:(?:\w|'|-)+ ){1,4}?(?:isn't|is not|aren't|are not|hasn't|haven't|has not|have not) (?:(?:\w|'|-)+ ){0,4}?by\b`,
      // session 14 (dev 9): or it "goes to another customer", or "I'll have to re-quote you"
      r`\b(?:we|i)(?:'ll| will| shall)? (?:have to )?(?:cancel|release|give|hand|pass|reallocate|reassign|withdraw)\b|\b(?:goes|go|will go|'ll go) to (?:another (?:customer|client|buyer|company|team|\w+er)|someone else|the next (?:customer|client|buyer|person|company|team|name|one|in line|on (?:the|our) list|\w+er))\b|\bre-?quote\b`,
    ),
  ],
  // round 6 (dev 6): do it, or I withdraw; no more extensions
  [
    'withdraw pull cancel rescind retract',
    r`\bor (?:i|we)(?:'ll| will)? (?:withdraw|pull|cancel|rescind|retract) (?:the|my|our|this) (?:offer|quote|proposal|price|discount)\b`,
  ],
  ['extensions', r`\bno (?:more|further) extensions\b`],
  // session 7 (stock drafts): I won't stop until you answer
  [
    'keep',
    r`\b(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to) keep (?:on )?(?:emailing|e-mailing|calling|writing|messaging|following up|chasing|pinging|nudging|reaching out|trying|bugging|texting)(?: you)? until\b`,
  ],
  [
    'either',
    r`\beither we (?:(?:\w|'|-)+,? ){1,10}?or (?:we|i) (?:close|cancel|withdraw|release|move|give|pass|drop)\b`,
  ],
  // session 10 (dev 7): take it or leave it, said formally
  [
    'last best final',
    r`\blast and (?:best|final) (?:number|offer|price|figure|proposal|quote)\b|\bbest and final (?:offer|number|price|figure|quote)\b`,
  ],
  [
    'another further more',
    r`\bthere (?:will not be|won't be|will be no) (?:another|a further|any further|any more|further|more) (?:revision|offer|round|discount|reduction|concession|extension)s?\b`,
  ],
  // session 11 (dev 8): this or nothing, the way out offered as the only other choice, the price
  // that will not move
  [
    'nothing',
    r`\b(?:(?:it's |it is )?(?:that|this|these|those)|as (?:written|it stands|is)|these terms|this price) or nothing\b`,
  ],
  [
    'part walk separate pass end prefer',
    r`\b(?:or|if not,?|otherwise,?) (?:we|i)(?: both| can| will|'ll| simply| just)? (?:part (?:ways|company)|walk away|go (?:our )?separate ways|pass(?: on (?:it|this|the \w+))?(?! (?:it|this|your|the|them|along|on))|(?:prefer to |have to )?end (?:the|this|our) (?:negotiation|conversation|discussion|talks))\b`,
  ],
  [
    'third between only',
    r`\b(?:there (?:isn't|is no|is not) a third (?:option|way|choice)|no third (?:option|way|choice)|nothing in between|the only (?:two )?(?:options|choices|version) (?:i|we)(?:'ll| will| can)? (?:offer|give))\b|\bthe only version we(?:'ll| will)? offer\b`,
  ],
  [
    'high low far',
    r`\bas (?:high|low|far) as (?:we|it|they|the price) (?:can |will |are (?:able|willing|prepared) to )?(?:go|goes|get|gets)\b`,
  ],
  [
    'lower lowering reduce reducing reopen reopening revisit revisiting rework reworking budge budging change changing negotiate negotiating & price rate rates fee fees terms package offer quote number numbers figure proposal unit',
    both(
      r`\b(?:will not|won't|will no longer|am not|i'm not|im not|we're not|are not|can't keep|cannot keep) (?:be )?(?:lower(?:ing)?|reduc(?:e|ing)|reopen(?:ing)?|revisit(?:ing)?|rework(?:ing)?|budg(?:e|ing)|chang(?:e|ing)(?! (?:until|for|before|during|while)\b)(?!(?<=\b(?:promise|assure you|rest assured|don't worry|do not worry|good news)\b[^.?!]{0,40})(?: (?:it|this|that|the \w+|our \w+))? again\b)|negotiat(?:e|ing))(?: (?:it|this|that|the \w+|more|further|any further|again))*\b`,
      r`\b(?:price|rate|rates|fee|fees|terms|package|offer|quote|number|numbers|figure|proposal|unit)\b`,
    ),
  ],
  [
    'final firm',
    r`\b(?:is|are) (?:final|firm)\.? (?:take it|it's that|either)\b|\bis firm\b[^.?!]{0,20}?\bor nothing\b`,
  ], // session 14 (dev 9): walk away in one word, this or nothing in any words, leave it there, the
  // file closed as the other choice, the terms closed to talk
  ['walk', r`\bor (?:we|i)(?:'ll| will)? walk(?: away)?(?=\s*(?:[.!;,—–]|$| for good\b| from\b))`],
  [
    'nothing',
    r`\b(?:it's|it is|its) (?:the|a|our|this|that|these|those) [^.?!,;]{1,40}? or nothing(?: at all)?\b`,
  ],
  [
    'leave',
    r`\bor (?:we|i)(?:'ll| will)? (?:(?:have|need) to |must |simply |just )?leave it (?:there|at that)\b`,
  ],
  [
    'close cancel withdraw drop pull',
    r`\bor (?:we|i) (?:close|cancel|withdraw|drop|pull) (?:the|your|this|our|my) (?:file|account|offer|quote|deal|slot|booking|reservation|proposal|application)\b`,
  ],
  [
    'negotiation negotiations discussion',
    r`\b(?:not|no longer) (?:open|subject) to (?:any )?(?:further |more )?(?:negotiations?|discussion)\b`,
  ],
  ['means', r`\b(?:a|any) no means (?:we|i) (?:move on|walk|close|drop|part)\b`],
  ['only', r`\bone and only (?:offer|price|proposal|chance)\b`],
  // session 22 (dev 12): this rate or we call it off; no more moving; confirm or we delete it;
  // either it's signed or your support drops; find another provider
  [
    'call',
    r`\bor (?:we|i)(?:'ll| will)? call (?:it|this|the (?:[\w-]+ ){0,2}?(?:engagement|deal|order|project|contract|partnership|booking|agreement)) off\b`,
  ],
  [
    'moving revising budging lowering reducing reopening',
    r`\b(?:won't|will not|am not|i'm not|we're not|are not) (?:be )?(?:moving|revising|budging|lowering|reducing|reopening) (?:(?:it|this|that|(?:the|our|my) (?:price|rate|fee|offer|quote|number|terms|figure|proposal)) )?(?:again|any further|further|any more|anymore)\b`,
  ],
  [
    'delete remove archive scrap bin destroy wipe cancel release',
    r`\bor (?:else )?(?:we|i)(?:'ll| will)? (?:delete|remove|archive|scrap|bin|destroy|wipe|cancel|release) (?:the|your|our) (?:[\w-]+ ){0,2}?(?:artwork|files?|data|designs?|account|workspace|order|reservation|booking|slot|spot|samples?|quote|proposal|records?|stock|allocation)\b`,
  ],
  [
    'either',
    r`\beither (?:it's|it is|this is|that's|you) [^.?!]{1,60}?,? or (?:your [\w-]+(?: [\w-]+){0,2} (?:drops?|goes|moves?|loses?|reverts?|falls?)|you(?:'ll| will) (?:lose|need to|have to)|(?:we|i)(?:'ll| will)? (?:walk|withdraw|move on|cancel|stop|release|pull))\b`,
  ],
  [
    'find start',
    r`\byou(?:'ll| will)? (?:need to|have to) (?:find|start (?:again|over|from scratch) with) (?:another|a new|a different) (?:provider|supplier|vendor|partner|agency|installer|distributor)\b`,
  ],
];

// ---------- deadline: the offer ends and something is lost
const ENDS = r`\b(?:valid (?:only )?(?:until|till|through|within)|only valid|expir\w*|lapses?|lapsing|elapses?|disappears?|goes away|flipping|vanish(?:es)?|shuts?|wraps? up|(?:be|is) gone)\b`;
const LOST = r`\b(?:lost|lose|losing|forfeit\w*|worse|(?:unit )?(?:price|rate|cost)s? (?:moves?|goes up|go up|jumps?|rises?|increases?)|\d+% (?:jump|increase|hike|rise)|pay (?:double|more|full)|\d+x later|cannot be (?:honou?red|extended|reissued|repeated)|can't be (?:honou?red|extended|reissued)|not be able to|won't be able to|no longer|not until|standard (?:price|pricing|rate)|full price|standard [$£€]?\d[\d,]*|rack rate|full freight|(?:regular|list) price|(?:rises|increases|goes up) by)\b`;
export const DEADLINE_CUES: Cues = [
  // session 16 (dev 11): a price held only for deals signed by a date; after it, repriced, the
  // standard rate or next year's cycle ("Anything signed after that gets repriced")
  [
    'only & applies apply holds hold available valid good stands',
    r`\bonly (?:applies|apply|holds|hold|is available|are available|available|valid|is valid|good|stands) (?:to|for) (?:[\w-]+ ){0,2}?(?:agreements?|orders?|contracts?|briefs?|bookings?|sign-?ups?|registrations?|customers|clients|deals?|projects?|purchases?|commitments?|pos|paperwork|signatures?) (?:signed|executed|confirmed|placed|received|booked|made|submitted|returned|approved|countersigned)\b`,
  ],
  [
    'after & repriced re-priced requoted re-quoted subject next',
    r`\bafter (?:that|then|this|that date|this date|the deadline)\b[^.?!]{0,50}?\b(?:repriced|re-priced|re-quoted|requoted|subject to (?:the |our )?(?:standard|full|list|regular|new|higher) (?:[\w-]+ )?(?:price|prices|pricing|rate|rates|fee|fees|tariff|tariffs)|next year's (?:budget|cycle|pricing|price|prices|rates?)|go(?:es)? through next)\b`,
  ],
  [
    'valid expire expires expiring expiry lapse lapses lapsing elapse elapses disappear disappears flipping away vanish vanishes shut shuts wrap wraps gone & lost lose losing forfeit forfeiting forfeited worse pay later cannot cant honoured honored extended reissued repeated able longer until standard full price prices rate rates cost costs jump increase hike rise rack freight regular list rises increases goes',
    both(ENDS, LOST, 120),
  ],
  [
    'otherwise',
    r`\botherwise (?:the |your )?(?:\w+ )?(?:discount|price|offer|rate|deal|slot|place|spot) (?:is|will be|gets?) (?:lost|gone|withdrawn|void)\b`,
  ],
  ['avoid', r`\bto avoid (?:forfeiting|losing|missing)\b`],
  [
    'after',
    // session 14 (dev 9): "after that the plan moves to $89", "no way to get the old price back"
    r`\bafter (?:that|this|then|which)\b[^.?!\n]{0,40}?(?:\b(?:worse|more expensive|goes up|go up|rises|increases|jumps|no longer|not be able|won't be able|can't hold|cannot hold|no way to get)\b|\b(?:moves?|goes|jumps?|rises?) to [$£€]\d[\d,.]*\d|\b(?:moves?|goes|jumps?|rises?) to [$£€]\d)`,
  ],
  ['now', r`\bnow or (?:pay|lose|miss|never)\b`],
  // round 4 (dev 4): missed the date, lose the person or the place; a jump after a date
  [
    'doesnt dont hasnt havent isnt arent cant & lose drops drop falls fall bottom back end',
    both(
      r`\bif (?:(?:\w|'|-)+ ){1,3}?(?:doesn't|don't|does not|do not|hasn't|haven't|isn't|aren't|can't)\b`,
      r`\byou(?:'ll| will)? lose (?:her|him|them|it|the|this|that|your)\b|\b(?:drops?|falls?|moves?|goes) to the (?:bottom|back|end)\b`,
    ),
  ],
  [
    'after & jump increase hike rise',
    r`\bafter (?:the \d{1,2}(?:st|nd|rd|th)?|\w+day|that|then)\b[^.?!]{0,30}?\b\d+% (?:jump|increase|hike|rise)\b`,
  ],
  ['avoid', r`\bto avoid (?:that|this|the) (?:outcome|increase|price increase|hike|surcharge)\b`],
  // round 6 (dev 6): after the date, the price can no longer be honoured; session 13: "after this
  // date we cannot guarantee the same rates" (no "to")
  [
    'unable able cant cannot wont & honour honor hold keep guarantee extend',
    r`\bafter (?:that|this|then|that point|that date|this date|which),? (?:i|we)(?:'m| am| are|'re)? (?:(?:unable|not able|can't|cannot|won't be able|will not be able) to|can't|cannot|can not|won't|will not) (?:honou?r|hold|keep|guarantee|extend) (?:\w+ ){0,3}?(?:price|prices|pricing|rate|rates|discount|quote|offer|terms|proposal|slot|spot|place|booking|reservation|it|them|this|that)\b`,
  ],
  // session 13: the price held only until a time: "I can't hold this price past Friday"
  [
    'hold keep honour honor guarantee extend & past beyond after',
    r`\b(?:can't|cannot|can not|won't|will not|unable to|not able to) (?:hold|keep|honou?r|guarantee|extend) (?:this|the|that|these|our|your) (?:\w+ )?(?:price|prices|pricing|rate|rates|discount|quote|offer|terms)\b[^.?!\n]{0,20}?\b(?:past|beyond|after)\b`,
  ],
  // session 11 (dev 8): a price that ends at a time, and after that it jumps or is gone
  [
    'after',
    r`\bafter (?:that|this|then|this date)\b[^.?!\n]{0,40}?(?:\b(?:released|(?:is|are|'s) gone|jumps?)\b|\+\s?\d+%)`,
  ],
  [
    'dont havent not & hold honour honor guarantee keep',
    both(
      r`\bif (?:we|i) (?:don't|do not|haven't|have not) (?:have|get|receive)\b[^.?!]{0,60}?\bby\b`,
      r`\b(?:won't|will not|can't|cannot|unable to) (?:be able to )?(?:hold|honou?r|guarantee|keep)\b`,
    ),
  ],
  [
    'disappears disappear expire expires ends & back',
    r`\b(?:disappears?|expires?|ends)\b[^.?!]{0,60}?\bafter that,? (?:i|we) (?:\w+ )?(?:can't|cannot|won't be able to) get it back\b`,
  ],
  // session 15 (dev 10): after the date, a worse deal said any way: a different number, 2x,
  // nothing I can guarantee, the quote lapses, the client pulls it ("after that, it's full price,
  // $299/mo." is the rewrite's own information and stays unflagged)
  [
    'after thereafter then',
    r`\b(?:after (?:that|this date|that date|then|which|midnight)|thereafter|and then)\b,?[^.?!]{0,60}?(?:\b(?:(?:a )?(?:very )?different (?:number|price|story)|won't let me|(?:cannot|can't) guarantee (?:you )?(?:anything|the (?:price|rate|discount|conditions|terms))|can't do anything|cannot be repeated|(?:will )?(?:automatically )?lapse|pulls? it|re-?underwrit\w*|prevailing (?:market )?rates)\b|\b(?:it's|it is|is|goes to|will be|becomes) (?:\d+x|double|twice)(?=\W|$))`,
  ],
  // session 22 (dev 12): the price only stands if signed by a date; after it, back to list or 9% more;
  // this number kept only until Friday
  [
    'only & guaranteed approved honoured honored stands holds applies valid available good',
    r`\bonly (?:guaranteed|approved|honou?red|stands|holds|applies|valid|available|good)\b[^.?!]{0,40}?\b(?:if|for|when|on) (?:[\w-]+ ){0,3}?(?:(?:is|are|gets?|it's) )?(?:signed|countersigned|confirmed|placed|booked|approved|received|returned|agreed)\b[^.?!]{0,30}?\b(?:(?:by|before|until) (?:the \d{1,2}(?:st|nd|rd|th)?|\d[\d:.]*(?:am|pm)?|(?:this|next) \w+|end of|close of|our quarter|the end|\w+day\b|tomorrow|today|tonight|midnight|noon)|this (?:week|month|quarter|cycle|\w+day)|today|tomorrow)\b`,
  ],
  [
    'after from & list standard full regular committee rack more',
    r`\b(?:after (?:that|this|then|this hour|that point|which|midnight)|from (?:the \d{1,2}(?:st|nd|rd|th)?|\w+day(?: morning)?|then))\b,?[^.?!]{0,60}?(?:\b(?:goes|go|will go|moves?|reverts?|returns?|drops?) (?:back )?(?:on)?to (?:the )?(?:list|standard|full|regular|new list|committee|rack rate)\b|\b(?:price|rate|cost|fee|premium)s? (?:will be|is|'s|goes up|will go up|rises|will rise) (?:by )?\d+(?:\.\d+)?% more\b)`,
  ],
  [
    'keep hold',
    r`\b(?:can|could) (?:only (?:keep|hold) (?:this|the|that|our|my) (?:[\w-]+ )?(?:number|price|rate|quote|offer|discount|pricing|terms)|(?:keep|hold) (?:this|the|that|our|my) (?:[\w-]+ )?(?:number|price|rate|quote|offer|discount|pricing|terms) only) (?:until|till|to)\b`,
  ],
  // session 24 (dev 3): a rate held only until a day; after the date, "out of my hands"
  [
    'hold keep reserve honour honor',
    r`\b(?:will|can|'ll|could|is going to|are going to) only (?:hold|keep|reserve|honou?r) (?:your|the|this|that|our) (?:[\w-]+ ){0,3}?(?:rates?|prices?|pricing|slots?|offers?|quotes?|discounts?|spots?|terms|rooms?|seats?|places?|bookings?|allocations?|units?)\b[^.?!\n]{0,30}?\b(?:until|till|through|to|for) (?:the end of|end of|close of|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|(?:the )?\d{1,2}(?:st|nd|rd|th)|\d{1,2}/\d{1,2}|another|(?:one|two|three|a few) more)\b`,
  ],
  [
    'hands',
    r`\b(?:after|past|beyond) (?:that|then|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|noon|midday)\b,? (?:i'm |i am )?(?:afraid )?(?:it's|it is|it'll be|it will be|things are) (?:out of my hands|out of our hands)\b`,
  ],
];

// ---------- demand: what I require from you, by when
export const DEMAND_CUES: Cues = [
  // session 16 (dev 11): "I need your roster CSV and SSO details by Wednesday noon", "No more
  // delays please"
  [
    'need & by before',
    r`\b(?:i|we) need your (?:[\w&'’-]+ ){1,6}?(?:by|before|no later than) (?:\w+day\b|tomorrow|tonight|today|eod|cob|end of|noon|midday|close of|the \d|\d)`,
  ],
  ['delays', r`\bno more (?:delays|excuses|waiting)\b`],
  [
    'require need expect must',
    r`\b(?:i|we) (?:will |would )?(?:really |absolutely |simply )?(?:require|need|must have|expect)\b[^.?!\n]{0,60}?(?:\bfrom (?:you|your)\b|\bno later than\b|\bby (?:eod|cob|close of business|end of (?:the )?day)\b|\btoday\b|\basap\b)`,
  ],
  ['need', r`^need you to\b`],
  // session 13 (dev 9): required from you without fail; you'll have to by end of day; need ur
  // answer tomorrow
  ['fail', r`(?<!\b(?:i|we)(?:'ll| will| shall)\b[^.?!\n]{0,60})\bwithout fail\b`],
  ['required', r`\b(?:is|are) required from you\b`],
  [
    'have & by today tonight tomorrow eod end',
    r`\byou(?:'ll| will) (?:have|need) to (?:send|sign|confirm|get|reply|return|pay|provide|give)\b[^.?!\n]{0,80}?\b(?:by|today|tonight|tomorrow|eod|end of (?:the )?day)\b`,
  ],
  [
    'need & today tonight tomorrow tmrw asap eod by',
    r`(?:^|, |\b(?:i|we) )need (?:ur|your) (?:answer|reply|decision|response|sign-?off|signature)\b[^.?!\n]{0,20}?\b(?:today|tonight|tomorrow|tmrw|asap|eod|by)\b`,
  ],
  [
    'ensure sure',
    r`(?:^|\bplease |\balso |\band |\bjust )(?:ensure|make sure) (?:that )?(?:your|you|all|everyone|\w+'s)\b`,
  ],
  ['delay', r`\bany delay (?:on|from) your (?:side|end|part)\b`],
  // round 4 (dev 4): a chain of orders
  [
    'then',
    r`^then (?:please )?(?:have|ping|send|get|book|sign|tell|forward|call|email|text|bring|pick|schedule|set|make|submit|return)\b`,
  ],
  [
    'need',
    r`\bi need (?:a|an|your|one|a single) (?:answer|decision|reply|response|yes or no|pick)\b|\bi'll need (?:all of )?(?:it|them|this|everything)\b`,
  ],
  [
    'do chasing',
    r`\bdo it (?:today|now|asap|tonight)\b|\bi'm not (?:chasing|asking) (?:this|you|for this) again\b`,
  ],
  [
    'send get have bring submit return fill sign review',
    r`^(?:[\w-]+, )?(?:please )?(?:send|get|have|bring|submit|return|fill (?:out|in)|sign|review)\b(?! (?:me |us )?(?:any|your) (?:questions|thoughts|feedback|comments)\b)[^.?!]{0,80}?\b(?:today|tonight|asap|by (?:eod|cob|tomorrow|\d{1,2}(?::\d\d)? ?(?:am|pm)|\w+day))\b`,
  ],
  [
    'send',
    r`\b(?:just )?send (?:them|it|this|those|these) (?:over |back )?(?:today|asap|tonight|now)\b`,
  ],
  // round 5 (dev 5)
  ['make', r`\b(?:please )?(?:don't|do not) make me (?:ask|chase|remind|follow up|write)\b`],
  // session 11 (dev 8): no pronoun, or "I'll need", from you by a date; without further delay
  [
    'need & from',
    r`(?:^|[-—–:] )(?:i(?:'ll| will)? )?need (?:the |your )?[^.?!\n]{1,60}?\bfrom (?:you|u)\b[^.?!\n]{0,20}?\b(?:today|tonight|by|asap|now)\b`,
  ],
  ['delay', r`\bwithout (?:further|any further|more) delay\b`],
  ['priority', r`\bmake (?:this|it) (?:a|your) (?:top )?priority\b`],
  // session 22 (dev 12): send them back immediately; don't sit on it
  [
    'immediately right straight once',
    r`\bplease (?:send|return|sign|confirm|pay|submit|forward|provide)\b[^.?!]{0,40}?\b(?:immediately|right away|straight away|at once)\b(?![^.?!]*\bif\b)`,
  ],
  ['sit', r`\b(?:don't|do not) sit on (?:it|this|them)\b`],
];

// ---------- surveillance: what my tools saw you do
const OBSERVED = r`\b(?:i|we) (?:\w+ )?(?:noticed|saw|see|observed|spotted)\b|\b(?:i|we) (?:couldn't|could not|can't) help (?:noticing|seeing)\b|(?:^|, )(?:just )?(?:noticed|spotted)\b|\b(?:i|we) (?:was|were|am|are) (?:pleased|glad|happy|excited|thrilled) to (?:see|notice)\b|\b(?:linkedin|hubspot|salesforce|outreach|gong|apollo|my inbox|my email|the tracker|the platform) (?:tells|told|shows|showed|says|said) me\b|\b(?:got|get|received) (?:a |an )?(?:notification|alert|ping)\b|\b(?:platform|system|dashboard|tracking|tracker|analytics|crm|software|notifications?|alerts?) (?:\w+ ){0,2}?(?:shows?|showed|tells?|told|says?|lit up|pinged|flagged|indicates?)\b|\bfrom (?:our|my) (?:system|platform|dashboard|tracking|analytics|crm)\b`;
const YOU_DID = r`\b(?:you(?:'ve| have)?|someone (?:from|at) (?:[^.?!]|(?<=\b(?:st|mt|dr|co|inc|ltd))\.){1,30}?) (?:\w+ )?(?:opened|viewed|clicked|visited|downloaded|watched|spent|stayed|forwarded|looked at|checked out|saved|bookmarked|logged in(?:to)?|were on|was on|had a (?:look|peek|browse)|took a (?:look|peek)|swung by|stopped by|dropped by|popped (?:by|over)|went through|poked around|played|ran (?:our|my)|used (?:our|my)|been (?:back )?on (?:our|my)|spent (?:a (?:good |long )?while|quite a while|\w+ minutes|some time|time) on)\b|\byour (?:team|people|staff|colleagues|users) (?:\w+ )?(?:logged in(?:to)?|opened|viewed|clicked|visited|downloaded|watched|spent)\b|\b(?:nobody|no one) (?:has )?clicked\b|\bvisits? from your\b|\b(?:emails?|messages?|notes?|links?|decks?|pdfs?|proposals?) (?:\w+ )?(?:got|was|were|has been|have been) (?:forwarded|opened|viewed|clicked)\b`;
export const SURVEILLANCE_CUES: Cues = [
  // session 16 (dev 11): their network popping up on our pages; the link I sent clicked from
  // their accounts
  [
    'pop popped popping & our my',
    r`\byour (?:[\w'’-]+ ){0,2}?(?:network|team|company|firm|office|domain|ip|people|colleagues) (?:keeps? |kept )?(?:pop|popped|popping|show|showed|showing|turn|turned|turning) up (?:on|in|at) (?:our|my)\b`,
  ],
  [
    'clicked opened viewed forwarded & sent shared',
    r`\b(?:link|email|message|note|deck|pdf|proposal|video|invite) (?:i|we) (?:sent|shared)(?: you)? (?:got|was|has been|have been) (?:\w+ )?(?:clicked|opened|viewed|forwarded)\b`,
  ],
  // session 11 (dev 8): someone on their network, seen on our pages
  [
    'someone somebody & network team company office domain',
    r`\b(?:someone|somebody) (?:on|from|at) your (?:company |office )?(?:network|team|company|office|domain)\b[^.?!]{0,30}?\b(?:was|were|has been|have been) (?:on|in|all over) (?:our|my)\b`,
  ],
  ['looks', r`\blooks like you(?:'ve| have)? had (?:our|my|the) [^.?!]{1,40}?\bopen\b`],
  [
    'noticed noticing seeing saw see notice observed spotted platform system dashboard tracking tracker analytics crm software notification notifications alert alerts ping got get received linkedin hubspot salesforce outreach gong apollo inbox email tracker & opened viewed clicked visited downloaded watched spent stayed forwarded looked checked visit visits saved bookmarked logged were was had took swung stopped dropped popped went poked played ran used been',
    both(OBSERVED, YOU_DID),
  ],
  // round 6 (dev 6): a colleague of theirs, watched on our site
  [
    'visited opened viewed clicked downloaded spent watched had took swung stopped dropped popped went poked',
    r`^(?:(?:hi|hey|hello) [\w-]+,? )?(?:just )?(?:noticed|saw|spotted) (?:that )?(?:you|your \w+)\b[^.?!]{0,60}?\b(?:visited|opened|viewed|clicked|downloaded|spent|watched|had a (?:look|peek|browse)|took a (?:look|peek)|swung by|stopped by|dropped by|popped (?:by|over)|went through|poked around)\b`,
  ],
  // session 10 (dev 7): where the looking was traced to ("clicked three times from your office IP")
  [
    'clicked played opened viewed watched downloaded visited accessed & office account company domain ip network building',
    r`\b(?:clicked|played|opened|viewed|watched|downloaded|visited|accessed) (?:on )?(?:${COUNT} times|twice|several times|multiple times|a few times|a couple of times)\b[^.?!]{0,20}?\bfrom your (?:office|account|company|domain|ip|network|building)\b`,
  ],
  // session 11 (dev 8): seen going back to our pages, someone on their network on our site
  [
    'see saw noticed tracker software analytics system crm dashboard shows tells says flagged & back poking visited downloaded clicked opened viewed spent on forwarded',
    both(
      r`\b(?:i (?:could )?see|i saw|saw|i noticed|noticed|(?:link tracker|tracker|software|analytics|system|crm|dashboard|it) (?:\w+ )?(?:shows|tells me|says|flagged))\b`,
      r`\b(?:you(?:'d|'ve)?|your (?:team|colleagues?|company|people|office|staff)|someone|somebody)\b[^.?!]{0,40}?\b(?:went back|been back|back (?:in|into|to)|(?:was|were) on (?:our|my|the)|poking (?:a)?round|visited|downloaded|clicked(?: into| on)?|opened|viewed|spent (?:a while|time|\d+ minutes) on)\b[^.?!]{0,40}?\b(?:page|pages|site|docs|document|pdf|deck|proposal|quote|pricing|case study|link|itinerary|file|profile)\b|\b(?:was|were|been) (?:opened|viewed|downloaded|forwarded)\b`,
      140,
    ),
  ],
  // session 14 (dev 9): a peek at my profile, a click on the quote link, opened from four places
  [
    'peeked peeking peeped stalked stalking clicked clicking checked checking looked looking',
    r`\b(?:saw|see|seen|noticed|spotted|caught) (?:that )?(?:you|u)(?:'ve| have)? (?:\w+ )?(?:peeked|peeking|peeped|stalked|stalking|clicked(?: on)?|clicking(?: on)?|checked out|checking out|looked at|looking at)(?: at)? (?:my|our|the) (?:[\w-]+ ){0,2}?(?:profile|page|link|quote|proposal|deck|site|website|pricing|listing|post|email|message)\b`,
  ],
  [
    'locations devices offices addresses computers cities browsers',
    r`\b(?:been|was|were|got|get) (?:opened|viewed|read|forwarded|clicked|accessed)\b[^.?!]{0,25}?\bfrom (?:\w+ ){0,2}?(?:different |separate |other )?(?:locations|devices|offices|ip addresses|computers|cities|browsers)\b`,
  ],
];

// ---------- empty bump: back to my earlier message, with nothing new
const MY_EARLIER = r`\b(?:my|the) (?:\w+ ){0,2}?(?:message|email|e-mail|mail|note|msg|correspondence|letter|inmail)\b`;
export const BUMP_CUES: Cues = [
  // session 16 (dev 11): did my note come through; popping it back into their feed
  [
    'come came arrive arrived land landed reach reached',
    r`\bdid (?:my|our) (?:last |earlier |previous )?(?:note|email|e-mail|message|mail|msg|inmail)(?: (?:about|on|re|regarding) [^.?!]{1,40}?)? (?:come through|arrive|land|reach you|get through)\b`,
  ],
  [
    'pop popping bump bumping & feed inbox',
    r`\b(?:pop|popping|bump|bumping|put|putting|push|pushing|nudge|nudging) (?:this|it|my (?:note|message|email)) back (?:into|in|to the top of|at the top of) your (?:feed|inbox)\b`,
  ],
  // session 10 (dev 7): writing again, back to their attention, the spam folder
  [
    'write writing & again more',
    r`\b(?:i write|i'm writing|i am writing|^writing) (?:to )?you (?:again|once more|once again)\b`,
  ],
  ['attention', r`\b(?:back to|again to) your attention\b`],
  // session 14 (dev 9): a reminder of my earlier mail, in formal or translated English
  [
    'remind reminding reminder relaunch relaunching & message email mail note msg correspondence letter inmail',
    r`\b(?:remind(?:ing)? you|reminder|relaunch(?:ing)? you) (?:of|regarding|about|concerning|on|re) (?:(?:our|my) (?:\w+ ){0,2}?|the (?:earlier|previous|last|below|trailing|preceding) (?:\w+ )?)(?:message|email|e-mail|mail|note|msg|correspondence|letter|inmail)\b`,
  ],
  ['spam junk', r`\b(?:in|into) (?:the|your) (?:spam|junk)(?: folder| box)?\b`],
  [
    'following writing return returning further circling resending re-sending bringing floating bumping & message email mail note msg correspondence letter inmail',
    both(
      r`\b(?:following up|writing (?:you )?again|return(?:ing)? to|further to|circling back|re-?sending|bringing (?:this|it) back|floating (?:this|it) (?:back )?up|bumping)\b`,
      MY_EARLIER,
      40,
    ),
  ],
  [
    'buried lost vanish vanished slip slipped reach reached',
    r`\b(?:did|has|have) (?:my|the) (?:\w+ ){0,3}?(?:message|email|mail|note|msg|inmail)(?: from [\w ]{1,15})? (?:get |got )?(?:buried|lost|vanish\w*|reach(?:ed)? you|come through|slip\w*)\b`,
  ],
  ['update news', r`\b(?:any|an) (?:update|news)\b[^.?!\n]{0,30}?\b(?:my|this one|on this)\b`],
  ['receipt', r`\bconfirm receipt\b`],
  ['ate', r`\bin case (?:linkedin|it|gmail|outlook|the algorithm) ate it\b`],
  [
    'possibility chance opportunity',
    r`\bhad (?:the possibility|a chance|an opportunity) to (?:see|review|read|look)\b`,
  ],
  // round 5 (dev 5): back in front of them, writing once more about it
  [
    'popping bouncing putting pushing moving & back',
    r`\b(?:popping|bouncing|putting|pushing|moving) (?:this |it )?back (?:into|in front of|up|to the top of) (?:you|your)\b`,
  ],
  [
    'writing & once again',
    r`\bwriting (?:once more|once again|again) (?:regarding|about|re|concerning|in regard to)\b`,
  ],
  // round 6 (dev 6): me again, popping up in the inbox, sending it again in case it was missed
  ['again', r`^(?:(?:hey|hi|hello) [\w-]+,? )?me again\b`],
  ['popping', r`\bpopping (?:up )?(?:in|into) your inbox\b`],
  ['cracks', r`\bslip(?:ped|ping|s)? through the cracks\b`],
  [
    'again & mail email message note',
    r`\b(?:send|sending|re-?send(?:ing)?) (?:you )?(?:this|my|the) (?:\w+ )?(?:mail|email|e-mail|message|note) again\b`,
  ],
  [
    'see',
    r`\b(?:maybe |perhaps )?you (?:did not|didn't|have not|haven't) (?:see|seen) my (?:last|previous|earlier) (?:one|mail|email|e-mail|message|note)\b`,
  ],
  // session 11 (dev 8): anything on the below, did any of them reach you, lost among your messages
  [
    'below msg message note email',
    r`^(?:(?:hi|hey|hello) [\w.-]+(?: [\w.-]+)?,? )?(?:any|anything) (?:(?:news|thoughts|updates?|word|feedback) )?on (?:the below|the (?:msg|message|note|email) i sent|my (?:last|previous|earlier) (?:msg|message|note|email))\b`,
  ],
  [
    'reach',
    r`\bdid (?:any of )?(?:these|those|them|this|it|my (?:notes|emails|messages)) reach you\b`,
  ],
  [
    'lost buried slip slipped',
    r`\b(?:didn't|did not|hasn't|has not) (?:get |gotten )?(?:lost|buried|slip(?:ped)? past you)\b|\bin case (?:my|the) [^.?!]{1,90}?slipped past you\b`,
  ],
  // session 22 (dev 12): bringing this back up, with nothing new; session 24 (dev 10): popping it
  [
    'bringing bring bumping floating float pushing moving popping pop',
    r`^(?:just )?(?:bringing|bring|bumping|floating|float|pushing|moving|popping|pop) (?:this|it|my (?:note|message|email)|the below) back (?:up|to the top)\b`,
  ],
  // session 24 (dev 10): lost in the shuffle; asking whether they received it; my below e-mail
  [
    'lost',
    r`\b(?:did|has|have) (?:this|it|this one|that|my (?:\w+ )?(?:note|e-?mail|message|mail|msg)) (?:get |gotten |got )?lost in the (?:shuffle|mix|noise|pile|inbox)\b`,
  ],
  [
    'received seen read',
    r`\bask (?:you )?(?:if|whether) you(?:'ve| have| had)? (?:received|seen|read) (?:it|this|my (?:\w+ )?(?:e-?mail|message|mail|note|offer|letter))\b`,
  ],
  [
    'refer referring',
    r`\b(?:i|we) (?:refer|am referring|are referring|would like to refer) (?:you )?to (?:my|our) (?:below|previous|last|earlier|recent) (?:e-?mail|message|mail|note|offer|letter)\b`,
  ],
];
