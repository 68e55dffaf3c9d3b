/**
 * Warmth and bluntness markers used only for the pushiness ranking score, after the politeness
 * strategies of Danescu-Niculescu-Mizil et al. (2013): gratitude, apology, hedging, well-wishing,
 * greetings, a "please" inside the request, offers of help, positive words and indirect requests
 * make a message warmer; bare commands, "why" questions, a string of questions and sentences that
 * open on "you" or on "so/but" make it blunter (their "direct question", "2nd person start" and
 * "direct start" strategies). Each marker is a pattern gated by its own words, tried only on
 * sentences holding one of them.
 *
 * The markers added in session 5 (greeting, please, help, positive words, why anywhere, several
 * questions, you/so starts) were chosen on the even-Id half of the Wikipedia requests only; the
 * bench reports the odd-Id half separately (scripts/bench-coach.mjs).
 */
import { gated, somewhere, type Gated } from './gated';
import type { Analysis } from './types';

const WARM: Gated = gated(
  'warm',
  [
    [
      'thanks thank appreciate appreciated grateful gratitude',
      '\\b(?:thanks?|thank you|appreciate(?:d)?|grateful|gratitude)\\b',
    ],
    [
      'sorry apologize apologise apologies excuse pardon forgive',
      '\\b(?:sorry|apologi[sz]e|apologies|excuse me|pardon|forgive)\\b',
    ],
    [
      'would could',
      '\\b(?:would|could) you\\b|\\bwould (?:it|you be) (?:possible|willing|open|okay|ok)\\b',
    ],
    [
      'wondering wonder perhaps maybe possibly consider',
      '\\b(?:wondering|i wonder|perhaps|maybe|possibly|consider)\\b',
    ],
    [
      'if',
      "\\bif (?:you (?:can|could|don't mind|have time|are able|would)|possible|that works)\\b",
    ],
    [
      'hope have great good wonderful lovely take',
      '\\bhope (?:you|your|this|all|things|that)\\b|\\bhave a (?:great|good|nice|wonderful|lovely)\\b|\\b(?:great|good|wonderful|lovely) (?:day|week|weekend)\\b|\\btake care\\b',
    ],
    [
      'love like enjoyed admire glad happy pleased great nice well congrats congratulations',
      '\\b(?:i (?:really )?(?:love|like|enjoyed|admire)|glad|happy to|pleased|great (?:work|job|post|point)|nice (?:work|job)|well done|congrat)',
    ],
    [
      'no whenever when convenience understand understandable',
      '\\b(?:no (?:rush|pressure|worries)|whenever (?:you|it)|when you (?:can|get a chance|have a moment)|at your convenience|understand(?:able)?)\\b',
    ],
    // "please" inside the request softens it; opening on "Please" does not (see BLUNT's commands)
    ['please', '(?:\\w|,) please\\b'],
    ['help', '\\bhelp\\b'],
    [
      'great good nice excellent wonderful awesome helpful interesting cool glad happy welcome kind',
      '\\b(?:great|good|nice|excellent|wonderful|awesome|helpful|interesting|cool|glad|happy|welcome|kind)\\b',
    ],
  ],
  'i',
);

/** Blunt markers; those before START_ONLY only count at the start of a sentence. */
const BLUNT: Gated = gated(
  'blunt',
  [
    ['so but and then', '^(?:so|but|and|then)\\b'],
    ['you your', '^(?:you|your)\\b'],
    [
      'send give tell call reply respond get sign accept take let do stop pay confirm make lower drop',
      '^(?:send|give|tell|call|reply|respond|get|sign|accept|take|let me know|do|stop|pay|confirm|make|lower|drop)\\b',
    ],
    [
      'fact actually obviously clearly frankly honest',
      '\\b(?:in fact|the fact is|actually|obviously|clearly|frankly|to be honest)\\b',
    ],
    ['why', '\\bwhy\\b'],
  ],
  'i',
);

/** Probe words per key, registered with the rules' triggers so warmth() checks only likely sentences. */
export const PROBES: Readonly<Record<string, readonly string[]>> = {
  ...WARM.groups,
  ...BLUNT.groups,
};

/** BLUNT patterns 0..START_ONLY-1 count only when their word opens the sentence. */
const START_ONLY = 3;

/** An opening greeting word ("Hi Sam,", "Good morning"), not a bare name. */
const GREETING_WORD =
  /^\s*(?:hi|hello|hey|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening)|morning)\b/i;

export const WARM_CREDIT = 4;
export const BLUNT_COST = 4;

/** Warmth minus bluntness, each marker type counted once. */
export function warmth(a: Analysis): number {
  let w = 0;
  if (a.greetingEnd > 0 && GREETING_WORD.test(a.body.slice(0, a.greetingEnd))) w += WARM_CREDIT;
  for (let k = 0; k < WARM.res.length; k++) if (somewhere(a, WARM, k, false)) w += WARM_CREDIT;
  for (let k = 0; k < BLUNT.res.length; k++)
    if (somewhere(a, BLUNT, k, k < START_ONLY)) w -= BLUNT_COST;
  // a string of questions reads as an interrogation ("Why…? What…?")
  if (a.questions >= 2) w -= BLUNT_COST;
  return w;
}
