/**
 * Regex sources shared by several rules: deadlines, consequences, request verbs. Rules compose them
 * into RegExp objects once, at module load.
 */

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const TIME_POINT =
  `(?:the )?(?:end of (?:the )?(?:day|week|month|quarter|year|business(?: day)?)|eod|eow|eom|cob|close of business|tonight|today|tomorrow(?: morning| afternoon)?|noon|midnight(?: ${DAY})?|this (?:week|weekend|month|afternoon|evening|quarter)|next (?:week|month|${DAY})|${DAY}(?: (?:morning|afternoon|evening|night))?|${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?(?: of ${MONTH})?|\\d{1,2}[/.]\\d{1,2}|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)|then|the weekend)`;

/** A deadline: "by Friday", "before the 14th", "today", "within 24 hours". */
export const DEADLINE = `(?:\\b(?:by|before|until|till|no later than|ahead of|through)\\s+${TIME_POINT}(?: at the latest)?\\b|\\b(?:today|tonight|eod|eow|end of (?:the )?(?:day|week|month|quarter))\\b|\\bwithin (?:the next )?(?:\\d+|an?|one|two|three|a few) (?:hours?|days?|business days?)\\b|\\bin the next (?:\\d+|few|couple of) (?:hours|days)\\b|\\bafter (?:${TIME_POINT}|this weekend|this week)\\b)`;

/** What happens when the deadline passes: the "or else" half of false urgency. */
export const CONSEQUENCE = `(?:\\b(?:or (?:else|we|we'll|we will|i|i'll|i will|you|you'll|you will|the|this|that|it|your|lose|miss|risk|forfeit)|otherwise|or else)\\b|\\bbefore it'?s too late\\b|\\b(?:will|'ll|is going to|are going to|goes|go|it) (?:up|away|expire|disappear|be gone|be lost|be released|lose|close|increase|double|revert)\\b|\\b(?:is|are|will be|'s) (?:gone|off the table|lost|withdrawn|void|released|no longer (?:available|valid))\\b|\\bwon'?t be (?:available|able|there|possible|held|open|valid)\\b|\\bno longer (?:be )?(?:available|hold|able|guarantee|offer|valid)\\b|\\b(?:lose|forfeit|miss out on|give away|release|reassign|give) (?:your|the|this|that|it|our) ?(?:spot|slot|seat|place|discount|price|pricing|rate|deal|offer|chance|reservation|to (?:another|someone))?\\b|\\b(?:can'?t|cannot|won'?t|will not) (?:hold|keep|guarantee|extend)\\b|\\breverts?\\b|\\bdisappears?\\b)`;

/** Softeners that turn a deadline into an option. */
export const SOFTENER =
  /\b(?:if (?:you can|possible|it suits|that works|it works|convenient|you're able|you have time)|when(?:ever)? (?:you (?:can|get a chance|have a moment)|it suits)|no (?:rush|pressure|worries)|if it helps|only if)\b/i;

/** Verbs that start a command to the reader about the sale. */
export const REQUEST_VERB =
  '(?:reply|respond|answer|confirm|sign|send|return|call|ring|phone|text|email|get back|let me know|decide|book|schedule|complete|submit|pay|approve|finali[sz]e|commit|choose|pick|lock in|grab|claim|register|rsvp|secure|act|buy|purchase|order|accept|review|read|fill (?:in|out)|revert|respond|tell me|give me|get (?:me|this|it|the)|move forward|sign up|join|click|make (?:a|the|your) (?:decision|call|choice))';

/**
 * Builds a RegExp from a source written with straight apostrophes, accepting curly ones too.
 * Call at module load only.
 */
export function rx(source: string, flags = 'gi'): RegExp {
  return new RegExp(source.replace(/'/g, "['’]"), flags);
}

/** Titles people use to lean on authority. */
export const ROLE =
  '(?:ceo|cfo|cto|coo|cro|cmo|cio|vp|svp|evp|vice president|president|founder|co-founder|owner|boss|manager|director|head of \\w+|leadership(?: team)?|board|executive team|exec team|execs|legal(?: team)?|chairman|chair|superiors?|higher-ups?|management|senior team)';

/** A graceful way out for the reader (P4). */
export const OPT_OUT = rx(
  [
    "\\bif (?:the )?timing(?:'s| is)? (?:isn't|is not|not|off|wrong|bad|not right)\\b",
    "\\bif (?:this|it|now|that|the timing)(?:'s| is)? (?:isn't|is not|not|no longer)\\b[^.?!]{0,40}?\\b(?:priority|fit|relevant|right|useful|helpful|timely|interesting|on your|for you|a good time|moment|the time|live|great|a live question|on your radar)",
    "\\bif (?:now|this quarter|this year|this month)(?:'s| is)? not\\b",
    "\\bif (?:you(?:'re| are)) not (?:interested|the right person|looking|ready|keen)\\b",
    '\\bno (?:worries|pressure|problem|hard feelings|obligation|stress)(?: at all)?(?= if| either way|[,.!]| —|$)',
    "\\b(?:feel free|(?:it's )?(?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|alright)) (?:to (?:say no|pass|ignore|decline|skip|delete|let me know if not)|if (?:not|you(?:'d)? (?:rather|prefer) not|you pass|it's a no|you're not))\\b",
    "\\b(?:totally|completely|perfectly|absolutely) fine (?:to|if)\\b",
    "\\b(?:just |simply )?(?:tell|let) me(?: know)? (?:and|if) (?:i(?:'ll| will|'d)|you(?:'d| would) (?:rather|prefer))",
    "\\bi(?:'ll| will) (?:close the loop|close (?:the|your|this) (?:file|loop)|stop (?:reaching out|following up|emailing|writing|here)|leave (?:you|it) (?:alone|be|there)|(?:not|never) (?:follow up|write|reach out|chase)|step back|back off|hold off|stop here|adapt)",
    "\\bi won't (?:chase|follow up|write again|reach out again|keep writing|bother you|keep emailing)\\b",
    '\\b(?:happy|glad|fine|okay|ok) to (?:step back|leave it (?:there|here)|close the loop|stop|hold off|back off|take you off)\\b',
    "\\b(?:say|reply(?: with)?|just (?:say|reply)) ['\"“‘]?(?:no|not now|stop|pass|no thanks)['\"”’]?(?![\\w])",
    '\\bnot the right (?:time|moment|person)\\b',
    "\\bif (?:you(?:'d)?|you would) (?:rather|prefer)(?: that)? (?:i|me) (?:not|stop|didn't|don't|hold off|step back|stopped)\\b",
    "\\bif (?:you'd|you would) (?:rather|prefer) (?:to )?(?:not|pass|wait|pause|stop|hold off|leave it)\\b",
    "\\bif (?:you'd|you would) (?:rather|prefer) i stopped\\b",
    "\\bif (?:you'd|you would) (?:like|want|prefer)(?: me| that i)? to (?:stop|pause|hold off|step back|leave it|go away|back off)\\b",
    "\\bif not,? (?:just )?(?:say so|tell me|let me know|no (?:worries|problem))\\b",
    "\\bif you need (?:more|a bit more|some more) time\\b",
    "\\b(?:that's|that is) (?:completely |totally |perfectly |absolutely )?(?:fine|ok|okay)\\b",
    '\\b(?:either|any|both) (?:answer|reply|way|response)s? (?:is|are) (?:fine|welcome|ok|okay|great|helpful|good|perfectly fine)\\b',
    '\\beither is (?:fine|welcome|ok|okay|great)\\b',
    '\\bno (?:need to (?:reply|respond)|reply (?:needed|necessary)|response needed)\\b',
    '\\b(?:ignore|delete) this\\b',
    '\\b(?:should|shall) i (?:stop|close the loop|hold off|step back|leave it)\\b',
    '\\bor (?:should i|would you prefer i|you\'d like me to) (?:stop|close|hold off|leave)\\b',
    "\\bi(?:'ll| will) respect that\\b",
    '\\bjust say the word\\b',
    '\\bthat(?:\'s| is|\'d be) (?:a )?(?:perfectly |totally |completely )?(?:fine|good|ok|okay) (?:answer|reply|too)\\b',
    "\\b(?:that's|that is) (?:okay|ok|fine) too\\b",
    '\\b(?:unsubscribe|opt out)\\b',
    "\\bif (?:it's|it is) (?:a no|not a fit|not for you)\\b",
    "\\bassume (?:that )?(?:the )?timing (?:isn't|is not|'s not|is wrong|is off) ?(?:right)?",
    "\\bassume (?:that )?(?:it's|this is|it is|now is|now's) not (?:a priority|the right time|a fit|right)",
    "\\bif (?:neither|none) (?:works|suits|fits)\\b",
  ].join('|'),
  'i',
);
