import { DEADLINE_CUES, LAPSES } from '../cues/deadline';
import { caseAt, matchCase } from '../casing';
import { cueStart, defineRule, overlapsHit, type Hit } from '../rule';
import { gated, scan } from '../gated';
import { sentenceAt, sentenceIndexAt } from '../analyse';
import type { Analysis } from '../types';
import { quotedMention } from '../quoted';

// regexes used inside functions, compiled once at module load
const R1 = /’/g;
const R2 = /^(?:ends|expires) /;
const R3 = /(?:expires?|ends?|runs out|lapses?)(?: on| at)?$/;
const R4 = /\b(?:expires?|ends?|is ending|runs out|lapses?)(?: on| at)?$/i;
const R5 = /(?:will|is going to) (?:go up|increase)$/;
const R6 = /(?:will|is going to) (?:go up|increase)$/i;
const R7 = /(?:will|is going to) (?:expire|end|lapse)(?: on| at)?$/;
const R8 = /(?:will|is going to) (?:expire|end|lapse)(?: on| at)?$/i;
const R9 = /last chance$/;
const R10 = /(?:^|[.!?:\n]\s*)$/;
const R11 = /last /i;
const R12 = /limited[- ]time/;
const R13 = /^act (?:now|fast|quickly|today)$/;
const R14 = /won't last|will not last/;
const R15 = /(?:won['’]t|will not) last(?: long)?/i;
const R16 = /^lock in/i;
const R17 = /^lock in/;
const R18 = /^one[- ](?:time|off) /i;
const R19 = /^one[- ](?:time|off) /;

const RE = gated('expiring-offer', [
  [
    'expire expires end ends ending runs wont goes disappear disappears lapse lapses will going',
    "\\b(?:this|the|our|my|your|that) (?:special |current |exclusive |one-time )?(?:offer|discount|deal|price|pricing|rate|promotion|promo|quote|proposal|terms|package|bundle)s? (?:expires?|ends?|is ending|runs out|won't last|goes away|disappears?|lapses?|(?:will|is going to) (?:expire|end|go up|increase|disappear|be withdrawn|lapse|vanish))(?: on| at)?\\b",
  ],
  [
    'up',
    "\\b(?:prices?|pricing|rates?|costs?|fees?)(?: for(?: [\\w&'-]+){1,4}?)? (?:goes|go|will go|are going|is going|going) up\\b",
  ],
  // session 34 (dev 18): "timber prices reset monday"; "the summer rate dies at midnight"
  [
    'reset resets',
    '\\b(?:prices?|pricing|rates?|costs?|fees?) (?:reset|resets|will reset) (?:on |from |next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
  ],
  [
    'dies die',
    '\\b(?:this|the|our|my|your|that) (?:[\\w-]+ )?(?:offer|discount|deal|price|pricing|rate|promotion|promo)s? (?:dies|will die)\\b',
  ],
  // session 34 (dev 17): the package that disappears when the quarter closes; that price is gone
  [
    'disappears disappear vanish vanishes evaporates evaporate',
    "\\b(?:offer|discount|deal|price|pricing|rate|package|bundle|bonus|credit|onboarding|setup|set-up|upgrade|savings?)(?: [\\w'-]+){0,4}? (?:disappears?|vanish(?:es)?|evaporates?) (?:when|once|as soon as) (?:the |our |this )?(?:quarter|month|week|year|sale|window|promotion|promo|offer|period|deadline)\\b",
  ],
  [
    'gone',
    "\\b(?:that|the|this|our|your) (?:[\\w-]+ )?(?:price|rate|offer|deal|discount)(?:'s| is) gone\\b(?! from)",
  ],
  ['chance', '\\b(?:your |the )?last chance\\b'],
  ['final', '\\bfinal (?:chance|call|hours|days|opportunity|reminder|window(?= (?:to|for)\\b))\\b'],
  ['only', '\\btoday only\\b'],
  ['limited', '\\b(?:for a )?limited[- ]time(?: only)?\\b'],
  ['act', '\\bact (?:now|fast|quickly|today)\\b'],
  ['last', "\\b(?:won't|will not) last(?: long)?\\b"],
  ['running', '\\btime is running out\\b'],
  ['ends expires', '\\b(?:ends|expires) (?:today|tonight|tomorrow|soon|at midnight|this week)\\b'],
  ['lock', '\\block in (?:this|the|your|our|that) (?:price|pricing|rate|discount|deal)\\b'],
  ['one', '\\bone[- ](?:time|off) (?:offer|deal|discount|price)\\b'],
  [
    'only',
    '\\b(?:offer|discount|deal|price|pricing) (?:is )?only (?:valid|good|available) (?:until|till|through|for)\\b',
  ],
  ...DEADLINE_CUES,
]);
/** The cue patterns come last in RE: they yield to the phrase patterns above. */
const CUES_FROM = cueStart(RE, DEADLINE_CUES);

const GO_UP = /\b(?:will go|are going|is going|going|goes|go) up$/i;
const UP_TO: Record<string, string> = {
  'will go up': 'will change',
  'are going up': 'are changing',
  'is going up': 'is changing',
  'going up': 'changing',
  'goes up': 'changes',
  'go up': 'change',
};

/** "To avoid forfeiting $36,000 in savings" -> "To keep $36,000 in savings": the gain, not the loss. */
const AVOID_LOSS = /^to avoid (?:forfeiting|losing|missing)$/;

function soften(m: string, pos: number, body: string): string | undefined {
  const l = m.toLowerCase().replace(R1, "'");
  if (AVOID_LOSS.test(l)) return 'to keep';
  if (R3.test(l) && !R2.test(l)) {
    // "expires this week" runs through it; "expires Friday at 5pm" runs until then
    return m.replace(
      R4,
      THROUGH_NEXT.test(body.slice(pos + m.length)) ? 'runs through' : 'runs until',
    );
  }
  if (R5.test(l)) return m.replace(R6, 'changes');
  if (R7.test(l)) return m.replace(R8, 'runs until');
  const up = GO_UP.exec(m);
  if (up) return m.slice(0, up.index) + UP_TO[up[0].toLowerCase()]!;
  if (R9.test(l)) {
    const prev = body.slice(Math.max(0, pos - 2), pos);
    if (R10.test(prev) || pos === 0) return matchCase(m, 'a chance');
    const rest = m.replace(R11, '');
    // "your LAST CHANCE" -> "your chance"
    return rest.replace(SHOUTED_CHANCE, 'chance');
  }
  // "ends tonight" -> "runs until tonight" (session 31)
  const ends = ENDS_WHEN.exec(m);
  if (ends) {
    // a day runs through; a moment (tonight, midnight, tomorrow) is when it runs until
    const through = THROUGH_NEXT.test(ends[2]!);
    return (
      matchCase(ends[1]!, through ? 'runs through' : 'runs until') +
      ends[2]!.replace(AT_MIDNIGHT, ' midnight')
    );
  }
  if (R12.test(l)) return '';
  if (R13.test(l)) return '';
  if (R14.test(l)) return m.replace(R15, 'is open for now');
  if (R17.test(l)) return m.replace(R16, (x) => matchCase(x, 'keep'));
  if (R19.test(l)) return m.replace(R18, '');
  // (session 36) "the price I gave you is valid only until the 28th" -> "… is valid until the 28th";
  // "holds for 72 hours only" -> "holds for 72 hours": the date stays, the "only" goes
  const onlyAfter = ONLY_AFTER.exec(m);
  if (onlyAfter) return m.slice(0, onlyAfter.index) + onlyAfter[1]!;
  const onlyLast = ONLY_LAST.exec(m);
  if (onlyLast) return m.slice(0, onlyLast.index);
  // "Your founding-member rate disappears in 48 hours" -> "… runs for another 48 hours"
  const gone = GONE_IN.exec(m);
  if (gone) return m.slice(0, gone.index) + ' runs for another ' + gone[1]!;
  // "the reduced set-up fee lapses at the end of this week" -> "… runs until the end of this week"
  const goneAt = GONE_AT.exec(m);
  if (goneAt) return m.slice(0, goneAt.index) + ' runs until ' + goneAt[1]!;
  // "proposal is valid until the 25th of April only" -> "proposal runs until the 25th of April"
  const validOnly = VALID_ONLY.exec(m);
  if (validOnly) return `${validOnly[1]} runs ${validOnly[2]} ${validOnly[3]}`;
  // "price is only valid until March 31" -> "price runs until March 31"
  const only = ONLY_VALID.exec(m);
  // ("only good for today" has no calm wording: it goes)
  const after = body.slice(pos + m.length);
  if (
    only &&
    (only[1]!.toLowerCase() !== 'for' || (!SHORT_SPAN.test(after) && DURATION.test(after)))
  ) {
    const verb = only[1]!.toLowerCase() === 'for' ? ' is open' : ' runs';
    const rest = m.slice(only.index + only[0].length);
    // "ONLY VALID THROUGH" -> "runs through": the shouted run goes with it
    const shouted = /[A-Z]/.test(only[0]);
    // (session 36) "that number's only good till" -> "that number runs till"
    const head = m.slice(0, only.index).replace(POSSESSIVE_IS, '');
    return head + verb + (shouted ? rest.toLowerCase() : rest);
  }
  return undefined;
}

/** Session 36: "valid only until" (the "only" after the word), "holds for 72 hours only". */
const ONLY_AFTER = / only( (?:until|till|til|through))$/i;
const ONLY_LAST =
  /(?<= (?:holds?|stands?|valid|good) for (?:\d+|one|two|three|a few|a couple of) (?:hours?|days?)) only$/i;
/** Session 36: a named rate that goes in a span or at a time ("disappears in 48 hours"). */
const GONE_IN = new RegExp(
  String.raw` ${LAPSES} in ((?:\d+|24|48|72|two|three) (?:hours|days))$`,
  'i',
);
const GONE_AT = new RegExp(
  String.raw` ${LAPSES} (?:at |on )?(the end of (?:this|the) (?:week|day)|midnight|tonight|tomorrow|(?:this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)$`,
  'i',
);
/** "number's" before a verb that replaces its "is": "that number's only good" -> "that number runs". */
const POSSESSIVE_IS = /['’]s$/;
/** "your final window for the $4,500 rate" -> "your window for …" (session 31; reminder: 32) */
const FINAL = /^final (chance|opportunity|window|reminder)$/i;
/** "your", "the", "this", "our", "a" right before: the word can go and the sentence still reads. */
const THEIR_OWN = /\b(?:your|the|this|our|a) $/i;
const CALL_FOR = /^final call$/i;
const FOR_NEXT = /^ for(?= (?:the|our|this|that|these|a|an|\d)\b)/i;
const AT_MIDNIGHT = /^ at midnight$/i;
const THROUGH_NEXT = /^ (?:today|this week|this month)\b/i;
const ENDS_WHEN = /^(ends|expires)( (?:today|tonight|tomorrow|at midnight|this week))$/i;
const VALID_ONLY =
  /^(.+?) (?:is|are|'s) (?:good|valid|available) (until|through|till) (.+?) only$/i;
const ONLY_VALID = / (?:is )?only (?:valid|good|available)(?= (until|till|through|for)$)/i;
const SHORT_SPAN =
  /^ (?:today|tonight|(?:the next |another )?(?:\d+|one|two|a few|24|48|72) hours?|(?:one|a|1) day|(?:this|the) (?:week|weekend))\b/i;
/** "for 7 days", "for another two weeks": a span of time ("for new customers" is no span). */
const DURATION =
  /^ (?:another |the next |a further )?(?:\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty|a few|a couple of) (?:days?|weeks?|months?)\b/i;
/** Openers that become "you can still" before "to" (final call/hours/days: session 32). */
const STILL_TO = /^(?:last chance|final (?:call|hours|days))$/i;
const WILL_INCREASE = /\b(?:will|is going to|are going to) increase$/i;
const BY_PERCENT = /^ (?:by )?(\d+(?:\.\d+)?%)(?! (?:of|off)\b)/;
const SHOUTED_CHANCE = /\bCHANCE\b/;
const TO_NEXT = /^ to(?= [a-z])/;

/** A price rise told as a notice: their own price is kept, or it is only for information. */
const SPARED =
  /\b(?:your (?:current |existing |agreed )?(?:[\w-]+ )?(?:quote|price|rate|contract|pricing|order|terms)s? (?:stays?|remains?|is unaffected|are unaffected|won't change|will not change|is locked|holds?|is fixed|stays? fixed)\b|(?:this|it|that) (?:won't|will not|doesn't|does not) affect you\b|(?:i've|we've|i have|we have) honou?red\b|(?:only |just |purely )?for (?:your )?information\b|as (?:already )?announced\b|no action (?:is )?(?:needed|required)\b)/i;

/** Does the sentence at pos, or the one after it, say the rise spares them? */
function sparedIn(a: Analysis, pos: number): boolean {
  const i = sentenceIndexAt(a, pos);
  if (i < 0) return false;
  return SPARED.test(a.sentences[i]!.text) || SPARED.test(a.sentences[i + 1]?.text ?? '');
}

/** Offers that "expire", "last chance", "act now": manufactured urgency. */
export const expiringOffer = defineRule({
  id: 'expiring-offer',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Telling a prospect the offer expires or this is their last chance is false urgency ("buy today or the deal goes away"). It pressures instead of helping, and pressured prospects go silent.',
  message: 'Expiring offer or "last chance": false urgency.',
  patterns: RE,
  find(a) {
    const hits: Hit[] = [];
    scan(a, RE, (m, k) => {
      if (k >= CUES_FROM && overlapsHit(hits, m.index, m.index + m[0].length)) return;
      // (session 29, dev 14) "your idea of a "last chance" cocktail": a name, not the offer
      if (quotedMention(a.body, m.index, m.index + m[0].length)) return;
      // "only valid for new customers": who it is for, not how long
      const only = ONLY_VALID.exec(m[0]);
      const span = a.body.slice(m.index + m[0].length);
      if (only?.[1]?.toLowerCase() === 'for' && !DURATION.test(span) && !SHORT_SPAN.test(span))
        return;
      // "Last chance to grab the Q4 price…" -> "You can still grab the Q4 price…"
      // (also right after a greeting on the same line: "Hey Tom, last chance to…")
      const opens =
        R10.test(a.body.slice(Math.max(0, m.index - 2), m.index)) ||
        sentenceAt(a, m.index)?.start === m.index;
      if (STILL_TO.test(m[0]) && opens) {
        const to = TO_NEXT.exec(a.body.slice(m.index + m[0].length));
        if (to) {
          const end = m.index + m[0].length + to[0].length;
          hits.push({
            start: m.index,
            end,
            replacement: caseAt(a, m.index, m[0], 'you can still'),
          });
          return;
        }
        // (session 32) "Final call for the 2026 summit" -> "A reminder about the 2026 summit"
        const for_ = CALL_FOR.test(m[0])
          ? FOR_NEXT.exec(a.body.slice(m.index + m[0].length))
          : null;
        if (for_) {
          const end = m.index + m[0].length + for_[0].length;
          hits.push({
            start: m.index,
            end,
            replacement: caseAt(a, m.index, m[0], 'a reminder about'),
          });
          return;
        }
      }
      // (session 32) "your Final chance to join" -> "your chance to join": the word keeps its own case
      // ("Final Chance" -> "Chance", which may be a name), a shouted one goes lower case
      const fin = FINAL.exec(m[0]);
      if (fin && THEIR_OWN.test(a.body.slice(Math.max(0, m.index - 12), m.index))) {
        const word = fin[1]!;
        const replacement = word === word.toUpperCase() ? word.toLowerCase() : word;
        hits.push({ start: m.index, end: m.index + m[0].length, replacement });
        return;
      }
      // (session 34, dev 8) "Our list prices go up 4% on 1 April, as announced… Your current quote
      // stays as it is": a notice that spares them, no push
      // (review of session 34) the same for every rise or ending told beside it
      if (sparedIn(a, m.index)) return;
      // "Prices go up 15% on January 1" -> "Prices will be 15% higher on January 1": the fact,
      // with its direction, and no push
      const up = GO_UP.exec(m[0]) ?? WILL_INCREASE.exec(m[0]);
      const by = up ? BY_PERCENT.exec(a.body.slice(m.index + m[0].length)) : null;
      if (up && by) {
        const end = m.index + m[0].length + by[0].length;
        const r = `${m[0].slice(0, up.index)}will be ${by[1]} higher`;
        hits.push({ start: m.index, end, replacement: caseAt(a, m.index, m[0], r) });
        return;
      }
      const r = soften(m[0], m.index, a.body);
      hits.push(
        r === undefined
          ? { start: m.index, end: m.index + m[0].length }
          : {
              start: m.index,
              end: m.index + m[0].length,
              replacement: caseAt(a, m.index, m[0], r),
            },
      );
    });
    return hits;
  },
});
