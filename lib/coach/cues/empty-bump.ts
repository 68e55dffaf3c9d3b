/** Tactic cues for empty bump: back to my earlier message, with nothing new. */
import { both } from '../lexicon';
import type { Cues } from '../types';

const r = String.raw;

const MY_EARLIER = r`\b(?:my|our|the) (?:\w+ ){0,2}?(?:message|email|e-mail|mail|note|msg|correspondence|letter|inmail)\b`;
export const BUMP_CUES: Cues = [
  // session 16 (dev 11): did my note come through; popping it back into their feed
  [
    'come came arrive arrived land landed reach reached get',
    r`\bdid (?:my|our) (?:last |earlier |previous )?(?:(?:couple|few|two|three) (?:of )?)?(?:notes?|emails?|e-mails?|messages?|mails?|msgs?|inmails?)(?: (?:about|on|re|regarding) [^.?!]{1,40}?)? (?:come through|arrive|land|reach you|get through)\b`,
  ],
  [
    'pop popping bump bumping & feed inbox',
    r`\b(?:pop|popping|bump|bumping|put|putting|push|pushing|nudge|nudging) (?:this|it|(?:my|our) (?:note|message|email)) back (?:into|in|to the top of|at the top of) your (?:feed|inbox)\b`,
  ],
  // session 10 (dev 7): writing again, back to their attention, the spam folder
  [
    'write writing & again more',
    r`\b(?:(?:i|we) write|i'm writing|i am writing|^writing) (?:to )?you (?:again|once more|once again)\b`,
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
    r`\b(?:did|has|have) (?:my|our|the) (?:\w+ ){0,3}?(?:message|email|mail|note|msg|inmail)(?: from [\w ]{1,15})? (?:get |got )?(?:buried|lost|vanish\w*|reach(?:ed)? you|come through|slip\w*)\b`,
  ],
  ['update news', r`\b(?:any|an) (?:update|news)\b[^.?!\n]{0,30}?\b(?:my|our|this one|on this)\b`],
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
    r`\b(?:send|sending|re-?send(?:ing)?) (?:you )?(?:this|my|our|the) (?:\w+ )?(?:mail|email|e-mail|message|note) again\b`,
  ],
  [
    'see',
    r`\b(?:maybe |perhaps )?you (?:did not|didn't|have not|haven't) (?:see|seen) (?:my|our) (?:last|previous|earlier) (?:one|mail|email|e-mail|message|note)\b`,
  ],
  // session 11 (dev 8): anything on the below, did any of them reach you, lost among your messages
  [
    'below msg message note email',
    r`^(?:(?:hi|hey|hello) [\w.-]+(?: [\w.-]+)?,? )?(?:any|anything) (?:(?:news|thoughts|updates?|word|feedback) )?on (?:the below|the (?:msg|message|note|email) i sent|(?:my|our) (?:last|previous|earlier) (?:msg|message|note|email))\b`,
  ],
  [
    'reach',
    r`\bdid (?:any of )?(?:these|those|them|this|it|(?:my|our) (?:notes|emails|messages)) reach you\b`,
  ],
  [
    'lost buried slip slipped',
    r`\b(?:didn't|did not|hasn't|has not) (?:get |gotten )?(?:lost|buried|slip(?:ped)? past you)\b|\bin case (?:my|our|the) [^.?!]{1,90}?(?:slipped past you|(?:got|get|ended up|end up|were|was|have been|has been) (?:buried|lost))\b`,
  ],
  // session 22 (dev 12): bringing this back up, with nothing new; session 24 (dev 10): popping it
  [
    'bringing bring bumping floating float pushing moving popping pop',
    r`^(?:just )?(?:bringing|bring|bumping|floating|float|pushing|moving|popping|pop) (?:this|it|(?:my|our) (?:note|message|email)|the below) back (?:up|to the top)\b`,
  ],
  // session 24 (dev 10): lost in the shuffle; asking whether they received it; my below e-mail
  [
    'lost',
    r`\b(?:did|has|have) (?:this|it|this one|that|(?:my|our) (?:\w+ )?(?:note|e-?mail|message|mail|msg)) (?:get |gotten |got )?lost in the (?:shuffle|mix|noise|pile|inbox)\b`,
  ],
  [
    'received seen read',
    r`\bask (?:you )?(?:if|whether) you(?:'ve| have| had)? (?:received|seen|read) (?:it|this|(?:my|our) (?:\w+ )?(?:e-?mail|message|mail|note|offer|letter))\b`,
  ],
  [
    'refer referring',
    r`\b(?:i|we) (?:refer|am referring|are referring|would like to refer) (?:you )?to (?:my|our) (?:below|previous|last|earlier|recent) (?:e-?mail|message|mail|note|offer|letter)\b`,
  ],
  // session 31 (dev 15): the same question as before, with nothing new
  [
    'same',
    r`^(?:(?:it's|it is|just|still) )?(?:the )?same (?:question|ask|request|note) as (?:before|last time|in my (?:last|previous|earlier) (?:note|email|message))\b`,
  ],
  // session 33 (dev 16): the earlier note asked after in other words ("ever made it to you",
  // "where things landed with what I sent over", "another wee note from me about")
  [
    'made',
    r`\b(?:my|our) (?:last |earlier |previous |first |original )?(?:message|email|note|proposal|quote|prospectus) (?:from [\w ]{1,15}? )?(?:ever )?made it (?:to|through to) you\b`,
  ],
  [
    'landed',
    r`\bwhere things landed (?:with|on) (?:what|the (?:[\w-]+ ){0,2}?(?:quote|proposal|note|brochures?|samples?|email|message)) (?:i|we) (?:sent|shared|dropped)\b`,
  ],
  ['note line', r`^another (?:wee |quick |little |short )?(?:note|line) from (?:me|us)\b`],
  // session 34 (dev 17): the earlier note feeling lonely, sitting there all week
  [
    'lonely cold dusty neglected',
    r`\b(?:the|my|our) (?:message|email|note|mail|dm) (?:above|below)(?: this one)? is (?:feeling |getting |looking )?(?:a (?:bit|little) )?(?:lonely|cold|dusty|neglected)\b`,
  ],
  [
    'sitting',
    r`\b(?:it's|it has|it's been|it has been) (?:been )?sitting (?:there|in your inbox) (?:all week|for (?:a |two |three |a couple of )?(?:days|weeks?|months?))\b`,
  ],
  // session 34 (dev 18): after-sale and text-length bumps: where things landed on their end; did
  // this reach u; my previous email reached you safely; following on from the message I sent
  [
    'landed netted ended',
    r`\bwhere (?:things|it|this) (?:landed|netted out|ended up) (?:on|at) your (?:end|side)\b`,
  ],
  [
    'reach get land',
    r`\bdid (?:this|this one|my (?:last |earlier )?(?:one|note|msg|message|email|text)) (?:reach|get to|land with) (?:u|you)\b`,
  ],
  [
    'reached got arrived',
    r`\bmake sure (?:that )?(?:my|our) (?:previous |last |earlier )?(?:email|message|note|mail|letter) (?:reached|got to|arrived with) you(?: safely| ok(?:ay)?| all right)?(?=\s*(?:[.!?]|$)|,? (?:as|since) (?:i|we) know\b)`,
  ],
  [
    'following',
    r`\bfollowing on from (?:the|my|our) (?:last |previous |earlier )?(?:message|email|note|mail|msg|text) (?:i|we) sent\b`,
  ],
  // session 35 (dev 19): "wondering whether you'd had a moment to look at what I sent", "where things landed with my email", "whether my message about the flat made it to you", "further to my emails of the 3rd, 10th and 17th, I am writing once more"
  [
    'wondering wondered & sent',
    r`\b(?:wondering|wondered) (?:whether|if) you(?:'d|'ve| had| have)? (?:had|got|found) (?:a|the) (?:moment|chance|minute|second) to (?:look at|read|review|go through|glance at) (?:what|the (?:note|email|message|thing)s?) (?:i|we) sent\b`,
  ],
  [
    'landed stand ended',
    r`\b(?:wondering|curious|checking|know|see|wonder) where things (?:landed|stand|ended up) with my (?:email|message|note|proposal|last email|last message)\b`,
  ],
  [
    'made',
    r`\b(?:whether|if) my (?:message|email|note) (?:about|re|regarding) (?:[\w'’-]+ ){1,6}?made it (?:to you|through|into your inbox)\b(?![^.?!]*\b(?:spam|filter|server|bounced|outage)\b)`,
  ],
  [
    'writing further',
    r`\b(?:i am|i'm) writing once (?:more|again) (?:regarding|about|re|with regard to)\b|\bfurther to my (?:emails|messages|letters|calls) of the\b`,
  ],
];
