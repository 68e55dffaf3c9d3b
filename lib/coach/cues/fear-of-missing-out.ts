/** Tactic cues for fear of missing out: being the last, falling behind, losing the edge. */
import { both } from '../lexicon';
import type { Cues } from '../types';
import { BRACED_FIELD } from '../greeting';
import { COUNT } from './scarcity';

const r = String.raw;

/** A loss the reader is warned of: missing it, paying more, being left, stuck or last. */
const LOSS = r`(?:lose|losing|lost|miss|misses|missing|missed|left short|left behind|behind|caught out|stuck|scrambling|pay(?:ing)? (?:more|extra|the (?:extra|old|full|higher)|full|twice|roughly|over|a premium|[$£€\d])|settle for|the last|the only|outdated|dated|have to explain|restart|stall|stalls|stalled|slip|slips|second group|back of the queue|too late|went to someone else|go to someone else)\b`;
/**
 * Session 23: missing the reader ("a shame to miss you while I'm in Leeds") or losing touch is the
 * writer's own loss, not one the reader is told to dread ("a shame to lose you over $200" still is).
 */
const NOT_THE_READER = r`(?!(?<=miss|missed|missing) (?:you|each other|seeing you)\b)(?!(?<=lose|losing|lost) touch\b(?! with (?!(?:us|me|each other)\b)))`;
/** "still" of the old way, not of a virtue ("the only bakery still open on Sundays", session 31). */
const STILL_BEHIND = r`still(?! (?:open|here|around|going strong|family[- ]run|independent)\b)`;
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
    r`\byou(?:'re| are|'d be|'ll be) (?:now |literally |probably |really |soon )?(?:the|one of the) (?:only|last) (?:[\w-]+ ){0,6}?(?:${STILL_BEHIND}|left|without)\b`,
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
    r`(?<!\b(?:worry|worried|fret|fretting) about )\b(?:be(?:ing)?|stays?|remain) the (?:last|only) (?:one|ones|company|team|brand|agency|clinic|firm|hotel|store|shop|business)\b`,
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
    r`\b(?:be(?:ing)?|stays?|remain|were|was) (?:the|an) (?:outlier|odd one out)\b|(?<!\b(?:worry|worried|fret|fretting) about )\b(?:be(?:ing)?|were|was|remain) (?:one of )?the (?:last|few|only ones?) (?:[\w-]+ ){0,3}?(?:to (?:weigh in|join|switch|move|adopt|sign|act)|still|without|holding out|doing)\b|\bto be the last (?:[\w-]+ ){0,3}?still\b`,
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
    r`\b(?:be(?:ing)?|you're|you are) (?:maybe |probably |perhaps )?(?:one of )?the last (?:[\w-]+ ){0,4}?(?:${STILL_BEHIND}|left)\b`,
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
    r`\b(?:i'd|(?:i|we) would) hate for you to (?:be|end up|become) (?:the|one of the) (?:last|only|odd)\b`,
  ],
  // (session 28: not their opening hours: "while everyone else is already closed")
  [
    'else',
    r`\bevery(?:one|body) else (?:is|has|'s) already\b(?!(?<=(?:is|'s) already) (?:closed|shut|away|off|on (?:holiday|leave|break|vacation)|gone home|winding down)(?:[.,;!?]| for\b| until\b| today\b| now\b| over\b|$))`,
  ],
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
    r`\b(?:i'd|(?:i|we) would|(?:i|we) should|would)(?: (?:really|honestly|genuinely|truly|just|so))? hate (?:for|to see) (?!(?:this|it|that|my|our|me|us)\b[^.?!]{0,30}?\b(?:feel|feels|seem|sound|come across|read|bother|nuisance|pressure)\b|(?:this|that|my|our) (?:email|e-mail|message|note|mail|letter|follow-up|reminder)s? (?:to |to be |to get |to end up )?(?:the (?:only|last)|lost|buried|slip|missed)\b|(?:this|it) (?:to )?be the (?:only|last) (?:email|message|note|mail|letter)\b)[^.?!;:]{0,60}?\b${LOSS}${NOT_THE_READER}`,
  ],
  // session 20: a shame for us or our team is the writer's own loss, not a scare aimed at the reader
  [
    'shame pity',
    r`\b(?:(?:it|that) (?:would|'d) be|(?:it|that) is|it's|that's) (?:a|such a) (?:real |great |huge |terrible )?(?:shame|pity) (?:(?:for|to)\b(?! (?:us|me|our|my)\b)|if\b)[^.?!;:]{0,70}?\b${LOSS}${NOT_THE_READER}`,
  ],
  // session 11 (dev 8): the laggard's fate ("offices that wait tend to find…", "the ones who aren't
  // are starting to lose contracts"), and being the one still left behind
  [
    'wait waited hold held havent arent dont didnt put deferred delay delays delayed delaying skip skips skipped skipping without stay stays stayed ship & lose losing lost find finding end ends vanish vanishes vanished vanishing miss misses missed missing fall falling left watching seldom rarely scrolling stuck struggle struggles struggled struggling regret regrets regretted regretting competitor competition rivals rival spend spends spending win winning',
    both(
      r`\b(?:ones|those|\w+s) (?:that|who|which) (?:wait|waited|hold back|held back|haven't|aren't|don't|didn't|put off|have deferred|deferred|delay\w*|stay(?:ed)?|skip\w*|only ship)\b|\b\w+s without (?!it\b)(?:\w+ ){1,4}?(?:are|were) (?:already )?`,
      r`\b(?:lose|losing|lost|find (?:that|those|themselves)|finding|end up|ends up|vanish\w*|miss(?:es|ed|ing)? out|fall(?:ing)? behind|left behind|watching|seldom recovered|rarely (?:see|recover|get)|scrolling|stuck|struggl\w*|regret\w*)\b|\bto (?:the|a|their|your) (?:competitor|competition|rivals?)\b|\bspend(?:s|ing)? (?:the next|the following|months|years|a year|a long time)\b[^.?!]{0,40}?\b(?:trying to|catching up)|\bwin(?:ning)? (?:them|customers|clients|guests|patients) back\b`,
      160,
    ),
  ],
  [
    'hate shame pity caught want & one ones still stuck',
    both(
      r`\b(?:i'd hate|(?:i|we) would hate|hate to (?:see|watch)|(?:a )?(?:shame|pity) if|don't get caught|do not get caught|(?:don't|do not|wouldn't|would not) want you)\b`,
      r`\b(?:be|being|were|was|are|is) (?:the|one of the) (?:only |last )?(?:[\w-]+ ){0,2}?(?:one|ones) (?:still|left|that gets? (?:missed|left))\b|\b(?:being|be) the (?:one|only) [\w-]+ (?:still|left)\b|\bstuck (?:on|with|in)\b`,
      120,
    ),
  ],
  // session 22 (dev 12): a pity if theirs were the ones left behind; peers ahead while they still pay
  [
    'pity shame',
    r`\b(?:would|'d|will) be (?:a )?(?:real |great |bit of a |huge )?(?:pity|shame) (?:if (?:yours|you|your|the)\b|to (?:lose (?:it|this|that|them|the|your|out)|miss out|let (?:it|this|that|them) (?:go|slip)|see (?:you|your))\b)`,
  ],
  // session 31 (dev 15): one of the last in their city still on the old way; every month they wait
  // is a month for the others; the early movers eating everyone else's share
  [
    'last only & still',
    r`(?:${BRACED_FIELD}|\[[^\]\n]{1,30}\]|\byour (?:[\w-]+ ){0,2}?[\w-]+) (?:is|are) (?:now |probably |likely )?(?:one of )?the (?:last|only) (?:[\w-]+ ){1,2}?(?:in|on|around|across|left in) [^.?!]{1,40}?\bstill (?:running|using|on|doing|paying|relying|stuck|with|without|printing|faxing|posting|handling|managing|tracking|booking|taking|working (?:off|from|on|with))\b`,
  ],
  [
    'every & waits wait another',
    r`\bevery (?:month|week|day|quarter|year) (?:[^\s.?!]+ ){1,3}?(?:waits?|holds? off|delays?) (?:is|means) (?:another|one more|a) (?:month|week|day|quarter|year)\b`,
  ],
  [
    'early first & eating taking winning stealing grabbing',
    r`\b(?:brands|companies|firms|teams|shops|stores|practices|clinics|ones|those|people|businesses|agencies) (?:that|who) (?:jumped on|moved on|got (?:in|on)|adopted|moved|switched|went)\b[^.?!]{0,30}?\b(?:early|first)\b[^.?!]{0,30}?\b(?:eating|taking|winning|stealing|grabbing|pulling) (?:everyone|the rest|all the|your|their competitors'|the others')`,
  ],
  // session 31 (dev 14): their customers will ask why they don't have it
  [
    'asking ask wondering wonder & why',
    r`\b(?:they(?:'ll| will) (?:soon |start |begin )|(?:customers|(?:your )?(?:regulars|customers|clients|guests|patients|shoppers|members|buyers))(?:'ll| will) (?:soon |start |begin )?)(?:be )?(?:asking|ask|wondering|wonder) why you (?:don't|do not|haven't|have not|aren't|are not|can't)\b`,
  ],
  // session 27 (dev 13): the last on the street to catch up; paying more while the competition isn't
  [
    'last & street block road area group town city market sector industry region network chain',
    r`\bthe last (?:one |ones |[\w-]+ )?(?:on|in) (?:the|your) (?:street|block|road|area|group|high street|town|city|market|sector|industry|region|network|chain)\b[^.?!]{0,25}?\bto (?:catch up|make the (?:switch|move)|switch over)\b`,
  ],
  [
    'while & competition competitors rivals',
    r`\bwhile (?:the competition|(?:your )?competitors|(?:your )?rivals) (?:isn't|aren't|is not|are not|doesn't|don't|(?:has|have) (?:already )?(?:moved|switched))\b`,
  ],
  [
    'still & while',
    r`\bwhile you(?:'re| are) still (?:paying|using|stuck|doing it|running|relying|spending|losing|manually)\b`,
  ],
  // session 33 (dev 16): left the one still on the old way, the train leaving the station, reading
  // about it rather than having it, in the room or outside it
  [
    'still',
    r`\byou(?:'d|'ll| would| will)? (?:be|being|end up being|are|'re) the (?:one|only one|last one|last)(?: \w+)? still (?:on|using|doing|paying|stuck)\b`,
  ],
  [
    'train boat',
    r`\bon the (?:train|boat)\b[^.?!]{0,30}?\bbefore (?:it|the (?:train|boat)) (?:leaves|sails|goes)\b`,
  ],
  [
    'reading hearing',
    r`\b(?:reading|hearing) about (?:the |their |its )?(?:returns|results|savings|gains|growth|success|it)\b[^.?!]{0,20}?\brather than (?:receiving|getting|enjoying|earning|seeing|having)\b`,
  ],
  [
    'room ones those companies vendors firms',
    r`\bin the room,? or (?:outside|out of) it\b|\b(?:the ones|those|companies|vendors|firms) (?:who|that) (?:aren't|are not|weren't|were not) in the room\b`,
  ],
  [
    'still & while',
    r`\bwhile (?:yours?|your [\w-]+(?: [\w-]+)?) (?:is|are) still (?:leaking|bleeding|losing|paying|stuck|running on)\b`,
  ],
  // session 34 (dev 17): peers around them already moved over; being the one left behind; the
  // others pulling ahead; watching it from the desk; a shame to pay for what was free
  [
    'already switched moved gone signed joined adopted upgraded switching moving upgrading signing & city town block street road park estate category space industry sector niche market area building region neighbourhood neighborhood patch postcode vertical network round around near',
    r`\b(?:every|most|half|all|many|several|(?:a )?(?:few|couple|dozen|handful)|${COUNT})(?: of)?(?: the)?(?: other)? (?:[\w-]+ ){1,2}?(?:(?:in|on|at|across|around|near) (?:your|our) (?:[\w-]+ )?(?:city|town|block|street|road|park|estate|category|space|industry|sector|niche|market|area|building|region|neighbou?rhood|patch|postcode|vertical|network)\b|(?:round|around|near) you\b)[^.?!]{0,50}?\b(?:already (?:(?:give|gives|use|uses|run|runs|offer|offers|work with|works with|buy|buys|stock|stocks) |(?:booked|signed|switched|moved|joined|bought|ordered|upgraded|adopted)\b)|(?:have|has) (?:now )?(?:switched|moved|gone over|signed|joined|adopted|upgraded)|(?:are|is) (?:now )?(?:switching|moving|upgrading|signing up)|switched|moved (?:over )?to|signed up|joined)`,
  ],
  [
    'still without',
    r`\b(?:(?:want|like|prefer|rather) (?:to )?be|why be) the (?:last|only|one)(?: [\w-]+){0,5}? (?:${STILL_BEHIND}|without)\b`,
  ],
  [
    'one',
    r`\bbefore you(?:'re| are) the (?:one|only one|last one) (?:asking|left|stuck|missing|explaining|wondering|who (?:missed|didn't))\b`,
  ],
  [
    'guy girl person team company firm business shop',
    r`\b(?:don't|do not) be the (?:[\w-]+ ){1,2}?(?:guy|girl|person|team|company|firm|business|shop)\b`,
  ],
  [
    'ahead',
    r`\b(?:they(?:'re| are)|they've been) (?:already |now )?(?:pulling|racing|streaking|edging) ahead\b(?! with)`,
  ],
  [
    'imagine',
    r`\bimagine (?:scrolling|seeing|watching|reading|hearing about) (?:through )?(?:the |all the |their )?(?:photos|pictures|posts|pics|updates|recaps?|highlights|stories)\b[^.?!]{0,20}?\b(?:from (?:your|the) (?:desk|office|sofa|couch|phone)|without you)\b`,
  ],
  [
    'shame pity',
    r`\b(?:wouldn't it|would it not|it would|it'd|it will|it'll) be a (?:real |huge |big )?(?:shame|pity) to (?:pay (?:for|more|extra|twice)|waste|miss out|lose out|lose (?:the|your) (?:discount|rate|price|offer|slot|place|spot))\b`,
  ],
  // session 34 (dev 18): their rivals interviewed him yesterday; members notice who is still on
  // the old kit; waiting could cost you
  [
    'rival rivals competitor competitors',
    r`\byour (?:[\w-]+ )?(?:biggest |closest |main |two |three )*(?:rivals?|competitors?)\b[^.?!]{0,20}?\b(?:interviewed|hired|signed|booked|bought|ordered|met|called|spoke to|are talking to|have been in touch)\b`,
  ],
  [
    'still',
    r`(?<!\byou )\b(?:notice|see|know|spot)s? (?:which|who) (?:[\w-]+ ){0,3}?(?:are|is) still (?:on|using|running)\b`,
  ],
  [
    'cost',
    r`\b(?:waiting|delaying|holding off|sitting on it) (?:could|will|might|may|would) cost you\b(?! nothing| anything| a thing| a penny| extra)`,
  ],
  // session 35 (dev 19): people will notice who is missing, do not let them be the one, a shame to watch peers share in it without you or to hear about it afterwards, the thing everyone has, rivals moved to us
  [
    'notice & isnt not',
    r`\bnotice who(?:'s| is) (?:there|in|in the mix|on board|taking part) and who(?: isn't| is not|'s not)\b`,
  ],
  [
    'let & one last only',
    r`\bdon't let (?:him|her|them|your (?:[\w-]+ ){0,2}?(?:team|company|business|brand|firm|school|store|shop|kids?|son|daughter|child|children)) be the (?:one|only one|last one|last|only)(?: (?:still|left|without|who))\b`,
  ],
  [
    'shame pity & without',
    r`\b(?:would|'d|will) be a (?:real |great |big )?(?:shame|pity) (?:to watch|to see) (?:them|others|everyone|your (?:[\w-]+ ){0,2}?(?:peers|rivals|competitors|friends|classmates|neighbours|neighbors|co-investors))\b[^.?!]{0,40}?\bwithout you\b`,
  ],
  [
    'shame pity & afterwards',
    r`\b(?:shame|pity) for (?!(?:me|us|them|you)\b)[\w-]+ to hear (?:all )?about it afterwards\b`,
  ],
  [
    'rivals competitors & moved switched',
    r`\b(?:rivals|competitors)\b[^.?!]{0,40}?\b(?:have )?(?:moved|switched) (?:over )?(?:onto|to) (?:our|us)\b`,
  ],
  // session 36 (dev 20): left the last or only one, with any words between ("you're about the last
  // firm your size round here still running desktop payroll", "you'll probably be the only lab
  // left on the old units"), a business or the old way named (not "the last one at the office")
  [
    'only last & still left without',
    r`\byou(?:'re| are|'ll| will|'d| would) (?:(?:now|probably|likely|soon|about|almost|basically|pretty much|literally|really|just|then) )?(?:be )?(?:(?:now|probably|likely|soon|about|almost|basically|literally|really|just) )?(?:the|one of the) (?:very )?(?:only|last) (?:(?:[\w-]+ ){0,2}?(?:firm|practice|lab|shop|company|business|store|school|clinic|office|house|hotel|restaurant|agency|salon|garage|surgery|pub|bakery|farm|brand)s?(?: [\w-]+){0,5}? (?:${STILL_BEHIND}|left|without)|(?!(?:person|people|guy|girl|man|woman|one)\b)(?:[\w-]+ ){0,6}?still (?:on|using|running|paying|with|doing|stuck))\b`,
  ],
  // review of session 36: "you're the only one who hasn't", "Everyone else in your book club
  // already booked the retreat"
  [
    'only & hasnt isnt havent not',
    r`\byou(?:'re| are)(?: now)? the only (?:one|person|team|department|company|firm|school|clinic|practice|shop|store)(?: (?:left|here|there))? (?:who|that|which) (?:hasn't|has not|haven't|isn't|is not|still hasn't)\b`,
  ],
  [
    'everyone everybody & already',
    r`\b(?:everyone|everybody) else (?:in|on|at|from) your (?:[\w-]+ ){0,3}?(?:has |have )?already (?:booked|signed|joined|switched|moved|bought|enrolled|registered|paid)\b`,
  ],
];

/**
 * Session 36 (dev 20): other people like them have already moved ("nearly every haulier of your
 * size in the North West has fitted telematics", "most of the mid-sized insurers who were in the
 * room have now begun similar projects"). Honest social proof on its own, so it counts only beside
 * FOMO_LAG.
 */
export const FOMO_PEERS: Cues = [
  // the rest of their own party already in ("The rest of the Alvarez party just booked Lisbon"):
  // news on its own (review of session 36)
  [
    'rest & booked signed joined enrolled paid confirmed registered',
    r`\bthe rest of (?:the |your )?(?:[\w'-]+ ){0,2}?(?:party|group|team|class|family|cohort|year|set|floor|department|office|street|committee|board)\b (?:have |has )?(?:just |already |all |now )(?:booked|signed|joined|enrolled|paid|confirmed|registered)\b`,
  ],
  [
    'all every most half rest others other',
    r`\b(?:(?:almost|nearly|virtually|practically|pretty much|just about) (?:all|every)|most|half|the rest|the others|(?:every|the) other)\b[^.?!]{0,80}?\b(?:have|has|had)? ?(?:already |now |all |just |recently )?(?:changed|moved|switched|fitted|adopted|booked|signed|joined|begun|started|gone|went|bought|installed|upgraded|enrolled|rolled out|come on board|signed up)\b`,
  ],
  [
    'two three four five six several many & went switched chose used picked',
    r`\b(?:two|three|four|five|six|several|many) (?:other )?[\w-]+ (?:on|in|at) (?:[\w-]+ )?(?:close|road|street|avenue|lane|drive|estate|floor|block)\b[^.?!]{0,20}?\b(?:went with|switched to|chose|used|picked) us\b`,
  ],
];

/**
 * Session 36 (dev 20): the reader left behind or shown up, near FOMO_PEERS ("a step behind
 * them", "passed over for work … left explaining why you hadn't", "customers are noticing who is
 * still with plastic", "I would not like that your shops are the last ones.", "Yours is the one the
 * buyers are walking past"); the reader or their business the one behind, not "we were a step
 * behind all game", "sorry you were left out", "anyone who's still on the old ones" (review of
 * session 36).
 */
export const FOMO_LAG: Cues = [
  [
    'behind',
    r`\b(?:you(?:'re| are|'ll be| will be|'d be| would be)|your (?:[\w-]+ ){0,2}?(?:firm|business|shop|practice|team|school|clinic|company|department|lab|group|store|office) (?:is|are|will be|would be|could be))(?: \w+){0,3}? (?:a step|one step|steps|a beat|a year|years|a month|months|a season|a generation) behind\b|\byour (?:[\w-]+ ){0,2}?(?:team|firm|business|practice|school|company) to (?:find itself|be|end up|fall) (?:a step|one step|steps|months|years) behind\b`,
  ],
  [
    'last & one ones',
    r`\byour (?:[\w-]+ ){0,2}?(?:is|are|will be|would be|be) the last ones?\b(?= (?:still|left)\b|\s*[.,;!?]|\s*$)`,
  ],
  [
    'still & noticing notice noticed notices see seeing sees know knows spot spots spotting spotted watching asking ask asks asked',
    r`\b(?:notic(?:e|es|ed|ing)|see|seeing|sees|know|knows|spot|spots|spotted|spotting|watching|ask|asks|asked|asking) who(?:'s| is| are) still (?:on|with|using|running|doing|stuck)\b`,
  ],
  [
    'passed explaining odd',
    r`\bpassed over for (?:work|contracts?|tenders?|business|jobs|bids)\b|\bleft explaining why (?:you|your)\b|\bthe odd one out\b`,
  ],
  [
    'yours & one',
    r`\byours(?:'s| is) the (?:only )?one (?:[\w-]+ ){0,3}?(?:walking past|walk past|passing|ignoring|still|without|left|missing)\b`,
  ],
  [
    'relic outdated dated fashioned times',
    r`\b(?:yours|you|your [\w-]+)(?:'s|'re|'d| is| are|'ll| will| would)? (?:going to |gonna )?(?:(?:look|seem) (?:like )?(?:a relic|outdated|dated|old-fashioned|behind the times)|be (?:a relic|outdated|old-fashioned|behind the times))\b`,
  ],
];
