/** Tactic cues for ultimatum: a last message or a closed file, on condition they answer. */
import { both } from '../lexicon';
import type { Cues } from '../types';

const r = String.raw;

/** (session 30) an answer or a delivery awaited from someone else is no condition on the reader */
const RIGHT_FROM_THEM = r`(?! from (?!you\b|your\b))`;
const NOT_FROM_OTHERS = r`(?![^,.;]{0,30}?\bfrom (?!you\b|your\b))`;
const CONDITION = r`\b(?:unless|absent|otherwise|or (?:else )?(?:i|we)(?:'m| am|'ll| will)|if (?:you|i) (?:don't|do not|not|can't|cannot|haven't)|if (?:[\w-]+ ){1,3}?(?:can't|cannot) (?:get|have|hear) (?:a |an |your |the )?(?:yes|answer|decision|reply|response|go-ahead|green light|signature|sign-off)|if (?:[\w-]+ ){1,3}?(?:doesn't|does not|don't|do not|hasn't|haven't) (?:hear|get|receive|reply|respond|go ahead|proceed|sign|accept|agree|confirm|commit|move forward)|without (?:a|your) (?:reply|response|answer|word)|without (?:a|an|your|the) (?:re-?order|sign-?off|decision|signature|go-ahead|deposit|commitment)|if there(?:'s| is) no (?:[\w-]+ ){0,2}?(?:sign-?off|answer|reply|response|decision|go-ahead|re-?order|confirmation|signature|deposit)${RIGHT_FROM_THEM}|no (?:response|reply|answer|word) by|should (?:they|you|it|this|these|those|the|your|our) (?:\w+ ){0,2}?not)\b`;
/** A condition on their act that we wait for (not their state: "if you don't need the van"). */
const NO_ACT = r`\b(?:unless (?:you|we|i) (?:hear|get|receive|see|reorder|renew|order|sign|confirm)${NOT_FROM_OTHERS}|without (?:a|an|your|the) (?:re-?order|order|renewal|sign-?off|decision|signature|go-ahead|deposit|commitment|reply|response|answer)|if (?:i|we) (?:don't|do not) (?:hear|get|receive|see)${NOT_FROM_OTHERS}|if there(?:'s| is) no (?:[\w-]+ ){0,2}?(?:sign-?off|answer|reply|response|decision|go-ahead|re-?order|order|renewal|confirmation|signature|deposit)${RIGHT_FROM_THEM})\b`;
/** Their referral, slot or booking handed on (session 31): "give your window to the next company". */
const GIVEN = r`\b(?:hand|give|pass|release)(?:ing)? (?:your|the) (?:[\w-]+ ){0,2}?(?:referral|slot|spot|window|place|allocation|seat|booking|introduction|intro)\b[^.?!]{0,30}?\b`;
const TO_SOMEONE_ELSE = r`to (?:the next|another|someone|somebody|other)`;
export const ULTIMATUM_CUES: Cues = [
  [
    'final last formal stop contacting disturb disturbing & unless absent otherwise or if without no should',
    both(
      // (not "the same as last time": an earlier occasion)
      r`\b(?:final|last)(?<!\b(?:as|since|than|like|from) (?:final|last)) (?:attempt|time|msg|message|email|e-mail|note|one|notice|chance|try)\b|\bformal notice\b|\bstop (?:reaching out|emailing|writing|following up)\b|\bnot (?:be )?(?:contacting|disturb\w*|writing|emailing) (?:you )?again\b`,
      CONDITION,
    ),
  ],
  [
    'close closing delete deleting remove removing take taking pull pulling drop dropping reassign reassigning reassigned withdraw withdrawing withdrawn archive archiving archived & unless absent otherwise or if without no should',
    both(
      r`\b(?:clos(?:e|ing)|delet(?:e|ing)|remov(?:e|ing)|tak(?:e|ing) (?:you|(?:\w|&|'|-|[{}\[\]])+(?: (?:\w|&|'|-|[{}\[\]])+){0,2}) off|pull(?:ing)? you|drop(?:ping)? you|reassign\w*|withdraw\w*|archiv\w*) (?:\w+ ){0,3}?(?:opportunity|file|thread|contact|account|offer|deal|ticket|list|from(?! (?:the |your |this )?(?:order|invoice|bill|charge|account|basket|cart)\b)|proposal|request|application|quote|search|listing)\b`,
      CONDITION,
    ),
  ],
  // session 31 (dev 15): on condition, their referral handed back, their slot given to the next one
  // (a missed time of ours too, but only for a slot given to someone else: "if we can't get the
  // parts in, we'll release your booking back to the calendar" is no threat)
  [
    'hand handing give giving pass passing release releasing & unless absent otherwise or if without no should',
    both(r`${GIVEN}(?:back\b|${TO_SOMEONE_ELSE})`, CONDITION),
  ],
  [
    'hand handing give giving pass passing release releasing & if',
    both(
      r`${GIVEN}${TO_SOMEONE_ELSE}`,
      r`\bif we (?:can't|cannot|don't|do not) (?:find|get|agree|lock in|make)\b`,
    ),
  ],
  // session 30 (dev 14): on condition, we change their terms and they lose what they have
  [
    'losing lose & unless without if',
    both(
      r`\b(?:(?:i|we)(?:'ll| will)? (?:have to |need to )?(?:move|switch|put|downgrade|transfer) (?:you|your (?:account|order|plan)|the account)\b[^.?!;]{0,60}?\b(?:means|meaning)|(?:which|that) (?:means|will mean)) (?:you(?:'ll| will)? )?(?:losing|lose) (?:the|your) (?:[\w%-]+ ){0,3}?(?:discount|rate|pricing|terms|delivery)\b`,
      NO_ACT,
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
    r`\b(?:last|final) time (?:i'm|i am|we're|we are|i'll|(?:i|we) will|we'll|we will) (?:be )?(?:putting|offering|making|extending|quoting) (?:this|the|that|my|our|a) (?:rate|offer|price|deal|discount|number|quote|proposal)\b`,
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
  ['assume take', r`\bif not,? (?:i'll|(?:i|we) will|we'll|we will) (?:assume|take it)\b`],
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
  // session 33 (dev 16): either we settle it now, or what they have goes elsewhere or is scrapped
  [
    'either & or',
    r`\beither (?:we|you) (?:[\w'-]+ ){1,8}?(?:this week|today|tomorrow|by \w+|now|this month)\b,? or (?:i|we)(?:'ll| will)?(?: be)? (?:tak(?:e|ing) (?:the|my|our|it|them)\b[^.?!]{0,40}?\b(?:to (?:another|someone|somebody|a different|other)|elsewhere)|scrap(?:ping)?|bin(?:ning)?|walk(?:ing)? away|mov(?:e|ing) on|releas(?:e|ing)|pull(?:ing)? (?:out|the plug)|withdraw(?:ing)?|clos(?:e|ing))\b`,
  ],
  // session 34 (dev 17): to the back of the queue; if nothing is signed by a day, I release them;
  // (dev 16) no talk of the design until the fee is accepted
  [
    'back',
    r`(?<!\b(?:won't|will not|wouldn't|not|never|don't|doesn't|isn't|hasn't|haven't|no need to)\b[^.?!]{0,15})\b(?:go|goes|going|move|moves|put|sent) to the back of the (?:queue|line)\b`,
  ],
  [
    'release pass cancel close reallocate',
    r`\bif there(?:'s| is) no (?:signed |written )?(?:[\w-]+ ){0,3}?(?:by|before) [^,.;]{1,25},? (?:i|we)(?:'ll| will) (?:release|pass (?:it|them|the \w+) on|cancel|close|reallocate)\b`,
  ],
  [
    'position able & until',
    r`\b(?:we|i) (?:will not|won't|cannot|can't|are not|am not) (?:be )?(?:in a position|able) to (?:discuss|proceed|continue|progress|move|start|schedule|hold|release|share)\b[^.?!]{0,60}?\buntil (?:it is|it's|this is|they are|that is) (?:received|signed|returned|confirmed|paid|accepted)\b`,
  ],
  // session 34 (dev 18): or I put her forward to another firm; suspended or passed to collections if
  // unpaid; otherwise support switches off
  [
    'another different other next',
    r`\bor (?:i'm|i am|i'll|i will|we're|we'll) (?:putting|put|taking|take|offering|offer|sending|send|giving|give) (?:her|him|them|it|this|the \w+)(?: forward)? to (?:another|a different|other|the next) (?:firm|client|company|buyer|bidder|customer|agency)\b`,
  ],
  [
    'if unless & suspended off collections collection disconnected debt',
    r`(?:\bif (?:it|this|payment|the (?:invoice|balance|payment|renewal|contract|form|agreement)) (?:isn't|is not|hasn't|has not|remains unpaid|is still unpaid|'s not)\b|\bunless (?:payment|it|the (?:invoice|balance)) (?:is|has been) (?:received|paid|settled)\b|\bif (?:we|i) (?:don't|do not) (?:receive|get|have)\b|\bif you (?:don't|do not) (?:pay|sign|renew)\b)[^.?!]{0,60}?\b(?:will be|gets?|goes|is|are) (?:suspended|switched off|cut off|disconnected|passed to (?:our |a |the )?(?:collections?|debt))\b`,
  ],
  [
    'otherwise & switches switch stops stop lapses lapse ends end',
    r`\botherwise,? (?:your |the )?(?:[\w-]+ ){0,3}?(?:support|service|account|licen[cs]e|cover|access|subscription|warranty|line|connection|hosting|site)\b[^.?!]{0,30}?\b(?:switches off|will switch off|stops|will stop|lapses|will lapse|ends(?! up)|will end)\b`,
  ],
  [
    'collections collection debt recovery',
    r`(?<!\b(?:won't|will not|wouldn't|not|never|don't|doesn't|isn't|hasn't|haven't|no need to)\b[^.?!]{0,15})\b(?:passed|handed|referred) (?:on )?to (?:our |a |the )?(?:collections?|debt collect\w*|recovery) (?:agency|agencies|team|department)\b`,
  ],
  // session 35 (dev 19): "If there's nothing from you by Thursday, I'll withdraw and sign with them"
  [
    'nothing & withdraw walk sign go',
    r`\bif (?:there's|there is) nothing from you (?:by|before)\b[^.?!]{0,60}?\b(?:i'll|i will|we'll|we will) (?:withdraw|walk away|sign with (?:them|another|someone else)|go with (?:them|the other|someone else))\b`,
  ],
  // session 36 (dev 20): or the people or price go to someone else ("Signed SOW by Monday 09:00, or
  // both engineers go to another client", not "Either Tom or Priya will go to another site"); a
  // condition on someone of theirs ("if your clinic does not give us answer until the end of this
  // month, my company will take away the special discount"); "no option but to delete your…"; "or
  // I hand your review to a junior"; not call routing, a third party's cancellation, a choice
  // offered, or a charge spared (review of session 36)
  [
    'or & another someone next other',
    r`\bor(?<=(?:,|\b(?:by|before|until|till) [^.?!]{1,25}?) or) (?:(?:both|the|your|all|our|my) (?:[\w-]+ ){0,2}?(?:engineers|fitters|installers|builders|decorators|cleaners|drivers|trainers|tutors|team|crew|slot|place|spot|seat|stock|price|rate|booking|table|room|date|units?|unit|staff|consultants?|developers?|kit|car|flat|house|venue|stand|allocation|discount)|it|they) (?:go|goes|will go|are released|is released|pass|passes|get given|are given|is given) to (?:another|someone else|the next(?! (?:available|nearest|year))|other)\b(?<!\bif you can't\b[^.?!]*)`,
  ],
  [
    'not doesnt dont didnt',
    r`\bif (?:you|your (?:[\w-]+ )?(?:clinic|practice|school|team|company|firm|office|department|hospital|board|trust|council)) (?:does|do)(?: not|n't) (?:give us|send|reply|respond|answer|confirm|sign|come back|get back)\b[^.?!]{0,60}?\b(?:my company|our company|we|i)(?:'ll| will| must| have to| would) (?:also )?(?:take away|withdraw|remove|cancel|close|release|end|suspend|terminate|delete|pull|charge|stop (?:to )?servic\w*|stop (?:the|your) (?:service|support|maintenance|discount))\b(?! (?:the|this|that|my|our) (?:hold|request|reminders?|emails?|hotel hold)\b)(?![^.?!]*\bso you(?:'re| are) not charged\b)`,
  ],
  [
    'option choice alternative forced & your',
    r`\b(?:(?:i|we)(?:'ll| will|'d| would)? (?:have|be left with) no (?:option|choice|alternative) but to|(?:i|we)(?:'ll| will|'d| would)? be forced to) (?:delete|cancel|withdraw|release|close|remove|suspend|terminate|pull|revoke|disconnect|reassign|give away)\b[^.?!]{0,30}?\byour\b`,
  ],
  [
    'hand pass give move transfer reassign',
    r`\bor (?:i|we)(?:'ll| will)? (?:hand|pass|give|move|transfer|reassign) (?:your|the) (?:[\w-]+ ){0,2}?(?:account|review|file|project|order|case|slot|booking|renewal) (?:to|over to) (?:a |an |another |someone|the next|my |our )(?![^.?!]*\b(?:if you(?:'d| would) (?:prefer|like|rather)|whichever you prefer|entirely your call)\b)`,
  ],
  // review of session 36: "No reply by the 5th and I'll be forced to give your slot away"
  [
    'reply answer response word decision & and',
    r`\bno (?:reply|answer|response|word|decision) (?:from you )?by (?:the \d+(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|eod)\b,? and (?:i|we)(?:'ll| will) (?:(?:have|be forced|need) to )?(?:give (?:your|the) [\w-]+(?: [\w-]+)? away|give away|release|cancel|close|withdraw|pass (?:your|the)|offer (?:your|the|it)|charge)\b`,
  ],
];
