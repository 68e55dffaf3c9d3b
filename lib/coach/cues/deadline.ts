/** Tactic cues for deadline: the offer ends and something is lost. */
import { both, DAY, MONTH } from '../lexicon';
import type { Cues } from '../types';

const r = String.raw;

const ENDS = r`\b(?:valid (?:only )?(?:until|till|through|within)|only valid|expir\w*|lapses?|lapsing|elapses?|disappears?|goes away|flipping|vanish(?:es)?|shuts?|wraps? up|(?:be|is) gone)\b`;
const LOST = r`\b(?:lost|lose|losing|forfeit\w*|worse|(?:unit )?(?:price|rate|cost)s? (?:moves?|goes up|go up|jumps?|rises?|increases?)|\d+% (?:jump|increase|hike|rise)|pay (?:double|more|full)|\d+x later|cannot be (?:honou?red|extended|reissued|repeated)|can't be (?:honou?red|extended|reissued|repeated)|not be able to|won't be able to|no longer|not until|standard (?:price|pricing|rate)|full price|standard [$£€]?\d[\d,]*|rack rate|full freight|(?:regular|list) price|(?:rises|increases|goes up) by)\b`;
/** Session 36 review: a way back said after a short validity ("just reply and I'll send a new one"). */
const NO_WAY_BACK = String.raw`(?!(?:[^.?!]|(?<=\d)\.(?=\d))*\b(?:just reply|(?:i|we|they)(?:'ll| will) (?:just )?(?:send|extend|check|honou?r|hold)|(?:can|could) extend|no (?:need|rush|pressure))\b)`;

/** An offer running out, said of the offer: "the launch rate lapses", "expires", "disappears". */
export const LAPSES = String.raw`(?:expires|expire|lapses|lapse|disappears|disappear|vanishes|ends)`;

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
  // (session 28, dev 13: "will only honour this pricing for orders signed by 31 March")
  [
    'hold keep reserve honour honor',
    r`\b(?:will|can|'ll|could|is going to|are going to) only (?:hold|keep|reserve|honou?r) (?:your|the|this|that|our) (?:[\w-]+ ){0,3}?(?:rates?|prices?|pricing|slots?|offers?|quotes?|discounts?|spots?|terms|rooms?|seats?|places?|bookings?|allocations?|units?)\b[^.?!\n]{0,30}?\b(?:(?:until|till|through|to|for) (?:the end of|end of|close of|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|(?:the )?\d{1,2}(?:st|nd|rd|th)|\d{1,2}/\d{1,2}|another|(?:one|two|three|a few) more)|(?:until|till|by|before) \d{1,2}(?:st|nd|rd|th)? ${MONTH}|(?:until|till|by|before) ${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?)\b`,
  ],
  // session 31 (dev 15): the quote, named at length, expires on a day; it is only good through a day;
  // the price doubles at a time
  [
    'expires expire lapses lapse',
    r`\b(?:quote|offer|price|pricing|rate|indication|discount|terms|proposal)s? (?:[\w'’\[\]{}.-]+ ){1,5}?(?:expires?|lapses?) (?:on |at )?(?:${DAY}|today|tonight|tomorrow|this week|midnight|the \d{1,2}(?:st|nd|rd|th)?|${MONTH}\.? \d{1,2})\b`,
  ],
  [
    'only & good valid available',
    r`\b(?:quote|offer|price|pricing|rate|indication|discount|terms|proposal)s?\b[^.?!]{0,30}?\b(?:(?:is|are|'s) only (?:good|valid|available) (?:through|until|till|to)\b|(?:is|are|'s) (?:good|valid|available) (?:through|until|till) [^.?!]{1,20}? only\b)`,
  ],
  [
    'doubles double triples triple',
    r`(?<!\b(?:parking|car park|taxi|hotel|room|fuel|bus|train) )\b(?:prices?|pricing|rates?|costs?|fees?) (?:(?:will|is going to|are going to) )?(?:doubles?|triples?) (?:at|on|after|from|tomorrow|tonight|next|this)\b(?! \d{1,2}(?::\d\d)? ?(?:am|pm)\b)`,
  ],
  [
    'hands',
    r`\b(?:after|past|beyond) (?:that|then|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|noon|midday)\b,? (?:i'm |i am )?(?:afraid )?(?:it's|it is|it'll be|it will be|things are) (?:out of my hands|out of our hands)\b`,
  ],
  // session 33 (dev 16): the price they pay from a day on, capacity committed when the month closes
  [
    'monday tuesday wednesday thursday friday saturday sunday & paying price new',
    r`\b(?:sign|order|book|confirm)(?:ed)? (?:on |after |from |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day,? and you(?:'re| are|'ll be| will be) paying (?:the )?(?:new|full|higher|next year's)\b`,
  ],
  [
    'committed allocated released back & closes close ends sale release',
    r`\b(?:is|are) being (?:committed|allocated|released)\b(?! back to you)[^.?!]{0,30}?\bwhen (?:this|the) (?:month|week|quarter) (?:closes|ends)\b|\bgoes back (?:on|into|to) (?:general )?(?:sale|release)\b`,
  ],
  // session 34 (dev 18): the rate only holds for what comes back by a day; after that, the new list
  [
    'holds hold stands stand applies apply',
    r`\b(?:rate|price|pricing|offer|discount|deal|quote)s? only (?:holds?|stands?|applies|apply) (?:for (?:[\w-]+ ){1,5}?)?(?:by|until|till|before) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|midnight|noon|(?:the )?end of|the \d{1,2}|\d{1,2}(?:st|nd|rd|th))`,
  ],
  [
    'list price prices rate rates',
    r`\b(?:after that|anything after (?:that|then))\b[^.?!]{0,30}?\b(?:goes?|moves?|go) (?:onto|on to) (?:the|our) (?:new|higher|full|standard) (?:price list|rates?|prices)\b|\bafter that,? it(?:'s| is| will be|'ll be) (?:the |our )?(?:new|higher) (?:list|price list|prices?|rates?)\b(?! that)`,
  ],
  // session 35 (dev 19): "Monday is too late", "then it's gone for good", "can't say it'll ever come back", prices that "only stand if we have the form back before then", "won't be able to hold the lower figure after that", "let's get the agreement signed this week"
  [
    'late & too',
    r`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|after (?:that|then|today|tonight)) (?:is|will be|would be) too late (?:to (?:claim|get|lock in|secure|book|keep)|for (?:the|this) (?:price|offer|discount|rate|deal|place|slot))\b`,
  ],
  [
    'good forever ever',
    r`\b(?:offer|deal|discount|price|rate|boost|bonus|saving|savings|promo|promotion)\b[^.?!]{0,80}?\b(?:then|after that|after (?:today|tonight|midnight|\w+day))\b,? (?:it's|it is|it'll be|they're|they are|that's|the [\w-]+ is) gone (?:for good|forever|for ever)\b`,
  ],
  [
    'back return',
    r`\b(?:vanish\w*|disappear\w*|expires?|ends?|goes|stops?)\b[^.?!]{0,60}?\b(?:can't|cannot|couldn't) (?:say|promise|guarantee) (?:that )?(?:it'll|it will|if it'll|whether it'll) (?:ever )?(?:come back|be back|return)\b`,
  ],
  [
    'stand stands hold holds apply applies',
    r`\b(?:price|prices|rate|rates|discount|quote|offer|figure|figures)\b(?: [\w-]+){0,3}? only (?:stand|stands|hold|holds|apply|applies)(?: good)? if (?:we|i) (?:have|get|receive) (?:the |your )?(?:[\w-]+ ){0,3}?(?:back|signed|returned) (?:before|by) (?:then|\w+day|the \d+(?:st|nd|rd|th)?)\b`,
  ],
  [
    'hold & after',
    r`\b(?:won't|will not|can't|cannot) (?:be able to )?hold the (?:lower|early|current|old|discounted|special|same) (?:figure|price|rate|fee|discount|pricing)\b[^.?!]{0,40}?\bafter (?:that|then|\w+day|midnight)\b`,
  ],
  [
    'signed',
    r`\blet's (?:get|have) (?:the|this|your) (?:agreement|contract|form|paperwork|order form|deal) signed (?:this week|today|tonight|by \w+day|before (?:then|\w+day))\b(?![^.?!]*\bas you (?:wanted|asked|suggested)\b)`,
  ],
  // session 36 (dev 20): a price held only briefly ("the price I gave you is valid only until the
  // 28th", "that number's only good till 5pm Thursday", "the quoted price holds for 72 hours
  // only"); a span of weeks ("valid for 30 days only") or a plain validity date is no pressure, nor
  // one with a way back ("if it lapses, just reply and I'll send a new one", "they'll extend it"),
  // a rate that was, a ticket number or a parking fee (review of session 36)
  [
    'valid good holds hold stands stand & only',
    r`(?:\b(?:price|prices|pricing|rate|quote|figure|offer|deal|discount)|\bthat number)\b(?: (?!was\b|were\b|of\b)[\w-]+){0,4}?(?:'s| is| are)? (?:(?:valid|good|holds?|stands?) only|only (?:valid|good|holds?|stands?)) (?:until|till|til|through|for (?:today|tonight|this week|(?:the next |another )?(?:\d+|one|two|three|a few|a couple of) hours?))\b${NO_WAY_BACK}|(?:\b(?:price|prices|pricing|rate|quote|figure|offer|deal|discount)|\bthat number)\b(?: (?!was\b|were\b|of\b)[\w-]+){0,4}?(?:'s| is| are)? (?:valid|good|holds?|stands?) for (?:\d+ hours?|\d days?|(?:one|two|three|a few|a couple of) (?:hours?|days?)) only\b${NO_WAY_BACK}`,
  ],
  // the higher price that follows ("Come Friday it's back to $3,800", "From the 1st the new price
  // list applies", "after which it roughly doubles"); not "After that, it's full price" after a
  // trial that ends, nor "after that it goes back to normal"; after a free or reduced time said as
  // such ("Kids eat free until August; after that it's back to £6.95"), a count ("back to 14
  // sessions a week") or a dough that doubles, none (review of session 36)
  [
    'after from come',
    r`\b(?:after (?:that|then|which|this)|(?:from|come) (?:the \d+(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|next month))\b,? (?:it(?:'s| is| will be| goes)? (?:(?:roughly|about|nearly|almost|basically) )?back (?:up )?to (?:full price|[$£€]\d[\d,.]*\d|[$£€]\d)|(?<=\b(?:price|fee|rate|pricing|cost|quote)\b(?:[^.?!]|(?<=\d)\.(?=\d)){0,80})(?:it(?:'s| is| will be| goes)? (?:(?:roughly|about|nearly|almost|basically) )?double|it (?:(?:roughly|about|nearly|almost|basically) )?doubles)|the (?:new |full |higher )?(?:price list|list price|prices?|rates?) (?:applies|apply|kicks? in|kick in))\b(?<!\b(?:free|half[- ]price|reduced|cut|discounted|introductory|trial|off-peak|while)\b(?:[^.?!]|(?<=\d)\.(?=\d)){0,200})(?![^.?!]*\bas you (?:asked|requested|wanted)\b)`,
  ],
  // a fee waived for a day or two only ("Joining fee waived until Sunday"); not for a cause, an
  // apology or by someone else ("because our card machine is down", "the council says")
  [
    'waived free discounted halved',
    r`\b(?:fee|fees|price|deposit|charge|setup|set-up)\b (?:is |are )?(?:waived|free|discounted|halved) (?:only )?(?:until|till|through) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|midnight|the weekend)\b(?<!\b(?:because|sorry|apolog\w*|due to)\b[^.?!]*)(?![^.?!]*\b(?:because|sorry|apolog\w*|due to|says|said|for the)\b)`,
  ],
  // the offer with its own name runs out ("the reduced set-up fee lapses at the end of this week",
  // "your founding-member rate disappears in 48 hours", "the year-end pricing on the scheduling
  // system expires in 48 hours"); not the reader's own rate or cover ending ("Your fixed energy rate
  // ends on Sunday; we'll move you automatically"), nor a notice passed on ("according to the letter")
  [
    'expires expire lapses lapse disappears disappear vanishes ends',
    r`\b(?:(?:the|our|this|that)(?: [\w-]+){1,3}?|your (?:[\w-]+ )?(?:founding[- ]member|special|exclusive|launch|introductory|reduced|discounted|early[- ]bird|loyalty|vip|preferential|promo(?:tional)?)) (?:offer|discount|deal|price|pricing|rate|fee|package|bundle|saving|savings)(?: (?:on|for) (?:the |your |our )?(?:[\w-]+ ){0,2}?[\w-]+)? ${LAPSES} (?:in (?:\d+|24|48|72|two|three) (?:hours|days)|at (?:the end of (?:this|the) (?:week|day)|midnight)|tonight|tomorrow|(?:this |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?![^.?!]*\b(?:no need|nothing to do|automatically|no exit fees?|still fair|no catch|according to|the letter|the leaflet|asked me to remind)\b)`,
  ],
  // told to act before it changes ("So better you decide fast", "I'd get the deposit in before
  // then", "get it signed this week", "if you want it, let's get it done today", "not to let it
  // slip by" of a price); not teamwork ("let's get it sorted today") nor a form
  [
    'decide get signed done slip',
    r`\bbetter you decide (?:fast|quickly|today|now)\b(?=\s*[.,;!?]|\s*$)|\b(?:i'd|i would) get the (?:deposit|order|contract|po) (?:in|over|signed|back) (?:before (?:then|that|\w+day)|today|this week)\b|\bget(?<=(?:^|, |\bthen |\bso )get) (?:it|this|that) signed (?:this week|today|tonight|by \w+day|before (?:then|\w+day))\b(?<!\bas you (?:wanted|asked|suggested)\b[^.?!]*)(?![^.?!]*\bas you (?:wanted|asked|suggested)\b)|\blet's get (?:it|this) (?:signed|over the line) (?:today|tonight|this week)\b(?![^.?!]*\bas (?:we|you) (?:agreed|wanted|asked|discussed)\b)|\blet's(?<=\bif you want it,? let's) get (?:it|this) done (?:today|tonight|this week)\b|\bnot (?:to )?let (?:it|this|that) slip (?:by|away|past)\b(?<=\b(?:price|fee|rate|offer|discount|deal|saving|savings|pricing)\b(?:[^.?!]|(?<=\d)\.(?=\d)){0,150})`,
  ],
  // review of session 36: pressure the dev-20 cues missed ("After Friday the price jumps by 40%",
  // "Once Friday passes, you'll be paying the full $3,800", "Don't let this one slip through your
  // fingers", "lock it in before Friday", "while this rate still stands", "I'd jump on it", "I
  // wouldn't hang about on this one")
  [
    'after from once come',
    r`\b(?:after|from|once|come) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d+(?:st|nd|rd|th)?|tomorrow|midnight|the weekend)(?: passes)?,? (?:(?:the |our |your |this )?(?:price|rate|fee|quote|cost)s? (?:jumps|rises|goes up|increases|doubles|climbs)|you(?:'ll| will) be paying (?:the )?(?:full|list price|more|[$£€]\d[\d,]*(?:\.\d+)?))\b(?![^.?!]*\bas (?:agreed|discussed|you asked)\b)`,
  ],
  [
    'slip & fingers away',
    r`\b(?:don't|do not) let (?:this|it|that)(?: one)? slip (?:through your fingers|away)\b`,
  ],
  [
    'lock & before today now',
    r`\block (?:it|this|that|the (?:rate|price|deal)) in (?:before (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend|then|it goes)|today|now)\b`,
  ],
  [
    'while & stands lasts holds',
    r`\bwhile (?:this|the|that|our) (?:[\w-]+ )?(?:rate|price|offer|discount|deal) (?:still )?(?:stands|lasts|holds)\b`,
  ],
  ['jump', r`\b(?:i'd|i would|you'll want to|you should|better) jump on (?:it|this|that)\b`],
  ['hang', r`\b(?:i )?(?:wouldn't|would not) hang (?:about|around)\b`],
];
