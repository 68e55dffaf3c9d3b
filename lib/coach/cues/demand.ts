/** Tactic cues for demand: what I require from you, by when. */
import type { Cues } from '../types';

const r = String.raw;

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
    // session 36: help for the reader's own session is no demand ("please make sure you have the
    // login details to hand", "make sure you're comfortable with the terms")
    r`(?:^|\bplease |\balso |\band |\bjust )(?:ensure|make sure) (?:that )?(?:your|you|all|everyone|\w+'s)\b(?![^.?!\n]{0,60}?\b(?:to hand|handy|on hand|nearby|comfortable|happy with)\b)`,
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
  // session 31 (dev 15): don't ignore this; a response required of them
  [
    'ignore',
    r`\b(?:don't|do not) ignore (?:(?:this|these|it)(?= *(?:[.!,;:?]|$| (?:one|email|message|note|mail|reminder|offer)\b))|me\b|us\b|(?:my|our) (?:email|message|note|mail|calls?|emails|messages|notes|reminders?|offer)\b)`,
  ],
  [
    'required',
    r`(?<!\b(?:no|not|nor|without)\b[^.?!;]{0,25})\b(?:response|reply|answer)s? (?:is |are )?required\b`,
  ],
  // session 33 (dev 16)
  [
    'excuses',
    r`(?<!\b(?:mistake|fault|error|on us|on me|sorry|apolog\w*)\b[^.?!]{0,30})(?<=[,;:—–-] ?)no excuses\b(?! (?:needed|necessary|required|for)\b)`,
  ],
  // session 34 (dev 17): what I want from them today; what they have to do this week; back with me
  // by a day; no excuse allowed; so just pay
  [
    'want need expect & today now tonight week by before',
    r`\bwhat (?:i|we) (?:want|need|expect) from you (?:today|now|tonight|this week|by|before)\b`,
  ],
  [
    'have need & week today now by before tomorrow',
    r`\bwhat you (?:have|need|'ll need|will need) to do (?:this week|today|now|by|before|tomorrow)\b`,
  ],
  ['back & by', r`\b(?:need|needs|has|have) to be back with me by\b`],
  ['allowed', r`\bno ['‘"“][^'’"”]{1,30}['’"”] allowed\b`],
  [
    'just simply & pay sign transfer',
    r`\bso (?:just|simply) (?:pay|sign|transfer)\b(?! (?:in|up|on|out|into|off)\b)`,
  ],
  // session 34 (dev 18): "I have to have it before I leave for the week"
  [
    'have must & by before today tonight tomorrow first',
    r`\bi (?:do |really |absolutely )?(?:have to have|must have|need to have|gotta have|have got to have) (?:it|this|that|them|those|your [\w-]+) (?:by|before(?! (?:i|we) can\b)|today|tonight|tomorrow|first thing)\b`,
  ],
  // session 35 (dev 19): "make sure the signed agreement and your logo files are with me by Wednesday", "I want a yes or no from you before you leave the office tonight"
  [
    'sure & with inbox desk here back',
    r`\b(?:please|kindly|just) make sure (?:your |the )(?:[\w'’-]+ ){0,10}?(?:is|are|gets?) (?:back )?(?:with me|in my inbox|on my desk|back to me) (?:by|before|no later than)\b`,
  ],
  [
    'want need expect & leave go tonight today noon end close evening',
    r`\b(?:i|we) (?:want|need|expect) (?:a |an |your )?(?:yes or no|yes|decision|answer|reply|response|sign-?off)(?: from you)? (?:before|by) (?:you (?:leave|go)|tonight|today|end of (?:the )?(?:day|play)|noon|close of business|this evening)\b`,
  ],
];
