/**
 * A graceful way out for the reader (P4): "if the timing isn't right, just tell me". Each pattern
 * is gated by its own words, so only the likely ones are tried, and only on sentences holding them.
 */
import { gated, sentencesMatching } from './gated';
import { sentenceIndexAt } from './analyse';
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
    "\\b(?:just |simply )?(?:tell|let) (?:me|us)(?: know)? (?:and|if) (?:(?:i|we)(?:'ll| will|'d)|you(?:'d| would) (?:rather|prefer))",
  ],
  [
    'close stop leave step back hold adapt follow write reach chase',
    "\\b(?:i|we)(?:'ll| will) (?:close the loop|close (?:the|your|this) (?:file|loop)|stop (?:reaching out|following up|emailing|writing|here)|leave (?:you|it) (?:alone|be|there)|(?:not|never) (?:follow up|write|reach out|chase)|step back|back off|hold off|stop here|adapt)",
  ],
  [
    'wont',
    "\\b(?:i|we) won't (?:chase|follow up|write again|reach out again|keep writing|bother you|keep emailing|keep (?:following up|chasing|reaching out|writing|nudging))\\b",
  ],
  // the silence read as a no, said kindly: "which usually means the timing isn't right", "so I'll
  // take it that this is not a priority for you" (dev 7)
  [
    'timing now take taking assume assuming',
    "\\b(?:the timing|now)(?:'s| is)? (?:isn't|is not|not) (?:right|the right time|a good time|ideal)\\b|\\b(?:take it|taking it|assume|assuming) (?:that )?(?:this|it|now)(?:'s| is)? not (?:a priority|the right time|right|a fit)\\b" +
      // session 22: "I'll assume Bellwether isn't a fit right now"
      "|\\b(?:take it|taking it|assume|assuming) (?:that )?(?:[\\w&'-]+ ){1,3}?(?:isn't|is not|aren't|are not|'s not|'re not) (?:a (?:good |great |strong |real )?fit|a priority|the right time|for you|relevant)\\b",
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
    "\\bif (?:you(?:'d)?|you would) (?:rather|prefer)(?: that)? (?:i|me|we|us) (?:not|stop|didn't|don't|hold off|step back|stopped)\\b|\\bif (?:you'd|you would) (?:rather|prefer) (?:to )?(?:not|pass|wait|pause|stop|hold off|leave it)\\b|\\bif (?:you'd|you would) (?:rather|prefer) (?:i|we) stopped\\b",
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
    "\\b(?:should|shall) (?:i|we) (?:stop|close the loop|hold off|step back|leave it)\\b|\\bor (?:should (?:i|we)|would you prefer (?:i|we)|you'd like (?:me|us) to) (?:stop|close|hold off|leave)\\b",
  ],
  ['respect word', "\\b(?:i|we)(?:'ll| will) respect that\\b|\\bjust say the word\\b"],
  [
    'answer reply too',
    "\\bthat(?:'s| is|'d be) (?:a )?(?:perfectly |totally |completely )?(?:fine|good|ok|okay) (?:answer|reply|too)\\b|\\b(?:that's|that is) (?:okay|ok|fine) too\\b",
  ],
  ['unsubscribe opt', '\\b(?:unsubscribe|opt out)\\b'],
  // session 25: "I'll assume you've made other plans, which is completely fine"
  [
    'assume assuming',
    "\\b(?:assume|assuming) (?:that )?you(?:'ve| have)? (?:made other plans|gone (?:another|a different) (?:way|direction|route)|found (?:another|a different|a better) (?:option|supplier|solution|provider|partner|way)|moved on|decided against it|decided to pass|decided to wait)\\b" +
      // session 29 (dev 14): "so I'll assume priorities have shifted and close this on our side"
      "|\\b(?:assume|assuming) (?:that )?(?:your |the |their )?(?:priorities|plans|things) (?:have |'ve )?(?:shifted|changed|moved on)\\b",
  ],
  [
    'fine ok okay understandable',
    // (only after a way out in the same sentence: not "we've moved delivery, which is fine", not
    // "I'll assume you're happy to sign, which is fine")
    "\\b(?:assum(?:e|ing) (?:that )?you(?:'ve| have| are|'re)? (?!(?:happy|ready|fine|ok|okay|keen|good|going) (?:to|with)|(?:all )?set\\b|going ahead|on board|in agreement|agreed)|if you (?:decide|choose|prefer|'d rather|would rather) |(?:rather|prefer) not )[^.?!]{0,60}?,? which (?:is|would be) (?:completely |totally |perfectly |absolutely )?(?:fine|ok|okay|understandable)\\b",
  ],
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

/**
 * Session 22: a way out that takes something of theirs with it is a threat, not a way out: "I'll
 * assume it's not a fit and delete your trial workspace", "…, and the quoted premium will no longer be
 * honored". (Taking them off my list, or closing their file, is the way out.)
 */
const TAKES =
  String.raw`(?:delet(?:e|ing)|wip(?:e|ing)|purg(?:e|ing)|deactivat(?:e|ing)|suspend(?:ing)?|cancel(?:l?ing)?|releas(?:e|ing)|reassign(?:ing)?|giv(?:e|ing) away|clos(?:e|ing)|archiv(?:e|ing)|downgrad(?:e|ing)|revok(?:e|ing)|withdraw(?:ing)?|los(?:e|ing)|forfeit(?:ing)?|remov(?:e|ing)|end(?:ing)?|shut(?:ting)? down|switch(?:ing)? off|turn(?:ing)? off) (?:all )?(?:of )?your (?!(?:details|name|email|e-mail|address|contact|number|file|loop|enquiry|inquiry|ticket|request|reminders|notifications|emails|messages|sequence|follow-?ups)\b)|\b(?:will )?no longer be (?:honou?red|valid|available|offered|guaranteed)\b|\bwill be (?:withdrawn|lost|deleted|wiped|released|cancell?ed|given away)\b` +
  // session 27: what was kept for them goes, or the price goes up ("release the crew we set aside for
  // your building, and any future quote will be at our new rates")
  String.raw`|\b(?:releas(?:e|ing)|reassign(?:ing)?|giv(?:e|ing) away) (?:the )?(?:[\w-]+ ){0,3}?(?:we|i)(?:'ve| have| had)? (?:set aside|reserved|held|allocated|kept|booked) for (?:you|your)\b|\b(?:will be|goes|go|reverts?|moves?) (?:back )?(?:up )?(?:to |at )?(?:our |the )?(?:new|higher|full|standard|list|walk-in) (?:rates?|prices?|pricing|price list)\b` +
  // session 29 (dev 14): over their head ("…, and take it to your CFO directly"); their slot given away
  String.raw`|\b(?:giv(?:e|ing)|pass(?:ing)?|offer(?:ing)?) your (?:slot|place|spot|booking|table|date|allocation|room|seat|stand|booth|space)s? (?:on )?to\b|\b(?:tak(?:e|ing) (?:it|this|the (?:matter|proposal|issue))|go(?:ing)?|escalat(?:e|ing)(?: (?:it|this|the matter))?) (?:(?:directly|straight) )?(?:to|over|above|up with) your (?:head|boss|manager|line manager|ceo|cfo|cto|coo|cmo|md|director|board|superior|chief executive|finance director|managing director|owner)\b`;
const TAKES_THEIRS = new RegExp(`\\b${TAKES}`, 'i');
/** Does the text take something of theirs away ("give your slot to the next client")? */
export const takesTheirs = (text: string): boolean => TAKES_THEIRS.test(text);

const AND_TAKES = new RegExp(
  String.raw`,? (?:and|then|and then) (?:(?:i|we)(?:'ll| will) )?(?:go ahead and )?(?=${TAKES})`,
  'i',
);

/**
 * The graceful part of a way out with a threat after it, ended there: "I'll assume Bellwether
 * isn't a fit and delete your trial workspace." -> "I'll assume Bellwether isn't a fit."; null
 * when the sentence has no such shape.
 */
export function gracefulPart(sentence: string): string | null {
  const m = AND_TAKES.exec(sentence);
  if (!m) return null;
  const head = sentence.slice(0, m.index);
  return isOptOut(head) ? `${head}${sentence.trimEnd().endsWith('?') ? '?' : '.'}` : null;
}

/** Graceful sentences: an opt-out line without a threat in it, flags by sentence index. */
function graceful(a: Analysis): Uint8Array {
  const cached = a.memo.graceful as Uint8Array | undefined;
  if (cached !== undefined) return cached;
  const flags = sentencesMatching(a, OPT_OUT).slice();
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] && TAKES_THEIRS.test(a.sentences[i]!.text)) flags[i] = 0;
  }
  a.memo.graceful = flags;
  return flags;
}

/** Does sentence s of the analysed draft hold an opt-out line (and no threat)? */
export function optOutIn(a: Analysis, s: Sentence): boolean {
  const i = sentenceIndexAt(a, s.start);
  return i >= 0 && graceful(a)[i] === 1;
}

/** Does the draft hold an opt-out line anywhere (and no threat in it)? */
export function hasOptOut(a: Analysis): boolean {
  return graceful(a).includes(1);
}
