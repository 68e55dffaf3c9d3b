/** Tactic cues for surveillance: what my tools saw you do. */
import { both } from '../lexicon';
import type { Cues } from '../types';
import { COUNT } from './scarcity';

const r = String.raw;

const OBSERVED = r`\b(?:i|we) (?:\w+ )?(?:noticed|saw|see|observed|spotted)\b|\b(?:i|we) (?:couldn't|could not|can't) help (?:noticing|seeing)\b|(?:^|, )(?:just )?(?:noticed|spotted)\b|\b(?:i|we) (?:was|were|am|are) (?:pleased|glad|happy|excited|thrilled) to (?:see|notice)\b|\b(?:linkedin|hubspot|salesforce|outreach|gong|apollo|(?:my|our) inbox|(?:my|our) email|the tracker|the platform) (?:tells|told|shows|showed|says|said) (?:me|us)\b|\b(?:got|get|received) (?:a |an )?(?:notification|alert|ping)\b|\b(?:platform|system|dashboard|tracking|tracker|analytics|crm|software|notifications?|alerts?) (?:\w+ ){0,2}?(?:shows?|showed|tells?|told|says?|lit up|pinged|flagged|indicates?)\b|\bfrom (?:our|my) (?:system|platform|dashboard|tracking|analytics|crm)\b`;
const YOU_DID = r`\b(?:you(?:'ve| have)?|someone (?:from|at) (?:[^.?!]|(?<=\b(?:st|mt|dr|co|inc|ltd))\.){1,30}?) (?:\w+ )?(?:opened|viewed|clicked|visited|downloaded|watched|spent|stayed|forwarded|looked at|checked out|saved|bookmarked|logged in(?:to)?|were on|was on|had a (?:look|peek|browse)|took a (?:look|peek)|swung by|stopped by|dropped by|popped (?:by|over)|went through|poked around|played|ran (?:our|my)|used (?:our|my)|been (?:back )?on (?:our|my)|spent (?:a (?:good |long )?while|quite a while|\w+ minutes|some time|time) on)\b|\byour (?:team|people|staff|colleagues|users) (?:\w+ )?(?:logged in(?:to)?|opened|viewed|clicked|visited|downloaded|watched|spent)\b|\b(?:nobody|no one) (?:has )?clicked\b|\bvisits? from your\b|\b(?:emails?|messages?|notes?|links?|decks?|pdfs?|proposals?) (?:\w+ )?(?:got|was|were|has been|have been) (?:forwarded|opened|viewed|clicked)\b`;
/** A look counted: "twice", "three times", "a couple of times". */
const TIMES = r`(?:twice|${COUNT} times|several times|multiple times|a few times|a couple (?:of )?times)`;
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
    r`\b(?:clicked|played|opened|viewed|watched|downloaded|visited|accessed) (?:on )?${TIMES}\b[^.?!]{0,20}?\bfrom your (?:office|account|company|domain|ip|network|building)\b`,
  ],
  // session 11 (dev 8): seen going back to our pages, someone on their network on our site
  [
    'see saw noticed tracker software analytics system crm dashboard shows tells says flagged & back poking visited downloaded clicked opened viewed spent on forwarded',
    both(
      r`\b(?:(?:i|we) (?:can |could )?see|(?:i|we) saw|saw|(?:i|we) noticed|noticed|(?:link tracker|tracker|software|analytics|system|crm|dashboard|it) (?:\w+ )?(?:shows|tells (?:me|us)|says|flagged))\b`,
      r`\b(?:you(?:'d|'ve)?|your (?:[\w-]+ )?(?:team|colleagues?|company|people|office|staff)|someone|somebody)\b[^.?!]{0,40}?\b(?:went back|been back|back (?:in|into|to)|went on to (?:visit|open|view|download|click)|(?:was|were) on (?:our|my|the)|poking (?:a)?round|visited|downloaded|clicked(?: into| on)?|opened|viewed|spent (?:a while|time|\d+ minutes) on)\b[^.?!]{0,40}?\b(?:page|pages|site|docs|document|pdf|deck|proposal|quote|pricing|case study|link|itinerary|file|profile|gallery|portal|album|walkthrough|walk-through|video|tour|recording|render|renders|mock-?up|brochure|listing|lookbook|catalogue|catalog|menu|floor ?plan)\b|\b(?:was|were|been) (?:opened|viewed|downloaded|forwarded)\b`,
      140,
    ),
  ],
  // session 29 (dev 14): the read receipt that told me
  [
    'receipt receipts',
    r`\b(?:the |a |your |my )?read receipts? (?:came back|came in|arrived|says|said|show|shows|showed|tells (?:me|us)|told (?:me|us)|confirms|confirmed)\b|\b(?:got|received|had) (?:a|the|your) read receipt\b`,
  ],
  // session 14 (dev 9): a peek at my profile, a click on the quote link, opened from four places
  [
    'peeked peeking peeped stalked stalking clicked clicking checked checking looked looking',
    r`\b(?:saw|see|seen|noticed|spotted|caught) (?:that )?(?:you|u)(?:'ve| have)? (?:\w+ )?(?:peeked|peeking|peeped|stalked|stalking|clicked(?: on)?|clicking(?: on)?|checked out|checking out|looked at|looking at)(?: at)? (?:my|our|the) (?:[\w-]+ ){0,2}?(?:profile|page|link|quote|proposal|deck|site|website|pricing|listing|post|email|message)\b`,
  ],
  // session 31 (dev 15): their visits to my profile, their clicks counted
  [
    'checking checked viewing looking looked visiting visited stopping stopped peeking & profile page',
    r`(?<=\b(?:thanks for|thank you for|you(?:'ve| have)?(?: been)?|saw you|noticed you|see you(?:'ve| have)?(?: been)?) )(?:checking out|checked out|viewing|looking at|looked at|visiting|visited|stopping by|stopped by|peeking at) (?:my|our) (?:linkedin )?(?:profile|company page)\b`,
  ],
  [
    'clicked opened viewed downloaded watched & twice times',
    r`\byou(?:'ve| have)? (?:clicked|opened|viewed|downloaded|watched)(?: into| on| through)? (?![^.?!]{0,40}?\b(?:property|properties|house|home|flat|apartment|venue|showroom|stand|booth|unit|premises|show ?home)\b)(?:[\w'’-]+ ){0,4}?${TIMES}\b`,
  ],
  [
    'locations devices offices addresses computers cities browsers',
    r`\b(?:been|was|were|got|get) (?:opened|viewed|read|forwarded|clicked|accessed)\b[^.?!]{0,25}?\bfrom (?:\w+ ){0,2}?(?:different |separate |other )?(?:locations|devices|offices|ip addresses|computers|cities|browsers)\b`,
  ],
  // session 33 (dev 16, pressure in the writer's own words): clicks or attention counted from their
  // office, the note passed round their office, their returns counted, a log-in seen at an hour
  [
    'got had getting & clicks opens views downloads attention traffic',
    r`\b(?:got|had|getting) (?:a (?:fair |good )?(?:bit|lot|few) of |a (?:fair |good )?few |some |plenty of |a few |lots of )?(?:clicks|opens|views|downloads|attention|traffic) (?:\w+ ){0,2}?from (?:your|someone (?:at|in) your) (?:[\w-]+ )?(?:office|side|end|company|firm|building|domain|ip|lot|people)\b`,
  ],
  [
    'forwarded passed shared sent & round around about',
    r`\b(?:got|was|were|been|being|has been|have been) (?:forwarded|passed|shared|sent) (?:round|around|about) your (?:office|team|company|floor|building|department)\b`,
  ],
  [
    'back popped dropped stopped & times twice running row',
    r`\byou(?:'ve| have)? (?:been back|gone back|come back|popped (?:by|into|over|back)|dropped by|stopped by)\b(?! (?:to )?(?:us|me)\b)[^.?!]{0,40}?\b(?:${TIMES}|(?:${COUNT}|several|a few) (?:days|mornings|nights|evenings) (?:running|in a row))\b`,
  ],
  [
    'logged signed & night morning yesterday',
    r`\b(?:someone|somebody|you) (?:over there |on your side |at your end )?(?:logged|signed) (?:in|on)(?:to)? (?:[\w-]+ ){0,2}?(?:at \d{1,2}(?::\d\d)? )?(?:late |early )?(?:last night|this morning|yesterday)\b`,
  ],
  // session 34 (dev 17): the link "got clicked a few times on your end"
  [
    'clicked opened viewed downloaded forwarded & end side times',
    r`\b(?:link|email|e-mail|proposal|pdf|deck|quote|document|doc|brochure|page|file|attachment|invite|pricing)s? (?:got|was|were|been|has been|have been) (?:clicked|opened|viewed|downloaded|forwarded)\b[^.?!]{0,40}?(?:\bon your (?:end|side)\b|\bat your end\b|\b(?:a few|several|a couple of|${COUNT}) times\b)`,
  ],
  // session 34 (dev 18): a look round their site noticed; "spotted u checking my profile 3x";
  // the price list grabbed at 11pm; their account activity watched
  [
    'look peek browse nose',
    r`\b(?:noticed|saw|spotted|see) (?:that )?(?:u|you)(?:'ve)? (?:had|took|have had|taking|having) (?:another|a|a second|a third|a quick) (?:look|peek|browse|nose) (?:round|around|at|through|over) (?:my|our|the) (?:[\w-]+ )?(?:site|website|portfolio|profile|page|pages|listing|listings|pricing|deck|proposal)\b`,
  ],
  [
    'checking looking viewing',
    r`\b(?:spotted|saw|noticed|see) (?:u|you) (?:checking|looking at|viewing|checking out) (?:my|our) (?:[\w-]+ )?(?:profile|page|portfolio|listing|pricing|post|deck|proposal|quote)\b`,
  ],
  [
    'grabbing downloading opening viewing checking reading looking',
    r`\b(?:thanks for|noticed (?:you|u)|saw (?:you|u)|spotted (?:you|u)) (?:grabbing|downloading|opening|viewing|checking out|reading|looking at) (?:the|our|my) (?:[\w-]+ ){0,2}?(?:price list|pricing|proposal|quote|brochure|deck|pdf|catalogue|catalog|menu|contract) at \d{1,2}(?::\d\d)? ?(?:am|pm)\b`,
  ],
  [
    'eye',
    r`\bi(?:'ve| have) kept an eye on your (?:account |usage |login |site )?(?:activity|usage|logins|clicks|visits)\b(?![^.?!]{0,30}\b(?:since|because|for) (?:the )?(?:card|fraud|security|breach|theft|stolen|hack))`,
  ],
  // review of session 34: the page left open; the tool that saw them go back to it
  [
    'open',
    r`\byou(?:'ve| have)? had (?:the |our |my )?(?:[\w-]+ )?(?:page|site|pdf|deck|quote|proposal|pricing)(?: page)? open\b`,
  ],
  [
    'again twice times',
    r`\b(?:portal|dashboard|system|tracker|platform|crm) (?:shows|tells (?:me|us)|says) (?:that )?you (?:downloaded|opened|viewed|read|clicked) [^.?!]{0,40}?\b(?:again|twice|${TIMES})\b`,
  ],
  // session 35 (dev 19): "our data room shows someone at your firm went through the model", "the link's been opened from a few places", "our brochure link got lots of love on Friday night"
  [
    'room dataroom & shows showed tells says',
    r`\bdata ?room (?:shows|showed|tells (?:me|us)|says) (?:that )?(?:you|someone|somebody|your (?:team|firm|side|colleagues))\b`,
  ],
  [
    'opened',
    r`\b(?:link|proposal|deck|email|quote|document|pdf|file|brochure)(?:'s| has) been opened (?:from|by (?:you|your|someone)|\d+|twice|several|a few|again|multiple)\b`,
  ],
  // session 36 (dev 20): what our logs, portal or website say they did ("Our portal logs show the
  // previous version was forwarded to five of your staff", "our website tells me you've built that
  // SUV on the configurator six times", "I note from our records that the pricing document I sent was
  // accessed on four separate occasions", "Noticed the course proposal has been open on your end");
  // not their own paperwork fetched ("The portal shows your team downloaded the invoice PDF"), nor
  // what a site or a system says of anyone else, nor counts of the writer's own ("I've visited
  // Lisbon three times"), nor seeing someone in person (review of session 36)
  [
    'shows show tells tell says indicates indicate showed flagged suggests suggest',
    r`\b(?:our|my) (?:[\w-]+ )?(?:portal|logs?|records|website|system|analytics|tracking|dashboard|crm|software|notifications?|alerts?)\b (?:shows?|tells? (?:me|us)|says|indicates?|showed|flagged|suggests?) (?:that )?(?:you|your (?:team|colleagues?|staff|people|office)|the (?:proposal|quote|deck|pricing|price list|brochure|pack|document|pdf|offer|configurator|profile|listing|case study|spec sheet|(?:previous|latest|new) version|(?:our|my) (?:site|website|page|email)))\b[^.?!]{0,60}?\b(?:opened|viewed|accessed|downloaded|forwarded|clicked|visited|built|configured|looked at|went through)\b(?! (?:the |your |an? )?(?:[\w-]+ ){0,3}(?:invoice|receipt|statement|installer|driver|firmware|update|app|ticket|tickets|boarding pass|certificate|tax form|policy documents?)\b)`,
  ],
  [
    'note see noticed & opened viewed accessed downloaded forwarded clicked open',
    r`\b(?:i note|i see|i noticed|noticed|i can see)(?: from (?:our|my) (?:records|logs|system|portal|analytics|tracking))? (?:that )?(?:the |my |our |your )?(?:[\w-]+ ){0,3}?(?:document|proposal|pdf|quote|deck|email|brochure|link|file|pack|page|timetable|price list|pricing)(?: (?:i|we) sent(?: you)?)? (?:was|were|has been|have been|got) (?:opened|viewed|accessed|downloaded|forwarded|clicked|open)\b`,
  ],
  [
    'times occasions',
    r`\b(?:you(?:'ve| have)?|your (?:team|colleagues?|staff|people|office)(?: has| have)?|someone (?:at|from) your (?:[\w-]+ )?(?:firm|office|company|team|end)|(?:it|they) (?:was|were|has been|have been)) (?:accessed|opened|viewed|downloaded|forwarded|clicked|visited)\b (?:(?:my|our|the) (?:[\w-]+ ){0,2}?(?:proposal|quote|deck|pricing|price list|brochure|pack|document|pdf|offer|configurator|profile|listing|page|email|link) )?(?:on )?(?:\d+|two|three|four|five|six|several|multiple) (?:separate )?(?:times|occasions)\b|\b(?:you(?:'ve| have)|your (?:team|colleagues?) (?:has|have)) been (?:by|on|to|through) (?:my|our) (?:[\w-]+ ){0,2}?(?:profile|page|website|listing|pricing) (?:\d+|two|three|four|five|six|several) times\b|\b(?:the |my |our )(?:proposal|quote|deck|pricing|price list|brochure|pack|document|pdf|offer|configurator|profile|listing|case study|spec sheet|(?:previous|latest|new) version|(?:our|my) (?:site|website|page|email))(?: (?:i|we) sent(?: you)?)? (?:was|were|has been|have been) (?:accessed|opened|viewed|downloaded|forwarded|clicked) (?:on )?(?:\d+|two|three|four|five|six|several|multiple) (?:separate )?(?:times|occasions)\b`,
  ],
  [
    'told & downloaded opened viewed visited clicked',
    r`\b(?:i'm|i am|i was|i've been) told (?:that )?(?:someone|somebody|you|your (?:team|colleague|boss)|people) (?:at|from|in) your\b[^.?!]{0,30}?\b(?:downloaded|opened|viewed|visited|clicked) (?:our|my|the) (?:[\w-]+ ){0,2}?(?:proposal|quote|brochure|pricing|deck|price list|pack|site|website|page|profile)\b`,
  ],
  [
    'saw seen noticed spotted',
    r`\b(?:saw|seen|noticed|spotted) (?:you|your (?:team|colleagues?))(?: (?:were|was))? (?:checking out|looking at|browsing|viewing|poking around|having a look at|clicking (?:on|through)) (?:our|my|the) (?:[\w-]+ ){0,3}?(?:web ?page|pages|site|website|pricing page|pricing|price list|listing|profile|proposal|configurator|(?:timetable|schedule|menu|catalogue|catalog|brochure) (?:online|on (?:our|the) (?:site|website|app))|(?:timetable|schedule|menu|catalogue|catalog|brochure)(?= (?:last night|at \d|this morning|yesterday|earlier)))\b`,
  ],
  // review of session 36: "Our tracking picked up that you opened the proposal again last night",
  // "Our CRM flagged that you were reading the pricing page", "I got an alert that you were back on
  // the configurator", "Your team has looked at the deck five times now"
  [
    'picked caught noticed flagged spotted registered logged',
    r`\b(?:our|my) (?:[\w-]+ )?(?:tracking|tracker|system|crm|software|analytics|portal)\b (?:picked up|caught|noticed|flagged|spotted|registered|logged) (?:that )?(?:you|your (?:team|colleagues?))\b[^.?!]{0,40}?\b(?:opened|viewed|read|reading|looked|were (?:back )?on|visited|clicked|downloaded)\b`,
  ],
  [
    'alert alerts notification notifications ping pings & opened viewed back visited clicked downloaded reading looking',
    r`\b(?:i|we) (?:got|get|received|had) (?:an? )?(?:alert|notification|ping)s? (?:that|when) (?:you|your (?:team|colleagues?)|someone (?:at|from) your)\b[^.?!]{0,30}?\b(?:opened|viewed|back on|visited|clicked|downloaded|reading|looking at)\b`,
  ],
  [
    'times',
    r`\b(?:you(?:'ve| have)|your (?:team|colleagues?) (?:has|have)) (?:looked at|read|gone through) (?:the|our|my) (?:[\w-]+ )?(?:deck|proposal|quote|pricing|brochure|pdf|email|link|page|listing|profile) (?:\d+|two|three|four|five|six|several|multiple) times\b`,
  ],
];
