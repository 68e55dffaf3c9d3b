/**
 * Regex sources shared by several rules: deadlines, consequences, request verbs. Rules compose them
 * into RegExp objects once, at module load.
 */

export const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** A month's name, in full or short. */
export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const TIME_POINT = `(?:the )?(?:end of (?:the |next |this )?(?:day|week|month|quarter|year|business(?: day)?)|eod|eow|eom|cob|close of business|tonight|today|tomorrow(?: morning| afternoon)?|tmrw|tmw|noon|midnight(?: ${DAY})?|this (?:week|weekend|month|afternoon|evening|quarter)|next (?:week|month|${DAY})|${DAY}(?: (?:morning|afternoon|evening|night))?|${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?(?: (?:of )?${MONTH}\\b)?(?![\\d%]|[.,]\\d| ?(?:percent|per cent)\\b)|\\d{1,2}[/.]\\d{1,2}|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)|then|the weekend)`;

/** A deadline: "by Friday", "before the 14th", "today", "within 24 hours". */
export const DEADLINE = `(?:\\b(?:by|before|until|till|no later than|ahead of|through)\\s+${TIME_POINT}(?: at the latest)?\\b|\\b(?:today|tonight|eod|eow|end of (?:the )?(?:day|week|month|quarter))\\b|\\bwithin (?:the next )?(?:\\d+|an?|one|two|three|a few) (?:hours?|days?|business days?)\\b|\\bwithin the (?:hour|day)\\b|\\bin the next (?:\\d+|few|couple of) (?:hours|days)\\b|\\bafter(?<!\\b(?:any ?time|free|available|around|or) after) (?:${TIME_POINT}|this weekend|this week)\\b)`;

/** What happens when the deadline passes: the "or else" half of false urgency. */
export const CONSEQUENCE = `(?:\\b(?:or (?:else|we|we'll|we will|i|i'll|i will|you|you'll|you will|the|this|that|it|your|lose|miss|risk|forfeit)|otherwise|or else)\\b(?! (?:weekend|week|morning|afternoon|evening|month|day)\\b|(?<=otherwise),? (?:[\\w']+ ){0,3}(?:works|is fine|is ok|is okay|would work|suits (?:us|me))\\b|(?<=\\bor (?:i|we))(?: (?:could|can)(?!'t|not)\\b| would be happy| am happy|'d be happy))|\\bbefore it'?s too late\\b|\\b(?:will|'ll|is going to|are going to|goes|go) (?:up|away|expire|disappear|be gone|be lost|be released|lose|close|increase|double|revert)\\b|\\b(?:is|are|will be|'s) (?:gone|off the table|lost|withdrawn|void|released|no longer (?:available|valid))\\b|\\bwon'?t be (?:available|able|there|possible|held|open|valid)\\b|\\bno longer (?:be )?(?:available|hold|able|guarantee|offer|valid)\\b|\\b(?:lose|forfeit|miss out on|give away|release|reassign) (?:your|the|this|that|our) (?:\\w+ )?(?:spot|slot|seat|place|discount|price|pricing|rate|deal|offer|chance|reservation)s?\\b|\\bgive (?:your|the|this|that|it|them) (?:spot |slot |seat |place )?to (?:another|someone|the next)\\b|\\b(?:can'?t|cannot|won'?t|will not) (?:hold|keep|guarantee|extend|reissue|re-issue|honou?r|renew)\\b|\\breverts?\\b|\\bdisappears?\\b)`;

/** The reader named in a sentence: you, your, yours, you'd, you'll, you're, you've. */
export const READER = /\b(?:you|your|yours)\b|\byou['’](?:d|ll|re|ve)\b/i;

/** Softeners that turn a deadline into an option. */
export const SOFTENER =
  /\b(?:if (?:you can|possible|it suits|that works|it works|convenient|you're able|you have time)|when(?:ever)? (?:you (?:can|get a chance|have a moment)|it suits)|no (?:rush|pressure|worries)|if it helps|only if)\b/i;

/** Verbs that start a command to the reader about the sale. */
export const REQUEST_VERB =
  '(?:reply|respond|answer|confirm|sign|send|forward|drop me (?:a |an )?(?:yes|line|note|reply|answer|email|text)|have (?:them|him|her) (?:email|call|send|sign|confirm|reply|get back to)|return|call|ring|phone|text|email|get back|let (?:me|us) know|decide|book|schedule|complete|submit|pay|approve|finali[sz]e|commit|choose|pick|lock in|grab|claim|register|rsvp|secure|act|buy|purchase|order|accept|review|read|fill (?:in|out)|revert|respond|tell (?:me|us)|give me|get (?:me|this|it|the)|move forward|sign up|join|click|make (?:a|the|your) (?:decision|call|choice))';

/** One emoji: a surrogate pair, a pictograph of the BMP (⏰ ✅ ▶ ‼ ™), or a keycap (1️⃣). */
const EMOJI_UNIT = String.raw`(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u27BF\u2934\u2935\u2B00-\u2BFF\u3030\u203C\u2049\u2122\u2139\u00A9\u00AE]|[0-9#*]\uFE0F?\u20E3)\uFE0F?`;
/**
 * An emoji, joined sequences included ("🧑‍💻"), for patterns without the u flag (review of session
 * 34).
 */
export const EMOJI = `(?:${EMOJI_UNIT}(?:\u200D${EMOJI_UNIT})*)`;

/**
 * Builds a RegExp from a source written with straight apostrophes, accepting curly ones too.
 * Call at module load only.
 */
export function rx(source: string, flags = 'gi'): RegExp {
  return new RegExp(curlyToo(source), flags);
}

/**
 * A pattern source that hears ’ wherever it says ': "['’]" for a bare apostrophe, "'’" inside a
 * character class ("[\w'-]" -> "[\w'’-]"; a bracket there would end the class early).
 */
export function curlyToo(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === "'") out += inClass ? "'’" : "['’]";
    else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/** Titles people use to lean on authority. */
export const ROLE =
  '(?:(?:managing|executive|sales|finance|general|commercial|regional) )?(?:chief (?:\\w+ )?officer|ceo|cfo|cto|coo|cro|cmo|cio|chro|ciso|cso|cpo|cco|vp|svp|evp|vice president|president|founder|co-founder|owner|boss|manager|mgr|director|head of \\w+|head(?! (?:of|office|offices|quarters|start|count)\\b)|leadership(?: team)?|board|executive team|exec team|execs|legal(?: team)?|compliance(?: (?:department|team|officer))?|chairman|chair|superiors?|higher-ups?|management|senior team|(?:managing|senior) partner|chief exec(?:utive)?(?! officer)|chief of \\w+|principal|md|dean|provost|(?:general )?counsel)';

/** Any character of the same sentence: no sentence end, but "Mr." or "St." may come between. */
const GAP =
  '(?:[^\\n.!?…]|(?<=\\b(?:mr|mrs|ms|dr|st|mt|jr|sr|inc|ltd|co|no|nos|pcs|qty|vs|barr|engr|prof))\\.)';

/**
 * Two kinds of words in one sentence, in either order, at most `gap` characters apart: a tactic
 * told by what it combines ("your CFO" + "will ask"), not by one stock phrase.
 */
export function both(x: string, y: string, gap = 90): string {
  return `(?:${x})${GAP}{0,${gap}}?(?:${y})|(?:${y})${GAP}{0,${gap}}?(?:${x})`;
}
