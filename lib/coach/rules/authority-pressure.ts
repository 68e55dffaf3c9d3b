import { both, ROLE, rx } from '../lexicon';
import { caseAt } from '../casing';
import { defineRule, type Hit } from '../rule';
import { eachMatch, gated, needing, patternOf, scan, wordIn, wordsOf } from '../gated';
import { sentenceAt } from '../analyse';
import type { Analysis, Sentence } from '../types';

// regexes used inside functions, compiled once at module load
const R1 = /\b(?:loop in|cc|copy|talk to|speak to|speak with)\b/i;

const PRESSURE_VERB =
  '(?:asked|asks|asking|wants|wanted|told|tells|insisted|insists|insisting|expects|expected|expecting|requested|requests|needs|needed|approved|agreed|instructed|pushing|keen|waiting|demanding|demands|signed off|is behind|fully behind|on board|given the green light|personally asked|would like|will want)';
const RE = needing(
  rx(
    [
      `\\b(?:my|our|your) ${ROLE}(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?,?)?(?: (?:has|is|was|had|personally|just|already|also|really|himself|herself|now|every day|\\w+ing))* ${PRESSURE_VERB}\\b`,
      `\\byour ${ROLE}(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?,?)? (?:mentioned|said|told (?:me|us)) (?:that )?(?:you|she|he|they|this|it)(?:'d|'re| would| will| need| should| must| are| were|'ll| is| was)\\b`,
      // my own boss's word on what the reader will do ("my manager said you'd sign by Friday"), not
      // news of them ("my director mentioned you're speaking on the panel")
      `\\b(?:my|our) ${ROLE}(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?,?)? (?:mentioned|said|told (?:me|us)) (?:that )?you(?:'d| would| will|'ll| need| should| must| have to)\\b`,
      `\\b(?:i(?:'ll| will| may| might| would)|i(?:'ll| will) have to|(?:i|we) may need to|i'd have to) (?:have to )?(?:escalate|go (?:over|above) your head|go (?:straight |directly )?to|reach out to|contact|loop in|cc|copy in|copy|talk to|speak to|speak with|email|call|raise (?:this|it) with) (?:this to )?(?:your|the) ${ROLE}\\b`,
      // a team's voice: only their boss ("we'll contact the owner" is often a landlord or a site)
      `\\bwe(?:'ll| will| may| might| would|'ll have to| will have to|'d have to) (?:have to )?(?:escalate|go (?:over|above) your head|go (?:straight |directly )?to|reach out to|contact|loop in|cc|copy in|copy|talk to|speak to|speak with|email|call|raise (?:this|it) with) (?:this to )?your ${ROLE}\\b`,
      `\\b(?:i|we)(?:'ve| have)? (?:already )?(?:spoken|spoke|talked|met|been talking) (?:to|with) your ${ROLE}\\b[^.?!]{0,60}\\b(?:keen|wants|excited|on board|expects|expecting|asked|approved|behind|eager)\\b`,
      `\\b(?:per|at the request of|on behalf of|on the instructions of) (?:my|our) ${ROLE}\\b`,
      `\\b(?:my|our) ${ROLE} (?:wants|would like|is keen) to (?:meet|speak with|talk to|call) your\\b`,
      `\\b(?:should (?:i|we)|(?:i|we)(?:'ll| will)|(?:i|we) may|(?:i|we) might|(?:i|we)'d have to|(?:i|we)(?:'ll| will) have to) (?:just )?(?:go|going) (?:over|above|around) your head\\b`,
    ].join('|'),
  ),
);

/** The boss's wish for something from the reader, which the writer may ask for in their own voice. */
const OWN_VOICE_FROM =
  /^(?:my|our) .*\b(?:asked|wants|wanted|expects|expected|expecting|needs|would like|told|tells)$/i;
const OWN_VOICE =
  /^(?: (?:me|us) to (?:personally )?(?:get|secure|obtain|have)| me(?: that)? (?:i|we) (?:need|needed|have|had|must) to (?:get|secure|obtain|have))?(?= (?:(?:a|an|your|the) (?:(?:clear|final|firm|quick) )?(?:answer|reply|response|decision|update|signature|sign-?off|go-ahead|confirmation|approval)|(?:the |your )?final (?:numbers|figures))\b)/i;

/** "my regional director … asked me to get your sign-off": the boss's errand, in one sentence. */
const ERRAND =
  "\\b(?:has |had )?(?:personally )?asked (?:me|us|our (?:[\\w-]+ ){0,2}?team|the team) (?:personally |specifically |directly |explicitly )?to (?:personally )?(?:follow up|make sure|ensure|get|chase|push|confirm|close|conclude|secure|finali[sz]e|wrap up|bring|obtain|collect|receive|point out|stress|remind you)\\b|\\bmade it (?:very |quite |abundantly |crystal )?clear(?: to (?:me|us))? that (?:you|your)\\b|\\bwants? (?:that )?(?:i|(?:me|us) to) bring (?:him|her|them)\\b|\\b(?:has |had )?(?:personally )?(?:instructed|charged|tasked) (?:me|us|our (?:[\\w-]+ ){0,2}?team|the team) (?:to|with)\\b|\\bexpects? to hear from (?:you|your)\\b|\\bwish(?:es)? to see (?:this|it) (?:closed|signed|done|finali[sz]ed)\\b|\\bwants (?:me|us) to (?:get|bring|have) (?:you|your|it|this)\\b|\\btold (?:me|us) not to come back\\b|\\b(?:don't|do not) come back without\\b|\\bis all over (?:me|us)\\b|\\bwants (?:this|it|you|the \\w+|\\w+(?: \\w+)?) (?:done|signed(?: up)?|closed|confirmed|approved|onboarded|finali[sz]ed|wrapped up)\\b|\\b(?:would like|wants|expects?|is expecting) (?:a firm answer|an answer|a reply|an update|a decision|your (?:signature|sign-?off|decision|answer))\\b";
const MY_ROLE = `\\b(?:(?:my|our) (?:[\\w-]+['’]s )?${ROLE}|the (?:head|director|manager|chief) of (?:my|our) \\w+|the (?:dean|head|director|provost|chief) of (?:\\w+ ){1,2}?(?:affairs|department|sales|operations|finance|studies|admissions|procurement|legal))\\b`;
/** The words of ROLE (lib/coach/lexicon.ts): the rule's triggers. */
const ROLE_WORDS =
  'md dean provost counsel ceo cfo cto coo cro cmo cio chro ciso cso cpo cco vp svp evp vice president founder owner boss manager mgr director head leadership board executive exec execs legal compliance chairman chair superior superiors higher management senior chief officer partner principal';
/**
 * Round 5 (dev 5): the boss's errand, sent by the boss, the boss kept waiting or let down; each
 * gated by its own words. Pattern 0 is the errand (see SENT_BY_BOSS).
 */
/** Our people at their side ("your account manager" is ours; review of session 31). */
const OURS_IN_THEIRS =
  '(?:account|project|office|relationship|success|customer|engagement|onboarding)\\b';
const BOSS = gated('authority-pressure', [
  [
    `${ROLE_WORDS} & asked wants like expects expect expecting instructed charged tasked wish wishes told come over clear bring`,
    both(MY_ROLE, ERRAND, 150),
  ],
  [
    `asked & ${ROLE_WORDS}`,
    `\\b(?:(?:i|we)(?:'ve| have)? been|i was|we were|i am|i'm|we are|we're) (?:\\w+ )?asked by (?:my|our) ${ROLE}\\b`,
  ],
  [
    'empty',
    '\\b(?:go|going|come|coming|report|reporting) back to (?:him|her|them) empty-handed\\b',
  ],
  ['waiting & like', "\\b(?:doesn't|does not) like (?:to be kept )?waiting\\b"],
  [
    'happy pleased & think',
    "\\b(?:don't|do not) think (?:he|she|they)(?:'d| would) be (?:happy|pleased) to hear\\b",
  ],
  [
    'asked & sure ensure',
    "\\b(?:she|he)(?:'s| has) (?:personally )?asked (?:me|us) to (?:make sure|ensure)\\b",
  ],
  // round 6 (dev 6): the boss on my back, instructing me, wanting it from them
  ['breathing', '\\bbreathing down (?:my|our) neck\\b'],
  ['case back', "\\b(?:is|'s|been|keeps being) on (?:my|our) (?:case|back) about\\b"],
  [
    `instructed told pressed pushed & ${ROLE_WORDS}`,
    `\\b(?:instructed|pressed|pushed|told) by (?:my|our) ${ROLE}\\b`,
  ],
  [
    `${ROLE_WORDS} & wants expects`,
    both(
      MY_ROLE,
      '\\b(?:wants|expects) (?:confirmation|a (?:decision|yes|commitment|signature)|an answer|your (?:confirmation|commitment))\\b',
    ),
  ],
  // session 9 (dev 7): the rule is theirs, the instruction came from above, the boss wants a report
  ['rule', "\\b(?:their|its) rule,? not mine\\b|\\bit(?:'s| is) their rule\\b"],
  [
    'instruction instructions',
    '\\bon (?:the )?instructions? (?:from|of) (?:my|our) (?:\\w+ ){0,3}?(?:board|directors?|ceo|chief|chairman|management|executive|partners?)\\b',
  ],
  [
    'report update',
    '\\basked (?:me|us) (?:to )?(?:report back|update (?:him|her|them)|give (?:him|her|them) an update) on (?:your|where|whether)\\b',
  ],
  [
    'investors board shareholders backers & asked want wants expect expecting',
    both(
      // (not "before our board meeting": a date, not a boss)
      '\\b(?:my|our) (?:investors|board|shareholders|backers)\\b(?! (?:meeting|call|pack|deck|presentation|review|session|dinner)s?\\b)',
      "\\b(?:asked|want|wants|expect|expects|expecting|they've asked)\\b",
    ),
  ],
  [
    'chasing awkwardness embarrassment',
    '\\b(?:come|coming|go|going) chasing you\\b|\\bcause you (?:any |some )?(?:awkwardness|embarrassment|trouble) with (?:him|her|them|your)\\b',
  ],
  ['executive', '\\basked by (?:my|our) chief executive\\b'],
  // session 11 (dev 8): the boss will ask them, is waiting on them, was surprised; I went to the
  // boss's office; a personal interest from our chief executive
  [
    'asking',
    "\\b(?:she|he|they)(?:'ll| will|'d| would|'s going to| is going to|'re going to) be asking (?:you|your team)\\b",
  ],
  ['page', '\\bon the same page as (?:her|him)\\b'],
  ['waiting', "\\b(?:she|he|they)(?:'s| is|'re| are) (?:still )?waiting (?:for|on) your\\b"],
  [
    'told promised',
    "\\b(?:told|promised) (?:him|her|them) (?:i'd|(?:i|we) would|we'd|we would) get (?:the|this|it|your)\\b[^.?!]{0,40}?\\bthrough you\\b",
  ],
  [
    'surprised',
    "\\b(?:seemed|was|were) surprised (?:it|this|that) (?:hadn't|hasn't|wasn't|isn't|had not|has not)\\b",
  ],
  [
    'written spoken touch reached',
    `\\b(?:i've|we've|(?:i|we) have) (?:also )?(?:written|spoken|been in touch|reached out) (?:to|with) (?:the|your) (?:\\w+'s office|\\w+ ${ROLE}|${ROLE})\\b`,
  ],
  ['interest', '\\bhas taken a personal interest in your\\b'],
  // session 24 (dev 3): done so I can report back to the one who asked ("so I can tell him it's
  // handled", "so I can let him know it's done")
  [
    'handled done signed settled sorted approved complete completed finalised finalized',
    "\\bso (?:that )?(?:i|we) can (?:tell|let|update|report (?:back )?to|confirm to|assure) (?:him|her|them)(?: know)?(?: that)? (?:it's|it is|it has been|it's been|you've|you have|the \\w+ (?:is|has been)|everything's|everything is) (?:all )?(?:handled|done|signed|settled|sorted|approved|complete|completed|finali[sz]ed)\\b",
  ],
  // session 15 (dev 10): the boss asks for their decision; asks me every morning; wants it on the
  // desk; instructed or directed that it be done; I am instructed to tell them
  [
    `${ROLE_WORDS} & decision answer signature signed position yes commitment reply`,
    `${MY_ROLE}[^.?!]{0,120}?\\b(?:asked|asks|asking|wants?|wanted|expects?|expecting|instructed|told|tells|needs?|requires?|insists?|would like)\\b[^.?!]{0,80}?\\b(?:your|a|an|the) (?:(?:clear|final|firm|quick|written|short|formal|definitive) )*(?:decision|answer|signature|sign-?off|go-ahead|position|yes(?:/no| or no)?|commitment|signed \\w+)\\b`,
  ],
  [
    `morning day week daily & ${ROLE_WORDS}`,
    both(
      MY_ROLE,
      '\\b(?:asks?|asking|asked) (?:me|us) (?:every|each) (?:single )?(?:morning|day|week)\\b|\\b(?:asks?|asking) (?:me|us) daily\\b',
      150,
    ),
  ],
  ['desk', '\\bwants? (?:your|the) [^.?!]{0,40}?\\bon (?:his|her|their) desk\\b'],
  [
    'instructed directed mandated ordered',
    "\\b(?:he|she|they|legal|compliance|(?:my|our) \\w+(?: department| team)?) (?:has|have) (?:instructed|directed|mandated|ordered) that\\b|\\b(?:i|we) (?:am|have been|was|'ve been|'m) (?:instructed|directed) to (?:inform|advise|tell|let) you\\b",
  ],
  [
    'asked sure ensure',
    '\\b(?:she|he) asked (?:me|us) (?:specifically |personally )?to (?:make sure|ensure)\\b',
  ],
  ['back', '\\b(?:get|keep) (?:her|him|them) off (?:my|our) back\\b'],
  // session 22 (dev 12): she has asked me to get your yes; I report back to her; the MD says it
  // must; his decision, not mine
  [
    'asked & get obtain secure chase collect',
    "\\b(?:she|he|they)(?:'s| has|'ve| have)? (?:personally |specifically )?asked (?:me|us|our (?:[\\w-]+ ){0,2}?team|the team) to (?:get|obtain|secure|chase|collect) (?:a |an |your )?(?:firm |final |clear |written |quick )?(?:yes|answer|commitment|decision|sign-?off|signature|confirmation|go-ahead)\\b",
  ],
  [
    'report & back',
    "\\b(?:i(?: have| need|'ve got) to|so (?:that )?i can) report back to (?:him|her|them)\\b",
  ],
  [
    `${ROLE_WORDS} & says said insists insisted clear`,
    `${MY_ROLE} (?:says|said|insists|insisted|is clear|was clear)\\b(?=[^.?!]*\\byour?\\b)[^.?!]{0,80}?(?<!\\b(?:don't|doesn't|do not|does not|not|won't) )\\b(?:must|has to|have to|needs? to|can only|will only)\\b`,
  ],
  [
    'decision call',
    "\\b(?:this|it|that)(?:'s| is| was) (?:his|her|their|the board's|management's|head office's) (?:decision|call),? not mine\\b",
  ],
  // session 30 (dev 14): the boss's view of what they should do ("our senior partner … believes you
  // should accept the offer")
  [
    `${ROLE_WORDS} & believes thinks feels recommends advises convinced`,
    both(
      MY_ROLE,
      '\\b(?:believes|thinks|feels|recommends|advises|is convinced|is (?:quite |very )?sure)(?: that)? you (?:should|ought to|must|need to|have to) (?:accept|sign|take (?:the|our|this|that) (?:offer|deal|quote|package|plan|option)|go ahead|agree|proceed|approve|commit|say yes)\\b',
      120,
    ),
  ],
  // session 31 (dev 14): someone above them asks me for their decision, has been clear what all
  // branches should do, agrees it should be signed off
  [
    'asked & decision answer commitment signoff go yes',
    "\\b(?:she|he|they)(?:'s| has|'ve| have)? (?:personally |specifically |already )?asked (?:me|us) (?:for|about) (?:an update on |news (?:of|on) )?your (?:decision|answer|commitment|sign-?off|go-ahead|yes)\\b",
  ],
  [
    'clear firm explicit adamant & should must need needs',
    "\\b(?:she|he|they)(?:'s| has|'ve| have) been (?:very |quite |really )?(?:clear|firm|explicit|adamant) that (?:(?:all|every|each) (?:(?:of )?(?:the|their|our) )?(?:branch|store|shop|site|team|department|location|office|manager|outlet|franchise|clinic|school|practice|member|venue|hotel|restaurant|depot|region)(?:e?s)?|you|your (?:branch|store|shop|site|team|department|location|office|practice|clinic|school|venue|depot|region)) [^.?!]{0,40}?\\b(?:should|must|needs? to)\\b",
  ],
  [
    'agrees agreed & signed approved agreed finalised finalized',
    '\\b(?:she|he|they) (?:agrees?|agreed) (?:that )?(?:the|your|this) [^.?!]{0,40}?\\bshould be (?:signed(?: off)?|approved|agreed|finali[sz]ed)\\b',
  ],
  // session 31 (dev 15): their boss copied in; taken over their head; how uneasy the boss would be
  // to learn it; a merge field naming their boss, who will want it sorted
  [
    `copied ccd cc looped added & ${ROLE_WORDS}`,
    `(?<!\\b(?:as you (?:asked|requested|suggested)|per your (?:request|note|email))\\b[^.?!]{0,20})\\b(?:i|we)(?:'ve| have) (?:also |now |just )?(?:copied|cc'?d|cc'ed|looped in|added) (?:in )?your (?!${OURS_IN_THEIRS})(?:[\\w-]+ )?${ROLE}\\b|\\b(?:i|we)(?:'ve| have) (?:also |now |just )?looped your (?!${OURS_IN_THEIRS})(?:[\\w-]+ )?${ROLE} in\\b`,
  ],
  [
    `take bring escalate raise & ${ROLE_WORDS}`,
    `\\b(?:i|we)(?:'ll| will) (?:have to |need to |just )?(?:take|bring|escalate|raise) (?:it|this) (?:straight |directly |right )?(?:up )?(?:to|with) your (?!${OURS_IN_THEIRS})(?:[\\w-]+ )?${ROLE}\\b`,
  ],
  [
    `uneasy unhappy uncomfortable displeased surprised concerned worried alarmed shocked upset disappointed & ${ROLE_WORDS}`,
    `\\byour (?:[\\w-]+ )?${ROLE} (?:would|will|'d|might|could) (?:be )?(?:pretty |very |quite |really |a bit |a little |rather )?(?:uneasy|unhappy|uncomfortable|displeased|surprised|concerned|worried|alarmed|shocked|upset|disappointed) (?:to (?:learn|hear|find out|discover|know|see)|knowing|learning|hearing|finding out)\\b`,
  ],
  [
    'ceo cfo coo cto boss manager founder owner vp director & want expect need',
    "\\{\\{\\s*(?:ceo|cfo|coo|cto|boss|manager|founder|owner|vp|director)\\w*\\s*\\}\\} (?:will|would|'ll|'d) (?:want|expect|need) (?:this|it|that) (?:sorted|done|fixed|in place|resolved|signed|handled)\\b",
  ],
  [
    'heard asked asking',
    "\\basked (?:me|us) (?:specifically |directly )?why (?:we|i) (?:haven't|hadn't|have not|had not) heard from you\\b",
  ],
  // session 34 (dev 16, dev 17): our boss would like to see it settled; wants to know what is
  // holding it up; spares them an awkward conversation with theirs; wants it reported upstairs;
  // asks where they are on it; and doesn't often ask
  [
    `${ROLE_WORDS} & settled signed agreed closed finalised finalized concluded wrapped line`,
    `${MY_ROLE}[^.?!]{0,120}?\\b(?:would|'d) (?:very much |really |dearly )?(?:like|love) to see (?:(?:it|this|that|your [\\w-]+|the [\\w-]+) )?(?:settled|signed|agreed|closed|finali[sz]ed|concluded|wrapped up|over the line)\\b`,
  ],
  [
    `${ROLE_WORDS} & holding taking holdup slowing`,
    `${MY_ROLE}[^.?!]{0,150}?\\b(?:understand|know|find out|hear|learn)(?: (?:personally|directly|for (?:him|her)self|first-?hand))? (?:what|why)(?:'s| is| has been) (?:holding (?:up|things up|it up)|taking so long|the hold-?up|slowing)\\b`,
  ],
  [
    'awkward',
    '\\b(?:the )?less awkward (?:that |the )?conversations? with\\b|\\b(?:saves?|spares?) you (?:an|that|the) awkward conversations? with\\b',
  ],
  ['upstairs', '\\b(?:so|and) (?:he|she|they) can report (?:it |this |that |back )?upstairs\\b'],
  [
    `${ROLE_WORDS} & asking asked asks know pinging pinged chasing`,
    `${MY_ROLE}[^.?!]{0,100}?\\b(?:asking|asked|asks|wants to know|wanted to know|pinging me|pinged me|chasing me)(?: me)? (?:where|whether|when|why|if) [^.?!]{1,40}? (?:is|are|stands?|we are|we're) (?:on|with)\\b`,
  ],
  [
    'ask asks & confirm get chase push secure lock',
    "\\b(?:asked|wants) (?:me|us) to (?:confirm|get|chase|push|secure|lock)\\b[^.?!]{0,80}?(?:,|\\band|\\bbut) (?:he|she) (?:doesn't|does not|rarely|seldom) (?:often )?asks?\\b",
  ],
  // session 34 (dev 18): head office deciding which quotes to keep; the owner on at me every day
  [
    'deciding reviewing choosing cutting',
    '\\b(?:head office|the board|management|my bosses|upstairs) (?:are|is) (?:deciding|reviewing|choosing|cutting) (?:which|whether) (?:[\\w-]+ ){0,2}?(?:quotes?|suppliers?|vendors?|agencies|providers?|partners?) to (?:keep|drop|cut|renew|stay with)\\b',
  ],
  [
    'owner boss manager director md ceo gaffer management office & me my',
    "\\b(?:the|my|our) (?:owner|boss|manager|director|md|ceo|gaffer|management|head office) (?:has been|is|keeps|'s been|'s) (?:on at me|on my case|on my back|chasing me)\\b",
  ],
]);
const SENT_BY_BOSS = patternOf(BOSS, 'my manager asked me to follow up');
const SPOKEN_TO = patternOf(BOSS, "I've spoken to your CFO");
/**
 * "Our CFO asked me to double-check the VAT number on your invoice": a detail checked, no push;
 * "asked us to confirm the credit note reached your accounts team": something of ours arrived.
 */
const DATA_CHECK =
  /\basked (?:me|us) to (?:double-check|check|verify|confirm) (?:(?:the|your) (?:[\w-]+ ){0,3}?(?:number|address|details|spelling|e-?mail|name|reference|code)\b|(?:that )?(?:the|our) (?:[\w-]+ ){0,2}?(?:credit note|refund|invoice|payment|parcel|delivery|package|replacement|certificate|samples?|documents?)s? (?:reached|arrived|landed|got to|came through|went through)\b)(?![^.?!]*\b(?:or|otherwise|today|tonight|asap|urgently|lose|deadline|this week|payment will|will be (?:made|paid))\b)/i;
/** "I may need to contact the owner to arrange access to the meter": a step of the work. */
const ACCESS =
  /^ to (?:arrange|grant|get|book|organi[sz]e|sort out|request) (?:access|entry|a key|the keys|keys|parking|a permit|permission)\b/i;
/** "Our legal team needs the signed NDA before we can share the code you asked to review". */
const BOSS_NEEDS = patternOf(BOSS, 'our legal team needs the signed NDA');

/** Their boss, named by rank: "your Group CFO", "Sandra (your CRO". */
const YOUR_ROLE = `\\byour (?:(?:\\w|'|-)+ ){0,2}?${ROLE}\\b`;
/** What leans on that boss: going to them, or their wishes passed on. */
const LEVER =
  "\\b(?:contact(?:ing)?|reach(?:ing)? out|loop(?:ing)? (?:\\w+ )?in|copy(?:ing)?|cc(?:'?ing)?|escalat\\w*|go(?:ing)? (?:over|above) your head|(?:write|writing|email|emailing|speak|speaking|talk|talking|spoke|spoken) (?:directly )?(?:to|with)|(?:been |got |getting )?in touch with|email (?:her|him|them)|ring(?:ing)?|phon(?:e|ing)|dinner|coffee|lunch|drinks|ran into|bumped into|met|told (?:me|us)|said|asked|expects?|expected|expecting|(?:will|'ll|'d|would) (?:definitely |surely )?(?:ask|want|expect|wonder)|want to know|wants|must|approved|instructed|directed|insist\\w*|keen|excited|love for|is waiting|be asking|be in touch|agreed|agrees|signed off|asked (?:me|us)|present\\w*)\\b";
/**
 * "I'm gonna reach out to your VP directly", "ran into your CEO and she'll ask you about it": a
 * boss and a lever in one sentence, whatever the wording around them.
 */
const LEVERAGE = needing(rx(both(YOUR_ROLE, LEVER)));
/** The reader brought the boss up, or it is an offer: "you said your CTO…", "if it helps, I can…". */
const READER_SAID =
  /\byou(?:'d|’d| had)? (?:mentioned|said|told (?:me|us)|asked|requested|noted|flagged|brought up|shared|wrote|suggested)\b|\bas you (?:said|mentioned|asked|requested|suggested)\b|\bas (?:agreed|discussed|arranged)\b/i;
/** "…asked whether you'd like the slides in PDF": a question about what they prefer. */
const THEIR_PREFERENCE =
  /^ (?:me |us )?(?:whether|if) you(?:'d|’d| would)? (?:like|want|prefer|need)\b/i;
/** "if your CEO would like a copy": an offer; "the edits your legal team asked for": their request. */
const IF_BEFORE = /\b(?:if|in case) $/i;
const ASKED_FOR = /^your\b.* asked$/i;
const FOR_AFTER = /^ (?:for|about)\b/;
/** "your legal team asked" + " for …": what their side asked for, not a boss's pressure. */
function theirRequest(match: string, after: string): boolean {
  return ASKED_FOR.test(match) && FOR_AFTER.test(after);
}
/**
 * The boss's wish is a courtesy: "our CEO would like to thank you", "asked me to share…", "asked us
 * to send you a signed copy of the book".
 */
const COURTESY =
  /^,? (?:(?:me|us) )?to (?:thank|share|pass on|send (?:you )?(?:his|her|their) (?:thanks|regards|best)|send you (?:a |an |the )?(?:signed copy|copy of (?:his|her|their|the) book|(?:small |little )?(?:gift|card|book|token|hamper|invitation|invite|tickets?))\b(?![^.?!]*\b(?:sign|signed|this week|by (?:friday|monday|tomorrow|end))\b)|introduce|congratulate|welcome|say)\b/i;
const THANKS = /\bas a (?:small |little )?(?:thank[- ]you|gift|token of)\b/i;
const NOT_LEVERAGE =
  /\b(?:when|once|if|before|after) you (?:\w+ )?(?:speak|talk|chat|meet|check|catch up|sit down)\b|\bas you\b|\bif (?:it|that) (?:helps|would help)\b|\bif (?:your|useful)\b|\b(?:happy|glad) to\b(?! (?:share|inform|announce|report|confirm|let you know|tell you)\b)|\bwould it help\b/i;

/**
 * Session 16 (dev 11): their boss named in one sentence, leant on by pronoun in the next ("I'm
 * guessing she'll want an update from you soon", "before he asks", "so I can tell him it is
 * moving forward", "Given her interest, I am sure you will appreciate..."). The pronoun sentence
 * must turn it on the reader ("you", or "before he asks", "tell him"); "She'll want the summary on
 * page 2" passes nothing on to them.
 */
const YOUR_ROLE_RE = rx(YOUR_ROLE, 'i');
const BY_PRONOUN = rx(
  "\\b(?:(?:he|she|they)(?:'ll|'d| will| would| is| are|'s|'re)? (?:\\w+ )?(?:probably |likely |surely |definitely |soon |certainly )?(?:be asking|want|ask|expect|expects|expecting|be expecting|wonder|be checking|check in|chase)\\b[^.?!]{0,60}?\\byou|(?:he|she|they) (?:\\w+ )?(?:expects?|wants?|is expecting) (?:that )?you|before (?:he|she|they) (?:asks?|does|do|checks?|follows? up|chases?|gets? (?:to|involved))|(?:tell|update|reassure|report (?:back )?to) (?:him|her|them) (?:that )?(?:it is|it's|you're|you are|we are|we're|this is|things are|everything is)|(?:he|she|they)(?:'d| would| will|'ll) (?:\\w+ )?expect to (?:see|have|hear about) (?:it|this|that|them)\\b|(?:i'd|i would) hate for (?:him|her|them) to hear (?:about )?(?:it|this) from someone else|given (?:his|her|their) (?:strong )?(?:interest|enthusiasm|support|backing|involvement)\\b[^.?!]{0,60}?\\b(?:appreciate|understand|agree|see)\\b)",
  'i',
);
const PRONOUN_REACH = 2;

/** "I'll loop in your …": the part to turn into an offer (not "escalate", not "go over your head"). */
const THREAT_TO_LOOP_IN = rx(
  "^i(?:'ll| will)(?: have to)? (?=(?:loop in|cc|copy in|copy|talk to|speak to|speak with|email|call|reach out to|contact) )",
  'i',
);
const NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/;
/** "Your CEO, Linda Park, asked me to": a named person who sent the writer. */
const SENT_BY = rx(
  `^(?:my|our|your) ${ROLE},? ([A-Z][a-z]+(?: [A-Z][a-z]+)?),? (?:personally |also |just )?(?:asked|suggested|told) (?:me|us) to(?= (?:reach out|get in touch|contact you|write|connect|email you|call you)\\b)`,
  'i',
);

/** Their boss by rank, anywhere in a sentence. */
const RANK = rx(YOUR_ROLE, 'gi');
const TITLED = '(?:(?:Mr|Mrs|Ms|Mx|Dr)\\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?';
/** The name right after the rank: "your CFO, Anita Lowe," / "your General Manager Mr. Ricci". */
const NAME_AFTER = new RegExp(`^(,? )(${TITLED})(,(?= ))?`);
/** The rank in brackets after a name: "Daniel (your VP Engineering)". */
const RANK_START = rx(`^${YOUR_ROLE}`, 'i');
const RANK_IN_BRACKETS = new RegExp(`(?<=${TITLED}) \\((your [^)]{2,40})\\)`, 'g');

/** Their boss in one sentence (not brought up by the reader), leant on by pronoun soon after. */
function pronounLever(a: Analysis, hits: Hit[]): void {
  const ss = a.sentences;
  // (session 30) only sentences holding a word of ROLE can name their boss
  const ranks = wordsOf(a, 'authority-pressure');
  for (let i = 0; i < ss.length; i++) {
    const boss = ss[i]!;
    if (!wordIn(ranks, boss)) continue;
    YOUR_ROLE_RE.lastIndex = 0;
    if (!YOUR_ROLE_RE.test(boss.text) || READER_SAID.test(boss.text)) continue;
    for (let j = i; j <= Math.min(ss.length - 1, i + PRONOUN_REACH); j++) {
      const s = ss[j]!;
      // a sentence already flagged gains nothing from a second finding
      if (hits.some((h) => h.start < s.end && h.end > s.start)) continue;
      BY_PRONOUN.lastIndex = 0;
      const m = BY_PRONOUN.exec(s.text);
      if (!m || NOT_LEVERAGE.test(s.text) || READER_SAID.test(s.text)) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!hits.some((h) => start < h.end && end > h.start)) hits.push({ start, end });
    }
  }
}

/**
 * "I spoke with your CFO, Anita Lowe, yesterday" -> "I spoke with Anita Lowe yesterday",
 * "copying Daniel (your VP Engineering)" -> "copying Daniel": the person stays, the rank goes (a
 * named colleague is a reference, P7; their rank is the lever).
 */
function unranked(s: Sentence): Hit | undefined {
  RANK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANK.exec(s.text)) !== null) {
    if (s.text[m.index - 1] === '(') continue; // "Daniel (your VP Engineering)": below
    const named = NAME_AFTER.exec(s.text.slice(m.index + m[0].length));
    if (!named) continue;
    const start = s.start + m.index;
    return {
      start,
      end: start + m[0].length + named[0].length,
      replacement: named[2]!,
    };
  }
  RANK_IN_BRACKETS.lastIndex = 0;
  while ((m = RANK_IN_BRACKETS.exec(s.text)) !== null) {
    if (!RANK_START.test(m[1]!)) continue;
    return { start: s.start + m.index, end: s.start + m.index + m[0].length, replacement: '' };
  }
  return undefined;
}

/** Leaning on rank: "my CEO asked me", "your VP said you'd sign". */
export const authorityPressure = defineRule({
  id: 'authority-pressure',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Invoking a boss ("my CEO asked me to follow up", "your VP said you\'d sign") is an appeal to a higher authority: it pressures instead of persuading. Speak to what they need, in your own voice.',
  message: 'Appeal to authority: leaning on rank to push.',
  triggers: ROLE_WORDS.split(' '),
  patterns: BOSS,
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        const s = sentenceAt(a, m.index);
        // "Would it help to loop in your manager?" is an offer, not a threat
        if (s && s.text.endsWith('?') && R1.test(m[0])) return;
        // "You said your CTO wants the docs": the reader brought the boss up
        if (s && READER_SAID.test(s.text)) return;
        const after = a.body.slice(m.index + m[0].length, s ? s.end : undefined);
        // (ACCESS only for "the owner": "your CEO … to get permission" leans on their boss)
        const access = ACCESS.test(after) && !/\byour\b/i.test(m[0]);
        if (COURTESY.test(after) || access || (s && DATA_CHECK.test(s.text))) return;
        // (session 34) "my manager asked whether you'd like the slides in PDF": their preference
        if (THEIR_PREFERENCE.test(after)) return;
        if (IF_BEFORE.test(a.body.slice(Math.max(0, m.index - 8), m.index))) return;
        if (theirRequest(m[0], after)) return;
        const h: Hit = { start: m.index, end: m.index + m[0].length };
        let own: RegExpExecArray | null;
        const offer = THREAT_TO_LOOP_IN.exec(m[0]);
        if (offer) {
          // "I'll loop in your VP" -> "If it helps, I can loop in your VP": an offer, not a threat
          h.replacement = caseAt(
            a,
            m.index,
            m[0],
            `if it helps, I can ${m[0].slice(offer[0].length)}`,
          );
        } else if (OWN_VOICE_FROM.test(m[0]) && (own = OWN_VOICE.exec(after)) !== null) {
          // "My VP asked me to get a decision from you by Friday" -> "I'd welcome a decision from
          // you by Friday": the same request, in the writer's own voice
          h.end = m.index + m[0].length + own[0].length;
          h.replacement = caseAt(a, m.index, m[0], "I'd welcome");
        } else {
          const named = SENT_BY.exec(a.body.slice(m.index, s ? s.end : m.index + 200));
          if (named && NAME.test(named[1]!)) {
            // "Your CEO, Linda Park, asked me to reach out" -> "Linda Park suggested I reach out":
            // a named reference (P7), without the rank
            h.end = m.index + named[0].length;
            h.replacement = `${named[1]} suggested I`;
          }
        }
        hits.push(h);
      },
      'authority-pressure',
    );
    eachMatch(
      LEVERAGE,
      a,
      (m) => {
        const start = m.index;
        const end = start + m[0].length;
        if (hits.some((h) => start < h.end && end > h.start)) return;
        const s = sentenceAt(a, start);
        if (s && (READER_SAID.test(s.text) || NOT_LEVERAGE.test(s.text))) return;
        if (IF_BEFORE.test(a.body.slice(Math.max(0, start - 8), start))) return;
        if (theirRequest(m[0], a.body.slice(end, s ? s.end : undefined))) return;
        hits.push({ start, end });
      },
      'authority-pressure',
    );
    scan(a, BOSS, (m, k) => {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) return;
      // "our founder asked us to send you a signed copy of the book as a thank-you"; "we've been
      // asked by our CEO to pass on his thanks"
      const bossSentence = sentenceAt(a, start);
      if (THANKS.test(bossSentence?.text ?? '')) return;
      if (COURTESY.test(a.body.slice(end, bossSentence ? bossSentence.end : end))) return;
      // "I've spoken to your account manager at the bank, as you asked"
      if (k === SPOKEN_TO && READER_SAID.test(sentenceAt(a, start)?.text ?? '')) return;
      if (k === SENT_BY_BOSS) {
        const s = sentenceAt(a, start);
        if (s && (READER_SAID.test(s.text) || NOT_LEVERAGE.test(s.text))) return;
        if (s && DATA_CHECK.test(s.text)) return;
      }
      // a step their own request needs, not the boss's pressure
      if (k === BOSS_NEEDS && READER_SAID.test(sentenceAt(a, start)?.text ?? '')) return;
      hits.push({ start, end });
    });
    pronounLever(a, hits);
    hits.sort((x, y) => x.start - y.start);
    // a finding with no rewording, in a sentence that names the boss: drop the rank, keep the name
    const out: Hit[] = [];
    const unrankedIn = new Set<number>();
    for (const h of hits) {
      const s = h.replacement === undefined ? sentenceAt(a, h.start) : undefined;
      if (s && unrankedIn.has(s.start)) continue;
      const u = s ? unranked(s) : undefined;
      if (s && u) {
        unrankedIn.add(s.start);
        out.push(u);
      } else out.push(h);
    }
    return out;
  },
});
