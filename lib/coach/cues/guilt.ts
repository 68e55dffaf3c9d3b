/** Tactic cues for guilt: hurt feelings or wasted effort, set against their silence. */
import { both } from '../lexicon';
import type { Cues } from '../types';

const r = String.raw;

const HURT = r`\b(?:disappoint\w*|disheart\w*|sad|hurts?|bummed|deflat\w*|upset|let down|frustrat\w*|ignored|ghosted|crushed|gutted|stings?|stung|heartbroken|discourag\w*|bruised|surprised to (?:hear|get|see) nothing|feel bad|hard to (?:take|swallow)|been hard)\b`;
const EFFORT = r`\b(?:spent|pour(?:ed|ing)?|devoted|turned down|worked|built|building|prepar\w*|whole (?:afternoon|weekend|day|evening|morning|thursday|monday|tuesday|wednesday|friday)|two evenings|(?:a|my|our|the) weekend|rearranged|drove|unbilled|legwork|stayed late|went back and forth|put together|out of (?:my|our) own pocket)\b`;
const THEIR_SILENCE = r`\b(?:your silence|heard nothing|(?:haven't|have not|hasn't|didn't|did not) (?:heard|received|gotten|got) (?:anything|a peep|a thing|a word)|no reaction|nothing (?:from|on) your (?:side|end)|not a peep|(?:no|any|a) (?:reply|response|answer|word|acknowledg\w*|heads-up)(?! (?:is )?(?:needed|necessary|required))|unacknowledged|unanswered|never (?:showed|replied|responded|got back|answered)|did(?:n't| not) (?:even )?(?:reply|respond|answer|show|open)|crickets|went quiet|gone quiet|ghost\w*|(?:haven't|have not|hasn't) had any (?:feedback|reply|response|word)|the silence|no feedback|(?:let (?:me|us) know|know) whether you're still interested|hear(?:ing)? nothing|(?:get|getting|got) nothing|(?:the )?lack of (?:an? )?(?:answer|reply|response|news)|the quiet (?:on|from) your (?:side|end)|never heard (?:a thing|anything|back)|into the void|(?:went|gone|going) cold|(?:assumed|thought|hoped) i(?:'d| would) (?:hear|get) (?:something|anything|back))\b|\bnot (?:to )?hear(?:ing)? (?:anything|a thing|back)\b|\bguess not\b|\bnot (?:a|one) (?:single )?(?:word|line|peep) (?:since|back|from you|in reply)\b|\b(?:the|your) (?:total|complete|continued|ongoing|deafening|radio) silence\b|\b(?:figured|thought|hoped|expected) (?:i'd|(?:i|we) would) at least (?:get|hear|have)\b`;
export const GUILT_CUES: Cues = [
  // session 16 (dev 11): left on read, refreshing my inbox for them
  ['read refreshing', r`\bleft (?:(?:me|us) |us )?on read\b|\brefreshing (?:my|our) inbox\b`],
  // session 15 (dev 10): what did I do wrong, we did not deserve this, a question of fairness, it
  // would have been appreciated, one-sided, worth at least a reply, writing to myself
  [
    'wrong deserved deserve fairness courtesy respect appreciated one-sided sided least kill myself wall people',
    r`\b(?:not sure|wondering) what (?:i|we)(?:'ve| have)? done wrong\b|\b(?:i|we) (?:don't|do not) (?:think|feel) (?:i|we) (?:have )?deserved? (?:this|that)\b|\bquestion of (?:fairness|courtesy|respect)\b|\bwould have (?:really )?appreciated (?:a|an|some) (?:quick |short |simple )?(?:note|reply|heads-?up|response|word|call|message)\b|\b(?:feel|feels|feeling) (?:a bit |a little |kind of |kinda )?one-sided\b|\bworth at least (?:a|an) (?:[\w-]+ ){0,2}?(?:reply|response|answer|note|email|acknowledg\w*)\b|\bwouldn't kill (?:ya|you)\b|\b(?:writing|talking) to (?:myself|a wall|the wall)\b|\b(?:i|we) guess some people\b`,
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
  // session 30: the same thing sent N times ("I've sent the proposal three times now"), not a
  // delivery count ("we've sent the samples three times this year")
  [
    'sent resent re forwarded & times',
    r`\b(?:i|we)(?:'ve| have) (?:now |already )?(?:sent|re-?sent|forwarded) (?:you )?(?:(?:the|my|our|this) (?:[\w-]+ ){0,2}?(?:proposal|quote|quotation|contract|agreement|email|e-mail|message|note|invoice|deck|link|form|offer|documents?|details|paperwork|reminder|estimate)s?|it|this) (?:three|four|five|six|several|multiple|\d+) times(?= now\b|\s*[.!?,;:—–-]|$| and (?:still|no|not|haven't|heard)\b)`,
  ],
  [
    'offended wrong',
    r`\b(?:has|have) (?:our company|we|i|(?:my|our) team|our team) offended you\b|\b(?:our company|we|i|(?:my|our) team|our team) (?:has|have) offended you\b|\bwhat (?:we|i) did wrong\b`,
  ],
  [
    'deserve courtesy kind nice polite courteous kinder nicer difficult hard least priority',
    r`\b(?:(?:we|i) deserve (?:to know|an answer|a reply|a response)|(?:common|professional|basic) courtesy|would(?:'ve| have) been (?:kind|nice|polite|courteous|kinder|nicer|more (?:polite|courteous))|is it (?:so|that|really so|really that) (?:difficult|hard)|the least you could|(?:i'm|i am|we're|we are) not (?:a|your) priority)\b`,
  ],
  [
    'courtesy hard difficult something silence',
    r`\bcourtesy of a (?:yes|no|reply|response|answer)\b|\bwould it be (?:so|that|really so|really that) (?:hard|difficult) to (?:reply|respond|answer|let (?:me|us) know|get back|say|send|write)\b|\bdid something to (?:put you off|upset you|offend you)\b|\btake the silence as a sign\b`,
  ],
  [
    'let puzzled hurt',
    r`\b(?:left (?:me|us)|(?:i|we) feel|i'm|i am|we're|we are) (?:(?!(?:nobody|no one|anyone|glad|relieved|happy|pleased)\b)\w+ ){0,3}?(?:let down|puzzled|hurt)\b`,
  ],
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
    r`\byou promised (?:(?:me|us) |us )?(?:an? (?:answer|reply|response|decision|update)|to (?:get back|reply|respond|let (?:me|us) know|call|decide))\b`,
  ],
  [
    'waiting',
    r`\b(?:i've|we've|(?:i|we) have|we've|we have) been waiting (?:ever since|since then|all (?:week|month))\b`,
  ],
  [
    'ignore ignoring',
    r`\b(?:can't|cannot|can not) (?:keep )?(?:ignor(?:e|ing) (?:me|us|this|(?:my|our) \w+)) (?:forever|much longer|any longer)\b|\b(?:keep|stop) ignoring (?:me|us|(?:my|our) \w+)\b`,
  ],
  ['seriously', r`\b(?:aren't|are not|not) taking (?:this|it|me|us|(?:my|our) \w+) seriously\b`],
  [
    'stuck',
    r`\b(?:i'm|i am|we're|we are) (?:a bit |rather |quite |really |kind of )?stuck without (?:an? )?(?:answer|reply|response|decision)\b`,
  ],
  // session 9 (dev 7): a favour that should earn a reply; the least they could do; feeling forgotten
  [
    'earn merit rate deserve warrant',
    r`\b(?:earn|merit|rate|deserve|warrant)s? (?:(?:me|us) |us )?(?:a |an |one )?(?:short |quick |brief |simple |little )?(?:reply|response|answer|note|word|line|update|acknowledg\w*)\b`,
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
    r`\b(?:not|hardly|isn't|is not|wasn't) (?:very |really |quite |entirely |exactly |totally )?fair (?:to|for|on) (?:us|me|(?:my|our) team|our team)\b|\bunfair (?:to|for|on) (?:us|me|(?:my|our) team|our team)\b`,
  ],
  // session 22 (dev 12): my evening meant more to me than to them
  [
    'meant',
    r`\bmeant (?:more|a lot more|much more|far more) to (?:me|us) than (?:it did )?to you\b`,
  ],
  // session 27 (dev 13): a reply owed after all we put in ("a quick reply would be appreciated after
  // going out of our way like that"); whether all that work was for anything
  [
    'after & everything all way',
    both(
      r`\bafter (?:all (?:that|this|of that|the (?:work|effort|time|hours))|everything (?:we|i|the team|our team)(?:'ve| have)? (?:put|did|done|invested|gave)|(?:going|we went|i went) out of (?:our|my) way)\b`,
      r`\b(?:reply|response|answer|hear|heard|word|appreciated|let down|disappoint\w*|no thanks|a no)\b`,
      80,
    ),
  ],
  [
    'whether & work effort time',
    r`\bwhether (?:all )?(?:that|the|our|this) (?:work|effort|time) was (?:for anything|for nothing|wasted|worth it)\b`,
  ],
  // session 33 (dev 16, pressure in the writer's own words): their silence we must explain to
  // others; someone here keeps asking whether they replied; our work thrown away unread
  ['explain justify', r`\b(?:explain|justify) (?:the|your|this) silence to\b`],
  [
    'asking & back replied answered rang',
    r`\bkeeps? asking (?:me|us) (?:if|whether) (?:you|your [\w-]+|she|he|the (?:lady|gentleman|man|woman|chap|guy) from (?:[\w'-]+ ){1,3}?)(?:ever )?(?:got back|replied|answered|rang back|called back)\b`,
  ],
  [
    'foot bin',
    r`\bput (?:my|our) foot in it\b|\b(?:hate|sad|shame) to think (?:it|they|the \w+|all that work|our work) (?:all )?went in the bin\b`,
  ],
  // session 34 (dev 17): the late nights put in, so a reply would be nice; not to be left hanging
  [
    'stay stayed worked pulled gave & lovely nice great grateful appreciate lot',
    r`\b(?:i|we|(?:our|my|the) (?:[\w-]+ )?(?:team|roaster|crew|studio|staff|guys|designer|engineers?|dad|mum|mom))(?: (?:all|both|really|even))? (?:did )?(?:stay(?:ed)? (?:up )?late|worked late|stay(?:ed)? up|pulled an all-nighter|gave up (?:my|our|his|her|their) (?:weekend|evening|sunday|saturday))\b[^.?!]{0,80}?\bso\b(?=[^.?!]*\b(?:hear|reply|response|answer|word|thumbs up|yes|no|know|back|hanging)\b)[^.?!]{0,40}?\b(?:would|'d) (?:be |really |mean )?(?:lovely|nice|great|grateful|appreciate|a lot)`,
  ],
  [
    'hanging',
    r`\b(?:grateful|appreciate|prefer|rather|nice|hope) (?:it )?not (?:to )?be(?:ing)? left hanging\b`,
  ],
  // session 34 (dev 16): someone here asking whether they ever got back to us
  [
    'ever',
    r`\b(?:if|whether) (?:she|he|they|the [\w-]+ from (?:the )?[\w-]+) (?:ever|had ever) (?:got|gotten) back to (?:us|me)\b`,
  ],
  // session 34 (dev 18): surprised not to hear anything; hoped that would earn us their time
  [
    'surprised',
    r`\b(?:i|we)(?:'m|'re| am| are| was| were)? (?:a (?:bit|little) |rather |quite |somewhat )?surprised not to (?:hear|get|receive|have) (?:anything|a word|a reply|a response|back)\b`,
  ],
  [
    'earn buy',
    r`\b(?:hoped|thought|figured) (?:that |this |it )?(?:would|might) (?:earn|buy) (?:us|me) (?:a |an |some |a few )?(?:\w+ )?(?:minutes|reply|response|answer|call|chat|meeting|hearing|moment|word)\b`,
  ],
  // session 35 (dev 19): without so much as a reply, I had hoped that deserved a reply, a no would be the decent thing, hearing nothing wears you down, others turned away for them
  [
    'much & acknowledgement acknowledgment reply word response answer line',
    r`\b(?:weeks?|days?|months?|since \w+|follow-ups?|emails|messages|calls|reminders)\b[^.?!]{0,60}?\bwithout so much as (?:an? |one )?(?:acknowledge?ment|reply|word|response|answer|line)\b`,
  ],
  [
    'hoped hope & reply response answer acknowledgement acknowledgment acknowledged line',
    r`\b(?:i'd|i would|i had|we'd|we would) (?:have )?hoped (?:that |this |it )?(?:deserved|merited|warranted) (?:a|an|some|at least a) (?:reply|response|answer|acknowledge?ment|line)\b|\b(?:i|we)(?:'d| would)? hope (?:we|i) deserve at least (?:a|one) (?:line|reply|response)\b`,
  ],
  [
    'decent polite courteous respectful',
    r`\b(?:a (?:quick )?(?:no|reply|response)(?: (?:from you|back))?|replying(?: to (?:me|us|my \w+))?)\b[^.?!]{0,20}?\b(?:would be|'d be) the (?:decent|polite|courteous|respectful) thing\b`,
  ],
  [
    'wears wear & nothing',
    r`\bhearing nothing(?: back)?\b[^.?!]{0,60}?\bwears? (?:you|me|one|us) down\b`,
  ],
  [
    'said turned declined & for away',
    r`\b(?:i|we)(?:'ve| have)? (?:said no to|turned down|declined) (?:an?other|two|three|several|other|a few) (?:[\w-]+ )?(?:bookings?|enquiry|enquiries|clients?|couples?|buyers?|offers?|viewings?|people|guests?|jobs?|famil(?:y|ies)|tenants?)\b[^.?!]{0,40}?\bfor (?:you|your)\b|\b(?:i|we)(?:'ve| have)? turned (?:other |two |several )?(?:people|buyers|clients|couples|families|tenants) away for you\b`,
  ],
  // session 36 (dev 20): "Would be nice to know someone's reading", "I'm starting to wonder whether
  // anyone reads these at all", "it is not so big thing to ask for some few words back", "I'd have
  // thought a handshake still meant something"
  [
    'nice & reading read',
    r`\bwould be nice to (?:know|think|hear) (?:that )?(?:someone|anyone|somebody)(?:'s| is)? (?:even )?(?:reading|read)\b(?! (?:the|a|an|his|her|their)\b)`,
  ],
  [
    'wonder wondering & reads reading read sees opens',
    r`\b(?:wonder|wondering) (?:whether|if) (?:anyone|anybody|someone) (?:even |actually )?(?:reads|is reading|sees|opens) (?:these|this|my (?:emails|messages|notes|mails))\b|\b(?:wonder|wondering) (?:whether|if) (?:anyone|anybody|someone) (?:even |actually )?(?:reads|is reading|sees|opens)(?: (?:them|it))?(?: at all)?(?=\s*[.?!,;]|\s*$)`,
  ],
  [
    'big & ask',
    r`\bnot (?:so|such a|that|a) big (?:a )?thing to ask (?:for )?(?:a (?:reply|response|few words|word)|some (?:few )?words back|an answer|of you)\b`,
  ],
  [
    'feel felt feeling & having',
    r`\b(?:feel|felt|feeling) (?:a (?:bit|little) |rather |pretty )?(?:daft|silly|foolish|stupid) (?:now,? )?(?:for )?having (?:turned down|turned away|said no to|cleared|blocked) (?:[\w-]+ ){0,5}?(?:for (?:you|your|that|those|the)|on the strength of)\b`,
  ],
  [
    'thought & handshake word promise',
    r`\b(?:i'd|i would) have thought (?:your word|a handshake|a promise)(?: with (?:you|me)| from you)? (?:still )?(?:meant|counted|was worth)\b(?! [^.?!]*\b(?:to (?:the|a|my) (?!you\b)\w+|in the [\w-]+ trade|but (?:he|she|they)(?:'s| has| have|'ve))\b)`,
  ],
  [
    'even actually & reading getting seeing opening',
    r`\b(?:is|are) (?:anyone|anybody|someone) (?:even|actually) (?:reading|getting|seeing|opening) (?:these|this|my (?:emails|messages))\b`,
  ],
];

/**
 * Session 16 (dev 11): guilt told over two or three sentences. How I feel about it or what I gave
 * ("it's discouraging after the hours we put in", "that leaves me in an awkward spot", "I am a
 * little sad", "A bit surprised not to get even an acknowledgement") is guilt when a sentence
 * nearby says they have been silent (GUILT_SILENT); either alone is not.
 */
/** Session 36: how the writer took it ("a kick in the teeth", "I feel a bit daft", "that stings"). */
const TOOK_IT = r`(?:a (?:bit of a |real )?kick in the teeth|(?:i|we) (?:just )?(?:feel|felt) (?:a (?:bit|little) )?(?:daft|silly|foolish|like an idiot|like a fool)|on (?:my|our) own dime|that (?:kinda |kind of |really |honestly )?stings)`;

export const GUILT_FELT: Cues = [
  [
    'disappointed disappointing disheartening disheartened discouraging discouraged sad deflated deflating upset hurt hurts frustrating frustrated frustration gutted bummed surprised stings awkward uncomfortable difficult tricky embarrassing unpleasant pleasant',
    r`\b(?:i|we|i'm|i am|we're|we are|we're|we are|it's|it is|that's|that is|this is|which is|(?:leaves|left|leaving|puts|put|putting) (?:me|us)|(?:find|found|finding) (?:myself|ourselves))\b(?: \w+){0,3}? (?:(?:a little |a bit |rather |quite |really |very |pretty )?(?:disappoint\w*|disheart\w*|discourag\w*|sad|deflat\w*|upset|hurt|hurts|frustrat\w*|gutted|bummed|stings)\b(?! (?:to (?:hear|see|read|learn)|for (?:you|your|them)|about (?:your|the news)|that your)\b)|in (?:an?|the) (?:\w+ )?(?:awkward|uncomfortable|difficult|tricky|embarrassing|unpleasant) (?:spot|position|place|situation)|not a pleasant one)|^(?:a (?:bit|little) |rather |quite |somewhat |honestly |frankly )?(?:surprised|disappointed|sad|discouraged) not to (?:get|hear|receive|have)\b`,
  ],
  ['earned thought', r`\b(?:i|we) would have thought (?:we|i)(?:'d| had| would have)? earned\b`],
  // session 30 (dev 14): embarrassed in front of others, who were counting on them
  [
    'embarrassing embarrassed awkward',
    r`\b(?:it's|it has|it is|it was|that's|this is)(?: been| getting)? (?:a (?:bit|little) |rather |quite |really |very |pretty |getting |more than a little )?(?:embarrassing|awkward)(?=\s*(?:[,.;!—–]|$|to be honest|for (?:me|us|all of us)\b|with (?:them|the (?:committee|team|board))\b))`,
  ],
  ['counting', r`\b(?:was|were|had been) (?:all |really )?counting on you\b`],
  ['eye', r`\bharder (?:and harder )?to look (?:them|him|her|everyone|the \w+) in the eye\b`],
  // session 33 (dev 16): what we gave up for them
  [
    'gave sacrificed turned initiative',
    r`\b(?:gave up|sacrificed) (?:(?:two|three|several|\d+|our|my|a) )?(?:weekends?|evenings?|nights?|saturdays?|sundays?|holidays?)\b|\bturned down (?:another|other|a|two|three) (?:job|client|booking|project|piece of work|customer)s?\b|\bon (?:my|our) own initiative\b`,
  ],
  // session 36 (dev 20): what I gave or turned away for them ("Spent my whole Sunday building you a
  // plan", "Our team was working two full weekends", "kept the blue estate back for you all week and
  // turned two buyers away", "on my own dime"), and how it felt ("a kick in the teeth", "I just feel
  // a bit daft", "that kinda stings"); given to the reader, felt by the writer, and not the writer's
  // own life or someone else's silence (review of session 36)
  [
    'spent gave worked working',
    r`\b(?:spent|gave up|worked|working) (?:my|our|the|two|three|a) (?:whole |entire |full )?(?:sunday|saturday|weekend|weekends|evening|evenings|nights|bank holiday) (?:[\w-]+ ){0,3}?(?:on (?:you|your)|for (?:you|your)|building (?:you|your)|preparing (?:you|your)|writing (?:you|your))\b|\b(?:working|worked) (?:two|three|several|\d+) (?:full |whole )?(?:weekends|nights|evenings) (?:[\w-]+ ){0,6}?(?:for (?:you|your)|only for your)\b`,
  ],
  [
    'turned & away',
    r`\bturned (?:two|three|several|\d+|other|a couple of|a few) (?:[\w-]+ )?(?:buyers|clients|customers|people|offers|bookings|enquiries) away\b(?![^.?!]*\bas (?:agreed|promised|in your contract)\b)`,
  ],
  [
    'kept held & back',
    r`\b(?:kept|held) (?:it|them|this|the [\w-]+(?: [\w-]+)?) back for you\b(?![^.?!]*\b(?:as (?:agreed|promised)|until your delivery)\b)`,
  ],
  [
    'teeth feel felt feeling dime stings',
    r`\b${TOOK_IT}\b(?<!\b(?:must|you|from|to)\b[^.?!]{0,20}${TOOK_IT})(?![^.?!]*\b(?:for not|from (?:my|the|our)|landlord|surgery|ward|council|airline|school|stadium|whistle|when (?:i|we) (?:found|realised|realized|saw))\b)`,
  ],
  // review of session 36: "I turned away two other couples for your date", "the weekend I spent on
  // your proposal"
  [
    'turned & away',
    r`\bturned away (?:two|three|several|\d+|other|a couple of|a few) (?:other )?(?:[\w-]+ )?(?:buyers|clients|customers|people|couples|families|bookings|enquiries) for (?:you|your)\b`,
  ],
  [
    'spent gave put & weekend sunday saturday evening evenings nights',
    r`\bthe (?:whole |entire )?(?:weekend|sunday|saturday|evening|evenings|nights) (?:i|we) (?:spent|put in|gave up) on (?:you|your)\b`,
  ],
];
/** Their silence said plainly, for GUILT_FELT to stand beside. */
export const GUILT_SILENT: Cues = [
  [
    'heard nothing anything thing quiet silence silent read answer reply response word peep inbox crickets dark been acknowledgement acknowledgment know',
    r`\bheard nothing\b|\b(?:i|we) (?:have|had|got|get) no (?:answer|reply|response|word)\b|\bquiet (?:on|from) your (?:side|end)\b|\b(?:response|reply|answer|result) (?:has been|was|is) silence\b|\bmet with silence\b|\b(?:no|not a) (?:word|peep) (?:from|back)\b|\bleft (?:(?:me|us) |us )?on read\b|\bsince then,? (?:\w+ ){0,3}?nothing\b|\b(?:haven't|have not|hasn't|has not) (?:even )?(?:heard|had|received|got) (?:back|anything|a thing|a word|a reply|a response|an answer|an acknowledge?ment)\b|\b(?:i|we) still (?:don't|do not) know\b(?! (?:what|how|which|when|where|why|who|the|a|an|my|our|if|whether|for sure|yet)\b)|\brefreshing (?:my|our) inbox\b|\bradio silence\b|\b(?:gone|went) (?:quiet|dark|silent)\b|\bcrickets\b|\b(?:it's|it has|it's now|it has now) (?:now )?been (?:almost |nearly |over |more than |about |well over )?(?:a|\w+|\d+) (?:days?|weeks?|months?)\b`,
  ],
  // session 33 (dev 16): the answer wished for, after what we gave
  [
    'stand either rest keep',
    r`(?<!\bupdate (?:you )?on )\bwhere things stand\b|\bhear either way\b|\bput (?:my|our) mind at rest\b|\bcan't keep (?:doing|holding|keeping) (?:that|this|it)\b`,
  ],
  // session 36 (dev 20): "and then total silence", "not hearing a word", "go quiet on me like
  // this", "no any answer from your side", "five unanswered mails in"
  [
    'silence',
    r`(?:\b(?:and then|then|met with|just) (?:total |complete |utter )?silence\b|\b(?:total|complete|utter) silence\b)(?! (?:in|from|at|on) (?:the|my|our)\b)`,
  ],
  ['hearing', r`\bnot hearing (?:a|one) (?:word|thing|peep)\b`],
  [
    'quiet',
    r`\b(?:go|gone|went|going)(?<!\b(?:phone|line|inbox|system|laptop|it)\s(?:go|gone|went|going)) quiet on (?:me|us)\b`,
  ],
  [
    'side end',
    r`\b(?:no (?:any )?|not (?:any|one) )(?:answer|reply|response|word) from your (?:side|end)\b`,
  ],
  [
    'unanswered',
    r`\bunanswered (?:e-?mails|mails|messages|notes|calls)\b(?![^.?!]*\b(?:from (?:the|my|our)|on my phone)\b)`,
  ],
  // review of session 36: "and not a word since", "Not even a quick no thanks", "Nothing back at all"
  [
    'word peep since even nothing',
    r`\bnot a (?:word|peep|sound)(?: back)? since\b|\bnot even a (?:quick |simple |short )?(?:no(?: thanks)?|reply|word|response|thumbs up)\b|\bnothing back(?: at all)?\b(?! from (?:the|my|our)\b)`,
  ],
];
