/**
 * A graceful way out for the reader (P4): "if the timing isn't right, just tell me". Each pattern
 * is gated by its own words, so only the likely ones are tried, and only on sentences holding them.
 */
import { gated, sentenceIndexAt, sentencesMatching } from './rule';
import type { Analysis, Sentence } from './types';

/**
 * After "no need to reply": unless the silence is then the consent ("no need to reply if you're
 * happy with it"), a regex source (session 16, dev 11). silence-as-consent reads it the same way.
 */
export const UNLESS_CONSENT =
  "(?!,? (?:if|as long as) (?:you(?:'re| are) (?:happy|ok|okay|fine|good|comfortable|all right)|(?:that|this|it|everything) (?:works|suits|looks)))";

export const OPT_OUT = gated('opt-out', [
  [
    'if',
    "\\bif (?:this|it|now|that|the timing)(?:'s| is)? (?:isn't|is not|not|no longer)\\b[^.?!]{0,40}?\\b(?:priority|fit|relevant|right|useful|helpful|timely|interesting|on your|for you|a good time|moment|the time|live|great|a live question|on your radar)" +
      '|' +
      "\\bif (?:now|this quarter|this year|this month)(?:'s| is)? not\\b" +
      '|' +
      "\\bif (?:you(?:'re| are)) not (?:interested|the right person|looking|ready|keen)\\b" +
      '|' +
      "\\bif (?:you'd|you would) (?:like|want|prefer)(?: me| that i)? to (?:stop|pause|hold off|step back|leave it|go away|back off)\\b" +
      '|' +
      '\\bif not,? (?:just )?(?:say so|tell me|let me know|no (?:worries|problem))\\b' +
      '|' +
      '\\bif you need (?:more|a bit more|some more) time\\b' +
      '|' +
      "\\bif (?:it's|it is) (?:a no|not a fit|not for you)\\b",
  ],
  ['timing', "\\bif (?:the )?timing(?:'s| is)? (?:isn't|is not|not|off|wrong|bad|not right)\\b"],
  [
    'worries pressure problem feelings obligation stress',
    '\\bno (?:worries|pressure|problem|hard feelings|obligation|stress)(?: at all)?(?= if| either way|[,.!]| —|$)',
  ],
  [
    'free fine ok okay alright',
    "\\b(?:feel free|(?:it's )?(?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|alright)) (?:to (?:say no|pass|ignore|decline|skip|delete|let me know if not)|if (?:not|you(?:'d)? (?:rather|prefer) not|you pass|it's a no|you're not))\\b|\\b(?:totally|completely|perfectly|absolutely) fine (?:to|if)\\b",
  ],
  [
    'tell let',
    "\\b(?:just |simply )?(?:tell|let) me(?: know)? (?:and|if) (?:i(?:'ll| will|'d)|you(?:'d| would) (?:rather|prefer))",
  ],
  [
    'close stop leave step back hold adapt follow write reach chase',
    "\\bi(?:'ll| will) (?:close the loop|close (?:the|your|this) (?:file|loop)|stop (?:reaching out|following up|emailing|writing|here)|leave (?:you|it) (?:alone|be|there)|(?:not|never) (?:follow up|write|reach out|chase)|step back|back off|hold off|stop here|adapt)",
  ],
  [
    'wont',
    "\\bi won't (?:chase|follow up|write again|reach out again|keep writing|bother you|keep emailing|keep (?:following up|chasing|reaching out|writing|nudging))\\b",
  ],
  // the silence read as a no, said kindly: "which usually means the timing isn't right", "so I'll
  // take it that this is not a priority for you" (dev 7)
  [
    'timing now take taking assume assuming',
    "\\b(?:the timing|now)(?:'s| is)? (?:isn't|is not|not) (?:right|the right time|a good time|ideal)\\b|\\b(?:take it|taking it|assume|assuming) (?:that )?(?:this|it|now)(?:'s| is)? not (?:a priority|the right time|right|a fit)\\b",
  ],
  [
    'step leave close stop hold back take',
    '\\b(?:happy|glad|fine|okay|ok) to (?:step back|leave it (?:there|here)|close the loop|stop|hold off|back off|take you off)\\b',
  ],
  [
    'say reply',
    // (not "since you didn't say no": that reads silence as a yes)
    "(?<!\\b(?:didn't|did not|don't|do not|never|haven't|hasn't|won't) )\\b(?:say|reply(?: with)?|just (?:say|reply)) [\\u0027\"“‘]?(?:no|not now|stop|pass|no thanks)[\\u0027\"”’]?(?![\\w])",
  ],
  ['time moment person', '\\bnot the right (?:time|moment|person)\\b'],
  [
    'rather prefer',
    "\\bif (?:you(?:'d)?|you would) (?:rather|prefer)(?: that)? (?:i|me) (?:not|stop|didn't|don't|hold off|step back|stopped)\\b|\\bif (?:you'd|you would) (?:rather|prefer) (?:to )?(?:not|pass|wait|pause|stop|hold off|leave it)\\b|\\bif (?:you'd|you would) (?:rather|prefer) i stopped\\b",
  ],
  [
    'fine ok okay',
    // (not "I'll assume that's fine and update the invoice": silence read as a yes)
    "(?<!\\b(?:assume|assuming|take it|figure|guess|hope) )\\b(?:that's|that is) (?:completely |totally |perfectly |absolutely )?(?:fine|ok|okay)\\b",
  ],
  [
    'answer answers reply replies way response responses either',
    '\\b(?:either|any|both) (?:answer|reply|way|response)s? (?:is|are) (?:fine|welcome|ok|okay|great|helpful|good|perfectly fine)\\b|\\beither is (?:fine|welcome|ok|okay|great)\\b',
  ],
  [
    'need needed necessary',
    `\\bno (?:need to (?:reply|respond)|reply (?:needed|necessary)|response needed)\\b${UNLESS_CONSENT}`,
  ],
  ['ignore delete', '\\b(?:ignore|delete) this\\b'],
  [
    'stop close hold step leave',
    "\\b(?:should|shall) i (?:stop|close the loop|hold off|step back|leave it)\\b|\\bor (?:should i|would you prefer i|you'd like me to) (?:stop|close|hold off|leave)\\b",
  ],
  ['respect word', "\\bi(?:'ll| will) respect that\\b|\\bjust say the word\\b"],
  [
    'answer reply too',
    "\\bthat(?:'s| is|'d be) (?:a )?(?:perfectly |totally |completely )?(?:fine|good|ok|okay) (?:answer|reply|too)\\b|\\b(?:that's|that is) (?:okay|ok|fine) too\\b",
  ],
  ['unsubscribe opt', '\\b(?:unsubscribe|opt out)\\b'],
  [
    'timing assume',
    "\\bassume (?:that )?(?:the )?timing (?:isn't|is not|'s not|is wrong|is off) ?(?:right)?|\\bassume (?:that )?(?:it's|this is|it is|now is|now's) not (?:a priority|the right time|a fit|right)",
  ],
  ['neither none', '\\bif (?:neither|none) (?:works|suits|fits)\\b'],
]);

/** Does a piece of text hold an opt-out line? (Tries every pattern; for one-off checks.) */
export function isOptOut(text: string): boolean {
  for (const re of OPT_OUT.res) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** Does sentence s of the analysed draft hold an opt-out line? */
export function optOutIn(a: Analysis, s: Sentence): boolean {
  const i = sentenceIndexAt(a, s.start);
  return i >= 0 && sentencesMatching(a, OPT_OUT)[i] === 1;
}

/** Does the draft hold an opt-out line anywhere? */
export function hasOptOut(a: Analysis): boolean {
  return sentencesMatching(a, OPT_OUT).includes(1);
}
