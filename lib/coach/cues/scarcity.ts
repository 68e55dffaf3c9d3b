/** Tactic cues for scarcity: few left, most taken, no more coming. */
import { both } from '../lexicon';
import type { Cues } from '../types';

const r = String.raw;

/** A count in figures or words, for "fewer than 40 remain". */
export const COUNT = r`(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
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
    r`\b(?:${COUNT}|most(?: (?:places|seats|slots|rooms|spots|tickets|units|tables|stands|pitches|dates))?|all but ${COUNT}) (?:of (?:them|those|these|the \w+|this (?:[\w'’-]+ ){0,2}?(?:allotment|allocation|stock|capacity|batch|inventory|supply)) )?(?:are|have been|were|have|has|has been) (?:already )?(?:gone|taken|signed|confirmed|booked|reserved|claimed|sold|spoken for)\b`,
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
    // (session 27: not our own haste to put things right, "I'd move quickly to replace it"; in a
    // team's voice only on their condition, "we'd move quickly if you want to keep it")
    r`\bi(?:'d| would) (?:not wait(?: long)?|move (?:now|fast|quickly)|act (?:now|fast|quickly))\b(?! to (?:replace|fix|repair|refund|sort|resolve|help|swap|put (?:it|this|things) right|make (?:it|this|things) right)\b)|\bwe(?:'d| would) (?:not wait(?: long)?|move (?:now|fast|quickly)|act (?:now|fast|quickly)) if you\b`,
  ],
  // round 6 (dev 6): the last two, someone else will take it, once the last one goes
  ['last', r`\blast (?:${COUNT}|few|couple of) (?:spots|seats|places|slots|openings)\b`],
  [
    'else another',
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
  // session 33 (dev 16): others queuing behind them for the same thing, the last of a batch, the one
  // slot that won't stay free
  [
    'circling asking holding put asked queuing queueing lined eyeing names behind',
    r`\b(?:${COUNT}|a few|several|a couple of|a handful of|another|other) (?:other )?(?:[\w-]+ ){0,2}?(?:candidates|clients|operators|labs|buyers|customers|firms|companies|places|caf[eé]s?|restaurants|businesses|parties|teams|venues|schools|practices|shops|brands|agencies)\b[^.?!]{0,40}?\b(?:(?:are|is|have|has) )?(?:now |already )?(?:circling|asking after|holding (?:reservations|options|holds)|put (?:their|its) names? down|asked to be (?:first|next) in line|queuing|queueing|lined up behind|eyeing)\b|\bholding (?:reservations|options|holds) behind you\b`,
  ],
  ['tail batch', r`\bthe tail end of (?:a|the|this|that) (?:batch|run|stock|lot)\b`],
  ['long', r`\b(?:won't|will not|wont) be (?:there|around|free|open|available) long\b`],
  ['gone', r`\bwhat(?:'s| is)? (?:left|remains) (?:will be|'ll be) gone\b`],
  // session 34 (dev 17): stock down to a count, that tends to vanish within a week; people or stock
  // kept in reserve that cannot be kept; (dev 16) after that they wait weeks
  [
    'down',
    r`\b(?:is|are|'s|we're|we are|it's|that's) (?:now )?down to (?:about |around |roughly |just |only |the (?:last|final) )?${COUNT} (?:[\w-]+ ){0,2}?(?:places|seats|slots|spots|units|rooms|tables|pairs|cases|boxes|tickets|pieces|items|left|remaining|available)\b`,
  ],
  [
    'tends tend',
    r`\b(?:tends?|tend) to (?:vanish|disappear|sell out|fly|get snapped up) (?:within|in) (?:a|one|two|three|\d+|a couple of) (?:days?|weeks?|hours?)\b`,
  ],
  [
    'indefinitely forever longer long',
    r`\b(?:can't|cannot|can not|won't be able to|unable to) (?:keep|hold) (?:[\w-]+ ){1,4}?(?:in reserve|on hold|aside|free|open|back) for you (?:indefinitely|forever|(?:much |any )?longer|for long)\b`,
  ],
  [
    'waiting looking',
    r`\b(?:after that|otherwise|miss (?:it|this|that)),? you(?:'re| are|'ll be| will be| would be|'d be) waiting (?:another |at least |about |over )?(?:${COUNT}|a few|several|a couple of) (?:more )?(?:weeks|months)\b|\b(?:otherwise|miss (?:it|this|that)),? you(?:'re| are|'ll be| will be| would be|'d be) looking at (?:another |at least |about |over )?(?:${COUNT}|a few|several|a couple of) (?:more )?(?:weeks|months)\b`,
  ],
  // session 34 (dev 18): close to gone; whatever's left; the one room we have left; the moment
  // someone else pays; nearly all allocated; nothing until October
  [
    'gone sold spoken allocated booked',
    r`\b(?:are|is|'re|'s) (?:close to|nearly|almost|all but) (?:all )?(?:gone|sold out|spoken for|allocated|booked)\b`,
  ],
  ['left', r`\bget (?:whatever's|whatever is|what's) left\b(?! of)`],
  [
    'left available free open',
    r`\bthe (?:one|only|last) (?:[\w-]+ ){0,2}?(?:we have|we've got|we still have) (?:left|available|free|open)\b`,
  ],
  [
    'else',
    r`\b(?:the moment|as soon as|once) (?:(?:someone|somebody|anyone) else|another (?:firm|client|company|buyer|couple|team)) (?:pays|books|signs(?! off)|confirms|puts down)\b`,
  ],
  [
    'nothing',
    r`\b(?:once|after|when)\b[^.?!]{0,50}?\bthere(?:'s| is| will be) nothing (?:left |free |available )?(?:until|till) (?:${COUNT}|mid-|late |early |next )?\w+`,
  ],
  // session 35 (dev 19): "that remaining place is usually gone within a week", "I wouldn't sleep on it", "it's down to its last free week in August"
  [
    'gone taken snapped booked',
    r`\b(?:place|spot|slot|room|date|unit|ticket|seat|stock|offer|flat|property|house|appointment|table|space|week)s?\b[^.?!]{0,40}?\b(?:is|are) (?:usually|always|normally|typically|generally) (?:gone|taken|snapped up|booked(?: up)?) within (?:a|one|two|three|\d+|a few|a couple of) (?:days?|weeks?|hours?)\b`,
  ],
  [
    'sleep',
    r`\b(?:i )?wouldn't sleep on (?:it|this)(?: (?:for )?(?:too )?long| if i were you)?(?=\s*[.!,;]|$)`,
  ],
  [
    'last & week date room slot spot seat place unit table weekend',
    r`\bdown to (?:its|the|our|their) (?:very )?last (?:free|available|remaining|open) (?:week|date|room|slot|spot|seat|place|unit|table|weekend)\b`,
  ],
];
